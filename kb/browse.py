"""Read the KB as plain records: actors, claims, blocs and articles, paginated.

What the REST routes return and the notebook can call: each function runs fixed SPARQL
over a store and returns dicts of plain JSON types. Filter values are never pasted into
query text unchecked: IRIs go through :class:`pyoxigraph.NamedNode` (which rejects what
is not an IRI) and controlled values are checked against the vocabulary.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pyoxigraph as ox

from kb.cache import LRUCache
from kb.errors import NotFoundError, QueryError
from kb.mapping import Minter
from kb.names import choose, matches
from kb.patterns import CLAIM, STANCE
from kb.store import Store
from kb.terms import local, text, value
from kb.vocab import (
    ACTOR_TYPE_NAMES,
    ACTOR_TYPES,
    ANNOTATION_METHODS,
    CLAIM_KINDS,
    EXISTENCE,
    FLAG,
    GK,
    KIND,
    SCHEMA,
    STATUS,
    STATUSES,
    WD,
)

__all__ = [
    "find_claims",
    "get_actor",
    "list_actors",
    "list_articles",
    "list_blocs",
    "list_claims",
    "resolve_actor",
    "resolve_article",
    "resolve_iri",
]

MAX_LIMIT = 1000
MAX_OFFSET = 2**31 - 1
"""Past any KB's size; a larger number (``1e30`` written out) would reach the SPARQL parser
as an OFFSET it cannot hold, and its message would blame the query, not the parameter."""
_TYPE_VALUES = " ".join(str(classes[0]) for classes in ACTOR_TYPES.values())


def resolve_iri(base: str, value: str, kind: str = "actor") -> ox.NamedNode:
    """An IRI given in full, or the IRI an ID mints under ``base`` (``keir-starmer``)."""
    try:
        if "://" in value:
            return ox.NamedNode(value)
        return Minter(base).iri(kind, value)
    except ValueError:
        raise QueryError(f"'{value}' is neither an ID nor an IRI") from None


def _page(limit: int, offset: int) -> str:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}")
    return f"LIMIT {int(limit)} OFFSET {int(offset)}"


def _count(store: Store, where: str) -> int:
    (row,) = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(row["n"].value)


_ACTOR_WHERE = f"""
  {{ SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ ?a a gk:Actor }} }} }}
  {{ SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?i) AS ?id) (SAMPLE(?t) AS ?type) (SAMPLE(?w) AS ?wikidata)
     WHERE {{ GRAPH ?g {{ ?a a gk:Actor ; rdfs:label ?l ; schema:identifier ?i .
                          OPTIONAL {{ ?a skos:exactMatch ?w }}
                          OPTIONAL {{ ?a a ?t VALUES ?t {{ {_TYPE_VALUES} }} }} }} }} GROUP BY ?a }}
"""


def list_actors(
    store: Store, *, limit: int = 100, offset: int = 0, type: str | None = None
) -> dict[str, Any]:
    """Actors in ID order, with type, Wikidata link and how many claims they speak."""
    page = _page(limit, offset)
    where = _ACTOR_WHERE
    if type is not None:
        if type not in ACTOR_TYPES:
            raise QueryError(f"unknown actor type '{type}'; one of: {', '.join(ACTOR_TYPES)}")
        where += f" FILTER(?type = {ACTOR_TYPES[type][0]})"
    total = _count(store, where)
    rows = store.query(f"""
        SELECT ?a ?label ?id ?type ?wikidata (COUNT(DISTINCT ?c) AS ?claims) WHERE {{
          {where}
          OPTIONAL {{ GRAPH ?h {{ ?c a gk:Claim ; prov:wasAttributedTo ?a }} }}
        }} GROUP BY ?a ?label ?id ?type ?wikidata ORDER BY ?id {page}""")
    items = [
        {
            "id": value(r["id"]),
            "iri": r["a"].value,
            "label": value(r["label"]),
            "type": ACTOR_TYPE_NAMES.get(value(r["type"]) or ""),
            "wikidata": local(value(r["wikidata"]), str(WD)),
            "claims": value(r["claims"]),
        }
        for r in rows
    ]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_actor(store: Store, iri: ox.NamedNode) -> dict[str, Any]:
    """One actor: names, links, roles as stated, memberships as claimed, claims by and about."""
    rows = list(
        store.query(f"""
        SELECT ?label ?id ?type ?wikidata ?description ?existence ?article WHERE {{
          GRAPH ?g {{ {iri} a gk:Actor ; rdfs:label ?label ; schema:identifier ?id ; gk:existence ?existence .
                      OPTIONAL {{ {iri} a ?type VALUES ?type {{ {_TYPE_VALUES} }} }}
                      OPTIONAL {{ {iri} skos:exactMatch ?wikidata }}
                      OPTIONAL {{ {iri} schema:description ?description }}
                      ?g dct:subject ?article }} }}""")
    )
    if not rows:
        raise NotFoundError(f"no actor {iri.value}")
    first = rows[0]

    def labels(prop: str) -> list[str]:
        query = f"SELECT ?x WHERE {{ GRAPH ?g {{ {iri} {prop} ?x }} }}"
        return sorted({r["x"].value for r in store.query(query)})

    aliases, hidden = labels("skos:altLabel"), labels("skos:hiddenLabel")
    affiliations = sorted(
        {
            r["x"].value
            for r in store.query(f"SELECT ?x WHERE {{ GRAPH ?g {{ {iri} gk:affiliatedWith ?x }} }}")
        }
    )
    roles = [
        {"role": r["role"].value, "quote": r["exact"].value, "article": r["article"].value}
        for r in store.query(f"""
        SELECT ?role ?exact ?article WHERE {{ GRAPH ?g {{ {iri} gk:statedRole ?r . ?r rdfs:label ?role ;
          gk:inArticle ?article ; gk:evidence/oa:hasSelector ?s .
          ?s a oa:TextQuoteSelector ; oa:exact ?exact }} }}
        ORDER BY ?article ?role""")
    ]
    flags = [
        {
            "kind": local(r["kind"].value, str(FLAG)),
            "surface": r["surface"].value,
            "note": r["note"].value,
            "flag": r["f"].value,
        }
        for r in store.query(f"""
        SELECT ?f ?kind ?surface ?note WHERE {{ GRAPH ?g {{ ?f gk:concerns {iri} ; gk:flagKind ?kind ;
          gk:surfaceForm ?surface ; rdfs:comment ?note }} }} ORDER BY ?f""")
    ]
    memberships = [
        {
            "group": r["group"].value,
            "group_label": value(r["groupLabel"]),
            "claim": r["claim"].value,
            "alleged_by": r["speaker"].value,
            "status": local(r["status"].value, str(STATUS)),
        }
        for r in store.query(f"""
        SELECT ?group ?groupLabel ?claim ?speaker ?status WHERE {{
          GRAPH ?cg {{ ?m gk:member {iri} ; gk:group ?group ; gk:statedIn ?claim }}
          GRAPH ?g {{ ?claim prov:wasAttributedTo ?speaker ; gk:epistemicStatus ?status .
                      OPTIONAL {{ ?group rdfs:label ?groupLabel }} }} }} ORDER BY ?group ?claim""")
    ]
    by = list_claims(store, speaker=iri, limit=MAX_LIMIT)["items"]
    about = list_claims(store, target=iri, limit=MAX_LIMIT)["items"]
    return {
        "id": value(first["id"]),
        "iri": iri.value,
        "label": first["label"].value,
        "type": ACTOR_TYPE_NAMES.get(value(first["type"]) or ""),
        "wikidata": local(value(first["wikidata"]), str(WD)),
        "description": value(first["description"]),
        "existence": local(first["existence"].value, str(EXISTENCE)),
        "aliases": aliases,
        "hidden_labels": hidden,
        "affiliated_with": affiliations,
        "articles": sorted({r["article"].value for r in rows}),
        "stated_roles": roles,
        "flags": flags,
        "memberships": memberships,
        "claims_by": by,
        "claims_about": about,
    }


def list_claims(
    store: Store,
    *,
    speaker: ox.NamedNode | None = None,
    target: ox.NamedNode | None = None,
    status: str | None = None,
    kind: str | None = None,
    article: ox.NamedNode | None = None,
    annotation: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_undated: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    """Claims in text order, each with speaker, outlet, quote, status and its stances.

    ``target`` keeps claims with a stance toward that actor or naming it a member;
    ``annotation`` (``curated`` or ``drafted``) keeps claims of articles annotated that way;
    ``since`` and ``until`` (inclusive) the claims of articles published then, undated ones
    only with ``include_undated``. A claim's ``date`` is its article's publication date.
    Every claim says how its article was annotated, so a machine draft never passes for a
    curator's reading.
    """
    page = _page(limit, offset)
    filters = []
    if annotation is not None:
        if annotation not in ANNOTATION_METHODS:
            raise QueryError(f"unknown annotation '{annotation}'; one of: {', '.join(ANNOTATION_METHODS)}")
        filters.append(f"FILTER(?method = gk:{annotation.capitalize()})")
    if speaker is not None:
        filters.append(f"FILTER(?speaker = {speaker})")
    if article is not None:
        filters.append(f"FILTER(?article = {article})")
    if status is not None:
        if status not in STATUSES:
            raise QueryError(f"unknown status '{status}'; one of: {', '.join(STATUSES)}")
        filters.append(f"FILTER(?status = {STATUS[status]})")
    if kind is not None:
        if kind not in CLAIM_KINDS:
            raise QueryError(f"unknown claim kind '{kind}'; one of: {', '.join(CLAIM_KINDS)}")
        filters.append(f"FILTER(?kind = {KIND[kind]})")
    if target is not None:
        filters.append(
            f"FILTER EXISTS {{ GRAPH ?g {{ ?claim gk:hasContent ?content }} "
            f"GRAPH ?content {{ {{ ?x gk:target {target} }} UNION {{ ?x gk:member {target} }} }} }}"
        )
    if since is not None or until is not None:
        filters.append(_date_filter("?published", since, until, include_undated))
    where = f"""GRAPH ?g {{ {CLAIM} ; schema:identifier ?id ; gk:claimKind ?kind ; gk:direct ?direct .
                            ?article gk:annotationMethod ?method
                            OPTIONAL {{ ?article schema:datePublished ?published }} }}
        {" ".join(filters)}"""
    total = _count(store, where)
    rows = list(
        store.query(f"""
        SELECT ?claim ?id ?speaker ?speakerLabel ?via ?viaLabel ?quote ?kind ?status ?confidence ?article
               ?direct ?start ?method ?generator ?published ?whenText ?when WHERE {{
          {where}
          GRAPH ?g {{ ?claim gk:evidence/oa:hasSelector ?pos .
                      OPTIONAL {{ ?g prov:wasGeneratedBy/prov:wasAssociatedWith ?agent .
                                 ?agent a prov:SoftwareAgent ; rdfs:label ?generator }}
                      ?pos a oa:TextPositionSelector ; oa:start ?start .
                      OPTIONAL {{ ?claim gk:whenText ?whenText OPTIONAL {{ ?claim gk:when ?when }} }}
                      OPTIONAL {{ ?speaker rdfs:label ?speakerLabel }}
                      OPTIONAL {{ ?claim gk:reportedVia ?via . OPTIONAL {{ ?via rdfs:label ?viaLabel }} }} }}
        }} ORDER BY ?article ?start ?id {page}""")
    )
    stances: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if rows:
        values = " ".join(str(r["claim"]) for r in rows)
        for s in store.query(f"""
            SELECT ?claim ?holder ?target ?polarity WHERE {{ VALUES ?claim {{ {values} }}
              GRAPH ?content {{ {STANCE} }} }} ORDER BY ?stance"""):
            stances[s["claim"].value].append(
                {"holder": s["holder"].value, "target": s["target"].value, "polarity": value(s["polarity"])}
            )
    items = [
        {
            "id": r["id"].value,
            "iri": r["claim"].value,
            "article": r["article"].value,
            "speaker": r["speaker"].value,
            "speaker_label": value(r["speakerLabel"]),
            "via": value(r["via"]),
            "via_label": value(r["viaLabel"]),
            "quote": r["quote"].value,
            "direct": value(r["direct"]),
            "kind": local(r["kind"].value, str(KIND)),
            "status": local(r["status"].value, str(STATUS)),
            "confidence": value(r["confidence"]),
            "start": value(r["start"]),
            "stances": stances.get(r["claim"].value, []),
            "annotation": (local(r["method"].value, str(GK)) or "").lower(),
            "generator": value(r["generator"]),
            "date": text(r["published"]),
            "when": {"text": r["whenText"].value, "date": text(r["when"])} if r["whenText"] else None,
        }
        for r in rows
    ]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _date_filter(var: str, since: date | None, until: date | None, include_undated: bool) -> str:
    """A SPARQL filter keeping ``var`` (an xsd:date) from ``since`` to ``until``, both inclusive."""
    tests = []
    if since is not None:
        tests.append(f'{var} >= "{since.isoformat()}"^^xsd:date')
    if until is not None:
        tests.append(f'{var} <= "{until.isoformat()}"^^xsd:date')
    inside = " && ".join(tests) or "true"
    return f"FILTER(!BOUND({var}) || ({inside}))" if include_undated else f"FILTER(BOUND({var}) && {inside})"


def find_claims(
    store: Store,
    base: str,
    *,
    speaker: str | None = None,
    target: str | None = None,
    article: str | None = None,
    cache: LRUCache | None = None,
    **filters: Any,
) -> dict[str, Any]:
    """:func:`list_claims` with actors and articles given as people type them (what ``/claims`` takes).

    Each is an ID, an IRI, a label or an alias (:func:`resolve_actor`, :func:`resolve_article`):
    one that names nothing is a :class:`~kb.errors.NotFoundError`, not an empty page.
    """
    return list_claims(
        store,
        speaker=resolve_actor(store, base, speaker, cache) if speaker else None,
        target=resolve_actor(store, base, target, cache) if target else None,
        article=resolve_article(store, base, article, cache) if article else None,
        **filters,
    )


_EXISTS = {
    # what an exact IRI must be: an actor, or a claim's speaker that is none (an article's own voice)
    "actor": "{{ {iri} a gk:Actor }} UNION {{ ?claim prov:wasAttributedTo {iri} }}",
    "article": "{iri} a schema:NewsArticle",
}
_NAMES = {
    # the label first (shown in an ambiguity's candidates), then the other names; each a plain scan
    # of one property, since an actor's names repeat in every article that mentions it
    "actor": ("rdfs:label", "skos:altLabel|skos:hiddenLabel"),
    "article": ("schema:headline",),
}


def resolve_actor(store: Store, base: str, ref: str, cache: LRUCache | None = None) -> ox.NamedNode:
    """The actor ``ref`` names: its ID or IRI, else a label or alias, else one word of one.

    Case and accents are ignored, as :mod:`kb.names` says ("boris starmer" is Keir Starmer,
    by the name the article got wrong). A full IRI may also be a claim's speaker that is no
    actor (an article's own voice). Raises :class:`~kb.errors.NotFoundError` when nothing fits
    and :class:`~kb.errors.AmbiguousName`, listing them, when several do. The names are read
    from the store when an ID or IRI does not fit (a scan of every label); ``cache`` keeps
    them until the store changes.
    """
    return _resolve(store, base, ref, "actor", cache)


def resolve_article(store: Store, base: str, ref: str, cache: LRUCache | None = None) -> ox.NamedNode:
    """The article ``ref`` names: its ID or IRI, else its whole headline (case and accents ignored)."""
    return _resolve(store, base, ref, "article", cache)


def _resolve(store: Store, base: str, ref: str, kind: str, cache: LRUCache | None) -> ox.NamedNode:
    iri = resolve_iri(base, ref, kind)  # a malformed IRI is refused here, never put in a query
    if list(store.query(f"SELECT * WHERE {{ GRAPH ?g {{ {_EXISTS[kind].format(iri=iri)} }} }} LIMIT 1")):
        return iri
    if cache is None:
        names, labels = _names(store, base, kind)
    else:
        names, labels = cache.get(("names", store.version, base, kind), lambda: _names(store, base, kind))
    # one word of a name finds an actor ("Macron"), not an article (every headline has many)
    return ox.NamedNode(choose(ref, matches(ref, names, words=kind == "actor"), kind, labels))


def _names(store: Store, base: str, kind: str) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Every IRI minted for ``kind`` with its ID and names, and its label."""
    prefix = f"{base}{kind}/"
    names: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    label, *others = _NAMES[kind]
    for prop in (label, *others):
        for r in store.query(f"SELECT DISTINCT ?x ?name WHERE {{ GRAPH ?g {{ ?x {prop} ?name }} }}"):
            x = r["x"].value
            if x.startswith(prefix) and "/" not in x[len(prefix) :]:
                names[x].update((r["name"].value, x[len(prefix) :]))
                if prop == label:  # the same one however the store orders its answers
                    labels[x] = min(labels.get(x, r["name"].value), r["name"].value)
    return names, labels


def list_blocs(store: Store) -> list[dict[str, Any]]:
    """Blocs and other groups with members, each membership with the claim that alleges it."""
    groups: dict[str, dict[str, Any]] = {}
    for r in store.query("""
        SELECT ?group ?label ?existence ?claimOfExistence WHERE { GRAPH ?g {
          ?group rdfs:label ?label . OPTIONAL { ?group gk:existence ?existence }
          OPTIONAL { ?group gk:existenceClaim ?claimOfExistence }
          { ?group a gk:Bloc } UNION { GRAPH ?cg { ?m gk:group ?group } } } }
        ORDER BY ?group"""):
        groups.setdefault(
            r["group"].value,
            {
                "iri": r["group"].value,
                "label": r["label"].value,
                "existence": local(value(r["existence"]), str(EXISTENCE)),
                "existence_claim": value(r["claimOfExistence"]),
                "members": [],
            },
        )
    for r in store.query("""
        SELECT ?group ?member ?memberLabel ?claim ?speaker ?speakerLabel ?via ?viaLabel ?status ?quote WHERE {
          GRAPH ?cg { ?m a gk:ClaimedMembership ; gk:group ?group ; gk:member ?member ;
                         gk:statedIn ?claim }
          GRAPH ?g { ?claim prov:wasAttributedTo ?speaker ; gk:epistemicStatus ?status ; gk:quote ?quote .
                     OPTIONAL { ?member rdfs:label ?memberLabel }
                     OPTIONAL { ?speaker rdfs:label ?speakerLabel }
                     OPTIONAL { ?claim gk:reportedVia ?via . OPTIONAL { ?via rdfs:label ?viaLabel } } }
        } ORDER BY ?group ?member ?claim"""):
        group = groups.get(r["group"].value)
        if group is None:
            continue
        group["members"].append(
            {
                "member": r["member"].value,
                "label": value(r["memberLabel"]),
                "claim": r["claim"].value,
                "alleged_by": r["speaker"].value,
                "alleged_by_label": value(r["speakerLabel"]),
                "via": value(r["via"]),
                "via_label": value(r["viaLabel"]),
                "status": local(r["status"].value, str(STATUS)),
                "quote": r["quote"].value,
            }
        )
    return list(groups.values())


def list_articles(store: Store) -> list[dict[str, Any]]:
    """Every article: title, how it was annotated, counts, and what it does not say."""
    out: dict[str, dict[str, Any]] = {}
    for r in store.query("""
        SELECT ?doc ?id ?title ?method ?sha ?graph ?published
               (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?actor) AS ?actors) WHERE {
          GRAPH ?graph { ?doc a schema:NewsArticle ; schema:identifier ?id ; schema:headline ?title ;
                         gk:annotationMethod ?method ; gk:textSha256 ?sha .
                         OPTIONAL { ?doc schema:datePublished ?published }
                         OPTIONAL { ?claim gk:inArticle ?doc ; a gk:Claim }
                         OPTIONAL { ?doc schema:mentions ?actor } }
        } GROUP BY ?doc ?id ?title ?method ?sha ?graph ?published ORDER BY ?id"""):
        out[r["doc"].value] = {
            "id": r["id"].value,
            "iri": r["doc"].value,
            "title": r["title"].value,
            "date": text(r["published"]),
            "annotation": local(r["method"].value, str(GK)).lower(),
            "sha256": r["sha"].value,
            "graph": r["graph"].value,
            "claims": value(r["claims"]),
            "actors": value(r["actors"]),
            "unknown": [],
        }
    for r in store.query("SELECT ?doc ?p WHERE { GRAPH ?g { ?doc a schema:NewsArticle ; gk:unknown ?p } }"):
        if r["doc"].value in out:
            out[r["doc"].value]["unknown"].append(local(r["p"].value, str(SCHEMA)))
    for a in out.values():
        a["unknown"].sort()
    return list(out.values())

"""Read what the alignment analysis needs out of a store: actors, and every tie with its claim.

This is the only module of :mod:`kb.analysis` that touches a store; everything downstream
works on the plain records it returns, so the algorithms can be tested on made-up data and
benchmarked without a store.

A *tie* is one piece of evidence that two actors line up or oppose each other:

``stance``
    a holder's stance toward a target, inside the content graph of a claim;
``membership``
    a member of a group (a bloc, an alliance) as some claim states it;
``co-membership``
    two members of the same group in the same claim (derived here, one tie per pair);
``structural``
    a curated part-of link (``gk:affiliatedWith``): a minister and his government, a
    leader and his state. It is not anybody's claim, so it carries the article that
    records it instead of a claim.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

import pyoxigraph as ox

from kb.errors import QueryError
from kb.patterns import CLAIM, STANCE
from kb.store import Store
from kb.terms import local, text
from kb.vocab import ACTOR_TYPE_NAMES, ANNOTATION_METHODS, GK, STATUS

__all__ = ["ActorInfo", "AlignmentInput", "Tie", "load_alignment_input"]

TIE_KINDS = ("stance", "membership", "co-membership", "structural")


@dataclass(frozen=True)
class ActorInfo:
    iri: str
    label: str
    type: str | None = None
    aliases: tuple[str, ...] = ()
    identifier: str | None = None
    wikidata: str | None = None
    hidden: tuple[str, ...] = ()
    """Names a source got wrong (``skos:hiddenLabel``): found by search, never shown as names."""
    annotations: frozenset[str] = frozenset({"curated"})
    """How the articles that name this actor were annotated: ``curated``, ``drafted`` or both."""


@dataclass(frozen=True)
class Tie:
    """One piece of evidence between ``source`` and ``target`` (actor IRIs).

    ``polarity`` is +1, -1 or 0 (neutral, which weighs nothing); ``status`` the epistemic
    status of the claim (``asserted``, ``reported``, ``alleged``), None for structural ties;
    ``confidence`` the claim's. ``annotation`` says how the article that holds the tie was
    annotated (``curated`` by hand or ``drafted`` by a program, ``generator`` naming which).
    """

    kind: str
    source: str
    target: str
    polarity: int
    claim: str | None = None
    status: str | None = None
    confidence: float = 1.0
    quote: str | None = None
    speaker: str | None = None
    speaker_label: str | None = None
    via: str | None = None
    article: str | None = None
    annotation: str = "curated"
    generator: str | None = None
    date: str | None = None
    """The publication date (``YYYY-MM-DD``) of the article that holds the tie; None if undated."""


@dataclass
class AlignmentInput:
    """Actors, ties and how many claims each actor speaks: all the analysis reads."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)
    ties: list[Tie] = field(default_factory=list)
    claims_spoken: dict[str, int] = field(default_factory=dict)
    claims_spoken_by: dict[str, dict[str, int]] = field(default_factory=dict)
    """Claims spoken per actor, per annotation method (what :meth:`only` keeps)."""
    named: dict[str, set[str]] = field(default_factory=dict)
    """Article IRI -> the actors it names: what an index needs to replace one article's share."""
    spoken_in: dict[str, dict[str, int]] = field(default_factory=dict)
    """Article IRI -> claims spoken in it per speaker."""
    pair_units: list[dict[tuple[str, str], int]] | None = None
    """Each article's ties summed per pair of actors under the default weights
    (:func:`~kb.analysis.graph.pair_units`), when a tie index cut these ties by article
    (:meth:`~kb.analysis.index.TieIndex.window`): :func:`~kb.analysis.graph.signed_pairs` adds
    them up instead of reading every tie. None: read the ties."""

    def only(self, annotation: str | None) -> AlignmentInput:
        """The part of the input that comes from articles annotated that way (None: all of it).

        ``only("curated")`` leaves machine-drafted articles out: their ties, the actors only
        they name, and the claims their speakers speak in them.

        >>> d = AlignmentInput(
        ...     actors={"a": ActorInfo("a", "A"),
        ...             "b": ActorInfo("b", "B", annotations=frozenset({"drafted"}))},
        ...     ties=[Tie("stance", "a", "b", -1, status="reported", annotation="drafted")])
        >>> part = d.only("curated")
        >>> sorted(part.actors), part.ties
        (['a'], [])
        """
        if annotation is None:
            return self
        if annotation not in ANNOTATION_METHODS:
            raise QueryError(f"unknown annotation '{annotation}'; one of: {', '.join(ANNOTATION_METHODS)}")
        spoken = dict(self.claims_spoken_by.get(annotation, {}))
        return AlignmentInput(
            actors={k: v for k, v in self.actors.items() if annotation in v.annotations},
            ties=[t for t in self.ties if t.annotation == annotation],
            claims_spoken=spoken,
            claims_spoken_by={annotation: spoken},
        )


_ACTORS = """
SELECT ?a ?label ?id ?type (SAMPLE(?same) AS ?wd)
       (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?misnamed; separator="\\u001f") AS ?hidden)
       (GROUP_CONCAT(DISTINCT STR(?method); separator=" ") AS ?methods) WHERE {
  GRAPH ?g { ?a a gk:Actor ; rdfs:label ?label . OPTIONAL { ?a schema:identifier ?id }
             OPTIONAL { ?g dct:subject/gk:annotationMethod ?method }
             OPTIONAL { ?a a ?type FILTER(STRSTARTS(STR(?type), STR(gk:))) FILTER(?type != gk:Actor) }
             OPTIONAL { ?a skos:altLabel ?alias }
             OPTIONAL { ?a skos:hiddenLabel ?misnamed }
             OPTIONAL { ?a skos:exactMatch ?same FILTER(STRSTARTS(STR(?same), STR(wd:))) } }
} GROUP BY ?a ?label ?id ?type
"""

_CLAIMS = f"""
SELECT ?claim ?status ?confidence ?quote ?speaker ?speakerLabel ?via ?article WHERE {{
  GRAPH ?g {{
    {CLAIM} .
    OPTIONAL {{ ?claim gk:reportedVia ?via }}
    OPTIONAL {{ ?speaker rdfs:label ?speakerLabel }}
  }}
}}
"""

_STANCES = f"SELECT ?claim ?holder ?target ?polarity WHERE {{ GRAPH ?content {{ {STANCE} }} }}"

_MEMBERSHIPS = """
SELECT ?claim ?member ?group WHERE {
  GRAPH ?cg { ?m a gk:ClaimedMembership ; gk:member ?member ; gk:group ?group ; gk:statedIn ?claim }
}
"""

_STRUCTURE = """
SELECT DISTINCT ?part ?whole ?article WHERE {
  GRAPH ?g { ?part gk:affiliatedWith ?whole . ?g dct:subject ?article }
}
"""

_SPOKEN = """
SELECT ?article ?speaker (COUNT(DISTINCT ?claim) AS ?n) WHERE {
  GRAPH ?g { ?claim a gk:Claim ; prov:wasAttributedTo ?speaker ; gk:inArticle ?article }
} GROUP BY ?article ?speaker
"""

_NAMED = "SELECT ?article ?a WHERE { GRAPH ?g { ?g dct:subject ?article . ?article schema:mentions ?a } }"

_MAKING = """
SELECT ?article ?method ?generator ?published WHERE {
  GRAPH ?g { ?g dct:subject ?article . ?article gk:annotationMethod ?method .
             OPTIONAL { ?article schema:datePublished ?published }
             OPTIONAL { ?g prov:wasGeneratedBy/prov:wasAssociatedWith ?agent .
                        ?agent a prov:SoftwareAgent ; rdfs:label ?generator } }
}
"""


def load_alignment_input(store: Store) -> AlignmentInput:
    """Every actor, every tie and every speaker's claim count in ``store``."""
    data = AlignmentInput()
    methods: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_ACTORS):
        iri = row["a"].value
        methods[iri].update(_method(m) for m in (text(row["methods"]) or "curated").split())
        if iri in data.actors:  # the same actor annotated in several articles: first label wins
            continue
        aliases = text(row["aliases"])
        data.actors[iri] = ActorInfo(
            iri=iri,
            label=row["label"].value,
            type=ACTOR_TYPE_NAMES.get(text(row["type"]) or ""),
            aliases=tuple(sorted(set(aliases.split("\x1f")))) if aliases else (),
            hidden=tuple(sorted(set(hidden.split("\x1f")))) if (hidden := text(row["hidden"])) else (),
            identifier=text(row["id"]),
            wikidata=(text(row["wd"]) or "").rpartition("/")[2] or None,
        )
    for iri, found in methods.items():
        data.actors[iri] = replace(data.actors[iri], annotations=frozenset(found))

    making: dict[str, dict[str, Any]] = {}
    for row in store.query(_MAKING):
        making[row["article"].value] = {
            "annotation": _method(row["method"].value),
            "generator": text(row["generator"]),
            "date": (text(row["published"]) or "")[:10] or None,
        }

    claims: dict[str, dict[str, Any]] = {}
    for row in store.query(_CLAIMS):
        status = row["status"].value
        claims[row["claim"].value] = {
            "claim": row["claim"].value,
            "status": local(status, STATUS),
            "confidence": float(row["confidence"].value),
            "quote": row["quote"].value,
            "speaker": row["speaker"].value,
            "speaker_label": text(row["speakerLabel"]),
            "via": text(row["via"]),
            "article": row["article"].value,
            **making.get(row["article"].value, {}),
        }

    for row in store.query(_STANCES):
        c = claims.get(row["claim"].value)
        if c is None:  # content whose attribution record is missing: not evidence
            continue
        data.ties.append(Tie("stance", row["holder"].value, row["target"].value, _sign(row["polarity"]), **c))

    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(_MEMBERSHIPS):
        c = claims.get(row["claim"].value)
        if c is None:
            continue
        member, group = row["member"].value, row["group"].value
        data.ties.append(Tie("membership", member, group, 1, **c))
        groups[(c["claim"], group)].add(member)
    for (claim, _group), members in sorted(groups.items()):
        for a, b in combinations(sorted(members), 2):
            data.ties.append(Tie("co-membership", a, b, 1, **claims[claim]))

    for row in store.query(_STRUCTURE):
        article = row["article"].value
        data.ties.append(
            Tie(
                "structural",
                row["part"].value,
                row["whole"].value,
                1,
                article=article,
                **making.get(article, {}),
            )
        )

    for row in store.query(_SPOKEN):
        article, speaker, n = row["article"].value, row["speaker"].value, int(row["n"].value)
        data.claims_spoken[speaker] = data.claims_spoken.get(speaker, 0) + n
        by = data.claims_spoken_by.setdefault(making.get(article, {}).get("annotation", "curated"), {})
        by[speaker] = by.get(speaker, 0) + n
        data.spoken_in.setdefault(article, {})[speaker] = n
    for row in store.query(_NAMED):
        data.named.setdefault(row["article"].value, set()).add(row["a"].value)
    data.ties.sort(key=_tie_key)
    return data


def _tie_key(t: Tie) -> tuple[str, ...]:
    # the polarity last: two stances of one claim on one pair (+1 and 0) sort the same in any read
    return (t.kind, t.source, t.target, t.claim or "", t.article or "", str(t.polarity))


def _method(iri: str) -> str:
    """``curated`` or ``drafted`` from the method's IRI (``gk:Drafted``)."""
    return (local(iri, str(GK)) or "").lower()


def _sign(term: ox.Literal) -> int:
    value = float(term.value)
    return (value > 0) - (value < 0)  # -1, 0 (neutral: no weight) or +1

"""The KB's graph layout over any store: what an article is, and how it is written.

Each article owns the named graphs under ``{base}graph/{article}/`` (its annotation graph
and one graph per claim's content); an analysis run owns one graph of its own. Writing
is per article and atomic: the article's graphs are dropped and its new quads inserted in
a single SPARQL Update request, which Oxigraph (embedded or server) and Fuseki apply as
one transaction. Re-loading an article is therefore idempotent, and a load that fails
leaves the store as it was. The stores themselves (:mod:`kb.store`) know nothing of this.

Every write also moves the store's *write stamp* (:func:`stamp_update`), in the same
request: a new token (chained from the old one and what was written), the one it
replaces, and the article written. A cache of
what the articles say kept outside the store (the tie index's file, :mod:`kb.analysis.persist`)
records the stamp it reflects; a stamp that has moved on says that it is stale, and by which
article when only one write came between.

The store also records the base IRI it was built under (``void:uriSpace`` of the dataset,
in the graph ``{base}graph/dataset``), and every write first checks it
(:func:`claim_base`): the same article under another base would get new IRIs for
everything and silently double the KB.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kb.errors import BaseMismatch, StoreError
from kb.mapping import Minter, article_graph_prefix
from kb.store import Store
from kb.updates import insert_data, triples_by_graph
from kb.vocab import GK, RDF, SCHEMA, VOID, XSD

__all__ = [
    "STAMP_PREDICATES",
    "Stamp",
    "add_articles",
    "claim_base",
    "dataset_graph",
    "delete_article",
    "delete_article_update",
    "existing_articles",
    "read_stamp",
    "recorded_base",
    "replace_article",
    "replace_article_update",
    "replace_graph",
    "replace_graph_update",
    "stamp_update",
    "stream_articles",
]


def replace_article(store: Store, base: str, article_id: str, quads: Sequence[ox.Quad]) -> None:
    """Replace every graph of one article with ``quads``, atomically (the write stamp with them)."""
    store.update(replace_article_update(base, article_id, quads))


def delete_article(store: Store, base: str, article_id: str) -> None:
    """Remove every graph of one article (and move the write stamp, in the same request)."""
    store.update(delete_article_update(base, article_id) + " ;\n" + stamp_update(base, article_id))


def replace_graph(store: Store, graph: ox.NamedNode, quads: Sequence[ox.Quad]) -> None:
    """Replace one named graph (outside any article's) with ``quads``, atomically."""
    store.update(replace_graph_update(graph, quads))


def add_articles(store: Store, base: str, nquads: bytes, graphs: Sequence[str]) -> None:
    """Add articles not yet in the store (their N-Quads, and every graph they fill): the bulk path.

    All or nothing as readers see it (:meth:`kb.store.Store.bulk_add`): an interrupted load
    leaves none of these articles, so a re-run finds them absent and adds them whole. The
    bulk loader is no SPARQL transaction, so the write stamp moves first, naming no article:
    whatever happens next, a cache of the articles is stale and rebuilt.
    """
    store.update(stamp_update(base, None, nquads))
    store.bulk_add(nquads, graphs)


def stream_articles(store: Store, base: str, parts: Iterable[tuple[bytes, Sequence[str]]]) -> None:
    """:func:`add_articles` of parts that come one after the other (each: N-Quads, the graphs they fill).

    The parts are :mod:`kb.mapping`'s N-Quads (``annotation_to_nquads``), whose IRIs are checked
    or minted valid there, so the loader is told not to check them again (``lenient``).

    One bulk load that starts on the first part (:meth:`kb.store.Store.bulk_add_parts`), all
    or nothing as readers see it. What will be written is not known when the load starts,
    so the write stamp moves twice: first naming no article and no content (a cache of
    the articles is stale from here on, whatever happens next), then, once the load is on
    disk, with the digest of everything loaded, so that the token still follows what was
    written (the same loads in the same order give the same tokens).
    """
    store.update(stamp_update(base, None))
    digest = hashlib.sha256()

    def hashed() -> Iterator[tuple[bytes, Sequence[str]]]:
        for nquads, graphs in parts:
            digest.update(nquads)
            yield nquads, graphs

    store.bulk_add_parts(hashed(), lenient=True)
    store.update(stamp_update(base, None, digest.digest()))


def existing_articles(store: Store, base: str, article_ids: Iterable[str]) -> set[str]:
    """Which of ``article_ids`` already have their annotation graph in ``store``."""
    m = Minter(base)
    graphs = {m.article_graph(aid).value: aid for aid in article_ids}
    if not graphs:
        return set()
    values = " ".join(f"<{g}>" for g in graphs)
    rows = store.query(f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?d a ?t }} }}")
    return {graphs[r["g"].value] for r in rows}


def replace_article_update(base: str, article_id: str, quads: Iterable[ox.Quad]) -> str:
    """One SPARQL Update request that drops an article's graphs and inserts its quads."""
    prefix = article_graph_prefix(base, article_id)
    quads_list = list(quads)
    for q in quads_list:
        if not isinstance(q.graph_name, ox.NamedNode) or not q.graph_name.value.startswith(prefix):
            raise StoreError(f"quad outside the graphs of article '{article_id}': {q}")
    parts = [delete_article_update(base, article_id)]
    if insert := insert_data(triples_by_graph(quads_list)):
        parts.append(insert)
    parts.append(stamp_update(base, article_id, "\n".join(sorted(map(str, quads_list))).encode("utf-8")))
    return " ;\n".join(parts)


def replace_graph_update(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    """One SPARQL Update request that empties one named graph and fills it with ``quads``."""
    quads = list(quads)
    for q in quads:
        if q.graph_name != graph:
            raise StoreError(f"quad outside the graph {graph}: {q}")
    update = f"DROP SILENT GRAPH {graph}"
    if quads:
        update += " ;\n" + insert_data(triples_by_graph(quads))
    return update


def delete_article_update(base: str, article_id: str) -> str:
    """Delete every graph of one article: its annotation graph and the claim graphs it names.

    The graphs are found through the annotation graph (``gk:hasContent``) rather than by
    scanning every graph name for the article's prefix, which cost time in proportion to
    the whole store (0.86 s per article at 390k quads on disk, against 0.07 s this way).
    The prefix filter stays as a guard: nothing outside the article's graphs is touched.
    The article's tie graph (:mod:`kb.analysis.ties`) goes with it, in the same request.
    """
    prefix = ox.Literal(article_graph_prefix(base, article_id))
    graph = Minter(base).article_graph(article_id)
    ties = Minter(base).iri("graph", article_id, "ties")
    return (
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { "
        f"{{ BIND({graph} AS ?g) }} UNION {{ BIND({ties} AS ?g) }} "
        f"UNION {{ GRAPH {graph} {{ ?c {GK.hasContent} ?g }} }} "
        f"FILTER(STRSTARTS(STR(?g), {prefix})) GRAPH ?g {{ ?s ?p ?o }} }}"
    )


def dataset_graph(base: str) -> ox.NamedNode:
    """The graph that describes the KB as a dataset (its base IRI; its VoID and DCAT terms)."""
    return Minter(base).iri("graph", "dataset")


def recorded_base(store: Store) -> str | None:
    """The base IRI the store records, or None for a store that records none (new, or older)."""
    rows = list(store.query(f"SELECT ?b WHERE {{ GRAPH ?g {{ ?d {VOID.uriSpace} ?b }} }} LIMIT 2"))
    if len(rows) > 1:
        raise StoreError("the store records two base IRIs; export it and rebuild it under one")
    return rows[0]["b"].value if rows else None


def claim_base(store: Store, base: str) -> None:
    """Check that writing under ``base`` keeps the store under one base, and record it if new.

    Raises :class:`~kb.errors.BaseMismatch` when the store records another base, or (an older
    store that records none) holds an article under another one.
    """
    base = Minter(base).base
    recorded = recorded_base(store)
    if recorded == base:
        return
    if recorded is None:
        prefix = ox.Literal(base)
        outside = f"FILTER(!STRSTARTS(STR(?g), {prefix}))"
        stray = f"ASK {{ GRAPH ?g {{ ?a {RDF.type} {SCHEMA.NewsArticle} }} {outside} }}"
        if not store.query(stray):
            graph = dataset_graph(base)
            node = Minter(base).iri("dataset")
            replace_graph(
                store,
                graph,
                [
                    ox.Quad(node, RDF.type, VOID.Dataset, graph),
                    ox.Quad(node, VOID.uriSpace, ox.Literal(base, datatype=XSD.anyURI), graph),
                ],
            )
            return
        recorded = "another base (its articles were built before the store recorded one)"
    raise BaseMismatch(
        f"the store was built under {recorded}, not {base}: loading would give everything a second "
        "IRI. Use the store's base (--base, GEOKB_BASE_IRI), build a new store for this base, or "
        "publish under another base with 'geokb export --rebase IRI'"
    )


STAMP_PREDICATES = frozenset({GK.writeStamp, GK.previousStamp, GK.stampedArticle})
"""What the write stamp is made of (exports leave it out)."""


@dataclass(frozen=True)
class Stamp:
    """The store's write stamp: the current token, the one before it, and the article written then.

    ``previous`` and ``article`` are None after a bulk load (which names no article).
    """

    token: str | None
    previous: str | None = None
    article: str | None = None


def stamp_update(base: str, article_id: str | None, content: bytes = b"") -> str:
    """SPARQL Update that moves the write stamp on; the old token is kept as the previous one.

    Appended to the request that writes ``article_id`` (None: a bulk load), so that the
    stamp and the articles change in one transaction. The new token is computed by the
    store, in that transaction, as the SHA-256 of the old token, the article and the digest
    of what was written (``content``): the same writes in the same order give the same
    tokens (an export of the same KB is the same bytes), and two writers never read the
    same old token.
    """
    g, node = dataset_graph(base), Minter(base).iri("dataset")
    what = ox.Literal(f"{article_id or ''}|{hashlib.sha256(content).hexdigest()}")
    article = f"; {GK.stampedArticle} {ox.Literal(article_id or '')} "  # "": none (a bulk load)
    return " ;\n".join(  # plain operations, one after the other: Virtuoso mishandles OPTIONAL here
        [
            f"DELETE WHERE {{ GRAPH {g} {{ {node} {GK.previousStamp} ?p }} }}",
            f"DELETE WHERE {{ GRAPH {g} {{ {node} {GK.stampedArticle} ?a }} }}",
            f"DELETE {{ GRAPH {g} {{ {node} {GK.writeStamp} ?t }} }} "
            f"INSERT {{ GRAPH {g} {{ {node} {GK.previousStamp} ?t }} }} "
            f"WHERE {{ GRAPH {g} {{ {node} {GK.writeStamp} ?t }} }}",
            f"INSERT {{ GRAPH {g} {{ {node} {GK.writeStamp} ?new {article}}} }} WHERE {{ "
            f"{{ SELECT (SAMPLE(?old) AS ?was) WHERE {{ "
            f"OPTIONAL {{ GRAPH {g} {{ {node} {GK.previousStamp} ?old }} }} }} }} "
            f'BIND(SHA256(CONCAT(COALESCE(STR(?was), ""), "|", {what})) AS ?new) }}',
            # the first write has no previous token: "" stands for it, so the stamp is always 3 quads
            f'INSERT {{ GRAPH {g} {{ {node} {GK.previousStamp} "" }} }} WHERE {{ '
            f"{{ SELECT (COUNT(?p) AS ?n) WHERE {{ "
            f"OPTIONAL {{ GRAPH {g} {{ {node} {GK.previousStamp} ?p }} }} }} }} "
            f"FILTER(?n = 0) }}",
        ]
    )


def read_stamp(store: Store, base: str) -> Stamp:
    """The store's write stamp (all None for a store never written through this module)."""
    g, node = dataset_graph(base), Minter(base).iri("dataset")
    rows = list(
        store.query(
            f"SELECT ?t ?p ?a WHERE {{ GRAPH {g} {{ {node} {GK.writeStamp} ?t "
            f"OPTIONAL {{ {node} {GK.previousStamp} ?p }} OPTIONAL {{ {node} {GK.stampedArticle} ?a }} }} }}"
        )
    )
    if len(rows) != 1:  # none yet, or two writers raced outside a transaction: no stamp to trust
        return Stamp(None)
    r = rows[0]
    return Stamp(r["t"].value, _none(r["p"] and r["p"].value), _none(r["a"] and r["a"].value))


def _none(text: str | None) -> str | None:
    """ "" (what the stamp writes for no previous token, no article) as None."""
    return text or None

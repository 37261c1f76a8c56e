"""Serialise the KB, or part of it, without ever turning a claim into a fact.

Dataset formats (TriG, N-Quads, JSON-LD) carry every named graph. Triple formats (Turtle,
N-Triples, RDF/XML) cannot say which graph a triple is in, so flattening everything would
turn every claim's content into an apparent fact. By default they therefore hold the
annotation graphs only (who said what, where, how sure) and leave the claim-content graphs
out; ask for one graph by IRI to get exactly that graph. :func:`rdf_items` is that rule,
for exports and Linked Data pages alike.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kb.errors import ExportError
from kb.formats import Format, get_format, serialize
from kb.store import Store
from kb.vocab import GK, RDF

__all__ = ["claim_content_graphs", "export", "rdf_items"]


def claim_content_graphs(store: Store) -> set[ox.NamedNode]:
    """The named graphs that hold claim content (typed gk:ClaimContent)."""
    rows = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?a {{ ?g {RDF.type} {GK.ClaimContent} }} }}")
    return {row["g"] for row in rows}


def rdf_items(quads: Iterable[ox.Quad], fmt: Format, skip: set[ox.NamedNode]) -> list:
    """What ``fmt`` can hold of ``quads``: every quad, or the distinct triples outside ``skip``."""
    if fmt.dataset:
        return list(quads)
    return list(dict.fromkeys(q.triple for q in quads if q.graph_name not in skip))


def export(store: Store, fmt: str | Format, graph: str | None = None) -> bytes:
    """Serialise the store (or one named graph of it) in an RDF format."""
    f = fmt if isinstance(fmt, Format) else get_format(fmt)
    if graph is None:
        skip = set() if f.dataset else claim_content_graphs(store)
        return serialize(rdf_items(store.quads(), f, skip), f)
    try:
        node = ox.NamedNode(graph)
    except ValueError:
        raise ExportError(f"'{graph}' is not an IRI") from None
    if node not in set(store.named_graphs()):
        raise ExportError(f"no graph <{graph}> in the store")
    return serialize(rdf_items(store.quads(node), f, set()), f)

"""Export formats, looked up by name in one registry.

Dataset formats (TriG, N-Quads, JSON-LD) carry every named graph. Triple formats (Turtle,
N-Triples, RDF/XML) cannot say which graph a triple is in, so flattening everything would
turn every claim's content into an apparent fact. By default they therefore hold the
annotation graphs only (who said what, where, how sure) and leave the claim-content graphs
out; ask for one graph by IRI to get exactly that graph.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kb.errors import ExportError
from kb.store import Store
from kb.vocab import GK, PREFIXES, RDF

__all__ = ["FORMATS", "ExportFormat", "claim_content_graphs", "export", "get_format"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    rdf_format: ox.RdfFormat
    media_type: str
    extension: str
    dataset: bool
    """True where the format keeps named graphs."""


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("turtle", ox.RdfFormat.TURTLE, "text/turtle", "ttl", False),
        ExportFormat("nt", ox.RdfFormat.N_TRIPLES, "application/n-triples", "nt", False),
        ExportFormat("xml", ox.RdfFormat.RDF_XML, "application/rdf+xml", "rdf", False),
        ExportFormat("trig", ox.RdfFormat.TRIG, "application/trig", "trig", True),
        ExportFormat("nq", ox.RdfFormat.N_QUADS, "application/n-quads", "nq", True),
        ExportFormat("jsonld", ox.RdfFormat.JSON_LD, "application/ld+json", "jsonld", True),
    )
}
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "rdfxml": "xml", "rdf": "xml",
            "nquads": "nq", "n-quads": "nq", "json-ld": "jsonld"}


def get_format(name: str) -> ExportFormat:
    """The export format called ``name`` (or one of its usual aliases)."""
    key = _ALIASES.get(name.lower(), name.lower())
    try:
        return FORMATS[key]
    except KeyError:
        raise ExportError(f"unknown format '{name}'; choose one of: {', '.join(FORMATS)}") from None


def claim_content_graphs(store: Store) -> set[ox.NamedNode]:
    """The named graphs that hold claim content (typed gk:ClaimContent)."""
    rows = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?a {{ ?g {RDF.type} {GK.ClaimContent} }} }}")
    return {row["g"] for row in rows}


def export(store: Store, fmt: str | ExportFormat, graph: str | None = None) -> bytes:
    """Serialise the store (or one named graph of it) in an export format."""
    f = fmt if isinstance(fmt, ExportFormat) else get_format(fmt)
    if graph is not None:
        try:
            node = ox.NamedNode(graph)
        except ValueError:
            raise ExportError(f"'{graph}' is not an IRI") from None
        if node not in set(store.named_graphs()):
            raise ExportError(f"no graph <{graph}> in the store")
        quads = list(store.quads(node))
        items: list = [q.triple for q in quads] if not f.dataset else quads
    elif f.dataset:
        items = list(store.quads())
    else:
        skip = claim_content_graphs(store)
        seen: dict[ox.Triple, None] = {}
        for q in store.quads():
            if q.graph_name not in skip:
                seen.setdefault(q.triple, None)
        items = list(seen)
    kwargs = {}
    if f.rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = PREFIXES
    out = ox.serialize(items, format=f.rdf_format, **kwargs)
    return out if out is not None else b""

"""SPARQL 1.1 Protocol semantics, independent of any web framework.

The API's ``/sparql`` route is a thin wrapper around :func:`execute`: it passes the query,
the dataset parameters and the ``Accept`` header, and gets back bytes and a media type, or
an exception it maps to a status (:class:`QueryError` -> 400, :class:`NotAcceptable` -> 406).
Results are serialised by Oxigraph, not term by term in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kb.errors import GeokbError
from kb.store import Store

__all__ = ["NotAcceptable", "SparqlResponse", "execute", "negotiate"]

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}


class NotAcceptable(GeokbError):
    """No representation the client accepts can be produced (HTTP 406)."""


@dataclass(frozen=True)
class SparqlResponse:
    body: bytes
    media_type: str


def _parse_accept(accept: str | None) -> list[tuple[str, float]]:
    if not accept or not accept.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def negotiate(accept: str | None, offers: Sequence[str]) -> str:
    """The offer the Accept header prefers; the first offer wins ties and ``*/*``.

    Raises :class:`NotAcceptable` when the header rules out every offer.
    """
    ranges = _parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for idx, offer in enumerate(offers):
        otype, _, _osub = offer.partition("/")
        q, specificity = -1.0, -1
        for media, mq in ranges:
            mtype, _, msub = media.partition("/")
            if media == offer:
                spec = 2
            elif mtype == otype and msub == "*":
                spec = 1
            elif media == "*/*":
                spec = 0
            else:
                continue
            if spec > specificity:
                q, specificity = mq, spec
        if q <= 0:
            continue
        key = (q, specificity, -idx)
        if best is None or key > best:
            best, chosen = key, offer
    if chosen is None:
        raise NotAcceptable(f"cannot produce any of: {accept}; available: {', '.join(offers)}")
    return chosen


def execute(
    store: Store,
    query: str,
    accept: str | None = None,
    *,
    default_graph_uris: Sequence[str] = (),
    named_graph_uris: Sequence[str] = (),
) -> SparqlResponse:
    """Run a query as the SPARQL 1.1 Protocol says and serialise the answer as negotiated."""
    kwargs = {}
    if default_graph_uris:
        kwargs["default_graph"] = [ox.NamedNode(u) for u in default_graph_uris]
    if named_graph_uris:
        kwargs["named_graphs"] = [ox.NamedNode(u) for u in named_graph_uris]
    results = store.query(query, **kwargs)
    try:
        if isinstance(results, ox.QueryTriples):
            media = negotiate(accept, list(GRAPH_TYPES))
            body = results.serialize(format=GRAPH_TYPES[media]) or b""
        else:
            media = negotiate(accept, list(RESULT_TYPES))
            body = results.serialize(format=RESULT_TYPES[media]) or b""
    finally:
        # Oxigraph's result iterators may only be dropped by the thread that made them;
        # an exception's traceback would otherwise carry them to another thread.
        del results
    charset = "" if media.endswith(("json", "+xml")) else "; charset=utf-8"
    return SparqlResponse(body, media + charset)

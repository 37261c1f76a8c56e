"""SPARQL 1.1 Protocol semantics, independent of any web framework.

The API's ``/sparql`` route is a thin wrapper around :func:`execute`: it passes the query,
the dataset parameters and the ``Accept`` header, and gets back bytes and a media type, or
a :mod:`kb.errors` error that carries its status (a malformed query, nothing acceptable).
Results are serialised by Oxigraph, not term by term in Python; which media types there
are comes from the format registry (:mod:`kb.formats`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kb.formats import FORMATS, RESULT_FORMATS, content_type, media_types, negotiate
from kb.store import Store

__all__ = ["GRAPH_TYPES", "RESULT_TYPES", "SparqlResponse", "execute"]

RESULT_TYPES = media_types(RESULT_FORMATS.values())
"""What SELECT and ASK results are offered in, by media type, in order of preference."""
GRAPH_TYPES = media_types(FORMATS.values())
"""What CONSTRUCT and DESCRIBE results are offered in."""


@dataclass(frozen=True)
class SparqlResponse:
    body: bytes
    media_type: str


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
        offers = GRAPH_TYPES if isinstance(results, ox.QueryTriples) else RESULT_TYPES
        media = negotiate(accept, list(offers))
        body = results.serialize(format=offers[media].oxigraph) or b""
    finally:
        # Oxigraph's result iterators may only be dropped by the thread that made them;
        # an exception's traceback would otherwise carry them to another thread.
        del results
    return SparqlResponse(body, content_type(media))

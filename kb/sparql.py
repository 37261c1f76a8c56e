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
from urllib.parse import parse_qs

import pyoxigraph as ox

from kb.errors import QueryError, UnsupportedMediaType
from kb.formats import (
    FORM,
    FORMATS,
    RESULT_FORMATS,
    SPARQL_QUERY,
    content_type,
    media_types,
    negotiate,
    serialize,
)
from kb.results import is_graph
from kb.store import Store

__all__ = [
    "GRAPH_TYPES",
    "RESULT_TYPES",
    "ProtocolQuery",
    "SparqlResponse",
    "execute",
    "protocol_params",
    "protocol_query",
]

RESULT_TYPES = media_types(RESULT_FORMATS.values())
"""What SELECT and ASK results are offered in, by media type, in order of preference."""
GRAPH_TYPES = media_types(FORMATS.values())
"""What CONSTRUCT and DESCRIBE results are offered in."""


@dataclass(frozen=True)
class SparqlResponse:
    body: bytes
    media_type: str


@dataclass(frozen=True)
class ProtocolQuery:
    """A query operation as the protocol's parameters give it."""

    query: str
    default_graph_uris: list[str]
    named_graph_uris: list[str]


def protocol_params(
    query_string: str, body: bytes | None = None, content_type: str = ""
) -> dict[str, list[str]]:
    """The request's parameters: the URL's, plus a POST body's (a form, or the query itself).

    Raises :class:`~kb.errors.UnsupportedMediaType` for any other body.
    """
    try:  # strict: %FF must not silently become U+FFFD in the query
        params = parse_qs(query_string, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise QueryError("the query string's percent-escapes are not UTF-8") from None
    if body is None:
        return params
    ctype = content_type.split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise QueryError("the request body is not UTF-8") from None
    if ctype == "application/sparql-update":  # the same refusal as a form's update=
        raise QueryError("SPARQL Update is not accepted here: the endpoint is read-only")
    if ctype not in (SPARQL_QUERY, FORM):
        raise UnsupportedMediaType(f"unsupported content type '{ctype}': use {SPARQL_QUERY} or a form")
    if ctype == SPARQL_QUERY:
        if "query" in params:
            raise QueryError("give the query in the body or in the URL, not both")
        params["query"] = [text]
    else:
        try:
            form = parse_qs(text, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise QueryError("the form's percent-escapes are not UTF-8") from None
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
    return params


def protocol_query(params: dict[str, list[str]]) -> ProtocolQuery:
    """The query operation the parameters ask for; updates are refused (the endpoint is read-only)."""
    if "update" in params:
        raise QueryError("SPARQL Update is not accepted here: the endpoint is read-only")
    values = params.get("query", [])
    if not values:
        raise QueryError("missing 'query' parameter")
    if len(values) > 1:
        raise QueryError(f"'query' given {len(values)} times; give it once")
    return ProtocolQuery(values[0], params.get("default-graph-uri", []), params.get("named-graph-uri", []))


def execute(
    store: Store,
    query: str,
    accept: str | None = None,
    *,
    default_graph_uris: Sequence[str] = (),
    named_graph_uris: Sequence[str] = (),
) -> SparqlResponse:
    """Run a query as the SPARQL 1.1 Protocol says and serialise the answer as negotiated.

    Results are serialised by Oxigraph, except CONSTRUCT and DESCRIBE results asked for as
    JSON-LD: those are compacted with geokb's context, like every other JSON-LD the KB gives
    out (Oxigraph writes expanded form only).
    """
    kwargs = {}
    if default_graph_uris:
        kwargs["default_graph"] = [ox.NamedNode(u) for u in default_graph_uris]
    if named_graph_uris:
        kwargs["named_graphs"] = [ox.NamedNode(u) for u in named_graph_uris]
    results = store.query(query, **kwargs)
    try:
        offers = GRAPH_TYPES if is_graph(results) else RESULT_TYPES
        media = negotiate(accept, list(offers))
        fmt = offers[media]
        if fmt.oxigraph == ox.RdfFormat.JSON_LD:
            body = serialize(list(results), fmt)
        else:
            body = results.serialize(format=fmt.oxigraph) or b""
    finally:
        # Oxigraph's result iterators may only be dropped by the thread that made them;
        # an exception's traceback would otherwise carry them to another thread.
        del results
    return SparqlResponse(body, content_type(media))

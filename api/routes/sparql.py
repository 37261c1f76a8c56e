"""``/sparql``: the SPARQL 1.1 Protocol (query operation only; the KB is read-only here).

Query by GET (``?query=``), by POST form-encoded, or by POST ``application/sparql-query``.
Reading the parameters is :func:`kb.sparql.protocol_params`, running the query
:func:`kb.sparql.execute` (in a worker); this module only moves bytes.
"""

from __future__ import annotations

import time

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import app_settings, get_queries
from kb.formats import HTML, negotiate_page, prefers_html
from kb.pages import query_page
from kb.querypool import QueryRunner
from kb.service import DESCRIPTION_FORMATS, service_description
from kb.settings import Settings
from kb.sparql import GRAPH_TYPES, RESULT_TYPES, protocol_params, protocol_query

router = APIRouter(tags=["sparql"])

_EXAMPLE = "SELECT ?label WHERE { GRAPH ?g { ?a a gk:Actor ; rdfs:label ?label } } LIMIT 5"
_DESCRIPTION_TYPES = [f.media_type for f in DESCRIPTION_FORMATS]


async def _answer(request: Request, queries: QueryRunner, params: dict[str, list[str]]) -> Response:
    q = protocol_query(params)
    started = time.perf_counter()
    try:
        result = await run_in_threadpool(
            queries.run,
            q.query,
            request.headers.get("accept"),
            default_graph_uris=q.default_graph_uris,
            named_graph_uris=q.named_graph_uris,
        )
    finally:
        request.state.query_ms = (time.perf_counter() - started) * 1000
    return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})


def _describe_service(request: Request, settings: Settings) -> Response:
    """No query: a query page for browsers, the SPARQL service description for RDF clients."""
    media = negotiate_page(request.headers.get("accept"), _DESCRIPTION_TYPES)
    if media == HTML:
        return HTMLResponse(query_page(settings.base_iri), headers={"Vary": "Accept"})
    endpoint = str(request.url.replace(query=""))
    body = service_description(endpoint, media, federation=bool(settings.service_allow))
    return Response(body, media_type=media, headers={"Vary": "Accept"})


@router.get(
    "/sparql",
    summary="SPARQL query by GET",
    description=f"Example: `?query={_EXAMPLE}`. Prefixes gk, rdfs, prov, schema, org, oa... are predeclared.",
)
async def sparql_get(
    request: Request,
    queries: QueryRunner = Depends(get_queries),
    settings: Settings = Depends(app_settings),
) -> Response:
    params = protocol_params(request.url.query)
    if not params:
        return _describe_service(request, settings)
    accept = request.headers.get("accept")
    if set(params) == {"query"} and prefers_html(accept, [*RESULT_TYPES, *GRAPH_TYPES]):
        q = protocol_query(params)  # a browser opening a link: the page, which runs the query
        return HTMLResponse(query_page(settings.base_iri, q.query), headers={"Vary": "Accept"})
    return await _answer(request, queries, params)


@router.post("/sparql", summary="SPARQL query by POST (form-encoded or application/sparql-query)")
async def sparql_post(request: Request, queries: QueryRunner = Depends(get_queries)) -> Response:
    ctype = request.headers.get("content-type", "")
    params = protocol_params(request.url.query, await request.body(), ctype)
    return await _answer(request, queries, params)

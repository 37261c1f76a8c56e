"""``/sparql``: the SPARQL 1.1 Protocol (query operation only; the KB is read-only here).

Query by GET (``?query=``), by POST form-encoded, or by POST ``application/sparql-query``.
Everything else is :func:`kb.sparql.execute`; this module only unpacks the HTTP request.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool

from api.deps import get_queries, get_settings
from api.templating import negotiate_page, render
from kb.errors import QueryError
from kb.querypool import QueryRunner
from kb.questions import questions
from kb.service import service_description
from kb.settings import Settings

router = APIRouter(tags=["sparql"])

_EXAMPLE = "SELECT ?label WHERE { GRAPH ?g { ?a a gk:Actor ; rdfs:label ?label } } LIMIT 5"


def _single(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name, [])
    if not values:
        raise QueryError(f"missing '{name}' parameter")
    if len(values) > 1:
        raise QueryError(f"'{name}' given {len(values)} times; give it once")
    return values[0]


async def _answer(request: Request, queries: QueryRunner, params: dict[str, list[str]]) -> Response:
    if "update" in params:
        raise QueryError("SPARQL Update is not accepted here: the endpoint is read-only")
    query = _single(params, "query")
    started = time.perf_counter()
    try:
        result = await run_in_threadpool(
            queries.run,
            query,
            request.headers.get("accept"),
            default_graph_uris=params.get("default-graph-uri", []),
            named_graph_uris=params.get("named-graph-uri", []),
        )
    finally:
        request.state.query_ms = (time.perf_counter() - started) * 1000
    return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})


_DESCRIPTION_TYPES = ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"]


def _describe_service(request: Request, settings: Settings) -> Response:
    """No query: a query page for browsers, the SPARQL service description for RDF clients."""
    media = negotiate_page(request.headers.get("accept"), _DESCRIPTION_TYPES)
    if media == "text/html":
        return render(
            request,
            "query.html",
            {
                "questions": questions(),
                "questions_json": {q.name: q.sparql for q in questions()},
                "base": settings.base_iri,
            },
        )
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
    settings: Settings = Depends(get_settings),
) -> Response:
    params = parse_qs(request.url.query, keep_blank_values=True)
    if not params:
        return _describe_service(request, settings)
    return await _answer(request, queries, params)


@router.post("/sparql", summary="SPARQL query by POST (form-encoded or application/sparql-query)")
async def sparql_post(request: Request, queries: QueryRunner = Depends(get_queries)) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    params = parse_qs(request.url.query, keep_blank_values=True)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise QueryError("the request body is not UTF-8") from None
    if ctype == "application/sparql-query":
        if "query" in params:
            raise QueryError("give the query in the body or in the URL, not both")
        params["query"] = [text]
    elif ctype == "application/x-www-form-urlencoded":
        try:  # strict: %FF must not become U+FFFD in the query
            form = parse_qs(text, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise QueryError("the form's percent-escapes are not UTF-8") from None
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
    elif ctype == "application/sparql-update":  # the same refusal as a form's update=
        raise QueryError("SPARQL Update is not accepted here: the endpoint is read-only")
    else:
        return Response(
            f"unsupported content type '{ctype}': use application/sparql-query or a form",
            status_code=415,
            media_type="text/plain",
        )
    return await _answer(request, queries, params)

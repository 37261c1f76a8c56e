"""``/graph``: the interactive graph page, and the data it draws as JSON."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import get_settings, get_store
from kb.graph_page import render_graph_page, store_graph_view
from kb.settings import Settings
from kb.store import Store
from kb.vocab import ANNOTATION_METHODS

router = APIRouter(tags=["graph"])
AnnotationMethod = Literal[tuple(ANNOTATION_METHODS)]  # type: ignore[valid-type]
AnnotationParam = Annotated[
    AnnotationMethod | None, Query(description="`curated` leaves machine-drafted articles out")
]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
)
"""The page loads scripts from this server only; an injected inline script would not run."""


async def _view(
    request: Request, store: Store, settings: Settings, annotation: str | None = None
) -> dict[str, Any]:
    cache = request.app.state.cache
    key = (
        "graph",
        request.app.state.generation,
        settings.graph_initial_nodes,
        settings.graph_max_edges,
        annotation,
    )
    if key not in cache:
        cache[key] = await run_in_threadpool(
            store_graph_view,
            store,
            initial_nodes=settings.graph_initial_nodes,
            max_edges=settings.graph_max_edges,
            title="geokb graph",
            api="",
            annotation=annotation,
        )
    return cache[key]


@router.get("/graph", response_class=HTMLResponse, summary="The interactive graph of actors and ties")
async def graph_page(
    request: Request, store: Store = Depends(get_store), settings: Settings = Depends(get_settings)
) -> HTMLResponse:
    html = render_graph_page(await _view(request, store, settings), assets="served")
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP})


@router.get("/graph/data", summary="The nodes, edges, clusters and articles the graph page draws")
async def graph_data(
    request: Request,
    annotation: AnnotationParam = None,
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict[str, Any]:
    return await _view(request, store, settings, annotation)

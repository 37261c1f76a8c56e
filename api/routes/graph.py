"""``/graph``: the interactive graph page, and the data it draws as JSON."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import app_settings, get_cache, get_store, get_tasks
from kb.cache import LRUCache
from kb.graph_page import render_graph_page, served_graph_view
from kb.settings import Settings
from kb.store import Store
from kb.taskpool import TaskRunner
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


@router.get("/graph", response_class=HTMLResponse, summary="The interactive graph of actors and ties")
async def graph_page(
    annotation: AnnotationParam = None,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
) -> HTMLResponse:
    view = await run_in_threadpool(served_graph_view, cache, store, settings, annotation, tasks=tasks)
    return HTMLResponse(render_graph_page(view, assets="served"), headers={"Content-Security-Policy": CSP})


@router.get("/graph/data", summary="The nodes, edges, clusters and articles the graph page draws")
async def graph_data(
    annotation: AnnotationParam = None,
    since: Annotated[date | None, Query(description="only articles published on or after this date")] = None,
    until: Annotated[date | None, Query(description="only articles published on or before this date")] = None,
    include_undated: Annotated[
        bool, Query(description="with `since`/`until`, keep undated articles")
    ] = False,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
) -> dict[str, Any]:
    return await run_in_threadpool(
        served_graph_view, cache, store, settings, annotation, since, until, include_undated, tasks
    )

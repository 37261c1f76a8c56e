"""``/graph``: the interactive graph page, and the data it draws as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import app_settings, get_store
from kb.graph_page import render_graph_page, served_graph_view
from kb.settings import Settings
from kb.store import Store

router = APIRouter(tags=["graph"])

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
)
"""The page loads scripts from this server only; an injected inline script would not run."""


async def _view(request: Request, store: Store, settings: Settings) -> dict[str, Any]:
    return await run_in_threadpool(served_graph_view, request.app.state.cache, store, settings)


@router.get("/graph", response_class=HTMLResponse, summary="The interactive graph of actors and ties")
async def graph_page(
    request: Request, store: Store = Depends(get_store), settings: Settings = Depends(app_settings)
) -> HTMLResponse:
    html = render_graph_page(await _view(request, store, settings), assets="served")
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP})


@router.get("/graph/data", summary="The nodes, edges, clusters and articles the graph page draws")
async def graph_data(
    request: Request, store: Store = Depends(get_store), settings: Settings = Depends(app_settings)
) -> dict[str, Any]:
    return await _view(request, store, settings)

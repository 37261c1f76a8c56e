"""The front page: what the KB holds and where to go next."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import app_settings, get_store
from kb.pages import home_page
from kb.settings import Settings
from kb.store import Store

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def index(
    store: Store = Depends(get_store), settings: Settings = Depends(app_settings)
) -> HTMLResponse:
    return HTMLResponse(await run_in_threadpool(home_page, store, settings.base_iri))

"""The front page: what the KB holds and where to go next."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import app_settings, get_store
from api.templating import render
from kb.browse import list_articles
from kb.linked_data import local_path
from kb.settings import Settings
from kb.stats import stats
from kb.store import Store

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def index(
    request: Request, store: Store = Depends(get_store), settings: Settings = Depends(app_settings)
) -> HTMLResponse:
    counts = await run_in_threadpool(stats, store)
    articles = await run_in_threadpool(list_articles, store)
    for a in articles:
        a["link"] = local_path(settings.base_iri, a["iri"]) or a["iri"]
    return render(request, "index.html", {"stats": counts, "articles": articles})

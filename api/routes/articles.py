"""``/articles``: list what is loaded; ``POST`` an annotation to add or replace an article."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.concurrency import run_in_threadpool

from api.deps import app_settings, changed, get_live, get_store, get_tasks, require_token
from kb.analysis.live import LiveAlignment
from kb.browse import list_articles
from kb.ingest import prepare_submission, write_submission
from kb.settings import Settings
from kb.store import Store
from kb.taskpool import TaskRunner

router = APIRouter(tags=["articles"])

_EXAMPLE = {
    "annotation": {
        "article": {"id": "example", "title": "Example", "text": "example.txt"},
        "actors": [{"id": "france", "type": "state", "label": "France", "aliases": ["Paris"]}],
        "claims": [],
    },
    "text": "Paris said nothing today.",
}


@router.get("/articles", summary="The articles in the KB, with counts and what each does not say")
async def articles(store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    return await run_in_threadpool(list_articles, store)


@router.post(
    "/articles",
    summary="Add or replace one article from its annotation (needs the bearer token)",
    description=(
        'Body: JSON `{"annotation": {...}, "text": "..."}`, the annotation in the YAML format as '
        'JSON, and the article text; or `{"text": "...", "id": "my-article"}` alone, which is drafted '
        "by the rule-based extractor first (`annotation: drafted` in the KB; the answer carries the "
        "draft for review). An optional `\"published\": \"YYYY-MM-DD\"` dates an article that states "
        "no date of its own (a draft's source date gives way to it). The annotation is validated "
        "(schema, references, quotes found in the text, SHACL) before anything is written; the article's "
        "graphs are then replaced in one transaction, so posting the same annotation twice changes "
        "nothing and a rejected one changes nothing either. Reading and drafting run in a worker "
        "process: past `GEOKB_DRAFT_TIMEOUT` seconds the answer is 503."
    ),
    dependencies=[Depends(require_token)],
    responses={
        401: {"description": "missing or wrong token"},
        403: {"description": "writing is turned off"},
        413: {"description": "body over the limit"},
        422: {"description": "the annotation is invalid; the detail names each problem"},
        503: {"description": "reading or drafting ran past its time limit"},
    },
)
async def post_article(
    request: Request,
    payload: Annotated[dict[str, Any], Body(examples=[_EXAMPLE])],
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    tasks: TaskRunner = Depends(get_tasks),
    live: LiveAlignment = Depends(get_live),
) -> dict[str, Any]:
    what = "reading and drafting the article"  # off the event loop, in a process that can be stopped
    ann, draft = await run_in_threadpool(tasks.run, what, settings.draft_timeout, prepare_submission, payload)
    submission = await run_in_threadpool(write_submission, store, ann, settings.base_iri, draft, live=live)
    changed(request)
    return submission.answer()

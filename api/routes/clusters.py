"""``/clusters``: alignment clusters of the actors, and the claims behind every tie."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import alignment_params, app_settings, get_cache, get_store, get_tasks
from kb.analysis import DEFAULT_STATUS_WEIGHTS, Alignment, AlignmentParams, Weights, cached_alignment
from kb.analysis.centrality import centrality as rank_actors
from kb.analysis.report import explain_json
from kb.cache import LRUCache
from kb.settings import Settings
from kb.store import Store
from kb.taskpool import TaskRunner

router = APIRouter(tags=["analysis"])


def _alignment(
    cache: LRUCache, store: Store, params: AlignmentParams, tasks: TaskRunner, settings: Settings
) -> Alignment:
    return cached_alignment(cache, store, params, tasks, settings.alignment_timeout)

_WEIGHTS_DOC = (
    "Status weights default to "
    + ", ".join(f"{k}={v}" for k, v in DEFAULT_STATUS_WEIGHTS.items())
    + "; every tie counts polarity x status weight x confidence (x membership for claimed memberships,"
    + f" x drafted={Weights.drafted} for ties from machine-drafted articles;"
    + " `annotation=curated` leaves those out). The clustering runs in a worker process: past"
    + " `GEOKB_ALIGNMENT_TIMEOUT` seconds it is stopped and the answer is 503."
)
Top = Annotated[int, Query(ge=1, le=1000)]
Name = Annotated[str | None, Query(max_length=200)]


@router.get(
    "/clusters", summary="Alignment clusters with cohesion, frustration and balance", description=_WEIGHTS_DOC
)
async def clusters(
    params: AlignmentParams = Depends(alignment_params),
    store: Store = Depends(get_store),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
    settings: Settings = Depends(app_settings),
) -> dict[str, Any]:
    return (await run_in_threadpool(_alignment, cache, store, params, tasks, settings)).summary()


@router.get(
    "/clusters/explain",
    summary="Why an actor is in its cluster, or the claims that connect two actors",
    description="Give `actor` (ID, name or alias: `Macron`), or `a` and `b` for a pair. " + _WEIGHTS_DOC,
    responses={
        400: {"description": "no actor given, or a name that fits several (the body lists them)"},
        404: {"description": "no such actor"},
    },
)
async def explain(
    actor: Annotated[str | None, Query(max_length=200, examples=["Macron"])] = None,
    a: Name = None,
    b: Name = None,
    top: Top = 10,
    params: AlignmentParams = Depends(alignment_params),
    store: Store = Depends(get_store),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
    settings: Settings = Depends(app_settings),
) -> dict[str, Any]:
    result = await run_in_threadpool(_alignment, cache, store, params, tasks, settings)
    return explain_json(result, actor=actor, a=a, b=b, top=top)


@router.get("/clusters/centrality", summary="Most targeted, most vocal and most bridging actors")
async def centrality(
    top: Top = 10,
    params: AlignmentParams = Depends(alignment_params),
    store: Store = Depends(get_store),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
    settings: Settings = Depends(app_settings),
) -> dict[str, list[dict[str, Any]]]:
    result = await run_in_threadpool(_alignment, cache, store, params, tasks, settings)
    rank = partial(rank_actors, result.graph, top=top, seed=params.seed)  # betweenness: heavy on a big graph
    return await run_in_threadpool(tasks.run, "the centrality", settings.alignment_timeout, rank)

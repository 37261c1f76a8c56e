"""``/clusters``: alignment clusters of the actors, and the claims behind every tie."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from api.deps import (
    alignment_params,
    app_settings,
    changed,
    get_cache,
    get_live,
    get_store,
    get_tasks,
    require_token,
)
from kb.analysis import DEFAULT_STATUS_WEIGHTS, Alignment, AlignmentParams, Weights
from kb.analysis.centrality import centrality as rank_actors
from kb.analysis.drift import drift_with
from kb.analysis.live import LiveAlignment, alignment_for, clusters_answer
from kb.analysis.report import explain_json
from kb.browse import resolve_actor
from kb.cache import LRUCache
from kb.settings import Settings
from kb.store import Store
from kb.taskpool import TaskRunner

router = APIRouter(tags=["analysis"])


def _alignment(
    live: LiveAlignment, cache: LRUCache, params: AlignmentParams, tasks: TaskRunner, settings: Settings
) -> tuple[Alignment, dict[str, Any]]:
    """The live alignment for the default knobs; any other, computed in a worker within the limit."""
    return alignment_for(live, cache, params, tasks, settings.alignment_timeout)


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
    "/clusters",
    response_model=dict[str, Any],  # the schema as before; the answer itself is sent as it is
    summary="Alignment clusters with cohesion, frustration and balance",
    description=_WEIGHTS_DOC,
)
async def clusters(
    params: AlignmentParams = Depends(alignment_params),
    live: LiveAlignment = Depends(get_live),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
    settings: Settings = Depends(app_settings),
) -> JSONResponse:
    # plain JSON types already (Alignment.summary): sent as they are, not walked again by
    # FastAPI's encoder (a window's answer lists every actor of thousands)
    return JSONResponse(
        await run_in_threadpool(clusters_answer, live, cache, params, tasks, settings.alignment_timeout)
    )


@router.post(
    "/clusters/rebuild",
    summary="Rebuild the tie index and the alignment from the articles (needs the bearer token)",
    description="What `geokb clusters --record --full` does: every article's tie graph re-derived, "
    "the index re-read, the clustering computed from scratch and recorded. Answers the run.",
    dependencies=[Depends(require_token)],
    responses={401: {"description": "missing or wrong token"}, 403: {"description": "writing is turned off"}},
)
async def rebuild(request: Request, live: LiveAlignment = Depends(get_live)) -> dict[str, Any]:
    await run_in_threadpool(live.full)
    changed(request)
    return {"run": live.status()}


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
    live: LiveAlignment = Depends(get_live),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
    settings: Settings = Depends(app_settings),
) -> dict[str, Any]:
    result, _ = await run_in_threadpool(_alignment, live, cache, params, tasks, settings)
    return explain_json(result, actor=actor, a=a, b=b, top=top)


@router.get(
    "/clusters/windows",
    summary="Alignment per time window, camps followed from window to window, and who drifted",
    description="Clusters the ties of each `window` (a number of days or weeks: `30d`, `4w`) every `step`, "
    "from `since` to `until` (default: the earliest and latest dated article); clusters of consecutive "
    "windows that share enough members (Jaccard) are one camp, and an actor that changes camps is a move, "
    "with the claims of the new window that tie it to its new camp and against its old one. Undated "
    "articles belong to no window. Each window's ties are looked up by date in the tie index. "
    + _WEIGHTS_DOC,
    responses={400: {"description": "a span that is not NNd or NNw"}, 404: {"description": "no such actor"}},
)
async def windows(
    window: Annotated[str, Query(max_length=8, examples=["30d"])] = "30d",
    step: Annotated[str, Query(max_length=8, examples=["7d"])] = "7d",
    actor: Annotated[str | None, Query(max_length=200, description="only this actor's moves")] = None,
    top: Annotated[int, Query(ge=1, le=100, description="claims per move")] = 5,
    params: AlignmentParams = Depends(alignment_params),
    live: LiveAlignment = Depends(get_live),
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    cache: LRUCache = Depends(get_cache),
) -> dict[str, Any]:
    index = await run_in_threadpool(lambda: live.index)
    found = await run_in_threadpool(
        cache.get,
        ("drift", id(index), index.version, window, step, top, params.key()),
        lambda: drift_with(index, params, window=window, step=step, top=top),
    )
    if actor is None:
        return found.summary()
    iri = await run_in_threadpool(resolve_actor, store, settings.base_iri, actor, cache)
    return found.summary(actor=iri.value)


@router.get("/clusters/centrality", summary="Most targeted, most vocal and most bridging actors")
async def centrality(
    top: Top = 10,
    params: AlignmentParams = Depends(alignment_params),
    live: LiveAlignment = Depends(get_live),
    cache: LRUCache = Depends(get_cache),
    tasks: TaskRunner = Depends(get_tasks),
    settings: Settings = Depends(app_settings),
) -> dict[str, list[dict[str, Any]]]:
    result, _ = await run_in_threadpool(_alignment, live, cache, params, tasks, settings)
    rank = partial(rank_actors, result.graph, top=top, seed=params.seed)  # betweenness: heavy on a big graph
    return await run_in_threadpool(tasks.run, "the centrality", settings.alignment_timeout, rank)

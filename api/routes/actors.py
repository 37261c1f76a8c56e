"""``/actors``, ``/claims`` and ``/blocs``: the KB's people, states and groups and what they said."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse

from api.deps import app_settings, get_cache, get_live, get_store
from kb import browse
from kb.analysis.index import aligned_json
from kb.analysis.live import LiveAlignment
from kb.analysis.timeline import TIMELINE_LIMIT
from kb.cache import LRUCache
from kb.resources import RECORD, represent
from kb.settings import Settings
from kb.store import Store
from kb.terms import local
from kb.vocab import ACTOR_TYPES, ANNOTATION_METHODS, CLAIM_KINDS, STATUSES

router = APIRouter(tags=["knowledge base"])

Since = Annotated[date | None, Query(description="only articles published on or after this date")]
Until = Annotated[date | None, Query(description="only articles published on or before this date")]
IncludeUndated = Annotated[bool, Query(description="with `since`/`until`, keep undated articles too")]

Limit = Annotated[int, Query(ge=1, le=browse.MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=browse.MAX_OFFSET, description="rows to skip")]
ActorType = Literal[tuple(ACTOR_TYPES)]  # type: ignore[valid-type]
Status = Literal[tuple(STATUSES)]  # type: ignore[valid-type]
Kind = Literal[tuple(CLAIM_KINDS)]  # type: ignore[valid-type]
AnnotationMethod = Literal[tuple(ANNOTATION_METHODS)]  # type: ignore[valid-type]
ActorId = Annotated[
    str, Path(description="the actor's ID, or a name or alias", examples=["keir-starmer"], max_length=200)
]
ACTOR_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "a name that fits several actors (the body lists them)"},
    404: {"description": "no such actor"},
}
"""What a route that takes an actor's ID or name answers when the name does not pick one actor."""
ActorRef = Annotated[
    str | None,
    Query(
        description="an actor's ID (`keir-starmer`), full IRI, name or alias (`Starmer`; case and accents "
        "ignored); a name that fits several actors is a 400 listing them, one that fits none a 404",
        examples=["keir-starmer"],
        max_length=2000,
    ),
]


@router.get(
    "/actors",
    summary="Actors: people, states, organisations, media, blocs",
    description="In ID order, with type, Wikidata ID (only where certain) and how many claims each speaks.",
)
async def actors(
    limit: Limit = 100,
    offset: Offset = 0,
    type: Annotated[ActorType | None, Query(description="only actors of this type")] = None,
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    return await run_in_threadpool(browse.list_actors, store, limit=limit, offset=offset, type=type)


@router.get(
    "/actors/{actor_id}/aligned",
    response_model=dict[str, Any],  # the schema as before; the answer itself is sent as it is
    summary="The actors most aligned with one actor, each with the claims behind it",
    description="Same-sign stances on shared targets and direct ties, weighed as the alignment weighs "
    "them (default weights); served from the tie index, so it costs the actor's neighbourhood, not the KB. "
    "Each actor listed comes with its `score` (`direct` + `shared`), the `targets` shared targets that "
    "weigh most in it (each with its `weight`: the smaller of the two stance weights, + when they agree), "
    "`shared_targets` (how many targets the two share in all) and its strongest `claims`.",
    responses=ACTOR_ERRORS,
)
async def aligned_actors(
    actor_id: ActorId,
    limit: Annotated[int, Query(ge=1, le=1000, description="how many actors")] = 20,
    targets: Annotated[
        int,
        Query(
            ge=0,
            le=1000,
            description="how many shared targets to list per actor, those that weigh most in its score "
            "first (`shared_targets` counts them all)",
        ),
    ] = 5,
    live: LiveAlignment = Depends(get_live),
) -> JSONResponse:
    # plain JSON types already: sent as they are, not walked again by FastAPI's encoder
    answer = await run_in_threadpool(aligned_json, live.index, actor_id, limit=limit, targets=targets)
    return JSONResponse(answer)


@router.get(
    "/actors/{actor_id}",
    summary="One actor, with aliases, stated roles, flags, memberships, and claims by and about it",
    description="The same record as `/id/actor/{actor_id}`: JSON by default, HTML or RDF by `Accept`. "
    "A name or alias (`Starmer`, case and accents ignored) redirects to the actor's ID.",
    responses={
        307: {"description": "a name: the actor's own address"},
        **ACTOR_ERRORS,
        406: {"description": "no such format"},
    },
)
async def actor(
    request: Request,
    actor_id: ActorId,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    cache: LRUCache = Depends(get_cache),
) -> Response:
    iri = await run_in_threadpool(browse.resolve_actor, store, settings.base_iri, actor_id, cache)
    if (found := local(iri.value, settings.base_iri + "actor/")) != actor_id:
        return RedirectResponse(request.url_for("actor", actor_id=found), status_code=307)
    accept = request.headers.get("accept")
    rep = await run_in_threadpool(represent, store, settings.base_iri, iri, accept, RECORD)
    return Response(rep.body, media_type=rep.media_type, headers={"Vary": "Accept"})


@router.get(
    "/claims",
    summary="Claims, filterable; each with speaker, outlet, exact quote, status and stances",
    description="`target` keeps claims with a stance toward that actor, or naming it a member of a group.",
    responses={
        400: {"description": "a name that fits several actors or articles (the body lists them)"},
        404: {"description": "no such actor or article"},
    },
)
async def claims(
    speaker: ActorRef = None,
    target: ActorRef = None,
    status: Annotated[Status | None, Query(description="epistemic status")] = None,
    kind: Annotated[Kind | None, Query(description="claim kind")] = None,
    article: Annotated[
        str | None, Query(description="an article's ID, IRI or headline (404 if none)", max_length=2000)
    ] = None,
    annotation: Annotated[
        AnnotationMethod | None, Query(description="`curated` leaves machine-drafted articles out")
    ] = None,
    since: Since = None,
    until: Until = None,
    include_undated: IncludeUndated = False,
    limit: Limit = 100,
    offset: Offset = 0,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    cache: LRUCache = Depends(get_cache),
) -> dict[str, Any]:
    return await run_in_threadpool(
        browse.find_claims,
        store,
        settings.base_iri,
        cache=cache,
        speaker=speaker,
        target=target,
        article=article,
        status=status,
        kind=kind,
        annotation=annotation,
        since=since,
        until=until,
        include_undated=include_undated,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/actors/{actor_id}/timeline",
    summary="An actor's stances and the stances toward it, period by period",
    description="Counts of positive, negative and neutral stances each way per `period`, with their claims "
    "(the first `limit` of each period by date); a stance's date is its article's publication date, and "
    "undated ones are listed apart (`undated`). Served from the tie index: it costs the actor's stances.",
    responses=ACTOR_ERRORS,
)
async def actor_timeline(
    actor_id: ActorId,
    period: Annotated[Literal["day", "week", "month"], Query(description="the length of a period")] = "month",
    since: Since = None,
    until: Until = None,
    limit: Annotated[
        int, Query(ge=1, le=browse.MAX_LIMIT, description="stances listed per period (the counts are all)")
    ] = TIMELINE_LIMIT,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
    cache: LRUCache = Depends(get_cache),
    live: LiveAlignment = Depends(get_live),
) -> dict[str, Any]:
    iri = await run_in_threadpool(browse.resolve_actor, store, settings.base_iri, actor_id, cache)
    index = await run_in_threadpool(lambda: live.index)
    return await run_in_threadpool(
        partial(index.timeline, iri.value, period=period, since=since, until=until, limit=limit)
    )


@router.get("/blocs", summary="Blocs and groups, with who alleges each membership and through whom")
async def blocs(store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    return await run_in_threadpool(browse.list_blocs, store)

"""``/actors``, ``/claims`` and ``/blocs``: the KB's people, states and groups and what they said."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from api.deps import app_settings, get_store
from kb import browse
from kb.resources import RECORD, represent
from kb.settings import Settings
from kb.store import Store
from kb.vocab import ACTOR_TYPES, ANNOTATION_METHODS, CLAIM_KINDS, STATUSES

router = APIRouter(tags=["knowledge base"])

Limit = Annotated[int, Query(ge=1, le=browse.MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]
ActorType = Literal[tuple(ACTOR_TYPES)]  # type: ignore[valid-type]
Status = Literal[tuple(STATUSES)]  # type: ignore[valid-type]
Kind = Literal[tuple(CLAIM_KINDS)]  # type: ignore[valid-type]
AnnotationMethod = Literal[tuple(ANNOTATION_METHODS)]  # type: ignore[valid-type]
ActorRef = Annotated[
    str | None,
    Query(
        description="an actor's ID (`keir-starmer`) or full IRI", examples=["keir-starmer"], max_length=2000
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
    "/actors/{actor_id}",
    summary="One actor, with aliases, stated roles, flags, memberships, and claims by and about it",
    description="The same record as `/id/actor/{actor_id}`: JSON by default, HTML or RDF by `Accept`.",
    responses={404: {"description": "no such actor"}, 406: {"description": "no such format"}},
)
async def actor(
    request: Request,
    actor_id: Annotated[str, Path(description="the actor's ID", examples=["keir-starmer"], max_length=200)],
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
) -> Response:
    iri = browse.resolve_iri(settings.base_iri, actor_id)
    accept = request.headers.get("accept")
    rep = await run_in_threadpool(represent, store, settings.base_iri, iri, accept, RECORD)
    return Response(rep.body, media_type=rep.media_type, headers={"Vary": "Accept"})


@router.get(
    "/claims",
    summary="Claims, filterable; each with speaker, outlet, exact quote, status and stances",
    description="`target` keeps claims with a stance toward that actor, or naming it a member of a group.",
)
async def claims(
    speaker: ActorRef = None,
    target: ActorRef = None,
    status: Annotated[Status | None, Query(description="epistemic status")] = None,
    kind: Annotated[Kind | None, Query(description="claim kind")] = None,
    article: Annotated[str | None, Query(description="an article's ID or IRI", max_length=2000)] = None,
    annotation: Annotated[
        AnnotationMethod | None, Query(description="`curated` leaves machine-drafted articles out")
    ] = None,
    limit: Limit = 100,
    offset: Offset = 0,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
) -> dict[str, Any]:
    return await run_in_threadpool(
        browse.find_claims,
        store,
        settings.base_iri,
        speaker=speaker,
        target=target,
        article=article,
        status=status,
        kind=kind,
        annotation=annotation,
        limit=limit,
        offset=offset,
    )


@router.get("/blocs", summary="Blocs and groups, with who alleges each membership and through whom")
async def blocs(store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    return await run_in_threadpool(browse.list_blocs, store)

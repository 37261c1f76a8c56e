"""``/actors``, ``/claims`` and ``/blocs``: the KB's people, states and groups and what they said."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from api.deps import app_settings, get_cache, get_store
from kb import browse
from kb.cache import LRUCache
from kb.resources import RECORD, represent
from kb.settings import Settings
from kb.store import Store
from kb.terms import local
from kb.vocab import ACTOR_TYPES, ANNOTATION_METHODS, CLAIM_KINDS, STATUSES

router = APIRouter(tags=["knowledge base"])

Limit = Annotated[int, Query(ge=1, le=browse.MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=browse.MAX_OFFSET, description="rows to skip")]
ActorType = Literal[tuple(ACTOR_TYPES)]  # type: ignore[valid-type]
Status = Literal[tuple(STATUSES)]  # type: ignore[valid-type]
Kind = Literal[tuple(CLAIM_KINDS)]  # type: ignore[valid-type]
AnnotationMethod = Literal[tuple(ANNOTATION_METHODS)]  # type: ignore[valid-type]
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
    "/actors/{actor_id}",
    summary="One actor, with aliases, stated roles, flags, memberships, and claims by and about it",
    description="The same record as `/id/actor/{actor_id}`: JSON by default, HTML or RDF by `Accept`. "
    "A name or alias (`Starmer`, case and accents ignored) redirects to the actor's ID.",
    responses={
        307: {"description": "a name: the actor's own address"},
        400: {"description": "a name that fits several actors (the body lists them)"},
        404: {"description": "no such actor"},
        406: {"description": "no such format"},
    },
)
async def actor(
    request: Request,
    actor_id: Annotated[
        str, Path(description="the actor's ID, or a name or alias", examples=["keir-starmer"], max_length=200)
    ],
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
        limit=limit,
        offset=offset,
    )


@router.get("/blocs", summary="Blocs and groups, with who alleges each membership and through whom")
async def blocs(store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    return await run_in_threadpool(browse.list_blocs, store)

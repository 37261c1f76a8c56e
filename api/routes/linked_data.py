"""``/id/...``: every IRI the KB mints resolves, as HTML for people and RDF or JSON for programs."""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.concurrency import run_in_threadpool

from api.deps import app_settings, get_store
from kb.errors import NotFoundError
from kb.resources import represent
from kb.settings import Settings
from kb.store import Store

router = APIRouter(tags=["linked data"])


@router.get(
    "/id/{path:path}",
    summary="Resolve a minted IRI: HTML, JSON, Turtle, N-Triples, RDF/XML, TriG, N-Quads or JSON-LD",
    description="The IRI is the base IRI (GEOKB_BASE_IRI) followed by `path`; Accept picks the format.",
    responses={
        404: {"description": "nothing is known about this IRI"},
        406: {"description": "no such format"},
    },
)
async def resolve(
    request: Request,
    path: Annotated[str, Path(examples=["actor/keir-starmer"], max_length=2000)],
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
) -> Response:
    try:
        iri = ox.NamedNode(settings.base_iri + path)
    except ValueError:
        raise NotFoundError(f"'{path}' is not a path of this KB") from None
    rep = await run_in_threadpool(represent, store, settings.base_iri, iri, request.headers.get("accept"))
    return Response(rep.body, media_type=rep.media_type, headers={"Vary": "Accept"})

"""``/.well-known/void`` and ``/void``: the KB described as a dataset (VoID and DCAT), by Accept."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool

from api.deps import app_settings, get_store
from kb.formats import content_type
from kb.resources import represent_dataset
from kb.settings import Settings
from kb.store import Store

router = APIRouter(tags=["dataset"])


@router.get(
    "/.well-known/void",
    summary="The dataset's VoID/DCAT description: counts, base IRI, licence, endpoint and dumps",
    responses={406: {"description": "no such format"}},
)
@router.get("/void", include_in_schema=False)
async def void(
    request: Request, store: Store = Depends(get_store), settings: Settings = Depends(app_settings)
) -> Response:
    rep = await run_in_threadpool(
        represent_dataset,
        store,
        settings.base_iri,
        request.headers.get("accept"),
        license=settings.license,
        service=str(request.base_url),
    )
    return Response(rep.body, media_type=content_type(rep.media_type), headers={"Vary": "Accept"})

"""``/export``: the whole KB (or one graph) in an RDF format other tools load."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from api.deps import app_settings, get_store
from kb.export import export, export_stream, omission, streams
from kb.formats import FORMATS, get_format
from kb.settings import Settings
from kb.store import Store

router = APIRouter(tags=["export"])


@router.get(
    "/export",
    summary="Serialise the KB: turtle, nt, xml, trig, nq, jsonld, turtle12, nt12 or trig12",
    description=(
        "Dataset formats (trig, nq, jsonld) carry every named graph. Triple formats (turtle, nt, xml) "
        "leave out the claim-content graphs, so that nothing anybody claims reads as fact, and say so "
        "in a comment and in the `Geokb-Omitted-Graphs` header (with `Link`s to the formats that carry "
        "them); give `graph` to export exactly one graph. The RDF 1.2 formats (turtle12, nt12, trig12) "
        "carry each claim's content as triple terms the claim reifies, asserted nowhere. N-Quads, "
        "N-Triples, TriG and Turtle (1.1 and 1.2) are streamed; JSON-LD and RDF/XML are built in "
        "memory and refused with 503 past `GEOKB_EXPORT_MAX_QUADS` quads."
    ),
    responses={
        200: {"content": {f.media_type: {} for f in FORMATS.values()}},
        400: {"description": "unknown format"},
        503: {"description": "JSON-LD or RDF/XML of a KB over the size limit"},
    },
)
async def export_kb(
    request: Request,
    format: Annotated[str, Query(description="format name", examples=["trig"], max_length=20)],
    graph: Annotated[str | None, Query(description="one named graph's IRI", max_length=2000)] = None,
    store: Store = Depends(get_store),
    settings: Settings = Depends(app_settings),
) -> Response:
    f = get_format(format)
    about = {"license": settings.license, "service": str(request.base_url)}  # for the VoID description
    headers = {"Content-Disposition": f'attachment; filename="geokb.{f.extension}"'}
    if (left := await run_in_threadpool(omission, store, f, graph)) is not None:  # a cheap count first
        headers["Geokb-Omitted-Graphs"] = str(left.graphs)
        headers["Link"] = ", ".join(
            f'</export?format={a.name}>; rel="alternate"; type="{a.media_type}"' for a in left.alternatives
        )
    if streams(f):  # never whole in memory; a wrong graph raises before the first chunk
        chunks = await run_in_threadpool(partial(export_stream, store, f, graph, **about))
        return StreamingResponse(chunks, media_type=f.media_type, headers=headers)
    limit = settings.export_max_quads  # JSON-LD and RDF/XML are built whole in memory
    body = await run_in_threadpool(partial(export, store, f, graph, max_quads=limit, **about))
    return Response(body, media_type=f.media_type, headers=headers)

"""``/export``: the whole KB (or one graph) in an RDF format other tools load."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from api.deps import get_store
from kb.export_stream import export_stream
from kb.formats import FORMATS, get_format
from kb.store import Store

router = APIRouter(tags=["export"])


@router.get(
    "/export",
    summary="Serialise the KB: turtle, nt, xml, trig, nq or jsonld",
    description=(
        "Dataset formats (trig, nq, jsonld) carry every named graph. Triple formats (turtle, nt, xml) "
        "leave out the claim-content graphs, so that nothing anybody claims reads as fact; give "
        "`graph` to export exactly one graph."
    ),
    responses={
        200: {"content": {f.media_type: {} for f in FORMATS.values()}},
        400: {"description": "unknown format"},
    },
)
async def export_kb(
    format: Annotated[str, Query(description="format name", examples=["trig"], max_length=20)],
    graph: Annotated[str | None, Query(description="one named graph's IRI", max_length=2000)] = None,
    store: Store = Depends(get_store),
) -> Response:
    f = get_format(format)
    chunks = await run_in_threadpool(export_stream, store, f, graph)  # streamed: never whole in memory
    headers = {"Content-Disposition": f'attachment; filename="geokb.{f.extension}"'}
    return StreamingResponse(chunks, media_type=f.media_type, headers=headers)

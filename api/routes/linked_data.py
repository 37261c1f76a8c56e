"""``/id/...``: every IRI the KB mints resolves, as HTML for people and RDF for programs."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.concurrency import run_in_threadpool

from api.deps import app_settings, get_store
from api.templating import negotiate_page, render
from kb.errors import NotFoundError
from kb.formats import FORMATS
from kb.linked_data import describe, local_path, serialize_description
from kb.results import short
from kb.settings import Settings
from kb.store import Store

router = APIRouter(tags=["linked data"])

_OFFERS = {f.media_type: f for f in FORMATS.values()}  # one media type each, as before


@router.get(
    "/id/{path:path}",
    summary="Resolve a minted IRI: HTML, Turtle, N-Triples, RDF/XML, TriG, N-Quads or JSON-LD",
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
    media = negotiate_page(request.headers.get("accept"), list(_OFFERS))
    desc = await run_in_threadpool(describe, store, iri)
    if media != "text/html":
        body = await run_in_threadpool(serialize_description, store, desc, _OFFERS[media])
        return Response(body, media_type=media, headers={"Vary": "Accept"})
    by_graph: dict[str, list[dict[str, object]]] = defaultdict(list)
    for q in desc.quads:
        by_graph[q.graph_name.value].append(
            {
                "subject": q.subject.value.removeprefix(iri.value) or "",
                "predicate": short(q.predicate),
                "predicate_iri": q.predicate.value,
                "object": q.object.value,
                "link": local_path(settings.base_iri, q.object.value)
                if isinstance(q.object, ox.NamedNode)
                else None,
                "is_iri": isinstance(q.object, ox.NamedNode),
            }
        )
    graphs = [
        {"iri": g, "link": local_path(settings.base_iri, g), "rows": rows}
        for g, rows in sorted(by_graph.items())
    ]
    return render(
        request,
        "resource.html",
        {
            "iri": iri.value,
            "label": desc.label,
            "graphs": graphs,
            "is_graph": desc.is_graph,
            "actor_id": path.removeprefix("actor/") if path.startswith("actor/") else None,
            "formats": [(f.name, f.media_type) for f in FORMATS.values()],
        },
    )

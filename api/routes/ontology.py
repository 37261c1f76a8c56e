"""``/ns``: the ontology at its namespace path (HTML, Turtle, JSON-LD... by Accept), and its context.

Served here so that ``https://w3id.org/geokb/ns#Claim`` resolves once w3id.org redirects
``geokb/`` to this service (README, "Publishing"); a controlled-list term
(``/kind/accusation``) is answered with a 303 to its place on that page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import RedirectResponse

from kb.errors import NotFoundError
from kb.formats import FORMATS, content_type
from kb.jsonld import context_document
from kb.namespace import LISTS, NAMESPACE_ROOT, vocabulary_labels
from kb.resources import represent_ontology

router = APIRouter(tags=["ontology"])


@router.get(
    "/ns",
    summary="The geokb ontology: an HTML page for browsers, Turtle by default, any RDF format by Accept",
    responses={406: {"description": "no such format"}},
)
async def ontology(request: Request) -> Response:
    rep = represent_ontology(request.headers.get("accept"))
    return Response(rep.body, media_type=content_type(rep.media_type), headers={"Vary": "Accept"})


@router.get("/ns/context.jsonld", summary="The JSON-LD context of geokb's exports")
async def jsonld_context() -> Response:
    return Response(context_document(), media_type=FORMATS["jsonld"].media_type)


Name = Annotated[str, Path(max_length=100, pattern=r"^[a-z0-9-]+$")]


def _list_term(scheme: str) -> Callable[[str], Awaitable[RedirectResponse]]:
    async def list_term(name: Name) -> RedirectResponse:
        if not vocabulary_labels([ox.NamedNode(f"{NAMESPACE_ROOT}{scheme}/{name}")]):
            raise NotFoundError(f"no term '{name}' in the {scheme} list")
        return RedirectResponse(f"/ns#{scheme}-{name}", status_code=303)

    return list_term


for _scheme in LISTS:
    router.add_api_route(
        f"/{_scheme}/{{name}}",
        _list_term(_scheme),
        methods=["GET"],
        summary=f"A term of the {_scheme} list: 303 to its place in the ontology",
        status_code=303,
        responses={404: {"description": "no such term in the list"}},
    )

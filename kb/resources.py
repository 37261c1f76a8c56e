"""One record per resource, many renderers: HTML, JSON and every RDF format, by negotiation.

As datasette does for a row (one ``data()``, then a renderer from a registry), a resource
the KB mints is looked up once and rendered as the client asks: ``/actors/{id}`` and
``/id/actor/{id}`` are the same record. The JSON record of an actor is
:func:`kb.browse.get_actor` (names, roles, memberships, claims by and about it); of any
other resource, its description graph by graph (:func:`kb.pages.resource_view`). RDF
formats serialise the description, leaving claim content out of triple formats as exports
do; HTML is its page. A renderer fetches only what it needs, so a JSON client never pays
for the description.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kb.browse import get_actor
from kb.dataset import dataset_description
from kb.formats import FORMATS, HTML, JSON, media_types, negotiate, negotiate_page, serialize
from kb.linked_data import describe, serialize_description
from kb.namespace import ontology_document
from kb.pages import ontology_page, resource_page, resource_view
from kb.store import Store

__all__ = [
    "LINKED_DATA",
    "RECORD",
    "RENDERERS",
    "Representation",
    "record",
    "represent",
    "represent_dataset",
    "represent_ontology",
]

_RDF = media_types([*FORMATS.values()])
_RDF_TYPES = [f.media_type for f in FORMATS.values()]
LINKED_DATA = [*_RDF_TYPES, JSON]
"""What ``/id/...`` offers: RDF first (a program that asks for anything gets Turtle)."""
RECORD = [JSON, *_RDF_TYPES]
"""What ``/actors/{id}`` offers: the JSON record first."""


@dataclass(frozen=True)
class Representation:
    body: bytes
    media_type: str


def record(store: Store, base: str, iri: ox.NamedNode) -> dict[str, Any]:
    """The JSON record of a resource: an actor's, or any other resource's description."""
    if iri.value.startswith(base + "actor/"):
        return get_actor(store, iri)
    return resource_view(describe(store, iri), base)


def _json(store: Store, base: str, iri: ox.NamedNode, media: str) -> bytes:
    data = record(store, base, iri)
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _html(store: Store, base: str, iri: ox.NamedNode, media: str) -> bytes:
    return resource_page(describe(store, iri), base).encode("utf-8")


def _rdf(store: Store, base: str, iri: ox.NamedNode, media: str) -> bytes:
    return serialize_description(store, describe(store, iri), _RDF[media])


RENDERERS: dict[str, Callable[[Store, str, ox.NamedNode, str], bytes]] = {
    HTML: _html,
    JSON: _json,
    **dict.fromkeys(_RDF_TYPES, _rdf),
}
"""Media type -> renderer of a resource; a new format is an entry here (or in kb.formats)."""


def represent(
    store: Store, base: str, iri: ox.NamedNode, accept: str | None, offers: Sequence[str] = LINKED_DATA
) -> Representation:
    """The resource as the Accept header asks, among ``offers`` (HTML when a browser names it)."""
    media = negotiate_page(accept, offers)
    return Representation(RENDERERS[media](store, base, iri, media), media)


def represent_ontology(accept: str | None) -> Representation:
    """The ontology at its namespace (``/ns``): its page for a browser, else Turtle or what Accept asks."""
    media = negotiate_page(accept, _RDF_TYPES)
    if media == HTML:
        return Representation(ontology_page().encode("utf-8"), HTML)
    return Representation(ontology_document(_RDF[media]), media)


def represent_dataset(
    store: Store, base: str, accept: str | None, *, license: str = "", service: str | None = None
) -> Representation:
    """The VoID/DCAT description of the KB (``/.well-known/void``), Turtle or what Accept asks."""
    media = negotiate(accept, _RDF_TYPES)
    fmt = _RDF[media]
    quads = dataset_description(store, base, license=license, service=service)
    return Representation(serialize(quads if fmt.dataset else [q.triple for q in quads], fmt), media)

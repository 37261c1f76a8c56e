"""Describe one minted IRI: the quads about it, for the Linked Data routes (``/id/...``).

A resource's description is every quad whose subject is the IRI or one of its fragments
(``#target`` and the selectors it points to), in the graphs that hold them; a named graph's IRI is
described by its contents. Triple formats leave out claim-content graphs, as exports do,
so that asking for Turtle never turns what someone claimed into a bare fact; RDF 1.2
formats carry it as triple terms that the claims reify.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kb.errors import NotFoundError
from kb.export import content_claims, rdf_items
from kb.formats import Format, serialize
from kb.store import Store
from kb.vocab import RDFS

__all__ = ["Description", "describe", "local_path", "serialize_description"]


@dataclass(frozen=True)
class Description:
    iri: ox.NamedNode
    quads: list[ox.Quad]
    is_graph: bool

    @property
    def label(self) -> str | None:
        for q in self.quads:
            if q.subject == self.iri and q.predicate == RDFS.label:
                return q.object.value
        return None


def local_path(base: str, iri: str) -> str | None:
    """The service path (``/id/...``) of a minted IRI, or None for IRIs minted elsewhere."""
    return "/id/" + iri[len(base) :] if iri.startswith(base) else None


def describe(store: Store, iri: ox.NamedNode) -> Description:
    """Every quad about ``iri`` (or, for a named graph, in it); NotFoundError when none."""
    if iri in set(store.named_graphs()):
        return Description(iri, list(store.quads(iri)), True)
    frag = ox.Literal(iri.value + "#")
    quads: list[ox.Quad] = []
    for row in store.query(f"""
        SELECT ?s ?p ?o ?g WHERE {{
          {{ GRAPH ?g {{ {iri} ?p ?o }} BIND({iri} AS ?s) }}
          UNION
          {{ GRAPH ?g {{ {iri} ?p0 ?s . FILTER(isIRI(?s) && STRSTARTS(STR(?s), {frag})) ?s ?p ?o }} }}
          UNION
          {{ GRAPH ?g {{ {iri} ?p0 ?x . FILTER(isIRI(?x) && STRSTARTS(STR(?x), {frag}))
                        ?x ?p1 ?s . FILTER(isIRI(?s) && STRSTARTS(STR(?s), {frag})) ?s ?p ?o }} }}
        }}"""):
        quads.append(ox.Quad(row["s"], row["p"], row["o"], row["g"]))
    if not quads:
        raise NotFoundError(f"nothing is known about <{iri.value}>")
    return Description(iri, sorted(set(quads), key=str), False)


def serialize_description(store: Store, desc: Description, fmt: Format) -> bytes:
    """The description in ``fmt``, leaving claim content out of triple formats as exports do
    (and reified by its claims in RDF 1.2 formats)."""
    plain = desc.is_graph or (fmt.dataset and not fmt.rdf12)
    return serialize(rdf_items(desc.quads, fmt, {} if plain else content_claims(store)), fmt)

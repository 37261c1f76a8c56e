"""The ontology as its namespace serves it, and the vocabulary labels that exports carry.

``https://w3id.org/geokb/ns#`` names every geokb class, property and controlled list
(``kind:``, ``status:``, ``flag:``, ``event:``, ``existence:`` share its ``geokb/`` root, and so
do ``cameo:`` and ``plover:``, the CAMEO codes and PLOVER categories they map to).
The service answers at ``/ns`` with the ontology as Turtle (the authored file), any other
RDF format, or an HTML page built from the terms' labels and comments; each term carries
``rdfs:isDefinedBy`` that document. An export names concepts of the controlled lists
(``status:alleged``, ``kind:accusation``) without which a reader sees bare IRIs:
:func:`vocabulary_labels` gives their labels, notations and schemes, which exports carry
in a graph named after the ontology.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph as ox

from kb.formats import Format, serialize
from kb.terms import short
from kb.vocab import OWL, RDF, RDFS, SKOS

__all__ = [
    "LISTS",
    "NAMESPACE_ROOT",
    "ONTOLOGY",
    "Term",
    "ontology_document",
    "ontology_terms",
    "ontology_triples",
    "vocabulary_labels",
]

ONTOLOGY = ox.NamedNode("https://w3id.org/geokb/ns")
"""The ontology's IRI: what every term ``rdfs:isDefinedBy``, and the graph exports keep labels in."""
NAMESPACE_ROOT = "https://w3id.org/geokb/"
"""Where the namespaces of the ontology and of its controlled lists begin."""
LISTS = ("kind", "status", "flag", "event", "existence", "cameo", "plover")
"""The controlled lists with a namespace of their own under :data:`NAMESPACE_ROOT` (``cameo``
and ``plover`` are the CAMEO codes and PLOVER categories our lists map to, minted here)."""

_MATCHES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)
"""How a concept of ours matches a CAMEO code or a PLOVER category."""
_LABELLING = (RDF.type, RDFS.label, SKOS.prefLabel, SKOS.notation, SKOS.inScheme, RDFS.isDefinedBy, *_MATCHES)
"""What an export says about a concept it uses: enough to show it, to find its list and to
find its CAMEO and PLOVER equivalents (which are labelled too)."""


@cache
def _turtle() -> bytes:
    return resources.files("kb.ontology").joinpath("geokb.ttl").read_bytes()


@cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The ontology (``ontology/geokb.ttl``) as triples."""
    return tuple(q.triple for q in ox.parse(_turtle(), format=ox.RdfFormat.TURTLE))


def ontology_document(fmt: Format) -> bytes:
    """The ontology in ``fmt``: Turtle as authored (with its comments), else serialised."""
    if fmt.name == "turtle":
        return _turtle()
    return serialize(list(ontology_triples()), fmt)


@cache
def _by_subject() -> dict[ox.NamedNode, list[ox.Triple]]:
    out: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for t in ontology_triples():
        if isinstance(t.subject, ox.NamedNode):
            out[t.subject].append(t)
    return out


def vocabulary_labels(terms: Iterable[object]) -> list[ox.Triple]:
    """Labels, notations, schemes and types of the controlled-list concepts among ``terms``,
    their CAMEO and PLOVER matches (labelled likewise), and the labels of their schemes."""
    by_subject = _by_subject()
    concepts = {
        t
        for t in terms
        if isinstance(t, ox.NamedNode)
        and t.value.startswith(NAMESPACE_ROOT)
        and ox.Triple(t, RDF.type, SKOS.Concept) in by_subject.get(t, ())
    }
    concepts |= {x.object for c in concepts for x in by_subject[c] if x.predicate in _MATCHES}
    schemes = {x.object for c in concepts for x in by_subject[c] if x.predicate == SKOS.inScheme}
    out = [x for c in sorted(concepts, key=str) for x in by_subject[c] if x.predicate in _LABELLING]
    out += [x for s in sorted(schemes, key=str) for x in by_subject.get(s, ()) if x.predicate in _LABELLING]
    return out


@dataclass
class Term:
    """One term of the ontology as its page shows it."""

    iri: str
    name: str
    """The short name (``gk:Claim``); the page anchors the term at its local name."""
    anchor: str
    label: str = ""
    comment: str = ""
    kinds: list[str] = field(default_factory=list)
    facts: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(property, value, link) for superclasses, domains, ranges, schemes, notations, matches."""


_SECTIONS = {
    OWL.Class: "Classes",
    OWL.ObjectProperty: "Object properties",
    OWL.DatatypeProperty: "Data properties",
    SKOS.ConceptScheme: "Controlled lists",
    SKOS.Concept: "Concepts",
}
_SHOWN = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.domain,
    RDFS.range,
    SKOS.inScheme,
    SKOS.notation,
    SKOS.broader,
    SKOS.exactMatch,
    SKOS.closeMatch,
    SKOS.broadMatch,
    SKOS.narrowMatch,
)


def _anchor(iri: str) -> str:
    """The fragment a term has on the page: its local name, with its list for controlled terms."""
    rest = iri.removeprefix(NAMESPACE_ROOT)
    return rest.removeprefix("ns#").replace("/", "-")


def _link(term: object) -> str | None:
    if isinstance(term, ox.NamedNode) and term.value.startswith(NAMESPACE_ROOT):
        return "#" + _anchor(term.value)
    return term.value if isinstance(term, ox.NamedNode) else None


def ontology_terms() -> dict[str, list[Term]]:
    """The ontology's terms by section (classes, properties, lists, concepts), in name order."""
    sections: dict[str, list[Term]] = {name: [] for name in _SECTIONS.values()}
    for subject, triples in sorted(_by_subject().items(), key=lambda kv: short(kv[0])):
        if not subject.value.startswith(NAMESPACE_ROOT) or subject == ONTOLOGY:
            continue
        types = [t.object for t in triples if t.predicate == RDF.type]
        section = next((_SECTIONS[t] for t in types if t in _SECTIONS), None)
        if section is None:
            continue
        term = Term(subject.value, short(subject), _anchor(subject.value), kinds=[short(t) for t in types])
        for t in triples:
            if t.predicate == RDFS.label:
                term.label = t.object.value
            elif t.predicate == RDFS.comment:
                term.comment = t.object.value
            elif t.predicate in _SHOWN:
                term.facts.append((short(t.predicate), short(t.object), _link(t.object)))
        term.facts.sort()
        sections[section].append(term)
    return sections


def ontology_header() -> dict[str, str]:
    """The ontology's own label, comment and version, for the top of its page."""
    out = {}
    for t in _by_subject().get(ONTOLOGY, ()):
        if t.predicate in (RDFS.label, RDFS.comment, OWL.versionInfo):
            out[short(t.predicate).split(":")[1]] = t.object.value
    return out

"""Deliberately broken variants of the bundled article's quads: each must fail validation.

SHACL sees the union of the graphs; :mod:`kb.checks` sees where each triple sits and
whether each evidence span still holds its text. Every variant breaks one thing a careless
edit or a faulty importer could break, and names the check that must catch it.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest

from kb.mapping import Minter, annotation_to_quads
from kb.validate import validate_quads
from kb.vocab import EVENT, FLAG, GK, OA, RDF, STATUS, XSD
from tests.conftest import BASE

Quads = list[ox.Quad]
M = Minter(BASE)
ARTICLE_GRAPH = M.article_graph("starmer-putin")


def _nodes_of(quads: Quads, cls: ox.NamedNode) -> list[ox.NamedNode]:
    return sorted({q.subject for q in quads if q.predicate == RDF.type and q.object == cls}, key=str)


def _move(quads: Quads, node: ox.NamedNode, graph: ox.NamedNode) -> Quads:
    return [ox.Quad(q.subject, q.predicate, q.object, graph) if q.subject == node else q for q in quads]


def _replace(quads: Quads, pred: Callable[[ox.Quad], bool], obj: ox.NamedNode | ox.Literal) -> Quads:
    out, done = [], False
    for q in quads:
        if not done and pred(q):
            q, done = ox.Quad(q.subject, q.predicate, obj, q.graph_name), True
        out.append(q)
    assert done, "the variant changed nothing"
    return out


def stance_in_article_graph(quads: Quads) -> Quads:
    return _move(quads, _nodes_of(quads, GK.Stance)[0], ARTICLE_GRAPH)


def membership_in_article_graph(quads: Quads) -> Quads:
    return _move(quads, _nodes_of(quads, GK.ClaimedMembership)[0], ARTICLE_GRAPH)


def stance_stated_in_another_claim(quads: Quads) -> Quads:
    stance = _nodes_of(quads, GK.Stance)[0]
    (own,) = {q.object for q in quads if q.subject == stance and q.predicate == GK.statedIn}
    other = next(c for c in _nodes_of(quads, GK.Claim) if c != own)
    return _replace(quads, lambda q: q.subject == stance and q.predicate == GK.statedIn, other)


def claim_record_in_content_graph(quads: Quads) -> Quads:
    claim = next(c for c in _nodes_of(quads, GK.Claim) if "azarov" in c.value)
    (content,) = {q.object for q in quads if q.subject == claim and q.predicate == GK.hasContent}
    return _move(quads, claim, content)


def offsets_shifted_by_three(quads: Quads) -> Quads:
    pos = _nodes_of(quads, OA.TextPositionSelector)[0]
    shifted = []
    for q in quads:
        if q.subject == pos and q.predicate in (OA.start, OA.end):
            moved = ox.Literal(str(int(q.object.value) + 3), datatype=XSD.integer)
            q = ox.Quad(q.subject, q.predicate, moved, q.graph_name)
        shifted.append(q)
    return shifted


def quote_text_changed(quads: Quads) -> Quads:
    sel = _nodes_of(quads, OA.TextQuoteSelector)[0]
    other = ox.Literal("something else")
    return _replace(quads, lambda q: q.subject == sel and q.predicate == OA.exact, other)


def event_type_outside_the_list(quads: Quads) -> Quads:
    return _replace(quads, lambda q: q.predicate == GK.eventType, EVENT["bombing"])


def flag_kind_outside_the_list(quads: Quads) -> Quads:
    return _replace(quads, lambda q: q.predicate == GK.flagKind, FLAG["rumour"])


def status_outside_the_list(quads: Quads) -> Quads:
    return _replace(quads, lambda q: q.predicate == GK.epistemicStatus, STATUS["certain"])


def polarity_out_of_range(quads: Quads) -> Quads:
    return _replace(quads, lambda q: q.predicate == GK.polarity, ox.Literal("2", datatype=XSD.integer))


def membership_without_its_claim(quads: Quads) -> Quads:
    m = _nodes_of(quads, GK.ClaimedMembership)[0]
    return [q for q in quads if not (q.subject == m and q.predicate == GK.statedIn)]


def content_graph_emptied(quads: Quads) -> Quads:
    claim = next(c for c in _nodes_of(quads, GK.Claim) if "azarov" in c.value)
    (content,) = {q.object for q in quads if q.subject == claim and q.predicate == GK.hasContent}
    return [q for q in quads if q.graph_name != content]


VARIANTS = [
    stance_in_article_graph,
    membership_in_article_graph,
    stance_stated_in_another_claim,
    claim_record_in_content_graph,
    offsets_shifted_by_three,
    quote_text_changed,
    event_type_outside_the_list,
    flag_kind_outside_the_list,
    status_outside_the_list,
    polarity_out_of_range,
    membership_without_its_claim,
    content_graph_emptied,
]


@pytest.fixture(scope="module")
def quads(annotation) -> Quads:
    return annotation_to_quads(annotation, BASE)


def test_the_bundled_article_passes(quads):
    report = validate_quads(quads)
    assert report.conforms, report.summary()


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda f: f.__name__)
def test_each_broken_variant_fails(quads, variant):
    broken = variant(list(quads))
    assert broken != quads
    report = validate_quads(broken)
    assert not report.conforms
    assert report.violations


def test_every_class_the_data_uses_has_a_shape(quads):
    import rdflib

    from kb.validate import ontology_graph, shapes_graph

    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o) for o in shapes_graph().objects(None, sh.targetClass)}
    ontology = ontology_graph()

    def covered(cls: str) -> bool:
        supers = {str(o) for o in ontology.transitive_objects(rdflib.URIRef(cls), rdflib.RDFS.subClassOf)}
        return bool(supers & targets)

    used = {q.object.value for q in quads if q.predicate == RDF.type and q.object.value.startswith(str(GK))}
    assert used and not [c for c in sorted(used) if not covered(c)]


def stated_role_without_actor(quads: Quads) -> Quads:
    return [q for q in quads if q.predicate != GK.statedRole]


def test_a_stated_role_that_belongs_to_nobody_fails(quads):
    assert not validate_quads(stated_role_without_actor(list(quads))).conforms

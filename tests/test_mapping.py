"""The RDF mapping: stable IRIs, nothing claimed lands as fact, offsets point into the text."""

from __future__ import annotations

import pyoxigraph as ox

from kb.mapping import annotation_to_quads
from kb.vocab import GK, OA, ORG, RDF

from .conftest import BASE


def test_mapping_is_deterministic_and_uses_the_base(annotation):
    first = annotation_to_quads(annotation, BASE)
    second = annotation_to_quads(annotation, BASE)
    assert first == second
    other = annotation_to_quads(annotation, "https://example.org/kb/")
    assert len(other) == len(first)
    iris = {
        t.value for q in first for t in (q.subject, q.object, q.graph_name) if isinstance(t, ox.NamedNode)
    }
    minted = {i for i in iris if "/id/" in i}
    assert minted and all(i.startswith(BASE) for i in minted)


def test_no_blank_nodes_and_nothing_in_the_default_graph(annotation):
    quads = annotation_to_quads(annotation, BASE)
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)


def test_claim_content_stays_in_claim_graphs(annotation):
    quads = annotation_to_quads(annotation, BASE)
    article_graph = ox.NamedNode(f"{BASE}graph/starmer-putin/article")
    content_types = {GK.Stance, ORG.Membership, GK.Event}
    for q in quads:
        if q.predicate == RDF.type and q.object in content_types:
            assert q.graph_name != article_graph, q
            assert "/claim/" in q.graph_name.value
    members = [q for q in quads if q.predicate == ORG.member]
    assert len(members) == 3
    assert {q.graph_name.value for q in members} == {
        f"{BASE}graph/starmer-putin/claim/azarov-anti-trump-bloc"
    }


def test_position_selectors_point_at_their_exact_text(annotation):
    text = annotation.article.text
    quads = annotation_to_quads(annotation, BASE)
    value = {(q.subject, q.predicate): q.object for q in quads}
    checked = 0
    for q in quads:
        if q.predicate == OA.hasSelector and q.object.value.endswith("#position"):
            target = q.subject
            pos = q.object
            quote = ox.NamedNode(pos.value.removesuffix("#position") + "#quote")
            start = int(value[(pos, OA.start)].value)
            end = int(value[(pos, OA.end)].value)
            assert text[start:end] == value[(quote, OA.exact)].value, target
            checked += 1
    assert checked == len(annotation.claims) + len(annotation.mentions) + len(annotation.flags) + sum(
        len(a.roles) for a in annotation.actors
    )

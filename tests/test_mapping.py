"""The RDF mapping: stable IRIs, nothing claimed lands as fact, offsets point into the text."""

from __future__ import annotations

import pyoxigraph as ox

from kb.mapping import annotation_to_quads
from kb.text import Span
from kb.vocab import GK, OA, RDF

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
    content_types = {GK.Stance, GK.ClaimedMembership, GK.Event}
    for q in quads:
        if q.predicate == RDF.type and q.object in content_types:
            assert q.graph_name != article_graph, q
            assert "/claim/" in q.graph_name.value
    members = [q for q in quads if q.predicate == GK.member]
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


def test_iris_come_from_content_so_an_edit_moves_nothing_else(annotation):
    from dataclasses import replace

    before = annotation_to_quads(annotation, BASE)
    # drop the first stance of every claim, every mention of the first actor and the first role
    # of every actor with two, and insert a role before the others of an actor with one
    claims = tuple(replace(c, stances=c.stances[1:]) for c in annotation.claims)
    first = annotation.actors[0].id
    mentions = tuple(m for m in annotation.mentions if m.actor != first)
    text = annotation.article.text
    inserted = ("Sir", Span(text.index("Sir"), text.index("Sir") + 3))
    actors = tuple(
        replace(a, roles=a.roles[1:] if len(a.roles) > 1 else (inserted, *a.roles)) for a in annotation.actors
    )
    edited = replace(annotation, claims=claims, mentions=mentions, actors=actors)
    after = annotation_to_quads(edited, BASE)

    def nodes(quads, kind):
        iris = {q.subject.value for q in quads}
        return {i for i in iris if f"/{kind}/" in i and "#" not in i}

    for kind in ("stance", "mention", "role"):
        kept = nodes(after, kind) & nodes(before, kind)
        assert kept and kept < nodes(before, kind)  # some gone, and every one kept has the IRI it had
        for iri in kept:
            mine = {(q.predicate, q.object) for q in before if q.subject.value == iri}
            assert mine == {(q.predicate, q.object) for q in after if q.subject.value == iri}, iri


def test_claims_in_claimreview_terms_and_mentions_with_a_target(annotation):
    quads = annotation_to_quads(annotation, BASE)
    schema = "https://schema.org/"
    claims = {q.subject for q in quads if q.predicate == RDF.type and q.object == GK.Claim}
    for c in claims:
        props = {q.predicate.value: q.object for q in quads if q.subject == c}
        assert props[schema + "author"] == props["http://www.w3.org/ns/prov#wasAttributedTo"]
        assert props[schema + "text"] == props[GK.quote.value]
        assert props[schema + "appearance"] == props[GK.inArticle.value]
    mentions = {q.subject for q in quads if q.predicate == RDF.type and q.object == GK.Mention}
    targets = {q.subject: q.object for q in quads if q.predicate == OA.hasTarget}
    assert mentions and mentions <= set(targets)
    sources = {q.subject for q in quads if q.predicate == OA.hasSource}
    assert all(targets[m] in sources for m in mentions)


def test_every_content_link_leads_to_a_graph_with_content(built_store, annotation):
    from kb.browse import list_claims

    links = [q for q in built_store.quads() if q.predicate == GK.hasContent]
    assert links
    assert [q.object.value for q in links if not list(built_store.quads(q.object))] == []
    # the claims without a link are exactly those whose annotation gives no content, and they
    # are still claims: listed with the others
    stating = {x.claim for x in (*annotation.memberships, *annotation.events)}
    bare = {c.id for c in annotation.claims if not c.stances and c.id not in stating}
    linked = {q.subject.value.rpartition("/")[2] for q in links}
    assert bare and linked == {c.id for c in annotation.claims} - bare
    assert list_claims(built_store, limit=1000)["total"] == len(annotation.claims)

"""The triples stay honest under an OWL-RL reasoner run over ontology and data together.

Another tool may load all our graphs into one and reason over them. Then nothing may be
inferred about Wikidata's items (our identity links are skos:exactMatch and schema:sameAs,
not owl:sameAs), and no alleged or proposed group may become an agent or an organisation
(gk:Bloc is not an org:Organization, gk:Actor not a prov:Agent, claimed memberships are
gk:ClaimedMembership, not org:Membership). The few axioms of W3C ORG, FOAF and PROV-O that
would make such a leak are stated here, as a reasoner that loads those vocabularies has them.
"""

from __future__ import annotations

from importlib.resources import files

import owlrl
import pyoxigraph as ox
import pytest
import rdflib

from kb.mapping import annotation_to_quads
from tests.conftest import BASE

WD = "http://www.wikidata.org/entity/"
EXTERNAL_AXIOMS = """
@prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
org:Organization rdfs:subClassOf foaf:Agent . org:FormalOrganization rdfs:subClassOf org:Organization .
org:organization rdfs:domain org:Membership ; rdfs:range org:Organization .
org:member rdfs:domain org:Membership ; rdfs:range foaf:Agent .
foaf:Agent owl:equivalentClass prov:Agent .
"""
AGENT_CLASSES = {
    rdflib.URIRef("http://www.w3.org/ns/prov#Agent"),
    rdflib.URIRef("http://xmlns.com/foaf/0.1/Agent"),
    rdflib.URIRef("http://www.w3.org/ns/org#Organization"),
    rdflib.URIRef("http://www.w3.org/ns/org#FormalOrganization"),
}
GK = rdflib.Namespace("https://w3id.org/geokb/ns#")
ESTABLISHED = rdflib.URIRef("https://w3id.org/geokb/existence/established")


@pytest.fixture(scope="module")
def closure(annotation) -> tuple[rdflib.Graph, set]:
    g = rdflib.Graph()
    g.parse(str(files("kb.ontology") / "geokb.ttl"), format="turtle")
    g.parse(data=EXTERNAL_AXIOMS, format="turtle")
    triples = (q.triple for q in annotation_to_quads(annotation, BASE))
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=nt.decode("utf-8"), format="nt")  # every graph in one, as a union-graph store reads it
    before = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g, set(g) - before


def test_no_inconsistency(closure):
    g, _ = closure
    assert not list(g.subjects(rdflib.RDF.type, rdflib.OWL.Nothing))


def test_nothing_is_inferred_about_wikidata_items(closure):
    g, inferred = closure
    assert any(str(o).startswith(WD) for o in g.objects(None, rdflib.SKOS.exactMatch))
    reflexive = {t for t in inferred if t[1] == rdflib.OWL.sameAs and t[0] == t[2]}
    about = [t for t in inferred - reflexive if str(t[0]).startswith(WD)]
    assert about == []  # (OWL-RL makes every IRI owl:sameAs itself; that says nothing)
    assert not [t for t in inferred if t[1] == rdflib.OWL.sameAs and t[0] != t[2]]


def test_alleged_and_proposed_groups_do_not_become_agents(closure):
    g, _ = closure
    unreal = {s for s, o in g.subject_objects(GK.existence) if o != ESTABLISHED}
    assert len(unreal) == 2  # the alleged anti-Trump bloc, the proposed European defence force
    for actor in unreal:
        assert not set(g.objects(actor, rdflib.RDF.type)) & AGENT_CLASSES, actor
    speakers = set(g.objects(None, rdflib.URIRef("http://www.w3.org/ns/prov#wasAttributedTo")))
    agent = rdflib.URIRef("http://www.w3.org/ns/prov#Agent")
    assert speakers and all(agent in set(g.objects(s, rdflib.RDF.type)) for s in speakers)


def test_a_flagged_wrong_name_is_hidden_not_an_alias(closure):
    g, _ = closure
    starmer = rdflib.URIRef(BASE + "actor/keir-starmer")
    assert rdflib.Literal("Boris Starmer") in set(g.objects(starmer, rdflib.SKOS.hiddenLabel))
    assert rdflib.Literal("Boris Starmer") not in set(g.objects(starmer, rdflib.SKOS.altLabel))


def test_controlled_lists_are_skos_schemes_with_top_concepts_and_notations():
    g = rdflib.Graph().parse(str(files("kb.ontology") / "geokb.ttl"), format="turtle")
    concepts = set(g.subjects(rdflib.RDF.type, rdflib.SKOS.Concept))
    assert len(concepts) > 30
    for c in concepts:
        (scheme,) = set(g.objects(c, rdflib.SKOS.inScheme))
        assert (scheme, rdflib.SKOS.hasTopConcept, c) in g and (c, rdflib.SKOS.topConceptOf, scheme) in g
        (notation,) = set(g.objects(c, rdflib.SKOS.notation))
        assert str(c).lower().endswith(str(notation))


def test_a_wrong_name_finds_its_actor_but_is_never_shown_as_a_name(built_store):
    from kb.analysis import align
    from kb.graph_page import store_graph_view

    (node,) = [n for n in store_graph_view(built_store)["nodes"] if n["label"] == "Keir Starmer"]
    assert node["gk"]["hidden"] == ["Boris Starmer"] and "Boris Starmer" not in node["gk"]["aliases"]
    assert align(built_store).resolve("boris starmer") == node["id"]

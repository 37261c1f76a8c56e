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
        broader = set(g.objects(c, rdflib.SKOS.broader))
        if broader:  # a three-digit CAMEO code sits under its two-digit one, in the same scheme
            assert all(
                (b, rdflib.SKOS.inScheme, scheme) in g and (b, rdflib.SKOS.narrower, c) in g for b in broader
            )
        else:
            assert (scheme, rdflib.SKOS.hasTopConcept, c) in g and (c, rdflib.SKOS.topConceptOf, scheme) in g
        (notation,) = set(g.objects(c, rdflib.SKOS.notation))
        assert str(c).lower().endswith(str(notation).lower())
        assert set(g.objects(c, rdflib.SKOS.prefLabel)), c


def test_a_wrong_name_finds_its_actor_but_is_never_shown_as_a_name(built_store):
    from kb.analysis import align
    from kb.graph_page import store_graph_view

    (node,) = [n for n in store_graph_view(built_store)["nodes"] if n["label"] == "Keir Starmer"]
    assert node["gk"]["hidden"] == ["Boris Starmer"] and "Boris Starmer" not in node["gk"]["aliases"]
    assert align(built_store).resolve("boris starmer") == node["id"]


MATCHES = {"exactMatch", "closeMatch", "broadMatch", "narrowMatch"}
SKOS_MAPPING_AXIOMS = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
skos:exactMatch a owl:TransitiveProperty, owl:SymmetricProperty ; rdfs:subPropertyOf skos:closeMatch .
skos:closeMatch a owl:SymmetricProperty ; rdfs:subPropertyOf skos:mappingRelation .
skos:broadMatch rdfs:subPropertyOf skos:mappingRelation, skos:broader ; owl:inverseOf skos:narrowMatch .
skos:narrowMatch rdfs:subPropertyOf skos:mappingRelation, skos:narrower .
skos:broader rdfs:subPropertyOf skos:broaderTransitive ; owl:inverseOf skos:narrower .
skos:broaderTransitive a owl:TransitiveProperty .
"""
"""What SKOS itself says of its mapping properties, as a reasoner that loads SKOS has it."""


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(str(files("kb.ontology") / "geokb.ttl"), format="turtle")


def test_claim_kinds_and_event_types_map_to_cameo_and_plover_concepts():
    g = _ontology()
    gk_lists = {GK.ClaimKinds, GK.EventTypes}
    external = {
        GK.CameoEventCodes: "https://w3id.org/geokb/cameo/",
        GK.PloverEventTypes: "https://w3id.org/geokb/plover/",
    }
    ours = {c for s in gk_lists for c in g.subjects(rdflib.SKOS.inScheme, s)}
    links = [(c, p, o) for c in ours for p, o in g.predicate_objects(c) if p.fragment in MATCHES]
    assert len({c for c, _, _ in links}) >= len(ours) - 4  # all but proposal (x2), troop deployment, other
    for c, p, o in links:
        (scheme,) = set(g.objects(o, rdflib.SKOS.inScheme))
        assert scheme in external and str(o).startswith(external[scheme]), (c, p, o)
        assert set(g.objects(o, rdflib.SKOS.notation)) and set(g.objects(o, rdflib.SKOS.prefLabel))
    exact = {
        (c.split("/")[-1], o.split("/")[-2], str(g.value(o, rdflib.SKOS.notation)))
        for c, p, o in links
        if p == rdflib.SKOS.exactMatch
    }
    assert ("accusation", "cameo", "112") in exact and ("demand", "plover", "DEMAND") in exact
    broad = {
        (c.split("/")[-1], str(g.value(o, rdflib.SKOS.notation)))
        for c, p, o in links
        if p == rdflib.SKOS.broadMatch
    }
    assert ("accusation", "ACCUSE") in broad and ("prediction", "01") in broad
    # the plain-string codes are gone, and no comment says "broadly" any more
    assert not list(g.subject_objects(GK.cameoCode))
    assert not [c for c in ours if "broadly" in str(g.value(c, rdflib.RDFS.comment))]


def test_skos_mappings_merge_none_of_our_concepts_under_reasoning():
    """With SKOS's own axioms (exactMatch transitive and symmetric...), no two of our concepts
    become matches of each other: two kinds that exactMatch one CAMEO code would be merged."""
    g = _ontology()
    g.parse(data=SKOS_MAPPING_AXIOMS, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert not list(g.subjects(rdflib.RDF.type, rdflib.OWL.Nothing))
    ours = {c for s in (GK.ClaimKinds, GK.EventTypes) for c in g.subjects(rdflib.SKOS.inScheme, s)}
    mapping = rdflib.SKOS.mappingRelation
    merged = [(a, b) for a, b in g.subject_objects(mapping) if a in ours and b in ours and a != b]
    assert merged == []
    # and a kind's CAMEO and PLOVER matches meet only where PLOVER's crosswalk puts that code
    cameo_plover = {
        (str(g.value(a, rdflib.SKOS.notation)), str(g.value(b, rdflib.SKOS.notation)))
        for a, b in g.subject_objects(rdflib.SKOS.exactMatch)
        if "/cameo/" in str(a) and "/plover/" in str(b)
    }  # (a symmetric, transitive property also makes each concept a match of itself: no news)
    assert cameo_plover == {("10", "DEMAND"), ("12", "REJECT"), ("13", "THREATEN")}

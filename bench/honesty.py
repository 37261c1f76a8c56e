"""How honest the bundled KB's triples stay in other people's tools: the figures of issue 19.

Runs an OWL-RL reasoner (owlrl) over the ontology plus the bundled article's quads merged into
one graph (as a store whose default graph is the union of all graphs reads them), with the few
axioms of W3C ORG, FOAF and PROV-O that would make a leak (those of tests/test_reasoning.py),
then again with SKOS's own axioms for its mapping properties, and prints:

- triples inferred about Wikidata items (OWL-RL's reflexive ``x owl:sameAs x`` left out),
- non-reflexive ``owl:sameAs`` triples inferred,
- alleged or proposed actors inferred to be agents or organisations,
- claim-content links (``gk:hasContent``) that lead to an empty graph.

    .venv/bin/python bench/honesty.py

It reads the ``kb`` package it imports and the ``ontology/geokb.ttl`` beside it, so the same
script measures an older checkout: ``PYTHONPATH=/path/to/checkout .venv/bin/python bench/honesty.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import owlrl
import pyoxigraph as ox
import rdflib

import kb
from kb.annotation import bundled_annotations, load_annotation
from kb.mapping import annotation_to_quads

BASE = "http://kb.test/id/"
WD = "http://www.wikidata.org/entity/"
GK = rdflib.Namespace("https://w3id.org/geokb/ns#")
ESTABLISHED = rdflib.URIRef("https://w3id.org/geokb/existence/established")
EXTERNAL_AXIOMS = """
@prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
org:Organization rdfs:subClassOf foaf:Agent . org:FormalOrganization rdfs:subClassOf org:Organization .
org:organization rdfs:domain org:Membership ; rdfs:range org:Organization .
org:member rdfs:domain org:Membership ; rdfs:range foaf:Agent .
foaf:Agent owl:equivalentClass prov:Agent .
"""
SKOS_AXIOMS = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
skos:exactMatch a owl:TransitiveProperty, owl:SymmetricProperty ; rdfs:subPropertyOf skos:closeMatch .
skos:closeMatch a owl:SymmetricProperty ; rdfs:subPropertyOf skos:mappingRelation .
skos:broadMatch rdfs:subPropertyOf skos:mappingRelation, skos:broader ; owl:inverseOf skos:narrowMatch .
skos:narrowMatch rdfs:subPropertyOf skos:mappingRelation, skos:narrower .
skos:mappingRelation rdfs:subPropertyOf skos:semanticRelation .
skos:semanticRelation rdfs:domain skos:Concept ; rdfs:range skos:Concept .
skos:broader rdfs:subPropertyOf skos:broaderTransitive ; owl:inverseOf skos:narrower .
skos:broaderTransitive a owl:TransitiveProperty .
"""
AGENT_CLASSES = {
    rdflib.URIRef("http://www.w3.org/ns/prov#Agent"),
    rdflib.URIRef("http://xmlns.com/foaf/0.1/Agent"),
    rdflib.URIRef("http://www.w3.org/ns/org#Organization"),
    rdflib.URIRef("http://www.w3.org/ns/org#FormalOrganization"),
}


def closure(quads: list[ox.Quad], *axioms: str) -> tuple[rdflib.Graph, set, float]:
    """Ontology, axioms and the quads' triples in one graph, expanded by OWL-RL."""
    g = rdflib.Graph()
    g.parse(str(Path(kb.__file__).resolve().parent.parent / "ontology" / "geokb.ttl"), format="turtle")
    for text in axioms:
        g.parse(data=text, format="turtle")
    nt = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=nt.decode("utf-8"), format="nt")
    before = set(g)
    t0 = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g, set(g) - before, time.perf_counter() - t0


def figures(g: rdflib.Graph, inferred: set) -> dict[str, int]:
    same = rdflib.OWL.sameAs
    about_wd = [t for t in inferred if str(t[0]).startswith(WD) and not (t[1] == same and t[0] == t[2])]
    unreal = {s for s, o in g.subject_objects(GK.existence) if o != ESTABLISHED}
    agents = {a for a in unreal if set(g.objects(a, rdflib.RDF.type)) & AGENT_CLASSES}
    return {
        "triples inferred about Wikidata items": len(about_wd),
        "  of which rdf:type": sum(1 for t in about_wd if t[1] == rdflib.RDF.type),
        "non-reflexive owl:sameAs inferred": sum(1 for t in inferred if t[1] == same and t[0] != t[2]),
        "alleged/proposed actors": len(unreal),
        "  inferred to be agents or organisations": len(agents),
        "inconsistencies (owl:Nothing members)": len(set(g.subjects(rdflib.RDF.type, rdflib.OWL.Nothing))),
    }


def empty_content_links(quads: list[ox.Quad]) -> tuple[int, int]:
    """(gk:hasContent links, those whose graph holds no quad)."""
    has_content = rdflib.URIRef(str(GK.hasContent))
    graphs = {q.graph_name for q in quads}
    links = [q for q in quads if q.predicate.value == str(has_content)]
    return len(links), sum(1 for q in links if q.object not in graphs)


def main() -> None:
    (path,) = bundled_annotations()
    quads = annotation_to_quads(load_annotation(path), BASE)
    print(f"kb from {Path(kb.__file__).resolve().parent}; {len(quads)} quads of the bundled article")
    for name, axioms in [
        ("ORG/FOAF/PROV axioms", (EXTERNAL_AXIOMS,)),
        ("+ SKOS mapping axioms", (EXTERNAL_AXIOMS, SKOS_AXIOMS)),
    ]:
        g, inferred, seconds = closure(quads, *axioms)
        print(f"\nOWL-RL over ontology + data, {name}: {len(inferred)} triples inferred in {seconds:.1f} s")
        for k, v in figures(g, inferred).items():
            print(f"  {k:45} {v}")
    links, empty = empty_content_links(quads)
    print(f"\ngk:hasContent links: {links}, to an empty graph: {empty}")


if __name__ == "__main__":
    sys.exit(main())

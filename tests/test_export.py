"""Every export re-parses, in pyoxigraph, rdflib and Debian's rapper, to what was exported.

RDF 1.2 exports are read by pyoxigraph only (rdflib 7.6 and rapper do not read triple terms).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from decimal import Decimal

import pyoxigraph as ox
import pytest
import rdflib

from kb.dataset import dataset_description
from kb.errors import ExportError
from kb.export import claim_content_graphs, export
from kb.export import labels as export_labels
from kb.formats import FORMATS, get_format
from kb.jsonld import context
from kb.repository import recorded_base
from kb.vocab import EXISTENCE, GK, KIND, PREFIX_DECLARATIONS, RDF, RDFS, SKOS, STATUS, XSD

RAPPER_SYNTAX = {"turtle": "turtle", "nt": "ntriples", "xml": "rdfxml", "trig": "trig", "nq": "nquads"}
RDF11 = [name for name, f in FORMATS.items() if not f.rdf12]
RDF12 = [name for name, f in FORMATS.items() if f.rdf12]


def reifications(store) -> set[ox.Quad]:
    """``claim rdf:reifies <<( s p o )>>`` for every triple of a claim's content, in the graph
    that records the claim: what an RDF 1.2 export must carry instead of the claim graphs."""
    quads = list(store.quads())
    owners = {(q.object, q.subject, q.graph_name) for q in quads if q.predicate == GK.hasContent}
    return {
        ox.Quad(claim, RDF.reifies, q.triple, record)
        for content, claim, record in owners
        for q in quads
        if q.graph_name == content
    }


def expected(store, name: str) -> set:
    """What a whole export in ``name`` holds: the store's quads as the format can carry them,
    the labels of the controlled-list concepts that they use, and the dataset's description."""
    f = get_format(name)
    if f.dataset and not f.rdf12:
        kept = set(store.quads())
    else:
        skip = claim_content_graphs(store)
        kept = {q for q in store.quads() if q.graph_name not in skip}
        if f.rdf12:
            kept |= reifications(store)
    kept |= set(export_labels(list(kept), FORMATS["nq"]))
    kept |= set(dataset_description(store, recorded_base(store)))
    return kept if f.dataset else {q.triple for q in kept}


NUMBERS = {XSD.decimal.value, XSD.double.value, XSD.integer.value}


def by_value(items: set) -> set:
    """Quads or triples with every number as its value: JSON-LD writes a decimal as a JSON
    number, which reads back as an xsd:double of the same value."""

    def term(t):
        if isinstance(t, ox.Literal) and t.datatype.value in NUMBERS:
            return ("number", Decimal(t.value))
        return t

    return {tuple(term(t) for t in item) for item in items}


def via_pyoxigraph(data: bytes, name: str, dataset: bool) -> set:
    parsed = ox.parse(data, format=get_format(name).rdf_format)
    return {q if dataset else q.triple for q in parsed}


def via_rdflib(data: bytes, name: str, dataset: bool) -> set:
    ds = rdflib.Dataset()
    ds.parse(data=data, format=get_format(name).media_type)  # rdflib knows parsers by media type
    nq = ds.serialize(format="nquads", encoding="utf-8")
    return {q if dataset else q.triple for q in ox.parse(nq, format=ox.RdfFormat.N_QUADS)}


@pytest.mark.parametrize("name", RDF11)
def test_round_trip_through_pyoxigraph_and_rdflib(built_store, name):
    data = export(built_store, name)
    want = expected(built_store, name)
    dataset = FORMATS[name].dataset
    if name == "jsonld":
        assert by_value(via_pyoxigraph(data, name, dataset)) == by_value(want)
        assert by_value(via_rdflib(data, name, dataset)) == by_value(want)
        return
    assert via_pyoxigraph(data, name, dataset) == want
    assert via_rdflib(data, name, dataset) == want


def test_jsonld_is_compacted_with_the_served_context(built_store):
    doc = json.loads(export(built_store, "jsonld"))
    assert doc["@context"] == context()["@context"]
    nodes = [n for g in doc["@graph"] for n in g.get("@graph", [])]
    claims = [n for n in nodes if "gk:Claim" in (t := n.get("@type", [])) and isinstance(t, list)]
    assert claims and all(isinstance(c["confidence"], (int, float)) for c in claims), "numbers as numbers"
    assert all(isinstance(c["direct"], bool) for c in claims)
    assert {c["epistemicStatus"] for c in claims} <= {"status:asserted", "status:reported", "status:alleged"}
    # the context expands prefixed names to IRIs (one "existence", no lost prefix)
    expanded = {q.object for q in ox.parse(json.dumps(doc).encode(), format=ox.RdfFormat.JSON_LD)}
    assert ox.NamedNode("https://w3id.org/geokb/existence/alleged") in expanded
    assert not any(isinstance(o, ox.NamedNode) and o.value.startswith("existence:") for o in expanded)


@pytest.mark.parametrize("name", RDF12)
def test_rdf12_carries_every_claim_reified_and_none_asserted(built_store, name):
    data = export(built_store, name)
    dataset = FORMATS[name].dataset
    parsed = via_pyoxigraph(data, name, dataset)
    assert parsed == expected(built_store, name)
    triples = {(q.triple if dataset else q) for q in parsed}
    claimed = {q.triple for q in built_store.quads() if q.graph_name in claim_content_graphs(built_store)}
    assert claimed, "the bundled article has claim content"
    assert not claimed & triples, "a claimed triple is asserted"
    reified = {t.object for t in triples if t.predicate == RDF.reifies}
    assert reified == claimed
    # every claim that has content reifies each of its triples, and only its own
    for q in built_store.quads():
        if q.predicate == GK.hasContent:
            own = {t.object for t in triples if t.subject == q.subject and t.predicate == RDF.reifies}
            assert own == {c.triple for c in built_store.quads(q.object)}
    if dataset:
        assert all(isinstance(q.graph_name, ox.NamedNode) for q in parsed), "the default graph stays empty"
        assert not {q.graph_name for q in parsed} & claim_content_graphs(built_store)


@pytest.mark.parametrize("name", ["turtle", "trig", "turtle12"])
def test_exports_label_the_controlled_lists_they_use(built_store, name):
    parsed = via_pyoxigraph(export(built_store, name), name, FORMATS[name].dataset)
    triples = {q.triple if isinstance(q, ox.Quad) else q for q in parsed}
    used = {t.object for t in triples if t.predicate in (GK.epistemicStatus, GK.claimKind, GK.existence)}
    assert {STATUS.alleged, KIND.accusation, EXISTENCE.alleged} <= used
    labelled = {t.subject for t in triples if t.predicate == RDFS.label}
    assert used <= labelled
    assert ox.Triple(STATUS.alleged, SKOS.inScheme, GK.EpistemicStatuses) in triples
    scheme_label = ox.Literal("epistemic statuses", language="en")
    assert ox.Triple(GK.EpistemicStatuses, RDFS.label, scheme_label) in triples
    if FORMATS[name].dataset:
        where = {q.graph_name.value for q in parsed if q.subject == STATUS.alleged}
        assert where == {"https://w3id.org/geokb/ns"}


def test_a_whole_export_gives_each_claim_kind_its_cameo_and_plover_matches(built_store):
    s = ox.Store()
    s.load(export(built_store, "trig"), format=ox.RdfFormat.TRIG)
    rows = s.query(
        PREFIX_DECLARATIONS
        + """SELECT DISTINCT ?kind ?code WHERE { GRAPH ?g { ?claim gk:claimKind ?kind }
        GRAPH <https://w3id.org/geokb/ns> { ?kind skos:exactMatch|skos:broadMatch ?c .
          ?c skos:inScheme ?scheme ; skos:notation ?code . ?scheme rdfs:label ?label } }"""
    )
    codes = {(r["kind"].value.rpartition("/")[2], r["code"].value) for r in rows}
    used = {q.object for q in built_store.quads() if q.predicate == GK.claimKind}
    assert ("accusation", "112") in codes and ("accusation", "ACCUSE") in codes
    assert {k for k, _ in codes} == {k.value.rpartition("/")[2] for k in used} - {"proposal"}


@pytest.mark.parametrize("name", ["turtle", "nt", "xml"])
def test_triple_exports_say_what_they_left_out(built_store, name):
    data = export(built_store, name)
    n = len(claim_content_graphs(built_store))
    head = data[:600].decode()
    assert f"{n} claim-content graph(s) left out" in head
    if name == "xml":
        assert data.startswith(b"<?xml ") and "<!-- geokb:" in head.splitlines()[1]
    else:
        assert data.startswith(b"# geokb: ")
    one = min(g.value for g in claim_content_graphs(built_store) & set(built_store.named_graphs()))
    assert b"left out" not in export(built_store, name, graph=one)


def test_triple_formats_leave_claim_content_out(built_store):
    data = export(built_store, "turtle")
    triples = via_pyoxigraph(data, "turtle", False)
    assert triples
    assert not any(t.predicate.value == "https://w3id.org/geokb/ns#member" for t in triples)
    one = "http://kb.test/id/graph/starmer-putin/claim/azarov-anti-trump-bloc"
    members = via_pyoxigraph(export(built_store, "turtle", graph=one), "turtle", False)
    assert sum(t.predicate.value == "https://w3id.org/geokb/ns#member" for t in members) == 3


@pytest.mark.parametrize("name", list(RAPPER_SYNTAX))
def test_rapper_reads_the_export(built_store, name, tmp_path):
    rapper = shutil.which("rapper")
    if rapper is None:
        if os.environ.get("CI"):
            pytest.fail("rapper (raptor2-utils) is missing in CI")
        pytest.skip("rapper (Debian raptor2-utils) not installed")
    path = tmp_path / f"export.{FORMATS[name].extension}"
    path.write_bytes(export(built_store, name))
    done = subprocess.run(
        [rapper, "-i", RAPPER_SYNTAX[name], "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    count = int(done.stderr.split("returned")[1].split()[0])
    assert count == len(expected(built_store, name))


def test_unknown_format_and_graph_are_clear_errors(built_store):
    with pytest.raises(ExportError, match="unknown format 'yaml'"):
        export(built_store, "yaml")
    with pytest.raises(ExportError, match="no graph"):
        export(built_store, "turtle", graph="http://kb.test/id/graph/nope")

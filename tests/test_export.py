"""Every export re-parses, in pyoxigraph, rdflib and Debian's rapper, to what was exported."""

from __future__ import annotations

import os
import shutil
import subprocess

import pyoxigraph as ox
import pytest
import rdflib

from kb.errors import ExportError
from kb.export import claim_content_graphs, export
from kb.formats import FORMATS, get_format

RAPPER_SYNTAX = {"turtle": "turtle", "nt": "ntriples", "xml": "rdfxml", "trig": "trig", "nq": "nquads"}


def expected(store, name: str) -> set:
    f = get_format(name)
    if f.dataset:
        return set(store.quads())
    skip = claim_content_graphs(store)
    return {q.triple for q in store.quads() if q.graph_name not in skip}


def via_pyoxigraph(data: bytes, name: str, dataset: bool) -> set:
    parsed = ox.parse(data, format=get_format(name).rdf_format)
    return {q if dataset else q.triple for q in parsed}


def via_rdflib(data: bytes, name: str, dataset: bool) -> set:
    ds = rdflib.Dataset()
    ds.parse(data=data, format=get_format(name).media_type)  # rdflib knows parsers by media type
    nq = ds.serialize(format="nquads", encoding="utf-8")
    return {q if dataset else q.triple for q in ox.parse(nq, format=ox.RdfFormat.N_QUADS)}


@pytest.mark.parametrize("name", list(FORMATS))
def test_round_trip_through_pyoxigraph_and_rdflib(built_store, name):
    data = export(built_store, name)
    want = expected(built_store, name)
    dataset = FORMATS[name].dataset
    assert via_pyoxigraph(data, name, dataset) == want
    assert via_rdflib(data, name, dataset) == want


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

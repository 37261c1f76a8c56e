"""Standard SPARQL clients against the running endpoint get what the in-process store gives."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

from api.app import create_app
from kb.settings import Settings
from kb.vocab import PREFIX_DECLARATIONS
from tests.conftest import BASE, serve

HEADER = PREFIX_DECLARATIONS
MEMBERS = (
    HEADER
    + """SELECT ?label WHERE {
  GRAPH ?g { ?m gk:member ?a ; gk:group ?b . }
  GRAPH ?h { ?a rdfs:label ?label } } ORDER BY ?label"""
)


@pytest.fixture(scope="module")
def endpoint(built_store):
    with serve(create_app(Settings(base_iri=BASE, access_log=False), built_store)) as url:
        yield url + "/sparql"


@pytest.fixture(scope="module")
def expected(built_store):
    return [row["label"].value for row in built_store.query(MEMBERS)]


def test_sparqlwrapper_get_and_post(endpoint, expected):
    assert expected == ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]
    for method in ("GET", POST):
        sw = SPARQLWrapper(endpoint)
        sw.setMethod(method)
        sw.setQuery(MEMBERS)
        sw.setReturnFormat(JSON)
        rows = sw.queryAndConvert()["results"]["bindings"]
        assert [r["label"]["value"] for r in rows] == expected
    sw = SPARQLWrapper(endpoint)
    sw.setQuery(HEADER + "ASK { GRAPH ?g { ?b a gk:Bloc } }")
    sw.setReturnFormat(JSON)
    assert sw.queryAndConvert()["boolean"] is True
    sw.setQuery(MEMBERS)
    sw.setReturnFormat(CSV)
    assert sw.queryAndConvert().decode().splitlines() == ["label", *expected]


def test_rdflib_sparqlstore(endpoint, expected):
    store = SPARQLStore(endpoint, returnFormat="json")
    rows = list(store.query(MEMBERS))
    assert [str(r[0]) for r in rows] == expected
    store.close()


def test_roqet(endpoint, expected):
    roqet = shutil.which("roqet")
    if roqet is None:
        if os.environ.get("CI"):
            pytest.fail("roqet (rasqal-utils) is missing in CI")
        pytest.skip("roqet (Debian rasqal-utils) not installed")
    out = subprocess.run(
        [roqet, "-q", "-p", endpoint, "-r", "csv", "-e", MEMBERS],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [line.strip().strip('"') for line in out.splitlines()[1:] if line.strip()] == expected

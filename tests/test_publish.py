"""IRIs that work elsewhere: the store keeps to one base, and an export can move it to another.

A rebased export is loaded into a real ``oxigraph serve`` and asked the README's SPARQL
examples, so the published IRIs are tested where others would use them.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kb.analysis import refresh_alignment
from kb.cli import main
from kb.errors import BaseMismatch, ExportError
from kb.export import export
from kb.ingest import build, ingest_annotation
from kb.repository import dataset_graph, recorded_base
from kb.settings import Settings
from kb.store import open_store
from kb.vocab import DCAT, DCT, PREFIX_DECLARATIONS, RDF, VOID, XSD
from tests.conftest import BASE, hostile_article, oxigraph_server

README = Path(__file__).resolve().parent.parent / "README.md"
README_BASE = "http://127.0.0.1:8000/id/"
NEW = "https://w3id.org/geokb-test/id/"


def readme_queries() -> list[str]:
    """The README's SPARQL examples: the one given to ``geokb query`` and the ``sparql`` block."""
    text = README.read_text("utf-8")
    first = re.search(r"geokb query '(SELECT .*?)'\n```", text, re.S)
    block = re.search(r"```sparql\n(.*?)```", text, re.S)
    assert first and block, "the README's SPARQL examples moved"
    return [first.group(1), block.group(1)]


def select(url: str, query: str) -> list[dict]:
    """A SELECT query's bindings from an Oxigraph server (which knows none of geokb's prefixes)."""
    r = httpx.post(
        url + "/query",
        content=PREFIX_DECLARATIONS + query,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


def test_the_store_records_its_base_and_refuses_another(store, annotation):
    assert recorded_base(store) == BASE
    before = len(store)
    with pytest.raises(BaseMismatch, match=r"built under http://kb\.test/id/"):
        ingest_annotation(store, annotation, "http://elsewhere.test/id/")
    with pytest.raises(BaseMismatch):
        build(store, [annotation.source], "http://elsewhere.test/id/")
    assert len(store) == before
    ingest_annotation(store, annotation, BASE.rstrip("/"))  # the same base, however written
    assert len(store) == before


def test_an_older_store_without_a_record_is_judged_by_its_articles(empty_store, annotation):
    from kb.mapping import annotation_to_quads
    from kb.repository import replace_article

    replace_article(empty_store, BASE, annotation.article.id, annotation_to_quads(annotation, BASE))
    assert recorded_base(empty_store) is None
    with pytest.raises(BaseMismatch, match="another base"):
        ingest_annotation(empty_store, annotation, "http://elsewhere.test/id/")
    ingest_annotation(empty_store, annotation, BASE)
    assert recorded_base(empty_store) == BASE


def test_cli_refuses_a_build_under_another_base(capsys, tmp_path):
    store = str(tmp_path / "store")
    assert main(["--store", store, "--base", "http://a.test/id/", "build"]) == 0
    capsys.readouterr()
    assert main(["--store", store, "--base", "http://b.test/id/", "build"]) == BaseMismatch.exit_code == 3
    err = capsys.readouterr().err
    assert "built under http://a.test/id/, not http://b.test/id/" in err and "--rebase" in err


def test_api_refuses_an_article_under_another_base(annotation, article_dir):
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    settings = Settings(base_iri="http://elsewhere.test/id/", token="t", access_log=False)
    data, text = hostile_article(article_dir)
    with TestClient(create_app(settings, s)) as c:
        before = len(s)
        r = c.post(
            "/articles", json={"annotation": data, "text": text}, headers={"Authorization": "Bearer t"}
        )
    assert r.status_code == BaseMismatch.status == 409 and "built under" in r.json()["detail"]
    assert len(s) == before


def test_rebase_rewrites_every_iri_of_the_kb(built_store):
    old = set(ox.parse(export(built_store, "nq"), format=ox.RdfFormat.N_QUADS))
    new = set(ox.parse(export(built_store, "nq", rebase=NEW), format=ox.RdfFormat.N_QUADS))
    assert len(new) == len(old)
    text = export(built_store, "trig12", rebase=NEW).decode()
    assert BASE not in text and NEW + "actor/keir-starmer" in text
    assert "https://w3id.org/geokb/ns#" in text  # the vocabulary stays where it is
    one = export(built_store, "turtle", graph=NEW + "graph/starmer-putin/article", rebase=NEW)
    assert BASE not in one.decode() and len(one) > 1000
    with pytest.raises(ExportError, match="not an http"):
        export(built_store, "nq", rebase="urn:x:")


def test_a_rebased_export_answers_the_readme_queries_in_oxigraph_serve(annotation, tmp_path):
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    refresh_alignment(s, BASE)  # the README's second example asks for a recorded clustering
    data = export(s, "trig", rebase=NEW)
    with oxigraph_server(tmp_path / "published") as url:
        r = httpx.post(url + "/store", content=data, headers={"Content-Type": "application/trig"}, timeout=30)
        assert r.status_code in (200, 201, 204), r.text
        answers = [select(url, query.replace(README_BASE, NEW)) for query in readme_queries()]
        speakers, clusters = answers
        assert {(b["speaker"]["value"], b["via"]["value"]) for b in speakers} == {
            ("Mykola Azarov", "Izvestia")
        }
        assert len(speakers) == 2
        assert clusters and all(b["cluster"]["value"].startswith(NEW) for b in clusters)
        iris = select(url, "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?c gk:reportedVia ?v } }")
        assert iris and all(b["c"]["value"].startswith(NEW + "claim/") for b in iris)


LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def test_void_describes_the_dataset_with_its_licence(annotation):
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    settings = Settings(base_iri=BASE, license=LICENSE, access_log=False)
    with TestClient(create_app(settings, s)) as c:
        r = c.get("/.well-known/void")
        assert c.get("/void").content == r.content
        ld = c.get("/.well-known/void", headers={"Accept": "application/ld+json"})
        dump = c.get("/export", params={"format": "trig"}).content
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert ld.headers["content-type"].startswith("application/ld+json")
    g = {q.triple for q in ox.parse(r.content, format=ox.RdfFormat.TURTLE)}
    d = ox.NamedNode(BASE + "dataset")
    assert ox.Triple(d, RDF.type, VOID.Dataset) in g and ox.Triple(d, RDF.type, DCAT.Dataset) in g
    assert ox.Triple(d, DCT.license, ox.NamedNode(LICENSE)) in g
    assert ox.Triple(d, VOID.triples, ox.Literal(str(len(s)), datatype=XSD.integer)) in g
    assert ox.Triple(d, VOID.sparqlEndpoint, ox.NamedNode("http://testserver/sparql")) in g
    claims = ox.NamedNode(d.value + "#claims")
    assert (
        ox.Triple(claims, VOID.entities, ox.Literal(str(len(annotation.claims)), datatype=XSD.integer)) in g
    )
    assert {t.object.value for t in g if t.predicate == DCAT.downloadURL} >= {
        "http://testserver/export?format=trig"
    }
    # the whole export carries the same description, in the dataset's graph
    described = {
        q.triple for q in ox.parse(dump, format=ox.RdfFormat.TRIG) if q.graph_name == dataset_graph(BASE)
    }
    assert ox.Triple(d, DCT.license, ox.NamedNode(LICENSE)) in described
    # no licence set, none claimed
    assert b"license" not in export(s, "turtle")


def test_cli_exports_rebased_and_rdf12(capsys, tmp_path):
    store = str(tmp_path / "store")
    assert main(["--store", store, "--base", "http://a.test/id/", "build"]) == 0
    capsys.readouterr()
    out = tmp_path / "kb.ttl"
    assert main(["--store", store, "export", "--format", "turtle12", "--rebase", NEW, "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text.startswith('VERSION "1.2"') and "http://a.test/id/" not in text and NEW + "claim/" in text
    assert main(["--store", store, "export", "--format", "nt"]) == 0
    stdout, stderr = capsys.readouterr()
    # 27 claims, 22 with content (the other 5 have no content graph to leave out)
    assert stdout.startswith("# geokb: 22 claim-content graph(s) left out") and "left out" in stderr

"""SPARQL 1.1 Protocol against a real uvicorn on a loopback port.

Cases follow the W3C SPARQL 1.1 Protocol tests (query via GET, URL-encoded POST and
direct POST; dataset parameters; malformed, missing and repeated query; bad methods;
content negotiation), written for this service.
"""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest
import uvicorn

from api.app import create_app
from kb.settings import Settings

ASK_BLOC = "ASK { GRAPH ?g { ?b a gk:Bloc } }"
SELECT = "SELECT ?l WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(built_store):
    port = _free_port()
    app = create_app(Settings(port=port), built_store)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server, timeout=10) as c:
        yield c


def test_query_get(client):
    r = client.get("/sparql", params={"query": SELECT})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert r.json()["results"]["bindings"][0]["l"]["value"] == "anti-Trump bloc"


def test_query_post_form(client):
    r = client.post(
        "/sparql", data={"query": ASK_BLOC}, headers={"Accept": "application/sparql-results+json"}
    )
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_query_post_direct(client):
    r = client.post(
        "/sparql",
        content=SELECT.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines() == ["l", "anti-Trump bloc"]


@pytest.mark.parametrize(
    ("accept", "ctype"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ],
)
def test_results_content_negotiation(client, accept, ctype):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)


@pytest.mark.parametrize(
    ("accept", "ctype"),
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/ld+json", "application/ld+json"),
        (None, "text/turtle"),
    ],
)
def test_graph_content_negotiation(client, accept, ctype):
    q = "CONSTRUCT { ?a rdfs:label ?l } WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l } }"
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": q}, headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert "anti-Trump bloc" in r.text


def test_dataset_parameters(client):
    g = "http://kb.test/id/graph/starmer-putin/claim/azarov-anti-trump-bloc"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?m org:member ?x }"
    none = client.get("/sparql", params={"query": q}).json()
    assert none["results"]["bindings"][0]["n"]["value"] == "0"  # the default graph holds no claims
    r = client.get("/sparql", params={"query": q, "default-graph-uri": g}).json()
    assert r["results"]["bindings"][0]["n"]["value"] == "3"
    q2 = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.get("/sparql", params={"query": q2, "named-graph-uri": g}).json()
    assert r["results"]["bindings"][0]["n"]["value"] == "1"


def test_malformed_query_is_400_with_parser_message(client):
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and "malformed query" in r.json()["detail"]


def test_missing_and_repeated_query_are_400(client):
    assert client.get("/sparql", params={"x": "1"}).status_code in (200, 400)
    r = client.post("/sparql", data={"default-graph-uri": "http://x"})
    assert r.status_code == 400 and "missing 'query'" in r.json()["detail"]
    r = client.get("/sparql", params=[("query", SELECT), ("query", ASK_BLOC)])
    assert r.status_code == 400 and "2 times" in r.json()["detail"]


def test_update_is_refused_and_changes_nothing(client, built_store):
    n = len(built_store)
    r = client.post("/sparql", data={"update": "DROP ALL"})
    assert r.status_code == 400 and "read-only" in r.json()["detail"]
    r = client.post("/sparql", data={"query": "DROP ALL"})
    assert r.status_code == 400
    assert len(built_store) == n


def test_other_methods_are_405(client):
    assert client.put("/sparql", content=b"x").status_code == 405
    assert client.delete("/sparql").status_code == 405


def test_unacceptable_is_406(client):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_wrong_content_type_is_415(client):
    r = client.post("/sparql", content=b"query", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_health_and_stats(client):
    assert client.get("/healthz").json()["status"] == "ok"
    stats = client.get("/stats").json()
    assert stats["claims"] == 27 and stats["actors"] == 22
    assert json.loads(client.get("/openapi.json").text)["info"]["title"] == "geokb"

"""SPARQL 1.1 Protocol against a real uvicorn on a loopback port.

Cases follow the W3C SPARQL 1.1 Protocol tests (query via GET, URL-encoded POST and
direct POST; dataset parameters; malformed, missing and repeated query; bad methods;
content negotiation), written for this service.
"""

from __future__ import annotations

import json

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from kb.settings import Settings
from tests.conftest import BASE, serve

ASK_BLOC = "ASK { GRAPH ?g { ?b a gk:Bloc } }"
SELECT = "SELECT ?l WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l } }"


@pytest.fixture(scope="module")
def server(built_store):
    with serve(create_app(Settings(base_iri=BASE, access_log=False), built_store)) as url:
        yield url


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
        ("text/turtle; version=1.2", "text/turtle;version=1.2"),  # RDF 1.2's version parameter
        ('application/n-triples;version="1.2"', "application/n-triples;version=1.2"),
    ],
)
def test_graph_content_negotiation(client, accept, ctype):
    q = "CONSTRUCT { ?a rdfs:label ?l } WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l } }"
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": q}, headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert ("version=" in r.headers["content-type"]) == ("version" in (accept or ""))
    assert "anti-Trump bloc" in r.text


GRAPH_QUERIES = [
    # labels, a decimal (a claim's confidence) and IRIs that the context shortens
    "CONSTRUCT { ?c rdfs:label ?l ; gk:confidence ?x ; gk:epistemicStatus ?s } WHERE { GRAPH ?g {"
    " ?c gk:quote ?l ; gk:confidence ?x ; gk:epistemicStatus ?s } }",
    "DESCRIBE <http://kb.test/id/actor/keir-starmer> FROM <http://kb.test/id/graph/starmer-putin/article>",
]


@pytest.mark.parametrize("query", GRAPH_QUERIES)
def test_graph_results_as_json_ld_are_compacted_and_expand_back(client, query):
    from kb.jsonld import context
    from tests.test_export import by_value

    r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    doc = r.json()
    assert doc["@context"] == context()["@context"]  # the served context, inline
    text = json.dumps(doc)
    assert '"@id": "http' not in text.replace('"@id": "http://kb.test/', "")  # vocabulary IRIs shortened
    if "confidence" in query:
        assert '"epistemicStatus": "status:' in text and '"confidence": 0.' in text
    nt = client.get("/sparql", params={"query": query}, headers={"Accept": "application/n-triples"})
    expected = {q.triple for q in ox.parse(nt.content, format=ox.RdfFormat.N_TRIPLES)}
    back = {q.triple for q in ox.parse(r.content, format=ox.RdfFormat.JSON_LD)}
    assert expected and by_value(back) == by_value(expected)


def test_dataset_parameters(client):
    g = "http://kb.test/id/graph/starmer-putin/claim/azarov-anti-trump-bloc"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?m gk:member ?x }"
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
    r = client.get("/sparql", params={"default-graph-uri": "http://x"})
    assert r.status_code == 400 and "missing 'query'" in r.json()["detail"]
    r = client.post("/sparql", data={"default-graph-uri": "http://x"})
    assert r.status_code == 400 and "missing 'query'" in r.json()["detail"]
    r = client.get("/sparql", params=[("query", SELECT), ("query", ASK_BLOC)])
    assert r.status_code == 400 and "2 times" in r.json()["detail"]


def test_update_is_refused_and_changes_nothing(client, built_store):
    n = len(built_store)
    form = client.post("/sparql", data={"update": "DROP ALL"})
    assert form.status_code == 400 and "read-only" in form.json()["detail"]
    r = client.post("/sparql", data={"query": "DROP ALL"})
    assert r.status_code == 400
    # an update sent directly gets the same refusal as one in a form (not 415)
    r = client.post("/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 400 and r.json() == form.json()
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


def test_no_query_gives_a_service_description_to_rdf_clients(client):
    import rdflib

    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    (service,) = g.subjects(rdflib.RDF.type, sd.Service)
    assert (service, sd.endpoint, rdflib.URIRef(str(client.base_url) + "/sparql")) in g
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in g
    formats = {str(o).rsplit("/", 1)[1] for o in g.objects(service, sd.resultFormat)}
    assert {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "Turtle"} <= formats
    assert client.get("/sparql").headers["content-type"].startswith("text/turtle")  # no Accept: RDF


def test_no_query_gives_a_query_page_to_browsers(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<textarea id="query"' in r.text and "06-source-errors" in r.text
    assert "http://" not in r.text.replace(BASE, "").split("<main>")[0]  # no remote assets
    assert client.get("/static/query.js").status_code == 200


def test_every_response_carries_a_request_id(client):
    r = client.get("/healthz", headers={"X-Request-Id": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = client.get("/healthz", headers={"X-Request-Id": "<script>"})
    assert len(r.headers["x-request-id"]) == 32 and r.headers["x-request-id"].isalnum()

"""The ontology resolves at its namespace path, terms say where they are defined, and the
JSON-LD context is served where exports point."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from kb.namespace import NAMESPACE_ROOT, ONTOLOGY, ontology_triples
from kb.vocab import RDFS


def terms() -> set[ox.NamedNode]:
    return {
        t.subject
        for t in ontology_triples()
        if isinstance(t.subject, ox.NamedNode)
        and t.subject.value.startswith(NAMESPACE_ROOT)
        and t.subject != ONTOLOGY
    }


def test_every_term_is_defined_by_the_ontology():
    triples = set(ontology_triples())
    assert len(terms()) > 100
    missing = [t.value for t in terms() if ox.Triple(t, RDFS.isDefinedBy, ONTOLOGY) not in triples]
    assert missing == []


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("*/*", "text/turtle", ox.RdfFormat.TURTLE),
        (None, "text/turtle", ox.RdfFormat.TURTLE),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_ontology_in_rdf_by_accept(api_client, accept, media, fmt):
    r = api_client.get("/ns", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert r.headers["vary"] == "Accept"
    parsed = {q.triple for q in ox.parse(r.content, format=fmt)}
    assert len(parsed) == len(set(ontology_triples()))


def test_ontology_page_shows_every_term(api_client):
    r = api_client.get("/ns", headers={"Accept": "text/html,application/xhtml+xml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    anchors = set(re.findall(r'<dt id="([^"]+)"', r.text))
    want = {t.value.removeprefix(NAMESPACE_ROOT).removeprefix("ns#").replace("/", "-") for t in terms()}
    assert want <= anchors
    labels = {
        t.object.value for t in ontology_triples() if t.predicate == RDFS.label and t.subject in terms()
    }
    assert all(label.replace("'", "&#39;").replace('"', "&#34;") in r.text for label in labels)
    assert "An accusation: of a hidden aim" in r.text  # comments too


def test_list_terms_lead_to_their_place_on_the_page(api_client):
    r = api_client.get("/kind/accusation", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ns#kind-accusation"
    page = api_client.get("/ns", headers={"Accept": "text/html"}).text
    assert '<dt id="kind-accusation">' in page
    r = api_client.get("/cameo/112", follow_redirects=False)  # the CAMEO code it matches, minted here
    assert r.status_code == 303 and r.headers["location"] == "/ns#cameo-112"
    assert '<dt id="cameo-112">' in page and '<a href="#cameo-112">cameo:112</a>' in page
    assert '<dt id="plover-accuse">' in page
    assert api_client.get("/status/<script>", follow_redirects=False).status_code == 422


def test_context_is_served_and_used_by_the_export(api_client):
    r = api_client.get("/ns/context.jsonld")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    ctx = r.json()
    exported = api_client.get("/export", params={"format": "jsonld"}).json()
    assert exported["@context"] == ctx["@context"]
    # no number is coerced to a datatype: numbers stay JSON numbers
    assert not [
        k for k, v in ctx["@context"].items() if isinstance(v, dict) and v.get("@type", "@id") != "@id"
    ]
    assert json.dumps(exported).count('"confidence": 0.9') > 0

"""One record per resource: /actors/{id} and /id/actor/{id} are the same, in every representation."""

from __future__ import annotations

import pytest

from kb.formats import FORMATS
from tests.conftest import BASE

BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


@pytest.fixture
def client(api_client):
    return api_client


@pytest.mark.parametrize("accept", ["application/json", BROWSER, *(f.media_type for f in FORMATS.values())])
def test_both_paths_answer_the_same_record(client, accept):
    a = client.get("/actors/keir-starmer", headers={"Accept": accept})
    b = client.get("/id/actor/keir-starmer", headers={"Accept": accept})
    assert a.status_code == b.status_code == 200
    assert a.headers["content-type"] == b.headers["content-type"]
    assert a.content == b.content


def test_json_is_the_record_and_each_path_keeps_its_default(client):
    record = client.get("/id/actor/keir-starmer", headers={"Accept": "application/json"}).json()
    assert record["label"] == "Keir Starmer" and "Boris Starmer" in record["hidden_labels"]
    assert client.get("/actors/keir-starmer").json() == record  # no Accept: JSON here
    assert client.get("/id/actor/keir-starmer").headers["content-type"].startswith("text/turtle")  # RDF there


def test_json_of_other_resources_is_their_description(client):
    claim = client.get(
        "/id/claim/starmer-putin/azarov-anti-trump-bloc", headers={"Accept": "application/json"}
    ).json()
    assert claim["iri"] == BASE + "claim/starmer-putin/azarov-anti-trump-bloc" and not claim["is_graph"]
    rows = [r for g in claim["graphs"] for r in g["rows"]]
    assert any(r["predicate"] == "gk:quote" for r in rows)
    missing = client.get("/id/actor/nobody", headers={"Accept": "application/json"})
    assert missing.status_code == 404
    assert client.get("/actors/keir-starmer", headers={"Accept": "image/png"}).status_code == 406

"""The service survives its own writes, hostile queries and hostile bodies (issue 14)."""

from __future__ import annotations

import httpx
import yaml

from api.app import create_app
from kb.querypool import QueryPool
from kb.settings import Settings
from kb.store import OxigraphStore
from tests.conftest import BASE, serve

COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a schema:NewsArticle } }"


def _article(article_dir, article_id: str) -> dict:
    data = yaml.safe_load((article_dir / "starmer-putin.yaml").read_text("utf-8"))
    data["article"]["id"] = article_id
    return {"annotation": data, "text": (article_dir / "starmer-putin.txt").read_text("utf-8")}


def test_queries_still_answer_after_many_writes(tmp_path, article_dir):
    """Each write used to lengthen the log every worker replayed when it reopened the store:
    past about 40 articles the reopening alone outlasted a 2 s limit and every query got 503."""
    store = OxigraphStore(tmp_path / "db")
    settings = Settings(base_iri=BASE, query_timeout=2.0, query_workers=2, token="t", access_log=False)
    app = create_app(settings, store)
    assert isinstance(app.state.queries, QueryPool)
    ask = {"query": "ASK {}"}
    try:
        with serve(app) as url, httpx.Client(base_url=url, timeout=60) as client:
            for i in range(45):
                r = client.post(
                    "/articles",
                    json=_article(article_dir, f"copy-{i}"),
                    headers={"Authorization": "Bearer t"},
                )
                assert r.status_code == 200, r.text
                if i % 15 == 14:  # readers between writes, as on a live service
                    assert client.get("/sparql", params=ask).status_code == 200
            answers = [
                client.get("/sparql", params=ask, headers={"Accept": "application/json"}) for _ in range(3)
            ]
            count = client.get(
                "/sparql",
                params={"query": COUNT_ARTICLES},
                headers={"Accept": "text/csv"},
            )
    finally:
        store.close()
    assert [a.status_code for a in answers] == [200, 200, 200], answers[-1].text
    assert answers[0].json()["boolean"] is True
    assert count.text.split()[-1] == "45"  # the workers see every write

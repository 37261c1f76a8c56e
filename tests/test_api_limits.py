"""The query time limit, over an on-disk store whose queries run in worker processes."""

from __future__ import annotations

import os
import threading

import httpx
import pytest

from api.app import create_app
from kb.ingest import ingest_annotation
from kb.querypool import QueryPool
from kb.settings import Settings
from kb.store import OxigraphStore
from tests.conftest import BASE, serve

# a triple cross product of the ~3,000 quads: 2.7e10 solutions, far past any limit
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } GRAPH ?c { ?u ?v ?w } }"
CHEAP = "ASK { GRAPH ?g { ?b a gk:Bloc } }"


@pytest.fixture(scope="module")
def disk_server(tmp_path_factory, annotation):
    store = OxigraphStore(tmp_path_factory.mktemp("store") / "db")
    ingest_annotation(store, annotation, BASE)
    settings = Settings(base_iri=BASE, query_timeout=2.0, query_workers=2, token="t")
    app = create_app(settings, store)
    assert isinstance(app.state.queries, QueryPool)
    with serve(app) as url:
        yield url, app
    store.close()


def test_a_slow_query_is_stopped_while_a_cheap_one_answers(disk_server):
    url, app = disk_server
    pool: QueryPool = app.state.queries
    pids_before = {p.pid for p in pool.processes}
    finished: list[str] = []
    slow_response: list[httpx.Response] = []

    def slow() -> None:
        slow_response.append(httpx.get(url + "/sparql", params={"query": SLOW}, timeout=30))
        finished.append("slow")

    thread = threading.Thread(target=slow)
    thread.start()
    try:
        cheap = httpx.get(
            url + "/sparql", params={"query": CHEAP}, headers={"Accept": "application/json"}, timeout=30
        )
        finished.append("cheap")
    finally:
        thread.join(timeout=30)
    assert cheap.status_code == 200 and cheap.json()["boolean"] is True
    assert finished == ["cheap", "slow"]  # the cheap query did not wait for the slow one
    (r,) = slow_response
    assert r.status_code == 503 and "ran past the limit of 2 s" in r.json()["detail"]
    # the work really stopped: the worker that ran it is gone, and a fresh one took its place
    dead = [pid for pid in pids_before if not _alive(pid)]
    assert len(dead) == 1
    again = httpx.get(
        url + "/sparql", params={"query": CHEAP}, headers={"Accept": "application/json"}, timeout=30
    )
    assert again.status_code == 200


def test_workers_see_what_was_written_after_they_opened_the_store(disk_server, article_dir):
    import yaml

    url, _app = disk_server
    count = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a schema:NewsArticle } }"
    before = httpx.get(url + "/sparql", params={"query": count}, headers={"Accept": "text/csv"}).text
    data = yaml.safe_load((article_dir / "starmer-putin.yaml").read_text("utf-8"))
    data["article"]["id"] = "copy"
    text = (article_dir / "starmer-putin.txt").read_text("utf-8")
    r = httpx.post(
        url + "/articles",
        json={"annotation": data, "text": text},
        headers={"Authorization": "Bearer t"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    after = httpx.get(url + "/sparql", params={"query": count}, headers={"Accept": "text/csv"}).text
    assert (before.split()[-1], after.split()[-1]) == ("1", "2"), after


def test_a_result_over_the_size_limit_is_refused(annotation, tmp_path):
    store = OxigraphStore(tmp_path / "db")
    ingest_annotation(store, annotation, BASE)
    app = create_app(Settings(base_iri=BASE, max_result_bytes=10_000, query_workers=1), store)
    with serve(app) as url:
        big = httpx.get(
            url + "/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"}, timeout=30
        )
        small = httpx.get(url + "/sparql", params={"query": CHEAP}, timeout=30)
    store.close()
    assert big.status_code == 503 and "add a LIMIT" in big.json()["detail"]
    assert small.status_code == 200


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True

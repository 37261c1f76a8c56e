"""Drafts and alignments run in worker processes with a time limit (issue 14, items 4 and 5).

Before: ``POST /articles`` drafted with spaCy in a thread of the service, which held the
interpreter (a 1.9 MB text stalled every route for 1.8 s), and ``/clusters`` computed an
alignment with no time limit at all, in a thread nothing could stop.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from kb.errors import AnnotationError, InternalError, TaskTimeout
from kb.ingest import ingest_annotation
from kb.settings import Settings
from kb.store import open_store
from kb.taskpool import TaskPool
from tests.conftest import BASE, serve


@pytest.fixture(scope="module")
def pool() -> Iterator[TaskPool]:
    p = TaskPool(1)
    yield p
    p.close()


def test_a_call_answers_and_errors_come_back_by_name(pool):
    assert pool.run("a sum", 60, sum, [1, 2, 3]) == 6
    with pytest.raises(AnnotationError, match="nothing to draft"):
        from kb.ingest import draft_submission

        pool.run("a draft", 60, draft_submission, "zzz qqq", "x")
    with pytest.raises(InternalError, match="ZeroDivisionError"):
        pool.run("a division", 60, divmod, 1, 0)


def test_a_worker_imports_what_the_service_runs_before_its_first_call(pool):
    """The first write after a start does not pay a worker's imports (1.6 s of them)."""
    probe = "sorted(m for m in ('kb.ingest', 'kb.analysis.alignment') if m in __import__('sys').modules)"
    assert pool.run("a probe", 60, eval, probe) == ["kb.analysis.alignment", "kb.ingest"]
    cold = TaskPool(1, warm=())
    try:
        assert cold.run("a probe", 60, eval, probe) == [], "without warming, nothing was imported yet"
    finally:
        cold.close()


def test_a_call_past_its_limit_is_stopped_and_its_process_killed(pool):
    import time

    pool.run("warming up", 60, sum, [])  # the worker is up
    (process,) = pool.processes
    killed = pool.killed
    with pytest.raises(TaskTimeout, match=r"a nap ran past the limit of 0\.5 s"):
        pool.run("a nap", 0.5, time.sleep, 3600)
    process.join(timeout=10)
    assert not process.is_alive(), "the worker doing it was killed, its CPU freed"
    assert pool.killed == killed + 1
    assert pool.run("after", 60, sum, [4]) == 4, "a fresh worker took its place"


@pytest.fixture
def server(annotation) -> Iterator[tuple[str, object]]:
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    settings = Settings(base_iri=BASE, token="t", access_log=False, draft_timeout=120, task_workers=1)
    app = create_app(settings, store)
    with serve(app) as url:
        yield url, app
    store.close()


def test_healthz_answers_while_a_big_draft_runs(server, bundled_path):
    """By order, not time: /healthz is asked once the draft is in its worker, and answers first."""
    url, app = server
    text = (bundled_path.parent / "starmer-putin.txt").read_text("utf-8")
    big = "\n\n".join([text] * max(1, 100_000 // len(text)))
    done: list[str] = []
    answers: list[httpx.Response] = []

    def post() -> None:
        answers.append(
            httpx.post(
                url + "/articles",
                json={"text": big, "id": "big-draft"},
                headers={"Authorization": "Bearer t"},
                timeout=300,
            )
        )
        done.append("draft")

    thread = threading.Thread(target=post)
    thread.start()
    tasks = app.state.tasks
    while tasks.busy == 0 and thread.is_alive():  # until a worker has taken the draft
        threading.Event().wait(0.01)
    health = httpx.get(url + "/healthz", timeout=300)
    done.append("healthz")
    thread.join()
    assert health.status_code == 200
    assert done == ["healthz", "draft"], "the event loop answered while the draft ran"
    assert answers[0].status_code == 200, answers[0].text[:500]
    assert answers[0].json()["draft"]["actors"]


def test_a_draft_past_its_limit_gets_503_and_the_service_goes_on(annotation, bundled_path):
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    settings = Settings(base_iri=BASE, token="t", access_log=False, draft_timeout=0.05, task_workers=1)
    text = (bundled_path.parent / "starmer-putin.txt").read_text("utf-8")
    with serve(create_app(settings, store)) as url:
        r = httpx.post(
            url + "/articles",
            json={"text": text * 20, "id": "slow"},
            headers={"Authorization": "Bearer t"},
            timeout=120,
        )
        assert r.status_code == 503 and int(r.headers["retry-after"]) > 0
        assert r.headers["content-type"].startswith("application/problem+json")
        assert "past the limit of 0.05 s" in r.json()["detail"] and r.json()["error"] == "TaskTimeout"
        assert httpx.get(url + "/healthz", timeout=60).status_code == 200
        assert "slow" not in httpx.get(url + "/articles", timeout=60).text, "nothing was written"
    store.close()


# The default clustering is the service's live one (kb.analysis.live: kept up to date by each
# write and a background recompute), so requests for it compute nothing; any other knobs
# (here a seed) are computed per request, in a worker, within the limit.
@pytest.mark.parametrize(
    "path", ["/clusters?seed=7", "/clusters/explain?actor=Starmer&seed=7", "/graph/data"]
)
def test_an_alignment_past_its_limit_gets_503_and_its_worker_is_killed(annotation, path):
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    settings = Settings(base_iri=BASE, access_log=False, alignment_timeout=0.001, task_workers=1)
    app = create_app(settings, store)
    with serve(app) as url:
        r = httpx.get(url + path, timeout=120)
        assert r.status_code == 503 and int(r.headers["retry-after"]) > 0, r.text
        assert "ran past the limit of 0.001 s and was stopped" in r.json()["detail"]
        assert app.state.tasks.killed == 1, "its worker was killed, not left running"
        assert httpx.get(url + "/healthz", timeout=60).status_code == 200
    store.close()


def test_the_alignment_answers_within_its_limit_and_stays_cached(annotation):
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    settings = Settings(base_iri=BASE, access_log=False, alignment_timeout=120, task_workers=1)
    app = create_app(settings, store)
    with serve(app) as url:
        first = httpx.get(url + "/clusters?seed=7", timeout=120)
        assert first.status_code == 200 and first.json()["actors"] > 0
        central = httpx.get(url + "/clusters/centrality?seed=7", timeout=120)
        assert central.status_code == 200 and central.json()["targeted"]
        assert len(app.state.cache) >= 1
        assert httpx.get(url + "/clusters?seed=7", timeout=120).json() == first.json()
    store.close()

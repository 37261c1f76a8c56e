"""Fixtures: the bundled annotation, and real Oxigraph stores built from it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient

import kb.store
from kb.annotation import Annotation, bundled_annotations, load_annotation
from kb.ingest import ingest_annotation
from kb.store import Store, open_store
from tests.virtuoso import VirtuosoMissing, virtuoso_server

BASE = "http://kb.test/id/"
DATA = Path(__file__).resolve().parent.parent / "kb" / "data" / "articles"


@pytest.fixture(scope="session")
def bundled_path() -> Path:
    (path,) = bundled_annotations()
    return path


@pytest.fixture(scope="session")
def annotation(bundled_path: Path) -> Annotation:
    return load_annotation(bundled_path)


BACKENDS = list(kb.store.BACKENDS)
"""Every test that takes ``store``, ``empty_store`` or ``built_store`` runs on every registered
backend: an embedded Oxigraph (in memory), a real Oxigraph server on loopback reached
through the SPARQL protocols (kb.remote), and a real Virtuoso on loopback (tests/virtuoso.py).
A new backend is tested by registering it here: ``_open`` fails for a backend it has no
location for."""

VIRTUOSO_MODULES = {
    "test_backends_agree",
    "test_ingest",
    "test_questions",
    "test_remote",
    "test_store",
    "test_store_conformance",
}
"""The modules whose store tests also run on Virtuoso: the interface, the writes, the questions
and the API's answers (test_backends_agree). The rest run on the embedded store and Oxigraph's
server only, to keep CI under its 15 minutes; the export, analysis and API routes are still
compared on Virtuoso through test_backends_agree."""

TEST_GRAPHS = "http://kb.test/"
"""The graphs the tests write (BASE's and the conformance tests'): the Virtuoso store's scope."""


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """``oxigraph serve`` (PyPI oxigraph) on a free loopback port; yields its base URL."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server (PyPI 'oxigraph', a test dependency) is not installed")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=2)
            break
        except httpx.HTTPError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("oxigraph serve did not start") from None
            time.sleep(0.05)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def remote_scratch(tmp_path_factory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-scratch")) as url:
        yield url


@pytest.fixture(scope="session")
def remote_built(tmp_path_factory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-built")) as url:
        yield url


@contextmanager
def _virtuoso(tmp_path_factory, name: str) -> Iterator[str]:
    try:
        with virtuoso_server(tmp_path_factory.mktemp(name), memory_mb=64) as server:
            yield server.url
    except VirtuosoMissing as exc:
        pytest.skip(f"{exc}: .ci/run installs it")


@pytest.fixture(scope="session")
def virtuoso_scratch(tmp_path_factory) -> Iterator[str]:
    with _virtuoso(tmp_path_factory, "virtuoso-scratch") as url:
        yield url


@pytest.fixture(scope="session")
def virtuoso_built(tmp_path_factory) -> Iterator[str]:
    with _virtuoso(tmp_path_factory, "virtuoso-built") as url:
        yield url


def _open(request: pytest.FixtureRequest, server_fixture: str) -> Store:
    if request.param == "oxigraph":
        return open_store("memory:")
    if request.param == "sparql":
        s = open_store(request.getfixturevalue(server_fixture))
        s.clear()  # a clean server for every test
        return s
    if request.param == "virtuoso":
        virtuoso = server_fixture.replace("remote_", "virtuoso_")
        s = open_store(request.getfixturevalue(virtuoso), backend="virtuoso", graphs=TEST_GRAPHS)
        s.clear()
        return s
    pytest.fail(f"no test location for the store backend {request.param!r}: add one to tests/conftest.py")


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    s = _open(request, "remote_scratch")
    yield s
    s.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, annotation: Annotation) -> Iterator[Store]:
    s = _open(request, "remote_scratch")
    ingest_annotation(s, annotation, BASE)
    yield s
    s.close()


@pytest.fixture(scope="session", params=BACKENDS)
def built_store(request: pytest.FixtureRequest, annotation: Annotation) -> Iterator[Store]:
    """A store shared by read-only tests (queries, exports)."""
    s = _open(request, "remote_built")
    ingest_annotation(s, annotation, BASE)
    yield s
    s.close()


@pytest.fixture(scope="module")
def api_client(annotation: Annotation) -> Iterator[TestClient]:
    """The service in-process (no server) over a memory store holding the bundled article."""
    from api.app import create_app
    from kb.settings import Settings

    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    with TestClient(create_app(Settings(base_iri=BASE, access_log=False), s)) as c:
        yield c
    s.close()


@pytest.fixture
def article_dir(tmp_path: Path, bundled_path: Path) -> Path:
    """A scratch copy of the bundled annotation and text, for tests that break them."""
    for name in ("starmer-putin.yaml", "starmer-putin.txt"):
        shutil.copy(bundled_path.parent / name, tmp_path / name)
    return tmp_path


EVIL = "<img src=x onerror=alert(1)>"
EVIL_QUOTE = "</script><script>alert(2)</script> nothing at all"


def hostile_article(article_dir: Path) -> tuple[dict, str]:
    """The bundled article plus an actor named like an HTML injection who says a script.

    The actor's label and alias, and the quote of its claim (with a stance towards a real
    actor, so that it becomes an edge of the graph), all come from article text, as an
    attacker who controls an article would write them.
    """
    data = yaml.safe_load((article_dir / "starmer-putin.yaml").read_text("utf-8"))
    text = (article_dir / "starmer-putin.txt").read_text("utf-8")
    text += f"\n{EVIL} said: “{EVIL_QUOTE}”.\n"
    data["article"]["id"] = "hostile"
    data["actors"].append({"id": "evil", "type": "person", "label": EVIL, "aliases": [EVIL]})
    data["claims"].append(
        {
            "id": "evil-says",
            "speaker": "evil",
            "quote": EVIL_QUOTE,
            "kind": "statement",
            "status": "reported",
            "stances": [{"holder": "evil", "target": "vladimir-putin", "polarity": -1}],
        }
    )
    return data, text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """Run ``app`` in a real uvicorn on a free loopback port; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the Virtuoso runs of modules outside :data:`VIRTUOSO_MODULES`."""
    keep, drop = [], []
    for item in items:
        on_virtuoso = "virtuoso" in getattr(getattr(item, "callspec", None), "params", {}).values()
        (
            drop if on_virtuoso and item.module.__name__.split(".")[-1] not in VIRTUOSO_MODULES else keep
        ).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

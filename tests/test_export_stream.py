"""N-Quads, N-Triples, TriG and Turtle exports stream (issue 14, item 7): several chunks,
each read graph by graph, and the same data as the in-memory export. JSON-LD and RDF/XML
stay in memory, under a size limit with a clear error."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from kb.errors import ExportError, ResultTooLarge
from kb.export import CHUNK_QUADS, export, export_stream, streams
from kb.formats import FORMATS, get_format
from kb.ingest import parse_submission, write_submission
from kb.settings import Settings
from kb.store import OxigraphStore, open_store
from kb.taskpool import InlineTasks
from tests.conftest import BASE
from tests.test_export import via_pyoxigraph, via_rdflib

STREAMED = [name for name, f in FORMATS.items() if streams(f)]


@pytest.fixture(scope="module")
def big_store(bundled_path) -> Iterator[OxigraphStore]:
    """The bundled article under enough IDs that a whole export is several chunks."""
    data = yaml.safe_load(bundled_path.read_text("utf-8"))
    text = (bundled_path.parent / data["article"]["text"]).read_text("utf-8")
    store = open_store("memory:")
    n = 0
    while len(store) <= 2 * CHUNK_QUADS:
        data["article"]["id"] = f"copy-{n}"
        write_submission(store, parse_submission(data, text), BASE, analysis=n == 0)
        n += 1
    yield store
    store.close()


def test_the_streamed_formats_are_the_four_with_their_rdf12_forms():
    assert set(STREAMED) == {"nq", "nt", "trig", "turtle", "nt12", "trig12", "turtle12"}


@pytest.mark.parametrize("name", STREAMED)
def test_a_stream_parses_to_the_in_memory_export(big_store, name):
    chunks = list(export_stream(big_store, name, license="https://example.org/licence"))
    assert len(chunks) >= 3, "a store over two chunks' worth of quads comes in several chunks"
    data = b"".join(chunks)
    whole = export(big_store, name, license="https://example.org/licence")
    dataset = FORMATS[name].dataset
    assert via_pyoxigraph(data, name, dataset) == via_pyoxigraph(whole, name, dataset)
    if not FORMATS[name].rdf12:  # rdflib 7 does not read triple terms
        assert via_rdflib(data, name, dataset) == via_rdflib(whole, name, dataset)


@pytest.mark.parametrize("name", ["turtle", "nt"])
def test_the_omission_comment_comes_first(big_store, name):
    first = next(export_stream(big_store, name))
    assert first.startswith(b"# geokb: ") and b"claim-content graph(s) left out" in first.split(b"\n")[0]


def test_turtle12_starts_with_its_version(big_store):
    assert next(export_stream(big_store, "turtle12")).startswith(b'VERSION "1.2"\n')


def test_one_graph_and_a_rebase_stream_too(big_store):
    graph = "http://kb.test/id/graph/copy-1/claim/azarov-anti-trump-bloc"
    one = b"".join(export_stream(big_store, "nq", graph=graph))
    assert via_pyoxigraph(one, "nq", True) == via_pyoxigraph(export(big_store, "nq", graph=graph), "nq", True)
    new = "https://w3id.org/example/"
    moved = b"".join(export_stream(big_store, "nq", rebase=new))
    assert via_pyoxigraph(moved, "nq", True) == via_pyoxigraph(
        export(big_store, "nq", rebase=new), "nq", True
    )
    assert BASE.encode() not in moved


def test_what_is_wrong_with_the_request_raises_before_the_first_chunk(big_store):
    with pytest.raises(ExportError, match="no graph"):
        export_stream(big_store, "nq", graph="http://kb.test/id/graph/nope")
    with pytest.raises(ExportError, match="in memory"):
        export_stream(big_store, "jsonld")


def test_jsonld_and_rdfxml_past_the_limit_are_refused(big_store):
    for name in ("jsonld", "xml"):
        with pytest.raises(ResultTooLarge, match="GEOKB_EXPORT_MAX_QUADS"):
            export(big_store, name, max_quads=len(big_store) - 1)
    assert export(big_store, "xml", max_quads=len(big_store)).startswith(b"<?xml")


class _Recorder:
    """An ASGI ``send`` that keeps the response's messages."""

    def __init__(self) -> None:
        self.messages: list[dict] = []

    async def __call__(self, message: dict) -> None:
        self.messages.append(message)


def _asgi_get(app, path: str, query: str) -> _Recorder:
    import asyncio

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"kb.test")],
        "client": ("127.0.0.1", 1),
        "server": ("kb.test", 80),
        "state": {},
    }

    sent_request = False

    async def receive() -> dict:
        nonlocal sent_request
        if not sent_request:
            sent_request = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client stays connected
        return {"type": "http.disconnect"}

    send = _Recorder()
    asyncio.run(app(scope, receive, send))
    return send


@pytest.mark.parametrize("name", ["nq", "turtle"])
def test_the_service_sends_the_export_in_several_body_messages(big_store, name):
    app = create_app(Settings(base_iri=BASE, access_log=False), big_store, tasks=InlineTasks())
    sent = _asgi_get(app, "/export", f"format={name}")
    start, *bodies = sent.messages
    assert start["status"] == 200
    parts = [m["body"] for m in bodies if m["body"]]
    assert len(parts) >= 3 and all(m.get("more_body") for m in bodies[:-1]), "streamed, not one body"
    headers = dict(start["headers"])
    if name == "turtle":
        assert int(headers[b"geokb-omitted-graphs"]) > 0
    data = b"".join(parts)
    whole = export(big_store, name, service="http://kb.test/")
    dataset = FORMATS[name].dataset
    assert via_pyoxigraph(data, name, dataset) == via_pyoxigraph(whole, name, dataset)


def test_the_service_refuses_jsonld_past_the_limit(big_store):
    settings = Settings(base_iri=BASE, access_log=False, export_max_quads=len(big_store) - 1)
    with TestClient(create_app(settings, big_store, tasks=InlineTasks())) as client:
        r = client.get("/export", params={"format": "jsonld"})
        assert r.status_code == 503 and "GEOKB_EXPORT_MAX_QUADS" in r.json()["detail"]
        assert client.get("/export", params={"format": "nq"}).status_code == 200


def test_the_cli_writes_the_stream_to_a_file(tmp_path, bundled_path):
    db = tmp_path / "db"
    build = subprocess.run(
        [sys.executable, "-m", "kb.cli", "--store", str(db), "build", str(bundled_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    out = tmp_path / "kb.nq"
    done = subprocess.run(
        [sys.executable, "-m", "kb.cli", "--store", str(db), "export", "--format", "nq", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    store = OxigraphStore(db, read_only=True)
    try:
        assert via_pyoxigraph(out.read_bytes(), "nq", True) == via_pyoxigraph(export(store, "nq"), "nq", True)
    finally:
        store.close()
    assert not (tmp_path / "kb.nq.part").exists()
    ox.parse(out.read_bytes(), format=get_format("nq").rdf_format)

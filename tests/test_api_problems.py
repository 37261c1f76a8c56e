"""Every error answer is RFC 9457 problem details, on every route (issue 14, items 5 and 8).

Before: ``{"error", "detail"}`` from geokb's errors, ``{"detail": "Not Found"}`` from
FastAPI's 404/405/401/403, ``{"detail": [...]}`` from its 422, ``text/plain`` from the
SPARQL endpoint's 415. And ``/actors?offset=1e30`` (written out) reached the SPARQL parser:
400 with the parser's message instead of a 422 naming the parameter.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from api.app import create_app
from kb.ingest import ingest_annotation
from kb.settings import Settings
from kb.store import open_store
from kb.taskpool import InlineTasks
from tests.conftest import BASE

TOKEN = "t0ken"
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def app_client(annotation) -> Iterator[tuple[object, TestClient]]:
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    settings = Settings(base_iri=BASE, token=TOKEN, max_body_bytes=20_000, access_log=False)
    app = create_app(settings, store, tasks=InlineTasks())
    with TestClient(app, raise_server_exceptions=False) as client:
        yield app, client
    store.close()


def assert_problem(r, status: int | None = None) -> dict:
    """``r`` is a problem details answer (with ``status`` if given), its type resolvable."""
    assert r.status_code >= 400, (r.request.url, r.status_code, r.text[:200])
    if status is not None:
        assert r.status_code == status, (r.request.url, r.text[:300])
    assert r.headers["content-type"].split(";")[0] == PROBLEM, (r.request.url, r.headers["content-type"])
    body = r.json()
    assert body["status"] == r.status_code
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert body["type"] == "about:blank" or body["type"].startswith("/problems/"), body["type"]
    if r.status_code == 503:
        assert int(r.headers["retry-after"]) > 0
    return body


def _routes(app) -> list[APIRoute]:
    """Every route of the app, those of its included routers too (no router has a prefix)."""
    out, todo = [], list(app.routes)
    while todo:
        r = todo.pop(0)
        if isinstance(r, APIRoute):
            out.append(r)
        elif hasattr(r, "original_router"):  # FastAPI keeps an included router whole
            todo += r.original_router.routes
    return out


def test_the_routes_are_all_found(app_client):
    app, _ = app_client
    paths = {r.path for r in _routes(app)}
    assert {"/sparql", "/actors", "/actors/{actor_id}", "/articles", "/export", "/clusters"} <= paths
    assert len(paths) == len(app.openapi()["paths"]) + sum(not r.include_in_schema for r in _routes(app))


class _Flat:
    """A route's query and path parameters, its dependencies' included."""

    def __init__(self, dependant) -> None:
        self.query_params, self.path_params, todo = [], [], [dependant]
        while todo:
            d = todo.pop()
            self.query_params += d.query_params
            self.path_params += d.path_params
            todo += d.dependencies


def get_flat_dependant(dependant) -> _Flat:
    return _Flat(dependant)


def _bad_value(field) -> str | None:
    """A value the parameter must refuse, or None when any string is acceptable to it."""
    annotation = field.field_info.annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    kind = args[0]
    if kind is int:
        return "1e30"
    if kind is float:
        return "NaN"
    if kind is bool:
        return "perhaps"
    if typing.get_origin(kind) is typing.Literal:
        return "no-such-choice"
    limit = next((m.max_length for m in field.field_info.metadata if getattr(m, "max_length", None)), None)
    return "x" * (limit + 1) if limit else None


def bad_requests(route: APIRoute) -> Iterator[tuple[str, str, dict]]:
    """Requests to ``route`` that it must refuse: (method, URL, httpx keyword arguments)."""
    flat = get_flat_dependant(route.dependant)
    path = re.sub(r"\{(\w+)(:\w+)?\}", "no-such-thing-zz", route.path)
    for method in sorted(route.methods - {"HEAD"}):
        yield "DELETE", path, {}  # no route answers DELETE: 405
        for field in flat.query_params:
            value = _bad_value(field)
            if value is not None:
                yield method, path, {"params": {field.alias: value}}
        for field in flat.path_params:
            yield method, route.path.replace("{" + field.alias + "}", "x" * 300), {}
        if flat.path_params:
            yield method, path, {}  # nothing there: 404
        if method == "POST":
            headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
            if route.body_field is not None:
                yield method, path, {"content": b"{not json", "headers": headers}
            else:  # a POST that takes no body (POST /clusters/rebuild): refused without the token
                yield method, path, {}
            yield method, path, {"content": b"x" * 30_000, "headers": headers}  # over the body limit


def test_every_route_has_bad_requests_beyond_the_method(app_client):
    app, _ = app_client
    for route in _routes(app):
        requests = list(bad_requests(route))
        flat = get_flat_dependant(route.dependant)
        if flat.query_params or flat.path_params or "POST" in route.methods:
            assert len(requests) > len(route.methods - {"HEAD"}), route.path


def _all_bad_requests(app) -> list[tuple[str, str, dict]]:
    out = []
    for route in _routes(app):
        out += list(bad_requests(route))
    return out


def test_every_error_of_every_route_is_problem_details(app_client):
    app, client = app_client
    requests = _all_bad_requests(app)
    assert len(requests) > 50
    seen = set()
    for method, url, kwargs in requests:
        r = client.request(method, url, **kwargs)
        assert_problem(r)
        seen.add(r.status_code)
    assert {404, 405, 413, 422} <= seen


def test_problem_types_resolve(app_client):
    _, client = app_client
    body = assert_problem(client.get("/actors/nobody-at-all"), 404)
    assert body["type"] == "/problems/NotFoundError" and body["instance"] == "/actors/nobody-at-all"
    kind = client.get(body["type"])
    assert kind.status_code == 200 and kind.json()["status"] == 404
    assert_problem(client.get("/problems/NoSuchError"), 404)
    assert_problem(client.get("/problems/Exception"), 404)


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status"),
    [
        ("GET", "/no/such/path", {}, 404),
        ("GET", "/static/no-such-file.js", {}, 404),
        ("PUT", "/sparql", {"content": b"x"}, 405),
        ("POST", "/sparql", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
        ("POST", "/sparql", {"data": {"update": "CLEAR ALL"}}, 400),
        ("GET", "/sparql", {"params": {"query": "SELECT nonsense"}}, 400),
        ("GET", "/sparql", {"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
        ("GET", "/actors?offset=%FF", {}, 400),
        ("POST", "/articles", {"json": {}}, 401),
        ("POST", "/articles", {"json": {}, "headers": {"Authorization": f"Bearer {TOKEN}"}}, 422),
        ("GET", "/claims", {"params": {"speaker": "Zzyzx Nobody"}}, 404),
        ("GET", "/export", {"params": {"format": "png"}}, 400),
        ("GET", "/kind/no-such-kind", {}, 404),
    ],
)
def test_the_errors_of_the_protocol_and_the_library_are_problem_details(
    app_client, method, url, kwargs, status
):
    _, client = app_client
    assert_problem(client.request(method, url, **kwargs), status)


def test_a_validation_error_lists_each_fault(app_client):
    _, client = app_client
    body = assert_problem(client.get("/actors", params={"limit": 0, "type": "martian"}), 422)
    assert {tuple(e["loc"]) for e in body["errors"]} == {("query", "limit"), ("query", "type")}
    assert "query.limit" in body["detail"] and "query.type" in body["detail"]


def test_writes_turned_off_are_problem_details(annotation):
    store = open_store("memory:")
    app = create_app(Settings(base_iri=BASE, access_log=False), store, tasks=InlineTasks())
    with TestClient(app) as client:
        body = assert_problem(client.post("/articles", json={}), 403)
    assert "GEOKB_TOKEN" in body["detail"]
    store.close()


@pytest.mark.parametrize(
    "url",
    [
        "/actors?offset=1e30",
        "/actors?offset=" + "1" + "0" * 30,
        "/actors?offset=-1",
        "/actors?limit=1e3",
        "/actors?limit=" + "9" * 40,
        "/claims?offset=" + "1" + "0" * 30,
        "/claims?limit=NaN",
        "/clusters?seed=" + "9" * 30,
        "/clusters?resolution=NaN",
        "/clusters?resolution=inf",
        "/clusters?membership=-1e308",
        "/clusters/explain?actor=Starmer&top=1e30",
        "/clusters/centrality?top=0",
        "/graph/data?annotation=42",
    ],
)
def test_out_of_range_numbers_are_422_naming_the_parameter(app_client, url):
    _, client = app_client
    body = assert_problem(client.get(url), 422)
    name = url.split("?")[1].split("&")[-1].split("=")[0]
    assert name in body["detail"]
    assert "SPARQL" not in body["detail"] and "malformed query" not in body["detail"]


def test_the_largest_offset_still_answers(app_client):
    from kb.browse import MAX_OFFSET

    _, client = app_client
    r = client.get("/actors", params={"offset": MAX_OFFSET})
    assert r.status_code == 200 and r.json()["items"] == []


def test_a_body_that_is_not_utf8_is_a_422_not_a_500(app_client):
    """Found by hand after the merge: FastAPI's validation error carries the raw bytes, which
    the error body could not encode (500)."""
    _, client = app_client
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
    before = client.get("/stats").json()
    body = assert_problem(client.post("/articles", content=b"\xff\xfe bad", headers=headers), 422)
    assert body["errors"] and "\ufffd" in body["errors"][0]["input"]
    assert client.get("/stats").json() == before

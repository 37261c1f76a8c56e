"""The API's answers on the bundled KB, route by route: status, content type and body.

``tests/snapshots/api.json`` holds what the service answered when it was last written;
``tests/test_api_snapshot.py`` asks again and compares, so a refactoring that changes an
answer by accident fails there, naming the request. When an answer is meant to change,
regenerate the file with one command and review its diff::

    make snapshot        # or: .venv/bin/python -m tests.api_snapshot

The KB is the one the service builds on its first start (the bundled article and its
recorded alignment) in a memory store, so the answers depend on nothing outside the repo.
Times (the recorded run's PROV start and end) are replaced by ``<time>``; bodies over
:data:`BIG` characters are kept as their length and SHA-256 only. Drafting from
text (``POST /articles`` without an annotation) is left out: the drafter's rules change
on their own schedule, and ``tests/test_extract.py`` covers them.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from kb.analysis import refresh_alignment
from kb.annotation import bundled_annotations
from kb.ingest import build
from kb.settings import Settings
from kb.store import open_store

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "api.json"
BASE = "http://kb.test/id/"
TOKEN = "snapshot-token"
BIG = 20_000
"""Bodies longer than this are kept as their length and digest (exports, whole graphs)."""
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")

_BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"
_SELECT = "SELECT ?a ?label WHERE { GRAPH ?g { ?a a gk:Actor ; rdfs:label ?label } } ORDER BY ?a LIMIT 5"
_ASK = "ASK { GRAPH ?g { ?b a gk:Bloc } }"
_CONSTRUCT = "CONSTRUCT { ?a rdfs:label ?l } WHERE { GRAPH ?g { ?a a gk:State ; rdfs:label ?l } }"
_RESULT_TYPES = [
    "application/sparql-results+json",
    "application/json",
    "application/sparql-results+xml",
    "application/xml",
    "text/csv",
    "text/tab-separated-values",
    "image/png",
]
_GRAPH_TYPES = [
    "text/turtle",
    "application/n-triples",
    "application/rdf+xml",
    "application/ld+json",
    "application/trig",
    "application/n-quads",
    "text/plain",
    None,
]
_LD_TYPES = [
    "text/html",
    _BROWSER,
    "text/turtle",
    "application/n-triples",
    "application/rdf+xml",
    "application/trig",
    "application/n-quads",
    "application/ld+json",
    "application/json",
    "image/png",
    None,
]
_LD_PATHS = [
    "actor/keir-starmer",
    "actor/emmanuel-macron",
    "article/starmer-putin",
    "claim/starmer-putin/azarov-anti-trump-bloc",
    "graph/starmer-putin/article",
    "graph/starmer-putin/claim/azarov-anti-trump-bloc",
    "nothing/here",
]


def requests() -> list[dict[str, Any]]:
    """Every request of the snapshot, in the order they are sent (writes last)."""
    out: list[dict[str, Any]] = []

    def get(path: str, accept: str | None = None, **params: Any) -> None:
        out.append({"method": "GET", "path": path, "params": params, "accept": accept})

    get("/")
    get("/healthz")
    get("/stats")
    get("/docs")
    get("/openapi.json")
    for accept in [
        _BROWSER,
        "text/turtle",
        "application/n-triples",
        "application/rdf+xml",
        "application/ld+json",
        None,
        "image/png",
    ]:
        get("/sparql", accept)
    for accept in _RESULT_TYPES:
        get("/sparql", accept, query=_SELECT)
    get("/sparql", None, query=_ASK)
    for accept in _GRAPH_TYPES:
        get("/sparql", accept, query=_CONSTRUCT)
    get("/sparql", None, query="SELECT ?x WHERE { ?x ?y }")
    get("/sparql", None, query=_SELECT, **{"default-graph-uri": BASE + "graph/starmer-putin/article"})
    get("/sparql", None, update="DROP ALL")
    get("/sparql", None, other="x")
    for q in ("01-who-alleges-blocs", "06-source-errors", "11-most-targeted"):
        path = Path(__file__).resolve().parent.parent / "kb" / "queries" / f"{q}.rq"
        get("/sparql", "application/sparql-results+json", query=path.read_text("utf-8"))
    get("/actors")
    get("/actors", limit=5, offset=5)
    get("/actors", type="state")
    get("/actors", type="nonsense")
    for actor in ("keir-starmer", "mykola-azarov", "anti-trump-bloc", "izvestia", "nobody"):
        get(f"/actors/{actor}")
    get("/actors/vladimir-putin/aligned", limit=3)
    get("/actors/Starmer/aligned")
    get("/actors/nobody/aligned")
    get("/claims")
    get("/claims", speaker="mykola-azarov")
    get("/claims", target="donald-trump")
    get("/claims", status="alleged")
    get("/claims", kind="accusation", limit=2)
    get("/claims", article="starmer-putin")
    get("/claims", speaker=BASE + "actor/vladimir-putin")
    get("/claims", speaker="Boris Starmer", target="Putin")  # names and aliases, as the CLI takes them
    get("/claims", speaker="unnamed")  # two actors: 400 listing both
    get("/claims", article="nope")
    get("/blocs")
    get("/articles")
    for fmt in ("turtle", "nt", "xml", "trig", "nq", "jsonld", "ttl", "yaml"):
        get("/export", format=fmt)
    get("/export", format="turtle", graph=BASE + "graph/starmer-putin/claim/azarov-anti-trump-bloc")
    get("/export", format="turtle", graph=BASE + "graph/nope")
    get("/clusters")
    get("/clusters", seed=3, resolution=0.5)
    get("/clusters", alleged=0.1, membership=0.2, fold_parts="true")
    get("/clusters/explain", actor="Macron")
    get("/clusters/explain", actor="Macron", top=2, fold_parts="true")
    get("/clusters/explain", a="Starmer", b="Putin")
    get("/clusters/explain", actor="Nobody")
    get("/clusters/explain")
    get("/clusters/centrality")
    get("/clusters/centrality", top=3, reported=0.5)
    # time (issue 18): the bundled article is undated, so a window leaves it out unless asked
    get("/claims", since="2025-01-01", limit=2)
    get("/claims", since="2025-01-01", include_undated="true", limit=2)
    get("/claims", until="March")
    get("/clusters", since="2025-01-01")
    get("/clusters/windows", window="30d", step="7d")
    get("/clusters/windows", window="a month")
    get("/actors/keir-starmer/timeline", period="week")
    get("/graph")
    get("/graph/data")
    get("/graph/data", until="2025-01-01", include_undated="true")
    for path in _LD_PATHS:
        for accept in _LD_TYPES:
            get(f"/id/{path}", accept)

    def post(
        path: str, *, content: bytes, ctype: str, auth: bool = True, note: str = "", **params: Any
    ) -> None:
        out.append(
            {
                "method": "POST",
                "path": path,
                "params": params,
                "content": content.decode("utf-8"),
                "content-type": ctype,
                "auth": auth,
                "note": note,
            }
        )

    form = "application/x-www-form-urlencoded"
    post("/sparql", content=f"query={_ASK}".encode(), ctype=form)
    post("/sparql", content=_SELECT.encode(), ctype="application/sparql-query")
    post("/sparql", content=_SELECT.encode(), ctype="application/sparql-query", query=_SELECT)
    post("/sparql", content=b"update=DROP%20ALL", ctype=form)
    post("/sparql", content=_SELECT.encode(), ctype="text/plain")
    (path,) = bundled_annotations()
    submission = {
        "annotation": yaml.safe_load(path.read_text("utf-8")),
        "text": path.with_suffix(".txt").read_text("utf-8"),
    }
    body = json.dumps(submission).encode()
    post("/articles", content=body, ctype="application/json", auth=False)
    post("/articles", content=b"{not json", ctype="application/json")
    post(
        "/articles",
        content=json.dumps({"annotation": {"article": {}}, "text": "x"}).encode(),
        ctype="application/json",
    )
    broken = json.loads(body)
    broken["annotation"]["claims"][0]["quote"] = "words nobody wrote"
    post(
        "/articles",
        content=json.dumps(broken).encode(),
        ctype="application/json",
        note="a quote not in the text",
    )
    post("/articles", content=body, ctype="application/json", note="the bundled article again")
    out.append({"method": "GET", "path": "/stats", "params": {"after": "writes"}, "accept": None})
    return out


@contextmanager
def client() -> Iterator[TestClient]:
    """The service over the KB its first start builds, in memory."""
    store = open_store("memory:")
    build(store, bundled_annotations(), BASE)
    refresh_alignment(store, BASE)
    settings = Settings(base_iri=BASE, token=TOKEN, access_log=False, query_workers=0, store="memory:")
    try:
        with TestClient(create_app(settings, store)) as c:
            yield c
    finally:
        store.close()


def name(req: dict[str, Any]) -> str:
    """A readable, unique key for a request."""
    params = "&".join(f"{k}={v}" for k, v in req["params"].items())
    tail = f" [{req.get('accept')}]" if req.get("accept") else ""
    if req["method"] == "POST":
        what = req["note"] or req["content"][:60]
        tail = f" [{req['content-type']}{'' if req['auth'] else ', no token'}] {what}"
    return f"{req['method']} {req['path']}{'?' + params if params else ''}{tail}"


def answer(c: TestClient, req: dict[str, Any]) -> dict[str, Any]:
    """What the service answers to ``req``: status, content type and body (times masked)."""
    headers = {}
    if req.get("accept"):
        headers["Accept"] = req["accept"]
    if req["method"] == "GET":
        r = c.get(req["path"], params=req["params"], headers=headers)
    else:
        headers["Content-Type"] = req["content-type"]
        if req["auth"]:
            headers["Authorization"] = f"Bearer {TOKEN}"
        r = c.post(req["path"], params=req["params"], content=req["content"].encode("utf-8"), headers=headers)
    body = _TIME.sub("<time>", r.text)
    if len(body) > BIG:
        body = f"{len(body)} characters, sha256 {hashlib.sha256(body.encode('utf-8')).hexdigest()}"
    return {"status": r.status_code, "content_type": r.headers.get("content-type"), "body": body}


def capture() -> dict[str, dict[str, Any]]:
    """Every answer, by request name, in request order."""
    out: dict[str, dict[str, Any]] = {}
    with client() as c:
        for req in requests():
            key = name(req)
            assert key not in out, f"two requests named {key!r}"
            out[key] = answer(c, req)
    return out


def main() -> int:
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    answers = capture()
    SNAPSHOT.write_text(json.dumps(answers, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {SNAPSHOT} ({len(answers)} answers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

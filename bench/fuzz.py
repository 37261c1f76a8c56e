"""Fuzz the running service: odd and nested SPARQL, odd bodies, odd headers, for a few minutes.

Starts ``python -m api`` (uvicorn, query workers) on the bundled article in a temporary
on-disk store, on loopback, with a 5 s query limit and a 512 MB worker memory limit, then
throws Hypothesis-generated requests at it, target after target, until the time bound:

* SPARQL built from a small grammar: nested brackets and braces (up to 300 deep), long
  flat chains (UNION, BIND, +, &&), strings with quotes and escapes, IRIs, comments,
  ``\\u`` escapes, ``SERVICE`` in many spellings aimed at a loopback listener, random
  keywords and punctuation, and plain random text;
* ``POST /sparql`` and ``POST /articles`` with random bytes, random JSON and YAML with
  anchors under random content types;
* random ``Accept``, ``Content-Type`` and ``Authorization`` headers and odd URL encodings
  on the GET routes.

It reports every 5xx other than ``503`` (the documented limits), every ``503`` by reason,
whether the server process died, whether the loopback listener ever received a request,
and tracebacks in the server's log. Generation only: no shrinking, no example database.

Run: ``.venv/bin/python bench/fuzz.py [--seconds 240]``
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis import strategies as st

TOKEN = "fuzz"
KEYWORDS = [
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "GRAPH", "OPTIONAL", "UNION", "MINUS", "FILTER",
    "BIND", "VALUES", "SERVICE", "SILENT", "EXISTS", "NOT", "LIMIT", "OFFSET", "ORDER BY", "GROUP BY",
    "COUNT", "DISTINCT", "REGEX", "CONCAT", "STR", "LANG", "PREFIX", "BASE", "AS", "a", "true", "*",
]  # fmt: skip
PUNCT = [
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ".",
    ";",
    ",",
    "?x",
    "$y",
    "<urn:a>",
    "gk:Claim",
    "1",
    "1.5e3",
    "'",
    '"',
]

CONTENT_TYPES = [
    "application/sparql-query",
    "application/x-www-form-urlencoded",
    "application/json",
    "text/plain",
    "",
    "multipart/form-data; boundary=x",
    "application/sparql-update",
    "application/sparql-query; charset=latin1",
]
PATHS = [
    "/sparql",
    "/actors",
    "/claims",
    "/blocs",
    "/articles",
    "/export",
    "/clusters",
    "/graph/data",
    "/healthz",
    "/id/actor/keir-starmer",
    "/actors/keir-starmer",
    "/stats",
    "/",
]


class _Done(Exception):
    """A target's share of the time is up (Hypothesis has no time budget of its own)."""


class Report:
    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.reasons_503: Counter[str] = Counter()
        self.bad: list[tuple[str, int, str]] = []
        self.errors: Counter[str] = Counter()
        self.requests = 0

    def record(self, label: str, response: httpx.Response | None, error: str = "") -> None:
        self.requests += 1
        if response is None:
            self.errors[error] += 1
            self.bad.append((label, 0, error))
            return
        self.statuses[response.status_code] += 1
        if response.status_code == 503:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                self.reasons_503[" ".join(response.json()["detail"].split()[:6])] += 1
        elif response.status_code >= 500:
            self.bad.append((label, response.status_code, response.text[:200]))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql_strategy() -> st.SearchStrategy[str]:
    token = st.sampled_from(KEYWORDS + PUNCT)
    string = st.text(max_size=20).map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"')
    odd = st.sampled_from(["'''", '"""', "\\", "\\u0053", "\\U0000007B", "#", "\n", "<", ">", "%FF", "\x00"])
    flat = st.builds(
        lambda op, n: {
            "union": "SELECT * {" + " UNION ".join(["{}"] * n) + "}",
            "bind": "SELECT * {" + "".join(f" BIND({i} AS ?v{i})" for i in range(n)) + "}",
            "plus": "SELECT (" + "+".join(["1"] * n) + " AS ?x) {}",
            "and": "SELECT * { FILTER(" + " && ".join(["true"] * n) + ") }",
        }[op],
        st.sampled_from(["union", "bind", "plus", "and"]),
        st.integers(1, 30_000),
    )
    nested = st.builds(
        lambda o, n, body: "SELECT * WHERE { " + o * n + body + {"(": ")", "{": "}", "[": "]"}[o] * n + " }",
        st.sampled_from(["(", "{", "["]),
        st.integers(0, 300),
        st.sampled_from(["", "1", "?s ?p ?o", "SERVICE <http://127.0.0.1:1/> {}"]),
    )
    soup = st.lists(st.one_of(token, string, odd), max_size=60).map(" ".join)
    return st.one_of(soup, nested, flat, st.text(max_size=200))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=240)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="geokb-fuzz-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "GEOKB_DATA_DIR": str(tmp / "store"),
        "GEOKB_STORE": "",
        "GEOKB_PORT": str(port),
        "GEOKB_TOKEN": TOKEN,
        "GEOKB_ACCESS_LOG": "false",
        "GEOKB_QUERY_TIMEOUT": "5",
        "GEOKB_QUERY_MEMORY_MB": "512",
    }
    log = tmp / "server.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "api"], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 300
    while True:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                break
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the server did not start: {log.read_text()[-2000:]}")
        time.sleep(0.2)

    # a listener SERVICE clauses aim at: it must never hear from the server
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    heard: list[bytes] = []
    stop = threading.Event()

    def listen() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                with contextlib.suppress(OSError):
                    heard.append(conn.recv(4096))

    threading.Thread(target=listen, daemon=True).start()
    target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"

    report = Report()
    client = httpx.Client(base_url=url, timeout=60)
    started = time.monotonic()
    ends = started + args.seconds
    per_target = args.seconds / 5

    def send(label: str, method: str, path: str, **kwargs) -> None:
        try:
            r = client.request(method, path, **kwargs)
        except (httpx.InvalidURL, httpx.LocalProtocolError, UnicodeEncodeError) as exc:
            report.errors[f"{label}: client refused to send ({type(exc).__name__})"] += 1  # not the server
            return
        except httpx.HTTPError as exc:
            report.record(label, None, type(exc).__name__)
            return
        report.record(label, r)

    def budget(until: float) -> bool:
        return time.monotonic() < min(until, ends)

    common = settings(
        max_examples=1_000_000,
        deadline=None,
        phases=[Phase.generate],
        database=None,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
    )

    def run(stage: int, test) -> None:
        until = started + per_target * (stage + 1)
        with contextlib.suppress(_Done):
            test(until)

    def check(until: float) -> None:
        if not budget(until):
            raise _Done
        if proc.poll() is not None:
            raise SystemExit(f"the server died (exit {proc.returncode}); log: {log}")

    @common
    @given(q=sparql_strategy(), how=st.sampled_from(["get", "form", "body"]), service=st.booleans())
    def fuzz_sparql(until: float, q: str, how: str, service: bool) -> None:
        check(until)
        if service:
            q = q.replace("<http://127.0.0.1:1/>", f"<{target}>") + f" SERVICE <{target}> {{}}"
        if how == "get" and len(q) < 30_000:  # longer URLs: httpx refuses, and so would most servers
            send("sparql-get", "GET", "/sparql", params={"query": q})
        elif how in ("get", "form"):
            send("sparql-form", "POST", "/sparql", data={"query": q})
        else:
            send(
                "sparql-body",
                "POST",
                "/sparql",
                content=q.encode("utf-8", "surrogatepass"),
                headers={"Content-Type": "application/sparql-query"},
            )

    @common
    @given(
        body=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(str.encode)),
        ctype=st.sampled_from(CONTENT_TYPES),
    )
    def fuzz_sparql_bodies(until: float, body: bytes, ctype: str) -> None:
        check(until)
        send("sparql-bytes", "POST", "/sparql", content=body, headers={"Content-Type": ctype})

    json_value = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
        max_leaves=30,
    )
    yaml_text = st.sampled_from(
        [
            "article: &a {id: x}\nactors: *a",
            "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]",
            "!!python/object:os.system {}",
            "article: {id: ../../etc, title: t, text: t.txt}\nactors: []\nclaims: []",
            "{",
            "- - - -",
        ]
    )

    @common
    @given(
        payload=st.one_of(
            json_value,
            st.fixed_dictionaries(
                {"annotation": st.one_of(json_value, yaml_text), "text": st.text(max_size=200)}
            ),
            st.fixed_dictionaries({"text": st.text(max_size=300), "id": st.text(max_size=20)}),
        ),
        auth=st.sampled_from(
            [f"Bearer {TOKEN}", "Bearer wrong", "", "Basic Zm9vOmJhcg==", "Bearer " + "x" * 5000]
        ),
    )
    def fuzz_articles(until: float, payload, auth: str) -> None:
        check(until)
        headers = {"Authorization": auth} if auth else {}
        headers["Content-Type"] = "application/json"
        send("articles", "POST", "/articles", content=json.dumps(payload).encode(), headers=headers)

    header_value = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=300)

    @common
    @given(
        path=st.sampled_from(PATHS),
        accept=header_value,
        query=st.one_of(
            st.just(""),
            st.just("query=%FF"),
            st.just("query=ASK%20%7B%7D&query=ASK%20%7B%7D"),
            st.just("limit=1e30&offset=-1"),
            st.just("format=%00"),
            st.text(max_size=50),
        ),
        method=st.sampled_from(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"]),
    )
    def fuzz_headers(until: float, path: str, accept: str, query: str, method: str) -> None:
        check(until)
        full = f"{path}?{query}" if query else path
        headers = {"Accept": accept.encode("latin-1")}  # bytes: httpx sends them as they are
        send("headers", method, full, headers=headers)

    @common
    @given(q=sparql_strategy())
    def fuzz_cli_store_paths(until: float, q: str) -> None:
        # the REST routes whose parameters end up in SPARQL
        check(until)
        send("rest-params", "GET", "/claims", params={"speaker": q[:200], "status": q[:50], "limit": "5"})

    stages = [fuzz_sparql, fuzz_sparql_bodies, fuzz_articles, fuzz_headers, fuzz_cli_store_paths]
    try:
        for i, test in enumerate(stages):
            before = report.requests
            run(i, test)
            print(f"  {test.__name__}: {report.requests - before} requests", flush=True)
    except BaseException:  # never leave the server running
        proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)
        raise

    alive = proc.poll() is None
    health = None
    with contextlib.suppress(httpx.HTTPError):
        health = httpx.get(url + "/healthz", timeout=10).status_code
    stop.set()
    client.close()
    proc.send_signal(signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=60)
    server_log = log.read_text(errors="replace")
    tracebacks = server_log.count("Traceback")

    print(f"\n{report.requests} requests in {time.monotonic() - started:.0f} s")
    print(f"statuses: {dict(sorted(report.statuses.items()))}")
    print(f"503 by reason: {dict(report.reasons_503)}")
    print(f"5xx other than 503: {len(report.bad)}")
    for label, status, text in report.bad[:10]:
        print(f"  {label} {status}: {text}")
    print(f"client-side errors: {dict(report.errors)}")
    print(f"server alive at the end: {alive}; /healthz: {health}")
    print(f"requests the SERVICE listener received: {len(heard)}")
    print(f"tracebacks in the server log: {tracebacks}")
    if tracebacks:
        i = server_log.index("Traceback")
        print(server_log[i : i + 1500])
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

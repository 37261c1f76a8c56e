"""The SPARQL endpoint against its peers, over the same data, in the same run.

Builds a KB of about 1M quads (the bundled article plus synthetic articles from
``bench/synth.py``, through the real mapping), dumps it as N-Quads, and serves the same
data three ways on loopback:

* geokb: ``python -m api`` (uvicorn, queries in worker processes);
* Oxigraph's own server: ``oxigraph serve-read-only`` (PyPI ``oxigraph``), the floor;
* rdflib-endpoint (PyPI ``rdflib-endpoint``), what a plain rdflib project would run.

(Virtuoso beside Oxigraph's server, ingest and the same query set: ``bench/virtuoso.py``.)
Then it runs a fixed set of typical queries through each one's ``/sparql`` with the same
client and prints medians and ratios, and puts 8 concurrent clients on geokb for 10 s.

Run: ``.venv/bin/pip install -e '.[bench]'`` once, then
``.venv/bin/python bench/api.py [articles]`` (default 780, about 1M quads).
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from queryset import busiest, queries
from synth import annotations

from kb.annotation import bundled_annotations, load_annotation
from kb.ingest import ingest_annotation
from kb.store import OxigraphStore
from kb.vocab import PREFIX_DECLARATIONS

BASE = "http://127.0.0.1:8000/id/"
HEADER = PREFIX_DECLARATIONS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, limit: float = 600) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: server exited with {proc.returncode}")
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up")


RDFLIB_LIMIT = 120.0
"""Seconds rdflib-endpoint gets per query; slower answers are reported as over the limit."""


def timed(
    client: httpx.Client, url: str, query: str, accept: str, limit: float = 600
) -> tuple[float, int, int]:
    t = time.perf_counter()
    try:
        r = client.get(url, params={"query": query}, headers={"Accept": accept}, timeout=limit)
    except httpx.TimeoutException:
        return float("inf"), 200, 0
    return (time.perf_counter() - t) * 1000, r.status_code, len(r.content)


def main(argv: list[str]) -> None:
    n_articles = int(argv[0]) if argv else 780
    work = Path(tempfile.mkdtemp(prefix="geokb-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        t = time.perf_counter()
        store = OxigraphStore(work / "geokb")
        ingest_annotation(store, load_annotation(bundled_annotations()[0]), BASE, shacl=False)
        for ann in annotations(n_articles):
            ingest_annotation(store, ann, BASE, shacl=False)
        quads = len(store)
        nq = work / "data.nq"
        nq.write_bytes(ox.serialize(store.quads(), format=ox.RdfFormat.N_QUADS) or b"")
        speaker, holder = busiest(store)
        store.close()
        print(
            f"KB: {quads:,} quads ({n_articles} synthetic articles + the bundled one), built in "
            f"{time.perf_counter() - t:.0f} s; N-Quads {nq.stat().st_size / 1e6:.0f} MB"
        )

        bin_dir = Path(sys.executable).parent
        subprocess.run(
            [str(bin_dir / "oxigraph"), "load", "--location", str(work / "ox"), "--file", str(nq)],
            check=True,
            capture_output=True,
        )
        servers = {}
        port = free_port()
        env = {
            **os.environ,
            "GEOKB_STORE": str(work / "geokb"),
            "GEOKB_PORT": str(port),
            "GEOKB_BASE_IRI": BASE,
            "GEOKB_ACCESS_LOG": "false",
            "GEOKB_QUERY_TIMEOUT": "120",
            "GEOKB_MAX_RESULT_BYTES": "0",
        }
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "api"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        servers["geokb"] = f"http://127.0.0.1:{port}/sparql"
        port = free_port()
        procs.append(
            subprocess.Popen(
                [
                    str(bin_dir / "oxigraph"),
                    "serve-read-only",
                    "--location",
                    str(work / "ox"),
                    "--bind",
                    f"127.0.0.1:{port}",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        servers["oxigraph"] = f"http://127.0.0.1:{port}/query"
        port = free_port()
        t = time.perf_counter()
        procs.append(
            subprocess.Popen(
                [
                    str(bin_dir / "rdflib-endpoint"),
                    "serve",
                    str(nq),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        servers["rdflib-endpoint"] = f"http://127.0.0.1:{port}/"
        for name, url in servers.items():
            wait_up(url, procs[list(servers).index(name)])
        print(f"servers up (rdflib-endpoint parsed the N-Quads in {time.perf_counter() - t:.0f} s)\n")

        qs = queries(speaker, holder)
        print(
            f"{'query':30} {'kind':5} {'rows/bytes':>10} {'geokb ms':>9} {'oxigraph':>9} {'rdflib':>10} "
            f"{'geokb/ox':>8} {'geokb-ox':>9} {'rdflib/ox':>9}"
        )
        with httpx.Client(timeout=600) as client:
            for name, (kind, q) in qs.items():
                query = HEADER + q
                accept = "text/turtle" if q.startswith("CONSTRUCT") else "application/sparql-results+json"
                med: dict[str, float] = {}
                size = 0
                for server, url in servers.items():
                    if server == "rdflib-endpoint":  # slow: 3 runs, no warm-up, a time limit
                        first = timed(client, url, query, accept, RDFLIB_LIMIT)
                        reps = 2 if first[0] < 10_000 else 0
                        runs = [first] + [
                            timed(client, url, query, accept, RDFLIB_LIMIT) for _ in range(reps)
                        ]
                    else:
                        timed(client, url, query, accept)  # warm-up
                        runs = [timed(client, url, query, accept) for _ in range(15)]
                    bad = [s for _, s, _ in runs if s != 200]
                    if bad:
                        raise RuntimeError(f"{server} answered {bad[0]} to '{name}'")
                    med[server] = statistics.median(ms for ms, _, _ in runs)
                    if server == "geokb":
                        size = runs[0][2]
                g, o, r = med["geokb"], med["oxigraph"], med["rdflib-endpoint"]
                print(
                    f"{name:30} {kind:5} {size:>10,} {g:>9.1f} {o:>9.1f} {r:>10.1f} {g / o:>8.2f} "
                    f"{g - o:>+9.1f} {r / o:>9.0f}"
                )

        # 8 concurrent clients for 10 s on geokb: the cheap queries, round robin
        cheap = [HEADER + q for kind, q in qs.values() if kind == "cheap" and not q.startswith("CONSTRUCT")]
        stop = time.monotonic() + 10
        lat: list[float] = []
        errors: list[int] = []
        lock = threading.Lock()

        def worker(k: int) -> None:
            with httpx.Client(timeout=60) as c:
                i = k
                while time.monotonic() < stop:
                    ms, status, _ = timed(
                        c, servers["geokb"], cheap[i % len(cheap)], "application/sparql-results+json"
                    )
                    with lock:
                        (lat if status == 200 else errors).append(ms if status == 200 else status)
                    i += 1

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        lat.sort()
        print(
            f"\n8 concurrent clients, 10 s, geokb: {len(lat)} answers ({len(lat) / 10:.0f}/s), "
            f"{len(errors)} errors, median {statistics.median(lat):.1f} ms, "
            f"p95 {lat[int(len(lat) * 0.95)]:.1f} ms"
        )
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

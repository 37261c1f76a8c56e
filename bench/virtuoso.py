"""Virtuoso beside Oxigraph's server, on the same KB, in the same run: bulk ingest, then the query set.

Both servers start empty on loopback (``oxigraph serve`` from PyPI ``oxigraph``; Debian's
``virtuoso-t`` through ``tests/virtuoso.py``, 1 GB of buffers). The same synthetic articles
(``bench/synth.py``, through the real mapping) are loaded into each with
:func:`kb.ingest.bulk_ingest`, as ``geokb ingest`` does: whole articles per request, one
transaction each (200,000 quads per request on Oxigraph, 20,000 on Virtuoso, whose
requests stop at 10 MB). Then every query of ``bench/queryset.py`` goes to each server's
SPARQL endpoint with the same client: 2 warm-up runs, median of 9, and the answer sizes,
which must agree.

Run: ``.venv/bin/python bench/virtuoso.py [articles]`` (default 200, about 250k quads;
780 is about 1M).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from queryset import busiest, queries
from synth import annotations

from kb.ingest import bulk_ingest
from kb.store import open_store
from kb.vocab import PREFIX_DECLARATIONS
from tests.conftest import free_port
from tests.virtuoso import virtuoso_server

BASE = "http://127.0.0.1:8000/id/"


def timed(client: httpx.Client, url: str, query: str, accept: str) -> tuple[float, int, bytes]:
    t = time.perf_counter()
    r = client.post(url, data={"query": query}, headers={"Accept": accept})
    return (time.perf_counter() - t) * 1000, r.status_code, r.content


def answer_size(body: bytes, accept: str) -> int:
    """Rows (JSON results) or triples (N-Triples): what both servers must agree on."""
    if accept == "application/n-triples":
        return sum(1 for line in body.splitlines() if line.strip() and not line.startswith(b"#"))
    import json

    answer = json.loads(body)
    return len(answer["results"]["bindings"]) if "results" in answer else int(answer["boolean"])


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 200
    work = Path(tempfile.mkdtemp(prefix="geokb-virtuoso-bench-"))
    oxigraph = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or "oxigraph"
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph, "serve", "--location", str(work / "ox"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with virtuoso_server(work / "virtuoso", memory_mb=1024) as virtuoso:
            ox_url = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(ox_url + "/query", params={"query": "ASK {}"}, timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            stores = {
                "oxigraph": open_store(ox_url),
                "virtuoso": open_store(virtuoso.url, backend="virtuoso", graphs=BASE + "graph/"),
            }
            endpoints = {"oxigraph": ox_url + "/query", "virtuoso": virtuoso.url}
            anns = list(annotations(n))
            print(f"{n} synthetic articles, loaded with bulk_ingest (as `geokb ingest` does):")
            for name, store in stores.items():
                t = time.perf_counter()
                report = bulk_ingest(store, anns, BASE)
                dt = time.perf_counter() - t
                print(
                    f"  {name:9} {report.quads_written:>9,} quads in {dt:6.1f} s: "
                    f"{report.quads_written / dt:>8,.0f} quads/s ({len(store):,} in the store)"
                )
            speaker, holder = busiest(stores["oxigraph"])
            head = f"{'query':30} {'kind':5} {'answer':>7} {'oxigraph ms':>11} {'virtuoso ms':>11} virt/ox"
            print("\n" + head)
            with httpx.Client(timeout=600) as client:
                for qname, (kind, q) in queries(speaker, holder).items():
                    query = PREFIX_DECLARATIONS + q
                    construct = q.lstrip().upper().startswith("CONSTRUCT")
                    accept = "application/n-triples" if construct else "application/sparql-results+json"
                    med, sizes = {}, {}
                    for name, url in endpoints.items():
                        for _ in range(2):
                            timed(client, url, query, accept)
                        runs = [timed(client, url, query, accept) for _ in range(9)]
                        bad = [status for _, status, _ in runs if status != 200]
                        if bad:
                            raise RuntimeError(f"{name} answered {bad[0]} to '{qname}': {runs[0][2][:300]!r}")
                        med[name] = statistics.median(ms for ms, _, _ in runs)
                        sizes[name] = answer_size(runs[0][2], accept)
                    same = "" if sizes["oxigraph"] == sizes["virtuoso"] else f"  DIFFERENT: {sizes}"
                    o, v = med["oxigraph"], med["virtuoso"]
                    size = sizes["oxigraph"]
                    print(f"{qname:30} {kind:5} {size:>7,} {o:>11.1f} {v:>11.1f} {v / o:>7.2f}{same}")
            for store in stores.values():
                store.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

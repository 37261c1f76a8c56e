"""What growth costs: one store grown to 1k, 10k and 100k synthetic articles, measured at each.

At each size it prints the quads, the ingest time of that step (``bulk_ingest``: map and
write in all-or-nothing batches) and its quads/s, the store's size on disk, the median
latency of each query of the API benchmark's fixed set run in-process (``Store.query``,
results read to the end), and the alignment analysis: reading the ties, building the signed
graph, clustering it, with the analysis process's peak memory. The ingest's own peak memory
is the main process's (it does nothing else); queries and analysis run in a fresh process
per size so that each peak is its own.

    python bench/growth.py [--sizes 1000,10000,100000] [--runs 5] [--dir DIR]

Articles come from ``bench/synth.py`` (3,000 actors, Zipf mentions, 10-20 claims each).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from queryset import busiest, queries
from synth import annotations

from kb.ingest import bulk_ingest
from kb.store import OxigraphStore

BASE = "http://127.0.0.1:8000/id/"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


QUERY_LIMIT = 300.0
"""Seconds one run of one query may take; a slower one is stopped and reported as '> 300 s'."""


def _time_query(path: str, q: str, runs: int, out) -> None:
    store = OxigraphStore(Path(path), read_only=True)
    times: list[float] = []
    while len(times) < runs and sum(times) < 20:  # a query that takes 20 s is timed once or twice
        t = time.perf_counter()
        for _row in store.query(q):
            pass
        times.append(time.perf_counter() - t)
    out.put((statistics.median(times) * 1000, peak_mb()))


def measure(path: Path, runs: int) -> dict:
    """Queries (each in its own process, with a time limit), then the alignment analysis."""
    import multiprocessing as mp

    from kb.analysis.clusters import signed_clusters
    from kb.analysis.evidence import load_alignment_input
    from kb.analysis.graph import alignment_graph

    store = OxigraphStore(path, read_only=True)
    speaker, holder = busiest(store)
    latency: dict[str, float | None] = {}
    query_mb = 0.0
    ctx = mp.get_context("spawn")
    for name, (_kind, q) in queries(speaker, holder).items():
        out = ctx.Queue()
        proc = ctx.Process(target=_time_query, args=(str(path), q, runs, out))
        proc.start()
        proc.join(QUERY_LIMIT + 30)  # the first run past the limit ends it
        if proc.is_alive():
            proc.kill()
            proc.join()
            latency[name] = None
        else:
            ms, mb = out.get()
            latency[name] = ms
            query_mb = max(query_mb, mb)
    t = time.perf_counter()
    data = load_alignment_input(store)
    load = time.perf_counter() - t
    t = time.perf_counter()
    G = alignment_graph(data)
    build = time.perf_counter() - t
    t = time.perf_counter()
    clustering = signed_clusters(G)
    cluster = time.perf_counter() - t
    return {
        "latency_ms": latency,
        "ties": len(data.ties),
        "actors": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "clusters": len(clustering.clusters),
        "load_s": load,
        "build_s": build,
        "cluster_s": cluster,
        "peak_mb": peak_mb(),
        "query_peak_mb": query_mb,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--dir", help="where the store grows (default: a temporary directory)")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.runs)))
        return 0

    work = Path(args.dir or tempfile.mkdtemp(prefix="geokb-growth-"))
    path = work / "store"
    done = 0
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        store = OxigraphStore(path)
        t = time.perf_counter()
        last = [t]

        def progress(report, n=n, t=t, last=last, done=done) -> None:
            if time.perf_counter() - last[0] > 30:
                last[0] = time.perf_counter()
                rate = len(report.articles) / (last[0] - t)
                print(f"... {done + len(report.articles):,}/{n:,} articles, {rate:.0f}/s", file=sys.stderr)

        report = bulk_ingest(store, annotations(n - done, start=done), BASE, progress=progress)
        ingest_s = time.perf_counter() - t
        quads = len(store)
        store.close()
        done = n
        out = subprocess.run(
            [sys.executable, __file__, "--measure", str(path), "--runs", str(args.runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        m = json.loads(out.stdout.splitlines()[-1])
        rows.append((n, quads, report.quads_written, ingest_s, disk_mb(path), peak_mb(), m))
        print(f"... {n:,} articles measured: {json.dumps(rows[-1][:6])} {json.dumps(m)}", file=sys.stderr)

    print(f"store grown in {path}")
    print(
        f"{'articles':>8} {'quads':>11} {'ingest s':>9} {'quads/s':>8} {'disk MB':>8} {'ingest MB':>9}"
        f" {'ties':>9} {'edges':>8} {'load s':>7} {'graph s':>7} {'cluster s':>9} {'analysis MB':>11}"
    )
    for n, quads, written, secs, disk, ingest_mb, m in rows:
        print(
            f"{n:>8,} {quads:>11,} {secs:>9.1f} {written / secs:>8,.0f} {disk:>8.0f} {ingest_mb:>9.0f}"
            f" {m['ties']:>9,} {m['edges']:>8,} {m['load_s']:>7.1f} {m['build_s']:>7.1f}"
            f" {m['cluster_s']:>9.1f} {m['peak_mb']:>11.0f}"
        )
    names = list(rows[0][-1]["latency_ms"])
    print(f"\nmedian query latency in-process, ms (of {args.runs} runs, fewer for a query past 20 s)")
    print(f"{'query':32}" + "".join(f" {n:>10,}" for n, *_ in rows))
    for name in names:
        cells = [r[-1]["latency_ms"][name] for r in rows]
        print(f"{name:32}" + "".join(f" {c:>10.1f}" if c is not None else f" {'> 300 s':>10}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())

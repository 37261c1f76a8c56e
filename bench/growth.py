"""What growth costs: one store grown to 1k, 10k and 100k synthetic articles, measured at each.

At each size it prints the quads, the ingest time of that step (``bulk_ingest``: read,
check, map in worker processes, bulk-load in batches) and its quads/s, and against it the
time pyoxigraph's ``bulk_load`` takes for the N-Quads of the same articles into a peer
store grown the same way (same run, same machine: the floor), the store's size on disk,
the ingest's peak memory (the writing process alone, and the sum over it and its workers,
sampled), the median latency of each query of the API benchmark's fixed set run
in-process (``Store.query``, results read to the end), and the alignment analysis: reading
the ties, building the signed graph, clustering it, with the analysis process's peak
memory. Every step runs in a fresh process, so each peak is that step's own.

    python bench/growth.py [--sizes 1000,10000,100000] [--runs 5] [--dir DIR] [--no-peer]

Articles come from ``bench/synth.py`` (3,000 actors, Zipf mentions, 10-20 claims each).
The peer doubles the disk used; ``--no-peer`` leaves it out.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from queryset import busiest, queries
from synth import annotations

from kb.ingest import bulk_ingest, prepare_articles
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


class TreePeak:
    """The peak of the summed RSS of this process and its descendants (the ingest's workers), sampled."""

    def __init__(self, every: float = 0.2) -> None:
        self.mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)

    def _run(self, every: float) -> None:
        try:
            import psutil
        except ImportError:  # no sampling: the writing process's own peak is still reported
            return
        me = psutil.Process()
        while not self._stop.wait(every):
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):  # a worker that just ended
                    total += proc.memory_info().rss
            self.mb = max(self.mb, total / 2**20)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def ingest_step(path: Path, start: int, n: int) -> dict:
    """Grow the store by articles ``start`` to ``start + n``, in this (fresh) process."""
    store = OxigraphStore(path)
    t = time.perf_counter()
    last = [t]

    def progress(report) -> None:
        if time.perf_counter() - last[0] > 30:
            last[0] = time.perf_counter()
            rate = len(report.articles) / (last[0] - t)
            print(f"... {start + len(report.articles):,} articles, {rate:.0f}/s", file=sys.stderr)

    with TreePeak() as tree:
        report = bulk_ingest(store, annotations(n, start=start), BASE, progress=progress)
        secs = time.perf_counter() - t
    quads = len(store)
    store.close()
    return {"s": secs, "written": report.quads_written, "quads": quads, "mb": peak_mb(), "tree_mb": tree.mb}


def write_nquads(out: Path, start: int, n: int) -> dict:
    """The N-Quads of the same articles (mapped in parallel, as the ingest maps them): the peer's input."""
    quads = 0
    with open(out, "wb") as f:
        for done in prepare_articles(annotations(n, start=start), BASE):
            f.write(done.nquads)  # type: ignore[union-attr]  # synthetic articles never fail
            quads += done.quads  # type: ignore[union-attr]
    return {"quads": quads}


def peer_step(path: Path, data: Path) -> dict:
    """pyoxigraph's own ``bulk_load`` of ``data`` into the peer store, timed."""
    import pyoxigraph as ox

    store = ox.Store(str(path))
    t = time.perf_counter()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    secs = time.perf_counter() - t
    store.flush()
    return {"s": secs, "mb": peak_mb()}


def _run(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{' '.join(args[:1])} failed:\n{out.stderr}")
    return json.loads(out.stdout.splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--dir", help="where the store grows (default: a temporary directory)")
    p.add_argument(
        "--no-peer", action="store_true", help="leave out pyoxigraph's bulk_load of the same quads"
    )
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--step", nargs=4, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.runs)))
        return 0
    if args.step:
        kind, path, start, n = args.step
        if kind == "ingest":
            print(json.dumps(ingest_step(Path(path), int(start), int(n))))
        elif kind == "nquads":
            print(json.dumps(write_nquads(Path(path), int(start), int(n))))
        else:
            print(json.dumps(peer_step(Path(path), Path(start))))
        return 0

    work = Path(args.dir or tempfile.mkdtemp(prefix="geokb-growth-"))
    work.mkdir(parents=True, exist_ok=True)
    path, peer = work / "store", work / "peer"
    done = 0
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        peer_s = None
        if not args.no_peer:
            data = work / "step.nq"
            _run("--step", "nquads", str(data), str(done), str(n - done))
            peer_s = _run("--step", "peer", str(peer), str(data), "0")["s"]
            data.unlink()
        step = _run("--step", "ingest", str(path), str(done), str(n - done))
        done = n
        m = _run("--measure", str(path), "--runs", str(args.runs))
        rows.append((n, step, peer_s, disk_mb(path), m))
        print(f"... {n:,} articles measured: {json.dumps(rows[-1][1:4])} {json.dumps(m)}", file=sys.stderr)

    print(f"store grown in {path}")
    print(
        f"{'articles':>8} {'quads':>11} {'ingest s':>9} {'quads/s':>8} {'bulk_load s':>11} {'ratio':>6}"
        f" {'disk MB':>8} {'ingest MB':>9} {'+workers':>8}"
        f" {'ties':>9} {'edges':>8} {'load s':>7} {'graph s':>7} {'cluster s':>9} {'analysis MB':>11}"
    )
    for n, step, peer_s, disk, m in rows:
        peer = f"{peer_s:>11.1f} {step['s'] / peer_s:>6.2f}" if peer_s else f"{'-':>11} {'-':>6}"
        print(
            f"{n:>8,} {step['quads']:>11,} {step['s']:>9.1f} {step['written'] / step['s']:>8,.0f} {peer}"
            f" {disk:>8.0f} {step['mb']:>9.0f} {step['tree_mb']:>8.0f}"
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

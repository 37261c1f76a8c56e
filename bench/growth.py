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
    python bench/growth.py --measure-only DIR [DIR ...] [--runs 5]

``--measure-only`` grows nothing: it measures stores already grown (each in fresh
processes, smallest first) as the service meets them (:func:`serve_phase`), and prints
each figure with its growth per 10x articles. It writes into each store: a write stamp
if it has none, the tie index saved beside it (``.{store}.tie-index/``), the articles it
posts (deleted again at the end) and the runs those writes record. Measure a copy of a
store that must not change.

Articles come from ``bench/synth.py`` (3,000 actors, Zipf mentions, 10-20 claims each).
The peer doubles the disk used; ``--no-peer`` leaves it out.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from queryset import busiest, queries
from synth import annotations

from kb.ingest import bulk_ingest, prepare_articles
from kb.store import OxigraphStore

BASE = "http://127.0.0.1:8000/id/"
DATED = date(2024, 1, 1)
PER_DAY = 100
"""Articles are dated from DATED, PER_DAY a day (100k articles span 1,000 days): a 30-day
window of the time questions then holds 3,000 articles at any size from 3k on."""


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
        arts = annotations(n, start=start, dated=DATED, per_day=PER_DAY)
        report = bulk_ingest(store, arts, BASE, progress=progress)
        secs = time.perf_counter() - t
    quads = len(store)
    store.close()
    return {"s": secs, "written": report.quads_written, "quads": quads, "mb": peak_mb(), "tree_mb": tree.mb}


def write_nquads(out: Path, start: int, n: int) -> dict:
    """The N-Quads of the same articles (mapped in parallel, as the ingest maps them): the peer's input."""
    quads = 0
    with open(out, "wb") as f:
        for done in prepare_articles(annotations(n, start=start, dated=DATED, per_day=PER_DAY), BASE):
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


# -- --measure-only: what the service costs over a store already grown ---------------------------

TIME_LIMIT = 300.0
"""Seconds a time question (windowed /clusters, a timeline) may take before it is reported as '> 300 s'."""


def start_phase(path: Path) -> dict:
    """The service's first read of the tie index and clustering (saved beside the store, or every article)."""
    from kb.analysis.live import LiveAlignment

    store = OxigraphStore(path)
    live = LiveAlignment(store, BASE, background=False)
    t = time.perf_counter()
    state = live.state()
    secs = time.perf_counter() - t
    out = {"s": secs, "from": live.started_from, "articles": len(state.index.articles)}
    out |= {"ties": state.index.tie_count, "actors": len(state.index.named_by), "mb": peak_mb()}
    store.close()
    return out


def serve_phase(path: Path, runs: int) -> dict:
    """POST /articles (new, replaced), /actors/{id}/aligned, a full rebuild from the index, time questions.

    Through the whole request path (FastAPI's TestClient over the store). Each new article
    is deleted again at the end (through the live alignment, as a write). The background
    full recompute a write starts is awaited before the next write, so each is timed alone.
    """
    from fastapi.testclient import TestClient

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # api, the package
    from synth import articles

    from api.app import create_app
    from kb.analysis.live import full_alignment
    from kb.ingest import parse_submission
    from kb.repository import delete_article
    from kb.settings import Settings

    store = OxigraphStore(path)
    app = create_app(Settings(base_iri=BASE, token="bench", access_log=False), store)
    live = app.state.live
    headers = {"Authorization": "Bearer bench"}
    out: dict = {}
    with TestClient(app) as client:
        t = time.perf_counter()
        state = live.state()
        out["start_s"], out["start_from"] = time.perf_counter() - t, live.started_from
        steps = out["mb_steps"] = {"start": peak_mb()}  # the peak so far after each step: which one sets it
        n = len(state.index.articles)
        posted = list(articles(runs, start=30_000_000 + n))  # IDs no grown store holds
        new, replaced, background = [], [], []
        for times in (new, replaced):
            for data, text in posted:
                t = time.perf_counter()
                r = client.post("/articles", json={"annotation": data, "text": text}, headers=headers)
                times.append(time.perf_counter() - t)
                if r.status_code != 200:
                    raise SystemExit(f"POST /articles: {r.status_code} {r.text[:300]}")
                t = time.perf_counter()
                live.wait()
                background.append(time.perf_counter() - t)
        out["post_new_ms"] = statistics.median(new) * 1000
        out["post_replace_ms"] = statistics.median(replaced) * 1000
        out["background_s"] = statistics.median(background)
        out["warm_s"] = live.warmed  # the caches warmed after the start, during the writes (None: not yet)
        steps["writes"] = peak_mb()

        index = live.index
        busiest = max(index.adjacency, key=lambda a: (len(index.adjacency[a]), a))
        aid = busiest.rsplit("/", 1)[1]
        times = []
        for _ in range(max(runs, 5)):
            t = time.perf_counter()
            r = client.get(f"/actors/{aid}/aligned", params={"limit": 20})
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, r.text
        out["aligned_ms"] = statistics.median(times) * 1000
        out["aligned_first_ms"] = times[0] * 1000  # the first after a start (caches warmed meanwhile)
        out["aligned_actor"] = aid
        steps["aligned"] = peak_mb()

        t = time.perf_counter()
        data = index.input()
        full_alignment(data, index.weights)
        out["rebuild_s"] = time.perf_counter() - t
        steps["rebuild"] = peak_mb()
        out["time"] = time_questions(client, state.index, aid)
        steps["time"] = peak_mb()

        for data, _text in posted:  # the store's articles as they were
            with live.writing:
                delete_article(store, BASE, data["article"]["id"])
                live.deleted(parse_submission(data, _text).article.id)
        live.wait()
        steps["cleanup"] = peak_mb()  # the deletes, each with its background recompute
    live.close()
    store.close()
    out["mb"] = peak_mb()
    return out


def time_questions(client, index, actor: str) -> dict:  # type: ignore[no-untyped-def]
    """A windowed /clusters and /actors/{id}/timeline (issue 18), each within :data:`TIME_LIMIT`.

    The hook for the time routes: whatever they read (the tie index, or the store), this
    times them as a client sees them, over the last 30 days of dated articles.
    """
    dates = sorted({ev.ties[0].date for ev in index.articles.values() if ev.ties and ev.ties[0].date})
    if not dates:
        return {"clusters_window_ms": None, "timeline_ms": None, "note": "no dated article"}
    from datetime import timedelta

    until = date.fromisoformat(dates[-1])
    since = until - timedelta(days=30)
    asks = {
        "clusters_window_ms": ("/clusters", {"since": since.isoformat(), "until": until.isoformat()}),
        "timeline_ms": (f"/actors/{actor}/timeline", {"period": "week", "since": since.isoformat()}),
    }
    out: dict = {}
    for name, (url, params) in asks.items():
        result: dict = {}

        def ask(url=url, params=params, result=result) -> None:  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            r = client.get(url, params=params)
            result["ms"], result["status"] = (time.perf_counter() - t) * 1000, r.status_code

        worker = threading.Thread(target=ask, daemon=True)
        worker.start()
        worker.join(TIME_LIMIT)
        if worker.is_alive():
            out[name] = None  # past the limit; the request goes on in the background until the process ends
            break
        out[name] = result["ms"] if result["status"] == 200 else f"HTTP {result['status']}"
    return out


def _per_10x(a: float | None, b: float | None, n_a: int, n_b: int) -> str:
    """How much a figure grows per 10x articles, from two stores' figures."""
    import math

    if not a or not b or not isinstance(a, float | int) or not isinstance(b, float | int) or n_b <= n_a:
        return "-"
    return f"x{(b / a) ** (1 / math.log10(n_b / n_a)):.2f}"


def _cell(c: object) -> str:
    """A figure, or what stood in for it (past the time limit: None; an error's status)."""
    return f" {c:>13.1f}" if isinstance(c, float | int) else f" {c or '> 300 s'!s:>13}"


def measure_only(dirs: list[str], runs: int) -> int:
    """Measure each store (fresh processes: two starts, then the service's figures) and print the table."""
    rows = []
    for d in dirs:
        path = Path(d)
        first = _run("--phase", "start", str(path))
        second = _run("--phase", "start", str(path))
        serve = _run("--phase", "serve", str(path), "--runs", str(runs))
        rows.append((path, first, second, serve))
        print(f"... {path}: {json.dumps(first)} {json.dumps(second)} {json.dumps(serve)}", file=sys.stderr)
    rows.sort(key=lambda r: r[1]["articles"])
    cols = [
        ("first start s", lambda f, s, v: f["s"]),
        ("start s", lambda f, s, v: s["s"]),
        ("start MB", lambda f, s, v: s["mb"]),
        ("POST new ms", lambda f, s, v: v["post_new_ms"]),
        ("POST repl ms", lambda f, s, v: v["post_replace_ms"]),
        ("bg full s", lambda f, s, v: v["background_s"]),
        ("warm s", lambda f, s, v: v.get("warm_s")),
        ("aligned ms", lambda f, s, v: v["aligned_ms"]),
        ("aligned1st ms", lambda f, s, v: v.get("aligned_first_ms")),
        ("rebuild s", lambda f, s, v: v["rebuild_s"]),
        ("serve MB", lambda f, s, v: v["mb"]),
        ("window ms", lambda f, s, v: v["time"].get("clusters_window_ms")),
        ("timeline ms", lambda f, s, v: v["time"].get("timeline_ms")),
    ]
    print(f"{'articles':>9} {'ties':>10} {'first from':>11}" + "".join(f" {c:>13}" for c, _ in cols))
    for _path, f, s, v in rows:
        cells = [_cell(get(f, s, v)) for _, get in cols]
        print(f"{f['articles']:>9,} {f['ties']:>10,} {f['from']:>11}" + "".join(cells))
    for (_pa, fa, sa, va), (_pb, fb, sb, vb) in itertools.pairwise(rows):
        na, nb = fa["articles"], fb["articles"]
        growth = [_per_10x(get(fa, sa, va), get(fb, sb, vb), na, nb) for _, get in cols]
        print(f"{'per 10x':>9} {f'{na:,}->{nb:,}':>22}" + "".join(f" {g:>13}" for g in growth))
    print("\nserve MB: the peak so far after each step")
    for _path, f, _s, v in rows:
        steps = v.get("mb_steps", {})
        print(f"{f['articles']:>9,} " + "  ".join(f"{k} {mb:,.0f}" for k, mb in steps.items()))
    return 0


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
    p.add_argument("--measure-only", nargs="+", metavar="DIR", help="measure stores already grown")
    p.add_argument("--phase", nargs=2, help=argparse.SUPPRESS)
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--step", nargs=4, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.phase:
        phase, where = args.phase
        result = start_phase(Path(where)) if phase == "start" else serve_phase(Path(where), args.runs)
        print(json.dumps(result), flush=True)
        os._exit(0)  # a time question past its limit may still run in a thread
    if args.measure_only:
        return measure_only(args.measure_only, args.runs)
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

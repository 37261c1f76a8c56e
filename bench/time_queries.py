"""Latency of the questions over time, served from the tie index, on stores of growing size.

For each store (grown by ``bench/growth.py``: dated synthetic articles, 100 a day), through
the API in-process (the service's own app over the store, opened read-only):

- *index load*: what the service reads once at start (the tie index and the default
  alignment, :class:`~kb.analysis.live.LiveAlignment`), and then the date-sorted view of the
  index's articles (:class:`~kb.analysis.timeline.DateView`; built with the index since, so
  this times only a catch-up), each timed on its own;
- ``/clusters?since&until``: the alignment of a 30-day window, five different windows spread
  over the store's span, each asked for the first time (nothing from the cache): the median,
  and a repeat of one (the window's clustering kept per index version);
- ``/actors/{id}/timeline``: the busiest actor (the most stances, by it and toward it), by
  month, five times (timelines are not cached): the median;
- with ``--peer``, the store-based path the index replaces, in the same run: one full read of
  the ties (what the first windowed question paid), then the same windows cut from every tie
  read (:func:`~kb.analysis.alignment.align_input`) and the same timeline
  (:func:`~kb.analysis.timeline.timeline_of`), with the ratio of each per-request median.

Then each figure's growth per 10x articles from one store to the next.

    python bench/time_queries.py --store /work/grow/s1k --store /work/grow/s10k [--peer]
    python bench/time_queries.py --synthetic 1000   # a dated synthetic KB built in memory first
    python bench/time_queries.py --index /work/grow/.s100k.tie-index/index.pickle [--profile]

With ``--index``, a saved tie index (:mod:`kb.analysis.persist`'s snapshot, read as the service
reads it, no store opened) and exactly what ``bench/growth.py --phase serve`` asks over HTTP,
minus HTTP: the window of the last 30 days of dated articles
(:func:`~kb.analysis.drift.window_alignment`, uncached, and the route's answer encoded as
FastAPI encodes it), and the timeline by week since that window's start of the actor with the
most neighbours (:meth:`~kb.analysis.index.TieIndex.timeline`): wall and CPU medians of
``RUNS``, and with ``--profile`` where one of each spends its time (cProfile, top functions).

Prints milliseconds (medians) and seconds (loads).
"""

from __future__ import annotations

import argparse
import itertools
import math
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # bench/api.py is not the service's api

from fastapi.testclient import TestClient  # noqa: E402

from api.app import create_app  # noqa: E402
from kb.analysis.alignment import align_input  # noqa: E402
from kb.analysis.evidence import load_alignment_input  # noqa: E402
from kb.analysis.index import TieIndex  # noqa: E402
from kb.analysis.timeline import timeline_of  # noqa: E402
from kb.settings import Settings  # noqa: E402
from kb.store import OxigraphStore, Store, open_store  # noqa: E402

BASE = "http://127.0.0.1:8000/id/"
RUNS = 5
WINDOW = 30


def ms(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def get(client: TestClient, path: str, params: dict | None = None) -> dict:
    r = client.get(path, params=params)
    assert r.status_code == 200, (path, params, r.status_code, r.text[:300])
    return r.json()


def busiest(index: TieIndex) -> tuple[str, int]:
    """The actor with the most stances, by it and toward it, and how many."""
    actor = max(sorted(set(index.stances) | set(index.held)), key=lambda a: stances_of(index, a))
    return actor, stances_of(index, actor)


def stances_of(index: TieIndex, actor: str) -> int:
    """How many stances ``actor`` takes and is the target of."""
    mine = sum(len(ts) for ts in index.stances.get(actor, {}).values())
    return mine + sum(len(index.stances[h][actor]) for h in index.held.get(actor, ()) if h != actor)


def spread(first: date, last: date, n: int) -> list[tuple[date, date]]:
    """``n`` different 30-day windows spread over first..last (overlapping when the span is short)."""
    room = max(0, (last - first).days - WINDOW + 1)
    starts = sorted({first + timedelta(days=round(room * (k + 0.5) / n)) for k in range(n)})
    k = 1
    while len(starts) < n:  # a span shorter than n days: windows that differ in their end instead
        starts.append(first - timedelta(days=k))
        k += 1
    return [(lo, lo + timedelta(days=WINDOW - 1)) for lo in starts]


def measure(store: Store, *, peer: bool) -> dict:
    app = create_app(Settings(base_iri=BASE, access_log=False, query_workers=0), store)
    out: dict = {}
    with TestClient(app) as client:
        live = app.state.live
        out["load_s"] = ms(live.state) / 1000
        index = live.index
        out["view_s"] = ms(lambda: index.dated.sync(index.articles, index.version)) / 1000
        out["articles"] = len(index.articles)
        out["ties"] = len(index.lines)
        span = index.span()
        assert span is not None, "an undated store: nothing to window"
        windows = spread(*span, RUNS)
        times, sizes = [], []
        for lo, hi in windows:
            params = {"since": lo.isoformat(), "until": hi.isoformat()}
            t = time.perf_counter()
            body = get(client, "/clusters", params)
            times.append((time.perf_counter() - t) * 1000)
            sizes.append(body["ties"])
        out["window_ms"] = statistics.median(times)
        out["window_ties"] = statistics.median(sizes)
        lo, hi = windows[0]
        out["window_cached_ms"] = ms(
            lambda: get(client, "/clusters", {"since": lo.isoformat(), "until": hi.isoformat()})
        )
        actor, n = busiest(index)
        out["actor"], out["actor_stances"] = actor, n
        rel = actor.removeprefix(f"{BASE}actor/")
        out["timeline_ms"] = statistics.median(
            ms(lambda: get(client, f"/actors/{rel}/timeline", {"period": "month"})) for _ in range(RUNS)
        )
    if peer:
        t = time.perf_counter()
        read = load_alignment_input(store)
        out["peer_read_s"] = time.perf_counter() - t
        out["peer_window_ms"] = statistics.median(
            ms(lambda lo=lo, hi=hi: align_input(read, since=lo, until=hi)) for lo, hi in windows
        )
        out["peer_timeline_ms"] = statistics.median(
            ms(lambda: timeline_of(read, actor, period="month", limit=100)) for _ in range(RUNS)
        )
    return out


def synthetic(n: int) -> Store:
    from bench.synth import annotations
    from kb.ingest import bulk_ingest

    store = open_store("memory:")
    bulk_ingest(store, annotations(n, dated=date(2024, 1, 1), per_day=100), BASE)
    return store


def growth(a: float, b: float, n_a: int, n_b: int) -> str:
    """``b / a`` brought to a factor of 10 in articles."""
    if not a or not b or n_b <= n_a:
        return "-"
    return f"{(b / a) ** (1 / math.log10(n_b / n_a)):.2f}x"


def load_saved(path: Path) -> TieIndex:
    """The index of a saved snapshot, as :meth:`~kb.analysis.persist.IndexFile.read` reads it, its
    objects then frozen (``gc.freeze``) as the service freezes them (:meth:`LiveAlignment.state`)."""
    import gc
    import pickle

    from kb.analysis._gc import paused_gc

    with open(path, "rb") as f, paused_gc():
        index = pickle.load(f)["index"]
    gc.freeze()
    return index


def timed(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Milliseconds of wall and CPU time of one call."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000


def measure_index(path: Path, *, profile: bool) -> dict:
    """``growth.py``'s two time questions (``time_questions``) asked of a saved index in-process."""
    import cProfile
    import pstats

    from fastapi.encoders import jsonable_encoder

    from kb.analysis.drift import window_alignment
    from kb.analysis.params import AlignmentParams
    from kb.analysis.timeline import TIMELINE_LIMIT

    out: dict = {}
    t = time.perf_counter()
    index = load_saved(path)
    out["load_s"] = time.perf_counter() - t
    out["view_s"] = ms(lambda: index.dated.sync(index.articles, index.version)) / 1000
    out["articles"], out["ties"] = len(index.articles), index.tie_count
    dates = sorted({ev.ties[0].date for ev in index.articles.values() if ev.ties and ev.ties[0].date})
    until = date.fromisoformat(dates[-1])
    since = until - timedelta(days=30)
    actor = max(index.adjacency, key=lambda a: (len(index.adjacency[a]), a))  # as growth.py picks it
    params = AlignmentParams(since=since, until=until)

    def window() -> None:
        a, run = window_alignment(index, params)  # no cache: computed each time
        jsonable_encoder({"run": run, **a.summary()})

    def timeline() -> None:
        jsonable_encoder(index.timeline(actor, period="week", since=since, limit=TIMELINE_LIMIT))

    for name, fn in (("window", window), ("timeline", timeline)):
        fn()  # the first: what is built on first use
        runs = [timed(fn) for _ in range(RUNS)]
        out[f"{name}_ms"] = statistics.median(w for w, _ in runs)
        out[f"{name}_cpu_ms"] = statistics.median(c for _, c in runs)
        if profile:
            prof = cProfile.Profile()
            prof.runcall(fn)
            print(f"-- {name}: where the time goes", flush=True)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    out["window_ties"] = len(index.window(since, until).ties)
    out["actor"] = actor
    out["actor_stances"] = stances_of(index, actor)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", action="append", default=[], help="a store directory (opened read-only)")
    p.add_argument("--synthetic", type=int, action="append", default=[], help="N dated articles, in memory")
    p.add_argument("--peer", action="store_true", help="also time the store-based path (a full read)")
    p.add_argument("--index", type=Path, action="append", default=[], help="a saved index.pickle (read only)")
    p.add_argument("--profile", action="store_true", help="with --index: cProfile one of each question")
    args = p.parse_args()
    for path in args.index:
        m = measure_index(path, profile=args.profile)
        print(
            f"{path}: {m['articles']:,} articles, {m['ties']:,} ties; load {m['load_s']:.1f} s, date view "
            f"{m['view_s']:.2f} s; window of the last 30 days ({m['window_ties']:,} ties): median of {RUNS} "
            f"{m['window_ms']:.0f} ms (CPU {m['window_cpu_ms']:.0f}); timeline by week since then of "
            f"{m['actor'].rsplit('/', 1)[-1]} ({m['actor_stances']:,} stances in all): "
            f"{m['timeline_ms']:.0f} ms (CPU {m['timeline_cpu_ms']:.0f})",
            flush=True,
        )
    rows = []
    for where in [*args.store, *(f"synthetic:{n}" for n in args.synthetic)]:
        if where.startswith("synthetic:"):
            store = synthetic(int(where.partition(":")[2]))
        else:
            store = OxigraphStore(Path(where), read_only=True)
        try:
            m = measure(store, peer=args.peer)
        finally:
            store.close()
        rows.append((where, m))
        print(
            f"{where}: {m['articles']:,} articles, {m['ties']:,} ties; index load {m['load_s']:.1f} s, "
            f"date view {m['view_s']:.2f} s; /clusters 30-day window (median of {RUNS} new windows, "
            f"{m['window_ties']:,.0f} ties): {m['window_ms']:.0f} ms, cached {m['window_cached_ms']:.0f} ms; "
            f"/actors/{{id}}/timeline of {m['actor'].rsplit('/', 1)[-1]} ({m['actor_stances']:,} stances):"
            f" {m['timeline_ms']:.0f} ms",
            flush=True,
        )
        if args.peer:
            print(
                f"  peer, from the store: full read {m['peer_read_s']:.1f} s, then a window "
                f"{m['peer_window_ms']:.0f} ms (index/store {m['window_ms'] / m['peer_window_ms']:.2f}), "
                f"the timeline {m['peer_timeline_ms']:.0f} ms "
                f"(index/store {m['timeline_ms'] / m['peer_timeline_ms']:.2f})",
                flush=True,
            )
    cols = [
        ("load_s", "index load s"),
        ("view_s", "date view s"),
        ("window_ms", "window ms"),
        ("window_cached_ms", "cached ms"),
        ("timeline_ms", "timeline ms"),
    ]
    if args.peer:
        cols += [
            ("peer_read_s", "peer read s"),
            ("peer_window_ms", "peer win ms"),
            ("peer_timeline_ms", "peer tl ms"),
        ]
    if not rows:
        return 0
    print()
    print(f"{'articles':>20} {'ties':>10}" + "".join(f" {h:>13}" for _, h in cols))
    for _, m in rows:
        print(f"{m['articles']:>20,} {m['ties']:>10,}" + "".join(f" {m[k]:>13.2f}" for k, _ in cols))
    for (_, a), (_, b) in itertools.pairwise(rows):
        step = f"per 10x, {a['articles']:,}->{b['articles']:,}"
        print(
            f"{step:>20} {'':>10}"
            + "".join(f" {growth(a[k], b[k], a['articles'], b['articles']):>13}" for k, _ in cols)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

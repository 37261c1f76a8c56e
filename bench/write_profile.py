"""Where the time of one ``POST /articles`` goes, on a store that already holds N articles.

The soak (``bench/soak.py``) saw writes take a median 6 s on a growing store. This times
each step of one write the way :func:`kb.ingest.submit_article` does it, on an on-disk
store of N synthetic articles (``bench/synth.py``), for a new article and for a re-post
(a replace): parsing and checking the annotation, the mapping, the SHACL check, the
delete of the article's old graphs, the insert, the alignment refresh (reading the ties,
clustering, recording the run) and the snapshot the query workers open next.

Run: ``.venv/bin/python bench/write_profile.py [--articles 250] [--repeat 3]``; prints the
median seconds of each step and its share of the whole.

``--store PATH`` times the service's path instead (:func:`live_write`, what ``POST
/articles`` does now: the write with its stamp, the tie index's delta and journal, the
local re-clustering, the run recorded) over a store already grown (``bench/growth.py``),
for new articles (deleted again after) and re-posts. It writes into that store: use a copy.
Each step's wall time is printed with the writing thread's CPU time (``time.thread_time``:
the background recompute's thread is not counted); ``--profile`` splits the live step into
its functions under cProfile (which slows them: read the shares, not the seconds).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import articles

from kb.analysis.alignment import align_input, record_alignment
from kb.analysis.evidence import load_alignment_input
from kb.ingest import ingest_annotation, parse_submission
from kb.mapping import annotation_to_quads
from kb.repository import claim_base, delete_article, delete_article_update, replace_article
from kb.snapshots import Snapshots
from kb.store import OxigraphStore
from kb.updates import insert_data, triples_by_graph
from kb.validate import validate_quads

BASE = "http://127.0.0.1:8000/id/"


CPU = " (CPU)"
"""The suffix of a step's CPU time in ``times`` (the writing thread's own)."""


def _stepper(times: dict[str, float]):  # type: ignore[no-untyped-def]
    """``step(name, fn)``: calls ``fn`` and puts its wall time in ``times`` under ``name``, its CPU
    time (this thread's) under ``name + CPU``."""

    def step(name: str, fn):  # type: ignore[no-untyped-def]
        t, c = time.perf_counter(), time.thread_time()
        out = fn()
        times[name] = time.perf_counter() - t
        times[name + CPU] = time.thread_time() - c
        return out

    return step


def _prepared(step, store: OxigraphStore, data: dict, text: str):  # type: ignore[no-untyped-def]
    """The steps every write takes before it writes: parse, map, SHACL, the base; timed by ``step``."""
    ann = step("parse + check annotation", lambda: parse_submission(data, text))
    quads = step("map to RDF", lambda: annotation_to_quads(ann, BASE))
    step("SHACL check", lambda: validate_quads(quads))
    step("claim base", lambda: claim_base(store, BASE))
    return ann, quads


def one_write(store: OxigraphStore, snapshots: Snapshots, data: dict, text: str) -> dict[str, float]:
    """Each step of one write, timed."""
    times: dict[str, float] = {}
    step = _stepper(times)
    ann, quads = _prepared(step, store, data, text)
    step("delete old graphs", lambda: store.update(delete_article_update(BASE, ann.article.id)))
    step("insert", lambda: store.update(insert_data(triples_by_graph(quads))))
    tie_input = step("alignment: read ties", lambda: load_alignment_input(store))
    result = step("alignment: cluster", lambda: align_input(tie_input))
    step("alignment: record run", lambda: record_alignment(store, result, BASE))
    snapshots.invalidate()
    path = step("snapshot for workers", snapshots.acquire)
    snapshots.release(path)
    return times


LIVE_STEPS = {
    "article_evidence": "ties from the annotation",
    "put": "index delta",
    "_patch": "signed graph delta",
    "refine_clusters": "local re-clustering",
    "refine": "local re-clustering",
    "_journal": "stamp read + journal",
    "record_clustering": "run recorded",
}
"""Functions inside :meth:`LiveAlignment.written`, timed by the profiler (their cumulative time)."""


def live_write(store: OxigraphStore, live, data: dict, text: str, profile: bool = False) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Each step of one write through the live alignment (:func:`kb.ingest.write_submission`), timed."""
    import cProfile
    import pstats

    times: dict[str, float] = {}
    step = _stepper(times)
    ann, quads = _prepared(step, store, data, text)
    step("replace (with stamp)", lambda: replace_article(store, BASE, ann.article.id, quads))
    if not profile:
        step("live: delta, re-clustering", lambda: live.written(ann))
        live.wait()  # the background full recompute, not part of the write
        return times
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.runcall(live.written, ann)
    whole = time.perf_counter() - t
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    for (_file, _line, fn), (_cc, _nc, _tt, ct, _callers) in stats.items():
        if fn in LIVE_STEPS:
            times[f"live: {LIVE_STEPS[fn]}"] = times.get(f"live: {LIVE_STEPS[fn]}", 0.0) + ct
    times["live: the rest (profiled)"] = whole - sum(v for k, v in times.items() if k.startswith("live:"))
    live.wait()  # the background full recompute, not part of the write
    return times


def profile_store(path: Path, repeat: int, profile: bool = False) -> None:
    """:func:`live_write` over a store already grown: new articles, then re-posts of them; then deleted."""
    from kb.analysis.live import LiveAlignment

    store = OxigraphStore(path)
    live = LiveAlignment(store, BASE)
    t = time.perf_counter()
    index = live.index
    secs = time.perf_counter() - t
    print(f"{len(index.articles):,} articles; index read in {secs:.1f} s ({live.started_from})")
    posted = list(articles(repeat, start=40_000_000 + len(index.articles)))
    runs: dict[str, list] = {"new": [], "re-post": []}
    for kind in runs:
        for data, text in posted:
            with live.writing:
                runs[kind].append(live_write(store, live, data, text, profile))
    for data, text in posted:
        with live.writing:
            aid = parse_submission(data, text).article.id
            delete_article(store, BASE, aid)
            live.deleted(aid)
    live.close()
    store.close()
    _print(runs)


def _print(runs: dict[str, list]) -> None:
    import os

    print(f"load average {os.getloadavg()[0]:.2f}")
    for kind, samples in runs.items():
        medians = {name: statistics.median(s.get(name, 0.0) for s in samples) for name in samples[0]}
        walls = {k: v for k, v in medians.items() if not k.endswith(CPU)}
        whole = [sum(v for k, v in s.items() if not k.endswith(CPU)) for s in samples]
        cpu = [sum(v for k, v in s.items() if k.endswith(CPU)) for s in samples]
        total = sum(walls.values())
        print(
            f"\n{kind}: {statistics.median(whole):.3f} s in all, {statistics.median(cpu):.3f} s CPU"
            f" (medians of {len(samples)})"
        )
        for name, sec in walls.items():
            cpu_s = f"{medians[name + CPU]:7.3f} s CPU" if name + CPU in medians else ""
            print(f"  {name:<34} {sec:7.3f} s  {sec / total:6.1%} {cpu_s}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", type=Path, help="time the live path over this store (a copy: it writes)")
    parser.add_argument("--profile", action="store_true", help="with --store: the live step by function")
    args = parser.parse_args()
    if args.store:
        profile_store(args.store, args.repeat, args.profile)
        return
    corpus = list(articles(args.articles + args.repeat, actors=1500, seed=14))
    with tempfile.TemporaryDirectory(prefix="geokb-write-") as tmp:
        store = OxigraphStore(Path(tmp) / "db")
        t = time.perf_counter()
        for data, text in corpus[: args.articles]:
            ingest_annotation(store, parse_submission(data, text), BASE, shacl=False)
        print(f"{args.articles} articles, {len(store):,} quads, loaded in {time.perf_counter() - t:.0f} s")
        snapshots = Snapshots(store)
        runs = {"new": [], "re-post": []}
        for k in range(args.repeat):
            runs["new"].append(one_write(store, snapshots, *corpus[args.articles + k]))
            runs["re-post"].append(one_write(store, snapshots, *corpus[k * 7]))
        snapshots.close()
        store.close()
    _print(runs)


if __name__ == "__main__":
    main()

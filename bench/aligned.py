"""Co-alignment in the library: ``aligned`` and ``aligned_json`` over a saved tie index, split by step.

Reads a saved index (``.NAME.tie-index/index.pickle``, as :mod:`kb.analysis.persist` reads it),
then, for the busiest actor (most actors it shares a pair with, as ``bench/growth.py`` picks it)
and a few others down the list, times each step ``--runs`` times after one warm-up call (the
first call builds the caches a served index keeps between questions; the index's objects are
frozen out of the collector's sight, as the service freezes them):

* ``shared``: the shared-stance scores of every co-holder (``_shared``);
* ``aligned``: the ranked actors with their claims (:func:`~kb.analysis.index.aligned`);
* ``json``: :func:`~kb.analysis.index.aligned_json` (the answer in plain types);
* ``encode``: ``json.dumps`` of that answer (what the route sends), and its size in bytes.

Wall and CPU medians in ms. Usage::

    .venv/bin/python bench/aligned.py --index /path/.s100k.tie-index/index.pickle [--runs 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import statistics
import time
from collections.abc import Callable
from typing import Any

from kb.analysis import index as ix
from kb.analysis._gc import paused_gc


def _timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Median wall and CPU ms of ``runs`` calls of ``fn`` (after one warm-up call), and its last value."""
    out = fn()
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--index", required=True, help="a saved index.pickle")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--actors", type=int, default=4, help="how many actors (the busiest first)")
    p.add_argument("--limit", type=int, default=20)
    args = p.parse_args()

    t = time.perf_counter()
    with open(args.index, "rb") as f, paused_gc():
        index: ix.TieIndex = pickle.load(f)["index"]
    gc.freeze()  # as the service does after reading the index: its objects never scanned again
    took = time.perf_counter() - t
    print(f"loaded {len(index.articles):,} articles, {index.tie_count:,} ties in {took:.1f} s")
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    ranked = sorted(index.adjacency, key=lambda a: (-len(index.adjacency[a]), a))
    step = max(1, len(ranked) // 50)
    chosen = ranked[: step * args.actors : step][: args.actors]
    print(
        f"{'actor':<28} {'targets':>7} {'shared ms':>10} {'cpu':>6} {'aligned ms':>10} {'cpu':>6}"
        f" {'json ms':>8} {'cpu':>6} {'encode ms':>9} {'bytes':>10}"
    )
    for actor in chosen:
        targets = len(index.stance_weight.get(actor, {}))
        sw, sc, _ = _timed(lambda a=actor: ix._shared(index, a), args.runs)
        aw, ac, _ = _timed(lambda a=actor: ix.aligned(index, a, limit=args.limit), args.runs)
        jw, jc, answer = _timed(lambda a=actor: ix.aligned_json(index, a, limit=args.limit), args.runs)
        ew, _ec, body = _timed(
            lambda x=answer: json.dumps(x, ensure_ascii=False, separators=(",", ":")).encode(), args.runs
        )
        name = actor.rsplit("/", 1)[-1][:28]
        print(
            f"{name:<28} {targets:>7} {sw:>10.1f} {sc:>6.1f} {aw:>10.1f} {ac:>6.1f}"
            f" {jw:>8.1f} {jc:>6.1f} {ew:>9.1f} {len(body):>10,}"
        )
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")


if __name__ == "__main__":
    main()

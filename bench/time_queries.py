"""Latency of the questions over time on a dated synthetic KB, through the API in-process.

What it measures, on N synthetic articles (``bench/synth.py``, ten a day from 2024-01-01):

- ``/clusters?since=&until=``: the alignment of one 30-day window (a new window each time, so
  no answer comes from the cache; the store's ties are read once per store version and kept);
- ``/actors/{id}/timeline``: the most quoted actor's stances by month;
- ``/clusters/windows?window=30d&step=7d``: every window, camps and moves (once: it is cached);
- as the peer in the same run, ``/clusters`` over the whole KB (no window), first call.

Use: ``python bench/time_queries.py [N ...]`` (default 1000). Prints medians in milliseconds.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # bench/api.py is not the service's api

from fastapi.testclient import TestClient  # noqa: E402

from api.app import create_app  # noqa: E402
from bench.synth import Corpus, annotations  # noqa: E402
from kb.ingest import bulk_ingest  # noqa: E402
from kb.settings import Settings  # noqa: E402
from kb.store import open_store  # noqa: E402

BASE = "http://bench.test/id/"
START = date(2024, 1, 1)
REPEAT = 7


def timed(client: TestClient, path: str, params: dict | None = None) -> float:
    t = time.perf_counter()
    r = client.get(path, params=params)
    elapsed = (time.perf_counter() - t) * 1000
    assert r.status_code == 200, (path, r.status_code, r.text[:200])
    return elapsed


def run(n: int) -> None:
    store = open_store("memory:")
    t = time.perf_counter()
    report = bulk_ingest(store, annotations(n, dated=START, per_day=10), BASE)
    load = time.perf_counter() - t
    days = n // 10
    print(f"{n} articles over {days} days: loaded in {load:.1f} s ({report.claims} claims)")
    with TestClient(create_app(Settings(base_iri=BASE, access_log=False), store)) as client:
        whole = timed(client, "/clusters")  # reads every tie and clusters everything: the peer
        first = timed(
            client, "/clusters", {"since": START.isoformat(), "until": (START + timedelta(29)).isoformat()}
        )
        windows = []
        for k in range(1, REPEAT + 1):
            lo = START + timedelta(days=(k * 13) % max(1, days - 30))
            windows.append(
                timed(
                    client, "/clusters", {"since": lo.isoformat(), "until": (lo + timedelta(29)).isoformat()}
                )
            )
        actor = Corpus().pool[0].id  # the first of the Zipf ranking: the most mentioned actor
        timelines = [
            timed(client, f"/actors/{actor}/timeline", {"period": p}) for p in ("month", "week", "day") * 3
        ]
        drift = timed(client, "/clusters/windows", {"window": "30d", "step": "7d"})
    store.close()
    print(f"  /clusters (whole KB, first call, the peer): {whole:.0f} ms")
    print(f"  /clusters?since&until, first window (reads the ties once): {first:.0f} ms")
    print(
        f"  /clusters?since&until, a new 30-day window: median {statistics.median(windows):.0f} ms "
        f"(ratio to the whole KB: {statistics.median(windows) / whole:.2f})"
    )
    print(f"  /actors/{actor}/timeline: median {statistics.median(timelines):.0f} ms")
    print(f"  /clusters/windows?window=30d&step=7d ({max(1, (days - 30) // 7 + 2)} windows): {drift:.0f} ms")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [1000]:
        run(size)

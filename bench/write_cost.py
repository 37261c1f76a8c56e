"""What a write and a co-alignment question cost as the KB grows (issue 15, items 1-3).

A store is grown with ``bench/synth.py`` articles to each size, then the service runs over
it in-process (FastAPI's TestClient, the whole request path) and this prints, per size:

* ``index s``: the first read of the tie index and the full alignment (once per process);
* ``POST`` median: ``POST /articles`` of a new synthetic article (the article written with
  its tie graph, the index updated by its delta, local re-clustering, the run recorded),
  the background full recompute awaited between posts so each post is timed alone;
* ``bg full s``: that background recompute (from the index, no store read), median;
* ``old POST s``: in the same run, the previous path (``submit_article`` without the live
  alignment: the whole KB read and clustered in the request), once;
* ``aligned`` median: ``GET /actors/{id}/aligned?limit=20`` for the busiest actors and
  random ones;
* ``rebuild s``: ``geokb clusters --record --full``'s work (every tie graph re-derived,
  index re-read, clustering from scratch, recorded).

    python bench/write_cost.py [--sizes 1000,10000] [--posts 7] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repo before bench/: api is the package
from fastapi.testclient import TestClient
from synth import annotations, articles

from api.app import create_app
from kb.ingest import bulk_ingest, submit_article
from kb.settings import Settings
from kb.store import OxigraphStore

BASE = "http://127.0.0.1:8000/id/"
TOKEN = "bench"


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def measure(path: Path, n: int, posts: int, asks: int) -> dict:
    store = OxigraphStore(path)
    app = create_app(Settings(base_iri=BASE, token=TOKEN, access_log=False), store)
    live = app.state.live
    out: dict = {}
    with TestClient(app) as client:
        t = time.perf_counter()
        live.state()
        out["index_s"] = time.perf_counter() - t
        headers = {"Authorization": f"Bearer {TOKEN}"}
        post, bg = [], []
        for data, text in articles(posts, start=10_000_000 + n):  # IDs no grown store holds
            t = time.perf_counter()
            r = client.post("/articles", json={"annotation": data, "text": text}, headers=headers)
            post.append(time.perf_counter() - t)
            assert r.status_code == 200, r.text
            t = time.perf_counter()
            live.wait()
            bg.append(time.perf_counter() - t)
        out["post_ms"] = _median_ms(post)
        out["post_max_ms"] = max(post) * 1000
        out["bg_full_s"] = statistics.median(bg)
        out["status"] = live.status()

        index = live.index
        busiest = sorted(index.adjacency, key=lambda a: -len(index.adjacency[a]))[:asks]
        rng = random.Random(0)
        some = rng.sample(sorted(index.infos), min(asks, len(index.infos)))
        times = []
        for actor in busiest + some:
            aid = actor.rsplit("/", 1)[1]
            t = time.perf_counter()
            r = client.get(f"/actors/{aid}/aligned", params={"limit": 20})
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, r.text
        out["aligned_ms"] = _median_ms(times)
        out["aligned_busiest_ms"] = _median_ms(times[: len(busiest)])
        out["aligned_max_ms"] = max(times) * 1000

        t = time.perf_counter()
        live.full()
        out["rebuild_s"] = time.perf_counter() - t
    ((data, text),) = articles(1, start=20_000_000 + n)
    t = time.perf_counter()
    submit_article(store, {"annotation": data, "text": text}, BASE)  # the old path: full read in the request
    out["old_post_s"] = time.perf_counter() - t
    out["quads"] = len(store)
    store.close()
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--posts", type=int, default=7)
    p.add_argument("--asks", type=int, default=10, help="busiest actors asked, and as many random ones")
    p.add_argument("--dir", help="where the store grows (default: a temporary directory)")
    p.add_argument(
        "--store",
        action="append",
        metavar="N:PATH",
        help="measure a store already grown to N articles instead",
    )
    args = p.parse_args()
    rows = []
    for spec in args.store or ():
        n, _, where = spec.partition(":")
        m = measure(Path(where), int(n), args.posts, args.asks)
        rows.append((int(n), 0.0, m))
        print(f"... {int(n):,} articles: {m}", file=sys.stderr, flush=True)
    work = Path(args.dir or tempfile.mkdtemp(prefix="geokb-write-cost-"))
    path = work / "store"
    done = 0
    for n in (int(s) for s in args.sizes.split(",") if s and not args.store):
        store = OxigraphStore(path)
        t = time.perf_counter()
        bulk_ingest(store, annotations(n - done, start=done), BASE)
        ingest_s = time.perf_counter() - t
        store.close()
        done = n
        m = measure(path, n, args.posts, args.asks)
        rows.append((n, ingest_s, m))
        print(f"... {n:,} articles: ingest {ingest_s:.0f} s, {m}", file=sys.stderr, flush=True)
    if not args.store:
        print(f"store grown in {path}")
    print(
        f"{'articles':>8} {'quads':>11} {'index s':>8} {'POST ms':>8} {'POST max':>8} {'bg full s':>9}"
        f" {'old POST s':>10} {'aligned ms':>10} {'busiest ms':>10} {'rebuild s':>9}"
    )
    for n, _ingest, m in rows:
        print(
            f"{n:>8,} {m['quads']:>11,} {m['index_s']:>8.1f} {m['post_ms']:>8.0f} {m['post_max_ms']:>8.0f}"
            f" {m['bg_full_s']:>9.1f} {m['old_post_s']:>10.1f} {m['aligned_ms']:>10.1f}"
            f" {m['aligned_busiest_ms']:>10.1f} {m['rebuild_s']:>9.1f}"
        )
    if len(rows) > 1:
        (a, _, ma), (b, _, mb) = rows[0], rows[-1]
        print(
            f"growth {a:,} -> {b:,}: POST x{mb['post_ms'] / ma['post_ms']:.2f}, "
            f"aligned x{mb['aligned_ms'] / ma['aligned_ms']:.2f}, "
            f"old POST x{mb['old_post_s'] / ma['old_post_s']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

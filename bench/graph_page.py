"""How fast the graph page draws in headless Chromium, at 100, 1,000 and 2,000 actors.

For each size: the time to build the page's data on the server (alignment -> pyvis records ->
layout), the HTML's size, then in Debian's Chromium (driven by Playwright) the median time
from navigation start to the first frame drawn and to a stable layout. The peer, measured in
the same run on the same data, is vis-network's own physics engine laying the graph out in
the browser (what pyvis does by default), frozen once it settles.

    python bench/graph_page.py [--sizes 100,1000,2000] [--runs 5] [--no-peer]

The graphs are synthetic: actors in planted groups (friendly inside, hostile across), five
ties per actor on average with Zipf-skewed degrees, 20% reported and 10% alleged.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from chromium import CHROMIUM, CHROMIUM_ARGS

from kb.analysis import Alignment, AlignmentInput, Tie, Weights, alignment_graph, signed_clusters
from kb.analysis.evidence import ActorInfo
from kb.graph_page import TYPE_SHAPES, graph_view, render_graph_page


def synthetic(actors: int, ties_per_actor: int = 5, seed: int = 0) -> Alignment:
    rng = random.Random(seed)
    groups = max(2, actors // 60)
    data = AlignmentInput()
    types = list(TYPE_SHAPES)
    names = []
    for i in range(actors):
        iri = f"http://bench.test/id/actor/a{i}"
        data.actors[iri] = ActorInfo(iri, f"Actor {i}", rng.choice(types), (f"A{i}",))
        names.append(iri)
    weights = [1 / (k + 1) ** 0.8 for k in range(actors)]  # Zipf-like: a few actors in most ties
    statuses = ["asserted"] * 7 + ["reported"] * 2 + ["alleged"]
    for i in range(actors * ties_per_actor):
        a, b = rng.choices(names, weights, k=2)
        if a == b:
            continue
        same = int(a.rpartition("a")[2]) % groups == int(b.rpartition("a")[2]) % groups
        polarity = 1 if (same and rng.random() < 0.85) or (not same and rng.random() < 0.15) else -1
        data.ties.append(
            Tie("stance", a, b, polarity, claim=f"http://bench.test/id/claim/c{i}",
                status=rng.choice(statuses), quote=f"a quote of some forty characters, number {i}", speaker=a,
                speaker_label=data.actors[a].label, article=f"http://bench.test/id/article/{i % 50}")
        )  # fmt: skip
    G = alignment_graph(data)
    now = datetime.now(UTC)
    return Alignment(data, G, signed_clusters(G), Weights(), {}, now, now)


FILTER = """() => new Promise(done => {
  // one actor type off: the views refresh and the next frame is drawn
  const box = document.querySelector('#f-types input'), t = performance.now();
  window.geokb.network.once('afterDrawing', () => done(performance.now() - t));
  box.click();
})"""


def measure(browser, path: Path, runs: int, timeout_s: float, filters: list[float] | None = None):
    first, stable = [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=timeout_s * 1000)
        t = page.evaluate("window.geokb.timings")
        first.append(t["firstDraw"])
        stable.append(max(t["stable"], t["firstDraw"]))  # a page is stable once drawn
        if filters is not None:
            filters.append(page.evaluate(FILTER))
        page.close()
    return statistics.median(first), statistics.median(stable)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100,1000,2000")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--no-peer", action="store_true", help="skip the in-browser physics layout")
    args = p.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in (int(s) for s in args.sizes.split(",")):
            al = synthetic(n)
            t0 = time.perf_counter()
            view = graph_view(al, initial_nodes=n)
            build = time.perf_counter() - t0
            html = render_graph_page(view, assets="inline")
            path = Path(tmp) / f"g{n}.html"
            path.write_text(html, encoding="utf-8")
            filters: list[float] = []
            first, stable = measure(browser, path, args.runs, 60, filters)
            row = [n, len(view["edges"]), build, len(html.encode()) / 1e6, first, stable,
                   statistics.median(filters), None, None]  # fmt: skip
            if not args.no_peer:
                peer = Path(tmp) / f"p{n}.html"
                physics = graph_view(al, initial_nodes=n, physics=True)
                peer.write_text(render_graph_page(physics, assets="inline"), encoding="utf-8")
                row[7:] = measure(browser, peer, max(1, args.runs // 2), 300)
            rows.append(row)
            print(f"... {n} actors done", file=sys.stderr, flush=True)
        browser.close()

    print(f"graph page in headless Chromium, median of {args.runs} loads (ms from navigation start)")
    print(
        f"{'actors':>6} {'ties':>6} {'view s':>7} {'HTML MB':>8} {'first ms':>9} {'stable ms':>10}"
        f" {'filter ms':>9} {'physics first':>14} {'physics stable':>15} {'ratio':>6}"
    )
    for n, e, build, mb, first, stable, filt, pf, ps in rows:
        peer = f"{pf:>14.0f} {ps:>15.0f} {ps / stable:>6.1f}" if ps else f"{'-':>14} {'-':>15} {'-':>6}"
        print(f"{n:>6} {e:>6} {build:>7.2f} {mb:>8.2f} {first:>9.0f} {stable:>10.0f} {filt:>9.0f} {peer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

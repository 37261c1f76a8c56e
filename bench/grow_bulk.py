"""Grow a store of synthetic articles with pyoxigraph's ``bulk_load``, for measuring large stores.

``bench/growth.py`` grows its store through ``geokb ingest`` (the path under test); on a
2-core machine that took 20 minutes for 9,000 articles, too slow to reach 100k in a
session. This script writes the same articles (``bench/synth.py``, dated as growth.py
dates them) as the same quads (``kb.ingest._prepare``, what ingest writes), mapped by
worker processes into part files of ``--part`` articles, each part bulk-loaded by a
separate loader process while the next is mapped. The store it grows answers
``bench/growth.py --measure-only`` like one grown by ingest (its base claimed, no journal).

    python bench/grow_bulk.py STORE START END [--part 10000]

Articles START..END are added; give START = the articles the store holds already.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from growth import BASE, DATED, PER_DAY

CHUNK = 100

LOADER = """
import sys, time, pyoxigraph as ox
t = time.perf_counter()
store = ox.Store(sys.argv[1])
store.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS)
store.flush()
print(f"loaded {sys.argv[2]} in {time.perf_counter() - t:.0f} s", flush=True)
"""


def mapped(start: int, end: int) -> tuple[bytes, int]:
    """The N-Quads of articles ``start``..``end`` and their count (in a worker process)."""
    from synth import annotations

    from kb.ingest import _prepare

    out, quads = [], 0
    for ann in annotations(end - start, start=start, dated=DATED, per_day=PER_DAY):
        done = _prepare(ann, BASE, False)
        out.append(done.nquads)  # type: ignore[union-attr]  # synthetic articles never fail
        quads += done.quads  # type: ignore[union-attr]
    return b"".join(out), quads


def _mapped(args: tuple[int, int]) -> tuple[bytes, int]:
    return mapped(*args)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("store")
    p.add_argument("start", type=int)
    p.add_argument("end", type=int)
    p.add_argument("--part", type=int, default=10_000, help="articles per bulk load")
    args = p.parse_args()
    path = Path(args.store)
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.start == 0:
        from kb.repository import claim_base
        from kb.store import OxigraphStore

        with OxigraphStore(path) as store:
            claim_base(store, BASE)
    t = time.perf_counter()
    loader: tuple[subprocess.Popen, Path] | None = None
    quads = 0
    with mp.get_context("forkserver").Pool() as pool:
        for first in range(args.start, args.end, args.part):
            last = min(first + args.part, args.end)
            part = path.parent / f".{path.name}.part-{first}.nq"
            chunks = [(a, min(a + CHUNK, last)) for a in range(first, last, CHUNK)]
            with open(part, "wb") as f:
                for data, n in pool.imap(_mapped, chunks):
                    f.write(data)
                    quads += n
            print(f"mapped to {last:,}: {quads:,} quads, {time.perf_counter() - t:.0f} s", flush=True)
            if loader is not None:
                loader[0].wait()
                loader[1].unlink()
            loader = (subprocess.Popen([sys.executable, "-c", LOADER, str(path), str(part)]), part)
    if loader is not None:
        loader[0].wait()
        loader[1].unlink()
    print(f"{args.end - args.start:,} articles, {quads:,} quads added in {time.perf_counter() - t:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

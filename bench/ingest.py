"""Bulk ingest speed and peak memory, against loading the same N-Quads directly, in one run.

For each size (synthetic articles from ``bench/synth.py``, written as annotation files):

* geokb end to end: ``bulk_ingest`` over the files (read YAML, check, map, write in
  all-or-nothing batches), into an on-disk store;
* geokb write only: the same articles already mapped to N-Quads, written with the bulk
  path (``kb.repository.add_articles``, one journaled bulk load per batch of about 200k quads);
* peer: pyoxigraph's ``bulk_load`` of the N-Quads of the same data (the floor here);
* peer: rdflib's in-memory ``Dataset`` parsing that N-Quads file (what a plain rdflib
  project would do), at sizes up to ``RDFLIB_MAX`` articles.

Each measurement runs in a fresh process so that its peak RSS is its own.
Run: ``.venv/bin/python bench/ingest.py [sizes...] [--batch-quads N] [--first-batch-quads N]
[--no-rdflib]`` (default 1000 articles, geokb's default batches; the write-only path is batched
the same way, with no smaller first batch).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from synth import annotations
from synth import main as write_corpus

from kb.ingest import BATCH_QUADS, annotation_files, bulk_ingest
from kb.mapping import annotation_to_nquads
from kb.repository import add_articles
from kb.store import OxigraphStore

BASE = "http://127.0.0.1:8000/id/"
RDFLIB_MAX = 1000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(kind: str, n: int, work: Path, batch_quads: int, first: int | None = None) -> dict[str, float]:
    if kind == "end-to-end":
        store = OxigraphStore(work / f"e2e-{time.monotonic_ns()}")
        t = time.perf_counter()
        files = annotation_files([work / "corpus"])
        report = bulk_ingest(store, files, BASE, batch_quads=batch_quads, first_batch_quads=first)
        secs = time.perf_counter() - t
        store.close()
        return {"quads": report.quads_written, "s": secs, "mb": peak_mb()}
    if kind == "write-only":
        store = OxigraphStore(work / f"w-{time.monotonic_ns()}")
        batches, batch, graphs, quads = [], [], set(), 0
        for ann in annotations(n):
            mapped = annotation_to_nquads(ann, BASE)
            batch.append(mapped.nquads)
            graphs |= set(mapped.graphs)
            quads += mapped.quads
            if len(batch) * 1500 >= batch_quads:
                batches.append((b"".join(batch), sorted(graphs)))
                batch, graphs = [], set()
        batches.append((b"".join(batch), sorted(graphs)))
        t = time.perf_counter()
        for data, names in batches:
            add_articles(store, BASE, data, names)
        secs = time.perf_counter() - t
        store.close()
        return {"quads": quads, "s": secs, "mb": peak_mb()}
    if kind == "pyoxigraph bulk_load":
        store = ox.Store(str(work / f"ox-{time.monotonic_ns()}"))
        t = time.perf_counter()
        store.bulk_load(path=str(work / "data.nq"), format=ox.RdfFormat.N_QUADS)
        secs = time.perf_counter() - t
        return {"quads": len(store), "s": secs, "mb": peak_mb()}
    if kind == "rdflib Dataset":
        import rdflib

        ds = rdflib.Dataset()
        t = time.perf_counter()
        ds.parse(str(work / "data.nq"), format="nquads")
        secs = time.perf_counter() - t
        return {"quads": len(ds), "s": secs, "mb": peak_mb()}
    raise ValueError(kind)


def prepare(n: int, work: Path) -> None:
    write_corpus([str(n), str(work / "corpus")])
    with open(work / "data.nq", "wb") as out:
        for ann in annotations(n):
            out.write(annotation_to_nquads(ann, BASE).nquads)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        first = int(argv[5]) if argv[5] != "default" else None
        print(json.dumps(run(argv[1], int(argv[2]), Path(argv[3]), int(argv[4]), first)))
        return
    batch_quads, first = BATCH_QUADS, "default"
    if "--batch-quads" in argv:
        i = argv.index("--batch-quads")
        batch_quads = int(argv[i + 1])
        del argv[i : i + 2]
    if "--first-batch-quads" in argv:
        i = argv.index("--first-batch-quads")
        first = argv[i + 1]
        del argv[i : i + 2]
    rdflib = "--no-rdflib" not in argv
    sizes = [int(a) for a in argv if a != "--no-rdflib"] or [1000]
    print(f"batches of {batch_quads:,} quads, the first {first} (end to end)")
    print(f"{'articles':>8} {'method':22} {'quads':>10} {'seconds':>8} {'quads/s':>9} {'peak MB':>8}")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="geokb-ingest-") as tmp:
            work = Path(tmp)
            prepare(n, work)
            kinds = ["end-to-end", "write-only", "pyoxigraph bulk_load"]
            if rdflib and n <= RDFLIB_MAX:
                kinds.append("rdflib Dataset")
            for kind in kinds:
                out = subprocess.run(
                    [sys.executable, __file__, "--one", kind, str(n), str(work), str(batch_quads), first],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                r = json.loads(out.stdout.splitlines()[-1])
                print(
                    f"{n:>8} {kind:22} {r['quads']:>10,} {r['s']:>8.1f} {r['quads'] / r['s']:>9,.0f} "
                    f"{r['mb']:>8.0f}"
                )


if __name__ == "__main__":
    main(sys.argv[1:])

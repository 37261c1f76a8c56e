"""Bulk ingest speed and peak memory, against loading the same N-Quads directly, in one run.

For each size (synthetic articles from ``bench/synth.py``, written as annotation files):

* geokb end to end: ``bulk_ingest`` over the files (read YAML, check, map, write in
  all-or-nothing loads fed as the articles are mapped), into an on-disk store;
* geokb write only: the same articles already mapped to N-Quads, written with the bulk
  path (``kb.repository.stream_articles``, one journaled bulk load per ``--batch-quads``,
  in parts of ``kb.ingest.GROUP`` articles);
* peer: pyoxigraph's ``bulk_load`` of the N-Quads of the same data (the floor here);
* peer: rdflib's in-memory ``Dataset`` parsing that N-Quads file (what a plain rdflib
  project would do), at sizes up to ``RDFLIB_MAX`` articles.

Each measurement runs in a fresh process so that its peak RSS is its own.
Run: ``.venv/bin/python bench/ingest.py [sizes...] [--batch-quads N] [--no-rdflib]`` (default
1000 articles, geokb's default loads; the write-only path is cut into loads the same way).
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

from kb.ingest import BATCH_QUADS, GROUP, annotation_files, bulk_ingest
from kb.mapping import annotation_to_nquads
from kb.repository import stream_articles
from kb.store import OxigraphStore

BASE = "http://127.0.0.1:8000/id/"
RDFLIB_MAX = 1000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(kind: str, n: int, work: Path, batch_quads: int) -> dict[str, float]:
    if kind == "end-to-end":
        store = OxigraphStore(work / f"e2e-{time.monotonic_ns()}")
        t = time.perf_counter()
        files = annotation_files([work / "corpus"])
        report = bulk_ingest(store, files, BASE, batch_quads=batch_quads)
        secs = time.perf_counter() - t
        store.close()
        return {"quads": report.quads_written, "s": secs, "mb": peak_mb()}
    if kind == "write-only":
        store = OxigraphStore(work / f"w-{time.monotonic_ns()}")
        loads: list[list[tuple[bytes, list[str]]]] = [[]]
        group: list = []
        quads = in_load = 0
        for ann in annotations(n):
            mapped = annotation_to_nquads(ann, BASE)
            group.append(mapped)
            quads += mapped.quads
            in_load += mapped.quads
            if len(group) >= GROUP or in_load >= batch_quads:
                loads[-1].append((b"".join(m.nquads for m in group), [g for m in group for g in m.graphs]))
                group = []
            if in_load >= batch_quads:
                loads.append([])
                in_load = 0
        if group:
            loads[-1].append((b"".join(m.nquads for m in group), [g for m in group for g in m.graphs]))
        t = time.perf_counter()
        for parts in filter(None, loads):
            stream_articles(store, BASE, parts)
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


def _load() -> str:
    """The machine's load average over the last minute (other jobs slow both sides)."""
    return Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"


def prepare(n: int, work: Path) -> None:
    write_corpus([str(n), str(work / "corpus")])
    with open(work / "data.nq", "wb") as out:
        for ann in annotations(n):
            out.write(annotation_to_nquads(ann, BASE).nquads)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(run(argv[1], int(argv[2]), Path(argv[3]), int(argv[4]))))
        return
    batch_quads = BATCH_QUADS
    if "--batch-quads" in argv:
        i = argv.index("--batch-quads")
        batch_quads = int(argv[i + 1])
        del argv[i : i + 2]
    rdflib = "--no-rdflib" not in argv
    sizes = [int(a) for a in argv if a != "--no-rdflib"] or [1000]
    print(f"loads of {batch_quads:,} quads at most; load average {_load()}")
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
                    [sys.executable, __file__, "--one", kind, str(n), str(work), str(batch_quads)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                r = json.loads(out.stdout.splitlines()[-1])
                print(
                    f"{n:>8} {kind:22} {r['quads']:>10,} {r['s']:>8.1f} {r['quads'] / r['s']:>9,.0f} "
                    f"{r['mb']:>8.0f}  (load {_load()})"
                )


if __name__ == "__main__":
    main(sys.argv[1:])

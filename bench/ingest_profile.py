"""Where a worker's time goes for one article of ``geokb ingest``, by step, in-process.

``bulk_ingest``'s workers read, check and map each article and hand it back to the writer
(:func:`kb.ingest._prepare`); this times those steps one after the other over N synthetic
articles (``bench/synth.py``, written as annotation files first), each step over all the
articles before the next, and prints the median CPU ms per article of each (the thread's
CPU time, ``time.thread_time``: other jobs on the machine do not count, as they would in wall time):

* read: the YAML parsed, dates as text;
* schema: the JSON Schema check (jsonschema-rs's yes);
* build: the text read and the :class:`~kb.annotation.Annotation` built and checked
  (spans, references);
* map: :func:`kb.mapping.annotation_to_nquads`, the article as N-Quads, its tie graph included,
  and its graphs' names for the bulk journal (until session 10: pyoxigraph quads, then
  serialised, then their graphs collected);
* pickle: the :class:`~kb.ingest.Prepared` pickled and unpickled, as a pool hands it over.

``--cprofile`` prints the top functions of the whole of :func:`kb.ingest._prepare` under
cProfile (which slows everything: read the shares). ``--digest`` prints a SHA-256 of the
sorted N-Quads of the articles (the mapping's output, unchanged by any speed-up).
Run: ``.venv/bin/python bench/ingest_profile.py [N=300] [--cprofile] [--digest]``.
"""

from __future__ import annotations

import cProfile
import hashlib
import pickle
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import main as write_corpus

from kb import annotation as A
from kb.ingest import _prepare, annotation_files
from kb.mapping import annotation_to_nquads

BASE = "http://127.0.0.1:8000/id/"


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def steps(files: list[Path]) -> dict[str, float]:
    """Median ms per article of each step, each step run over all files in turn."""
    out: dict[str, list[float]] = {k: [] for k in ("read", "schema", "build", "map", "pickle")}
    texts = [f.read_text("utf-8") for f in files]
    data = []
    for f, text in zip(files, texts, strict=True):
        t = time.thread_time()
        d = A._dates_as_text(A._parse_yaml(text, str(f)))
        out["read"].append(time.thread_time() - t)
        data.append(d)
    for f, text, d in zip(files, texts, data, strict=True):
        t = time.thread_time()
        A._check_schema(d, text, str(f))
        out["schema"].append(time.thread_time() - t)
    anns = []
    for f, text, d in zip(files, texts, data, strict=True):
        t = time.thread_time()
        body = A.decode_text((f.parent / d["article"]["text"]).read_bytes(), str(f))
        anns.append(A.parse_annotation(d, body, str(f), _yaml_lines=text, _checked=True))
        out["build"].append(time.thread_time() - t)
    mapped = []
    for ann in anns:
        t = time.thread_time()
        mapped.append(annotation_to_nquads(ann, BASE))
        out["map"].append(time.thread_time() - t)
    for f in files:
        p = _prepare(f, BASE, False)
        t = time.thread_time()
        pickle.loads(pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL))
        out["pickle"].append(time.thread_time() - t)
    return {k: _median_ms(v) for k, v in out.items()}


def whole(files: list[Path]) -> float:
    """Median ms of :func:`kb.ingest._prepare` per article (what a worker does, all of it)."""
    times = []
    for f in files:
        t = time.thread_time()
        _prepare(f, BASE, False)
        times.append(time.thread_time() - t)
    return _median_ms(times)


def digest(files: list[Path]) -> str:
    """SHA-256 of the sorted N-Quads lines of every article, as the workers hand them over."""
    lines: list[bytes] = []
    for f in files:
        p = _prepare(f, BASE, False)
        assert not isinstance(p, tuple), p
        lines += p.nquads.splitlines()
    lines.sort()
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def real_files() -> list[Path]:
    """The bundled article and the dev set's annotations (never the held-out test set)."""
    dev = Path(A.__file__).parent / "data" / "eval" / "dev"
    return [*A.bundled_annotations(), *sorted(dev.glob("*.yaml"))]


def main(argv: list[str]) -> None:
    n = int(next((a for a in argv if a.isdigit()), "300"))
    with tempfile.TemporaryDirectory(prefix="geokb-prof-") as tmp:
        write_corpus([str(n), tmp])
        files = annotation_files([tmp])
        whole(files[:20])  # warm: caches, validators, imports
        if "--digest" in argv:
            print(f"digest of {n} synthetic articles' sorted N-Quads: {digest(files)}")
            real = real_files()
            print(f"digest of the bundled article and {len(real) - 1} dev annotations: {digest(real)}")
        by_step = steps(files)
        print(f"{n} synthetic articles, median CPU ms per article (this thread's)")
        for k, v in by_step.items():
            print(f"  {k:8} {v:7.2f}")
        print(f"  {'sum':8} {sum(by_step.values()):7.2f}")
        print(f"  whole _prepare  {whole(files):7.2f}")
        if "--cprofile" in argv:
            prof = cProfile.Profile()
            prof.enable()
            for f in files:
                _prepare(f, BASE, False)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main(sys.argv[1:])

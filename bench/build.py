"""How long the foundation takes on the bundled article, against Oxigraph loading the same quads.

Prints medians over repeated runs. The peer is pyoxigraph bulk-loading the very N-Quads
that geokb produces: the floor for "get these quads into a store". Run:
``.venv/bin/python bench/build.py [repeats]``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import pyoxigraph as ox

from kb.annotation import bundled_annotations, load_annotation
from kb.mapping import annotation_to_quads
from kb.questions import questions
from kb.repository import replace_article
from kb.store import open_store
from kb.validate import validate_quads

BASE = "http://127.0.0.1:8000/id/"


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(repeats: int = 20) -> None:
    (path,) = bundled_annotations()
    ann = load_annotation(path)
    quads = annotation_to_quads(ann, BASE)
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    store = open_store("memory:")
    replace_article(store, BASE, ann.article.id, quads)

    rows = [
        ("load + check annotation (YAML, schema, quotes)", median_ms(lambda: load_annotation(path), repeats)),
        ("map to quads", median_ms(lambda: annotation_to_quads(ann, BASE), repeats)),
        ("SHACL validation (pyshacl)", median_ms(lambda: validate_quads(quads), max(3, repeats // 4))),
        ("replace article in store (one SPARQL update)",
         median_ms(lambda: replace_article(store, BASE, ann.article.id, quads), repeats)),
        ("peer: pyoxigraph bulk_load of the same N-Quads",
         median_ms(lambda: ox.Store().bulk_load(nquads, format=ox.RdfFormat.N_QUADS), repeats)),
    ]
    print(f"bundled article: {len(quads)} quads, {repeats} repeats, medians")
    for name, ms in rows:
        print(f"  {name:50} {ms:9.2f} ms")
    replace_ms, peer_ms = rows[3][1], rows[4][1]
    print(f"  ratio replace/peer: {replace_ms / peer_ms:.1f}x (atomic replace vs. plain load)")
    print("competency questions, median latency in-process:")
    for q in questions():
        ms = median_ms(lambda q=q: list(store.query(q.sparql)), repeats)
        print(f"  {q.name:32} {ms:8.2f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

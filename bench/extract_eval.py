"""Score drafted annotations against curated ones: precision, recall and F1 per layer.

For every curated annotation in ``kb/data/articles`` (the bundled article) and
``kb/data/eval`` (short articles written for this evaluation, in other regions, so that the
rules are not tuned to one text), draft the text with ``kb.extract`` and compare it with
:func:`kb.scoring.score`. Prints one table per article and the pooled scores.

    python bench/extract_eval.py [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
from importlib.resources import files
from pathlib import Path

from kb.annotation import load_annotation, parse_annotation
from kb.extract import Drafter
from kb.scoring import Score, score

LAYERS = ["actors", "actors (resolved)", "claims", "stances", "memberships", "flags"]


def curated() -> list[Path]:
    root = Path(str(files("kb"))) / "data"
    return sorted((root / "articles").glob("*.yaml")) + sorted((root / "eval").glob("*.yaml"))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--show-misses", action="store_true", help="list what the draft missed and added")
    args = p.parse_args()
    drafter = Drafter()
    pooled = {k: Score(0, 0, 0) for k in LAYERS}
    for path in curated():
        gold = load_annotation(path)
        data = drafter.draft(gold.article.text, gold.article.id, text_file=path.with_suffix(".txt").name)
        draft = parse_annotation(data, gold.article.text, f"draft of {path.name}")
        scores = score(draft, gold)
        print(
            f"\n{path.name}: {len(gold.actors)} actors, {len(gold.claims)} claims curated; "
            f"{len(draft.actors)} actors, {len(draft.claims)} claims drafted"
        )
        print(f"  {'layer':18} {'P':>5} {'R':>5} {'F1':>5}  (tp/fp/fn)")
        for k in LAYERS:
            s = scores[k]
            pooled[k] = pooled[k] + s
            print(f"  {k:18} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  ({s.tp}/{s.fp}/{s.fn})")
        if args.show_misses:
            d_ids, g_ids = {a.id for a in draft.actors}, {a.id for a in gold.actors}
            print("  actors missed:", sorted(g_ids - d_ids), " added:", sorted(d_ids - g_ids))
    print(f"\npooled over {len(curated())} articles")
    for k in LAYERS:
        s = pooled[k]
        print(f"  {k:18} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  ({s.tp}/{s.fp}/{s.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

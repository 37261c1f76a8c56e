"""Drafting speed: 1,000 generated 600-word articles on one core, in articles per second.

The articles are made of real news prose (paragraphs of the bundled and the evaluation
articles, shuffled) topped up with lines of ``bench/synth.py``, so the gazetteer, the cue
lexicon and the attribution rules all have work to do. Figures, in the same run:

* geokb draft: ``Drafter.draft`` (actors, claims, stances, blocs, flags);
* geokb draft + check: the draft parsed and validated as an annotation (what ingest does);
* peer: spaCy's blank English tokenizer and sentencizer alone over the same texts, the
  floor of any spaCy pipeline (a ratio against it says what the rules cost).

    OMP_NUM_THREADS=1 python bench/extract_speed.py [N] [--words 600]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import articles as synth_articles

from kb.annotation import parse_annotation
from kb.extract import Drafter


def corpus(n: int, words: int, seed: int = 0) -> list[str]:
    root = Path(str(files("kb"))) / "data"
    paragraphs = [
        p.strip()
        for f in [*sorted((root / "articles").glob("*.txt")), *sorted((root / "eval" / "dev").glob("*.txt"))]
        for p in f.read_text("utf-8").split("\n\n")
        if p.strip()
    ]
    synth_lines = [ln for _d, t in synth_articles(50) for ln in t.splitlines()[1:] if ln]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(paragraphs) if rng.random() < 0.7 else rng.choice(synth_lines)
            parts.append(p)
            count += len(p.split())
        out.append("\n\n".join(parts) + "\n")
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", nargs="?", type=int, default=1000)
    p.add_argument("--words", type=int, default=600)
    p.add_argument("--repeat", type=int, default=3, help="runs of each method; the median is printed")
    args = p.parse_args()
    texts = corpus(args.n, args.words)
    words = sum(len(t.split()) for t in texts)
    t = time.perf_counter()
    drafter = Drafter()
    setup = time.perf_counter() - t

    def draft() -> None:
        for i, text in enumerate(texts):
            drafter.draft(text, f"a{i}", text_file="a.txt")

    def draft_and_check() -> None:
        for i, text in enumerate(texts):
            parse_annotation(drafter.draft(text, f"a{i}", text_file="a.txt"), text)

    import spacy

    floor_nlp = spacy.blank("en")
    floor_nlp.add_pipe("sentencizer")

    def floor() -> None:
        for _doc in floor_nlp.pipe(texts):
            pass

    results = {}
    for name, fn in [("spaCy tokenizer + sentencizer", floor), ("geokb draft", draft),
                     ("geokb draft + check", draft_and_check)]:  # fmt: skip
        runs = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        results[name] = statistics.median(runs)
    print(f"{args.n} articles, {words / args.n:.0f} words each on average; drafter set-up {setup:.2f} s")
    print(f"{'method':32} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'x floor':>8}")
    base = results["spaCy tokenizer + sentencizer"]
    for name, secs in results.items():
        print(f"{name:32} {secs:>8.2f} {args.n / secs:>11.0f} {words / secs:>9,.0f} {secs / base:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

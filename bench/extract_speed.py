"""Drafting speed: 1,000 generated 600-word articles on one core, in articles per second.

The articles are made of real news prose (paragraphs of the bundled and the evaluation
articles, shuffled) topped up with lines of ``bench/synth.py``, so the gazetteer, the cue
lexicon and the attribution rules all have work to do. Figures, in the same run:

* geokb draft: ``Drafter.draft`` (actors, claims, stances, blocs, flags);
* geokb draft + check: the draft parsed and validated as an annotation (what ingest does);
* peer: spaCy's blank English tokenizer and sentencizer alone over the same texts, the
  floor of any spaCy pipeline (a ratio against it says what the rules cost).

Each method runs ``--repeat`` times and the median is printed, twice: wall time (what a user
waits) and CPU time of this process (``time.process_time``). The machine the figures come from
is often shared, and under load the wall rate says more about the neighbours than about the
code; the CPU seconds per article, and the ratio to the floor in CPU time, hold still. The
"per core" goal is read from the CPU column (articles per CPU second).

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

    results: dict[str, tuple[float, float]] = {}  # method -> (wall seconds, CPU seconds), medians
    for name, fn in [("spaCy tokenizer + sentencizer", floor), ("geokb draft", draft),
                     ("geokb draft + check", draft_and_check)]:  # fmt: skip
        wall, cpu = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            fn()
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        results[name] = statistics.median(wall), statistics.median(cpu)
    print(f"{args.n} articles, {words / args.n:.0f} words each on average; drafter set-up {setup:.2f} s; "
          f"medians of {args.repeat} runs")  # fmt: skip
    print(f"{'method':32} {'wall s':>7} {'articles/s':>11} {'CPU s':>7} {'CPU ms/article':>15} "
          f"{'articles/CPU s':>15} {'words/CPU s':>12} {'x floor (CPU)':>14}")  # fmt: skip
    base = results["spaCy tokenizer + sentencizer"][1]
    for name, (wall_s, cpu_s) in results.items():
        print(f"{name:32} {wall_s:>7.2f} {args.n / wall_s:>11.0f} {cpu_s:>7.2f} "
              f"{1000 * cpu_s / args.n:>15.2f} {args.n / cpu_s:>15.0f} {words / cpu_s:>12,.0f} "
              f"{cpu_s / base:>14.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

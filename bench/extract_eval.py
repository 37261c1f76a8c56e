"""Score drafted annotations against curated ones, split by who may read them.

Three sets, printed separately (see ``kb/data/eval/README.md``):

* **test** (``kb/data/eval/test``): articles nobody writing rules reads; only these
  aggregate lines are ever printed for them: the honest measure of generalisation;
* **dev** (``kb/data/eval/dev``): articles the rules may be written on;
* **bundled** (``kb/data/articles``): the article shipped with geokb.

For each, per layer: the mean F1 over articles and the pooled precision, recall and F1
(:func:`kb.scoring.score`), and the allegations drafted as fact
(:func:`kb.scoring.allegations_as_fact`). ``--per-article`` and ``--show-misses`` print
details for dev and bundled only; they refuse the test split.

    python bench/extract_eval.py [--split test|dev|bundled] [--per-article] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path

from kb.annotation import Annotation, load_annotation, parse_annotation
from kb.errors import AnnotationError
from kb.extract import Drafter
from kb.scoring import AsFact, Score, allegations_as_fact, score

LAYERS = ["actors", "actors (resolved)", "claims", "stances", "memberships", "flags", "vias"]
SPLITS = ["test", "dev", "bundled"]
VOICES = ["the article's voice", "someone's words"]


def split_paths(split: str) -> list[Path]:
    """The curated annotations of one split."""
    root = Path(str(files("kb"))) / "data"
    folder = root / "articles" if split == "bundled" else root / "eval" / split
    return sorted(folder.glob("*.yaml"))


@dataclass(repr=False)
class SplitResult:
    """Scores of one split: per article, pooled, and the allegations drafted as fact."""

    articles: list[tuple[str, dict[str, Score]]] = field(default_factory=list)
    by_voice: dict[str, Score] = field(default_factory=lambda: {v: Score(0, 0, 0) for v in VOICES})
    as_fact: AsFact = field(default_factory=lambda: AsFact(0, 0, 0, 0))
    unreadable: int = 0

    def __repr__(self) -> str:
        """No article names nor per-article scores: a failing assertion in the tests prints its
        arguments, and the test split's may be seen only as aggregate figures."""
        return f"SplitResult({len(self.articles)} articles)"

    def mean_f1(self, layer: str) -> float:
        return sum(s[layer].f1 for _n, s in self.articles) / len(self.articles) if self.articles else 0.0

    def pooled(self, layer: str) -> Score:
        total = Score(0, 0, 0)
        for _n, s in self.articles:
            total = total + s[layer]
        return total


def draft_of(drafter: Drafter, path: Path) -> tuple[Annotation, Annotation]:
    """The draft of a curated article's text, and the curated annotation."""
    gold = load_annotation(path)
    data = drafter.draft(gold.article.text, gold.article.id, text_file=path.with_suffix(".txt").name)
    return parse_annotation(data, gold.article.text, f"draft of {path.name}"), gold


def evaluate(drafter: Drafter, split: str) -> SplitResult:
    out = SplitResult()
    for path in split_paths(split):
        try:
            draft, gold = draft_of(drafter, path)
        except AnnotationError:
            if split != "test":
                raise
            out.unreadable += 1  # its message would quote the test article: only counted
            continue
        out.articles.append((path.stem, score(draft, gold)))
        for voice, keep in zip(
            VOICES, (lambda c: c.speaker == "article", lambda c: c.speaker != "article"), strict=False
        ):
            d = replace(draft, claims=tuple(c for c in draft.claims if keep(c)), memberships=())
            g = replace(gold, claims=tuple(c for c in gold.claims if keep(c)), memberships=())
            out.by_voice[voice] = out.by_voice[voice] + score(d, g)["claims"]
        out.as_fact = out.as_fact + allegations_as_fact(draft, gold)
    return out


def _misses(drafter: Drafter, path: Path) -> None:
    draft, gold = draft_of(drafter, path)
    d_ids, g_ids = {a.id for a in draft.actors}, {a.id for a in gold.actors}
    print("  actors missed:", sorted(g_ids - d_ids), " added:", sorted(d_ids - g_ids))
    for c in gold.claims:
        hit = [
            d for d in draft.claims
            if min(d.span.end, c.span.end) - max(d.span.start, c.span.start) > 0
        ]  # fmt: skip
        got = "; ".join(f"{d.speaker}/{d.status}" for d in hit) or "-"
        print(f"  claim {c.id} [{c.speaker}/{c.status}] drafted as: {got}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--split", choices=SPLITS, action="append", help="only these splits (default: all)")
    p.add_argument("--per-article", action="store_true", help="a table per article (dev and bundled only)")
    p.add_argument("--show-misses", action="store_true", help="what the draft missed (dev and bundled only)")
    args = p.parse_args()
    splits = args.split or SPLITS
    if (args.show_misses or args.per_article) and "test" in (args.split or []):
        p.error("the test split is scored in aggregate only: never its misses or its articles")
    drafter = Drafter()
    for split in splits:
        result = evaluate(drafter, split)
        n = len(result.articles)
        bad = f", {result.unreadable} not readable (still being written?)" if result.unreadable else ""
        print(f"\n{split}: {n} article(s){bad}")
        print(f"  {'layer':18} {'mean F1':>7}   {'P':>5} {'R':>5} {'F1':>5}  pooled (tp/fp/fn)")
        for k in LAYERS:
            s = result.pooled(k)
            print(
                f"  {k:18} {result.mean_f1(k):7.2f}   {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}"
                f"  ({s.tp}/{s.fp}/{s.fn})"
            )
        for voice, s in result.by_voice.items():
            sc = f"{s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  ({s.tp}/{s.fp}/{s.fn})"
            print(f"  claims in {voice:19}        {sc}")
        f = result.as_fact
        print(
            f"  allegations drafted as fact: {f.total} ({f.claims_as_fact} of {f.claims} alleged claims, "
            f"{f.memberships_as_fact} of {f.memberships} alleged memberships)"
        )
        if split == "test":
            continue
        for name, scores in result.articles if args.per_article else []:
            print(f"  {name}: " + "  ".join(f"{k} {scores[k].f1:.2f}" for k in LAYERS))
        if args.show_misses:
            for path in split_paths(split):
                print(f"\n  {path.stem}")
                _misses(drafter, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

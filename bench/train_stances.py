"""Train the learned stance step on the dev split and measure it by grouped cross-validation.

    python bench/train_stances.py                 # cross-validate, then write kb/data/stance_model.json
    python bench/train_stances.py --check         # cross-validate only
    python bench/train_stances.py --check --cv article   # the older folds, by article
    python bench/train_stances.py --check --threshold 0.2   # another threshold, cross-validated only

Training rows: each candidate (see ``StanceRules.stance_candidates``) of a drafted claim that
matches a curated claim (the matching of ``kb.scoring``), labelled with the curated claim's
polarity toward that actor (0 where it takes none). Candidates of unmatched claims have no label.
Only the dev split is read: the test split stays unseen, so its scores measure the model.

Cross-validation: dev's articles came in batches (``da-``, ``db-``, ..., the first ones without a
prefix), each written by one writer in its own phrasing, and a model meets its errors on a batch no
one has written yet. So by default the folds hold whole batches (5 folds, a fixed shuffle of the
batches): a writer's phrasing is never both fitted and measured, as it is with folds by article
(``--cv article``, the measure before session 24, which reads a little higher). Each fold is drafted
with a model fitted on the other four and scored as ``bench/extract_eval.py`` scores, against the
rules alone on the same articles; each fold's difference is printed, to tell a gain from noise.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from importlib.resources import files
from pathlib import Path

from kb.annotation import Annotation, load_annotation, parse_annotation
from kb.extract import Drafter
from kb.extract.drafter import DRAFTER_VERSION, Draft
from kb.extract.learned import StanceModel, claim_features, features, fit
from kb.scoring import actor_map, allegations_as_fact, match_claims, score

DEV = Path(str(files("kb.data.eval").joinpath("dev")))
THRESHOLD = 0.5
L2 = 1.0
ITERATIONS = 300
PRUNE = 0.005
"""Weights whose three values all lie within this of zero are left out of the shipped table."""


def drafted(drafter: Drafter, gold: Annotation, name: str) -> tuple[Draft, Annotation]:
    d = Draft(drafter, gold.article.text)
    d.run()
    data = d.annotation(gold.article.id, gold.article.id, name)
    return d, parse_annotation(data, gold.article.text, f"draft of {name}")


def rows_of(drafter: Drafter, path: Path) -> list[tuple[list[str], int]]:
    """The labelled candidates of one dev article, drafted by the rules alone."""
    gold = load_annotation(path)
    d, draft = drafted(drafter, gold, path.name)
    amap = actor_map(draft, gold)
    matched = match_claims(draft, gold, amap)
    curated = {g.id: g for g in gold.claims}
    out = []
    for c, actor, cand in d.stance_candidates():
        if c.id not in matched:
            continue
        target = amap.get(actor, actor)
        label = next((s.polarity for s in curated[matched[c.id]].stances if s.target == target), 0)
        out.append((features(d.norm, cand) + claim_features(d.norm, c.start, c.end), label))
    return out


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def batch_of(name: str) -> str:
    """The batch a dev article came in: its name's two-letter prefix ("dk-palau-briefing": "dk");
    the first articles, which have none, are one batch ("first")."""
    hit = re.match(r"([a-z]{2})-", name)
    return hit.group(1) if hit else "first"


def folds_of(names: list[str], folds: int = 5, by: str = "batch") -> list[set[str]]:
    """The held-out articles of each fold: whole batches (``by="batch"``, the batches shuffled with
    a fixed seed and dealt out in turn) or single articles (``by="article"``, the same for them).

    >>> [sorted(f) for f in folds_of(["da-a", "da-b", "db-c", "dc-d", "nile"], folds=2)]
    [['da-a', 'da-b', 'nile'], ['db-c', 'dc-d']]
    """
    if by == "article":
        units = sorted(names)
        random.Random(7).shuffle(units)
        return [set(units[k::folds]) for k in range(folds)]
    batches = sorted({batch_of(n) for n in names})
    random.Random(7).shuffle(batches)
    return [{n for n in names if batch_of(n) in batches[k::folds]} for k in range(folds)]


def cross_validate(
    paths: list[Path], rows: dict[str, list], folds: int = 5, by: str = "batch", threshold: float = THRESHOLD
) -> None:
    names = sorted(rows)
    rules = Drafter(learned=False)
    learned = Drafter(learned=False)
    per: dict[str, dict[str, list[float]]] = {"rules": {}, "learned": {}}
    as_fact = {"rules": 0, "learned": 0}
    pooled = {"rules": [0, 0, 0], "learned": [0, 0, 0]}
    gains = []  # per fold: the learned step's mean stance F1 minus the rules' on its articles
    for held in folds_of(names, folds, by):
        train = [r for n in names if n not in held for r in rows[n]]
        seen = {label: len(per[label].get("stances", [])) for label in per}
        learned.stance_model = StanceModel(fit(train, l2=L2, iterations=ITERATIONS), threshold)
        for path in paths:
            if path.stem not in held:
                continue
            gold = load_annotation(path)
            for label, drafter in (("rules", rules), ("learned", learned)):
                _, draft = drafted(drafter, gold, path.name)
                s = score(draft, gold)
                for layer in ("claims", "stances"):
                    per[label].setdefault(layer, []).append(s[layer].f1)
                st = s["stances"]
                pooled[label] = [pooled[label][0] + st.tp, pooled[label][1] + st.fp, pooled[label][2] + st.fn]
                as_fact[label] += allegations_as_fact(draft, gold).total
        gains.append(
            mean(per["learned"]["stances"][seen["learned"] :])
            - mean(per["rules"]["stances"][seen["rules"] :])
        )
    batches = len({batch_of(n) for n in names})
    unit = f"whole batches, {batches} batches" if by == "batch" else "single articles"
    print(f"cross-validation on dev ({len(names)} articles, {folds} folds of {unit})")
    for label in ("rules", "learned"):
        tp, fp, fn = pooled[label]
        print(
            f"  {label:8s} claims {mean(per[label]['claims']):.3f}  stances {mean(per[label]['stances']):.3f}"
            f"  (pooled tp/fp/fn {tp}/{fp}/{fn})  allegations as fact {as_fact[label]}"
        )
    print("  learned - rules, stances per fold: " + " ".join(f"{g:+.4f}" for g in gains))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true", help="cross-validate only; write nothing")
    p.add_argument(
        "--cv",
        choices=("batch", "article"),
        default="batch",
        help="folds of whole batches (default) or of single articles (the older measure)",
    )
    p.add_argument("--folds", type=int, default=5)
    p.add_argument(
        "--threshold",
        type=float,
        default=THRESHOLD,
        help=f"how likely a side must be in cross-validation (default {THRESHOLD}; with --check only)",
    )
    p.add_argument("--out", type=Path, default=Path("kb/data/stance_model.json"))
    args = p.parse_args()
    paths = sorted(DEV.glob("*.yaml"))
    drafter = Drafter(learned=False)
    rows = {path.stem: rows_of(drafter, path) for path in paths}
    every = [r for rs in rows.values() for r in rs]
    labels = {v: sum(1 for _, y in every if y == v) for v in (-1, 0, 1)}
    print(f"{len(every)} labelled candidates from {len(paths)} dev articles: {labels}")
    if args.threshold != THRESHOLD and not args.check:
        p.error("--threshold measures another threshold; it needs --check (the shipped one is THRESHOLD)")
    cross_validate(paths, rows, args.folds, args.cv, args.threshold)
    if args.check:
        return 0
    weights = fit(every, l2=L2, iterations=ITERATIONS)
    kept = {f: [round(v, 4) for v in w] for f, w in sorted(weights.items()) if max(map(abs, w)) > PRUNE}
    model = {
        "meta": {
            "trained on": f"dev split, {len(paths)} articles, {len(every)} labelled candidates",
            "labels": {str(k): v for k, v in labels.items()},
            "drafter": DRAFTER_VERSION,
            "l2": L2,
            "iterations": ITERATIONS,
            "pruned below": PRUNE,
        },
        "threshold": THRESHOLD,
        "weights": kept,
    }
    lines = [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in kept.items()]
    head = json.dumps({k: v for k, v in model.items() if k != "weights"}, ensure_ascii=False)[:-1]
    args.out.write_text(head + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(kept)} of {len(weights)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())

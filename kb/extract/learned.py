"""A learned stance step: after the rules, a small logistic model reads the words around each
actor a drafted claim names (or its line names near it) and proposes the speaker's stance toward
it.

Why: the rules find a stance where a cue of the lexicon meets a target in a shape they know; on
articles nobody tuned for most stances are expressed otherwise. The model is trained on the
curated dev split only (``bench/train_stances.py``; the test split never), so its errors are
measured on articles it has not seen. It only adds stances: it never changes a claim, its
speaker, its status or a stance the rules found, so it cannot turn an allegation into a fact.

The model is a table of feature weights (``kb/data/stance_model.json``): prediction is a sum of
three numbers per feature and a softmax, in plain Python.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

WORD = re.compile(r"[a-z][a-z]*(?:'[a-z]+)?")  # ("[a-z]+": the same words; a set first lets re skip to them)
WINDOW = 100
"""How far (characters, on the claim's line) from a claim an actor may be named to be a candidate:
curated stances often aim at an actor named in the clause before or after the quoted words."""
POLARITIES = (-1, 0, 1)


@dataclass(frozen=True)
class Candidate:
    """One actor a claim may take a side on, where its name sits, and what the rules said."""

    claim_start: int
    claim_end: int
    start: int
    end: int
    actor_type: str
    kind: str
    status: str
    direct: bool | None
    rule_polarities: tuple[int, ...]


def features(text: str, c: Candidate) -> list[str]:
    """The features of a candidate on ``text`` (typography folded): the words either side of the
    name (a verb before it, "of" or "against" before it, a noun after it), the actor's type, the
    claim's kind and status, where the name is, and the rules' own polarities. The claim's own
    words are :func:`claim_features`, the same for every candidate of a claim."""
    left = WORD.findall(text[max(c.claim_start - WINDOW, c.start - 60) : c.start].lower())[-6:]
    right = WORD.findall(text[c.end : c.end + 60].lower())[:6]
    inside = c.claim_start <= c.start < c.claim_end
    where = "in" if inside else "before" if c.start < c.claim_start else "after"
    quoted = where == "in" and text.count('"', c.claim_start, c.start) % 2 == 1
    out = [
        "bias",
        "type:" + c.actor_type,
        "kind:" + c.kind,
        "status:" + c.status,
        "direct:" + str(c.direct),
        "where:" + where,
        "quoted:" + str(quoted),
        "rules:" + (",".join(map(str, c.rule_polarities)) or "none"),
    ]
    for i, w in enumerate(reversed(left)):
        out.append("L:" + w)
        if i < 2:
            out.append(f"L{i}:" + w)
    for i, w in enumerate(right):
        out.append("R:" + w)
        if i < 2:
            out.append(f"R{i}:" + w)
    return list(dict.fromkeys(out))  # each feature once ("L:the" may be two words to the left)


def claim_features(text: str, start: int, end: int) -> list[str]:
    """The distinct lower-case words of a claim, as features ("C:word")."""
    return ["C:" + w for w in sorted(set(WORD.findall(text[start:end].lower())))]


class StanceModel:
    """Weights per feature for the polarities -1, 0, +1, and the probability a stance needs."""

    def __init__(self, weights: dict[str, list[float]], threshold: float, meta: dict[str, Any] | None = None):
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}

    @classmethod
    def load(cls) -> StanceModel:
        data = json.loads(files("kb.data").joinpath("stance_model.json").read_text(encoding="utf-8"))
        return cls(data["weights"], data["threshold"], data.get("meta"))

    def total(self, feats: list[str], base: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> list[float]:
        """The summed weights of ``feats`` for each polarity, added to ``base`` (the sum of a
        claim's own features, computed once for all its candidates)."""
        a, b, c = base  # (three locals, not a list's items: the same sums in the same order, sooner)
        get = self.weights.get
        for f in feats:
            w = get(f)
            if w is not None:
                a += w[0]
                b += w[1]
                c += w[2]
        return [a, b, c]

    def probabilities(self, feats: list[str], base=(0.0, 0.0, 0.0)) -> tuple[float, float, float]:
        """P(-1), P(0), P(+1) of a candidate (a softmax over summed weights)."""
        z = self.total(feats, base)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return e[0] / total, e[1] / total, e[2] / total

    def polarity(self, feats: list[str], base=(0.0, 0.0, 0.0)) -> int:
        """-1 or +1, whichever of the two is the likelier, where it is at least ``threshold``
        likely; else 0. From a threshold of 0.5 up, only the likeliest of the three answers
        passes; below 1/3 a side may pass that is less likely than no stance at all
        (``bench/train_stances.py --threshold`` measures that: see the README)."""
        against, _none, for_ = self.probabilities(feats, base)
        if against >= for_:
            return -1 if against >= self.threshold else 0
        return 1 if for_ >= self.threshold else 0


def fit(rows: list[tuple[list[str], int]], l2: float = 1.0, iterations: int = 300, rate: float = 0.5):
    """Multinomial logistic regression by full-batch gradient descent from zero weights:
    deterministic, so the shipped table is what ``bench/train_stances.py`` makes from dev.
    Returns {feature: [w(-1), w(0), w(+1)]}."""
    import numpy as np

    vocab: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            vocab.setdefault(f, len(vocab))
    x = np.zeros((len(rows), len(vocab)))
    y = np.zeros((len(rows), 3))
    for i, (feats, label) in enumerate(rows):
        x[i, [vocab[f] for f in feats]] = 1.0
        y[i, POLARITIES.index(label)] = 1.0
    w = np.zeros((len(vocab), 3))
    n = len(rows)
    for _ in range(iterations):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        w -= rate * (x.T @ (p - y) / n + l2 / n * w)
    return {f: [float(v) for v in w[j]] for f, j in vocab.items()}

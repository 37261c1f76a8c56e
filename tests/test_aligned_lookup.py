"""Co-alignment as a lookup (:func:`kb.analysis.index.aligned`) against the implementation it replaced.

The reference below is the loop ``aligned`` was before it laid each target's column end to
end (:func:`~kb.analysis.index._shared`) and merged the claims' parts lazily, offering each
holder's stances strongest first (:func:`~kb.analysis.index._claims`): on random indexes, kept
by random writes and deletes, both must give the same actors, scores, listed shared targets
(the ``m`` most agreed, by a sort of all of them), counts of shared targets and claims.
"""

from __future__ import annotations

import heapq
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.analysis import index as index_module
from kb.analysis.evidence import Tie, _tie_key
from kb.analysis.graph import contribution
from kb.analysis.index import TieIndex, aligned
from kb.analysis.ties import ArticleEvidence

ACTORS = [f"a{i}" for i in range(7)]

tie = st.builds(
    Tie,
    kind=st.sampled_from(["stance", "stance", "stance", "member"]),
    source=st.sampled_from(ACTORS),
    target=st.sampled_from(ACTORS),
    polarity=st.sampled_from([-1, 0, 1]),
    claim=st.sampled_from(["c1", "c2", "c3", "c4"]),
    status=st.sampled_from(["asserted", "reported", "alleged"]),
    confidence=st.sampled_from([1.0, 0.7, 0.4]),
)
write = st.tuples(st.sampled_from(["p", "q", "r", "s", "t"]), st.lists(tie, max_size=8), st.booleans())


def _reference(index: TieIndex, actor: str, limit: int, n: int, m: int) -> list[tuple[Any, ...]]:
    """The former ``aligned`` under the index's own weights: a Python loop over every (target, holder)."""
    stance = index.stance_weight
    direct = {}
    for o in index.adjacency.get(actor, ()):
        key = (actor, o) if actor < o else (o, actor)
        direct[o] = index.edge.get(key, 0.0)
    shared: dict[str, float] = {}
    for target, w_mine in stance.get(actor, {}).items():
        if not w_mine:
            continue
        for other in sorted(index.held.get(target, ())):
            if other in (actor, target):
                continue
            w = stance.get(other, {}).get(target, 0.0)
            least = min(abs(w), abs(w_mine))
            signed = least if (w > 0) == (w_mine > 0) else -least
            shared[other] = shared.get(other, 0.0) + signed * (w != 0)
    scored = sorted(
        (-s, o)
        for o in set(direct) | set(shared)
        if (s := round(direct.get(o, 0.0) + shared.get(o, 0.0), 9)) > 0
    )
    out = []
    mine = stance.get(actor, {})
    for neg, other in scored[:limit]:
        theirs = stance.get(other, {})
        on = sorted(t for t in mine if t != other and mine[t] and theirs.get(t))
        agree = {
            t: min(abs(mine[t]), abs(theirs[t])) * (1 if (mine[t] > 0) == (theirs[t] > 0) else -1) for t in on
        }
        listed = tuple(sorted(agree.items(), key=lambda kv: (-kv[1], kv[0]))[:m])
        key = (actor, other) if actor < other else (other, actor)
        parts = [_strongest(index.pairs.get(key, ()), n)]
        for target in on:
            parts.append(_strongest(index.stances[actor][target].values(), n))
            parts.append(_strongest(index.stances[other][target].values(), n))
        top, seen = [], set()
        for k, w, _t in heapq.merge(*parts, key=lambda x: (-abs(x[1]), x[0])):
            if k not in seen:
                seen.add(k)
                top.append((k, w))
                if len(top) == n:
                    break
        out.append(
            (other, -neg, direct.get(other, 0.0), round(shared.get(other, 0.0), 9), listed, len(on), top)
        )
    return out


def _strongest(ties, n: int) -> list[tuple[tuple, float, Tie]]:  # type: ignore[no-untyped-def]
    best: dict[tuple, tuple[float, Tie]] = {}
    for t in ties:
        best.setdefault((_tie_key(t), t.polarity), (contribution(t, TieIndex().weights), t))
    top = sorted(best.items(), key=lambda kv: (-abs(kv[1][0]), kv[0]))[:n]
    return [(k, w, t) for k, (w, t) in top]


def _claim(c: dict[str, Any]) -> tuple[Any, ...]:
    return (c["holder"], c["target"], c["claim"], c["polarity"], c["weight"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(write, min_size=1, max_size=12), st.integers(1, 6), st.integers(1, 4), st.integers(0, 4))
def test_aligned_equals_the_former_loop_after_every_write(writes, limit: int, n: int, m: int) -> None:
    index = TieIndex()
    for article, ties, delete in writes:
        if delete:
            index.drop(article)
        else:
            index.put(ArticleEvidence(article, tuple(replace(t, article=article) for t in ties)))
        for actor in sorted(set(index.stances) | set(index.adjacency)):
            got = [
                (
                    a.actor,
                    a.score,
                    a.direct,
                    a.shared,
                    a.targets,
                    a.shared_targets,
                    [_claim(c) for c in a.claims],
                )
                for a in aligned(index, actor, limit=limit, claims=n, targets=m)
            ]
            want = [
                (o, s, d, sh, on, count, [(k[1], k[2], k[3], int(k[5]), w) for (k, _p), w in top])
                for o, s, d, sh, on, count, top in _reference(index, actor, limit, n, m)
            ]
            assert got == want


busy = st.builds(
    Tie,
    kind=st.just("stance"),
    source=st.sampled_from(["a0", "a1"]),
    target=st.sampled_from(["a0", "a1", *(f"t{i}" for i in range(8))]),
    polarity=st.sampled_from([-1, 1]),
    claim=st.sampled_from(["c1", "c2", "c3"]),
    status=st.sampled_from(["asserted", "reported", "alleged"]),
    confidence=st.sampled_from([1.0, 0.7, 0.4]),
)


@pytest.mark.parametrize("walk", [0, 8, 10**6])  # a lookup per shared target, as served, a walk of every head
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(busy, min_size=2, max_size=40), st.integers(1, 3), st.integers(0, 3))
def test_the_claims_of_a_pair_sharing_many_targets(monkeypatch, walk: int, ties, n: int, m: int) -> None:
    """Two actors with stances toward many of the same targets and toward each other: the claims
    are read from each holder's stances strongest first (by a walk of its heads, or a lookup of
    each target when few can be shared: ``WALK``), and must be those a sort of all gives."""
    monkeypatch.setattr(index_module, "WALK", walk)
    index = TieIndex()
    index.put(ArticleEvidence("p", tuple(replace(t, article="p") for t in ties)))
    for actor in ("a0", "a1"):
        if actor not in index.stances and actor not in index.adjacency:
            continue
        got = [
            (a.actor, a.targets, a.shared_targets, [_claim(c) for c in a.claims])
            for a in aligned(index, actor, claims=n, targets=m)
        ]
        want = [
            (o, on, count, [(k[1], k[2], k[3], int(k[5]), w) for (k, _p), w in top])
            for o, _s, _d, _sh, on, count, top in _reference(index, actor, 20, n, m)
        ]
        assert got == want

"""Alignment over time: the clustering of each time window, camps followed from window to
window, and the drift of actors between camps with the claims that moved them.

A *camp* is a cluster followed through time: the clusters of one window are matched to
those of the window before by member overlap (Jaccard index), one to one, greatest overlap
first; a cluster that overlaps none enough starts a new camp. An actor *drifts* when it sits
in one camp in a window and in another camp in the next window, both camps with at least
two members (joining or leaving a cluster of one is no change of sides). What moved it are
the claims of the new window that tie it positively to its new camp and negatively to its
old one, strongest first, as ``--explain`` shows them for one run.

Everything here is pure: it takes ties with their dates, as an
:class:`~kb.analysis.evidence.AlignmentInput` read from a store (each window cut from every
tie) or as a tie index (:class:`~kb.analysis.index.TieIndex`: each window looked up by date,
so a window costs its own ties, not the KB's). Both give the same answers.
:func:`window_alignment` is the clustering of one window from the index, kept per window and
the window's ties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from itertools import pairwise
from typing import Any

from kb.analysis._gc import paused_gc
from kb.analysis.alignment import Alignment, align_input, run_alignment
from kb.analysis.evidence import AlignmentInput
from kb.analysis.explain import EvidenceItem, explain_actor
from kb.analysis.graph import Weights
from kb.analysis.index import TieIndex
from kb.analysis.params import AlignmentParams
from kb.analysis.record import input_digest, run_id, sum_digest
from kb.analysis.timeline import Dated, InputWindows
from kb.cache import LRUCache
from kb.errors import QueryError
from kb.taskpool import TaskRunner

__all__ = [
    "Drift",
    "Move",
    "WindowRun",
    "drift",
    "drift_text",
    "drift_with",
    "jaccard",
    "match_clusters",
    "parse_span",
    "window_alignment",
    "windows",
]

MIN_JACCARD = 0.3
"""Below this overlap two clusters of consecutive windows are not the same camp."""

INLINE_TIES = 100_000
"""A window with at most this many ties is clustered in the calling thread (:func:`window_alignment`)."""


def parse_span(value: str) -> timedelta:
    """A window or step length: ``30d`` (days) or ``4w`` (weeks).

    >>> parse_span("30d"), parse_span("2w")
    (datetime.timedelta(days=30), datetime.timedelta(days=14))
    """
    m = re.fullmatch(r"\s*([1-9][0-9]{0,4})\s*([dw])\s*", value or "")
    if not m:
        raise QueryError(f"'{value}' is not a time span: a number of days or weeks, such as 30d or 4w")
    return timedelta(days=int(m[1]) * (7 if m[2] == "w" else 1))


def windows(start: date, end: date, window: timedelta, step: timedelta) -> list[tuple[date, date]]:
    """Windows of length ``window`` (``since``, ``until`` inclusive), every ``step``, covering start..end.

    >>> ws = windows(date(2025, 1, 1), date(2025, 1, 20), timedelta(days=10), timedelta(days=7))
    >>> [f"{a:%d}-{b:%d}" for a, b in ws]
    ['01-10', '08-17', '15-24']
    """
    if window.days < 1 or step.days < 1:
        raise QueryError("window and step must be at least one day")
    if (end - start).days // step.days > 2000:
        raise QueryError(f"{start} to {end} by {step.days} days is over 2000 windows: take a longer step")
    out = []
    since = start
    while True:
        out.append((since, since + window - timedelta(days=1)))
        if since + window - timedelta(days=1) >= end:
            return out
        since += step


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """``|a & b| / |a | b|`` (0 for two empty sets).

    >>> jaccard({"x", "y"}, {"y", "z"})
    0.333333
    """
    union = len(a | b)
    return round(len(a & b) / union, 6) if union else 0.0


def match_clusters(
    before: list[frozenset[str]], after: list[frozenset[str]], *, min_jaccard: float = MIN_JACCARD
) -> dict[int, int]:
    """Which cluster of ``before`` each cluster of ``after`` continues (index -> index), one to one.

    >>> match_clusters([frozenset("ab"), frozenset("cd")], [frozenset("cde"), frozenset("xy")])
    {0: 1}
    """
    where = {m: j for j, b in enumerate(before) for m in b}
    scored = []
    for i, a in enumerate(after):  # only clusters that share a member can match: no |before| x |after|
        shared: dict[int, int] = {}
        for m in a:
            if (j := where.get(m)) is not None:
                shared[j] = shared.get(j, 0) + 1
        for j, n in shared.items():
            scored.append((round(n / (len(a) + len(before[j]) - n), 6), j, i))
    pairs = sorted(scored, key=lambda p: (-p[0], p[2], p[1]))
    out: dict[int, int] = {}
    taken: set[int] = set()
    for score, j, i in pairs:
        if score < min_jaccard:
            break
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out


@dataclass(frozen=True)
class WindowRun:
    """One window: its dates, its alignment, and the camp of each of its clusters."""

    since: date
    until: date
    alignment: Alignment
    camps: tuple[int, ...]
    """``camps[k]`` is the camp of cluster ``k``."""
    cluster_of_camp: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.cluster_of_camp.update((camp, k) for k, camp in enumerate(self.camps))

    def camp_of(self, actor: str) -> int | None:
        c = self.alignment.clustering
        return self.camps[c.assignment[actor]] if actor in c.assignment else None

    def members(self, camp: int) -> tuple[str, ...]:
        """The camp's members in this window (a camp is one cluster of a window, or none)."""
        k = self.cluster_of_camp.get(camp)
        return () if k is None else self.alignment.clustering.clusters[k].members


@dataclass(frozen=True)
class Move:
    """An actor that changed camps from one window to the next, and the claims behind it."""

    actor: str
    label: str
    since: date
    until: date
    """The window in which it is first seen in its new camp."""
    before: int
    after: int
    claims: tuple[EvidenceItem, ...]


@dataclass
class Drift:
    """The windows of a run over time, camp by camp, and every move between camps."""

    runs: list[WindowRun]
    moves: list[Move]
    camp_names: dict[int, str] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    """Every actor's label, for the ends of each tie shown."""

    def moves_of(self, actor: str) -> list[Move]:
        return [m for m in self.moves if m.actor == actor]

    def summary(self, *, members: int = 5, actor: str | None = None) -> dict[str, Any]:
        """Every window with its camps and every move (of ``actor`` only, when given) with its
        claims, in plain types."""
        out_windows = []
        for run in self.runs:
            a = run.alignment
            out_windows.append(
                {
                    "since": run.since.isoformat(),
                    "until": run.until.isoformat(),
                    "ties": len(a.data.ties),
                    "actors": a.graph.number_of_nodes(),
                    "frustration": a.clustering.frustration_weight,
                    "camps": [
                        {
                            "camp": camp,
                            "size": len(cl.members),
                            "members": [{"actor": m, "label": a.label(m)} for m in cl.members[:members]],
                        }
                        for cl, camp in zip(a.clustering.clusters, run.camps, strict=True)
                        if len(cl.members) > 1
                    ],
                }
            )
        return {
            "parameters": self.parameters,
            "windows": out_windows,
            "camps": {str(k): v for k, v in sorted(self.camp_names.items())},
            "moves": [
                {
                    "actor": m.actor,
                    "label": m.label,
                    "since": m.since.isoformat(),
                    "until": m.until.isoformat(),
                    "from": m.before,
                    "from_label": self.camp_names.get(m.before),
                    "to": m.after,
                    "to_label": self.camp_names.get(m.after),
                    "claims": [_evidence(e, self.labels) for e in m.claims],
                }
                for m in self.moves
                if actor is None or m.actor == actor
            ],
        }


def drift(
    data: AlignmentInput | Dated,
    *,
    window: timedelta,
    step: timedelta,
    since: date | None = None,
    until: date | None = None,
    weights: Weights | None = None,
    seed: int = 0,
    resolution: float = 0.0,
    annotation: str | None = None,
    min_jaccard: float = MIN_JACCARD,
    top: int = 5,
) -> Drift:
    """Cluster each window of ``data``'s dated ties and follow camps and moves between them.

    ``data`` is ties read from a store, or anything that looks windows up by date (a
    :class:`~kb.analysis.index.TieIndex`). Windows run from ``since`` (default: the earliest
    dated tie) to ``until`` (the latest); undated ties belong to no window.
    """
    source: Dated = InputWindows(data) if isinstance(data, AlignmentInput) else data
    span = source.span(annotation)
    if span is None:
        return Drift([], [], parameters=_parameters(window, step, since, until, annotation))
    start, end = since or span[0], until or span[1]
    runs: list[WindowRun] = []
    next_camp = 0
    labels: dict[str, str] = {}
    for lo, hi in windows(start, end, window, step):
        a = align_input(
            source.window(lo, hi),
            weights=weights,
            seed=seed,
            resolution=resolution,
            annotation=annotation,
            since=lo,
            until=hi,
        )
        labels.update((iri, info.label) for iri, info in a.data.actors.items())
        clusters = [frozenset(cl.members) for cl in a.clustering.clusters]
        camps: list[int | None] = [None] * len(clusters)
        if runs:
            prev = runs[-1]
            before = [frozenset(cl.members) for cl in prev.alignment.clustering.clusters]
            for i, j in match_clusters(before, clusters, min_jaccard=min_jaccard).items():
                camps[i] = prev.camps[j]
        for i, c in enumerate(camps):
            if c is None:
                camps[i], next_camp = next_camp, next_camp + 1
        runs.append(WindowRun(lo, hi, a, tuple(c for c in camps if c is not None)))
    moves = [m for prev, run in pairwise(runs) for m in _moves(prev, run, top)]
    names: dict[int, tuple[int, str]] = {}
    movers = {m.actor for m in moves}
    for run in runs:  # a camp is named after its most tied members that never moved, where it was largest
        for cl, camp in zip(run.alignment.clustering.clusters, run.camps, strict=True):
            if len(cl.members) > 1 and (camp not in names or len(cl.members) > names[camp][0]):
                leaders = _leaders(run, cl, movers)
                names[camp] = (len(cl.members), ", ".join(run.alignment.label(m) for m in leaders))
    return Drift(
        runs,
        moves,
        {k: v[1] for k, v in names.items()},
        _parameters(window, step, start, end, annotation),
        dict(sorted(labels.items())),
    )


def drift_with(
    data: AlignmentInput | Dated, params: AlignmentParams, *, window: str, step: str, top: int = 5
) -> Drift:
    """:func:`drift` with the knobs of one :class:`~kb.analysis.params.AlignmentParams` and
    spans written as the CLI and the API take them (``30d``, ``4w``)."""
    return drift(
        data,
        window=parse_span(window),
        step=parse_span(step),
        since=params.since,
        until=params.until,
        weights=params.weights(),
        seed=params.seed,
        resolution=params.resolution,
        annotation=params.annotation,
        top=top,
    )


def window_alignment(
    index: TieIndex,
    params: AlignmentParams,
    *,
    cache: LRUCache | None = None,
    tasks: TaskRunner | None = None,
    timeout: float = 0.0,
) -> tuple[Alignment, dict[str, Any]]:
    """The alignment of the window ``params.since``..``params.until``, from ``index``, and which run it is.

    The window's ties are looked up by date (:meth:`~kb.analysis.index.TieIndex.window`), so
    it costs the window, not the KB; ``cache`` keeps it per window, knobs and the window's
    ties (the sum of their hashes, :meth:`~kb.analysis.index.TieIndex.window_hash`, what its
    run ID is made of): a write outside the window leaves it a lookup, a write inside it
    changes the key. The answer is the one :func:`~kb.analysis.alignment.align` gives from
    the store. A window of at most :data:`INLINE_TIES` ties is clustered here: sending it to
    one of ``tasks``' workers and its alignment back costs more than the clustering (2.0 s
    against 1.0 s for 16k ties); a larger one (a window over most of a large KB) goes to a
    worker, within ``timeout`` seconds, as every non-default alignment does.
    """
    span = (params.since, params.until)

    def compute(total: int) -> tuple[Alignment, dict[str, Any]] | None:
        with paused_gc():  # one pause for the whole window: its objects are scanned once, after
            with index.lock:  # the version the window was read at
                if index.window_hash(*span, include_undated=params.include_undated) != total:
                    return None  # a write into the window since its key was taken: not kept, asked again
                data = index.window(*span, include_undated=params.include_undated)
            runner = tasks if len(data.ties) > INLINE_TIES else None
            a = run_alignment(data, runner, timeout, **params.align_kwargs(), cut=True)  # cut by date already
            p = {**a.clustering.parameters, "weights": a.weights.as_dict()}
            whole = params.annotation is None  # then the window's ties are all its input: hashed by article
            digest = sum_digest(total) if whole else input_digest(a.data.ties)
            return a, {"id": run_id(digest, p), "computed": "full"}

    while True:
        with index.lock:
            version = index.version
            total = index.window_hash(*span, include_undated=params.include_undated)
        if cache is None:
            found = compute(total)
        else:
            key = ("window", id(index), total, params.key())
            found = cache.get(key, partial(compute, total), keep=lambda v: v is not None)
        if found is None:
            continue
        a, run = found
        return a, {**run, "index_version": version, "pending": False}


def drift_text(d: Drift, *, actor: str | None = None) -> str:
    """The windows, their camps and the moves (of ``actor`` only, when given) as text."""
    lines = []
    for run in d.runs:
        a = run.alignment
        camps = [
            f"camp {camp} ({len(cl.members)})"
            for cl, camp in zip(a.clustering.clusters, run.camps, strict=True)
            if len(cl.members) > 1
        ]
        lines.append(f"{run.since} .. {run.until}: {len(a.data.ties)} ties; {', '.join(camps) or 'no camp'}")
    lines.append("")
    for k, name in sorted(d.camp_names.items()):
        lines.append(f"camp {k}: {name}")
    moves = [m for m in d.moves if actor is None or m.actor == actor]
    lines.append("")
    lines.append(f"{len(moves)} move(s) between camps" + (":" if moves else ""))
    for m in moves:
        lines.append(f"- {m.label}: camp {m.before} -> camp {m.after}, window {m.since} .. {m.until}")
        for e in m.claims:
            ends = f"{d.labels.get(e.source, e.source)} -> {d.labels.get(e.target, e.target)}"
            own = e.speaker and e.speaker.endswith("/author")
            who = "the article" if own else e.speaker_label or e.speaker
            sign = "+" if e.polarity > 0 else "-"
            lines.append(f"    {e.date or 'undated'} {ends} ({sign}), {who}: “{e.quote}” ({e.status})")
    return "\n".join(lines)


def _moves(prev: WindowRun, run: WindowRun, top: int) -> list[Move]:
    """The actors in a camp of two or more in both windows whose camp changed."""
    out = []
    a = run.alignment
    for actor in sorted(a.clustering.assignment):
        before, after = prev.camp_of(actor), run.camp_of(actor)
        if before is None or after is None or before == after:
            continue
        if len(prev.members(before)) < 2 or len(run.members(after)) < 2:
            continue
        old = {*run.members(before), *prev.members(before)}
        expl = explain_actor(a.graph, a.clustering, actor, top=None)
        items = [e for edge in expl.ties_inside if edge.weight > 0 for e in edge.evidence if e.polarity > 0]
        items += [
            e
            for edge in expl.ties_outside
            if edge.other in old and edge.weight < 0
            for e in edge.evidence
            if e.polarity < 0
        ]
        items.sort(key=lambda e: (-abs(e.contribution), e.date or "", e.claim or ""))
        out.append(Move(actor, a.label(actor), run.since, run.until, before, after, tuple(items[:top])))
    return out


def _leaders(run: WindowRun, cluster: Any, movers: set[str]) -> list[str]:
    """A cluster's three members with the most ties in its window (those that stay first)."""
    G = run.alignment.graph
    return sorted(cluster.members, key=lambda m: (m in movers, -G.degree(m), m))[:3]


def _parameters(
    window: timedelta, step: timedelta, since: date | None, until: date | None, annotation: str | None
) -> dict[str, Any]:
    return {
        "window": f"{window.days}d",
        "step": f"{step.days}d",
        "since": since and since.isoformat(),
        "until": until and until.isoformat(),
        "annotation": annotation,
    }


def _evidence(e: EvidenceItem, labels: dict[str, str]) -> dict[str, Any]:
    return {
        "source_label": labels.get(e.source, e.source),
        "target_label": labels.get(e.target, e.target),
        "claim": e.claim,
        "quote": e.quote,
        "speaker": e.speaker,
        "speaker_label": e.speaker_label,
        "via": e.via,
        "source": e.source,
        "target": e.target,
        "polarity": e.polarity,
        "status": e.status,
        "contribution": e.contribution,
        "article": e.article,
        "date": e.date,
        "annotation": e.annotation,
    }

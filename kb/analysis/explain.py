"""Why an actor sits in its cluster, and which claims connect two actors.

Every tie shown carries its claims: the quote, who said it, via whom, in which article,
with which epistemic status, and what it added to the edge's weight. Part-of links are
not anybody's claim; they are listed apart, as the structure the annotation records (curated,
or drafted by a named drafter version).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import networkx as nx

from kb.analysis.clusters import Clustering
from kb.analysis.evidence import Tie

__all__ = [
    "ActorExplanation",
    "EdgeExplanation",
    "EvidenceItem",
    "PairExplanation",
    "explain_actor",
    "explain_pair",
]


@dataclass(frozen=True)
class EvidenceItem:
    kind: str
    source: str
    target: str
    polarity: int
    contribution: float
    claim: str | None
    status: str | None
    confidence: float
    quote: str | None
    speaker: str | None
    speaker_label: str | None
    via: str | None
    article: str | None
    annotation: str = "curated"
    generator: str | None = None
    date: str | None = None
    """The publication date of the tie's article (None: undated)."""

    @property
    def made_by(self) -> str:
        """Who put this link in the KB: a curator, or the drafter version that drafted it."""
        if self.annotation == "drafted":
            return f"drafted by {self.generator or 'the drafter (version not recorded)'}, not reviewed"
        return "curated"


@dataclass(frozen=True)
class EdgeExplanation:
    """One edge: the other actor, the net weight, whether it agrees with the partition."""

    other: str
    other_label: str
    other_cluster: int
    weight: float
    agrees: bool
    evidence: tuple[EvidenceItem, ...]

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(sorted({e.claim for e in self.evidence if e.claim}))


@dataclass(frozen=True)
class ActorExplanation:
    actor: str
    label: str
    cluster: int
    cluster_members: tuple[str, ...]
    ties_inside: tuple[EdgeExplanation, ...]
    ties_outside: tuple[EdgeExplanation, ...]
    structure: tuple[EdgeExplanation, ...] = field(default=())

    @property
    def support(self) -> float:
        """Net signed weight toward the own cluster minus the strongest other cluster."""
        inside = sum(e.weight for e in self.ties_inside)
        by_cluster: dict[int, float] = {}
        for e in self.ties_outside:
            by_cluster[e.other_cluster] = by_cluster.get(e.other_cluster, 0.0) + e.weight
        return round(inside - max([0.0, *by_cluster.values()]), 9)


@dataclass(frozen=True)
class PairExplanation:
    a: str
    b: str
    same_cluster: bool | None
    direct: EdgeExplanation | None
    path: tuple[str, ...]
    hops: tuple[EdgeExplanation, ...]


def _items(evidence: list[tuple[Tie, float]]) -> tuple[EvidenceItem, ...]:
    items = [
        EvidenceItem(
            kind=t.kind,
            source=t.source,
            target=t.target,
            polarity=t.polarity,
            contribution=w,
            claim=t.claim,
            status=t.status,
            confidence=t.confidence,
            quote=t.quote,
            speaker=t.speaker,
            speaker_label=t.speaker_label,
            via=t.via,
            article=t.article,
            annotation=t.annotation,
            generator=t.generator,
            date=t.date,
        )
        for t, w in evidence
    ]
    return tuple(sorted(items, key=lambda e: (-abs(e.contribution), e.claim or "", e.kind)))


def _edge(G: nx.Graph, clustering: Clustering | None, u: str, v: str) -> EdgeExplanation:
    data = G[u][v]
    w = data["weight"]
    same = clustering.same(u, v) if clustering else None
    return EdgeExplanation(
        other=v,
        other_label=G.nodes[v].get("label", v),
        other_cluster=clustering.assignment[v] if clustering else -1,
        weight=w,
        agrees=bool(same) == (w > 0) if same is not None else True,
        evidence=_items(data["evidence"]),
    )


def explain_actor(
    G: nx.Graph, clustering: Clustering, actor: str, *, top: int | None = 10
) -> ActorExplanation:
    """The ties that hold ``actor`` in its cluster and those that pull it out or push it away.

    Ties inside come strongest first; ties outside by absolute weight, so the negative
    ties that separate the actor from other clusters and the positive ones that the
    partition overrides (its frustration) both show.
    """
    if actor not in G:
        raise KeyError(actor)
    inside, outside, structure = [], [], []
    for other in G[actor]:
        e = _edge(G, clustering, actor, other)
        if not e.claims:
            structure.append(e)
        elif clustering.same(actor, other):
            inside.append(e)
        else:
            outside.append(e)
    inside.sort(key=lambda e: (-e.weight, e.other))
    outside.sort(key=lambda e: (-abs(e.weight), e.other))
    structure.sort(key=lambda e: e.other)
    cluster = clustering.cluster_of(actor)
    return ActorExplanation(
        actor=actor,
        label=G.nodes[actor].get("label", actor),
        cluster=cluster.id,
        cluster_members=cluster.members,
        ties_inside=tuple(inside[:top]),
        ties_outside=tuple(outside[:top]),
        structure=tuple(structure),
    )


def explain_pair(G: nx.Graph, a: str, b: str, clustering: Clustering | None = None) -> PairExplanation:
    """The claims that connect ``a`` and ``b``: their own edge, or else the shortest chain.

    The chain is the shortest path on the unsigned graph, each hop with its evidence, so
    "how are Macron and Putin connected?" has an answer even when neither spoke of the other.
    """
    for node in (a, b):
        if node not in G:
            raise KeyError(node)
    same = clustering.same(a, b) if clustering else None
    direct = _edge(G, clustering, a, b) if G.has_edge(a, b) else None
    try:
        path = tuple(nx.shortest_path(G, a, b)) if a != b else (a,)
    except nx.NetworkXNoPath:
        path = ()
    hops = tuple(_edge(G, clustering, u, v) for u, v in pairwise(path))
    return PairExplanation(a, b, same, direct, path, hops)

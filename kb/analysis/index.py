"""The tie index: every article's share of the alignment, held in memory and updated by deltas.

Reading the ties of the whole KB costs time in proportion to the KB (1.8 s at 1k articles,
36 s at 10k), so a process reads them once (:func:`load_index`) and then applies each
write's delta (:meth:`TieIndex.put`: the article's old ties out, its new ones in, derived
from the annotation being written by :func:`~kb.analysis.ties.article_evidence`). The
questions that follow read the index, not the store: the alignment's input
(:meth:`TieIndex.input`) and the actors most aligned with one actor (:func:`aligned`).

The index is never the only copy: the store holds every article, and each article's tie
graph is written in the article's own transaction, so a process that starts after a crash
reads a consistent KB and builds its index from it.
"""

from __future__ import annotations

import bisect
import threading
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from kb.analysis.evidence import ActorInfo, AlignmentInput, Tie, _tie_key, load_alignment_input
from kb.analysis.graph import Weights, contribution
from kb.analysis.ties import ArticleEvidence
from kb.errors import NotFoundError
from kb.names import choose, matches
from kb.store import Store

__all__ = ["AlignedActor", "TieIndex", "aligned", "aligned_json", "index_from_input", "load_index"]


@dataclass
class TieIndex:
    """Per-article evidence, with each pair's ties and each actor's stances kept in step.

    ``pairs`` maps an unordered pair ``(u, v)``, ``u < v``, to its ties in the order of a
    full read (:func:`~kb.analysis.evidence._tie_key`), so an edge summed from it is the
    very float a full rebuild sums. ``version`` counts the deltas applied.
    """

    articles: dict[str, ArticleEvidence] = field(default_factory=dict)
    infos: dict[str, ActorInfo] = field(default_factory=dict)
    pairs: dict[tuple[str, str], list[Tie]] = field(default_factory=dict)
    stances: dict[str, dict[str, list[Tie]]] = field(default_factory=dict)
    """Holder -> target -> the holder's stance ties toward it."""
    held: dict[str, set[str]] = field(default_factory=dict)
    """Target -> the holders of a stance toward it."""
    adjacency: dict[str, set[str]] = field(default_factory=dict)
    """Actor -> the actors it shares a pair (an edge) with."""
    version: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    def put(self, ev: ArticleEvidence) -> tuple[list[Tie], list[Tie]]:
        """Replace one article's share with ``ev``; returns the ties taken out and put in."""
        with self.lock:
            old = self.articles.pop(ev.article, None)
            removed = list(old.ties) if old else []
            for t in removed:
                self._unlink(t)
            self.articles[ev.article] = ev
            for iri, info in ev.actors.items():
                self.infos.setdefault(iri, info)  # first label wins, as in a full read
            for t in ev.ties:
                self._link(t)
            self.version += 1
            return removed, list(ev.ties)

    def drop(self, article: str) -> list[Tie]:
        """Take one article's share out (the article was deleted); returns its ties."""
        with self.lock:
            old = self.articles.pop(article, None)
            for t in old.ties if old else ():
                self._unlink(t)
            self.version += 1
            return list(old.ties) if old else []

    def input(self) -> AlignmentInput:
        """The alignment's whole input, as :func:`load_alignment_input` reads it from the store."""
        with self.lock:
            methods: dict[str, set[str]] = defaultdict(set)
            spoken: dict[str, int] = {}
            by: dict[str, dict[str, int]] = {}
            ties: list[Tie] = []
            for ev in self.articles.values():
                for iri in ev.actors:
                    methods[iri].add(ev.method)
                for who, n in ev.spoken.items():
                    spoken[who] = spoken.get(who, 0) + n
                    m = by.setdefault(ev.method, {})
                    m[who] = m.get(who, 0) + n
                ties += ev.ties
            actors = {
                iri: replace(self.infos[iri], annotations=frozenset(found)) for iri, found in methods.items()
            }
        ties.sort(key=_tie_key)
        return AlignmentInput(actors=actors, ties=ties, claims_spoken=spoken, claims_spoken_by=by)

    def neighbours(self, actor: str) -> set[str]:
        """The actors ``actor`` shares a tie with."""
        with self.lock:
            out = set(self.stances.get(actor, ()))
            out |= self.held.get(actor, set())
            out |= {u if v == actor else v for (u, v) in self._pairs_of(actor)}
            out.discard(actor)
            return out

    def resolve(self, name: str) -> str:
        """An actor's IRI from its IRI, ID, label or alias (:mod:`kb.names`)."""
        with self.lock:
            if name in self.infos:
                return name
            names = {iri: (i.identifier, i.label, *i.aliases, *i.hidden) for iri, i in self.infos.items()}
            hits = matches(name, names)
            return choose(name, sorted(hits), labels={h: self.infos[h].label for h in hits})

    def label(self, iri: str) -> str:
        info = self.infos.get(iri)
        return info.label if info else iri

    # -- bookkeeping ------------------------------------------------------------------------

    def _link(self, t: Tie) -> None:
        if t.source != t.target:
            key = (t.source, t.target) if t.source < t.target else (t.target, t.source)
            ties = self.pairs.setdefault(key, [])
            bisect.insort(ties, t, key=_tie_key)
            self.adjacency.setdefault(key[0], set()).add(key[1])
            self.adjacency.setdefault(key[1], set()).add(key[0])
        if t.kind == "stance":
            self.stances.setdefault(t.source, {}).setdefault(t.target, []).append(t)
            self.held.setdefault(t.target, set()).add(t.source)

    def _unlink(self, t: Tie) -> None:
        if t.source != t.target:
            key = (t.source, t.target) if t.source < t.target else (t.target, t.source)
            ties = self.pairs.get(key, [])
            if t in ties:
                ties.remove(t)
            if not ties:
                self.pairs.pop(key, None)
                self.adjacency.get(key[0], set()).discard(key[1])
                self.adjacency.get(key[1], set()).discard(key[0])
        if t.kind == "stance":
            toward = self.stances.get(t.source, {})
            mine = toward.get(t.target, [])
            if t in mine:
                mine.remove(t)
            if not mine:
                toward.pop(t.target, None)
                self.held.get(t.target, set()).discard(t.source)

    def _pairs_of(self, actor: str) -> list[tuple[str, str]]:
        return [(actor, o) if actor < o else (o, actor) for o in self.adjacency.get(actor, ())]


def index_from_input(data: AlignmentInput) -> TieIndex:
    """An index of what a full read found, article by article."""
    by_article: dict[str, list[Tie]] = defaultdict(list)
    for t in data.ties:
        if t.article:
            by_article[t.article].append(t)
    method = {t.article: t.annotation for t in data.ties if t.article}
    index = TieIndex()
    for article in sorted(set(by_article) | set(data.named) | set(data.spoken_in)):
        named = data.named.get(article, set())
        m = method.get(article) or next(
            (a for iri in named for a in sorted(data.actors[iri].annotations) if iri in data.actors),
            "curated",
        )
        actors = {iri: data.actors[iri] for iri in sorted(named) if iri in data.actors}
        index.put(
            ArticleEvidence(
                article, tuple(by_article.get(article, ())), actors, data.spoken_in.get(article, {}), m
            )
        )
    for iri, info in data.actors.items():  # the first label of the full read, not of the article order
        index.infos[iri] = info
    index.version = 0
    return index


def load_index(store: Store) -> TieIndex:
    """Read every article's share of the alignment from ``store`` (one full read)."""
    return index_from_input(load_alignment_input(store))


@dataclass(frozen=True)
class AlignedActor:
    """One actor aligned with another: by how much, and on which claims."""

    actor: str
    label: str
    score: float
    direct: float
    """The signed weight of the ties between the two (their edge in the alignment graph)."""
    shared: float
    """The weight of their stances on shared targets: + when they agree, - when they differ."""
    targets: tuple[str, ...]
    claims: tuple[dict[str, Any], ...]


def aligned(
    index: TieIndex, actor: str, *, weights: Weights | None = None, limit: int = 20, claims: int = 10
) -> list[AlignedActor]:
    """The actors most aligned with ``actor``, from the index alone (no store read).

    Two actors line up through their direct ties (the signed weight of their edge, as the
    alignment weighs it) and through their stances on the same targets: for each shared
    target, the smaller of their two stance weights toward it, counted + when the signs agree
    and - when they differ (one praising what the other attacks). Only actors with a positive
    total are listed, strongest first, each with its ``claims`` strongest ties.

    >>> from kb.analysis.ties import ArticleEvidence
    >>> ix = TieIndex()
    >>> _ = ix.put(ArticleEvidence("art", (
    ...     Tie("stance", "a", "t", -1, claim="c1", status="asserted"),
    ...     Tie("stance", "b", "t", -1, claim="c2", status="reported"),
    ...     Tie("stance", "c", "t", 1, claim="c3", status="asserted"))))
    >>> [(x.actor, x.score) for x in aligned(ix, "a")]
    [('b', 0.75)]
    """
    weights = weights or Weights()
    with index.lock:
        if actor not in index.infos and actor not in index.stances and actor not in index.adjacency:
            raise NotFoundError(f"no actor {actor} in the KB")
        scores: dict[str, list] = {}  # other -> [direct, shared, targets, ties]

        def entry(other: str) -> list:
            return scores.setdefault(other, [0.0, 0.0, [], []])

        for key in index._pairs_of(actor):
            other = key[1] if key[0] == actor else key[0]
            ties = index.pairs[key]
            e = entry(other)
            e[0] = round(sum(contribution(t, weights) for t in ties), 9)
            e[3] += ties
        for target, mine in index.stances.get(actor, {}).items():
            w_mine = sum(contribution(t, weights) for t in mine)
            if not w_mine:
                continue
            for other in index.held.get(target, ()):
                if other in (actor, target):
                    continue
                theirs = index.stances[other][target]
                w_theirs = sum(contribution(t, weights) for t in theirs)
                if not w_theirs:
                    continue
                sign = 1 if (w_mine > 0) == (w_theirs > 0) else -1
                e = entry(other)
                e[1] += sign * min(abs(w_mine), abs(w_theirs))
                e[2].append(target)
                e[3] += [*mine, *theirs]
        ranked = []
        for other, (direct, shared, targets, ties) in scores.items():
            score = round(direct + shared, 9)
            if score <= 0:
                continue
            ranked.append(
                AlignedActor(
                    actor=other,
                    label=index.label(other),
                    score=score,
                    direct=direct,
                    shared=round(shared, 9),
                    targets=tuple(sorted(set(targets))),
                    claims=tuple(_claims(ties, weights, index)[:claims]),
                )
            )
    ranked.sort(key=lambda a: (-a.score, a.actor))
    return ranked[:limit]


def _claims(ties: list[Tie], weights: Weights, index: TieIndex) -> list[dict[str, Any]]:
    """Each tie behind a pair's score once, strongest first."""
    seen, out = set(), []
    for t in sorted(ties, key=lambda t: (-abs(contribution(t, weights)), _tie_key(t))):
        key = (_tie_key(t), t.polarity)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "kind": t.kind,
                "holder": t.source,
                "holder_label": index.label(t.source),
                "target": t.target,
                "target_label": index.label(t.target),
                "polarity": t.polarity,
                "weight": contribution(t, weights),
                "claim": t.claim,
                "status": t.status,
                "quote": t.quote,
                "speaker": t.speaker_label,
                "article": t.article,
                "annotation": t.annotation,
            }
        )
    return out


def aligned_json(
    index: TieIndex, name: str, *, limit: int = 20, weights: Weights | None = None
) -> dict[str, Any]:
    """``/actors/{id}/aligned`` and ``geokb clusters --aligned``: :func:`aligned` in plain types."""
    iri = index.resolve(name)
    return {
        "actor": iri,
        "label": index.label(iri),
        "aligned": [
            {
                "actor": a.actor,
                "label": a.label,
                "score": a.score,
                "direct": a.direct,
                "shared": a.shared,
                "targets": [{"actor": t, "label": index.label(t)} for t in a.targets],
                "claims": list(a.claims),
            }
            for a in aligned(index, iri, weights=weights, limit=limit)
        ],
    }

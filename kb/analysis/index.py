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
import heapq
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

import numpy as np
from pyoxigraph import Literal, Quad

from kb.analysis._gc import paused_gc
from kb.analysis.dated import StanceDays
from kb.analysis.evidence import ActorInfo, AlignmentInput, Tie, _tie_key, load_alignment_input
from kb.analysis.graph import UNITS, Weights, contribution, edge_weight, in_units, pair_units
from kb.analysis.record import sum_digest, tie_hash
from kb.analysis.ties import ArticleEvidence
from kb.analysis.timeline import DateView, Labels, bounds, day_timeline, tie_order
from kb.errors import NotFoundError
from kb.names import choose, matches
from kb.store import Store

__all__ = [
    "AlignedActor",
    "TieIndex",
    "aligned",
    "aligned_json",
    "article_from_store",
    "index_from_input",
    "load_index",
]


CLAIMS = 10
"""How many claims :func:`aligned` lists per actor unless told (and the warm-up prepares)."""

HEAVY_PAIR = 100
"""Ties from which the warm-up picks a pair's strongest ahead of any question: at 101k articles
the 1,347 pairs of 100 ties or more hold 543k of the 1.59M ties, and picking the strongest of
the 20 pairs an ``aligned`` answer for the busiest actor lists (111k ties) was 1.2 s of its
first 1.5 s. A lighter pair is picked when asked, in about a millisecond."""

@dataclass
class TieIndex:
    """Per-article evidence, with each pair's ties and each actor's stances kept in step.

    ``pairs`` maps an unordered pair ``(u, v)``, ``u < v``, to its ties in the order of a
    full read (:func:`~kb.analysis.evidence._tie_key`), so an edge summed from it is the
    very float a full rebuild sums; ``edge`` holds that sum under the default weights (a
    pair whose every tie weighs nothing has none), ``stance_weight`` each holder's summed
    stance toward each target. ``version`` counts the deltas applied.
    """

    articles: dict[str, ArticleEvidence] = field(default_factory=dict)
    infos: dict[str, ActorInfo] = field(default_factory=dict)
    pairs: dict[tuple[str, str], list[Tie]] = field(default_factory=dict)
    edge: dict[tuple[str, str], float] = field(default_factory=dict)
    stances: dict[str, dict[str, dict[int, Tie]]] = field(default_factory=dict)
    """Holder -> target -> the holder's stance ties toward it (keyed by ``id``: one goes in O(1))."""
    stance_weight: dict[str, dict[str, float]] = field(default_factory=dict)
    units: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    """Pair -> [the exact sum of its ties' contributions (:data:`~kb.analysis.graph.UNITS`), how
    many weigh something]: ``edge`` kept by deltas, without summing a pair's ties again."""
    stance_units: dict[str, dict[str, int]] = field(default_factory=dict)
    """Holder -> target -> the exact sum of its stances' contributions (``stance_weight``'s)."""
    held: dict[str, set[str]] = field(default_factory=dict)
    """Target -> the holders of a stance toward it."""
    adjacency: dict[str, set[str]] = field(default_factory=dict)
    """Actor -> the actors it shares a pair (an edge) with."""
    named_by: dict[str, int] = field(default_factory=dict)
    """Actor -> how many articles name it."""
    hash_sum: int = 0
    """The sum of every tie's hash: the input digest (:func:`~kb.analysis.record.input_digest`)."""
    tie_count: int = 0
    weights: Weights = field(default_factory=Weights)
    version: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)
    dated: DateView = field(default_factory=DateView, repr=False, compare=False)
    """The articles in date order: built when the index is read or loaded (a pass over every
    article: 2-6 s at 100k, which the first window asked for paid before), brought up to
    ``version`` when a window is asked for."""
    days: StanceDays = field(default_factory=StanceDays, repr=False, compare=False)
    """Each actor's stances by day (a timeline's), kept by :meth:`_link` and :meth:`_unlink`."""
    cache: _Cache = field(default_factory=lambda: _Cache(), repr=False, compare=False)
    """What co-alignment reuses between questions (arrays per target, strongest ties), dropped by deltas."""

    def put(self, ev: ArticleEvidence) -> tuple[list[Tie], list[Tie]]:
        """Replace one article's share with ``ev``; returns the ties taken out and put in."""
        with self.lock:
            removed = self._take(ev.article)
            self.articles[ev.article] = ev
            for iri, info in ev.actors.items():
                self.infos.setdefault(iri, info)  # first label wins, as in a full read
                self.named_by[iri] = self.named_by.get(iri, 0) + 1
            for t in ev.ties:
                self._link(t)
            self._resum(removed + list(ev.ties))
            self.version += 1
            return removed, list(ev.ties)

    def drop(self, article: str) -> list[Tie]:
        """Take one article's share out (the article was deleted); returns its ties."""
        with self.lock:
            removed = self._take(article)
            self._resum(removed)
            self.version += 1
            return removed

    def digest(self) -> str:
        """The input digest of every tie (as :func:`~kb.analysis.record.input_digest`), kept by deltas."""
        with self.lock:
            return sum_digest(self.hash_sum)

    def __getstate__(self) -> dict[str, Any]:
        """Everything but the lock and what is derived (the index is saved beside the store:
        :mod:`kb.analysis.persist`); the date view and the stance days are rebuilt when it is loaded,
        the caches on first use."""
        state = dict(self.__dict__)
        del state["lock"], state["cache"], state["dated"], state["days"]
        # the stances as lists, as files saved before they were keyed by id (which a file cannot keep)
        state["stances"] = {
            h: {t: list(ts.values()) for t, ts in toward.items()} for h, toward in self.stances.items()
        }
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.lock = threading.RLock()
        self.cache = _Cache()
        self.dated = DateView()
        self.days = StanceDays()
        for toward in self.stances.values():  # ids are not kept by a pickle (a list in older files)
            for target, ties in toward.items():
                toward[target] = {id(t): t for t in (ties.values() if isinstance(ties, dict) else ties)}
        self.days.build(t for toward in self.stances.values() for ts in toward.values() for t in ts.values())
        self.dated.sync(self.articles, self.version)  # at load, not on the first window asked for
        if "units" not in state:  # a file saved before the sums were kept: summed once here
            self.units, self.stance_units = {}, {}
            for key, ties in self.pairs.items():
                for t in ties:
                    self._add_units(t, key, 1, stance=False)
            for toward in self.stances.values():
                for ties in toward.values():
                    for t in ties.values():
                        self._add_units(t, None, 1)

    def input(self) -> AlignmentInput:
        """The alignment's whole input, as :func:`load_alignment_input` reads it from the store."""
        return self.versioned_input()[1]

    def versioned_input(self) -> tuple[int, AlignmentInput]:
        """:meth:`input` and the :attr:`version` it is of, read under one hold of the index's lock:
        the background recompute needs no other lock while it reads (the ties' sort, seconds at
        100k articles, was done under the live alignment's lock, which held every write back)."""
        with self.lock:
            version = self.version
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
        return version, AlignmentInput(actors=actors, ties=ties, claims_spoken=spoken, claims_spoken_by=by)

    def resolve(self, name: str) -> str:
        """An actor's IRI from its IRI, ID, label or alias (:mod:`kb.names`)."""
        with self.lock:
            if name in self.infos:
                return name
            if len(self.cache.identifiers) != len(self.infos):  # an ID, the usual case: one lookup
                self.cache.identifiers = {i.identifier or iri: iri for iri, i in self.infos.items()}
            if (iri := self.cache.identifiers.get(name)) is not None:
                return iri
            names = {iri: (i.identifier, i.label, *i.aliases, *i.hidden) for iri, i in self.infos.items()}
        hits = matches(name, names)
        return choose(name, sorted(hits), labels={h: self.infos[h].label for h in hits})

    def label(self, iri: str) -> str:
        info = self.infos.get(iri)
        return info.label if info else iri

    # -- time: windows and timelines without a pass over every tie (issue 18) -----------------

    def window(
        self, since: date | None, until: date | None, *, include_undated: bool = False
    ) -> AlignmentInput:
        """The ties of the articles published ``since``..``until`` (inclusive, None: open), the
        part-of ties of every article (they are in every window), the undated articles' ties
        with ``include_undated``, the actors they name and the claims they carry per speaker:
        what :func:`~kb.analysis.timeline.window_input` keeps of :meth:`input`, from the
        date-sorted view (:class:`~kb.analysis.timeline.DateView`), so it costs the window, not
        the KB. The actors and claims come from each article's share (:meth:`_share_of`,
        counted once per version of that article): a claim belongs to one article.
        """
        with self.lock:
            view, inside = self._inside(since, until, include_undated)
            parts: list[tuple[object, tuple[Tie, ...]]] = [(a, self.articles[a].ties) for a in inside]
            if view.structural:
                kept = set(inside)
                parts += [(("structural", a), ts) for a, ts in view.structural.items() if a not in kept]
            ties = [t for _, ts in parts for t in ts]
            named: set[str] = set()
            spoken: dict[tuple[str, str], int] = {}
            units: list[dict[tuple[str, str], int]] = []
            for key, ts in parts:
                share = self._share_of(key, ts)
                named.update(share.ends)
                units.append(share.pairs)
                for who, n in share.claims:
                    spoken[who] = spoken.get(who, 0) + n
            actors = {iri: info for iri in sorted(named) if (info := view.info(iri, self.infos))}
        ties.sort(key=tie_order)
        by: dict[str, dict[str, int]] = {}
        counts: dict[str, int] = {}
        for (method, speaker), n in spoken.items():
            by.setdefault(method, {})[speaker] = n
            counts[speaker] = counts.get(speaker, 0) + n
        return AlignmentInput(
            actors=actors, ties=ties, claims_spoken=counts, claims_spoken_by=by, pair_units=units
        )

    def _share_of(self, key: object, ties: tuple[Tie, ...]) -> _Share:
        """What a window reads of an article's ``ties`` (:class:`_Share`), kept while the same
        tuple is there (evidence is replaced whole): a window does not read its ties one by one."""
        found = self.cache.shares.get(key)
        if found is None or found.ties is not ties:
            ends: set[str] = set()
            said: set[tuple[str, str, str]] = set()
            for t in ties:
                ends.add(t.source)
                ends.add(t.target)
                if t.claim and t.speaker:
                    said.add((t.annotation, t.speaker, t.claim))
            claims: dict[tuple[str, str], int] = {}
            for method, speaker, _claim in said:
                claims[method, speaker] = claims.get((method, speaker), 0) + 1
            found = self.cache.shares[key] = _Share(
                ties, tuple(ends), tuple(claims.items()), pair_units(ties)
            )
        return found

    def warm(self, chunk: int = 2000, heavy: int = HEAVY_PAIR) -> int:
        """Fill what the first window and the first co-alignment question would otherwise build
        while a client waits: the date-sorted view, each article's hash sum and share
        (:meth:`_hash_of`, :meth:`_share_of`) and each target's column of holders
        (:meth:`_Cache.column`), each holder's targets by its strongest stance and those stances
        (:meth:`_Best.heads`, for :data:`CLAIMS` claims), and the strongest ties of each pair of
        ``heavy`` ties or more (:data:`HEAVY_PAIR`). At 101k articles those made the first
        30-day window about half of its second and the first ``aligned`` 5 to 10 s (8.6 s CPU of
        it the heads of the 20 actors listed). Done ``chunk`` at a time under the
        lock, so writes and questions go ahead in between; what a write changes meanwhile is
        built again on use, as always. Returns how many articles were visited."""
        with self.lock:
            view = self.dated.sync(self.articles, self.version)
            keys: list[object] = list(self.articles)
            keys += [("structural", a) for a in view.structural]
            targets = list(self.held)
        done = 0
        for i in range(0, len(keys), chunk):
            with self.lock, paused_gc():
                for key in keys[i : i + chunk]:
                    ties = self._ties_of(key, view)
                    if ties is not None:
                        self._hash_of(key, ties)
                        self._share_of(key, ties)
                        done += 1
        for i in range(0, len(targets), chunk):
            with self.lock, paused_gc():
                for target in targets[i : i + chunk]:
                    if target in self.held:
                        self.cache.column(self, target)
        with self.lock:
            holders = sorted(self.stances, key=lambda h: -len(self.stances[h]))
        best = _Best(self, self.weights, CLAIMS)
        for holder in holders:  # one at a time: the busiest takes 0.4 s at 100k articles
            with self.lock, paused_gc():
                if holder in self.stances:
                    best.heads(holder)
        with self.lock:
            pairs = [key for key, ties in self.pairs.items() if len(ties) >= heavy]
        for key in pairs:  # one at a time: 2 s CPU for all of them at 101k articles
            with self.lock, paused_gc():
                if key in self.pairs:
                    best.of(self.pairs[key], ("pair", key))
        return done

    def _ties_of(self, key: object, view: DateView) -> tuple[Tie, ...] | None:
        """The ties :meth:`window` reads under ``key``: an article's, or its part-of ties."""
        if isinstance(key, tuple):
            return view.structural.get(key[1])
        ev = self.articles.get(key)  # type: ignore[call-overload]
        return ev.ties if ev is not None else None

    def _inside(
        self, since: date | None, until: date | None, include_undated: bool
    ) -> tuple[DateView, list[str]]:
        """The date-sorted view and the articles of a window (with ``self.lock`` held): what
        :meth:`window` and :meth:`window_hash` both read."""
        view = self.dated.sync(self.articles, self.version)
        inside = view.between(*bounds(since, until))
        if include_undated:
            inside += sorted(view.undated)
        return view, inside

    def window_hash(self, since: date | None, until: date | None, *, include_undated: bool = False) -> int:
        """The sum of the hashes of :meth:`window`'s ties (its :func:`~kb.analysis.record.input_digest`
        is :func:`~kb.analysis.record.sum_digest` of it), from each article's sum, hashed once per
        version of that article: a window's run ID costs its articles, not a hash of each tie."""
        with self.lock:
            view, inside = self._inside(since, until, include_undated)
            total = sum(self._hash_of(a, self.articles[a].ties) for a in inside)
            kept = set(inside)
            total += sum(
                self._hash_of(("structural", a), ts) for a, ts in view.structural.items() if a not in kept
            )
        return total

    def _hash_of(self, key: object, ties: tuple[Tie, ...]) -> int:
        """The sum of ``ties``' hashes, kept while the same tuple is there (evidence is replaced whole)."""
        found = self.cache.hashes.get(key)
        if found is None or found[0] is not ties:
            found = self.cache.hashes[key] = (ties, sum(map(tie_hash, ties)))
        return found[1]

    def span(self, annotation: str | None = None) -> tuple[date, date] | None:
        """The first and last publication date of an article with ties (annotated that way)."""
        with self.lock:
            view = self.dated.sync(self.articles, self.version)
            if annotation is None:
                days = [view.keys[0][0], view.keys[-1][0]] if view.keys else []
            else:
                days = [d for d, a in view.keys if self.articles[a].method == annotation]
        return (date.fromisoformat(days[0]), date.fromisoformat(days[-1])) if days else None

    def timeline(
        self,
        actor: str,
        *,
        period: str = "month",
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> dict[str, Any]:
        """:func:`~kb.analysis.timeline.timeline_of` from the actor's stances of the window's days
        (:class:`~kb.analysis.dated.StanceDays`), not every tie nor every stance of the actor."""
        lo, hi = bounds(since, until)
        with self.lock:
            sides = {
                way: (list(self.days.groups(actor, way, lo, hi)), self.days.undated(actor, way))
                for way in ("by", "toward")
            }
        out = day_timeline(sides, actor, period=period, labels=Labels(self.infos), limit=limit)
        return {"since": since and since.isoformat(), "until": until and until.isoformat(), **out}

    # -- bookkeeping ------------------------------------------------------------------------

    def _take(self, article: str) -> list[Tie]:
        old = self.articles.pop(article, None)
        if old is None:
            return []
        for iri in old.actors:
            left = self.named_by.get(iri, 0) - 1
            if left > 0:
                self.named_by[iri] = left
            else:
                self.named_by.pop(iri, None)
        for t in old.ties:
            self._unlink(t)
        return list(old.ties)

    def _link(self, t: Tie, *, bulk: bool = False) -> None:
        """Index one tie; ``bulk`` appends, and :meth:`_sort` puts everything in order after."""
        self.hash_sum += tie_hash(t)
        self.tie_count += 1
        if t.source != t.target:
            key = _key(t)
            if bulk:
                self.pairs.setdefault(key, []).append(t)
            else:
                bisect.insort(self.pairs.setdefault(key, []), t, key=_tie_key)
            self.adjacency.setdefault(key[0], set()).add(key[1])
            self.adjacency.setdefault(key[1], set()).add(key[0])
        if t.kind == "stance":
            self.stances.setdefault(t.source, {}).setdefault(t.target, {})[id(t)] = t
            self.held.setdefault(t.target, set()).add(t.source)
            self.days.add(t)
        self._add_units(t, _key(t) if t.source != t.target else None, 1)

    def _add_units(self, t: Tie, key: tuple[str, str] | None, sign: int, *, stance: bool = True) -> None:
        """Add (``sign`` 1) or take out (-1) ``t``'s contribution to its pair's (``key``, None: none)
        and, with ``stance``, its stance's sums."""
        u = in_units(contribution(t, self.weights))
        if key is not None and u:
            sums = self.units.setdefault(key, [0, 0])
            sums[0] += sign * u
            sums[1] += sign
            if not sums[1]:
                del self.units[key]
        if stance and t.kind == "stance":
            toward = self.stance_units.setdefault(t.source, {})
            toward[t.target] = toward.get(t.target, 0) + sign * u

    def _unlink(self, t: Tie) -> None:
        self.hash_sum -= tie_hash(t)
        self.tie_count -= 1
        self._add_units(t, _key(t) if t.source != t.target else None, -1)
        if t.source != t.target:
            key = _key(t)
            ties = self.pairs.get(key, [])
            i = bisect.bisect_left(ties, _tie_key(t), key=_tie_key)
            while i < len(ties) and ties[i] is not t and _tie_key(ties[i]) == _tie_key(t):
                i += 1
            if i < len(ties) and ties[i] is t:
                del ties[i]
            elif t in ties:  # not found by its key (an equal tie): as before
                ties.remove(t)
            if not ties:
                self.pairs.pop(key, None)
                self.adjacency.get(key[0], set()).discard(key[1])
                self.adjacency.get(key[1], set()).discard(key[0])
        if t.kind == "stance":
            self.days.remove(t)
            toward = self.stances.get(t.source, {})
            mine = toward.get(t.target, {})
            if mine.pop(id(t), None) is None:  # an equal tie, not this one: as before
                same = next((k for k, x in mine.items() if x == t), None)
                if same is not None:
                    del mine[same]
            if not mine:
                toward.pop(t.target, None)
                self.stance_units.get(t.source, {}).pop(t.target, None)
                self.held.get(t.target, set()).discard(t.source)

    def _sort(self) -> None:
        for ties in self.pairs.values():
            ties.sort(key=_tie_key)

    def _resum(self, ties: list[Tie]) -> None:
        """Bring the edges and stances ``ties`` belong to up to their exact sums (kept by :meth:`_link`)."""
        for key in {_key(t) for t in ties if t.source != t.target}:
            self.cache.strongest.pop(("pair", key), None)
            sums = self.units.get(key)
            if sums:
                self.edge[key] = edge_weight(sums[0])
            else:
                self.edge.pop(key, None)
        for holder, target in {(t.source, t.target) for t in ties if t.kind == "stance"}:
            self.cache.forget(holder, target)
            mine = self.stances.get(holder, {}).get(target)
            toward = self.stance_weight.setdefault(holder, {})
            if mine:
                toward[target] = self.stance_units[holder][target] / UNITS
            else:
                toward.pop(target, None)

    def _pairs_of(self, actor: str) -> list[tuple[str, str]]:
        return [(actor, o) if actor < o else (o, actor) for o in self.adjacency.get(actor, ())]


class _Share(NamedTuple):
    """What a window reads of one article's ties (or of its part-of ties), kept per version."""

    ties: tuple[Tie, ...]
    """The ties it was read from: a new version of the article is a new tuple."""
    ends: tuple[str, ...]
    """The actors they name."""
    claims: tuple[tuple[tuple[str, str], int], ...]
    """How many claims they carry per (annotation method, speaker), as
    :func:`~kb.analysis.timeline.window_input` counts them."""
    pairs: dict[tuple[str, str], int]
    """Their sums per pair of actors under the default weights (:func:`~kb.analysis.graph.pair_units`)."""


class _Cache:
    """Per target, its holders (as numbers) and their stance weights as arrays; per (holder,
    target), the strongest stance ties. Built when a question needs them, dropped when a
    delta changes that stance (:meth:`TieIndex._resum`); never saved."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []
        self.columns: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.strongest: dict[tuple[str, str], list] = {}
        self.heads: dict[str, list[tuple[tuple, str]]] = {}
        """A holder -> its targets by their strongest stance (:meth:`_Best.heads`)."""
        self.hashes: dict[object, tuple[tuple[Tie, ...], int]] = {}
        """An article (or its part-of ties) -> its ties and the sum of their hashes (``window_hash``)."""
        self.shares: dict[object, _Share] = {}
        """An article (or its part-of ties) -> what a window reads of it (:meth:`TieIndex._share_of`)."""
        self.identifiers: dict[str, str] = {}
        """An actor's ID -> its IRI (rebuilt when an actor is added)."""

    def forget(self, holder: str, target: str) -> None:
        self.columns.pop(target, None)
        self.strongest.pop((holder, target), None)
        self.heads.pop(holder, None)

    def column(self, index: TieIndex, target: str) -> tuple[np.ndarray, np.ndarray]:
        """The holders of a stance toward ``target`` (itself left out) and their summed weights."""
        found = self.columns.get(target)
        if found is None:
            holders = sorted(h for h in index.held.get(target, ()) if h != target)
            ids = [self.ids.setdefault(h, len(self.ids)) for h in holders]
            weights = [index.stance_weight.get(h, {}).get(target, 0.0) for h in holders]
            found = self.columns[target] = (np.array(ids, dtype=np.intp), np.array(weights))
        return found

    def name(self, i: int) -> str:
        if len(self.names) != len(self.ids):
            self.names = [""] * len(self.ids)
            for n, k in self.ids.items():
                self.names[k] = n
        return self.names[i]


def _key(t: Tie) -> tuple[str, str]:
    return (t.source, t.target) if t.source < t.target else (t.target, t.source)


def index_from_input(data: AlignmentInput) -> TieIndex:
    """An index of what a full read found, article by article."""
    by_article: dict[str, list[Tie]] = defaultdict(list)
    for t in data.ties:
        if t.article:
            by_article[t.article].append(t)
    method = {t.article: t.annotation for t in data.ties if t.article}
    index = TieIndex(infos=dict(data.actors))  # the first label of the full read
    for article in sorted(set(by_article) | set(data.named) | set(data.spoken_in)):
        named = data.named.get(article, set())
        m = method.get(article) or next(
            (a for iri in named if iri in data.actors for a in sorted(data.actors[iri].annotations)),
            "curated",
        )
        actors = {iri: data.actors[iri] for iri in sorted(named) if iri in data.actors}
        ev = ArticleEvidence(
            article, tuple(by_article.get(article, ())), actors, data.spoken_in.get(article, {}), m
        )
        index.articles[article] = ev
        for iri in actors:
            index.named_by[iri] = index.named_by.get(iri, 0) + 1
        for t in ev.ties:
            index._link(t, bulk=True)
    index._sort()
    index._resum(data.ties)
    index.dated.sync(index.articles, index.version)  # the date view too, not on the first window
    return index


def load_index(store: Store) -> TieIndex:
    """Read every article's share of the alignment from ``store`` (one full read)."""
    return index_from_input(load_alignment_input(store))


def article_from_store(store: Store, base: str, article_id: str) -> ArticleEvidence | None:
    """One article's share of the alignment, read back from its own graphs in ``store``.

    The article's graphs (its annotation graph and the content graphs it names) are copied
    into a store in memory and read as :func:`load_index` reads the whole KB, so the
    evidence is what a full read would find for that article: a repair costs one article.
    None when the store holds no such article (or one that adds nothing).
    """
    from kb.iris import Minter, article_graph_prefix
    from kb.store import OxigraphStore
    from kb.vocab import GK

    m = Minter(base)
    graph, prefix = m.article_graph(article_id), Literal(article_graph_prefix(base, article_id))
    rows = store.query(
        f"SELECT ?g ?s ?p ?o WHERE {{ {{ BIND({graph} AS ?g) }} "
        f"UNION {{ GRAPH {graph} {{ ?c {GK.hasContent} ?g }} }} "
        f"FILTER(STRSTARTS(STR(?g), {prefix})) GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    mem = OxigraphStore()
    mem.extend(Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
    return index_from_input(load_alignment_input(mem)).articles.get(m.article(article_id).value)


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
    targets: tuple[tuple[str, float], ...]
    """The shared targets that weigh most in ``shared`` (each with its share), most agreed first."""
    shared_targets: int
    """How many targets both hold a stance toward (``targets`` lists the first of them)."""
    claims: tuple[dict[str, Any], ...]


def aligned(
    index: TieIndex,
    actor: str,
    *,
    weights: Weights | None = None,
    limit: int = 20,
    claims: int = CLAIMS,
    targets: int = 5,
) -> list[AlignedActor]:
    """The actors most aligned with ``actor``, from the index alone (no store read).

    Two actors line up through their direct ties (the signed weight of their edge, as the
    alignment weighs it) and through their stances on the same targets: for each shared
    target, the smaller of their two stance weights toward it, counted + when the signs agree
    and - when they differ (one praising what the other attacks). Only actors with a positive
    total are listed, strongest first, each with its ``claims`` strongest ties, the ``targets``
    shared targets that weigh most in its score and how many targets it shares in all (the
    busiest actor of 100k articles shares thousands with each actor listed: listing them all
    made a 3 MB answer).

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
    cached = weights == index.weights  # the index's own sums; other knobs sum the ties again
    with index.lock, paused_gc():
        if actor not in index.infos and actor not in index.stances and actor not in index.adjacency:
            raise NotFoundError(f"no actor {actor} in the KB")
        direct: dict[str, float] = {}
        for key in index._pairs_of(actor):
            other = key[1] if key[0] == actor else key[0]
            if cached:
                direct[other] = index.edge.get(key, 0.0)
            else:
                direct[other] = round(sum(contribution(t, weights) for t in index.pairs[key]), 9)
        # one stance weight per (holder, target): the index's sums, or summed again once per call
        stance = index.stance_weight if cached else _Weighed(index, weights)
        laid = _laid(index, actor) if cached else None
        shared = laid.sums(index) if laid is not None else _shared_slowly(index, actor, stance)
        total = dict(shared)  # direct + shared (a float sum is the same either way round)
        for other, d in direct.items():
            total[other] = d + total.get(other, 0.0)
        scored = heapq.nsmallest(
            limit, ((-score, other) for other, x in total.items() if (score := round(x, 9)) > 0)
        )
        best = _Best(index, weights, claims)
        ranked = []
        mine = stance.get(actor, {})
        for neg, other in scored:  # the claims and shared targets only for those shown
            theirs = stance.get(other, {})
            if laid is not None:
                listed, count = laid.targets_of(index, other, targets)
            else:
                listed, count = _targets_slowly(mine, theirs, other, targets)
            key = (actor, other) if actor < other else (other, actor)
            pair = best.of(index.pairs.get(key, ()), ("pair", key))
            ranked.append(
                AlignedActor(
                    actor=other,
                    label=index.label(other),
                    score=-neg,
                    direct=direct.get(other, 0.0),
                    shared=round(shared.get(other, 0.0), 9),
                    targets=listed,
                    shared_targets=count,
                    claims=tuple(_claims(best, pair, (actor, other), (mine, theirs), index, claims)),
                )
            )
    return ranked


@dataclass(frozen=True)
class _Laid:
    """The columns of one actor's targets (each target's holders, :meth:`_Cache.column`) laid
    end to end: per entry, the holder (a number of :class:`_Cache`), the target (its place in
    ``targets``) and the entry's share in the two actors' score (:func:`_agreement`; 0 where
    the holder's weight is 0). Weighed in one array operation, rather than a Python loop over
    every (target, holder), or one array operation per target (130 ms for the busiest actor of
    100k articles, 3,000 targets); the listed actors' shared targets are read from the same
    arrays (a Python loop over them took 60 % of the question at 100k)."""

    me: int
    targets: list[str]
    holder: np.ndarray
    target: np.ndarray
    agreement: np.ndarray

    def sums(self, index: TieIndex) -> dict[str, float]:
        """Each actor's shared-stance score with this one (see :func:`aligned`), added in the
        same order as the loop (:func:`_shared_slowly`) adds them."""
        cache, n = index.cache, len(index.cache.ids)
        sums = np.bincount(self.holder, weights=self.agreement, minlength=n)
        touched = np.bincount(self.holder, minlength=n) > 0
        return {cache.name(int(i)): float(sums[i]) for i in np.flatnonzero(touched) if i != self.me}

    def targets_of(self, index: TieIndex, other: str, n: int) -> tuple[tuple[tuple[str, float], ...], int]:
        """The ``n`` shared targets of this actor and ``other`` that weigh most (each with its
        share; most agreed first, then by IRI), and how many they share."""
        at = np.flatnonzero((self.holder == index.cache.ids.get(other, -1)) & (self.agreement != 0))
        if not n or not len(at):
            return (), len(at)
        shares = self.agreement[at]
        if len(at) > n:  # those that may be among the first n: at least the n-th share
            at = at[shares >= np.partition(shares, len(at) - n)[len(at) - n]]
        first = sorted((-float(self.agreement[i]), self.targets[self.target[i]]) for i in at)[:n]
        return tuple((t, -w) for w, t in first), len(shares)


def _laid(index: TieIndex, actor: str) -> _Laid | None:
    """:class:`_Laid` for ``actor`` under the index's own weights (None: no weighed stance)."""
    cache = index.cache
    mine = [(t, w) for t, w in index.stance_weight.get(actor, {}).items() if w]
    if not mine:
        return None
    columns = [cache.column(index, t) for t, _w in mine]
    ids = np.concatenate([c[0] for c in columns])
    w = np.concatenate([c[1] for c in columns])
    counts = np.fromiter((len(c[0]) for c in columns), dtype=np.intp, count=len(columns))
    w_mine = np.repeat(np.fromiter((x for _t, x in mine), dtype=float, count=len(mine)), counts)
    least = np.minimum(np.abs(w), np.abs(w_mine))
    val = np.where((w > 0) == (w_mine > 0), least, -least) * (w != 0)
    target = np.repeat(np.arange(len(mine)), counts)
    return _Laid(cache.ids.get(actor, -1), [t for t, _w in mine], ids, target, val)


def _shared(index: TieIndex, actor: str) -> dict[str, float]:
    """Each actor's shared-stance score with ``actor`` (see :func:`aligned`), from the index's sums."""
    laid = _laid(index, actor)
    return laid.sums(index) if laid is not None else {}


def _shared_slowly(index: TieIndex, actor: str, stance: dict[str, dict[str, float]]) -> dict[str, float]:
    """:func:`_shared` under other knobs than the index's, one (target, holder) at a time."""
    shared: dict[str, float] = defaultdict(float)
    for target, w_mine in list(stance.get(actor, {}).items()):
        if not w_mine:
            continue
        mine_positive, size = w_mine > 0, abs(w_mine)
        for other in index.held.get(target, ()):
            if other in (actor, target):
                continue
            w_theirs = stance.get(other, {}).get(target, 0.0)
            if not w_theirs:
                continue
            theirs = abs(w_theirs)
            least = size if size < theirs else theirs
            shared[other] += least if (w_theirs > 0) == mine_positive else -least
    return shared


def _agreement(a: float, b: float) -> float:
    """One shared target's share in two actors' score: the smaller stance weight, + when the signs agree."""
    least = min(abs(a), abs(b))
    return least if (a > 0) == (b > 0) else -least


def _targets_slowly(
    mine: dict[str, float], theirs: dict[str, float], other: str, n: int
) -> tuple[tuple[tuple[str, float], ...], int]:
    """:meth:`_Laid.targets_of` under other knobs than the index's, from the two actors' stances."""
    small, large = (theirs, mine) if len(theirs) < len(mine) else (mine, theirs)
    on = [
        (-_agreement(small[t], large[t]), t)
        for t in small.keys() & large.keys()
        if _shared_on(t, mine, theirs, other)
    ]
    return tuple((t, -w) for w, t in heapq.nsmallest(n, on)), len(on)


def _shared_on(target: str, mine: dict[str, float], theirs: dict[str, float], other: str) -> bool:
    """Whether both actors hold a stance that weighs something toward ``target`` (``other``, the
    second of them, is never a shared target)."""
    return target != other and bool(mine.get(target)) and bool(theirs.get(target))


class _Weighed(dict):
    """Holder -> target -> stance weight under other knobs than the index's, summed on first use."""

    def __init__(self, index: TieIndex, weights: Weights) -> None:
        super().__init__()
        self.index, self.weights = index, weights

    def __missing__(self, holder: str) -> dict[str, float]:
        toward = {
            target: sum(contribution(t, self.weights) for t in ties.values())
            for target, ties in self.index.stances.get(holder, {}).items()
        }
        self[holder] = toward
        return toward

    def get(self, holder: str, default: object = None) -> dict[str, float]:  # type: ignore[override]
        return self[holder]


class _Best:
    """Each tie list's ``n`` strongest ties, worked out once per call (an actor's own stances
    toward a target are shared by every actor it is compared with), and kept in the index's
    cache between calls for a stance under the index's own weights; likewise each holder's
    targets in the order of their strongest stance (:meth:`heads`)."""

    def __init__(self, index: TieIndex, weights: Weights, n: int) -> None:
        self.weights, self.n, self.stances = weights, n, index.stances
        self.seen: dict[tuple, list[tuple[tuple, float, Tie]]] = {}
        self.seen_heads: dict[str, list[tuple[tuple, str]]] = {}
        own = weights == index.weights
        self.kept = index.cache.strongest if own else None
        self.kept_heads = index.cache.heads if own else self.seen_heads

    def stance(self, holder: str, target: str) -> list[tuple[tuple, float, Tie]]:
        """:meth:`of` ``holder``'s stances toward ``target``."""
        return self.of(self.stances[holder][target].values(), (holder, target))

    def of(self, ties: Iterable[Tie], key: tuple) -> list[tuple[tuple, float, Tie]]:
        if self.kept is not None:  # a stance or a pair's ties: kept till a delta changes them
            found = self.kept.get(key)
            if found is None or found[0] < self.n:
                found = self.kept[key] = (self.n, _strongest(ties, self.weights, self.n))
            return found[1][: self.n]
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = _strongest(ties, self.weights, self.n)
        return found

    def heads(self, holder: str) -> list[tuple[tuple, str]]:
        """``holder``'s targets, each with where its strongest stance stands (:func:`_order`), in
        that order: the claims behind a pair (:func:`_claims`) read a holder's stances on the
        shared targets strongest first and stop once they have enough, instead of looking up
        every shared target (thousands for the busiest actor of 100k articles)."""
        found = self.kept_heads.get(holder)
        if found is None:
            toward = self.stances.get(holder, {})
            found = sorted((_order(self.stance(holder, t)[0]), t) for t, ties in toward.items() if ties)
            self.kept_heads[holder] = found
        return found


def _strongest(ties: Iterable[Tie], weights: Weights, n: int) -> list[tuple[tuple, float, Tie]]:
    """The ``n`` strongest of ``ties``, each once: (its key, its contribution, the tie)."""
    best: dict[tuple, tuple[float, Tie]] = {}
    for t in ties:
        best.setdefault((_tie_key(t), t.polarity), (contribution(t, weights), t))
    top = heapq.nsmallest(n, best.items(), key=lambda kv: (-abs(kv[1][0]), kv[0]))
    return [(k, w, t) for k, (w, t) in top]


def _claims(
    best: _Best,
    pair: list[tuple[tuple, float, Tie]],
    holders: tuple[str, str],
    stances: tuple[dict[str, float], dict[str, float]],
    index: TieIndex,
    n: int,
) -> list[dict[str, Any]]:
    """The ``n`` strongest ties behind a pair's score, each once (only those are written out):
    among the pair's own ties (``pair``, :class:`_Best`) and each holder's stances toward the
    targets both hold a weighed stance toward (``stances``: each holder's stance weights).

    The strongest of a union are among the strongest of each part, and each part is in order
    already: the parts are merged lazily, strongest first, until ``n`` distinct ties are
    found (a tie found twice counts once, as found first). A holder's parts are offered in
    the order of their strongest tie (:meth:`_Best.heads`), and one joins the merge only once
    its strongest tie is next in line, so of the thousands of shared targets of a busy pair
    only the few whose stances are among the strongest are looked up.
    """
    parts = [pair] if pair else []
    heap: list[tuple[tuple, int, int]] = [(_order(pair[0]), 0, 0)] if pair else []
    offers = [_offered(best, h, stances, holders[1]) for h in holders]
    waiting = [next(o, None) for o in offers]
    top: list[tuple[tuple, tuple[float, Tie]]] = []
    seen: set[tuple] = set()
    while len(top) < n:
        for j, offer in enumerate(offers):  # every part whose head is next joins before a pop
            while waiting[j] is not None and (not heap or waiting[j][0] <= heap[0][0]):
                head, part = waiting[j]
                parts.append(part)
                heapq.heappush(heap, (head, len(parts) - 1, 0))
                waiting[j] = next(offer, None)
        if not heap:
            break
        _o, p, i = heapq.heappop(heap)
        k, w, t = parts[p][i]
        if k not in seen:
            seen.add(k)
            top.append((k, (w, t)))
        if i + 1 < len(parts[p]):
            heapq.heappush(heap, (_order(parts[p][i + 1]), p, i + 1))
    return [
        {
            "kind": t.kind,
            "holder": t.source,
            "holder_label": index.label(t.source),
            "target": t.target,
            "target_label": index.label(t.target),
            "polarity": t.polarity,
            "weight": w,
            "claim": t.claim,
            "status": t.status,
            "quote": t.quote,
            "speaker": t.speaker_label,
            "article": t.article,
            "annotation": t.annotation,
        }
        for _key, (w, t) in top
    ]


def _order(item: tuple[tuple, float, Tie]) -> tuple:
    """Where a part's item stands in :func:`_claims`' merge: strongest first, then by its key."""
    return (-abs(item[1]), item[0])


def _offered(
    best: _Best, holder: str, stances: tuple[dict[str, float], dict[str, float]], other: str
) -> Iterator[tuple[tuple, list[tuple[tuple, float, Tie]]]]:
    """``holder``'s stances toward the shared targets (:func:`_shared_on`), a part
    (:meth:`_Best.stance`) per target, strongest head first."""
    mine, theirs = stances
    fewer = mine if len(mine) < len(theirs) else theirs
    if len(fewer) * WALK < len(best.stances.get(holder, ())):
        # few shared targets at most: each looked up, rather than a walk past thousands of heads
        # that are none of them (an actor with few stances listed beside the busiest)
        on = (t for t in fewer if _shared_on(t, mine, theirs, other))
        heads = sorted((_order(best.stance(holder, t)[0]), t) for t in on)
    else:
        heads = best.heads(holder)
    for head, target in heads:
        if _shared_on(target, mine, theirs, other):
            yield head, best.stance(holder, target)


WALK = 8
"""A holder's stances are offered by a walk of its heads (:meth:`_Best.heads`) unless it holds
this many times more targets than the two actors could share: then by a lookup of each."""


def aligned_json(
    index: TieIndex, name: str, *, limit: int = 20, targets: int = 5, weights: Weights | None = None
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
                "targets": [{"actor": t, "label": index.label(t), "weight": w} for t, w in a.targets],
                "shared_targets": a.shared_targets,
                "claims": list(a.claims),
            }
            for a in aligned(index, iri, weights=weights, limit=limit, targets=targets)
        ],
    }

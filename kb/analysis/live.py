"""The default alignment of one store, kept current write by write.

A process that writes articles (the service) holds one :class:`LiveAlignment`: the tie
index (:mod:`kb.analysis.index`) read once, and the last alignment computed from it. A
write then costs its own delta, not a read of the whole KB:

1. the article is written (its tie graph in the same transaction);
2. :meth:`LiveAlignment.written` puts the article's ties into the index, rebuilds the
   signed graph from the index (in memory), re-clusters locally from the previous
   partition (:func:`~kb.analysis.clusters.refine_clusters`) and records that run;
3. a background thread then computes the full clustering of the same input and records
   it in place of the incremental one when it differs; until it has, :meth:`status`
   says ``pending``.

:meth:`LiveAlignment.full` (``geokb clusters --record --full``, ``POST /clusters/rebuild``)
reads everything from the articles again: every tie graph is rewritten from what the
articles say, the index is rebuilt, and the alignment is computed from scratch.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from pyoxigraph import NamedNode

from kb.analysis.alignment import Alignment, record_alignment
from kb.analysis.clusters import refine_clusters, signed_clusters, structural_balance
from kb.analysis.evidence import AlignmentInput, Tie, load_alignment_input
from kb.analysis.graph import Weights, alignment_graph
from kb.analysis.index import TieIndex, index_from_input
from kb.analysis.params import AlignmentParams
from kb.analysis.record import input_digest, run_id
from kb.analysis.ties import article_evidence, tie_quads, ties_graph
from kb.annotation import Annotation
from kb.cache import LRUCache
from kb.iris import Minter
from kb.repository import replace_graph
from kb.store import Store

__all__ = ["LiveAlignment", "alignment_for", "full_alignment", "incremental_alignment", "rewrite_tie_graphs"]


def full_alignment(data: AlignmentInput, weights: Weights | None = None) -> Alignment:
    """Cluster ``data`` from scratch (what :func:`~kb.analysis.alignment.align` does after its read)."""
    weights = weights or Weights()
    started = datetime.now(UTC)
    G = alignment_graph(data, weights)
    clustering = signed_clusters(G)
    return Alignment(data, G, clustering, weights, structural_balance(G), started, datetime.now(UTC))


def incremental_alignment(previous: Alignment, data: AlignmentInput, touched: set[str]) -> Alignment:
    """The alignment of ``data`` re-clustered locally from ``previous``, after ties of ``touched`` changed."""
    started = datetime.now(UTC)
    G = alignment_graph(data, previous.weights)
    clustering = refine_clusters(G, previous.clustering.assignment, touched)
    return Alignment(data, G, clustering, previous.weights, structural_balance(G), started, datetime.now(UTC))


def touched_by(ties: list[Tie]) -> set[str]:
    """The actors whose edges a change of ``ties`` can move."""
    return {a for t in ties for a in (t.source, t.target)}


def rewrite_tie_graphs(store: Store, base: str, data: AlignmentInput) -> int:
    """Write every article's tie graph again from what the articles say; returns how many.

    Each graph is replaced on its own (one transaction each): a store built before tie
    graphs existed gets them, and one whose mapping has changed gets them re-derived.
    """
    by_article: dict[str, list[Tie]] = {a: [] for a in data.named}
    for t in data.ties:
        if t.article:
            by_article.setdefault(t.article, []).append(t)
    prefix = Minter(base).iri("article").value + "/"
    n = 0
    for article, ties in sorted(by_article.items()):
        if not article.startswith(prefix):
            continue
        aid = unquote(article[len(prefix) :])
        replace_graph(store, ties_graph(base, aid), tie_quads(ties, base, aid))
        n += 1
    return n


@dataclass
class _State:
    index: TieIndex
    alignment: Alignment
    computed: str  # "full" or "incremental"
    run: NamedNode | None


class LiveAlignment:
    """The index and the default alignment of one store, updated by each write through it."""

    def __init__(self, store: Store, base: str, *, background: bool = True) -> None:
        self.store, self.base, self.background = store, base, background
        self._lock = threading.RLock()
        self._state: _State | None = None
        self._dirty = threading.Event()
        self._worker: threading.Thread | None = None
        self._busy = False

    # -- reading ------------------------------------------------------------------------------

    def state(self) -> _State:
        """The current index and alignment; the first call reads the store (one full read)."""
        with self._lock:
            if self._state is None:
                data = load_alignment_input(self.store)
                self._state = _State(index_from_input(data), full_alignment(data), "full", None)
            return self._state

    @property
    def index(self) -> TieIndex:
        return self.state().index

    def status(self) -> dict[str, Any]:
        """Which run the alignment is, how it was computed, and whether a full one is on its way."""
        s = self.state()
        a = s.alignment
        params = {**a.clustering.parameters, "weights": a.weights.as_dict()}
        return {
            "id": run_id(input_digest(a.data.ties), params),
            "computed": s.computed,
            "index_version": s.index.version,
            "pending": self.pending,
        }

    @property
    def pending(self) -> bool:
        return self._dirty.is_set() or bool(self._worker and self._worker.is_alive() and self._busy)

    # -- writing ------------------------------------------------------------------------------

    def written(self, ann: Annotation) -> NamedNode:
        """After ``ann``'s article was written: apply its delta, re-cluster locally, record the run."""
        with self._lock:
            s = self.state()
            removed, added = s.index.put(article_evidence(ann, self.base))
            alignment = incremental_alignment(s.alignment, s.index.input(), touched_by(removed + added))
            run = record_alignment(self.store, alignment, self.base)
            self._state = _State(s.index, alignment, "incremental", run)
        self._schedule()
        return run

    def full(self, *, rewrite: bool = True) -> NamedNode:
        """Read everything from the articles again; tie graphs rewritten when ``rewrite``; record the run."""
        with self._lock:
            data = load_alignment_input(self.store)
            if rewrite and not self.store.read_only:
                rewrite_tie_graphs(self.store, self.base, data)
            alignment = full_alignment(data)
            run = record_alignment(self.store, alignment, self.base, force=True)
            self._state = _State(index_from_input(data), alignment, "full", run)
            return run

    def wait(self, timeout: float | None = None) -> None:
        """Block until no full recompute is pending (tests, benchmarks, shutdown)."""
        if self._worker is not None:
            self._worker.join(timeout)

    # -- the background full recompute ---------------------------------------------------------

    def _schedule(self) -> None:
        self._dirty.set()
        if not self.background:
            self._recompute()
            return
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._loop, name="geokb-alignment", daemon=True)
                self._worker.start()

    def _loop(self) -> None:
        while self._dirty.is_set():
            self._recompute()

    def _recompute(self) -> None:
        """Cluster the current index from scratch; keep it when no write came in meanwhile."""
        self._busy = True
        try:
            self._dirty.clear()
            with self._lock:
                s = self.state()
                version, data = s.index.version, s.index.input()
            alignment = full_alignment(data, s.alignment.weights)
            with self._lock:
                current = self._state
                if current is None or current.index.version != version or self._dirty.is_set():
                    return  # a newer write came in: its own recompute follows
                force = alignment.clustering.assignment != current.alignment.clustering.assignment
                run = record_alignment(self.store, alignment, self.base, force=force)
                self._state = _State(current.index, alignment, "full", run)
        finally:
            self._busy = False


def alignment_for(
    live: LiveAlignment, cache: LRUCache, params: AlignmentParams
) -> tuple[Alignment, dict[str, Any]]:
    """The alignment for ``params`` and which run it is: the live one for the default knobs."""
    if params.key() == AlignmentParams().key():
        return live.state().alignment, live.status()
    from kb.analysis.alignment import cached_alignment

    a = cached_alignment(cache, live.store, params)
    p = {**a.clustering.parameters, "weights": a.weights.as_dict()}
    return a, {
        "id": run_id(input_digest(a.data.ties), p),
        "computed": "full",
        "index_version": None,
        "pending": False,
    }

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

import networkx as nx
from pyoxigraph import NamedNode

from kb.analysis.alignment import Alignment, _version, _write_run, record_alignment
from kb.analysis.clusters import Clustering, refine_clusters, signed_clusters, structural_balance
from kb.analysis.drift import window_alignment
from kb.analysis.evidence import AlignmentInput, Tie, load_alignment_input
from kb.analysis.graph import Weights, alignment_graph
from kb.analysis.index import TieIndex, index_from_input
from kb.analysis.params import AlignmentParams
from kb.analysis.record import clustering_quads, input_digest, run_id
from kb.analysis.ties import article_evidence, tie_quads, ties_graph
from kb.annotation import Annotation
from kb.cache import LRUCache
from kb.iris import Minter
from kb.repository import replace_graph
from kb.store import Store
from kb.taskpool import TaskRunner

__all__ = ["LiveAlignment", "alignment_for", "full_alignment", "record_clustering", "rewrite_tie_graphs"]


def full_alignment(data: AlignmentInput, weights: Weights | None = None) -> Alignment:
    """Cluster ``data`` from scratch (what :func:`~kb.analysis.alignment.align` does after its read)."""
    weights = weights or Weights()
    started = datetime.now(UTC)
    G = alignment_graph(data, weights)
    clustering = signed_clusters(G)
    return Alignment(data, G, clustering, weights, structural_balance(G), started, datetime.now(UTC))


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
    skeleton: nx.Graph
    """The signed graph without its evidence (nodes, and edges with their weight): patched by deltas."""
    clustering: Clustering
    computed: str  # "full" or "incremental"
    run: NamedNode | None
    alignment: Alignment | None = None
    """The whole alignment (evidence on every edge) of ``index.version``, built when first read."""
    version: int = -1


def skeleton_of(G: nx.Graph) -> nx.Graph:
    """The signed graph's nodes and weights alone (what clustering reads)."""
    S = nx.Graph()
    S.add_nodes_from(G)
    S.add_edges_from((u, v, {"weight": w}) for u, v, w in G.edges(data="weight"))
    return S


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
        """The current index and clustering; the first call reads the store (one full read)."""
        with self._lock:
            if self._state is None:
                self._state = self._from(load_alignment_input(self.store), run=None)
            return self._state

    def _from(self, data: AlignmentInput, run: NamedNode | None) -> _State:
        index = index_from_input(data)
        alignment = full_alignment(data, index.weights)
        return _State(index, skeleton_of(alignment.graph), alignment.clustering, "full", run, alignment, 0)

    @property
    def index(self) -> TieIndex:
        return self.state().index

    def alignment(self) -> Alignment:
        """The whole alignment of what the index holds now, with the current clustering."""
        with self._lock:
            s = self.state()
            if s.alignment is None or s.version != s.index.version:
                started = datetime.now(UTC)
                data = s.index.input()
                G = alignment_graph(data, s.index.weights)
                balance = structural_balance(G)
                s.alignment = Alignment(
                    data, G, s.clustering, s.index.weights, balance, started, datetime.now(UTC)
                )
                s.version = s.index.version
            return s.alignment

    def status(self) -> dict[str, Any]:
        """Which run the clustering is, how it was computed, and whether a full one is on its way."""
        s = self.state()
        params = {**s.clustering.parameters, "weights": s.index.weights.as_dict()}
        return {
            "id": run_id(s.index.digest(), params),
            "computed": s.computed,
            "index_version": s.index.version,
            "pending": self.pending,
        }

    @property
    def pending(self) -> bool:
        return self._dirty.is_set() or self._busy

    # -- writing ------------------------------------------------------------------------------

    def written(self, ann: Annotation) -> NamedNode:
        """After ``ann``'s article was written: apply its delta, re-cluster locally, record the run."""
        with self._lock:
            s = self.state()
            started = datetime.now(UTC)
            ev = article_evidence(ann, self.base)
            old = s.index.articles.get(ev.article)
            removed, added = s.index.put(ev)
            actors = set(ev.actors) | set(old.actors if old else ())
            _patch(s.skeleton, s.index, removed + added, actors)
            touched = (touched_by(removed + added) | actors) & set(s.skeleton)
            clustering = refine_clusters(s.skeleton, s.clustering.assignment, touched)
            run = record_clustering(self.store, self.base, clustering, s.index, started)
            self._state = _State(s.index, s.skeleton, clustering, "incremental", run)
        self._schedule()
        return run

    def full(self, *, rewrite: bool = True) -> NamedNode:
        """Read everything from the articles again; tie graphs rewritten when ``rewrite``; record the run."""
        with self._lock:
            data = load_alignment_input(self.store)
            if rewrite and not getattr(self.store, "read_only", False):
                rewrite_tie_graphs(self.store, self.base, data)
            state = self._from(data, run=None)
            state.run = record_alignment(self.store, state.alignment, self.base, force=True)  # type: ignore[arg-type]
            self._state = state
            return state.run

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
            alignment = full_alignment(data, s.index.weights)
            with self._lock:
                current = self._state
                if current is None or current.index.version != version or self._dirty.is_set():
                    return  # a newer write came in: its own recompute follows
                force = alignment.clustering.assignment != current.clustering.assignment
                run = record_alignment(self.store, alignment, self.base, force=force)
                self._state = _State(
                    current.index, current.skeleton, alignment.clustering, "full", run, alignment, version
                )
        finally:
            self._busy = False


def _patch(S: nx.Graph, index: TieIndex, ties: list[Tie], actors: set[str]) -> None:
    """Bring the skeleton's edges of ``ties``, and the nodes ``actors``, up to the index.

    As in :func:`~kb.analysis.graph.alignment_graph`, an actor is a node while an article
    names it or it has an edge.
    """
    for t in ties:
        if t.source == t.target:
            continue
        key = (t.source, t.target) if t.source < t.target else (t.target, t.source)
        if key in index.edge:
            S.add_edge(*key, weight=index.edge[key])
        elif S.has_edge(*key):
            S.remove_edge(*key)
    for a in actors | touched_by(ties):
        if a in index.named_by:
            S.add_node(a)
        elif a in S and not S.degree(a):
            S.remove_node(a)


def record_clustering(
    store: Store,
    base: str,
    clustering: Clustering,
    index: TieIndex,
    started: datetime,
    *,
    force: bool = False,
) -> NamedNode:
    """Record a clustering of what ``index`` holds, as :func:`record_alignment` records a whole alignment.

    Read from the index (digest, articles, labels), so it costs the run graph, not the KB;
    structural balance, which counts every triangle, is left to the full recompute.
    """
    graph, run, quads = clustering_quads(
        clustering,
        base=base,
        weights=index.weights,
        digest=index.digest(),
        ties=len(index.lines),
        articles=[a for a, ev in index.articles.items() if ev.ties],
        labels={n: index.label(n) for n in clustering.assignment},
        balance=None,
        started=started,
        ended=datetime.now(UTC),
        version=_version(),
    )
    return _write_run(store, graph, run, quads, force=force)


def alignment_for(
    live: LiveAlignment,
    cache: LRUCache,
    params: AlignmentParams,
    tasks: TaskRunner | None = None,
    timeout: float = 0.0,
) -> tuple[Alignment, dict[str, Any]]:
    """The alignment for ``params`` and which run it is: the live one for the default knobs, a
    window's from the index (:func:`~kb.analysis.drift.window_alignment`)."""
    if params.key() == AlignmentParams().key():
        return live.state().alignment, live.status()
    if params.since is not None or params.until is not None:
        return window_alignment(live.index, params, cache=cache, tasks=tasks, timeout=timeout)
    from kb.analysis.alignment import cached_alignment

    a = cached_alignment(cache, live.store, params, tasks, timeout)
    p = {**a.clustering.parameters, "weights": a.weights.as_dict()}
    return a, {
        "id": run_id(input_digest(a.data.ties), p),
        "computed": "full",
        "index_version": None,
        "pending": False,
    }

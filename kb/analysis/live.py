"""The default alignment of one store, kept current write by write.

A process that writes articles (the service) holds one :class:`LiveAlignment`: the tie
index (:mod:`kb.analysis.index`) and the last clustering computed from it. Over an on-disk
store both are saved beside it (:mod:`kb.analysis.persist`) and read back at the next start,
checked against the store's write stamp; only a stale or missing file costs a read of every
article. A write then costs its own delta, not a read of the whole KB:

1. the article is written (its tie graph in the same transaction);
2. :meth:`LiveAlignment.written` puts the article's ties into the index (and its file's
   journal), patches the signed graph by the delta and re-clusters locally from the previous
   partition (:func:`~kb.analysis.clusters.refine_clusters`): what ``/clusters`` shows next;
3. a background thread then computes the full clustering of the same input and records
   that run in the store (replacing the run it supersedes); until it has, :meth:`status`
   says ``pending``, and the stale-alignment marker (:mod:`kb.recovery`) stays.

The incremental run is not recorded: writing its graph (a label and a cluster for every
actor) was most of what made a write cost more at 101k articles than at 1k (215-253 ms
against 75-99 ms), and the full run that follows records the same input anyway.

:meth:`LiveAlignment.full` (``geokb clusters --record --full``, ``POST /clusters/rebuild``)
reads everything from the articles again: every tie graph is rewritten from what the
articles say, the index is rebuilt, and the alignment is computed from scratch.
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import networkx as nx
from pyoxigraph import NamedNode

from kb.analysis._gc import paused_gc
from kb.analysis.alignment import Alignment, record_alignment
from kb.analysis.clusters import Clustering, signed_clusters, structural_balance
from kb.analysis.drift import window_alignment
from kb.analysis.evidence import AlignmentInput, Tie, load_alignment_input
from kb.analysis.graph import Weights, alignment_graph
from kb.analysis.index import TieIndex, index_from_input
from kb.analysis.params import AlignmentParams
from kb.analysis.partition import Partition
from kb.analysis.persist import index_file, load
from kb.analysis.record import input_digest, run_id
from kb.analysis.ties import ArticleEvidence, article_evidence, tie_quads, ties_graph
from kb.annotation import Annotation
from kb.cache import LRUCache
from kb.iris import Minter
from kb.recovery import marker
from kb.repository import read_stamp, replace_graph, stamp_update
from kb.store import Store
from kb.taskpool import TaskRunner

__all__ = [
    "LiveAlignment",
    "alignment_for",
    "clusters_answer",
    "full_alignment",
    "rewrite_tie_graphs",
]


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
    partition: Partition | None = None
    """The clustering with its adjacency and sums, patched by each write (:mod:`kb.analysis.partition`)."""


def skeleton_of(G: nx.Graph) -> nx.Graph:
    """The signed graph's nodes and weights alone (what clustering reads)."""
    S = nx.Graph()
    S.add_nodes_from(G)
    S.add_edges_from((u, v, {"weight": w}) for u, v, w in G.edges(data="weight"))
    return S


def skeleton_from_index(index: TieIndex) -> nx.Graph:
    """The same skeleton from the index's sums, without building the graph with its evidence.

    As :func:`_patch` keeps it: an actor is a node while an article names it or it has an edge.
    """
    S = nx.Graph()
    with paused_gc():  # refine_clusters orders the nodes itself: no sort needed here
        S.add_nodes_from(index.named_by)
        S.add_edges_from((u, v, {"weight": w}) for (u, v), w in index.edge.items())
    return S


SAVE_EVERY = 500
"""Journal records after which the background recompute saves a fresh snapshot of the index."""

QUIET = 2.0
"""Seconds without a write before the background full recompute starts: writes that keep
coming are not taxed by one recompute each (it would compete with them for the interpreter),
and however many came, one recompute follows them (:meth:`LiveAlignment.wait` starts it at once)."""


class LiveAlignment:
    """The index and the default alignment of one store, updated by each write through it."""

    def __init__(self, store: Store, base: str, *, background: bool = True) -> None:
        self.store, self.base, self.background = store, base, background
        self._lock = threading.RLock()
        self._state: _State | None = None
        self._dirty = threading.Event()
        self._worker: threading.Thread | None = None
        self._busy = False
        self._now = threading.Event()
        """Set by :meth:`wait`: the pending recompute starts without waiting for :data:`QUIET`."""
        self._last_write = 0.0
        self.writing = threading.Lock()
        """Held by a write from the store's transaction to :meth:`written`: one write at a time."""
        self.file = index_file(store)
        self._stamp: str | None = None
        """The store's write stamp the index reflects (None: not known, nothing is saved)."""
        self.warmed: float | None = None
        """Seconds the background warm-up of the index's caches took, None until it is done."""
        self.warming: threading.Thread | None = None
        """The thread of that warm-up (None: never started)."""
        self.started_from = ""
        """How the index was had: ``file`` (saved, current), ``file+store`` (saved, one
        article read back), ``store`` (every article read), or "" before the first read."""

    # -- reading ------------------------------------------------------------------------------

    def state(self) -> _State:
        """The current index and clustering; the first call reads them (:meth:`_start`)."""
        with self._lock:
            if self._state is None:
                self._state = self._start()
                gc.freeze()  # the index's millions of objects: never scanned again by the collector
                self._warm(self._state.index)
            return self._state

    def _warm(self, index: TieIndex) -> None:
        """In the background (a service's live alignment only): :meth:`TieIndex.warm`, so the first
        window and co-alignment question after a start find their caches built; :attr:`warmed`
        says when it is done, and how long it took."""
        if not self.background:
            return
        self.warmed = None

        def run() -> None:
            started = time.perf_counter()
            index.warm()
            _settle()  # the caches it built: out of the collector's sight, as the index
            self.warmed = time.perf_counter() - started

        self.warming = threading.Thread(target=run, name="geokb-warm", daemon=True)
        self.warming.start()

    def _start(self) -> _State:
        """The saved index when it matches the store, else every article read (and saved)."""
        loaded = load(self.file, self.store, self.base) if self.file is not None else None
        if loaded is None or loaded.clustering is None:
            stamp = None
            if self.file is not None:
                if read_stamp(self.store, self.base).token is None:  # a store written before stamps
                    self.store.update(stamp_update(self.base, None))
                stamp = read_stamp(self.store, self.base).token
            state = self._from(load_alignment_input(self.store), run=None)
            self._stamp = stamp
            self._save(state)
            self.started_from = "store"
            return state
        self._stamp = loaded.stamp
        self.started_from = "file+store" if loaded.repaired else "file"
        index, clustering = loaded.index, loaded.clustering
        skeleton = skeleton_from_index(index)
        partition = Partition(skeleton, clustering.assignment)
        if not loaded.touched:
            return _State(index, skeleton, clustering, "full", None, partition=partition)
        refined = partition.refine(loaded.touched & set(skeleton))
        self._dirty.set()  # a full recompute of what the journal changed is due (next write, or now)
        if self.background:
            self._schedule()
        return _State(index, skeleton, refined, "incremental", None, partition=partition)

    def _save(self, state: _State) -> None:
        """Save the index and its clustering beside the store (when it has a place and a stamp)."""
        if self.file is not None and self._stamp is not None:
            self.file.save(state.index, state.clustering, self._stamp)

    def _from(self, data: AlignmentInput, run: NamedNode | None) -> _State:
        index = index_from_input(data)
        alignment = full_alignment(data, index.weights)
        partition = Partition(alignment.graph, alignment.clustering.assignment)
        return _State(
            index, skeleton_of(alignment.graph), alignment.clustering, "full", run, alignment, 0, partition
        )

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

    def written(self, ann: Annotation) -> None:
        """After ``ann``'s article was written: apply its delta and re-cluster locally; the full
        run that records it follows in the background (:meth:`_recompute`)."""
        with self._lock:
            s = self.state()
            ev = article_evidence(ann, self.base)
            old = s.index.articles.get(ev.article)
            removed, added = s.index.put(ev)
            actors = set(ev.actors) | set(old.actors if old else ())
            clustering = self._refine(s, removed + added, actors)
            self._journal(ev.article, ev)
            self._state = _incremental(s, clustering)
        self._schedule()

    def deleted(self, article_id: str) -> None:
        """After the article ``article_id`` was deleted from the store: its delta, as :meth:`written`'s."""
        with self._lock:
            s = self.state()
            article = Minter(self.base).article(article_id).value
            old = s.index.articles.get(article)
            removed = s.index.drop(article)
            clustering = self._refine(s, removed, set(old.actors if old else ()))
            self._journal(article, None)
            self._state = _incremental(s, clustering)
        self._schedule()

    def _refine(self, s: _State, ties: list[Tie], actors: set[str]) -> Clustering:
        """Patch the skeleton and the partition by a write's changed ``ties`` (and the ``actors`` its
        article names or named), then re-cluster locally from the actors they touch."""
        if s.partition is None:
            s.partition = Partition(s.skeleton, s.clustering.assignment)
        _patch(s.skeleton, s.index, ties, actors, s.partition)
        return s.partition.refine((touched_by(ties) | actors) & set(s.partition.comm))

    def _journal(self, article: str, evidence: ArticleEvidence | None) -> None:
        """Journal one write beside the store, if the store's stamp moved by exactly that write.

        Writes through one :class:`LiveAlignment` are serialised (:attr:`writing`); a stamp
        that moved further (another process wrote) leaves the saved index stale: its files
        are removed, and the next start reads every article.
        """
        if self.file is None:
            return
        now = read_stamp(self.store, self.base)
        if self._stamp is not None and now.previous == self._stamp:
            self.file.append(now.token, article, evidence)  # type: ignore[arg-type]
            self._stamp = now.token
        else:
            self.file.discard()
            self._stamp = None

    def _unmark(self) -> None:
        """Remove the stale-alignment marker (:mod:`kb.recovery`) once the recorded run holds every
        write: only while no write is between touching it and its delta (:attr:`writing` is
        free) and no write is pending since this run's input was read."""
        stale = marker(self.store)
        if stale is None or not self.writing.acquire(blocking=False):
            return  # a write in flight: the recompute it schedules removes the marker
        try:
            if not self._dirty.is_set():
                stale.unlink(missing_ok=True)
        finally:
            self.writing.release()

    def close(self) -> None:
        """Wait for the background recompute, then save the index if writes were journaled since."""
        self.wait()
        with self._lock:
            if self._state is not None and self.file is not None and self.file.records:
                self._save(self._state)

    def full(self, *, rewrite: bool = True) -> NamedNode:
        """Read everything from the articles again; tie graphs rewritten when ``rewrite``; record the run."""
        with self._lock:
            data = load_alignment_input(self.store)
            if rewrite and not getattr(self.store, "read_only", False):
                rewrite_tie_graphs(self.store, self.base, data)
            state = self._from(data, run=None)
            state.run = record_alignment(self.store, state.alignment, self.base, force=True)  # type: ignore[arg-type]
            self._state = state
            self._unmark()
            _settle()
            self._warm(state.index)
            if self.file is not None:
                self._stamp = read_stamp(self.store, self.base).token
                self._save(state)
            return state.run

    def record(self) -> NamedNode:
        """Record the alignment of what the index holds now (its whole graph built from the index)."""
        with self._lock:
            return record_alignment(self.store, self.alignment(), self.base, force=True)

    def wait(self, timeout: float | None = None) -> None:
        """Start the pending full recompute now and block until it is done (tests, benchmarks, shutdown)."""
        worker = self._worker
        if worker is not None:
            self._now.set()
            worker.join(timeout)

    # -- the background full recompute ---------------------------------------------------------

    def _schedule(self) -> None:
        """A full recompute is due: at most one pending, started once writes pause (:data:`QUIET`)."""
        self._last_write = time.monotonic()
        self._dirty.set()
        if not self.background:
            self._recompute()
            return
        with self._lock:
            if self._worker is None:
                self._worker = threading.Thread(target=self._loop, name="geokb-alignment", daemon=True)
                self._worker.start()

    def _loop(self) -> None:
        while True:
            with self._lock:  # a write that finds a worker counts on it: it leaves only when nothing is due
                if not self._dirty.is_set():
                    self._worker = None
                    self._now.clear()
                    return
            while not self._now.is_set() and (left := self._last_write + QUIET - time.monotonic()) > 0:
                self._now.wait(left)
            self._recompute()

    def _recompute(self) -> None:
        """Cluster the current index from scratch; keep it when no write came in meanwhile."""
        self._busy = True
        try:
            self._dirty.clear()
            with self._lock:
                s = self.state()
            version, data = s.index.versioned_input()  # a write may go ahead meanwhile: checked below
            alignment = full_alignment(data, s.index.weights)
            partition = Partition(alignment.graph, alignment.clustering.assignment)  # outside the lock
            with self._lock:
                current = self._state
                if current is None or current.index.version != version or self._dirty.is_set():
                    return  # a newer write came in: its own recompute follows
                run = record_alignment(self.store, alignment, self.base, force=True)  # the same ID may hold
                # an older store's incremental run, recorded before incremental runs were left unrecorded
                self._state = _State(
                    current.index,
                    current.skeleton,
                    alignment.clustering,
                    "full",
                    run,
                    alignment,
                    version,
                    partition,
                )
                _settle()
                if self.file is not None and self.file.records >= SAVE_EVERY:
                    self._save(self._state)  # the journal replayed at the next start stays short
                self._unmark()
        finally:
            self._busy = False


def _incremental(s: _State, clustering: Clustering) -> _State:
    """The state after a write: ``s`` with the write's clustering (not recorded: no run).

    The whole alignment ``s`` holds is carried over although it is now stale (:meth:`LiveAlignment.alignment`
    rebuilds it when read, :meth:`LiveAlignment._recompute` replaces it): dropped here, its
    millions of objects (a full recompute's graph with the evidence on every edge) were freed
    inside the write, 1.2-1.5 s of CPU for the first write after each recompute at 100k articles.
    """
    return _State(
        s.index, s.skeleton, clustering, "incremental", None, s.alignment, s.version, partition=s.partition
    )


def _settle() -> None:
    """Move what a full recompute built (the graph with its evidence, the partition: millions of
    containers at 100k articles) out of the collector's sight, as the start does for the index.

    Left where they are, they are scanned by the next full collection, which falls inside
    whichever request happens to allocate then: at 100k articles about 1 s of a write's CPU
    after each recompute. They hold no reference cycles (the garbage of the recompute they
    replace is freed by reference counting, frozen or not).
    """
    gc.freeze()


def _patch(
    S: nx.Graph, index: TieIndex, ties: list[Tie], actors: set[str], partition: Partition | None = None
) -> None:
    """Bring the skeleton's edges of ``ties``, and the nodes ``actors``, up to the index (and the
    ``partition`` with them).

    As in :func:`~kb.analysis.graph.alignment_graph`, an actor is a node while an article
    names it or it has an edge.
    """
    for key in sorted({(t.source, t.target) if t.source < t.target else (t.target, t.source) for t in ties}):
        if key[0] == key[1]:
            continue
        w = index.edge.get(key)
        if w is not None:
            S.add_edge(*key, weight=w)
            if partition is not None:
                partition.add_node(key[0])
                partition.add_node(key[1])
        elif S.has_edge(*key):
            S.remove_edge(*key)
        if partition is not None and key[0] in partition.comm and key[1] in partition.comm:
            partition.set_edge(*key, w)
    for a in sorted(actors | touched_by(ties)):
        if a in index.named_by:
            S.add_node(a)
            if partition is not None:
                partition.add_node(a)
        elif a in S and not S.degree(a):
            S.remove_node(a)
            if partition is not None:
                partition.remove_node(a)


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
        return live.alignment(), live.status()
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


def clusters_answer(
    live: LiveAlignment,
    cache: LRUCache,
    params: AlignmentParams,
    tasks: TaskRunner | None = None,
    timeout: float = 0.0,
) -> dict[str, Any]:
    """The `/clusters` answer for ``params``: :func:`alignment_for`'s run and summary, in plain JSON types.

    Under one pause of the collector: a window's alignment and its summary allocate tens of
    thousands of containers with no cycles among them, which the collector otherwise scans
    again on each threshold it crosses while they pile up (a 30-day window of the 100k-article
    store: 1.31 s of CPU with the collector on, 0.91 s with one pause, same process).
    """
    with paused_gc():
        a, run = alignment_for(live, cache, params, tasks, timeout)
        return {"run": run, **a.summary()}

"""The alignment analysis end to end: store -> ties -> signed graph -> clusters -> record.

What the CLI, the API and the notebook call; each step is also public on its own in the
modules it composes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import networkx as nx
from pyoxigraph import NamedNode

from kb.analysis.centrality import centrality
from kb.analysis.clusters import Clustering, balance_of, cluster_adjacency
from kb.analysis.evidence import AlignmentInput, load_alignment_input
from kb.analysis.explain import ActorExplanation, PairExplanation, explain_actor, explain_pair
from kb.analysis.graph import SignedPairs, Weights, alignment_graph, signed_pairs
from kb.analysis.params import AlignmentParams
from kb.analysis.record import clustering_quads, input_digest, run_id
from kb.analysis.timeline import window_input
from kb.cache import LRUCache
from kb.names import choose, matches
from kb.repository import replace_graph
from kb.store import Store
from kb.taskpool import TaskRunner

__all__ = [
    "Alignment",
    "align",
    "align_input",
    "align_with",
    "cached_alignment",
    "cached_input",
    "record_alignment",
    "refresh_alignment",
]


@dataclass
class Alignment:
    """The result of one analysis: its input, clustering and graph-wide figures, and its graph.

    The graph with every tie behind each edge (:func:`~kb.analysis.graph.alignment_graph`) is
    what an explanation, the centrality and the graph page read; clustering reads only the
    pairs' weights (:func:`~kb.analysis.graph.signed_pairs`). So :func:`align_input` keeps the
    ``pairs`` and leaves ``_graph`` None: :attr:`graph` builds it from ``data`` when first read
    (two threads that read it at once may both build it: the same graph, one kept), and a
    question that asks only for the clusters (``/clusters`` of a window) never pays for it.
    """

    data: AlignmentInput
    _graph: nx.Graph | None
    clustering: Clustering
    weights: Weights
    balance: dict[str, Any]
    started: datetime
    ended: datetime
    pairs: SignedPairs | None = None
    """The nodes, weights and labels the clustering was computed from, when built without the graph."""

    @property
    def graph(self) -> nx.Graph:
        """The signed graph with the ties behind each edge, built on first use when not given."""
        if self._graph is None:
            self._graph = alignment_graph(self.data, self.weights)
        return self._graph

    @property
    def nodes(self) -> list[str]:
        """The graph's nodes (actor IRIs), without building the graph."""
        return self.pairs.nodes if self.pairs is not None else list(self.graph)

    def label(self, node: str) -> str:
        if self.pairs is not None:
            return self.pairs.labels.get(node, node)  # type: ignore[return-value]
        return self.graph.nodes[node].get("label", node) if node in self.graph else node

    def resolve(self, name: str) -> str:
        """An actor's IRI from its IRI, ID, label or alias, or one word of them (:mod:`kb.names`)."""
        nodes = self.pairs.labels if self.pairs is not None else self.graph
        if name in nodes:
            return name
        names = {
            iri: (info.identifier, info.label, *info.aliases, *info.hidden)  # a wrong name finds its actor
            for iri, info in self.data.actors.items()
        }
        found: set[str] = set()
        for iri in matches(name, names):
            if iri in nodes:
                found.add(iri)
            elif self.weights.fold_parts:  # a part folded into its whole resolves to the whole
                found.update(n for n in self.graph if iri in self.graph.nodes[n].get("parts", ()))
        return choose(name, sorted(found), labels={n: self.label(n) for n in found})

    def explain(self, actor: str, *, top: int | None = 10) -> ActorExplanation:
        return explain_actor(self.graph, self.clustering, self.resolve(actor), top=top)

    def explain_pair(self, a: str, b: str) -> PairExplanation:
        return explain_pair(self.graph, self.resolve(a), self.resolve(b), self.clustering)

    def centrality(self, *, top: int = 10, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
        return centrality(self.graph, top=top, seed=seed)

    def summary(self) -> dict[str, Any]:
        """Everything a table or a JSON answer shows, with labels, in plain types."""
        c = self.clustering
        return {
            "parameters": {**c.parameters, "weights": self.weights.as_dict()},
            "actors": len(self.pairs.nodes) if self.pairs is not None else self.graph.number_of_nodes(),
            "edges": self.pairs.edges if self.pairs is not None else self.graph.number_of_edges(),
            "ties": len(self.data.ties),
            "frustration": {
                "edges": c.frustration_count,
                "weight": c.frustration_weight,
                "of": c.total_weight,
            },
            "balance": self.balance,
            "clusters": [
                {
                    "id": cl.id,
                    "size": len(cl.members),
                    "cohesion": cl.cohesion,
                    "members": [{"actor": m, "label": self.label(m)} for m in cl.members],
                    "internal": {"positive": cl.internal_positive, "negative": cl.internal_negative},
                    "external": {"positive": cl.external_positive, "negative": cl.external_negative},
                }
                for cl in c.clusters
            ],
        }


def align(
    store: Store,
    *,
    weights: Weights | None = None,
    seed: int = 0,
    resolution: float = 0.0,
    annotation: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_undated: bool = False,
    tasks: TaskRunner | None = None,
    timeout: float = 0.0,
) -> Alignment:
    """Read the ties in ``store`` and cluster its actors.

    ``annotation="curated"`` reads only the articles annotated by hand, leaving drafted
    ones out (``"drafted"`` the reverse); None reads all, drafted ties discounted by
    ``weights.drafted``. ``since`` and ``until`` keep the ties of articles published in that
    window (:func:`~kb.analysis.timeline.window_input`; undated ones only with
    ``include_undated``). Given ``tasks`` (the service's worker processes), the ties are
    read here and clustered in a worker, stopped past ``timeout`` seconds
    (:class:`~kb.errors.TaskTimeout`).
    """
    kwargs = dict(
        weights=weights,
        seed=seed,
        resolution=resolution,
        annotation=annotation,
        since=since,
        until=until,
        include_undated=include_undated,
    )
    return run_alignment(load_alignment_input(store), tasks, timeout, **kwargs)


def run_alignment(data: AlignmentInput, tasks: TaskRunner | None, timeout: float, **kwargs: Any) -> Alignment:
    """:func:`align_input` here, or in one of ``tasks``' workers within ``timeout`` seconds."""
    if tasks is None:
        return align_input(data, **kwargs)
    return tasks.run("the alignment", timeout, partial(align_input, **kwargs), data)


def align_input(
    data: AlignmentInput,
    *,
    weights: Weights | None = None,
    seed: int = 0,
    resolution: float = 0.0,
    annotation: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_undated: bool = False,
    cut: bool = False,
) -> Alignment:
    """:func:`align` on ties already read (from a store, an index, or made up): no store access.

    ``cut``: ``data`` is the window's input already (:meth:`~kb.analysis.index.TieIndex.window`:
    its ties, the actors they name, the claims they carry), so the window is not cut from it
    again (:func:`~kb.analysis.timeline.window_input`); with an ``annotation``, the actors and
    claims of that part are counted from its ties."""
    weights = weights or Weights()
    started = datetime.now(UTC)
    windowed = since is not None or until is not None
    data = data.only(annotation)
    if windowed and not (cut and annotation is None):
        data = window_input(data, since, until, include_undated=include_undated, cut=cut)
    pairs = signed_pairs(data, weights)
    clustering = cluster_adjacency(pairs.nodes, pairs.adj, seed=seed, resolution=resolution)
    if annotation is not None:
        clustering.parameters["annotation"] = annotation
    if windowed:  # a run over a window says which (record.py writes it into the run's PROV)
        clustering.parameters.update(
            since=since and since.isoformat(),
            until=until and until.isoformat(),
            include_undated=include_undated,
        )
    balance = balance_of(pairs.adj)
    return Alignment(data, None, clustering, weights, balance, started, datetime.now(UTC), pairs)


def align_with(
    store: Store, params: AlignmentParams, tasks: TaskRunner | None = None, timeout: float = 0.0
) -> Alignment:
    """:func:`align` with every knob from one :class:`~kb.analysis.params.AlignmentParams`."""
    return align(store, **params.align_kwargs(), tasks=tasks, timeout=timeout)


def cached_alignment(
    cache: LRUCache,
    store: Store,
    params: AlignmentParams,
    tasks: TaskRunner | None = None,
    timeout: float = 0.0,
) -> Alignment:
    """The alignment for ``params``, computed once per version of ``store`` while ``cache`` holds it
    (in one of ``tasks``' workers, within ``timeout`` seconds, when given)."""
    key = ("alignment", store.version, params.key())
    if params.since is None and params.until is None:
        return cache.get(key, lambda: align_with(store, params, tasks, timeout))
    # a window: its ties come from the ties of the whole store, read once per version
    return cache.get(
        key, lambda: run_alignment(cached_input(cache, store), tasks, timeout, **params.align_kwargs())
    )


def cached_input(cache: LRUCache, store: Store) -> AlignmentInput:
    """Every tie of ``store`` with its date, read once per version of ``store`` while ``cache`` holds it."""
    return cache.get(("alignment-input", store.version), lambda: load_alignment_input(store))


def record_alignment(store: Store, alignment: Alignment, base: str, *, force: bool = False) -> NamedNode:
    """Write ``alignment`` into its own named graph in ``store``; returns the run's IRI.

    A run with the same input and parameters gives the same clusters (the clustering is
    deterministic), so when its graph is already there nothing is written, not even a new
    time: rebuilding an unchanged KB changes nothing. ``force`` writes it anyway.
    """
    graph, run, quads = clustering_quads(
        alignment.clustering,
        base=base,
        weights=alignment.weights,
        digest=input_digest(alignment.data.ties),
        ties=len(alignment.data.ties),
        articles=[t.article for t in alignment.data.ties if t.article],
        labels={n: alignment.label(n) for n in alignment.nodes},
        balance=alignment.balance.get("ratio"),
        started=alignment.started,
        ended=alignment.ended,
        version=_version(),
    )
    params = {**alignment.clustering.parameters, "weights": alignment.weights.as_dict()}
    return _write_run(store, graph, run, quads, force=force, parameters=params)


def _write_run(
    store: Store, graph: NamedNode, run: NamedNode, quads: list, *, force: bool, parameters: dict[str, Any]
) -> NamedNode:
    """Write a run's graph: added whole when new (the bulk path), replaced when ``force``; then
    drop the runs it supersedes (:func:`superseded_runs`)."""
    if not bool(store.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}")):
        store.extend(quads)  # all or nothing, and no SPARQL text to build and parse
    elif force:
        replace_graph(store, graph, quads)
    for old in superseded_runs(store, graph, parameters):
        replace_graph(store, old, [])
    return run


def superseded_runs(store: Store, graph: NamedNode, parameters: dict[str, Any]) -> list[NamedNode]:
    """The graphs of the runs recorded with the same ``parameters`` as the run in ``graph``, over
    another input: the store keeps the newest run of each setting, not one per write.

    A run's ID is a hash of its input digest and its parameters (:func:`run_id`), so a recorded
    run has these parameters exactly when hashing its own digest with them gives its ID back:
    no parameter needs reading back from its triples. Without this every write the service
    made left a run graph behind (a label and a cluster for every actor: 13,254 quads at
    101k articles), so the store grew by a whole clustering per write.
    """
    rows = store.query(
        "SELECT ?g ?id ?digest WHERE { GRAPH ?g { ?g a gk:AnalysisGraph ; prov:wasGeneratedBy ?run . "
        "?run a gk:ClusteringRun ; schema:identifier ?id ; gk:inputDigest ?digest } }"
    )
    return sorted(
        (r["g"] for r in rows if r["g"] != graph and run_id(r["digest"].value, parameters) == r["id"].value),
        key=str,
    )


def refresh_alignment(store: Store, base: str) -> NamedNode:
    """Record the default clustering of what the store now holds (after a build or an ingest)."""
    return record_alignment(store, align(store), base)


@functools.cache
def _version() -> str:
    try:
        return version("geokb")
    except PackageNotFoundError:
        return "unknown"

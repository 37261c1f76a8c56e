"""Signed clustering: positive ties inside clusters, negative ties between them.

The objective is the *frustration* of a partition (correlation clustering): the weight of
positive edges that cross clusters plus the weight of negative edges inside one. It is
minimised with the multilevel local moving scheme of Louvain (Blondel et al. 2008), with
the modularity gain replaced by the frustration gain: a node moves to the neighbouring
cluster it has the largest net signed weight to, or out on its own when every cluster it
could join holds more enemies than friends; clusters are then contracted into nodes and the
moves repeat, so whole groups can merge. Moves only ever lower the frustration, so a
perfectly balanced graph always ends with none, and a graph without negative edges ends
with its connected components.

An optional ``resolution`` adds modularity's null model on the positive part (a penalty
``resolution x k_u x K_C / 2m`` for putting a node of positive strength ``k_u`` into a
cluster of strength ``K_C``), which splits large positive components into communities.
At 0 (the default) only the signs decide.

References: Blondel, Guillaume, Lambiotte, Lefebvre, "Fast unfolding of communities in
large networks", J. Stat. Mech. (2008); Bansal, Blum, Chawla, "Correlation clustering",
Machine Learning 56 (2004); Traag, Bruggeman, "Community detection in networks with
positive and negative links", Phys. Rev. E 80 (2009).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kb.analysis._gc import paused_gc

__all__ = [
    "Cluster",
    "Clustering",
    "balance_of",
    "cluster_adjacency",
    "frustration",
    "refine_clusters",
    "signed_clusters",
    "structural_balance",
]

ALGORITHM = "geokb.signed-local-moving/1"
_EPS = 1e-12


@dataclass(frozen=True)
class Cluster:
    """One cluster: its members and how well its ties fit it.

    ``cohesion`` is the share of the weight on the cluster's ties that agrees with the
    partition (positive inside, negative to the outside): 1.0 when every tie agrees, None
    for an actor with no ties at all.
    """

    id: int
    members: tuple[str, ...]
    internal_positive: float
    internal_negative: float
    external_positive: float
    external_negative: float

    @property
    def cohesion(self) -> float | None:
        total = (
            self.internal_positive + self.internal_negative + self.external_positive + self.external_negative
        )
        if total == 0:
            return None
        return round((self.internal_positive + self.external_negative) / total, 6)


@dataclass(frozen=True)
class Clustering:
    clusters: tuple[Cluster, ...]
    assignment: dict[str, int]
    frustration_count: int
    frustration_weight: float
    total_weight: float
    parameters: dict[str, Any] = field(default_factory=dict)

    def cluster_of(self, node: str) -> Cluster:
        return self.clusters[self.assignment[node]]

    def same(self, a: str, b: str) -> bool:
        return self.assignment[a] == self.assignment[b]


def signed_clusters(
    G: nx.Graph, *, seed: int = 0, resolution: float = 0.0, weight: str = "weight"
) -> Clustering:
    """Partition the signed graph ``G`` so that as little edge weight as possible disagrees.

    Deterministic for a given ``seed``, and independent of the order in which nodes and
    edges were added to ``G`` (the graph is put in a canonical order first).

    Parameters
    ----------
    G : an undirected graph whose edges carry a signed ``weight``.
    seed : the seed of the random order in which nodes are visited.
    resolution : >= 0; see the module docstring. 0 lets only the signs decide.

    Returns
    -------
    A :class:`Clustering`, clusters sorted by size (largest first), then by first member.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("uk", "france", weight=1.0)
    >>> G.add_edge("uk", "russia", weight=-1.0)
    >>> G.add_edge("france", "russia", weight=-0.5)
    >>> c = signed_clusters(G)
    >>> [cl.members for cl in c.clusters], c.frustration_count
    ([('france', 'uk'), ('russia',)], 0)
    """
    if resolution < 0:
        raise ValueError("resolution must be >= 0")
    with paused_gc():
        return _signed_clusters(G, seed, resolution, weight)


def _signed_clusters(G: nx.Graph, seed: int, resolution: float, weight: str) -> Clustering:
    nodes, adj = _adjacency(G, weight)
    return cluster_adjacency(nodes, adj, seed=seed, resolution=resolution)


def cluster_adjacency(
    nodes: list[Any], adj: list[dict[int, float]], *, seed: int = 0, resolution: float = 0.0
) -> Clustering:
    """:func:`signed_clusters` of a graph given as its sorted ``nodes`` and their signed adjacency
    (``adj[i]``: neighbour position -> non-zero weight, in order), as :func:`_adjacency` makes it
    from a graph and :func:`~kb.analysis.graph.signed_pairs` from the ties: the same clusters,
    without a networkx graph.

    >>> c = cluster_adjacency(["a", "b", "c"], [{1: 1.0}, {0: 1.0, 2: -1.0}, {1: -1.0}])
    >>> [cl.members for cl in c.clusters]
    [('a', 'b'), ('c',)]
    """
    if resolution < 0:
        raise ValueError("resolution must be >= 0")
    with paused_gc():
        strength = [sum(w for w in a.values() if w > 0) for a in adj]
        rng = random.Random(seed)
        membership = _coarsened(adj, strength, list(range(len(nodes))), resolution, rng)
        comm = _settled(adj, strength, membership, resolution, rng)
        return _clustering(nodes, adj, comm, {"algorithm": ALGORITHM, "seed": seed, "resolution": resolution})


def _adjacency(G: nx.Graph, weight: str) -> tuple[list[Any], list[dict[int, float]]]:
    """``G``'s nodes in a canonical order (by ``str``) and each one's non-zero edges by neighbour position."""
    nodes = sorted(G.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    adj: list[dict[int, float]] = []
    nbrs = _neighbours(G)
    for u in nodes:
        row = {index[v]: w for v, d in nbrs[u].items() if v != u and (w := d.get(weight, 0.0))}
        adj.append(dict(sorted(row.items())))
    return nodes, adj


def refine_clusters(
    G: nx.Graph,
    previous: dict[Any, int],
    touched: set,
    *,
    seed: int = 0,
    resolution: float = 0.0,
    weight: str = "weight",
) -> Clustering:
    """Re-cluster ``G`` after a small change, starting from the ``previous`` partition.

    Local moving restarts from ``previous`` (a node it does not name starts alone) and
    visits only the ``touched`` nodes (the actors whose ties changed) at first; a node
    that moves queues its neighbours, so the change spreads exactly as far as it matters.
    The clusters are then contracted and moved as wholes, as :func:`signed_clusters` does
    level by level (a graph of clusters, small next to the graph of actors), and a last
    pass over the touched nodes lets single actors leave a merged group. Every move lowers
    the frustration, so the result is never worse than ``previous`` on the new graph; it
    can still be worse than a clustering from scratch (the property tests bound by how much).

    >>> G = nx.Graph([("a", "b", {"weight": 1.0}), ("b", "c", {"weight": -1.0})])
    >>> old = signed_clusters(G).assignment
    >>> G.add_edge("c", "d", weight=2.0)
    >>> [cl.members for cl in refine_clusters(G, old, {"c", "d"}).clusters]
    [('a', 'b'), ('c', 'd')]
    """
    if resolution < 0:
        raise ValueError("resolution must be >= 0")
    with paused_gc():
        nodes = sorted(G.nodes, key=str)
        index = {n: i for i, n in enumerate(nodes)}
        adj: list[dict[int, float]] = []
        nbrs = _neighbours(G)
        for u in nodes:
            adj.append({index[v]: w for v, d in nbrs[u].items() if v != u and (w := d.get(weight, 0.0))})
        strength = [sum(w for w in a.values() if w > 0) for a in adj]
        fresh = max(previous.values(), default=-1) + 1
        start = []
        for n in nodes:
            if n in previous:
                start.append(previous[n])
            else:
                start.append(fresh)
                fresh += 1
        visit = sorted(index[n] for n in touched if n in index)
        rng = random.Random(seed)
        comm, _ = _local_moving(adj, strength, resolution, rng, start=start, visit=visit)
        # then the levels of the full algorithm over the clusters (few nodes): groups may merge
        labels = {c: k for k, c in enumerate(sorted(set(comm)))}
        membership = [labels[c] for c in comm]
        membership = _coarsened(*_aggregate(adj, strength, comm, labels), membership, resolution, rng)
        comm, _ = _local_moving(adj, strength, resolution, rng, start=membership, visit=visit)
        params = {"algorithm": ALGORITHM, "seed": seed, "resolution": resolution}
        return _clustering(nodes, adj, comm, params)


def _coarsened(
    adj: list[dict[int, float]],
    strength: list[float],
    membership: list[int],
    resolution: float,
    rng: random.Random,
) -> list[int]:
    """``membership`` (node -> node of ``adj``) after local moving on ever coarser graphs: each level's
    clusters become the nodes of the next, until no node moves (the levels of the full algorithm)."""
    while True:
        comm, moved = _local_moving(adj, strength, resolution, rng)
        if not moved:
            return membership
        labels = {c: k for k, c in enumerate(sorted(set(comm)))}
        membership = [labels[comm[m]] for m in membership]
        adj, strength = _aggregate(adj, strength, comm, labels)


def _settled(
    adj: list[dict[int, float]],
    strength: list[float],
    membership: list[int],
    resolution: float,
    rng: random.Random,
) -> list[int]:
    """``membership`` after a last pass of single moves over the original nodes, then the levels
    again while any whole group still moves, until neither does.

    The last pass alone (Louvain's result) can leave two groups with more friends than enemies
    between them: a node that leaves a group changes what the groups owe each other. The live
    partition (:class:`~kb.analysis.partition.Partition`) merges such groups as soon as a write
    touches one, and then moves their members one by one: at 100k articles, 300 actors and 4
    to 7 s of the first replacement after each full recompute. Settled here, a full run is
    where local moving and merging both stop, so a write re-clusters only what it changed.
    Each round lowers the frustration, so the loop ends; a result that the first check finds
    settled is the one the last pass gave.
    """
    while True:
        comm, _ = _local_moving(adj, strength, resolution, rng, start=membership)
        labels = {c: k for k, c in enumerate(sorted(set(comm)))}
        groups = [labels[c] for c in comm]
        merged = _coarsened(*_aggregate(adj, strength, comm, labels), groups, resolution, rng)
        if merged is groups:
            return comm
        membership = merged


def _local_moving(
    adj: list[dict[int, float]],
    strength: list[float],
    resolution: float,
    rng: random.Random,
    start: list[int] | None = None,
    visit: list[int] | None = None,
) -> tuple[list[int], bool]:
    """Move single nodes between clusters while that lowers the objective.

    Every node is visited once in a random order; after that only the neighbours of a node
    that moved are visited again (the queue of Traag et al.'s fast local moving), since a
    move changes no other node's options when ``resolution`` is 0.
    """
    n = len(adj)
    comm = list(start) if start is not None else list(range(n))
    total = sum(strength) or 1.0
    cstrength: dict[int, float] = defaultdict(float)
    csize: dict[int, int] = defaultdict(int)
    for i, c in enumerate(comm):
        cstrength[c] += strength[i]
        csize[c] += 1
    free = max(comm, default=-1) + 1  # next unused cluster label
    order = list(range(n)) if visit is None else list(visit)
    rng.shuffle(order)
    queue = deque(order)
    queued = [False] * n
    for i in order:
        queued[i] = True
    moved_any = False
    while queue:
        i = queue.popleft()
        queued[i] = False
        links: dict[int, float] = {}
        for j, w in adj[i].items():
            cj = comm[j]
            links[cj] = links[cj] + w if cj in links else w
        own, k = comm[i], strength[i]
        cstrength[own] -= k
        csize[own] -= 1
        penalty = resolution * k / total
        best, best_gain = own, links.get(own, 0.0) - penalty * cstrength[own]
        for c, w in links.items():
            gain = w - penalty * cstrength[c] if penalty else w
            if gain > best_gain + _EPS:
                best, best_gain = c, gain
        if best_gain < -_EPS and csize[own] > 0:
            best, free = free, free + 1  # alone (gain 0) beats every cluster it could join
        cstrength[best] += k
        csize[best] += 1
        if best != own:
            comm[i] = best
            moved_any = True
            for j in adj[i]:
                if not queued[j]:
                    queued[j] = True
                    queue.append(j)
    return comm, moved_any


def _aggregate(
    adj: list[dict[int, float]], strength: list[float], comm: list[int], labels: dict[int, int]
) -> tuple[list[dict[int, float]], list[float]]:
    """Contract each cluster into one node; edges between clusters add up."""
    m = len(labels)
    new_adj: list[dict[int, float]] = [{} for _ in range(m)]
    new_strength = [0.0] * m
    for i, links in enumerate(adj):
        ci = labels[comm[i]]
        new_strength[ci] += strength[i]
        row = new_adj[ci]
        for j, w in links.items():
            cj = labels[comm[j]]
            if cj != ci:
                row[cj] = row.get(cj, 0.0) + w
    return [dict(sorted(a.items())) for a in new_adj], new_strength


def _result(G: nx.Graph, nodes: list, comm: list[int], weight: str, params: dict[str, Any]) -> Clustering:
    """The clustering of ``G`` that puts ``nodes[i]`` in cluster ``comm[i]``."""
    index = {n: i for i, n in enumerate(nodes)}
    nbrs = _neighbours(G)
    adj = [{index[v]: w for v, d in nbrs[u].items() if v != u and (w := d.get(weight, 0.0))} for u in nodes]
    return _clustering(nodes, adj, comm, params)


def _clustering(
    nodes: list, adj: list[dict[int, float]], comm: list[int], params: dict[str, Any]
) -> Clustering:
    """The clusters (largest first, then by first member) and their sums over each edge once.

    Each sum is :func:`math.fsum`'s: exact before its one rounding, so it does not depend on the
    order of the edges (tens of thousands of them, adding up to thousands, would otherwise carry
    an error near the 9th decimal the figures are rounded to)."""
    groups: dict[int, list] = defaultdict(list)
    for node, c in zip(nodes, comm, strict=True):
        groups[c].append(node)
    ordered = sorted(groups.values(), key=lambda ms: (-len(ms), str(ms[0])))
    assignment = {node: k for k, members in enumerate(ordered) for node in members}
    index = {node: i for i, node in enumerate(nodes)}
    of = [0] * len(nodes)
    for node, k in assignment.items():
        of[index[node]] = k
    sums: list[list[list[float]]] = [[[], [], [], []] for _ in ordered]  # in+, in-, out+, out-
    frustrated: list[float] = []
    total: list[float] = []
    for i, row in enumerate(adj):
        ci = of[i]
        for j, w in row.items():
            if j <= i:
                continue
            cj, a = of[j], abs(w)
            total.append(a)
            if ci == cj:
                sums[ci][0 if w > 0 else 1].append(a)
                if w < 0:
                    frustrated.append(a)
            else:
                k = 2 if w > 0 else 3
                sums[ci][k].append(a)
                sums[cj][k].append(a)
                if w > 0:
                    frustrated.append(a)
    clusters = tuple(
        Cluster(k, tuple(members), *(round(math.fsum(x), 9) for x in s))
        for k, (members, s) in enumerate(zip(ordered, sums, strict=True))
    )
    frustration = round(math.fsum(frustrated), 9)
    return Clustering(clusters, assignment, len(frustrated), frustration, round(math.fsum(total), 9), params)


def _edges(G: nx.Graph, weight: str) -> Iterator[tuple[Any, Any, float]]:
    """Each edge with a non-zero weight once, no self-loops; faster than ``G.edges(data=...)``."""
    seen = set()
    for u, nbrs in G.adjacency():
        seen.add(u)
        for v, d in nbrs.items():
            if v not in seen and (w := d.get(weight, 0.0)):
                yield u, v, w


def _neighbours(G: nx.Graph) -> dict[Any, dict[Any, dict[str, Any]]]:
    """Node -> neighbour -> edge data, as plain dicts (``G.adjacency()``, in ``G.adj``'s order):
    ``G.adj[u].items()`` goes through a read-only view whose iteration runs in Python, a
    quarter of a second per 50k ties."""
    return dict(G.adjacency())


def frustration(G: nx.Graph, assignment: dict[Any, int], weight: str = "weight") -> tuple[int, float]:
    """How many edges, and how much weight, disagree with a partition of ``G``.

    >>> G = nx.Graph([("a", "b", {"weight": -1.0}), ("b", "c", {"weight": 2.0})])
    >>> frustration(G, {"a": 0, "b": 0, "c": 1})
    (2, 3.0)
    """
    count, total = 0, 0.0
    for u, v, w in G.edges(data=weight, default=0.0):
        same = assignment[u] == assignment[v]
        if (same and w < 0) or (not same and w > 0):
            count, total = count + 1, total + abs(w)
    return count, total


def structural_balance(G: nx.Graph, weight: str = "weight") -> dict[str, float | int | None]:
    """The share of triangles whose sign product is positive (Cartwright and Harary, 1956).

    A graph is balanced when every cycle has an even number of negative edges; the share of
    balanced triangles measures how close it is.

    >>> G = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": -1}), ("a", "c", {"weight": -1})])
    >>> structural_balance(G)
    {'triangles': 1, 'balanced': 1, 'ratio': 1.0}
    """
    return balance_of(_adjacency(G, weight)[1])


def balance_of(adj: list[dict[int, float]]) -> dict[str, float | int | None]:
    """:func:`structural_balance` of a graph given as its signed adjacency (see :func:`cluster_adjacency`).

    >>> balance_of([{1: 1.0, 2: -1.0}, {0: 1.0, 2: -1.0}, {0: -1.0, 1: -1.0}])
    {'triangles': 1, 'balanced': 1, 'ratio': 1.0}
    """
    friends: list[set[int]] = [set() for _ in adj]  # each node's neighbours after it, by sign
    enemies: list[set[int]] = [set() for _ in adj]
    for u, row in enumerate(adj):
        for v, w in row.items():
            if v > u:
                (friends if w > 0 else enemies)[u].add(v)
    # a triangle u < v < w is balanced when the sign of (u, v) is the product of those of (u, w)
    # and (v, w): + when u and v both like or both dislike w. Counted by set sizes, not one by one.
    triangles = balanced = 0
    for u in range(len(adj)):
        for positive, vs in ((True, friends[u]), (False, enemies[u])):
            for v in vs:
                agree = len(friends[u] & friends[v]) + len(enemies[u] & enemies[v])
                both = agree + len(friends[u] & enemies[v]) + len(enemies[u] & friends[v])
                triangles += both
                balanced += agree if positive else both - agree
    return {
        "triangles": triangles,
        "balanced": balanced,
        "ratio": round(balanced / triangles, 6) if triangles else None,
    }

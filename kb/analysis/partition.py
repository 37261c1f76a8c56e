"""A signed partition kept between writes, so that a write costs its own edges, not the graph's.

:func:`~kb.analysis.clusters.refine_clusters` re-clusters from the previous partition, but
each call rebuilds the adjacency of the whole signed graph, contracts all of it into
clusters and counts the frustration over every edge: a pass over every edge per write,
which grows with the KB (its pairs of actors). :class:`Partition` keeps all of that between
writes and patches it:

- the adjacency (each pair's weight), changed edge by edge (:meth:`Partition.set_edge`);
- each cluster's members and its four sums (positive and negative weight inside, and to
  the outside), the frustration and the total weight, moved by each edge change and each
  node move by that edge's or that node's own contribution;
- the net weight between every two clusters, which is what merging two clusters gains.

:meth:`Partition.refine` then moves single actors, starting from the actors a write
touched (a move queues the mover's neighbours, as :func:`~kb.analysis.clusters._local_moving`
does), merges the touched clusters with a neighbouring cluster while that lowers the
frustration (the second level of the multilevel scheme, restricted to what changed), and
moves single actors once more. Every step lowers the frustration, so the result is never
worse than the previous partition on the new graph.

Weights are held as integers in units of 1e-9 (the tie index rounds every edge weight to 9
decimals), so sums patched by thousands of deltas stay exact: there is no drift away from a
fresh sum, and a move is taken only when it gains (no epsilon).

Only ``resolution`` 0 (signs alone, the service's default) is kept this way; other knobs
cluster from scratch.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kb.analysis.clusters import ALGORITHM, Cluster, Clustering, _edges

__all__ = ["UNIT", "Partition"]

UNIT = 10**9
"""Weights are held as integers of this many units per 1.0 (exact to the index's 9 decimals)."""


def _units(w: float | None) -> int:
    return round(w * UNIT) if w else 0


class Partition:
    """A signed graph, its partition into clusters, and the sums clustering reads, kept by deltas.

    >>> G = nx.Graph([("a", "b", {"weight": 1.0}), ("b", "c", {"weight": -1.0})])
    >>> p = Partition(G, {"a": 0, "b": 0, "c": 1})
    >>> p.add_node("d")
    >>> p.set_edge("c", "d", 2.0)
    >>> [cl.members for cl in p.refine({"c", "d"}).clusters]
    [('a', 'b'), ('c', 'd')]
    >>> p.set_edge("b", "c", 3.0)
    >>> c = p.refine({"b", "c"})
    >>> [cl.members for cl in c.clusters], c.frustration_weight
    ([('a', 'b', 'c', 'd')], 0.0)
    """

    def __init__(self, G: nx.Graph, assignment: Mapping[Any, int], *, seed: int = 0) -> None:
        self.seed = seed
        self.adj: dict[Any, dict[Any, int]] = {}
        self.comm: dict[Any, int] = {}
        self.members: dict[int, set] = {}
        self.sums: dict[int, list[int]] = {}
        """Cluster -> [inside +, inside -, outside +, outside -], each as absolute units."""
        self.between: dict[int, dict[int, list[int]]] = {}
        """Cluster -> other cluster -> the edges between them: [net signed weight, positive
        weight, negative weight (absolute), positive edges, negative edges]; what a merge of the
        two changes, so that merging costs the clusters' neighbours, not their members' edges."""
        self.frustrated = 0
        self.frustrated_weight = 0
        self.total = 0
        self._free = max(assignment.values(), default=-1) + 1
        for n in sorted(G.nodes, key=str):
            self._place(n, assignment.get(n))
        for u, v, w in _edges(G, "weight"):
            self._add_edge(u, v, _units(w))

    # -- the graph's deltas -------------------------------------------------------------------

    def add_node(self, n: Any) -> None:
        """Add ``n`` alone in a new cluster (nothing when it is there already)."""
        if n not in self.comm:
            self._place(n, None)

    def remove_node(self, n: Any) -> None:
        """Take ``n`` out, with its edges."""
        if n not in self.comm:
            return
        for m in list(self.adj[n]):
            self.set_edge(n, m, None)
        c = self.comm.pop(n)
        del self.adj[n]
        self._leave(n, c)

    def set_edge(self, u: Any, v: Any, weight: float | None) -> None:
        """Give the edge ``u``-``v`` the signed ``weight`` (None or 0: no edge); both nodes must be in."""
        if u == v:
            return
        old, new = self.adj[u].get(v, 0), _units(weight)
        if old == new:
            return
        self._count(u, v, old, -1)
        if new:
            self.adj[u][v] = self.adj[v][u] = new
        else:
            self.adj[u].pop(v, None)
            self.adj[v].pop(u, None)
        self._count(u, v, new, 1)

    # -- re-clustering ------------------------------------------------------------------------

    def refine(self, touched: Iterable[Any]) -> Clustering:
        """Re-cluster locally from the actors ``touched`` by the last deltas (see the module docstring)."""
        rng = random.Random(self.seed)
        visit = sorted((n for n in set(touched) if n in self.comm), key=str)
        moved = self._local_moving(visit, rng)
        if self._merge({self.comm[n] for n in [*visit, *moved] if n in self.comm}):
            self._local_moving(visit, rng)  # single actors may leave a merged group
        return self.clustering()

    def clustering(self) -> Clustering:
        """The partition as :func:`~kb.analysis.clusters.signed_clusters` gives one: clusters by size,
        then by first member; members in order; the sums, rounded as a full count rounds them."""
        groups = [(c, sorted(ms, key=str)) for c, ms in self.members.items() if ms]
        groups.sort(key=lambda cm: (-len(cm[1]), str(cm[1][0])))
        clusters, assignment = [], {}
        for k, (c, ms) in enumerate(groups):
            clusters.append(Cluster(k, tuple(ms), *(round(x / UNIT, 9) for x in self.sums[c])))
            assignment.update(dict.fromkeys(ms, k))
        return Clustering(
            tuple(clusters),
            assignment,
            self.frustrated,
            round(self.frustrated_weight / UNIT, 9),
            round(self.total / UNIT, 9),
            {"algorithm": ALGORITHM, "seed": self.seed, "resolution": 0.0},
        )

    def _local_moving(self, visit: list, rng: random.Random) -> set:
        """Move single nodes, ``visit`` first then the neighbours of each mover; returns the movers."""
        order = list(visit)
        rng.shuffle(order)
        queue = deque(order)
        queued = set(order)
        moved = set()
        while queue:
            i = queue.popleft()
            queued.discard(i)
            links: dict[int, int] = {}
            for j, w in self.adj[i].items():
                cj = self.comm[j]
                links[cj] = links.get(cj, 0) + w
            own = self.comm[i]
            best, gain = own, links.get(own, 0)
            for c, w in links.items():
                if w > gain:
                    best, gain = c, w
            if gain < 0 and len(self.members[own]) > 1:
                best = self._new_cluster()  # alone (gain 0) beats every cluster it could join
            if best != own:
                self._move(i, best)
                moved.add(i)
                for j, w in self.adj[i].items():  # a friend already in ``best`` has no reason to move
                    if j not in queued and (w < 0 or self.comm[j] != best):
                        queued.add(j)
                        queue.append(j)
        return moved

    def _merge(self, clusters: set[int]) -> bool:
        """Merge each of ``clusters`` into the neighbouring cluster it has the most net positive
        weight to, while any has some (each merge lowers the frustration by that weight); True
        when any merged. (Without a merge, local moving has already left every actor it
        visited where it fits best: a second pass would move nothing.)"""
        merged = False
        queue = deque(sorted(clusters))
        while queue:
            c = queue.popleft()
            if not self.members.get(c):
                continue
            best, gain = None, 0
            for d, b in sorted(self.between.get(c, {}).items()):
                if b[0] > gain:
                    best, gain = d, b[0]
            if best is None:
                continue
            small, large = (c, best) if len(self.members[c]) <= len(self.members[best]) else (best, c)
            self._join(small, large)  # the smaller relabelled: the partition is the same
            queue.append(large)
            merged = True
        return merged

    # -- bookkeeping --------------------------------------------------------------------------

    def _new_cluster(self) -> int:
        c, self._free = self._free, self._free + 1
        return c

    def _place(self, n: Any, c: int | None) -> None:
        if c is None:
            c = self._new_cluster()
        self.adj[n] = {}
        self.comm[n] = c
        self.members.setdefault(c, set()).add(n)
        self.sums.setdefault(c, [0, 0, 0, 0])

    def _leave(self, n: Any, c: int) -> None:
        ms = self.members[c]
        ms.discard(n)
        if not ms:
            del self.members[c], self.sums[c]
            self.between.pop(c, None)

    def _join(self, small: int, large: int) -> None:
        """Merge cluster ``small`` into ``large``: the sums from the edges between them and between
        each and the rest (:attr:`between`), without a pass over the members' edges (a merge at
        100k articles moved 300 actors of thousands of edges each: a third of a write)."""
        pw, nw, pn, nn = (self.between.get(small, {}).get(large) or [0, 0, 0, 0, 0])[1:]
        s, g = self.sums.pop(small), self.sums[large]
        g[0] += s[0] + pw  # the positive edges between them are inside now, no longer frustrated
        g[1] += s[1] + nw  # the negative ones too, and frustrated now
        g[2] += s[2] - 2 * pw
        g[3] += s[3] - 2 * nw
        self.frustrated += nn - pn
        self.frustrated_weight += nw - pw
        row = self.between.pop(small, {})
        row.pop(large, None)
        self.between.get(large, {}).pop(small, None)
        for d, b in row.items():
            self.between[d].pop(small, None)
            mine = self.between.setdefault(large, {}).get(d)
            if mine is None:
                self.between[large][d] = list(b)
                self.between[d][large] = list(b)
            else:
                for k in range(5):
                    mine[k] += b[k]
                self.between[d][large] = list(mine)
        members = self.members.pop(small)
        for n in members:
            self.comm[n] = large
        self.members[large] |= members

    def _add_edge(self, u: Any, v: Any, w: int) -> None:
        if u != v and w:
            self.adj[u][v] = self.adj[v][u] = w
            self._count(u, v, w, 1)

    def _move(self, n: Any, c: int) -> None:
        """Put ``n`` in cluster ``c``: its edges taken out of the sums and put back under ``c``."""
        links = self.adj[n]
        for m, w in links.items():
            self._count(n, m, w, -1)
        old = self.comm[n]
        self.comm[n] = c
        self.members.setdefault(c, set()).add(n)
        self.sums.setdefault(c, [0, 0, 0, 0])
        self._leave(n, old)
        for m, w in links.items():
            self._count(n, m, w, 1)

    def _count(self, u: Any, v: Any, w: int, sign: int) -> None:
        """Add (``sign`` 1) or take out (-1) the edge ``u``-``v`` of weight ``w`` from every sum."""
        if not w:
            return
        a = abs(w) * sign
        self.total += a
        cu, cv = self.comm[u], self.comm[v]
        if cu == cv:
            self.sums[cu][0 if w > 0 else 1] += a
            if w < 0:
                self.frustrated += sign
                self.frustrated_weight += a
            return
        k = 2 if w > 0 else 3
        self.sums[cu][k] += a
        self.sums[cv][k] += a
        if w > 0:
            self.frustrated += sign
            self.frustrated_weight += a
        for x, y in ((cu, cv), (cv, cu)):
            row = self.between.setdefault(x, {})
            b = row.get(y)
            if b is None:
                b = row[y] = [0, 0, 0, 0, 0]
            b[0] += w * sign
            if w > 0:
                b[1] += a
                b[3] += sign
            else:
                b[2] += a
                b[4] += sign
            if not (b[3] or b[4]):
                del row[y]

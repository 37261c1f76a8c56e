"""Properties of the signed clustering on random signed graphs (hypothesis)."""

from __future__ import annotations

import random

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.analysis.clusters import frustration, signed_clusters, structural_balance

weights = st.floats(min_value=0.05, max_value=5.0, allow_nan=False)


@st.composite
def clusterable_graphs(draw, max_nodes: int = 30):
    """Nodes in hidden groups; positive edges only inside a group, negative only across."""
    n = draw(st.integers(2, max_nodes))
    k = draw(st.integers(1, 4))
    group = draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n))
    pairs = draw(st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=4 * n))
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v in pairs:
        if u != v:
            w = draw(weights)
            G.add_edge(u, v, weight=w if group[u] == group[v] else -w)
    return G, group


@st.composite
def signed_graphs(draw, max_nodes: int = 30, negative: bool = True):
    n = draw(st.integers(1, max_nodes))
    edges = draw(
        st.lists(
            st.tuples(
                st.integers(0, n - 1),
                st.integers(0, n - 1),
                weights,
                st.booleans() if negative else st.just(True),
            ),
            max_size=4 * n,
        )
    )
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v, w, positive in edges:
        if u != v:
            G.add_edge(u, v, weight=w if positive else -w)
    return G


def partition(clustering) -> set[frozenset]:
    return {frozenset(c.members) for c in clustering.clusters}


@given(clusterable_graphs(), st.integers(0, 3))
@settings(max_examples=150, deadline=None)
def test_a_balanced_graph_is_split_with_zero_frustration(case, seed):
    G, group = case
    c = signed_clusters(G, seed=seed)
    assert c.frustration_count == 0 and c.frustration_weight == 0
    for cluster in c.clusters:  # never puts two hidden groups together
        assert len({group[m] for m in cluster.members}) == 1


@given(signed_graphs(), st.randoms(use_true_random=False), st.integers(0, 3))
@settings(max_examples=150, deadline=None)
def test_results_do_not_depend_on_insertion_order(G, rnd: random.Random, seed):
    nodes = list(G.nodes)
    edges = [(v, u, d) if rnd.random() < 0.5 else (u, v, d) for u, v, d in G.edges(data=True)]
    rnd.shuffle(nodes)
    rnd.shuffle(edges)
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    a, b = signed_clusters(G, seed=seed), signed_clusters(H, seed=seed)
    assert partition(a) == partition(b)
    assert a.assignment == b.assignment
    assert (a.frustration_count, a.frustration_weight) == (b.frustration_count, b.frustration_weight)


@given(signed_graphs(negative=False), st.integers(0, 3))
@settings(max_examples=150, deadline=None)
def test_without_negative_edges_nothing_is_split(G, seed):
    c = signed_clusters(G, seed=seed)
    assert c.frustration_count == 0
    assert partition(c) == {frozenset(cc) for cc in nx.connected_components(G)}


@given(signed_graphs(), st.integers(0, 3))
@settings(max_examples=150, deadline=None)
def test_frustration_is_reported_truly_and_never_worse_than_no_clustering(G, seed):
    c = signed_clusters(G, seed=seed)
    count, weight = frustration(G, c.assignment)
    assert c.frustration_count == count
    assert abs(c.frustration_weight - weight) < 1e-6
    all_alone = sum(w for _, _, w in G.edges(data="weight") if w > 0)
    assert c.frustration_weight <= all_alone + 1e-9
    assert sorted(m for cl in c.clusters for m in cl.members) == sorted(G.nodes)


def test_resolution_splits_a_friendly_group_along_its_weakest_link():
    G = nx.Graph()
    for clique in (range(0, 5), range(5, 10)):
        G.add_edges_from(((u, v) for u in clique for v in clique if u < v), weight=1.0)
    G.add_edge(4, 5, weight=0.5)
    assert partition(signed_clusters(G)) == {frozenset(range(10))}
    split = signed_clusters(G, resolution=1.0)
    assert partition(split) == {frozenset(range(5)), frozenset(range(5, 10))}
    assert split.frustration_count == 1 and split.frustration_weight == 0.5


def _balance_one_by_one(G: nx.Graph) -> dict:
    """structural_balance as it was: each triangle found and its signs multiplied (the reference)."""
    order = {n: i for i, n in enumerate(sorted(G.nodes, key=str))}
    sign, higher = {}, {}
    for n in G:
        nbrs = {m: (1 if w > 0 else -1) for m, d in G[n].items() if (w := d.get("weight", 0.0)) and m != n}
        sign[n] = nbrs
        higher[n] = {m for m in nbrs if order[m] > order[n]}
    triangles = balanced = 0
    for u in G:
        for v in higher[u]:
            for w in higher[u] & higher[v]:
                triangles += 1
                balanced += sign[u][v] * sign[v][w] * sign[u][w] > 0
    return {
        "triangles": triangles,
        "balanced": balanced,
        "ratio": round(balanced / triangles, 6) if triangles else None,
    }


@given(st.integers(0, 10_000), st.integers(2, 30), st.floats(0.05, 0.9))
@settings(max_examples=60, deadline=None)
def test_balance_by_set_sizes_equals_balance_triangle_by_triangle(seed, n, p):
    rng = random.Random(seed)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u in range(n):
        for v in range(u, n):  # self-loops and zero weights too: both are left out
            if rng.random() < p:
                G.add_edge(u, v, weight=rng.choice([-1.5, -1.0, 0.0, 0.5, 2.0]))
    assert structural_balance(G) == _balance_one_by_one(G)

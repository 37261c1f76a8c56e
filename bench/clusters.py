"""Time and peak memory of the alignment analysis on synthetic signed graphs.

Each size runs in a fresh process so that its peak resident memory is its own. A graph
has ``n`` actors in planted camps of about 50, and about 20 ties per actor (so ``10 n``
edges): 90% of the ties follow the camps (positive inside, negative across), 10% are
noise; statuses are 60% asserted, 25% reported, 15% alleged. The ties go through the
real :func:`kb.analysis.alignment_graph` and :func:`kb.analysis.signed_clusters`.

As a peer measured in the same run, networkx's own Louvain (``louvain_communities``) on
the positive part of the same graph: the usual unsigned baseline, which ignores the
negative ties that the signed method is for.

Run: ``.venv/bin/python bench/clusters.py [sizes...]`` (default 1000 10000 100000).
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import time

import networkx as nx

from kb.analysis import AlignmentInput, Tie, alignment_graph, frustration, signed_clusters, structural_balance

DEGREE = 20
CAMP = 50
NOISE = 0.10
STATUSES = ("asserted",) * 12 + ("reported",) * 5 + ("alleged",) * 3


def synthetic(n: int, seed: int = 0) -> tuple[AlignmentInput, list[int]]:
    rng = random.Random(seed)
    camp = [rng.randrange(max(1, n // CAMP)) for _ in range(n)]
    members: dict[int, list[int]] = {}
    for i, c in enumerate(camp):
        members.setdefault(c, []).append(i)
    ties = []
    for k in range(n * DEGREE // 2):
        u = rng.randrange(n)
        same = rng.random() < 0.5  # half of an actor's ties stay in its camp
        v = rng.choice(members[camp[u]]) if same else rng.randrange(n)
        if u == v:
            continue
        polarity = 1 if camp[u] == camp[v] else -1
        if rng.random() < NOISE:
            polarity = -polarity
        ties.append(
            Tie(
                "stance",
                f"a{u}",
                f"a{v}",
                polarity,
                claim=f"c{k}",
                status=rng.choice(STATUSES),
                confidence=rng.choice((1.0, 1.0, 0.9, 0.7)),
            )
        )
    return AlignmentInput(ties=ties), camp


def one_size(n: int) -> dict[str, object]:
    data, camp = synthetic(n)
    repeats = 5 if n <= 1000 else 3 if n <= 10_000 else 1
    build, cluster, louvain, balance = [], [], [], []
    for _ in range(repeats):
        t = time.perf_counter()
        G = alignment_graph(data)
        build.append(time.perf_counter() - t)
        t = time.perf_counter()
        c = signed_clusters(G, seed=0)
        cluster.append(time.perf_counter() - t)
        positive = nx.Graph()
        positive.add_nodes_from(G)
        positive.add_edges_from((u, v, {"weight": w}) for u, v, w in G.edges(data="weight") if w > 0)
        t = time.perf_counter()
        nx.community.louvain_communities(positive, weight="weight", seed=0)
        louvain.append(time.perf_counter() - t)
        t = time.perf_counter()
        structural_balance(G)
        balance.append(time.perf_counter() - t)
    truth = {f"a{i}": c for i, c in enumerate(camp)}
    pure = sum(1 for cl in c.clusters if len({truth[m] for m in cl.members}) == 1)
    planted = frustration(G, {node: truth[node] for node in G})[1]
    return {
        "actors": n,
        "edges": G.number_of_edges(),
        "ties": len(data.ties),
        "build_s": statistics.median(build),
        "cluster_s": statistics.median(cluster),
        "louvain_positive_s": statistics.median(louvain),
        "balance_s": statistics.median(balance),
        "clusters": len(c.clusters),
        "pure_clusters": pure,
        "camps": len(set(camp)),
        "frustration_share": c.frustration_weight / c.total_weight,
        "planted_share": planted / c.total_weight,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "repeats": repeats,
    }


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(one_size(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or [1000, 10_000, 100_000]
    print(
        f"{'actors':>7} {'edges':>8} {'build s':>8} {'cluster s':>9} {'louvain+ s':>10} "
        f"{'balance s':>9} {'clusters':>8} {'pure':>5} {'camps':>5} {'frustr.':>7} {'planted':>7} "
        f"{'peak MB':>8}"
    )
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        r = json.loads(out.stdout)
        print(
            f"{r['actors']:>7} {r['edges']:>8} {r['build_s']:>8.3f} {r['cluster_s']:>9.3f} "
            f"{r['louvain_positive_s']:>10.3f} {r['balance_s']:>9.3f} {r['clusters']:>8} "
            f"{r['pure_clusters']:>5} {r['camps']:>5} {r['frustration_share']:>7.3f} "
            f"{r['planted_share']:>7.3f} {r['peak_rss_mb']:>8.0f}"
        )
    print("times are medians (5 runs at 1k, 3 at 10k, 1 at 100k); peak MB is the process's max RSS;")
    print("frustr./planted: share of edge weight that disagrees with the found / the planted camps")


if __name__ == "__main__":
    main(sys.argv[1:])

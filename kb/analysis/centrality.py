"""Who is most targeted, most vocal and most bridging, as plain tables.

*Targeted* and *vocal* read the direction that the undirected signed graph keeps in its
evidence (a stance's holder and target); *bridging* is betweenness on the unsigned graph,
estimated from a seeded sample of sources on large graphs (Brandes and Pich, 2007).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

__all__ = ["centrality"]

EXACT_BETWEENNESS_MAX = 2000
"""Up to this many nodes betweenness is exact; above, it is sampled from this many sources."""


def centrality(G: nx.Graph, *, top: int = 10, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Three rankings of the actors of ``G``, ``top`` rows each.

    ``targeted``: stances aimed at the actor (count, weight, and the negative share);
    ``vocal``: claims the actor speaks, and stances it holds; ``bridging``: betweenness.

    >>> from kb.analysis.evidence import AlignmentInput, Tie
    >>> from kb.analysis.graph import alignment_graph
    >>> G = alignment_graph(AlignmentInput(ties=[
    ...     Tie("stance", "a", "b", -1, status="asserted"), Tie("stance", "c", "b", -1, status="asserted")]))
    >>> centrality(G)["targeted"][0]["actor"]
    'b'
    """
    targeted: dict[str, dict[str, float]] = defaultdict(
        lambda: {"stances": 0, "weight": 0.0, "negative": 0.0}
    )
    held: dict[str, int] = defaultdict(int)
    for _u, _v, evidence in G.edges(data="evidence", default=()):
        for tie, w in evidence:
            if tie.kind != "stance":
                continue
            row = targeted[tie.target]
            row["stances"] += 1
            row["weight"] += abs(w)
            if w < 0:
                row["negative"] += abs(w)
            held[tie.source] += 1

    def label(n: str) -> str:
        return G.nodes[n].get("label", n) if n in G else n

    target_rows = [
        {
            "actor": n,
            "label": label(n),
            "stances": int(r["stances"]),
            "weight": round(r["weight"], 6),
            "negative_share": round(r["negative"] / r["weight"], 6) if r["weight"] else 0.0,
        }
        for n, r in targeted.items()
    ]
    target_rows.sort(key=lambda r: (-r["weight"], -r["stances"], r["actor"]))

    vocal_rows = [
        {
            "actor": n,
            "label": label(n),
            "claims": G.nodes[n].get("claims_spoken", 0),
            "stances_held": held.get(n, 0),
        }
        for n in G
        if G.nodes[n].get("claims_spoken", 0) or held.get(n)
    ]
    vocal_rows.sort(key=lambda r: (-r["claims"], -r["stances_held"], r["actor"]))

    unsigned = nx.Graph()
    unsigned.add_nodes_from(sorted(G.nodes, key=str))
    unsigned.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in G.edges))
    k = None if unsigned.number_of_nodes() <= EXACT_BETWEENNESS_MAX else EXACT_BETWEENNESS_MAX
    between = nx.betweenness_centrality(unsigned, k=k, seed=seed)
    bridge_rows = [
        {"actor": n, "label": label(n), "betweenness": round(b, 6), "degree": unsigned.degree(n)}
        for n, b in between.items()
        if b > 0
    ]
    bridge_rows.sort(key=lambda r: (-r["betweenness"], r["actor"]))
    return {"targeted": target_rows[:top], "vocal": vocal_rows[:top], "bridging": bridge_rows[:top]}

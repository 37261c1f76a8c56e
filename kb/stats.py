"""Counts that tell what a store holds, from SPARQL over the store (not from the files)."""

from __future__ import annotations

from kb.store import Store

__all__ = ["stats"]

_COUNTS = {
    "articles": "?x a schema:NewsArticle",
    "actors": "?x a gk:Actor",
    "claims": "?x a gk:Claim",
    "mentions": "?x a gk:Mention",
    "flags": "?x a gk:DataQualityFlag",
    "stances": "?x a gk:Stance",
    "memberships": "?x a gk:ClaimedMembership",
    "events": "?x a gk:Event",
}


def stats(store: Store) -> dict[str, int]:
    """Quads, named graphs, and distinct articles, actors, claims... in the store."""
    out = {"quads": len(store), "named_graphs": len(store.named_graphs())}
    for name, pattern in _COUNTS.items():
        rows = list(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }}"))
        out[name] = int(rows[0]["n"].value)
    return out

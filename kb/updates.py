"""SPARQL Update requests as text, for quads: what every backend can run as one transaction.

Terms are written by pyoxigraph's own ``str()`` (N-Triples syntax, every character
escaped as the grammar wants), so article text never breaks out of a literal.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

__all__ = ["insert_data", "triples_by_graph"]


def triples_by_graph(quads: Iterable[ox.Quad]) -> dict[str, list[str]]:
    """The quads as N-Triples lines, grouped by their graph (in the order graphs first appear)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    return by_graph


def insert_data(by_graph: dict[str, list[str]]) -> str:
    """One ``INSERT DATA`` request for triples grouped by graph; empty when there are none."""
    if not by_graph:
        return ""
    body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(triples) + "\n}" for g, triples in by_graph.items())
    return f"INSERT DATA {{\n{body}\n}}"

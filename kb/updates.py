"""SPARQL Update requests as text, for quads: what every backend can run as one transaction.

Terms are written by pyoxigraph's own ``str()`` (N-Triples syntax, every character
escaped as the grammar wants), so article text never breaks out of a literal.

A graph's triples go in blocks of at most :data:`BLOCK` (``GRAPH g { ... } GRAPH g { ... }``,
the same data to any server): Virtuoso 7.2's parser gives up on one block of about 5,000
triples ("SP030: memory exhausted"), whatever the request's size.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

__all__ = ["BLOCK", "insert_data", "triples_by_graph"]

BLOCK = 1000
"""Most triples in one ``GRAPH`` block of an ``INSERT DATA`` (Virtuoso fails at about 5,000)."""


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
    body = "\n".join(
        f"GRAPH {g} {{\n" + "\n".join(triples[i : i + BLOCK]) + "\n}"
        for g, triples in by_graph.items()
        for i in range(0, len(triples), BLOCK)
    )
    return f"INSERT DATA {{\n{body}\n}}"

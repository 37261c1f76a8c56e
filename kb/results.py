"""Turn SPARQL results into rows for people (tables) and bytes for programs (JSON, CSV...).

Machine formats are serialised by Oxigraph itself, term by term in Rust rather than in
Python; tables shorten IRIs with the KB's prefixes so that they fit a terminal.
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from kb.formats import FORMATS, RESULT_FORMATS, get_format, get_result_format, serialize
from kb.terms import short

__all__ = ["RESULT_FORMATS", "Triples", "format_table", "is_graph", "rows", "serialize_results"]


class Triples(list):
    """CONSTRUCT and DESCRIBE results as a list of triples: what a backend without pyoxigraph's
    own result objects (a SPARQL server) answers; serialises like ``pyoxigraph.QueryTriples``."""

    def serialize(self, format: ox.RdfFormat) -> bytes:
        return ox.serialize(self, format=format) or b""


def is_graph(results: Any) -> bool:
    """True for CONSTRUCT and DESCRIBE results, whichever backend answered."""
    return isinstance(results, ox.QueryTriples | Triples)


def rows(results: Any) -> tuple[list[str], list[list[Any]]]:
    """Variables and rows of SELECT results (terms kept as pyoxigraph terms)."""
    if isinstance(results, ox.QueryBoolean):
        return ["ask"], [[ox.Literal("true" if bool(results) else "false")]]
    if is_graph(results):
        return ["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in results]
    names = [v.value for v in results.variables]
    return names, [[sol[n] for n in names] for sol in results]


def format_table(results: Any, max_width: int = 60) -> str:
    """A plain-text table of query results."""
    names, data = rows(results)
    cells = [[_clip(short(t), max_width) for t in row] for row in data]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = re.sub(r"[\r\n\t]+", " ", text)  # keep other characters exactly (U+202F...)
    return text if len(text) <= width else text[: width - 1] + "…"


def serialize_results(results: Any, fmt: str) -> bytes:
    """SELECT/ASK results in a SPARQL results format ``fmt``; CONSTRUCT and DESCRIBE results in
    the RDF format ``fmt`` names (``jsonld`` compacted with geokb's context, and so is ``json``,
    the JSON of a graph), else as N-Triples."""
    if is_graph(results):
        name = "jsonld" if fmt == "json" else fmt
        if name in FORMATS:
            return serialize(list(results), get_format(name))
        return results.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    return results.serialize(format=get_result_format(fmt).oxigraph) or b""

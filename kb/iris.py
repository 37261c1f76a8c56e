"""The KB's instance IRIs and literals: one pure function of the base IRI and an annotation's IDs.

Kept apart from :mod:`kb.mapping` so that what derives from an annotation besides its RDF
(the tie index of :mod:`kb.analysis.ties`, which the mapping writes with every article)
mints the same IRIs without importing the mapping back.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode

from kb.vocab import XSD

__all__ = ["Minter", "article_graph_prefix", "lit"]


@dataclass(frozen=True)
class Minter:
    """Mints the instance IRIs of one KB under its base IRI."""

    base: str

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def iri(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(map(_segment, parts)))

    def actor(self, actor_id: str) -> NamedNode:
        return self.iri("actor", actor_id)

    def article(self, article_id: str) -> NamedNode:
        return self.iri("article", article_id)

    def author(self, article_id: str) -> NamedNode:
        return self.iri("article", article_id, "author")

    def claim(self, article_id: str, claim_id: str) -> NamedNode:
        return self.iri("claim", article_id, claim_id)

    def annotator(self, method: str, generator: str | None) -> NamedNode:
        """Who made an annotation: one node for curators, one per drafter version."""
        if method == "drafted":
            return self.iri("agent", "drafter", generator or "unknown-version")
        return self.iri("agent", "curator")

    def article_graph(self, article_id: str) -> NamedNode:
        return self.iri("graph", article_id, "article")

    def claim_graph(self, article_id: str, claim_id: str) -> NamedNode:
        return self.iri("graph", article_id, "claim", claim_id)


@lru_cache(maxsize=65_536)
def _segment(part: str) -> str:
    """One IRI path segment, percent-encoded (cached: the same actor IDs recur in every article)."""
    return quote(part, safe="-._~")


def article_graph_prefix(base: str, article_id: str) -> str:
    """The IRI prefix shared by every graph of one article (and by no other article's)."""
    return Minter(base).iri("graph", article_id).value + "/"


def lit(value: object) -> Literal:
    """A typed literal in canonical form: booleans, integers, decimals, else a plain string."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    if isinstance(value, float):
        # canonical lexical form ("1", "0.9"), as stores such as Oxigraph keep it
        return Literal(format(Decimal(str(round(value, 6))).normalize(), "f"), datatype=XSD.decimal)
    return Literal(str(value))

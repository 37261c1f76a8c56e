"""The KB's instance IRIs and literals: one pure function of the base IRI and an annotation's IDs.

Kept apart from :mod:`kb.mapping` so that what derives from an annotation besides its RDF
(the tie index of :mod:`kb.analysis.ties`, which the mapping writes with every article)
mints the same IRIs without importing the mapping back.

Each comes in two forms: pyoxigraph terms (:class:`Minter`, :func:`lit`), and their
N-Triples text (:class:`TextMinter`, :func:`nt_lit`, :func:`nt_literal`), which is what the
mapping writes: an article of 1,500 quads is written as N-Quads without building 4,500 terms
and serialising them again (a third of a worker's time per article). The text is the one
pyoxigraph writes for the same term, byte for byte (``tests/test_mapping_nquads.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode

from kb.vocab import XSD

__all__ = ["Minter", "TextMinter", "article_graph_prefix", "lit", "nt_lit", "nt_literal"]


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


class TextMinter(Minter):
    """:class:`Minter`'s IRIs as N-Triples text (``<https://...>``), for writing N-Quads directly.

    Every method of :class:`Minter` returns the text of the same IRI here. The base is
    checked once, as an IRI, when this is made; what is added to it is percent-encoded
    (:func:`_segment`), so a minted IRI is always valid.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        NamedNode(self.base)  # raises ValueError on a base that is no IRI, as Minter's first term would

    def iri(self, *parts: str) -> str:  # type: ignore[override]
        return "<" + self.base + "/".join(map(_segment, parts)) + ">"


@lru_cache(maxsize=65_536)
def _segment(part: str) -> str:
    """One IRI path segment, percent-encoded (cached: the same actor IDs recur in every article)."""
    return quote(part, safe="-._~")


def article_graph_prefix(base: str, article_id: str) -> str:
    """The IRI prefix shared by every graph of one article (and by no other article's)."""
    return Minter(base).iri("graph", article_id).value + "/"


def lit(value: object) -> Literal:
    """A typed literal in canonical form: booleans, integers, decimals, else a plain string."""
    text, datatype = _lexical(value)
    return Literal(text) if datatype is None else Literal(text, datatype=datatype)


def nt_lit(value: object) -> str:
    """The N-Triples text of ``lit(value)``, without making the term."""
    if type(value) is str:  # most of an article's literals: no lexical form to work out
        return nt_literal(value)
    text, datatype = _lexical(value)
    return nt_literal(text, datatype and _NT_TYPES[datatype.value])


def _lexical(value: object) -> tuple[str, NamedNode | None]:
    """``value``'s lexical form and datatype (None: a plain string)."""
    if isinstance(value, bool):
        return ("true" if value else "false"), XSD.boolean
    if isinstance(value, int):
        return str(value), XSD.integer
    if isinstance(value, float):
        # canonical lexical form ("1", "0.9"), as stores such as Oxigraph keep it
        return format(Decimal(str(round(value, 6))).normalize(), "f"), XSD.decimal
    return str(value), None


_NT_TYPES = {str(t.value): str(t) for t in (XSD.boolean, XSD.integer, XSD.decimal)}

# What pyoxigraph's N-Triples writer escapes in a string, and how (checked against it for every
# code point by tests/test_mapping_nquads.py): C0 controls, DEL, the two noncharacters U+FFFE and
# U+FFFF as \uXXXX (\b \t \n \f \r for their five), the quote and the backslash.
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES |= {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff]')


def nt_literal(text: str, datatype: str | None = None) -> str:
    r"""A literal's N-Triples text: ``text`` quoted and escaped, then ``^^<datatype>`` if given
    (``datatype`` as N-Triples text, ``<...>``; None for a plain string).

    >>> print(nt_literal('say "no"\n'), nt_literal("1", "<http://www.w3.org/2001/XMLSchema#integer>"))
    "say \"no\"\n" "1"^^<http://www.w3.org/2001/XMLSchema#integer>
    """
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    quoted = '"' + text + '"'
    return quoted if datatype is None else quoted + "^^" + datatype

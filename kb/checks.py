"""Checks that need to see where a triple sits: SHACL validates the union of the graphs.

SHACL cannot tell a stance in a claim's content graph from the same stance in the article's
annotation graph, where it would read as the article's own account; nor a stance filed under
the wrong claim, nor an evidence span whose offsets no longer match its text. These checks
run SPARQL over the named graphs (and compare offsets with the article text in Python) and
report in the same form as the SHACL report, so ``geokb validate`` shows both together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kb.vocab import PREFIX_DECLARATIONS

__all__ = ["Finding", "dataset_findings"]


@dataclass(frozen=True)
class Finding:
    focus: str
    path: str
    message: str


_CONTENT_IN_ANNOTATION_GRAPH = """
SELECT DISTINCT ?x ?type WHERE { GRAPH ?g {
  ?g a gk:AnnotationGraph . ?x a ?type VALUES ?type { gk:Stance gk:ClaimedMembership gk:Event } } }
"""
"""Claim content in an annotation graph would be the article's own account, not the speaker's."""

_CONTENT_OF_ANOTHER_CLAIM = """
SELECT DISTINCT ?x ?claim ?cg WHERE {
  GRAPH ?cg { ?x gk:statedIn ?claim }
  FILTER NOT EXISTS { GRAPH ?ag { ?claim gk:hasContent ?cg } } }
"""
"""Content must sit in the graph its claim's record points to (``gk:hasContent``)."""

_EMPTY_CONTENT = """
SELECT DISTINCT ?claim ?cg WHERE { GRAPH ?ag { ?claim gk:hasContent ?cg }
  FILTER NOT EXISTS { GRAPH ?cg { ?s ?p ?o } } }
"""
"""A link to a content graph that holds nothing would say the claim claims nothing; a claim
without stances, memberships or events has no gk:hasContent at all."""

_RECORD_OUTSIDE_ANNOTATION_GRAPH = """
SELECT DISTINCT ?x ?g WHERE { GRAPH ?g { ?x a gk:Claim }
  FILTER NOT EXISTS { GRAPH ?g { ?g a gk:AnnotationGraph } } }
"""
"""A claim's record (who said it, how sure) belongs with the article, not inside claim content."""

_SPANS = """
SELECT ?node ?start ?end ?exact ?text WHERE { GRAPH ?g {
  ?node gk:evidence ?target . ?target oa:hasSource ?doc ; oa:hasSelector ?pos, ?quote .
  ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  ?doc schema:text ?text } }
"""


def dataset_findings(quads: Iterable[ox.Quad]) -> list[Finding]:
    """Every place-aware problem in ``quads``, in a stable order (empty when all is well)."""
    store = ox.Store()
    store.extend(quads)
    return sorted(set(_findings(store)), key=lambda f: (f.focus, f.path, f.message))


def _select(store: ox.Store, query: str) -> Iterator[ox.QuerySolution]:
    yield from store.query(PREFIX_DECLARATIONS + query)  # type: ignore[misc]


def _findings(store: ox.Store) -> Iterator[Finding]:
    for r in _select(store, _CONTENT_IN_ANNOTATION_GRAPH):
        yield Finding(r["x"].value, "rdf:type", "claim content in an annotation graph (the article's voice)")
    for r in _select(store, _CONTENT_OF_ANOTHER_CLAIM):
        yield Finding(
            r["x"].value,
            "gk:statedIn",
            f"stated in {r['claim'].value}, whose record does not point to this graph ({r['cg'].value})",
        )
    for r in _select(store, _EMPTY_CONTENT):
        yield Finding(r["claim"].value, "gk:hasContent", f"points to an empty graph: {r['cg'].value}")
    for r in _select(store, _RECORD_OUTSIDE_ANNOTATION_GRAPH):
        yield Finding(r["x"].value, "rdf:type", f"a claim's record outside annotation graphs: {r['g'].value}")
    for r in _select(store, _SPANS):
        start, end, exact = int(r["start"].value), int(r["end"].value), r["exact"].value
        text = r["text"].value
        if not 0 <= start <= end <= len(text) or text[start:end] != exact:
            yield Finding(r["node"].value, "gk:evidence", f"offsets {start}-{end} do not hold the quote")

"""JSON-LD as a JSON-LD user reads it: compacted with geokb's context, numbers as numbers.

The context (``ontology/context.jsonld``, served at ``/ns/context.jsonld``) names the
prefixes and the usual terms (``label``, ``speaker``, ``holder``, ``confidence``...) and
coerces IRIs only: it types no number, so a number stays a JSON number. Integers and
booleans round-trip exactly; a decimal (a claim's ``confidence``) is written as a JSON
number too, which JSON-LD reads back as an ``xsd:double`` of the same value (0.9, not the
``"9.0E-1"^^xsd:decimal`` that a decimal coercion of a JSON number would make).

The context goes inline in every document, so that a reader needs no network to expand
it. Compaction is rdflib's JSON-LD serialiser (pyoxigraph writes expanded form only).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import pyoxigraph as ox

__all__ = ["compact", "context", "context_document"]

_DECIMAL = "xsd:decimal"


@cache
def _context_text() -> str:
    return resources.files("kb.ontology").joinpath("context.jsonld").read_text("utf-8")


def context_document() -> bytes:
    """The context file as served at ``/ns/context.jsonld``."""
    return _context_text().encode("utf-8")


def context() -> dict[str, Any]:
    """The JSON-LD context document (``{"@context": {...}}``), a fresh copy."""
    return json.loads(_context_text())


def compact(items: Sequence[ox.Triple] | Sequence[ox.Quad]) -> bytes:
    """Triples or quads as one compacted JSON-LD document (named graphs as ``@graph`` objects)."""
    import rdflib  # here, not at the top: query workers import kb.formats and must start fast

    quads = [ox.Quad(t.subject, t.predicate, t.object) if isinstance(t, ox.Triple) else t for t in items]
    ds = rdflib.Dataset()
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"", format="nquads")
    text = ds.serialize(
        format="json-ld", context=context()["@context"], use_native_types=True, auto_compact=True
    )
    doc = _numbers(json.loads(text))
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _numbers(node: Any) -> Any:
    """Decimal value objects as JSON numbers (rdflib keeps them as typed strings), and every
    array in one order (rdflib's follows Python's hashing, which changes between runs; no
    array here is an ``@list``, so order carries no meaning)."""
    if isinstance(node, list):
        return sorted((_numbers(n) for n in node), key=lambda n: json.dumps(n, sort_keys=True))
    if isinstance(node, dict):
        if node.get("@type") == _DECIMAL and set(node) == {"@type", "@value"}:
            value = float(node["@value"])
            return int(value) if value.is_integer() else value
        return {k: _numbers(v) for k, v in node.items()}
    return node

"""RDF terms as people and JSON read them: the one place that shortens or unwraps a term.

>>> import pyoxigraph as ox
>>> from kb.vocab import STATUS, XSD
>>> short(ox.NamedNode("https://w3id.org/geokb/ns#Claim")), value(ox.Literal("3", datatype=XSD.integer))
('gk:Claim', 3)
>>> local("https://w3id.org/geokb/status/alleged", STATUS), text(None)
('alleged', None)
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kb.vocab import PREFIXES

__all__ = ["local", "short", "text", "value"]

_INTEGERS = ("#integer", "#int", "#long")
_NUMBERS = ("#decimal", "#double", "#float")


def short(term: Any, prefixes: dict[str, str] = PREFIXES) -> str:
    """A compact, readable form of an RDF term (prefixed IRI, bare literal value)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in prefixes.items():
            if term.value.startswith(ns) and "/" not in term.value[len(ns) :]:
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def value(term: Any) -> Any:
    """A term as a JSON value: numbers and booleans typed, anything else its lexical form."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith(_INTEGERS):
            return int(term.value)
        if dt.endswith(_NUMBERS):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
    return term.value


def text(term: ox.NamedNode | ox.Literal | None) -> str | None:
    """A term's lexical form (an IRI's string), or None for an unbound variable."""
    return None if term is None else term.value


def local(iri: str | None, namespace: str) -> str | None:
    """``iri`` without ``namespace`` when it starts with it (a status, a kind), else unchanged."""
    return iri[len(namespace) :] if iri and iri.startswith(namespace) else iri

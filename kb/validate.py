"""Validation of what geokb produces: SHACL (``ontology/shapes.ttl``) and dataset checks.

SHACL runs on the union of the graphs: a claim's record (in the annotation graph) and its
stances (in the claim's content graph) are checked together. The ontology is passed along
so that ``sh:class gk:Actor`` accepts a ``gk:Person``. What the union hides (which graph a
triple sits in, whether a span's offsets still match its text) :mod:`kb.checks` checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from kb.checks import dataset_findings
from kb.terms import short

__all__ = ["ValidationReport", "ontology_graph", "shapes_graph", "validate_quads"]


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}" if self.path else f"{self.focus}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self) -> str:
        if self.conforms:
            return "conforms: no SHACL violations, every triple in its place"
        lines = [f"{len(self.violations)} violation(s) (SHACL and dataset checks):"]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines)


def _read(name: str) -> rdflib.Graph:
    text = resources.files("kb.ontology").joinpath(name).read_text("utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    return _read("shapes.ttl")


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    return _read("geokb.ttl")


def validate_quads(quads: Iterable[ox.Quad]) -> ValidationReport:
    """Validate quads (from the mapping or a whole store): the shapes, then the dataset checks."""
    quads = list(quads)
    data = rdflib.Graph()
    for q in quads:  # term by term: a tenth of the time of writing N-Triples and parsing them again
        data.add((_term(q.subject), _term(q.predicate), _term(q.object)))
    conforms, report, _ = shacl_validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=False,
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = []
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = report.value(result, sh.focusNode)
        path = report.value(result, sh.resultPath)
        message = report.value(result, sh.resultMessage)
        violations.append(Violation(str(focus), _short(path), str(message)))
    findings = dataset_findings(quads)
    violations += [Violation(f.focus, f.path, f.message) for f in findings]
    conforms = conforms and not findings
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), tuple(violations))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(t: object) -> rdflib.term.Node:
    """One pyoxigraph term as rdflib's (what parsing its N-Triples would give)."""
    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == _XSD_STRING:  # N-Triples writes a plain string without its datatype
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    raise TypeError(f"no rdflib term for {t!r}")  # RDF-star triples: geokb writes none


def _short(term: object) -> str:
    if term is None:
        return ""
    return short(ox.NamedNode(str(term))) if isinstance(term, rdflib.URIRef) else str(term)

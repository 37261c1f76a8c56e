"""Load annotated articles into a store: validate everything first, then write atomically.

A batch never stops on one bad file: each file is loaded on its own, its errors are
collected, and what was stored before is untouched by a file that fails.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kb.annotation import Annotation, load_annotation
from kb.errors import GeokbError
from kb.mapping import annotation_to_quads
from kb.store import Store
from kb.validate import validate_quads

__all__ = ["BuildReport", "build", "ingest_annotation"]


@dataclass
class BuildReport:
    articles: list[str] = field(default_factory=list)
    quads_written: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def ingest_annotation(store: Store, ann: Annotation, base: str, *, shacl: bool = True) -> int:
    """Map one annotation and replace its article's graphs; returns the quads written.

    With ``shacl`` the quads are validated before anything is written, so an annotation
    that maps to invalid RDF never reaches the store.
    """
    quads = annotation_to_quads(ann, base)
    if shacl:
        report = validate_quads(quads)
        if not report.conforms:
            raise GeokbError(f"{ann.source}: the mapped RDF fails SHACL validation\n{report.summary()}")
    store.replace_article(base, ann.article.id, quads)
    return len(quads)


def build(store: Store, paths: Iterable[str | Path], base: str, *, shacl: bool = True) -> BuildReport:
    """Load annotation files one by one; a failing file is reported and skipped."""
    report = BuildReport()
    for path in paths:
        try:
            ann = load_annotation(path)
            report.quads_written += ingest_annotation(store, ann, base, shacl=shacl)
            report.articles.append(ann.article.id)
        except GeokbError as exc:
            report.errors.append((str(path), str(exc)))
    return report

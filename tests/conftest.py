"""Fixtures: the bundled annotation, and real Oxigraph stores built from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.annotation import Annotation, bundled_annotations, load_annotation
from kb.ingest import ingest_annotation
from kb.store import OxigraphStore, open_store

BASE = "http://kb.test/id/"
DATA = Path(__file__).resolve().parent.parent / "kb" / "data" / "articles"


@pytest.fixture(scope="session")
def bundled_path() -> Path:
    (path,) = bundled_annotations()
    return path


@pytest.fixture(scope="session")
def annotation(bundled_path: Path) -> Annotation:
    return load_annotation(bundled_path)


@pytest.fixture
def store(annotation: Annotation) -> OxigraphStore:
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    return s


@pytest.fixture(scope="session")
def built_store(annotation: Annotation) -> OxigraphStore:
    """A store shared by read-only tests (queries, exports)."""
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    return s


@pytest.fixture
def article_dir(tmp_path: Path, bundled_path: Path) -> Path:
    """A scratch copy of the bundled annotation and text, for tests that break them."""
    for name in ("starmer-putin.yaml", "starmer-putin.txt"):
        shutil.copy(bundled_path.parent / name, tmp_path / name)
    return tmp_path

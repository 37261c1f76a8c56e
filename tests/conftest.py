"""Fixtures: the bundled annotation, and real Oxigraph stores built from it."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """Run ``app`` in a real uvicorn on a free loopback port; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)

"""One error module: every exception class lives in kb/errors.py and carries its status."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kb import errors
from kb.errors import GeokbError, InternalError, QueryError, StoreError, error_named

ROOT = Path(__file__).resolve().parent.parent


def test_no_exception_class_outside_the_error_module():
    strays = []
    for path in [*(ROOT / "kb").rglob("*.py"), *(ROOT / "api").rglob("*.py")]:
        if path == ROOT / "kb" / "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(b, "id", getattr(b, "attr", "")).endswith(("Error", "Exception")) for b in node.bases
            ):
                strays.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert strays == []


def test_the_docstring_draws_every_error():
    classes = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, GeokbError)]
    for cls in classes:
        assert f"{cls.__name__} " in errors.__doc__ and str(cls.status) in errors.__doc__


@pytest.mark.parametrize(
    ("name", "cls", "status"),
    [
        ("QueryError", QueryError, 400),
        ("NotAcceptable", errors.NotAcceptable, 406),
        ("ResultTooLarge", errors.ResultTooLarge, 503),
        ("StoreError", InternalError, 500),  # the worker could not open the store: not the client's fault
        ("ZeroDivisionError", InternalError, 500),
        ("InternalError", InternalError, 500),
    ],
)
def test_a_worker_error_keeps_its_status_unless_it_is_ours(name, cls, status):
    exc = error_named(name, "message")
    assert type(exc) is cls and exc.status == status and str(exc) == "message"


def test_store_errors_elsewhere_stay_unavailable():
    assert StoreError("x").status == 503


@pytest.fixture
def storeless_pool(tmp_path):
    """A one-worker query pool over a path that holds no store: its worker cannot open one."""
    from kb.querypool import QueryPool

    pool = QueryPool(str(tmp_path / "no-store-here"), workers=1, timeout=60)
    yield pool
    pool.close()


def test_a_refused_query_is_refused_before_the_worker_opens_the_store(storeless_pool):
    """SERVICE is refused (400) even where the worker could not open the store (500): the
    refusal never waits on the store, so a slow first open cannot turn it into a timeout."""
    from kb.errors import QueryError

    with pytest.raises(QueryError, match="SERVICE") as info:
        storeless_pool.run("SELECT * { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", None)
    assert info.value.status == 400


def test_a_store_a_worker_cannot_open_is_a_500(storeless_pool):
    with pytest.raises(InternalError, match="cannot open the store") as info:
        storeless_pool.run("ASK {}", None)
    assert info.value.status == 500

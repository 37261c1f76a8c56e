"""The API answers as it did when ``tests/snapshots/api.json`` was written, route by route.

A refactoring must not change what a client sees; an intended change regenerates the
snapshot (``make snapshot``) and shows up in review as that file's diff.
See :mod:`tests.api_snapshot` for the requests and how the KB is built.
"""

from __future__ import annotations

import json

import pytest

from tests.api_snapshot import SNAPSHOT, capture

EXPECTED: dict[str, dict] = json.loads(SNAPSHOT.read_text("utf-8"))


@pytest.fixture(scope="module")
def answers() -> dict[str, dict]:
    return capture()


def test_the_same_requests_are_asked(answers):
    assert list(answers) == list(EXPECTED), "the requests changed: run `make snapshot` and review the diff"


@pytest.mark.parametrize("request_name", list(EXPECTED))
def test_answer_is_unchanged(answers, request_name):
    got, want = answers.get(request_name), EXPECTED[request_name]
    assert got is not None, f"{request_name} is no longer asked"
    assert (got["status"], got["content_type"]) == (want["status"], want["content_type"])
    assert got["body"] == want["body"]

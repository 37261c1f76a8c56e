"""The alignment knobs are declared once (kb.analysis.KNOBS): the CLI and the API both offer each."""

from __future__ import annotations

import pytest

from kb.analysis import DEFAULT_STATUS_WEIGHTS, KNOBS, AlignmentParams, align_with
from kb.cli import parser


@pytest.fixture
def client(api_client):
    return api_client


def test_every_knob_is_a_cli_option_and_a_query_parameter(client):
    cli = parser().parse_args(["clusters"])
    params = {
        p["name"] for p in client.get("/openapi.json").json()["paths"]["/clusters"]["get"]["parameters"]
    }
    for k in KNOBS:
        assert getattr(cli, k.name) == k.default
        assert k.name in params
    assert set(DEFAULT_STATUS_WEIGHTS) <= params


def test_the_api_and_the_library_agree_for_the_same_knobs(client, built_store):
    got = client.get("/clusters", params={"structural": 0.1, "alleged": 0.2, "seed": 2}).json()
    want = align_with(built_store, AlignmentParams(structural=0.1, status={"alleged": 0.2}, seed=2)).summary()
    assert got["parameters"] == want["parameters"]
    assert got["parameters"]["weights"]["structural"] == 0.1


def test_the_alignment_cache_is_bounded(client):
    cache = client.app.state.cache
    for seed in range(cache.maxsize + 5):
        assert client.get("/clusters", params={"seed": seed}).status_code == 200
    assert len(cache) == cache.maxsize

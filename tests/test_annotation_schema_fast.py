"""The fast schema check (jsonschema-rs) says what the full one (jsonschema) says.

``_check_schema`` ends at the fast validator's yes and asks the Python validator only after a
no (for its messages). That is right only if a yes from the fast one is a yes from the full
one: mutations of real annotations (a value replaced, a key dropped or added) check that the
two agree, both ways.
"""

from __future__ import annotations

import copy
from importlib.resources import files
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.annotation import _conforms, _validator

ROOT = Path(str(files("kb"))) / "data"
SHIPPED = sorted([*(ROOT / "articles").glob("*.yaml"), *(ROOT / "eval" / "dev").glob("*.yaml")])


def _data(path: Path) -> dict:
    data = yaml.safe_load(path.read_text("utf-8"))
    article = data["article"]
    for key in ("published", "annotated"):  # as load_annotation hands them over: text
        if key in article and not isinstance(article[key], str | None):
            article[key] = article[key].isoformat()
    return data


def _full_conforms(data: object) -> bool:
    return not any(True for _ in _validator().iter_errors(data))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_both_say_yes_to_every_shipped_annotation(path):
    data = _data(path)
    assert _full_conforms(data)
    assert _conforms(data)  # else the fast path is never taken and this file tests nothing


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(-2, 2) | st.sampled_from(
        ["", "x", "Q42", "Q0", "2025-03-01", "2025-3-1", "en", "EN", "direct", "alleged", "asserted",
         "supports", "bogus", "a-b", "A b", "2025-03-01T09:30:00Z", "2025-03-01T09:30:00", "-1"]
    ),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["id", "x", "name"]), inner, max_size=2),
    max_leaves=5,
)


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


BASE = _data(ROOT / "articles" / "starmer-putin.yaml")
PATHS = _paths(BASE)[1:]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATHS), st.sampled_from(["replace", "drop", "add"]), VALUES)
def test_fast_and_full_agree_on_mutations(path, how, value):
    data = copy.deepcopy(BASE)
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if how == "replace":
        parent[last] = value
    elif how == "drop":
        del parent[last]
    elif isinstance(parent, dict):
        parent["unknown-key"] = value
    else:
        parent.append(value)
    assert _conforms(data) == _full_conforms(data)


def test_both_say_no_to_a_wrong_status_and_the_full_one_says_where():
    data = copy.deepcopy(BASE)
    data["claims"][0]["status"] = "bogus"
    assert not _conforms(data)
    (error,) = list(_validator().iter_errors(data))
    assert list(error.absolute_path) == ["claims", 0, "status"]

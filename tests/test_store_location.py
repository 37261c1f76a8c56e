"""The CLI and the service find the same store without being told (kb.settings.locate_store).

A checkout is faked in a temporary folder (a ``pyproject.toml`` naming the project geokb),
and the user data dir is moved there too, so nothing outside ``tmp_path`` is read or written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import api.__main__ as service
from kb.cli import main
from kb.settings import Settings, get_settings, locate_store


@pytest.fixture
def env(monkeypatch, tmp_path):
    """No GEOKB_* store setting, a user data dir under ``tmp_path``, settings read afresh."""
    for name in ("GEOKB_STORE", "GEOKB_DATA_DIR", "GEOKB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


@pytest.fixture
def checkout(tmp_path) -> Path:
    root = tmp_path / "clone"
    (root / "notebooks").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "geokb"\nversion = "0"\n', "utf-8")
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:
    get_settings.cache_clear()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_in_a_checkout_reads_the_store_make_serve_built(env, checkout, tmp_path, capsys):
    # `make serve` builds with GEOKB_DATA_DIR=$(CURDIR)/var/store
    env.setenv("GEOKB_DATA_DIR", str(checkout / "var" / "store"))
    env.chdir(checkout)
    assert run(capsys, "build")[0] == 0
    env.delenv("GEOKB_DATA_DIR")
    env.chdir(checkout / "notebooks")  # anywhere inside the checkout
    code, out, err = run(capsys, "stats", "--json")
    assert code == 0 and json.loads(out)["articles"] == 1 and err == ""
    assert not (tmp_path / "xdg").exists()  # no second store


def test_build_in_a_fresh_checkout_makes_its_var_store(env, checkout, tmp_path, capsys):
    env.chdir(checkout / "notebooks")
    code, _, err = run(capsys, "build")
    assert code == 0 and err == ""
    assert (checkout / "var" / "store").is_dir() and not (tmp_path / "xdg").exists()


def test_outside_a_checkout_the_user_data_dir_is_named(env, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env.chdir(elsewhere)
    code, _, err = run(capsys, "stats")
    user_dir = tmp_path / "xdg" / "geokb"
    assert code == 1
    assert f"geokb: store: {user_dir} (the user data dir" in err
    assert f"no store at {user_dir} (the user data dir); run 'geokb build' first" in err


def test_precedence(env, checkout, tmp_path):
    env.chdir(tmp_path)  # no .env here
    inside = checkout / "notebooks"
    both = Settings(store="memory:", data_dir=tmp_path / "d")
    assert locate_store(both, "/s", inside).location == "/s"
    assert locate_store(both, None, inside).source == "GEOKB_STORE"
    chosen = locate_store(Settings(data_dir=tmp_path / "d"), None, inside)
    assert (chosen.location, chosen.source) == (str(tmp_path / "d"), "GEOKB_DATA_DIR")
    chosen = locate_store(Settings(), None, inside)
    assert chosen.location == str(checkout / "var" / "store") and not chosen.fallback
    other = tmp_path / "other"
    (other / "sub").mkdir(parents=True)
    (other / "pyproject.toml").write_text('[project]\nname = "not-geokb"\n', "utf-8")
    assert locate_store(Settings(), None, other / "sub").fallback  # another project is no checkout


def test_reading_a_memory_store_warns_that_it_is_empty(env, capsys):
    code, out, err = run(capsys, "--store", "memory:", "query", "SELECT * WHERE { ?s ?p ?o }")
    assert code == 0 and "(0 rows)" in out
    assert "memory: is a new, empty store" in err


@pytest.mark.parametrize("token", ["", "s3cret"])
def test_the_service_says_whether_writes_are_on(env, capsys, token):
    env.setenv("GEOKB_STORE", "memory:")
    env.setenv("GEOKB_QUERY_WORKERS", "0")  # uvicorn does not run, so no lifespan would stop workers
    if token:
        env.setenv("GEOKB_TOKEN", token)
    get_settings.cache_clear()
    env.setattr(service.uvicorn, "run", lambda *a, **k: None)  # start, but do not serve
    assert service.main() == 0
    out = capsys.readouterr().out
    assert "geokb serving memory: (GEOKB_STORE)" in out
    writes = next(line for line in out.splitlines() if line.strip().startswith("writes"))
    assert writes.split()[1] == ("on:" if token else "off:")
    if token:
        assert token not in out  # the token itself is never printed

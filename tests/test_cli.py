"""The geokb command line, run in-process against an on-disk store."""

from __future__ import annotations

import json

import pytest

from kb.cli import main


@pytest.fixture
def store_dir(tmp_path):
    return str(tmp_path / "store")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_twice_gives_the_same_counts(capsys, store_dir):
    code, out1, _ = run(capsys, "--store", store_dir, "build")
    assert code == 0 and "22 actors, 27 claims" in out1
    code, out2, _ = run(capsys, "--store", store_dir, "build")
    assert code == 0 and out1 == out2
    code, out, _ = run(capsys, "--store", store_dir, "stats", "--json")
    counts = json.loads(out)
    assert counts["articles"] == 1 and counts["claims"] == 27 and counts["quads"] > 2000


def test_malformed_annotation_fails_and_leaves_store_as_it_was(capsys, store_dir, article_dir):
    run(capsys, "--store", store_dir, "build")
    _, before, _ = run(capsys, "--store", store_dir, "export", "--format", "nq")
    bad = article_dir / "starmer-putin.yaml"
    bad.write_text(
        bad.read_text("utf-8").replace("speaker: rodion-miroshnik", "speaker: rodion-miroshnyk"), "utf-8"
    )
    code, _, err = run(capsys, "--store", store_dir, "build", str(bad))
    assert code == 1 and "unknown speaker 'rodion-miroshnyk'" in err
    _, after, _ = run(capsys, "--store", store_dir, "export", "--format", "nq")
    assert sorted(after.splitlines()) == sorted(before.splitlines())


def test_query_formats(capsys, store_dir):
    run(capsys, "--store", store_dir, "build")
    q = "SELECT ?l WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l } }"
    code, out, _ = run(capsys, "--store", store_dir, "query", q)
    assert code == 0 and "anti-Trump bloc" in out and "(1 row)" in out
    code, out, _ = run(capsys, "--store", store_dir, "query", q, "--format", "json")
    assert json.loads(out)["results"]["bindings"][0]["l"]["value"] == "anti-Trump bloc"
    code, out, _ = run(capsys, "--store", store_dir, "query", q, "--format", "csv")
    assert out.splitlines() == ["l", "anti-Trump bloc"]


def test_malformed_query_is_one_clear_line(capsys, store_dir):
    run(capsys, "--store", store_dir, "build")
    code, out, err = run(capsys, "--store", store_dir, "query", "SELEC ?x WHERE {")
    assert code == 1 and out == "" and err.startswith("geokb: malformed query")


def test_questions_list_and_run(capsys, store_dir):
    run(capsys, "--store", store_dir, "build")
    code, out, _ = run(capsys, "--store", store_dir, "questions")
    assert code == 0 and len(out.splitlines()) >= 12
    code, out, _ = run(capsys, "--store", store_dir, "questions", "06")
    assert "Boris\u202fStarmer" in out and "flag:wrong-name" in out


def test_validate_files_and_store(capsys, store_dir, bundled_path, article_dir):
    code, out, _ = run(capsys, "validate", str(bundled_path))
    assert code == 0 and "conforms" in out
    run(capsys, "--store", store_dir, "build")
    code, out, _ = run(capsys, "--store", store_dir, "validate")
    assert code == 0 and out.startswith("store: conforms")
    bad = article_dir / "starmer-putin.yaml"
    bad.write_text(bad.read_text("utf-8").replace("kind: threat", "kind: menace"), "utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1 and "'menace' is not one of" in err


def test_export_to_file_and_errors(capsys, store_dir, tmp_path):
    run(capsys, "--store", store_dir, "build")
    out_file = tmp_path / "kb.trig"
    code, _, _ = run(capsys, "--store", store_dir, "export", "--format", "trig", "-o", str(out_file))
    assert code == 0 and out_file.stat().st_size > 1000
    code, _, err = run(capsys, "--store", store_dir, "export", "--format", "yaml")
    assert code == 1 and "unknown format 'yaml'" in err
    code, _, err = run(capsys, "--store", str(tmp_path / "nothing-here"), "stats")
    assert code == 1 and "run 'geokb build' first" in err

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
    # what this run loaded, then what the store holds: the bundled article's counts both times
    assert code == 0 and out1.startswith("loaded 1 article(s), 22 actors, 27 claims, ")
    assert "store: " in out1 and out1.split("store: ")[1].count("22 actors, 27 claims") == 1
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


def test_construct_results_in_rdf_formats_json_ld_compacted(capsys, store_dir):
    import pyoxigraph as ox

    from kb.jsonld import context

    run(capsys, "--store", store_dir, "build")
    q = (
        "CONSTRUCT { ?a rdfs:label ?l ; gk:existence ?e } "
        "WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l ; gk:existence ?e } }"
    )
    code, nt, _ = run(capsys, "--store", store_dir, "query", q, "--format", "nt")
    expected = {t.triple for t in ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES)}
    assert code == 0 and expected
    for name in ("jsonld", "json"):
        code, out, _ = run(capsys, "--store", store_dir, "query", q, "--format", name)
        doc = json.loads(out)
        assert code == 0 and doc["@context"] == context()["@context"]
        assert '"existenceStatus": "existence:alleged"' in out and '"label": "anti-Trump bloc"' in out
        assert {t.triple for t in ox.parse(out.encode(), format=ox.RdfFormat.JSON_LD)} == expected
    code, ttl, _ = run(capsys, "--store", store_dir, "query", q, "--format", "turtle")
    assert (
        "@prefix gk:" in ttl
        and {t.triple for t in ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)} == expected
    )


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


def test_clusters_table_explain_json_and_record(capsys, store_dir):
    run(capsys, "--store", store_dir, "build")
    code, out, _ = run(capsys, "--store", store_dir, "clusters")
    assert code == 0
    rows, current = [], ""
    for line in out.splitlines()[3:]:  # a cluster's members may wrap onto indented lines
        if line.split()[0].isdigit():
            rows.append(current)
            current = line
        else:
            current += " " + line.strip()
    rows.append(current)
    camp = next(row for row in rows if "Keir Starmer" in row)
    assert "Emmanuel Macron" in camp and "Friedrich Merz" in camp and "Vladimir Putin" not in camp
    code, out, _ = run(capsys, "--store", store_dir, "clusters", "--explain", "Boris Starmer")
    assert code == 0 and out.startswith("Keir Starmer is in cluster")
    assert "Vladimir Putin" in out and "I’m not answering to Putin," in out and "reported (1)" in out
    code, out, _ = run(capsys, "--store", store_dir, "clusters", "--json", "--status-weight", "alleged=0.2")
    data = json.loads(out)
    assert data["parameters"]["weights"]["status"]["alleged"] == 0.2
    assert sum(c["size"] for c in data["clusters"]) == data["actors"] == 22
    code, out, _ = run(capsys, "--store", store_dir, "clusters", "--json", "--explain", "Macron")
    expl = json.loads(out)
    assert expl["ties_inside"] and all(t["claims"] for t in expl["ties_inside"])
    code, out, _ = run(capsys, "--store", store_dir, "clusters", "--record", "--seed", "3")
    run_iri = out.strip().splitlines()[-1].removeprefix("recorded as ")
    q = f"SELECT ?seed WHERE {{ GRAPH ?g {{ <{run_iri}> gk:seed ?seed }} }}"
    code, out, _ = run(capsys, "--store", store_dir, "query", q, "--format", "csv")
    assert code == 0 and out.splitlines()[1].strip() == "3"


def test_clusters_errors_are_one_line(capsys, store_dir):
    run(capsys, "--store", store_dir, "build")
    code, _, err = run(capsys, "--store", store_dir, "clusters", "--explain", "Napoleon")
    assert code == 1 and err.strip() == "geokb: no actor called 'Napoleon'"
    code, _, err = run(capsys, "--store", store_dir, "clusters", "--status-weight", "rumoured=0.1")
    assert code == 1 and "--status-weight takes STATUS=WEIGHT" in err


def test_build_records_the_default_alignment_once(capsys, store_dir):
    run(capsys, "--store", store_dir, "build")
    q = "SELECT (COUNT(DISTINCT ?run) AS ?n) WHERE { GRAPH ?g { ?run a gk:ClusteringRun } }"
    _, first, _ = run(capsys, "--store", store_dir, "query", q, "--format", "csv")
    _, export1, _ = run(capsys, "--store", store_dir, "export", "--format", "nq")
    run(capsys, "--store", store_dir, "build")
    _, export2, _ = run(capsys, "--store", store_dir, "export", "--format", "nq")
    assert first.splitlines()[1].strip() == "1"

    def data(export: str) -> list[str]:  # the write stamp moves with every write, by design (kb.repository)
        stamp = ("Stamp>", "stampedArticle>")
        return sorted(line for line in export.splitlines() if not any(s in line for s in stamp))

    assert data(export1) == data(export2)
    assert len(data(export1)) == len(export1.splitlines()) - 3

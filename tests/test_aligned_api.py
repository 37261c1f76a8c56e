"""Co-alignment and the live alignment through the service and the CLI, on every store backend."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from kb.analysis import load_alignment_input
from kb.analysis.index import aligned_json, load_index
from kb.analysis.live import LiveAlignment
from kb.analysis.ties import tie_quads, ties_graph, ties_of
from kb.annotation import Annotation
from kb.cli import main
from kb.ingest import ingest_annotation, submit_article
from kb.recovery import finish_alignment, marker
from kb.settings import Settings
from kb.store import OxigraphStore, Store
from tests.conftest import BASE

AUTH = {"Authorization": "Bearer t"}


def _copy(bundled_path, article_id: str) -> dict:
    data = yaml.safe_load(bundled_path.read_text("utf-8"))
    data["article"]["id"] = article_id
    text = (bundled_path.parent / data["article"]["text"]).read_text("utf-8")
    return {"annotation": data, "text": text}


def test_aligned_route_answers_from_the_index(store: Store) -> None:
    with TestClient(create_app(Settings(base_iri=BASE, access_log=False, query_workers=0), store)) as client:
        r = client.get("/actors/keir-starmer/aligned", params={"limit": 4})
        assert r.status_code == 200
        body = r.json()
        assert body == aligned_json(load_index(store), "keir-starmer", limit=4)
        assert body["actor"] == BASE + "actor/keir-starmer" and 0 < len(body["aligned"]) <= 4
        scores = [a["score"] for a in body["aligned"]]
        assert scores == sorted(scores, reverse=True)
        assert all(a["claims"] for a in body["aligned"])
        assert all(len(a["targets"]) <= min(5, a["shared_targets"]) for a in body["aligned"])
        one = client.get("/actors/keir-starmer/aligned", params={"limit": 4, "targets": 1}).json()
        cut = [(a["actor"], a["targets"], a["shared_targets"]) for a in one["aligned"]]
        assert cut == [(a["actor"], a["targets"][:1], a["shared_targets"]) for a in body["aligned"]]
        assert any(n > 1 for _a, _t, n in cut)  # the count is of every shared target, not of those listed
        weights = [t["weight"] for a in body["aligned"] for t in a["targets"]]
        assert all(w != 0 for w in weights)
        assert client.get("/actors/Starmer/aligned").json()["actor"] == body["actor"]
        assert client.get("/actors/nobody-at-all/aligned").status_code == 404
        assert client.get("/actors/keir-starmer/aligned", params={"limit": 0}).status_code == 422


def test_a_post_updates_the_clusters_and_says_which_run_they_are(store: Store, bundled_path) -> None:
    settings = Settings(base_iri=BASE, token="t", access_log=False, query_workers=0)
    app = create_app(settings, store)
    with TestClient(app) as client:
        before = client.get("/clusters").json()["run"]
        assert before["computed"] == "full" and before["pending"] is False and before["index_version"] == 0
        assert client.post("/articles", json=_copy(bundled_path, "copy"), headers=AUTH).status_code == 200
        app.state.live.wait()
        after = client.get("/clusters").json()
        assert after["run"]["index_version"] == 1 and after["run"]["pending"] is False
        assert after["run"]["computed"] == "full" and after["run"]["id"] != before["id"]
        assert after["ties"] == len(load_alignment_input(store).ties)
        recorded = (
            f'ASK {{ GRAPH ?g {{ ?r a gk:ClusteringRun ; schema:identifier "{after["run"]["id"]}" }} }}'
        )
        assert store.query(recorded)
        rebuilt = client.post("/clusters/rebuild", headers=AUTH)
        assert rebuilt.status_code == 200 and rebuilt.json()["run"]["id"] == after["run"]["id"]
        assert client.post("/clusters/rebuild").status_code == 401


def test_a_crash_after_the_write_leaves_article_and_ties_together(
    tmp_path, annotation: Annotation, bundled_path
):
    store = OxigraphStore(tmp_path / "store")
    ingest_annotation(store, annotation, BASE)
    live = LiveAlignment(store, BASE, background=False)
    live.state()

    def crash(ann):  # type: ignore[no-untyped-def]
        raise RuntimeError("the process died here")

    live.written = crash  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        submit_article(store, _copy(bundled_path, "copy"), BASE, live=live)
    assert marker(store).exists()  # the alignment is stale, the article and its ties are written
    g = ties_graph(BASE, "copy")
    n = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
    copied = replace(annotation, article=replace(annotation.article, id="copy"))
    assert int(next(iter(n))["n"].value) == len(tie_quads(ties_of(copied, BASE), BASE, "copy"))
    # the next start: the index saved beside the store, the one write it lacks read back from
    # the store (kb.analysis.persist), the marker's alignment recorded from it
    fresh = LiveAlignment(store, BASE, background=False)
    assert finish_alignment(store, BASE, fresh)
    assert fresh.started_from == "file+store"
    assert fresh.index.input().ties == load_alignment_input(store).ties
    assert store.query(f'ASK {{ GRAPH ?g {{ ?r gk:inputDigest "{fresh.index.digest()}" }} }}')
    assert not marker(store).exists()
    store.close()


def test_cli_aligned_and_full_rebuild(capsys, tmp_path) -> None:
    where = str(tmp_path / "store")
    assert main(["--store", where, "build"]) == 0
    capsys.readouterr()
    assert main(["--store", where, "clusters", "--aligned", "Starmer", "--limit", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["label"] == "Keir Starmer" and len(out["aligned"]) == 2
    assert main(["--store", where, "clusters", "--aligned", "Starmer"]) == 0
    assert capsys.readouterr().out.startswith("most aligned with Keir Starmer:")
    store = OxigraphStore(tmp_path / "store")
    (row,) = store.query("SELECT ?g WHERE { GRAPH ?g { ?g a gk:TieGraph } }")
    ties = row["g"]
    store.update(f"DROP GRAPH {ties}")  # a store built before tie graphs
    store.close()
    capsys.readouterr()
    assert main(["--store", where, "clusters", "--record", "--full"]) == 0
    assert "recorded as" in capsys.readouterr().out
    store = OxigraphStore(tmp_path / "store")
    assert store.query(f"ASK {{ GRAPH {ties} {{ ?t a gk:Tie }} }}")
    store.close()
    assert main(["--store", where, "clusters", "--full"]) == 1
    assert "--full" in capsys.readouterr().err

"""Bulk ingest: whole articles only, idempotent, and a load killed halfway leaves no half article."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kb.annotation import load_annotation
from kb.errors import StoreError
from kb.ingest import annotation_files, bulk_ingest
from kb.mapping import Minter, annotation_to_quads, article_graph_prefix
from kb.repository import dataset_graph, replace_article
from kb.store import JOURNAL, OxigraphStore, open_store
from kb.vocab import GK
from tests.conftest import BASE
from tests.virtuoso import VirtuosoMissing, virtuoso_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from synth import annotations
from synth import main as write_corpus


def article_quads(store, article_id: str) -> set[ox.Quad]:
    prefix = article_graph_prefix(BASE, article_id)
    return {q for g in store.named_graphs() if g.value.startswith(prefix) for q in store.quads(g)}


@pytest.mark.parametrize("workers", [None, 2])
def test_bulk_ingest_loads_whole_articles_and_is_idempotent(store, workers):
    anns = list(annotations(12, actors=300, seed=3))
    report = bulk_ingest(store, iter(anns), BASE, batch_quads=4000, workers=workers)
    assert report.ok and len(report.articles) == 12
    for ann in anns:
        assert article_quads(store, ann.article.id) == set(annotation_to_quads(ann, BASE))
    n = len(store) - _stamp_quads(store)
    again = bulk_ingest(store, anns, BASE, batch_quads=100_000)
    assert again.ok and len(store) - _stamp_quads(store) == n


def _stamp_quads(store) -> int:
    """The write stamp's quads (kb.repository.stamp_update): every write moves it, by design."""
    g, node = dataset_graph(BASE), Minter(BASE).iri("dataset")
    stamp = (GK.writeStamp, GK.previousStamp, GK.stampedArticle)
    return sum(1 for q in store.quads(g) if q.subject == node and q.predicate in stamp)


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path, article_dir):
    corpus = tmp_path / "corpus"
    write_corpus(["6", str(corpus)])
    victim = sorted(corpus.glob("*.yaml"))[2]
    victim.write_text(victim.read_text("utf-8").replace("speaker: ", "speaker: nobody-", 1), "utf-8")
    (corpus / "empty.yaml").write_text("", "utf-8")
    store = open_store("memory:")
    report = bulk_ingest(store, annotation_files([article_dir]), BASE, batch_quads=3000)  # corpus is inside
    assert len(report.articles) == 6 and len(report.errors) == 2
    assert {Path(p).name for p, _ in report.errors} == {victim.name, "empty.yaml"}
    assert "nobody-" in dict(report.errors)[str(victim)]


def _ingest_cmd(corpus: Path, location: Path, batch_quads: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kb.cli",
        "--store",
        str(location),
        "--base",
        BASE,
        "ingest",
        str(corpus),
        "--batch-quads",
        str(batch_quads),
        "--no-analysis",
    ]


def _expected(corpus: Path) -> dict[str, set[ox.Quad]]:
    return {
        ann.article.id: set(annotation_to_quads(ann, BASE))
        for ann in map(load_annotation, annotation_files([corpus]))
    }


def _only_whole_articles_then_all(location: Path, corpus: Path, cmd: list[str], least: int) -> None:
    """After a kill: the store (once opened for writing) holds whole articles; a re-run adds the rest."""
    expected = _expected(corpus)
    store = OxigraphStore(location)
    present = {aid for aid in expected if article_quads(store, aid)}
    assert least <= len(present) < len(expected)
    for aid in present:  # every article there is whole
        assert article_quads(store, aid) == expected[aid], aid
    store.close()

    subprocess.run(cmd, check=True, capture_output=True)
    store = OxigraphStore(location)
    for aid, quads in expected.items():
        assert article_quads(store, aid) == quads, aid
    store.close()


def test_a_load_killed_halfway_leaves_only_whole_articles(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(["60", str(corpus)])
    location = tmp_path / "store"
    cmd = _ingest_cmd(corpus, location, 2500)
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:  # one line per committed batch; kill after a few
        if int(re.search(r"(\d+) articles", line).group(1)) >= 15:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    _only_whole_articles_then_all(location, corpus, cmd, 15)


def test_a_load_killed_inside_a_bulk_load_leaves_only_whole_articles(tmp_path):
    """Killed while the journal says a bulk load is under way: the part it wrote goes at the next open."""
    corpus = tmp_path / "corpus"
    write_corpus(["60", str(corpus)])
    location = tmp_path / "store"
    cmd = _ingest_cmd(corpus, location, 20_000)
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    journal = location / JOURNAL
    proc.stderr.readline()  # the first batch is written: kill inside the next bulk load
    while not journal.exists() and proc.poll() is None:
        time.sleep(0.001)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the load ended before the test could kill it"
    with pytest.raises(StoreError, match="interrupted"):  # no reader sees the half load
        OxigraphStore(location, read_only=True)
    _only_whole_articles_then_all(location, corpus, cmd, 1)
def test_virtuoso_killed_mid_ingest_keeps_only_whole_articles(tmp_path):
    """Virtuoso takes a request as one transaction against a crash (kb.remote.VirtuosoStore), and
    geokb sends whole articles per request: the server killed -9 mid-load, then started again on
    its database (which replays its transaction log), holds whole articles only."""
    corpus = tmp_path / "corpus"
    write_corpus(["20", str(corpus)])
    expected = {
        ann.article.id: set(annotation_to_quads(ann, BASE))
        for ann in map(load_annotation, annotation_files([corpus]))
    }
    db = tmp_path / "virtuoso"
    env = {**os.environ, "GEOKB_STORE_BACKEND": "virtuoso", "GEOKB_BASE_IRI": BASE}

    def ingest(url: str) -> list[str]:
        return [sys.executable, "-m", "kb.cli", "--store", url, "--base", BASE, "ingest", str(corpus)]

    def whole_articles(url: str) -> set[str]:
        with open_store(url, backend="virtuoso", graphs=BASE + "graph/") as store:
            quads = set(store.quads())
        got = {
            aid: {q for q in quads if q.graph_name.value.startswith(article_graph_prefix(BASE, aid))}
            for aid in expected
        }
        present = {aid for aid, article in got.items() if article}
        for aid in present:
            assert got[aid] == expected[aid], aid
        return present

    try:
        server = virtuoso_server(db, memory_mb=64)
        first = server.__enter__()
    except VirtuosoMissing as exc:
        pytest.skip(f"{exc}: .ci/run installs it")
    try:
        cmd = [*ingest(first.url), "--batch-quads", "2500"]  # ~2 articles per request
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        for line in proc.stderr:  # one line per committed request; kill the server after a few
            done = re.search(r"(\d+) articles", line)
            if done and int(done.group(1)) >= 6:
                first.process.kill()
                break
        proc.wait(timeout=60)
        assert proc.returncode != 0
    finally:
        server.__exit__(None, None, None)
    with virtuoso_server(db, memory_mb=64) as again:
        assert 6 <= len(whole_articles(again.url)) < 20
        subprocess.run(ingest(again.url), env=env, check=True, capture_output=True)
        assert whole_articles(again.url) == set(expected)


@pytest.mark.parametrize("batch", [1, 10_000_000])
def test_batch_size_does_not_change_the_result(batch):
    anns = list(annotations(5, actors=200, seed=9))
    a, b = open_store("memory:"), open_store("memory:")
    bulk_ingest(a, anns, BASE, batch_quads=batch)
    for ann in anns:
        replace_article(b, BASE, ann.article.id, annotation_to_quads(ann, BASE))
    record = set(a.quads(dataset_graph(BASE)))  # the base the store records, and its write stamp
    assert len(record) - _stamp_quads(a) == 2
    assert set(a.quads()) - record == set(b.quads()) - set(b.quads(dataset_graph(BASE)))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_load_ends_at_the_first_article_past_batch_quads(monkeypatch, workers):
    import kb.ingest

    loads: list[list[int]] = []  # per load, the quads of each part the loader was handed
    real = kb.ingest.stream_articles

    def counting(store, base, parts):
        loads.append([])

        def seen():
            for nquads, graphs in parts:
                loads[-1].append(nquads.count(b"\n"))
                yield nquads, graphs

        return real(store, base, seen())

    monkeypatch.setattr(kb.ingest, "stream_articles", counting)
    monkeypatch.setattr(kb.ingest, "GROUP", 2)  # parts of two articles: several per load
    anns = list(annotations(10, actors=300, seed=5))
    store = open_store("memory:")
    report = bulk_ingest(store, anns, BASE, batch_quads=6000, workers=workers)
    assert report.ok and sum(map(sum, loads)) == report.quads_written
    per_article = report.quads_written / 10
    assert len(loads) >= 2 and all(len(parts) >= 2 for parts in loads[:-1])
    assert all(6000 <= sum(parts) < 6000 + 2 * per_article for parts in loads[:-1])
    for ann in anns:
        assert article_quads(store, ann.article.id) == set(annotation_to_quads(ann, BASE))


@pytest.mark.parametrize("group", [1, 32])  # 1: the loader has parts of the load when it stops
def test_an_error_while_reading_undoes_the_load_being_fed(tmp_path, monkeypatch, group):
    """The reading side fails (or is interrupted) halfway through a load: the load is undone."""
    import kb.ingest

    monkeypatch.setattr(kb.ingest, "GROUP", group)
    anns = list(annotations(6, actors=300, seed=4))
    store = OxigraphStore(tmp_path / "s")
    bulk_ingest(store, anns[:2], BASE)  # an earlier ingest, kept

    def items():
        yield from anns[2:5]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        bulk_ingest(store, items(), BASE, workers=1)
    assert not (tmp_path / "s" / JOURNAL).exists()
    for ann in anns:
        expected = set(annotation_to_quads(ann, BASE)) if ann in anns[:2] else set()
        assert article_quads(store, ann.article.id) == expected, ann.article.id
    store.close()

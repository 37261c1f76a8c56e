"""The tie index saved beside the store: read back at start, checked against the store's write stamp.

Every case ends the same way: whatever the files say, the index a new process starts
with equals the index of a full read of the store (digest, ties, actors, edges), and the
way it got there (``started_from``) is the cheapest the stamps allow.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kb.analysis import load_alignment_input
from kb.analysis.index import TieIndex, article_from_store, index_from_input
from kb.analysis.live import LiveAlignment, full_alignment, skeleton_from_index, skeleton_of
from kb.analysis.persist import index_file, read_index
from kb.analysis.ties import article_evidence
from kb.annotation import Annotation
from kb.ingest import bulk_ingest, ingest_annotation
from kb.repository import delete_article, read_stamp
from kb.store import OxigraphStore
from tests.conftest import BASE
from tests.test_tie_index import ANNOTATIONS


def _open(path: Path) -> OxigraphStore:
    return OxigraphStore(path)


def _full(store: OxigraphStore) -> TieIndex:
    return index_from_input(load_alignment_input(store))


def _same(index: TieIndex, full: TieIndex) -> None:
    assert index.digest() == full.digest()
    assert index.input().ties == full.input().ties
    assert set(index.articles) == set(full.articles)
    assert index.edge == full.edge
    assert index.named_by == full.named_by
    assert set(index.input().actors) == set(full.input().actors)


def _start(path: Path) -> tuple[LiveAlignment, OxigraphStore]:
    store = _open(path)
    live = LiveAlignment(store, BASE, background=False)
    live.state()
    return live, store


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A store of a few articles whose index a first start has saved beside it."""
    path = tmp_path / "db"
    store = _open(path)
    for ann in ANNOTATIONS[:4]:
        ingest_annotation(store, ann, BASE, shacl=False)
    live = LiveAlignment(store, BASE, background=False)
    live.state()
    assert live.started_from == "store"
    assert index_file(store).snapshot.exists()  # type: ignore[union-attr]
    store.close()
    return path


def test_a_second_start_reads_the_saved_index_not_the_articles(saved: Path) -> None:
    live, store = _start(saved)
    assert live.started_from == "file"
    _same(live.index, _full(store))
    assert live.status()["computed"] == "full"
    again = full_alignment(load_alignment_input(store))
    assert live.state().clustering.assignment == again.clustering.assignment


def _write(live, store, anns) -> None:
    """Write ``anns`` as the service does: the article, then the live alignment, under its lock."""
    for ann in anns:
        with live.writing:
            ingest_annotation(store, ann, BASE, shacl=False)
            live.written(ann)


def test_writes_through_the_service_are_journaled_and_replayed(saved: Path) -> None:
    live, store = _start(saved)
    _write(live, store, ANNOTATIONS[4:7])
    assert live.file.records == 3  # type: ignore[union-attr]
    store.close()
    live, store = _start(saved)
    assert live.started_from == "file"
    _same(live.index, _full(store))
    assert live.status()["id"] == LiveAlignment(_open_memory_copy(store), BASE).status()["id"]


def _open_memory_copy(store: OxigraphStore) -> OxigraphStore:
    mem = OxigraphStore()
    mem.extend(store.quads())
    return mem


def test_a_crash_between_the_store_and_the_journal_is_repaired_from_that_article(saved: Path) -> None:
    """The store's transaction committed, the journal's append never happened: one article read back."""
    store = _open(saved)
    ingest_annotation(store, ANNOTATIONS[5], BASE, shacl=False)  # written, not journaled
    store.close()
    live, store = _start(saved)
    assert live.started_from == "file+store"
    _same(live.index, _full(store))
    assert live.status()["computed"] == "incremental"  # refined from the saved partition
    store.close()
    live, store = _start(saved)  # the repair was journaled: the next start needs no store read
    assert live.started_from == "file"
    _same(live.index, _full(store))


def test_a_deleted_article_is_repaired_too(saved: Path) -> None:
    store = _open(saved)
    delete_article(store, BASE, ANNOTATIONS[1].article.id)
    store.close()
    live, store = _start(saved)
    assert live.started_from == "file+store"
    _same(live.index, _full(store))


@pytest.mark.parametrize("how", ["two writes", "bulk load", "journal of another snapshot", "garbage"])
def test_a_stale_or_broken_file_is_rebuilt_from_the_articles(saved: Path, how: str) -> None:
    store = _open(saved)
    file = index_file(store)
    assert file is not None
    if how == "two writes":
        for ann in ANNOTATIONS[5:7]:
            ingest_annotation(store, ann, BASE, shacl=False)
    elif how == "bulk load":
        bulk_ingest(store, ANNOTATIONS[7:9], BASE)
    elif how == "journal of another snapshot":
        ingest_annotation(store, ANNOTATIONS[5], BASE, shacl=False)
        ingest_annotation(store, ANNOTATIONS[6], BASE, shacl=False)
        to = read_stamp(store, BASE).token
        with open(file.journal, "wb") as f:  # records that would bring it up to date, of another snapshot
            pickle.dump(("snapshot", "some other stamp"), f)
            for ann in ANNOTATIONS[5:7]:
                pickle.dump((to, article_evidence(ann, BASE).article, article_evidence(ann, BASE)), f)
    else:
        file.snapshot.write_bytes(b"not a pickle")
    store.close()
    live, store = _start(saved)
    assert live.started_from == "store"
    _same(live.index, _full(store))
    store.close()
    live, store = _start(saved)  # saved again: the next start is cheap
    assert live.started_from == "file"


def test_a_journal_cut_short_by_a_crash_loses_only_its_last_record(saved: Path) -> None:
    live, store = _start(saved)
    _write(live, store, ANNOTATIONS[4:6])
    store.close()
    journal = index_file(store).journal  # type: ignore[union-attr]
    journal.write_bytes(journal.read_bytes()[:-7])  # the last append cut short
    live, store = _start(saved)
    assert live.started_from == "file+store"  # the last write read back from the store
    _same(live.index, _full(store))


def test_article_from_store_equals_the_article_written(saved: Path) -> None:
    store = _open(saved)
    ann: Annotation = ANNOTATIONS[2]
    got = article_from_store(store, BASE, ann.article.id)
    want = article_evidence(ann, BASE)
    assert got is not None
    assert got.ties == want.ties and got.spoken == want.spoken and set(got.actors) == set(want.actors)
    assert article_from_store(store, BASE, "no-such-article") is None


def test_the_skeleton_from_the_index_equals_the_skeleton_of_the_graph(saved: Path) -> None:
    store = _open(saved)
    data = load_alignment_input(store)
    a, b = skeleton_from_index(index_from_input(data)), skeleton_of(full_alignment(data).graph)
    assert set(a.nodes) == set(b.nodes)
    assert {frozenset(e[:2]): e[2] for e in a.edges(data="weight")} == {
        frozenset(e[:2]): e[2] for e in b.edges(data="weight")
    }


def test_a_deletion_through_the_service_is_journaled(saved: Path) -> None:
    live, store = _start(saved)
    with live.writing:
        delete_article(store, BASE, ANNOTATIONS[0].article.id)
        live.deleted(ANNOTATIONS[0].article.id)
    _same(live.index, _full(store))
    store.close()
    live, store = _start(saved)
    assert live.started_from == "file"
    _same(live.index, _full(store))
    assert article_evidence(ANNOTATIONS[0], BASE).article not in live.index.articles


def test_a_one_off_question_reads_the_saved_index_without_writing(saved: Path) -> None:
    store = OxigraphStore(saved, read_only=True)
    file = index_file(store, reading=True)
    assert file is not None and index_file(store) is None
    before = (file.snapshot.stat().st_mtime_ns, file.journal.read_bytes())
    _same(read_index(store, BASE), _full(store))
    assert (file.snapshot.stat().st_mtime_ns, file.journal.read_bytes()) == before


def test_an_index_saved_before_the_sums_were_kept_gets_the_same_sums(saved: Path) -> None:
    store = _open(saved)
    full = _full(store)
    state = full.__getstate__()
    old = {k: v for k, v in state.items() if k not in ("units", "stance_units")}
    assert all(isinstance(ts, list) for toward in old["stances"].values() for ts in toward.values())
    back = pickle.loads(pickle.dumps(old))
    index = TieIndex.__new__(TieIndex)
    index.__setstate__(back)
    _same(index, full)
    assert index.units == full.units and index.stance_units == full.stance_units
    assert index.stance_weight == full.stance_weight
    ann = ANNOTATIONS[5]
    for i in (index, full):  # the sums kept from there on agree too
        i.put(article_evidence(ann, BASE))
    assert index.edge == full.edge and index.stance_weight == full.stance_weight
    store.close()

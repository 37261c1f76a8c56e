"""The embedded store's bulk path: a load cut short is undone before anyone reads it."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kb.errors import StoreError
from kb.store import JOURNAL, OxigraphStore

OLD, NEW, OTHER = (ox.NamedNode(f"http://kb.test/{g}") for g in ("old", "new", "other"))
S, P = ox.NamedNode("http://kb.test/s"), ox.NamedNode("http://kb.test/p")


def quads(g: ox.NamedNode, n: int) -> list[ox.Quad]:
    return [ox.Quad(S, P, ox.Literal(str(i)), g) for i in range(n)]


def interrupted(path) -> None:
    """What a process killed halfway through bulk-loading NEW and OTHER leaves on disk."""
    store = OxigraphStore(path)
    store.extend(quads(OLD, 3))
    (path / JOURNAL).write_text(json.dumps([NEW.value, OTHER.value]), "utf-8")
    store.raw.bulk_extend(quads(NEW, 2))  # NEW half written, OTHER not at all
    store.close()


def test_opening_for_writing_removes_the_graphs_of_an_interrupted_load(tmp_path):
    interrupted(tmp_path / "s")
    with OxigraphStore(tmp_path / "s") as store:
        assert set(store.quads()) == set(quads(OLD, 3))
        assert not (tmp_path / "s" / JOURNAL).exists()


def test_a_read_only_open_refuses_to_read_past_an_interrupted_load(tmp_path):
    interrupted(tmp_path / "s")
    with pytest.raises(StoreError, match="open the store for writing once"):
        OxigraphStore(tmp_path / "s", read_only=True)
    OxigraphStore(tmp_path / "s").close()  # the writable open finishes it
    with OxigraphStore(tmp_path / "s", read_only=True) as store:
        assert len(store) == 3


def test_a_finished_bulk_load_leaves_no_journal(tmp_path):
    with OxigraphStore(tmp_path / "s") as store:
        store.bulk_add(ox.serialize(quads(NEW, 4), format=ox.RdfFormat.N_QUADS), [NEW.value])
        assert not (tmp_path / "s" / JOURNAL).exists()
    with OxigraphStore(tmp_path / "s") as store:
        assert set(store.quads()) == set(quads(NEW, 4))


class Failing:
    """Stands for pyoxigraph's store when the disk fills during a bulk load."""

    def __init__(self, real: ox.Store) -> None:
        self.real = real

    def bulk_load(self, data, format):
        self.real.bulk_extend(quads(NEW, 1))  # part of it got through
        raise OSError("No space left on device (os error 28)")

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_failed_bulk_load_is_undone_at_once_and_says_so(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    store.extend(quads(OLD, 2))
    real = store.raw
    store._store = Failing(real)
    with pytest.raises(StoreError, match="nothing was changed: No space left"):
        store.bulk_add(ox.serialize(quads(NEW, 3), format=ox.RdfFormat.N_QUADS), [NEW.value])
    assert set(store.quads()) == set(quads(OLD, 2))
    assert not (tmp_path / "s" / JOURNAL).exists()
    store._store = real
    store.close()


def nq(g: ox.NamedNode, n: int) -> bytes:
    return ox.serialize(quads(g, n), format=ox.RdfFormat.N_QUADS)


def test_a_streamed_load_journals_each_part_before_the_loader_reads_it(tmp_path):
    journal = tmp_path / "s" / JOURNAL
    store = OxigraphStore(tmp_path / "s")
    asked: list[set[str]] = []

    def parts():
        yield nq(NEW, 2), [NEW.value]
        asked.append(set(json.loads(journal.read_bytes().splitlines()[0])))  # NEW's, on disk already
        yield nq(OTHER, 3), [OTHER.value]
        asked.append({g for line in journal.read_bytes().splitlines() for g in json.loads(line)})

    store.bulk_add_parts(parts())
    assert asked == [{NEW.value}, {NEW.value, OTHER.value}]
    assert not journal.exists()
    assert set(store.quads()) == set(quads(NEW, 2)) | set(quads(OTHER, 3))
    store.close()


def test_an_error_in_the_parts_undoes_the_streamed_load(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    store.extend(quads(OLD, 2))

    def parts():
        yield nq(NEW, 2), [NEW.value]
        raise ValueError("the reading side failed")

    with pytest.raises(ValueError, match="the reading side failed"):
        store.bulk_add_parts(parts())
    assert set(store.quads()) == set(quads(OLD, 2))
    assert not (tmp_path / "s" / JOURNAL).exists()
    store.close()


def test_a_journal_line_cut_short_by_a_kill_is_skipped(tmp_path):
    """Each part's line is synced before the loader reads the part: a torn last line named nothing loaded."""
    path = tmp_path / "s"
    store = OxigraphStore(path)
    store.extend(quads(OLD, 3))
    store.raw.bulk_extend(quads(NEW, 2))
    store.close()
    (path / JOURNAL).write_bytes(json.dumps([NEW.value]).encode() + b'\n["http://kb.test/oth')
    with OxigraphStore(path) as store:
        assert set(store.quads()) == set(quads(OLD, 3))
        assert not (path / JOURNAL).exists()

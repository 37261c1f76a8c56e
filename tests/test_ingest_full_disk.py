"""A bulk ingest that fails midway says what earlier batches left in the store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kb.errors import StoreError
from kb.ingest import bulk_ingest
from kb.store import OxigraphStore
from tests.conftest import BASE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from synth import annotations


class FillsUp(OxigraphStore):
    """An in-memory store whose disk fills up after ``room`` batch writes."""

    def __init__(self, room: int) -> None:
        super().__init__(None)
        self.room = room

    def bulk_add(self, nquads, graphs):  # the bulk path (kb.repository.add_articles)
        if self.room == 0:
            raise StoreError("write failed, nothing was changed: No space left on device (os error 28)")
        self.room -= 1
        super().bulk_add(nquads, graphs)


def test_a_full_disk_after_some_batches_does_not_say_nothing_was_changed():
    store = FillsUp(room=2)
    anns = list(annotations(12, actors=300, seed=3))
    with pytest.raises(StoreError) as failed:
        bulk_ingest(store, anns, BASE, batch_quads=1500)
    message = str(failed.value)
    rows = store.query("SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d a schema:NewsArticle } }")
    stored = {r["d"].value for r in rows}
    assert stored  # the first two batches are there
    assert "nothing was changed" not in message
    assert f"already in the store: {len(stored)} articles of earlier batches" in message
    assert "No space left on device" in message and "run the same ingest again" in message


def test_a_full_disk_at_the_first_batch_says_nothing_was_changed():
    store = FillsUp(room=0)
    with pytest.raises(StoreError, match="nothing was changed"):
        bulk_ingest(store, list(annotations(3, actors=300, seed=3)), BASE, batch_quads=1500)

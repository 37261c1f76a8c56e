"""The tie index saved beside an on-disk store, so that a process starts without reading every article.

Building the index from the articles reads every claim of the KB: 11 s at 1k articles
on a loaded machine, so about 20 minutes at 100k. A process that saved its index reads it
back instead, from ``.{store}.tie-index/`` beside the store (as the snapshots and the
"alignment stale" marker are kept):

``index.pickle``
    the whole index (:class:`~kb.analysis.index.TieIndex`) and the clustering computed from
    it, with the store's write stamp (:func:`kb.repository.read_stamp`) they reflect;
``journal.pickle``
    one record per write the service made since: the stamp the write left, the article,
    and its evidence (None: deleted). It starts with the stamp of the snapshot it follows,
    so a journal left over from an older snapshot is never replayed over a newer one.

The store stays the only authority. Every write moves the store's stamp in the article's
own transaction, so :func:`load` checks what it read against the store: the stamp the file
reaches after its journal is the store's stamp (use it as it is), or the one before it and
the store names the article written since (a crash between the store's transaction and the
journal's append, or one write by another process: that article is read back from the
store, :func:`~kb.analysis.index.article_from_store`); anything else (a bulk load, several
writes by another process, a missing or unreadable file) is stale, and the caller reads
every article again and saves the result.

The files are Python pickles: they are trusted exactly as far as the store beside them is
(whoever can write the one can write the other).
"""

from __future__ import annotations

import contextlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from kb.analysis._gc import paused_gc
from kb.analysis.clusters import Clustering
from kb.analysis.index import TieIndex, article_from_store, load_index
from kb.analysis.ties import ArticleEvidence
from kb.iris import Minter
from kb.repository import read_stamp
from kb.store import OxigraphStore, Store

__all__ = ["IndexFile", "Loaded", "index_file", "load", "read_index"]

FORMAT = 1
"""Bumped whenever what is pickled changes shape: a file of another format is rebuilt."""


def index_file(store: Store, *, reading: bool = False) -> IndexFile | None:
    """Where the index of ``store`` is saved, if it can be (an on-disk embedded store, written to).

    ``reading``: also for a store opened read-only (a one-off question reads the files, never writes).
    """
    if isinstance(store, OxigraphStore) and store.path is not None and (reading or not store.read_only):
        return IndexFile(store.path.parent / f".{store.path.name}.tie-index")
    return None


def read_index(store: Store, base: str) -> TieIndex:
    """The index for a one-off question (``geokb clusters --aligned``): the saved one when it
    matches the store (nothing written), else every article read."""
    file = index_file(store, reading=True)
    loaded = load(file, store, base, write=False) if file is not None else None
    return loaded.index if loaded is not None else load_index(store)


@dataclass
class Loaded:
    """An index read back from its file and brought up to the store's stamp."""

    index: TieIndex
    clustering: Clustering | None
    """The clustering saved with the snapshot (of the index before the journal's writes)."""
    stamp: str
    touched: set[str] = field(default_factory=set)
    """The actors whose ties changed since the snapshot (by the journal's writes and a repair)."""
    replayed: int = 0
    """Writes replayed from the journal."""
    repaired: bool = False
    """Whether one article was read back from the store (a write the journal lacked)."""


class IndexFile:
    """The two files of one saved index: the snapshot and the journal of writes since."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.snapshot = directory / "index.pickle"
        self.journal = directory / "journal.pickle"
        self.records = 0
        """Records in the journal (what this process appended or replayed)."""

    def save(self, index: TieIndex, clustering: Clustering | None, stamp: str) -> None:
        """Write the snapshot (atomically: a temporary file renamed) and start an empty journal."""
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.snapshot.with_suffix(".tmp")
        with index.lock, open(tmp, "wb") as f, paused_gc():
            pickle.dump(
                {"format": FORMAT, "stamp": stamp, "index": index, "clustering": clustering},
                f,
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.snapshot)
        self._start_journal(stamp)

    def append(self, stamp: str, article: str, evidence: ArticleEvidence | None) -> None:
        """Journal one write (made already in the store, which holds ``stamp`` now)."""
        with open(self.journal, "ab") as f:
            pickle.dump((stamp, article, evidence), f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())
        self.records += 1

    def discard(self) -> None:
        """Remove both files (the index in memory no longer matches what they would replay)."""
        for path in (self.snapshot, self.journal):
            path.unlink(missing_ok=True)
        self.records = 0

    def read(self) -> Loaded | None:
        """The snapshot with the journal replayed over it (the stamp: the last write's).

        None when there is no snapshot, or it cannot be read, or it is of another format.
        """
        try:
            with open(self.snapshot, "rb") as f, paused_gc():  # millions of objects: 7 s -> 2.5 s at 10k
                saved = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None
        if not isinstance(saved, dict) or saved.get("format") != FORMAT:
            return None
        out = Loaded(saved["index"], saved["clustering"], saved["stamp"])
        self.records = 0
        with contextlib.suppress(OSError), open(self.journal, "rb") as f:
            try:
                if pickle.load(f) != ("snapshot", out.stamp):
                    return out  # a journal of another snapshot
                while True:
                    to, article, evidence = pickle.load(f)
                    out.touched |= _apply(out.index, article, evidence)
                    out.stamp = to
                    out.replayed += 1
                    self.records += 1
            except (EOFError, pickle.UnpicklingError, ValueError):
                pass  # the end, or a record cut short by a crash: the stamps say what is missing
        return out

    def _start_journal(self, stamp: str) -> None:
        tmp = self.journal.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            pickle.dump(("snapshot", stamp), f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.journal)
        self.records = 0


def _apply(index: TieIndex, article: str, evidence: ArticleEvidence | None) -> set[str]:
    """Put or drop one article; returns the actors whose ties or naming changed."""
    old = index.articles.get(article)
    if evidence is None:
        ties = index.drop(article)
    else:
        removed, added = index.put(evidence)
        ties = removed + added
    actors = set(old.actors if old else ()) | set(evidence.actors if evidence else ())
    return actors | {a for t in ties for a in (t.source, t.target)}


def load(file: IndexFile, store: Store, base: str, *, write: bool = True) -> Loaded | None:
    """The saved index brought up to the store's write stamp, or None when it is stale.

    One write the journal lacks (the store's previous stamp is the file's, and the store
    names the article) is read back from the store and journaled; anything else is stale.
    """
    loaded = file.read()
    if loaded is None:
        return None
    now = read_stamp(store, base)
    if now.token is None:
        return None
    if now.token != loaded.stamp:
        if now.previous != loaded.stamp or now.article is None:
            return None
        iri = Minter(base).article(now.article).value
        evidence = article_from_store(store, base, now.article)
        loaded.touched |= _apply(loaded.index, iri, evidence)
        if write:
            file.append(now.token, iri, evidence)
        loaded.stamp, loaded.repaired = now.token, True
    return loaded

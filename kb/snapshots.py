"""Immutable snapshots of a live on-disk store, for the query workers in other processes.

Why not let the workers open the live store read-only: RocksDB (under Oxigraph) calls that
undefined while another process writes, and it is slow in practice. The server's writes
sit in the write-ahead log until RocksDB flushes on its own, so each read-only opening
replays the whole log: after 90 articles written through the service a worker took over
5 s to reopen the store, longer than the query time limit, and every query got 503.
Worse, background compaction deletes files a read-only handle still expects.

A snapshot is a RocksDB checkpoint (``Store.backup``): the live store flushes its memory
tables (so the log stays short and a restart is quick) and hard-links its immutable files
into a new directory, in about 0.1 s whatever the store's size. Nobody writes a snapshot,
so opening it read-only is defined, needs no replay, and its files cannot vanish under a
worker. Snapshots are taken lazily, by the first query after a write, so a burst of writes
costs one; one that no running query uses any more is deleted.

A ``memory:`` store is copied into a fresh on-disk store instead (its whole content, so
this suits the small throw-away stores ``memory:`` is for): its queries then run in
worker processes too, where a query that crashes the engine cannot take the server down.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pyoxigraph as ox

from kb.errors import StoreError
from kb.store import OxigraphStore

__all__ = ["Snapshots"]


class Snapshots:
    """Numbered snapshots of ``store`` under ``directory``, which this object owns."""

    def __init__(self, store: OxigraphStore, directory: Path | None = None) -> None:
        self.store = store
        if directory is None and store.path is None:
            directory = Path(tempfile.mkdtemp(prefix="geokb-snapshots-"))
        # beside the store, so that the checkpoint's hard links stay on one file system
        self.directory = directory or store.path.parent / f".{store.path.name}.snapshots"
        shutil.rmtree(self.directory, ignore_errors=True)  # left by a crash: we hold the store's lock
        self._counter = itertools.count()
        self._lock = threading.Lock()
        self._current: Path | None = None
        self._stale = True
        self._users: dict[Path, int] = {}

    def invalidate(self) -> None:
        """The store changed: the next :meth:`acquire` takes a fresh snapshot."""
        with self._lock:
            self._stale = True

    def acquire(self) -> str:
        """The path of an up-to-date snapshot, held until :meth:`release`."""
        with self._lock:
            if self._stale or self._current is None:
                target = self.directory / f"{os.getpid()}-{next(self._counter)}"
                try:
                    self.directory.mkdir(parents=True, exist_ok=True)
                    self._take(target)
                except (OSError, RuntimeError) as exc:
                    shutil.rmtree(target, ignore_errors=True)
                    if self._current is None:
                        raise StoreError(f"cannot snapshot the store for queries: {exc}") from None
                    # a full disk, say: answer from the last snapshot rather than not at all
                else:
                    self._stale = False
                    self._current = target
                    self._prune()
            self._users[self._current] = self._users.get(self._current, 0) + 1
            return str(self._current)

    def _take(self, target: Path) -> None:
        if self.store.path is not None:
            self.store.raw.backup(str(target))
            return
        copy = ox.Store(str(target))
        copy.bulk_extend(self.store.raw.quads_for_pattern(None, None, None, None))
        copy.flush()
        del copy  # closes it: the workers open it read-only

    def release(self, path: str) -> None:
        """A query on ``path`` ended; an older snapshot nobody uses now is deleted."""
        with self._lock:
            key = Path(path)
            self._users[key] -= 1
            self._prune()

    def _prune(self) -> None:
        for path, users in list(self._users.items()):
            if users <= 0 and path != self._current:
                del self._users[path]
        if not self.directory.is_dir():
            return
        for child in self.directory.iterdir():
            if child != self._current and self._users.get(child, 0) <= 0:
                shutil.rmtree(child, ignore_errors=True)

    def close(self) -> None:
        with self._lock, contextlib.suppress(OSError):
            shutil.rmtree(self.directory, ignore_errors=True)
            self._current = None

"""What a crash can leave half done between two writes, and how the next start finishes it.

Writing an article and re-recording the alignment are two transactions: the article's
graphs are replaced atomically, then the clustering of the whole store is computed and
recorded. A crash between the two left the recorded alignment stale until the next write.
So a marker file is created before the article is written and removed once the alignment
is recorded; a start that finds it records the alignment first (:func:`finish_alignment`).

Only an on-disk embedded store has a place for the marker (beside it, like the query
snapshots); a ``memory:`` store does not outlive a crash, and a remote server's writes
are not ours to recover.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from kb.errors import AnnotationError
from kb.store import OxigraphStore, Store

__all__ = ["finish_alignment", "marker", "stale_alignment"]


def marker(store: Store) -> Path | None:
    """Where the "alignment stale" marker of ``store`` lives, if it can have one."""
    if isinstance(store, OxigraphStore) and store.path is not None and not store.read_only:
        return store.path.parent / f".{store.path.name}.alignment-stale"
    return None


@contextlib.contextmanager
def stale_alignment(store: Store, *, recorded_here: bool = True) -> Iterator[None]:
    """Hold the marker while the block writes an article and then records the alignment.

    The marker stays if the block fails after the article may have been written; an
    annotation refused before anything was written removes it, unless an earlier write
    had left it. With ``recorded_here`` False the block only writes, and whoever records
    the run later removes the marker (the service's background recompute,
    :meth:`~kb.analysis.live.LiveAlignment._unmark`).
    """
    path = marker(store)
    earlier = path is not None and path.exists()
    if path is not None:
        path.touch()
    try:
        yield
    except AnnotationError:
        if path is not None and not earlier:
            path.unlink(missing_ok=True)
        raise
    if path is not None and recorded_here:
        path.unlink(missing_ok=True)


class Recorder(Protocol):
    """What :func:`finish_alignment` needs of the service's live alignment
    (:class:`~kb.analysis.live.LiveAlignment`, which imports this module for :func:`marker`)."""

    def record(self) -> object: ...


def finish_alignment(store: Store, base: str, live: Recorder | None = None) -> bool:
    """Record the alignment if a crash left it stale; True when it did.

    With ``live`` (the service's), from its tie index (saved beside the store and checked
    against it, :mod:`kb.analysis.persist`) rather than from a read of every article.
    """
    from kb.analysis import refresh_alignment  # the analysis loads NetworkX: only when needed

    path = marker(store)
    if path is None or not path.exists():
        return False
    if live is not None:
        live.record()
    else:
        refresh_alignment(store, base)
    path.unlink(missing_ok=True)
    return True

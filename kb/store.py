"""Quad stores: a small interface shaped like pyoxigraph's ``Store``, and its backends by name.

Every backend offers the same meaning-free interface (:class:`Store`: query, update,
quads, named graphs, extend, bulk_add, clear, close, a context manager and a version), so the CLI,
the analysis and the API never branch on which one they hold. What an article is and how
it is written lives one layer up, in :mod:`kb.repository`.

Backends are listed in :data:`BACKENDS` (no registration by import): ``oxigraph``, the
embedded store (a directory, or ``memory:``), ``sparql``, any SPARQL 1.1 server, and
``virtuoso``, Virtuoso's ``/sparql`` (:mod:`kb.remote`). :func:`open_store` picks one by name
or else by location (a URL is ``sparql``: Virtuoso is named, ``GEOKB_STORE_BACKEND=virtuoso``);
:func:`store_from_settings` also passes the server's endpoints, credentials, timeout and,
for Virtuoso, the prefix of the KB's graphs from :mod:`kb.settings`.

``bulk_add`` writes new named graphs at the pace of Oxigraph's bulk loader, which is not
transactional: a process killed during a bulk load can leave part of it on disk. So the
embedded store first writes a journal (:data:`JOURNAL`, inside the store's directory) that
names every graph of the load, and removes it once the load is on disk (``bulk_add_parts``,
which feeds the loader as the parts come, journals each part's graphs before the loader
reads its first byte). A store opened for
writing that finds a journal removes those graphs before anything reads it (they were new,
so nothing older is lost), and a read-only open refuses to read past it: no reader sees
half a load, and a re-run finds those graphs absent and loads them again.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, Self

import pyoxigraph as ox

from kb.errors import QueryError, StoreError
from kb.query_guard import check_depth
from kb.remote import RemoteStore, VirtuosoStore
from kb.settings import Settings
from kb.vocab import PREFIXES

__all__ = [
    "BACKENDS",
    "JOURNAL",
    "OxigraphStore",
    "RemoteStore",
    "Store",
    "open_store",
    "store_from_settings",
]

JOURNAL = "geokb-bulk-journal.json"
"""The file, in an embedded store's directory, naming the graphs of a bulk load in progress."""


class Store(Protocol):
    """What geokb needs from a quad store."""

    version: int
    """Bumped by every write through this handle: a cache key for answers derived from it."""

    max_write_quads: int | None
    """Most quads one write should carry (a server's request limit); None: any number."""

    def query(
        self,
        sparql: str,
        *,
        default_graph: Sequence[ox.NamedNode] | None = None,
        named_graphs: Sequence[ox.NamedNode] | None = None,
    ) -> Any:
        """Run a SPARQL query: solutions, a boolean, or triples (pyoxigraph's types)."""

    def update(self, sparql: str) -> None:
        """Run one SPARQL Update request, as one transaction."""

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads, all or nothing, in one transaction."""

    def bulk_add(self, nquads: bytes, graphs: Sequence[str]) -> None:
        """Add the N-Quads of named ``graphs`` that the store does not hold yet, as fast as it can.

        All or nothing as readers see it: after a crash, the next writable open removes
        ``graphs`` (see the module's docstring), so every graph named is meant to be new.
        """

    def bulk_add_parts(self, parts: Iterable[tuple[bytes, Sequence[str]]], *, lenient: bool = False) -> None:
        """:meth:`bulk_add` of parts that come one after the other: each part's N-Quads and its graphs.

        One load, as :meth:`bulk_add`, that may start before the last part exists: the embedded
        store loads each part as it comes (the next ones are still being made), a server
        takes them all in one request. ``lenient``: the N-Quads were checked when they were
        written (:mod:`kb.mapping`'s), so the loader may skip its own IRI checks.
        """

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Every quad, or every quad of one graph."""

    def named_graphs(self) -> list[ox.NamedNode]: ...

    def clear(self) -> None:
        """Remove every quad."""

    def __len__(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


class OxigraphStore:
    """An embedded Oxigraph store, on disk (a directory) or in memory (``path=None``).

    >>> with OxigraphStore() as s:
    ...     s.update("INSERT DATA { GRAPH <http://g> { <http://s> <http://p> 'o' } }")
    ...     (len(s), s.version, [g.value for g in s.named_graphs()])
    (1, 1, ['http://g'])
    """

    max_write_quads = None

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.version = 0
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = " (another process, such as a running server, holds it; stop it or use that server)"
            raise StoreError(f"cannot open the store at {self.path}: {exc}{hint}") from None
        if self.journal is not None and self.journal.exists():
            self._finish_interrupted_load()

    @property
    def journal(self) -> Path | None:
        """Where a bulk load in progress is journaled (None for a store in memory)."""
        return None if self.path is None else self.path / JOURNAL

    def _finish_interrupted_load(self) -> None:
        """At open: remove the graphs of a bulk load that did not finish, or refuse to read past it."""
        if self.read_only:
            self.close()
            raise StoreError(
                f"a bulk load into {self.path} is running or was interrupted ({JOURNAL} is there): "
                "wait for it to end, or open the store for writing once (any geokb command that writes, "
                "or the service) to remove the articles of the interrupted load"
            )
        try:
            self._drop_journaled_graphs()
        except OSError as exc:
            self.close()
            raise StoreError(
                f"cannot remove the graphs of an interrupted bulk load in {self.path}: {exc}"
            ) from None

    def _drop_journaled_graphs(self) -> None:
        """Remove every graph the journal names, then the journal; OSError when the store cannot."""
        assert self.journal is not None
        for g in _journaled(self.journal):
            self._store.remove_graph(ox.NamedNode(g))
        self._store.flush()
        self.journal.unlink()
        self.version += 1

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store, for what the interface does not cover."""
        return self._store

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        try:
            self._store.extend(quads)  # one transaction: all of it or none
        except OSError as exc:
            raise StoreError(f"write failed, nothing was changed: {exc}") from None
        self.version += 1

    def bulk_add(self, nquads: bytes, graphs: Sequence[str]) -> None:
        """Bulk-load N-Quads of new graphs, journaled so that a crash leaves none of them behind.

        A load that fails (a full disk) is undone at once when it can be, so that the message
        can say nothing was changed; when even that fails, the journal stays for the next open.
        """
        self.version += 1
        if self.journal is None:  # in memory: nothing outlives a crash
            try:
                self._store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
            except OSError as exc:
                raise StoreError(f"write failed: {exc}") from None
            return
        try:
            _write_durably(self.journal, json.dumps(list(graphs)).encode("utf-8"))
        except OSError as exc:
            raise StoreError(f"write failed, nothing was changed: {exc}") from None
        try:
            self._store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
            self._store.flush()
        except OSError as exc:
            try:
                self._drop_journaled_graphs()
            except OSError:
                raise StoreError(
                    f"write failed: {exc}; part of this load may be on disk, and it will be removed "
                    "when the store is next opened for writing"
                ) from None
            raise StoreError(f"write failed, nothing was changed: {exc}") from None
        self.journal.unlink()

    def bulk_add_parts(self, parts: Iterable[tuple[bytes, Sequence[str]]], *, lenient: bool = False) -> None:
        """One bulk load fed part by part, each part's graphs journaled (synced) before the loader reads it.

        The loader parses and sorts what it has read while the caller still makes the next
        parts (the workers of :func:`kb.ingest.bulk_ingest` mapping articles), so the two
        overlap where :meth:`bulk_add` of the whole would wait for the last part. A failure
        is undone as in :meth:`bulk_add`; an error raised by ``parts`` itself ends the load,
        is undone the same way, and is raised as it was. ``lenient`` is pyoxigraph's (no IRI
        checks: about a tenth less of the loader's CPU on :mod:`kb.mapping`'s N-Quads).
        """
        if self.journal is None:  # in memory: nothing outlives a crash, nothing to journal
            parts = list(parts)
            self.bulk_add(b"".join(p for p, _ in parts), [g for _, gs in parts for g in gs])
            return
        self.version += 1
        feed = _JournaledFeed(parts, self.journal)
        try:
            self._store.bulk_load(feed, ox.RdfFormat.N_QUADS, lenient=lenient)
            self._store.flush()
        except BaseException as exc:
            cause = feed.error or exc
            if not feed.journaled:
                feed.close()
                if isinstance(cause, OSError):
                    raise StoreError(f"write failed, nothing was changed: {cause}") from None
                raise cause from None
            try:
                feed.close()
                self._drop_journaled_graphs()
            except OSError:
                raise StoreError(
                    f"write failed: {cause}; part of this load may be on disk, and it will be removed "
                    "when the store is next opened for writing"
                ) from None
            if isinstance(cause, OSError):
                raise StoreError(f"write failed, nothing was changed: {cause}") from None
            raise cause from None
        feed.close()
        if feed.journaled:
            self.journal.unlink()

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:  # a bug of ours, not of the user's input
            raise StoreError(f"internal update rejected: {exc}") from None
        except OSError as exc:
            raise StoreError(f"write failed, nothing was changed: {exc}") from None
        self.version += 1

    def query(
        self,
        sparql: str,
        *,
        default_graph: Sequence[ox.NamedNode] | None = None,
        named_graphs: Sequence[ox.NamedNode] | None = None,
    ) -> Any:
        check_depth(sparql)  # past it, the engine's parser overflows its stack and kills the process
        kwargs: dict[str, Any] = {"prefixes": PREFIXES}
        if default_graph is not None:
            kwargs["default_graph"] = list(default_graph)
        if named_graphs is not None:
            kwargs["named_graphs"] = list(named_graphs)
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"malformed query: {exc}") from None
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]

    def clear(self) -> None:
        self._store.clear()
        self.version += 1

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if not hasattr(self, "_store"):
            return
        if self.path is not None and not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        del self._store

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_durably(path: Path, data: bytes) -> None:
    """Write a whole file or none (a temporary file renamed over it), synced to disk."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _sync_folder(path.parent)


def _journaled(journal: Path) -> list[str]:
    """The graphs a journal names: a JSON list per line, one line per part journaled.

    A last line cut short (a process killed while appending it) names graphs whose bytes
    the loader never read (each part is synced before it is read), so it is skipped.
    """
    graphs: list[str] = []
    for line in journal.read_bytes().splitlines():
        try:
            graphs += json.loads(line)
        except ValueError:
            continue
    return graphs


class _JournaledFeed:
    """A binary reader over ``parts`` for the bulk loader: each part's graphs are appended to the
    journal, and synced, before the loader gets the part's first byte."""

    def __init__(self, parts: Iterable[tuple[bytes, Sequence[str]]], journal: Path) -> None:
        self._parts = iter(parts)
        self._journal_path = journal
        self._journal: Any = None
        self._data = memoryview(b"")
        self._at = 0
        self.journaled = False
        self.error: BaseException | None = None
        """What ``parts`` raised (the loader reports it as its own error)."""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while self._at >= len(self._data):
            try:
                part = next(self._parts, None)
            except BaseException as exc:
                self.error = exc
                raise
            if part is None:
                return b""
            self._journal_part(part[1])
            self._data, self._at = memoryview(part[0]), 0
        end = len(self._data) if size is None or size < 0 else self._at + size
        out = self._data[self._at : end].tobytes()
        self._at += len(out)
        return out

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _journal_part(self, graphs: Sequence[str]) -> None:
        """Append one part's graphs to the journal and sync it (the first time, its folder too)."""
        if not graphs:
            return
        line = json.dumps(list(graphs)).encode("utf-8") + b"\n"
        try:
            if self._journal is None:
                self._journal = open(self._journal_path, "wb")  # noqa: SIM115 (open for the whole load)
                self.journaled = True
                self._journal.write(line)
                self._journal.flush()
                os.fsync(self._journal.fileno())
                _sync_folder(self._journal_path.parent)
            else:
                self._journal.write(line)
                self._journal.flush()
                os.fsync(self._journal.fileno())
        except BaseException as exc:
            self.error = exc
            raise

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()


def _sync_folder(path: Path) -> None:
    """fsync a folder, so that a file just made in it is found after a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _oxigraph(location: str, *, read_only: bool = False, **_: Any) -> Store:
    return OxigraphStore(None if location == "memory:" else location, read_only=read_only)


def _sparql(
    location: str,
    *,
    query_endpoint: str | None = None,
    update_endpoint: str | None = None,
    auth: tuple[str, str] | None = None,
    timeout: float = 300.0,
    **_: Any,
) -> Store:
    return RemoteStore(
        location, query_endpoint=query_endpoint, update_endpoint=update_endpoint, auth=auth, timeout=timeout
    )


def _virtuoso(
    location: str,
    *,
    graphs: str | None = None,
    query_endpoint: str | None = None,
    update_endpoint: str | None = None,
    auth: tuple[str, str] | None = None,
    timeout: float = 300.0,
    **_: Any,
) -> Store:
    if graphs is None:
        raise StoreError("the virtuoso backend needs the IRI prefix of the KB's graphs (graphs=...)")
    return VirtuosoStore(
        location,
        graphs=graphs,
        query_endpoint=query_endpoint,
        update_endpoint=update_endpoint,
        auth=auth,
        timeout=timeout,
    )


BACKENDS: dict[str, Callable[..., Store]] = {"oxigraph": _oxigraph, "sparql": _sparql, "virtuoso": _virtuoso}
"""Store backends by name: each opens a location with the options :func:`open_store` passes."""


def backend_for(location: str) -> str:
    """The backend a location names: a server's URL, or else a directory or ``memory:``."""
    if location.startswith(("http://", "https://")):
        return "sparql"
    if "://" in location:
        raise StoreError(
            f"no store backend for '{location}' (give a directory, memory:, or an http(s) SPARQL server)"
        )
    return "oxigraph"


def open_store(
    location: str | os.PathLike[str], *, backend: str | None = None, read_only: bool = False, **options: Any
) -> Store:
    """Open a store by location: a directory, ``memory:``, or a SPARQL server's URL.

    ``backend`` names one of :data:`BACKENDS` (default: the one the location names).
    ``options`` go to the backend: a server's ``query_endpoint``, ``update_endpoint``,
    ``auth`` (user, password) and ``timeout``, Virtuoso's ``graphs`` (the IRI prefix of the
    store's graphs); the embedded store ignores them.
    """
    loc = os.fspath(location)
    name = backend or backend_for(loc)
    if name not in BACKENDS:
        raise StoreError(f"no store backend named '{name}' (known: {', '.join(BACKENDS)})")
    return BACKENDS[name](loc, read_only=read_only, **options)


def store_from_settings(settings: Settings, location: str | None = None, *, read_only: bool = False) -> Store:
    """The store the settings describe (``location`` overrides theirs, as ``--store`` does)."""
    return open_store(
        location or settings.store_location,
        backend=settings.store_backend or None,
        read_only=read_only,
        **settings.store_options,
    )

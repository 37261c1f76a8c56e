"""Run SPARQL queries in worker processes, so that a query past its time limit can be stopped.

Oxigraph cannot interrupt a query from another thread, and a thread cannot be killed; a
process can. Each worker opens the on-disk store read-only (RocksDB allows that beside
the server's own read-write handle) and answers one query at a time. When a query runs
past the limit its worker is killed, which really ends the work, a fresh worker takes its
place, and the caller gets :class:`QueryTimeout`. Other queries keep going on the other
workers meanwhile.

A read-only handle sees the store as it was when opened, so writers call
:meth:`QueryPool.invalidate` after a write; each worker reopens the store before its next
query. Given :class:`~kb.snapshots.Snapshots` of a store the server writes to, the workers
open immutable snapshots of it rather than the live store (see :mod:`kb.snapshots` for
why); a ``memory:`` store is copied to disk for them. A worker also keeps a query that
crashes the engine (a stack overflow in its parser or evaluator) out of the server: the
worker dies, the caller gets an error and a fresh worker takes its place. For remote
servers, :class:`InlineQueries` runs the query in the calling thread (a remote server
enforces its own limits).
"""

from __future__ import annotations

import resource
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Protocol

from kb.errors import (
    GeokbError,
    QueryMemoryExceeded,
    QueryTimeout,
    QueryWorkerDied,
    ResultTooLarge,
    error_named,
)
from kb.query_guard import check_service
from kb.snapshots import Snapshots
from kb.sparql import SparqlResponse, execute
from kb.store import Store
from kb.workers import Workers

__all__ = ["InlineQueries", "QueryPool", "QueryRunner"]


@dataclass(frozen=True)
class _Task:
    generation: int
    location: str
    query: str
    accept: str | None
    default_graph_uris: tuple[str, ...]
    named_graph_uris: tuple[str, ...]
    max_bytes: int
    service_allow: tuple[str, ...] = ()


class QueryRunner(Protocol):
    def run(
        self,
        query: str,
        accept: str | None,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> SparqlResponse: ...

    def invalidate(self) -> None: ...

    def close(self) -> None: ...


class InlineQueries:
    """Queries in the calling thread: no hard time limit, but the size limit holds."""

    def __init__(self, store: Store, *, max_bytes: int, service_allow: Sequence[str] = ()) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.service_allow = tuple(service_allow)

    def run(
        self,
        query: str,
        accept: str | None,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> SparqlResponse:
        return _answer(
            self.store,
            query,
            accept,
            default_graph_uris,
            named_graph_uris,
            self.max_bytes,
            self.service_allow,
        )

    def invalidate(self) -> None:
        pass

    def close(self) -> None:
        pass


def _answer(
    store: Store,
    query: str,
    accept: str | None,
    default_graph_uris: Sequence[str],
    named_graph_uris: Sequence[str],
    max_bytes: int,
    service_allow: Sequence[str] | None = (),
) -> SparqlResponse:
    """Run the query as the protocol says, and refuse a result over ``max_bytes``.

    The query is checked first (``service_allow=None``: the caller has checked it), in the
    worker when there is one: its time limit covers a 5 MB query's lexical checks too, and
    they never hold the server's GIL.
    """
    if service_allow is not None:
        check_service(query, service_allow)
    response = execute(
        store, query, accept, default_graph_uris=default_graph_uris, named_graph_uris=named_graph_uris
    )
    if max_bytes and len(response.body) > max_bytes:
        raise ResultTooLarge(
            f"the result is {len(response.body):,} bytes, over the limit of {max_bytes:,}; "
            "narrow the query or add a LIMIT"
        )
    return response


def _worker(conn: Connection, path: str, memory_bytes: int = 0) -> None:  # pragma: no cover - a child
    """Answer tasks from ``conn`` until it closes, within ``memory_bytes`` of data memory.

    RLIMIT_DATA (heap and private writable mappings, what a query's solutions fill) rather
    than RLIMIT_AS, which also counts the address space threads and libraries reserve
    (half a gigabyte before the first query). Past it the engine's allocator aborts the
    process (SIGABRT), which the pool reports as :class:`~kb.errors.QueryMemoryExceeded`.
    """
    from kb.store import OxigraphStore

    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_DATA, (memory_bytes, memory_bytes))

    store, opened = None, None
    while True:
        try:
            task: _Task = conn.recv()
        except (EOFError, OSError):
            return
        try:
            # checked before the store is opened: a refused query is refused at once, whatever
            # the store's state (a first open under load once took a refusal past the time limit)
            check_service(task.query, task.service_allow)
            if (task.generation, task.location) != opened or store is None:
                if store is not None:
                    store.close()
                    store = None
                store = OxigraphStore(task.location, read_only=True)
                opened = (task.generation, task.location)
            response = _answer(
                store,
                task.query,
                task.accept,
                task.default_graph_uris,
                task.named_graph_uris,
                task.max_bytes,
                None,
            )
            conn.send(("ok", response.body, response.media_type))
        except GeokbError as exc:
            conn.send(("error", type(exc).__name__, str(exc)))
        except MemoryError:
            conn.send(("error", "QueryMemoryExceeded", "the query needed more memory than a worker may use"))
        except Exception as exc:  # a fault of ours: the caller gets a 500, not a 400
            conn.send(("error", "InternalError", f"query failed: {exc}"))


class QueryPool:
    """A fixed number of query worker processes over one on-disk Oxigraph store."""

    def __init__(
        self,
        path: str,
        *,
        workers: int = 2,
        timeout: float = 10.0,
        max_bytes: int = 0,
        snapshots: Snapshots | None = None,
        service_allow: Sequence[str] = (),
        memory_bytes: int = 0,
    ) -> None:
        self.path = path
        self.memory_bytes = memory_bytes
        self.service_allow = tuple(service_allow)
        self.snapshots = snapshots
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._workers = Workers(_worker, (path, memory_bytes), name="geokb-query")
        self._lock = threading.Lock()
        self._generation = 0
        for _ in range(workers):
            self._workers.add()

    @property
    def processes(self) -> list[BaseProcess]:
        """The live worker processes (for tests and monitoring)."""
        return [w.process for w in self._workers.all]

    def invalidate(self) -> None:
        """The store changed: workers reopen it before their next query."""
        with self._lock:
            self._generation += 1
        if self.snapshots is not None:
            self.snapshots.invalidate()

    def run(
        self,
        query: str,
        accept: str | None,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> SparqlResponse:
        """Answer one query in a worker; blocks the calling thread, never the event loop."""
        worker = self._workers.take(self.timeout)
        if worker is None:
            raise QueryTimeout(f"every query worker stayed busy for {self.timeout:g} s; try again later")
        try:
            location = self.snapshots.acquire() if self.snapshots is not None else self.path
        except BaseException:
            self._workers.give_back(worker)
            raise
        task = _Task(
            self._generation,
            location,
            query,
            accept,
            tuple(default_graph_uris),
            tuple(named_graph_uris),
            self.max_bytes,
            self.service_allow,
        )
        try:
            worker.conn.send(task)
            if not worker.conn.poll(self.timeout):
                self._workers.replace(worker)
                worker = None
                raise QueryTimeout(
                    f"the query ran past the limit of {self.timeout:g} s and was stopped; "
                    "narrow it or add a LIMIT"
                )
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            exitcode = None
            if worker is not None:
                worker.process.join(timeout=2)
                exitcode = worker.process.exitcode
                self._workers.replace(worker)
                worker = None
            if exitcode == -signal.SIGABRT and self.memory_bytes > 0:
                raise QueryMemoryExceeded(
                    f"the query needed more than the {self.memory_bytes / 2**20:,.0f} MB a query worker "
                    "may use and was stopped; narrow it or add a LIMIT"
                ) from None
            raise QueryWorkerDied(
                "the query worker died (the query engine crashed on this query); it was not answered"
            ) from None
        finally:
            if worker is not None:
                self._workers.give_back(worker)
            if self.snapshots is not None:
                self.snapshots.release(location)
        if reply[0] == "ok":
            return SparqlResponse(reply[1], reply[2])
        raise error_named(reply[1], reply[2])

    def close(self) -> None:
        self._workers.close()
        if self.snapshots is not None:
            self.snapshots.close()

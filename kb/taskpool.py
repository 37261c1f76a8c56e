"""Run CPU-heavy work (drafting an article, an alignment) in worker processes with a time limit.

Why processes: the service's event loop and its threads share one interpreter, so a
draft of a 1.9 MB text with spaCy, run in a thread, still held the GIL and stalled every
route for 1.8 s; and a thread past its time limit cannot be stopped, so its CPU stays
spent. A worker process runs one call at a time; past the limit it is killed, which
really ends the work, a fresh one takes its place, and the caller gets
:class:`~kb.errors.TaskTimeout` (503). The workers live as long as the pool, so spaCy's
model is loaded once per worker, not once per request; they start on first use.

The function and its arguments cross the process boundary by pickling: give a
module-level function and plain data. A geokb error raised in the worker is raised
again in the caller, by name; anything else is an :class:`~kb.errors.InternalError`.
:class:`InlineTasks` runs the call in the calling thread, for tests and for a limit of 0.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Protocol, TypeVar

from kb.errors import GeokbError, InternalError, TaskTimeout, error_named
from kb.workers import Workers

__all__ = ["InlineTasks", "TaskPool", "TaskRunner"]

T = TypeVar("T")


class TaskRunner(Protocol):
    def run(self, what: str, timeout: float, fn: Callable[..., T], *args: Any) -> T: ...

    def start(self) -> None: ...

    def close(self) -> None: ...


class InlineTasks:
    """Calls in the calling thread: no time limit (tests, or a limit set to 0)."""

    def run(self, what: str, timeout: float, fn: Callable[..., T], *args: Any) -> T:
        return fn(*args)

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass


WARM = ("kb.ingest", "kb.analysis.alignment")
"""What a worker imports as it starts, before its first call: the modules of the service's calls
(:func:`~kb.ingest.prepare_submission`, the alignment). Left to the first call's unpickling,
their imports (rdflib, pyshacl, networkx, the schema) cost that call 1.6 s, and with two
workers the first two writes after a start each paid it. spaCy's model is not among them: it
loads on the first draft (memory a worker need not hold for annotations)."""


def _worker(conn: Connection, warm: tuple[str, ...] = ()) -> None:  # pragma: no cover - a child process
    """Import ``warm``, then answer calls from ``conn`` until it closes."""
    for module in warm:
        importlib.import_module(module)
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", fn(*args)))
        except GeokbError as exc:
            conn.send(("error", type(exc).__name__, str(exc)))
        except Exception as exc:  # a fault of ours, not the client's
            conn.send(("error", "InternalError", f"{type(exc).__name__}: {exc}"))


class TaskPool:
    """``workers`` processes that run one call each at a time, each call within its time limit."""

    def __init__(self, workers: int = 2, warm: tuple[str, ...] = WARM) -> None:
        self.size = workers
        self._workers = Workers(_worker, (warm,), name="geokb-task")
        self._lock = threading.Lock()
        self._started = False

    @property
    def processes(self) -> list[BaseProcess]:
        """The live worker processes (for tests and monitoring)."""
        return [w.process for w in self._workers.all]

    @property
    def busy(self) -> int:
        """How many workers are running a call now."""
        return self._workers.busy

    @property
    def killed(self) -> int:
        """Workers killed so far because a call ran past its limit (or died)."""
        return self._workers.replaced

    def start(self) -> None:
        """Start the workers now (else on first use): a server does it as it starts."""
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._workers.add()

    def run(self, what: str, timeout: float, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker; ``what`` names the work in the error past ``timeout`` seconds.

        Blocks the calling thread (a thread of the server's pool), never the event loop.
        """
        self.start()
        worker = self._workers.take(timeout)
        if worker is None:
            raise TaskTimeout(f"every worker stayed busy for {timeout:g} s: {what} was not started")
        try:
            worker.conn.send((fn, args))
            if not worker.conn.poll(timeout):
                self._workers.replace(worker)
                worker = None
                raise TaskTimeout(f"{what} ran past the limit of {timeout:g} s and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError):
            if worker is not None:
                self._workers.replace(worker)
                worker = None
            raise InternalError(f"the worker doing {what} died") from None
        finally:
            if worker is not None:
                self._workers.give_back(worker)
        if reply[0] == "ok":
            return reply[1]
        raise error_named(reply[1], reply[2])

    def close(self) -> None:
        self._workers.close()

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

import multiprocessing as mp
import queue
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Protocol, TypeVar

from kb.errors import GeokbError, InternalError, TaskTimeout, error_named

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


def _worker(conn: Connection) -> None:  # pragma: no cover - a child process
    """Answer calls from ``conn`` until it closes."""
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


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child,), daemon=True, name="geokb-task")
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class TaskPool:
    """``workers`` processes that run one call each at a time, each call within its time limit."""

    def __init__(self, workers: int = 2) -> None:
        self.size = workers
        self._ctx = mp.get_context("spawn")  # never fork a process that runs threads
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self.killed = 0
        """Workers killed so far because a call ran past its limit."""

    def start(self) -> None:
        """Start the workers now (else on first use): a server does it as it starts."""
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self._ctx)
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.append(worker)
        self._idle.put(worker)

    def run(self, what: str, timeout: float, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker; ``what`` names the work in the error past ``timeout`` seconds.

        Blocks the calling thread (a thread of the server's pool), never the event loop.
        """
        self.start()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise TaskTimeout(f"every worker stayed busy for {timeout:g} s: {what} was not started") from None
        try:
            worker.conn.send((fn, args))
            if not worker.conn.poll(timeout):
                self.killed += 1
                self._replace(worker)
                worker = None
                raise TaskTimeout(f"{what} ran past the limit of {timeout:g} s and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError):
            if worker is not None:
                self._replace(worker)
                worker = None
            raise InternalError(f"the worker doing {what} died") from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1]
        raise error_named(reply[1], reply[2])

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            closed = self._closed
        if not closed:  # spawning takes a moment: answer this caller first
            threading.Thread(target=self._add, daemon=True, name="geokb-task-respawn").start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = self._all, []
        for worker in workers:
            worker.kill()

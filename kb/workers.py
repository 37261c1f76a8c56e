"""Worker processes lent out one call at a time, and killed and replaced when a call goes wrong.

What :mod:`kb.taskpool` (drafts, alignments) and :mod:`kb.querypool` (SPARQL) share: a
thread cannot be stopped, a process can. A caller takes an idle worker, talks to it over a
pipe, and gives it back; when the call runs past its limit or the worker dies, the caller
hands it to :meth:`Workers.replace` instead, which kills it and starts a fresh one in the
background, so the caller answers its client first. Workers are spawned, never forked: the
server that owns them runs threads.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["Worker", "Workers"]


class Worker:
    """One process running ``target(conn, *args)``, and this end of its pipe."""

    def __init__(
        self, ctx: mp.context.BaseContext, target: Callable[..., None], args: tuple[Any, ...], name: str
    ) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=target, args=(child, *args), daemon=True, name=name)
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class Workers:
    """A set of :class:`Worker` processes of one kind, each busy with at most one caller."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...] = (), *, name: str) -> None:
        self._target, self._args, self._name = target, args, name
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        self.all: list[Worker] = []
        """Every live worker, idle or busy."""
        self.replaced = 0
        """Workers killed and replaced so far."""

    def add(self) -> None:
        """Start one more worker; none once the set is closed (a late respawn ends here)."""
        worker = Worker(self._ctx, self._target, self._args, self._name)
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self.all.append(worker)
        self._idle.put(worker)

    @property
    def busy(self) -> int:
        """How many workers a caller holds now."""
        with self._lock:
            return len(self.all) - self._idle.qsize()

    def take(self, timeout: float) -> Worker | None:
        """An idle worker, waiting up to ``timeout`` seconds for one; ``None`` if all stayed busy."""
        try:
            return self._idle.get(timeout=timeout)
        except queue.Empty:
            return None

    def give_back(self, worker: Worker) -> None:
        self._idle.put(worker)

    def replace(self, worker: Worker) -> None:
        """Kill ``worker`` (past its limit, or dead already) and start another in the background."""
        worker.kill()
        with self._lock:
            if worker in self.all:
                self.all.remove(worker)
            self.replaced += 1
            closed = self._closed
        if not closed:  # spawning takes a moment: the caller answers its client first
            threading.Thread(target=self.add, daemon=True, name=f"{self._name}-respawn").start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self.all = self.all, []
        for worker in workers:
            worker.kill()

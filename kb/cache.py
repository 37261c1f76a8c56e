"""A small, bounded cache of answers derived from a store (alignments, the graph page's data).

Keys start with the store's :attr:`~kb.store.Store.version`, which every write through
the store bumps, so an answer computed before a write is never served after it; the
oldest answers are dropped once ``maxsize`` are held, so memory stays bounded whatever
parameters clients send. One cache serves one store.

>>> cache = LRUCache(maxsize=2)
>>> [cache.get(k, lambda k=k: k * 10) for k in (1, 2, 1, 3)]
[10, 20, 10, 30]
>>> list(cache)
[1, 3]
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Any

__all__ = ["LRUCache"]


class LRUCache:
    """At most ``maxsize`` answers; the least recently used goes first."""

    def __init__(self, maxsize: int = 8) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self, key: Hashable, compute: Callable[[], Any], *, keep: Callable[[Any], bool] | None = None
    ) -> Any:
        """The answer for ``key``, computed (outside the lock) when it is not held.

        ``keep``: whether a computed answer may be kept (one computed from data that moved on
        since ``key`` was taken is returned, never kept under it).
        """
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        if keep is not None and not keep(value):
            return value
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __iter__(self) -> Iterator[Hashable]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

"""kb.cache.LRUCache: what it keeps, and what it refuses to keep."""

from __future__ import annotations

from kb.cache import LRUCache


def test_an_answer_keep_refuses_is_returned_but_computed_again_next_time():
    cache, calls = LRUCache(), []

    def compute() -> int | None:
        calls.append(1)
        return None if len(calls) == 1 else 7  # the first read moved on under it

    keep = lambda v: v is not None  # noqa: E731
    assert cache.get("k", compute, keep=keep) is None
    assert "k" not in list(cache)
    assert cache.get("k", compute, keep=keep) == 7
    assert cache.get("k", compute, keep=keep) == 7  # now kept: not computed a third time
    assert len(calls) == 2


def test_the_least_recently_used_goes_first():
    cache = LRUCache(maxsize=2)
    for k in "abc":
        cache.get(k, lambda k=k: k.upper())
    assert list(cache) == ["b", "c"]

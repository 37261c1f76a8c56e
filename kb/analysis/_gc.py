"""Pause the cyclic garbage collector while building large acyclic structures.

Building the signed graph of a large KB allocates millions of small containers (edge
dicts, evidence lists) that hold no reference cycles; CPython's collector still scans
them again and again as they pile up, which cost about a quarter of the build time at
20k actors (bench/clusters.py). Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

"""Exports as a stream of bytes, for the service: the dump is never whole in memory.

:func:`kb.export.export` builds the serialisation in memory (a list of every quad, then
the bytes): fine for the CLI writing a file, not for a service where anyone may ask for
the whole KB at once (60 MB of N-Quads for a modest KB, held per request). Here Oxigraph
serialises from an iterator over the store into a bounded queue, in a thread of its own
(Oxigraph's iterators must be dropped by the thread that made them), and the caller reads
chunks as they come. Same content as :func:`kb.export.export`: dataset formats carry every
graph; triple formats the annotation graphs only, each triple once (``SELECT DISTINCT``,
so the deduplication happens in the store, not in a Python set).
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
from collections.abc import Callable, Iterable, Iterator

import pyoxigraph as ox

from kb.errors import ExportError
from kb.formats import Format, get_format
from kb.store import Store
from kb.vocab import GK, PREFIXES, RDF

__all__ = ["export_stream"]

_CHUNK = 1 << 16
_DONE = object()


def export_stream(store: Store, fmt: str | Format, graph: str | None = None) -> Iterator[bytes]:
    """The export of ``store`` (or of one named graph) as chunks of bytes.

    What is wrong with the request (format, graph) raises here, before the first chunk.
    Closing the iterator early stops the serialisation.
    """
    f = fmt if isinstance(fmt, Format) else get_format(fmt)
    items = _items(store, f, graph)
    kwargs = {"prefixes": PREFIXES} if f.rdf_format in _PREFIXED else {}
    return _stream(lambda output: ox.serialize(items(), output, format=f.rdf_format, **kwargs))


_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)


def _items(store: Store, f: Format, graph: str | None) -> Callable[[], Iterable]:
    """A factory of what to serialise, called in the serialising thread."""
    if graph is not None:
        try:
            node = ox.NamedNode(graph)
        except ValueError:
            raise ExportError(f"'{graph}' is not an IRI") from None
        if node not in set(store.named_graphs()):
            raise ExportError(f"no graph <{graph}> in the store")
        if f.dataset:
            return lambda: store.quads(node)
        return lambda: (q.triple for q in store.quads(node))
    if f.dataset:
        return store.quads
    annotation_triples = (
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER NOT EXISTS {{ GRAPH ?a {{ ?g {RDF.type} {GK.ClaimContent} }} }} }}"
    )
    return lambda: (ox.Triple(r["s"], r["p"], r["o"]) for r in store.query(annotation_triples))


class _QueueWriter(io.RawIOBase):
    """A binary file whose writes go, in chunks, into a bounded queue."""

    def __init__(self, chunks: queue.Queue, stop: threading.Event) -> None:
        self.chunks, self.stop, self.buffer = chunks, stop, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.buffer += data
        if len(self.buffer) >= _CHUNK:
            self._put(bytes(self.buffer))
            self.buffer.clear()
        return len(data)

    def _put(self, item: object) -> None:
        while True:
            if self.stop.is_set():
                raise BrokenPipeError("the reader went away")
            try:
                self.chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def finish(self, end: object) -> None:
        if self.buffer:
            self._put(bytes(self.buffer))
            self.buffer.clear()
        self._put(end)


def _stream(serialize: Callable[[io.RawIOBase], None]) -> Iterator[bytes]:
    chunks: queue.Queue = queue.Queue(maxsize=8)
    stop = threading.Event()
    writer = _QueueWriter(chunks, stop)

    def run() -> None:
        try:
            serialize(writer)
            writer.finish(_DONE)
        except BrokenPipeError:
            pass
        except Exception as exc:
            with contextlib.suppress(BrokenPipeError):
                writer.finish(exc)

    thread = threading.Thread(target=run, daemon=True, name="geokb-export")
    thread.start()
    try:
        while (item := chunks.get()) is not _DONE:
            if isinstance(item, Exception):
                raise ExportError(f"the export failed: {item}")
            yield item
    finally:
        stop.set()

"""Load annotated articles into a store: validate everything first, then write atomically.

A batch never stops on one bad file: each file is loaded on its own, its errors are
collected, and what was stored before is untouched by a file that fails.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import multiprocessing as mp
import os
import queue
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from kb.analysis import refresh_alignment
from kb.analysis.live import LiveAlignment
from kb.annotation import Annotation, decode_text, load_annotation, parse_annotation, read_bytes, utc_instant
from kb.errors import AnnotationError, BaseMismatch, GeokbError, StoreError
from kb.mapping import annotation_to_nquads, annotation_to_quads
from kb.recovery import stale_alignment
from kb.repository import claim_base, existing_articles, replace_article, stream_articles
from kb.store import Store
from kb.validate import validate_quads
from kb.yaml_safe import load_untrusted

__all__ = [
    "TEXT_SUFFIXES",
    "BuildReport",
    "Prepared",
    "Submission",
    "annotation_files",
    "article_files",
    "build",
    "bulk_ingest",
    "draft_file",
    "draft_submission",
    "draft_text",
    "given_date",
    "ingest_annotation",
    "parse_submission",
    "prepare_articles",
    "prepare_submission",
    "submit_article",
    "with_published",
    "write_submission",
]


TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
"""Files that are article text (drafted when no annotation names them), not annotations."""


@dataclass
class BuildReport:
    articles: list[str] = field(default_factory=list)
    quads_written: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    drafted: list[str] = field(default_factory=list)
    """Articles that came as text and were drafted by :mod:`kb.extract` on the way in."""
    actors: int = 0
    claims: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def ingest_annotation(store: Store, ann: Annotation, base: str, *, shacl: bool = True) -> int:
    """Map one annotation and replace its article's graphs; returns the quads written.

    With ``shacl`` the quads are validated before anything is written, so an annotation
    that maps to invalid RDF never reaches the store.
    """
    quads = annotation_to_quads(ann, base)
    if shacl:
        report = validate_quads(quads)
        if not report.conforms:
            raise GeokbError(f"{ann.source}: the mapped RDF fails SHACL validation\n{report.summary()}")
    claim_base(store, base)
    replace_article(store, base, ann.article.id, quads)
    return len(quads)


def build(
    store: Store, paths: Iterable[str | Path], base: str, *, shacl: bool = True, analysis: bool = False
) -> BuildReport:
    """Load annotation files one by one; a failing file is reported and skipped.

    With ``analysis``, the recorded alignment is refreshed afterwards when anything was loaded.
    A store built under another base is refused before any file is read (:class:`BaseMismatch`).
    """
    claim_base(store, base)
    report = BuildReport()
    for path in paths:
        try:
            ann = load_annotation(path)
            report.quads_written += ingest_annotation(store, ann, base, shacl=shacl)
            report.articles.append(ann.article.id)
            report.actors += len(ann.actors)
            report.claims += len(ann.claims)
        except BaseMismatch:
            raise
        except GeokbError as exc:
            report.errors.append((str(path), str(exc)))
    if analysis and report.articles:
        refresh_alignment(store, base)
    return report


def parse_submission(annotation: object, text: object, source: str = "<annotation>") -> Annotation:
    """An annotation sent as data (an object, or the YAML file's content) with its article text.

    What ``POST /articles`` receives: the same checks as a file on disk, and the text held
    to the same rules as a text file (UTF-8, not empty, not binary, the size limit).
    """
    if isinstance(annotation, str):
        annotation = load_untrusted(annotation, source)  # no aliases: see kb.yaml_safe
    if not isinstance(annotation, dict) or not isinstance(text, str):
        raise AnnotationError('the body needs "annotation" (an object) and "text" (a string)')
    body = decode_text(text.encode("utf-8", "surrogatepass"), "<text>")
    return parse_annotation(json.loads(json.dumps(annotation, default=_iso)), body, source)


def _iso(value: object) -> str:
    """A YAML date or time (``annotated: 2025-03-01T09:30:00Z`` unquoted) as its ISO text."""
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def draft_text(
    data: bytes,
    article_id: str,
    *,
    source: str = "<text>",
    text_file: str = "article.txt",
    published: date | None = None,
):
    """Decode raw article bytes (see :mod:`kb.intake`) and draft them: (annotation data, text).

    The draft's date is ``published`` when the user gives one, else what the source states
    (an HTML page's metadata, then a dateline: :mod:`kb.extract.dates`), else none.
    """
    from kb.extract import draft_annotation  # spaCy loads only when something is drafted
    from kb.extract.dates import add_dates
    from kb.intake import read_article

    article = read_article(data, source)
    text = article.text
    # the draft records when it was made: the one place a clock is read (see kb.mapping._making)
    made = utc_instant(datetime.now(UTC))
    draft = add_dates(
        draft_annotation(text, article_id, text_file=text_file, annotated=made),
        text,
        published or article.published,
    )
    if not draft["actors"]:
        raise AnnotationError(
            f"{source}: no actor found, so there is nothing to draft (the rules read English news "
            "prose; is the article in another language?)"
        )
    return draft, text


def given_date(value: object, what: str = "--published") -> date | None:
    """A publication date a user gives (``YYYY-MM-DD``), or None; anything else is refused."""
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise AnnotationError(f"{what}: '{value}' is not a date (YYYY-MM-DD, e.g. 2025-03-03)")


def with_published(ann: Annotation, published: date | None) -> Annotation:
    """``ann`` dated ``published`` when it states no date of its own.

    A date the user gives wins over what a drafted source says (the drafter reads it from
    metadata or a dateline), but never over the ``published`` of an annotation file: that is
    a reviewed record, changed by editing the file.
    """
    if published is None or ann.article.published is not None:
        return ann
    return replace(ann, article=replace(ann.article, published=published.isoformat()))


def draft_file(path: str | Path, published: date | None = None) -> Annotation:
    """A text or HTML file drafted into a (validated) annotation, ID from its file name."""
    from kb.extract import slug

    path = Path(path)
    draft, text = draft_text(
        read_bytes(path), slug(path.stem), source=str(path), text_file=path.name, published=published
    )
    return parse_annotation(draft, text, f"draft of {path}")


def draft_submission(text: str, article_id: object, published: date | None = None) -> tuple[Annotation, dict]:
    """What ``POST /articles`` does with text sent without an annotation: the draft, validated."""
    if article_id is None:
        raise AnnotationError('text without an annotation needs "id", the article\'s slug ("my-article")')
    data = text.encode("utf-8", "surrogatepass")
    draft, body = draft_text(data, str(article_id), text_file=f"{article_id}.txt", published=published)
    return parse_submission(draft, body), draft


def article_files(paths: Iterable[str | Path]) -> list[Path]:
    """Annotation files and the article texts no annotation names, from files and folders.

    A folder is searched for ``*.yaml`` and for text files (``.txt``, ``.html``...); a text
    file that an annotation in its folder points to (``article.text``) is that annotation's,
    not an article of its own.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        yamls = sorted(p.rglob("*.yaml"))
        named = set()
        for y in yamls:
            try:
                ref = (yaml.safe_load(y.read_text("utf-8")) or {}).get("article", {}).get("text")
            except (OSError, UnicodeDecodeError, yaml.YAMLError, AttributeError):
                continue  # the load reports what is wrong with it
            if isinstance(ref, str):
                named.add((y.parent / ref).resolve())
        texts = [f for f in p.rglob("*") if f.suffix.lower() in TEXT_SUFFIXES and f.resolve() not in named]
        out += sorted(yamls + texts)
    return out


def annotation_files(paths: Iterable[str | Path]) -> list[Path]:
    """The annotation files among ``paths``: files as given, folders searched for ``*.yaml``."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.yaml")) if p.is_dir() else [p]
    return out


def _partial_write(exc: StoreError, report: BuildReport, load: list[str], known: int, replaced: int) -> str:
    """Say what a failed load leaves behind: earlier loads and replaced articles stay."""
    cause = str(exc).removeprefix("write failed, nothing was changed: ")
    done = [f"{len(report.articles)} articles of earlier batches"] if report.articles else []
    if replaced:
        done.append(f"{replaced} of this batch's {known} re-loaded articles (each whole)")
    return (
        f"write failed ({cause}) on a batch of {len(load)} articles, from '{load[0]}'; "
        f"already in the store: {' and '.join(done)}. Free space and run the same ingest again "
        "to add the rest (what is there is replaced, unchanged)"
    )


@dataclass(frozen=True)
class Prepared:
    """One article made ready to write (by a worker process): its N-Quads and what a report counts."""

    article_id: str
    nquads: bytes
    graphs: tuple[str, ...]
    quads: int
    actors: int
    claims: int
    drafted: bool


def _prepare(
    item: str | Path | Annotation, base: str, shacl: bool, published: date | None = None
) -> Prepared | tuple[str, str]:
    """Read (or draft), check and map one article; a failure is ``(source, message)``."""
    source = str(item.source if isinstance(item, Annotation) else item)
    drafted = not isinstance(item, Annotation) and Path(item).suffix.lower() in TEXT_SUFFIXES
    try:
        if isinstance(item, Annotation):
            ann = item
        elif drafted:
            ann = draft_file(item, published)
        else:
            ann = load_annotation(item)
        ann = with_published(ann, published)
        mapped = annotation_to_nquads(ann, base)  # the writer's bytes, with no terms made on the way
        if shacl:
            quads = list(ox.parse(mapped.nquads, format=ox.RdfFormat.N_QUADS))
            if not (result := validate_quads(quads)).conforms:
                raise GeokbError(f"{source}: the mapped RDF fails SHACL validation\n{result.summary()}")
    except GeokbError as exc:
        return source, str(exc)
    return Prepared(
        ann.article.id, mapped.nquads, mapped.graphs, mapped.quads, len(ann.actors), len(ann.claims), drafted
    )


def _prepare_chunk(
    chunk: list, base: str, shacl: bool, published: date | None = None
) -> list[Prepared | tuple[str, str]]:
    return [_prepare(item, base, shacl, published) for item in chunk]


BATCH_QUADS = 2_000_000
"""Quads :func:`bulk_ingest` writes in one bulk load, at most, by default (a load ends at the
first article past it): 1,000 synthetic articles (1.52M quads) are one load. Why a bound:
what a crash undoes, and the journal's length; a server's request is bounded by its store
(:attr:`kb.store.Store.max_write_quads`). The embedded store's load is fed as the articles are
mapped, so memory is the loader's own, whatever this bound (1,000 articles, same run, load
average 3-4: 1.12 GB at 1M a load, 1.22 GB at 2M; pyoxigraph's own load of them 1.18-1.21 GB).
One load instead of two: end to end 1.49x the loader instead of 1.84x, medians of three."""

GROUP = 32
"""Articles handed to the writer at a time: one check for those already stored, one journal
sync, per group."""

QUEUED_GROUPS = 8
"""Groups mapped ahead of the loader, at most (about 10 MB each): the workers wait past it."""

CHUNK = 8
"""Articles a worker prepares per task: enough to amortise the hand-over, small enough to stream."""

FEW = 100
"""Fewer articles than this (in a list) are prepared in the calling process: starting workers
(a process that imports geokb, then one per core) costs seconds."""


def prepare_articles(
    items: Iterable[str | Path | Annotation],
    base: str,
    *,
    shacl: bool = False,
    workers: int | None = None,
    published: date | None = None,
) -> Iterator[Prepared | tuple[str, str]]:
    """Every item read (or drafted), checked and mapped, in order: a :class:`Prepared` or an error.

    The work is spread over ``workers`` processes (default: one per core); an error is
    ``(source, message)``, as :class:`BuildReport` lists it. The workers are started by
    multiprocessing's forkserver, so a script that calls this with more than one worker
    needs the ``if __name__ == "__main__":`` guard.

    Only ``2 * workers`` chunks are in flight at a time, so items are read as they are
    needed (a generator of a million annotations is never held whole), and the workers
    prepare the next chunks while the caller writes.
    """
    if workers is None:  # a few articles are done before a pool of workers has started
        few = isinstance(items, Sized) and len(items) < FEW
        workers = 1 if few else _cores()
    if workers <= 1:
        for item in items:
            yield _prepare(item, base, shacl, published)
        return
    it = iter(items)
    chunks = iter(lambda: list(itertools.islice(it, CHUNK)), [])
    ctx = mp.get_context("forkserver")  # not fork: the caller's store runs threads of its own
    ctx.set_forkserver_preload(["kb.ingest"])  # imported once, then every worker starts ready
    with ctx.Pool(workers) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_prepare_chunk, (chunk, base, shacl, published)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def bulk_ingest(
    store: Store,
    items: Iterable[str | Path | Annotation],
    base: str,
    *,
    shacl: bool = False,
    batch_quads: int = BATCH_QUADS,
    progress: Callable[[BuildReport], None] | None = None,
    analysis: bool = False,
    published: date | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Load many articles: new ones at the bulk loader's pace, known ones replaced one by one.

    Reading, checking and mapping run in ``workers`` processes (default: one per core, or
    none for a list of fewer than :data:`FEW`), while this one writes. New articles are
    bulk-loaded (:func:`kb.repository.stream_articles`) in loads of about ``batch_quads``
    (smaller where the store says a write must be, as Virtuoso's does), each fed to the
    loader as its articles are mapped, so the loader starts on the first article and the
    mapping of the rest overlaps it; a few groups are mapped ahead at most, so memory stays
    bounded. Each load is all or nothing as readers see it, so an interrupted load leaves
    only whole articles behind; running it again adds the rest (and re-replaces what was
    there, which changes nothing). A file that fails is reported and skipped, and
    ``analysis`` refreshes the recorded alignment, as in :func:`build`.
    ``published`` dates the articles that come without a date (:func:`with_published`).
    """
    claim_base(store, base)  # before anything: a whole batch under the wrong base is no per-file error
    batch_quads = min(batch_quads, store.max_write_quads or batch_quads)  # a server's request limit
    report = BuildReport()

    def write(load: _Load, previous: Future[None] | None) -> None:
        """Write one load (in the writer thread, one load after the other; none after a failed one)."""
        if previous is not None:
            previous.result()
        known: list[Prepared] = []

        def fresh_parts() -> Iterator[tuple[bytes, list[str]]]:
            for group in load.groups():
                there = existing_articles(store, base, [p.article_id for p in group])
                known.extend(p for p in group if p.article_id in there)
                if fresh := [p for p in group if p.article_id not in there]:
                    yield b"".join(p.nquads for p in fresh), [g for p in fresh for g in p.graphs]

        replaced = 0
        try:
            parts = fresh_parts()
            if (first := next(parts, None)) is not None:  # nothing new: no load, no stamp
                stream_articles(store, base, itertools.chain([first], parts))
            for p in known:  # each whole, after the load (the same article twice is in two loads)
                quads = list(ox.parse(p.nquads, format=ox.RdfFormat.N_QUADS))
                replace_article(store, base, p.article_id, quads)
                replaced += 1
        except StoreError as exc:
            if not report.articles and not replaced:
                raise  # nothing was written: the store's own message says so
            raise StoreError(_partial_write(exc, report, load.ids, len(known), replaced)) from None
        report.articles += load.ids
        report.quads_written += load.quads
        if progress:
            progress(report)

    # One writer thread: the store's bulk loader runs outside Python's lock and reads each
    # group as this thread hands it over, so the workers map while it loads. Loads are
    # written in order, one at a time, so a later load sees what an earlier one wrote.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="geokb-writer") as writer:
        load: _Load | None = None
        loads: list[Future[None]] = []
        try:
            for done in prepare_articles(items, base, shacl=shacl, workers=workers, published=published):
                if isinstance(done, tuple):
                    report.errors.append(done)
                    continue
                if load is not None and done.article_id in load.seen:  # the later one wins, in order
                    load.close()
                    load = None
                if load is None:
                    load = _Load()
                    load.written = writer.submit(write, load, loads[-1] if loads else None)
                    loads.append(load.written)
                load.add(done)
                report.actors += done.actors
                report.claims += done.claims
                if done.drafted:
                    report.drafted.append(done.article_id)
                if load.quads >= batch_quads:
                    load.close()
                    load = None
            if load is not None:
                load.close()
                load = None
        except BaseException:
            if load is not None:
                load.abort()  # the writer undoes the load it was feeding, then stops
            raise
        for written in loads:
            written.result()  # the first error, if any, is raised here
    if analysis and report.articles:
        refresh_alignment(store, base)
    return report


class _Load:
    """One bulk load's articles, handed from the reading loop to the writer thread as they are mapped."""

    _END = object()
    _ABORT = object()

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.seen: set[str] = set()
        self.quads = 0
        self.written: Future[None] | None = None
        self._group: list[Prepared] = []
        self._queue: queue.Queue = queue.Queue(maxsize=QUEUED_GROUPS)

    def add(self, p: Prepared) -> None:
        self.ids.append(p.article_id)
        self.seen.add(p.article_id)
        self.quads += p.quads
        self._group.append(p)
        if len(self._group) >= GROUP:
            self._put(self._group)
            self._group = []

    def close(self) -> None:
        """No more articles for this load."""
        if self._group:
            self._put(self._group)
            self._group = []
        self._put(self._END)

    def abort(self) -> None:
        """Tell the writer to undo this load (the reading side stopped before its end)."""
        with contextlib.suppress(Exception):
            self._put(self._ABORT)

    def _put(self, item: object) -> None:
        """Hand ``item`` over, waiting while the writer is behind; its error, if it stopped, is raised."""
        while True:
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                if self.written is not None and self.written.done():
                    self.written.result()  # raises what stopped the writer
                    return  # it ended without reading everything: nothing more to hand over

    def groups(self) -> Iterator[list[Prepared]]:
        """The groups in order, as they come (in the writer thread)."""
        while (item := self._queue.get()) is not self._END:
            if item is self._ABORT:
                # the reading side stopped (an error, an interrupt), which raises its own error:
                # this one only makes the store undo the load
                raise StoreError("the ingest stopped before this load was complete")
            yield item


def _cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class Submission:
    """What :func:`submit_article` wrote: the annotation, its quad count, and the draft if any."""

    annotation: Annotation
    quads: int
    draft: dict | None = None

    def answer(self) -> dict:
        ann = self.annotation
        out = {
            "article": ann.article.id,
            "quads": self.quads,
            "claims": len(ann.claims),
            "actors": len(ann.actors),
        }
        if self.draft is not None:
            out["draft"] = self.draft
        return out


def prepare_submission(payload: Mapping[str, Any]) -> tuple[Annotation, dict | None]:
    """What ``POST /articles`` received, parsed and checked (and drafted, for text alone).

    ``payload`` is ``{"annotation": {...}, "text": "..."}``, or ``{"text": "...", "id": "slug"}``
    alone, which is drafted by :mod:`kb.extract` first. An optional ``"published":
    "YYYY-MM-DD"`` dates it (see :func:`with_published`). CPU work that needs no store: the
    service runs it in a worker process with a time limit (:mod:`kb.taskpool`). Returns
    the annotation and the draft, if one was made.
    """
    published = given_date(payload.get("published"), '"published"')
    if payload.get("annotation") is None and isinstance(payload.get("text"), str):
        return draft_submission(payload["text"], payload.get("id"), published)
    return with_published(parse_submission(payload.get("annotation"), payload.get("text")), published), None


def write_submission(
    store: Store,
    ann: Annotation,
    base: str,
    draft: dict | None = None,
    *,
    analysis: bool = True,
    live: LiveAlignment | None = None,
) -> Submission:
    """Add or replace the article ``ann`` describes (validated before anything is written),
    then refresh the analysis.

    With ``live`` (the service's), the alignment is updated by the article's delta and the
    full recompute left to ``live``'s background thread; without, it is recomputed in full.
    """
    if not analysis:
        return Submission(ann, ingest_annotation(store, ann, base), draft)
    if live is not None:  # the index follows the store's writes in their order; the marker is
        # touched inside that order, so the background recompute cannot remove it between the two
        with live.writing, stale_alignment(store, recorded_here=not live.background):
            quads = ingest_annotation(store, ann, base)
            live.written(ann)
    else:
        with stale_alignment(store):  # a crash in between: the next start records the alignment
            quads = ingest_annotation(store, ann, base)
            refresh_alignment(store, base)
    return Submission(ann, quads, draft)


def submit_article(
    store: Store,
    payload: Mapping[str, Any],
    base: str,
    *,
    analysis: bool = True,
    live: LiveAlignment | None = None,
) -> Submission:
    """Add or replace one article sent as data (what ``POST /articles`` does), then refresh the analysis:
    :func:`prepare_submission`, then :func:`write_submission`."""
    ann, draft = prepare_submission(payload)
    return write_submission(store, ann, base, draft, analysis=analysis, live=live)

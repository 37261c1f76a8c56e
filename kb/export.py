"""Serialise the KB, or part of it, without ever turning a claim into a fact.

Dataset formats (TriG, N-Quads, JSON-LD) carry every named graph. Triple formats (Turtle,
N-Triples, RDF/XML) cannot say which graph a triple is in, so flattening everything would
turn every claim's content into an apparent fact. By default they therefore hold the
annotation graphs only (who said what, where, how sure) and leave the claim-content graphs
out, and say so in a comment at the top; ask for one graph by IRI to get exactly that graph.
A whole export also carries the labels of the controlled-list concepts it uses
(``status:alleged`` is "alleged", in the list gk:EpistemicStatuses), in datasets in a graph
named after the ontology.

N-Quads, N-Triples, TriG and Turtle (and their RDF 1.2 forms) are written as a stream,
graph by graph (:func:`export_stream`): a chunk of a few thousand quads is serialised at a
time, so memory is bounded by the largest single graph, not by the KB. The omission comment
comes first (its count is one cheap query), the controlled lists' labels and the dataset
description last. A triple that several graphs hold is then written once per graph, which
any RDF reader merges. JSON-LD (compacted as a whole) and RDF/XML stay built in memory, up
to ``GEOKB_EXPORT_MAX_QUADS`` quads; a larger store is refused with :class:`ResultTooLarge`.

The RDF 1.2 formats (``turtle12``, ``nt12``, ``trig12``) carry the claim content the
standard way instead: each content triple becomes a triple term that its claim reifies
(``claim rdf:reifies <<( s p o )>>``), which states that the claim is about the triple
without asserting it. So even a tool that merges every graph into one receives the
claims and no claimed fact. :func:`rdf_items` is that rule, for exports and Linked Data
pages alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kb.dataset import dataset_description
from kb.errors import ExportError, ResultTooLarge
from kb.formats import FORMATS, Format, get_format, serialize
from kb.mapping import Minter
from kb.namespace import ONTOLOGY, vocabulary_labels
from kb.repository import recorded_base
from kb.store import Store
from kb.vocab import GK, PREFIXES, RDF, XSD

__all__ = [
    "Omission",
    "claim_content_graphs",
    "content_claims",
    "export",
    "export_stream",
    "labels",
    "omission",
    "rdf_items",
    "rebased",
    "streams",
]

Claims = Mapping[ox.NamedNode, Sequence[tuple[ox.NamedNode, ox.NamedNode]]]
"""A claim-content graph -> the claims whose content it is, each with the graph that records it."""

COMPLETE = ("trig", "nq", "jsonld", "turtle12")
"""The formats that carry the claim content a triple format leaves out (named in its comment)."""

CHUNK_QUADS = 2000
"""Quads serialised at a time by :func:`export_stream` (whole graphs: a chunk may hold more)."""

_STREAMED = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE)
_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)


def claim_content_graphs(store: Store) -> set[ox.NamedNode]:
    """The named graphs that hold claim content (typed gk:ClaimContent)."""
    rows = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?a {{ ?g {RDF.type} {GK.ClaimContent} }} }}")
    return {row["g"] for row in rows}


def content_claims(store: Store) -> dict[ox.NamedNode, list[tuple[ox.NamedNode, ox.NamedNode]]]:
    """Each claim-content graph, with the claims (and the graphs recording them) that it belongs to."""
    rows = store.query(
        f"SELECT ?g ?c ?a WHERE {{ GRAPH ?a {{ ?g {RDF.type} {GK.ClaimContent} . ?c {GK.hasContent} ?g }} }}"
    )
    out: dict[ox.NamedNode, list[tuple[ox.NamedNode, ox.NamedNode]]] = defaultdict(list)
    for row in rows:
        out[row["g"]].append((row["c"], row["a"]))
    return dict(out)


def rdf_items(quads: Iterable[ox.Quad], fmt: Format, claims: Claims) -> list:
    """What ``fmt`` can hold of ``quads``, given which graphs are claim content (``claims``).

    A dataset format keeps every quad; a triple format keeps the distinct triples outside
    the claim-content graphs. An RDF 1.2 format puts each claim-content triple in a triple
    term its claim reifies, in place of the claim's graph (in the graph that records the
    claim, for TriG 1.2), so that no claimed triple is asserted anywhere.
    """
    out: list = []
    for q in quads:
        owners = claims.get(q.graph_name) if isinstance(q.graph_name, ox.NamedNode) else None
        if owners is None:
            out.append(q if fmt.dataset else q.triple)
        elif fmt.rdf12:
            for claim, record in owners:
                out.append(
                    ox.Quad(claim, RDF.reifies, q.triple, record)
                    if fmt.dataset
                    else ox.Triple(claim, RDF.reifies, q.triple)
                )
        elif fmt.dataset:
            out.append(q)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Omission:
    """The claim-content graphs a triple export left out, and how to get them."""

    graphs: int
    fmt: Format

    @property
    def note(self) -> str:
        """One sentence for a comment, a header or stderr."""
        return (
            f"{self.graphs} claim-content graph(s) left out: {self.fmt.name} cannot name graphs, and "
            "their triples would read as facts. For all of it, export trig, nq, jsonld or turtle12 "
            "(RDF 1.2, where each claim reifies its content); for one graph, give its IRI as graph "
            "(the graph option of geokb export, the graph parameter of /export)."
        )

    @property
    def alternatives(self) -> list[Format]:
        """The formats that carry what was left out."""
        return [FORMATS[name] for name in COMPLETE]


def omission(store: Store, fmt: str | Format, graph: str | None = None) -> Omission | None:
    """What a triple export of the whole store leaves out (None for a dataset, RDF 1.2 or one graph)."""
    f = fmt if isinstance(fmt, Format) else get_format(fmt)
    if f.dataset or f.rdf12 or graph is not None:
        return None
    return Omission(len(claim_content_graphs(store)), f)


def _objects(items: Iterable[ox.Triple | ox.Quad]) -> Iterable[object]:
    for item in items:
        yield item.object
        if isinstance(item.object, ox.Triple):
            yield from _objects([item.object])


def labels(items: Sequence[ox.Triple | ox.Quad], fmt: Format) -> list:
    """The labels of the controlled-list concepts ``items`` use (``status:alleged``...), so a
    reader of the export sees names, not bare IRIs; in datasets, in the ontology's graph."""
    found = vocabulary_labels(set(_objects(items)))
    return [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY) for t in found] if fmt.dataset else found


def _with_comment(data: bytes, fmt: Format, note: str) -> bytes:
    """``data`` with ``note`` as a comment at its top, where the format allows one."""
    if fmt.rdf_format == ox.RdfFormat.RDF_XML:
        head, sep, rest = data.partition(b"?>\n")  # after the XML declaration, which must come first
        comment = f"<!-- geokb: {note} -->\n".encode()
        return head + sep + comment + rest if sep else comment + data
    return f"# geokb: {note}\n".encode() + data


def export(
    store: Store,
    fmt: str | Format,
    graph: str | None = None,
    rebase: str | None = None,
    *,
    license: str = "",
    service: str | None = None,
    max_quads: int | None = None,
) -> bytes:
    """Serialise the store (or one named graph of it) in an RDF format, in memory.

    ``rebase`` publishes the KB under another base IRI (a w3id, one's own domain): every IRI
    under the base the store records is rewritten under ``rebase``; ``graph`` is then named
    by its IRI under either base. A whole export carries the dataset's VoID/DCAT description
    (:mod:`kb.dataset`), with ``license`` and, from a service at ``service``, its endpoints.
    Past ``max_quads`` quads in the store, :class:`ResultTooLarge` (checked before reading).
    """
    f = fmt if isinstance(fmt, Format) else get_format(fmt)
    if max_quads is not None and (size := len(store)) > max_quads:
        raise ResultTooLarge(
            f"the KB holds {size:,} quads, over the limit of {max_quads:,} for {f.name}, which is built "
            "whole in memory: export nq, nt, trig or turtle (streamed), or raise GEOKB_EXPORT_MAX_QUADS"
        )
    old = new = ""
    if rebase is not None:
        old, new = _bases(store, rebase)
        if graph is not None and graph.startswith(new):
            graph = old + graph.removeprefix(new)
    if graph is None:
        claims = {} if f.dataset and not f.rdf12 else content_claims(store)
        items = rdf_items(store.quads(), f, claims)
        items += labels(items, f)
        if (base := recorded_base(store)) is not None:
            about = dataset_description(store, base, license=license, service=service)
            items = list(dict.fromkeys(items + (about if f.dataset else [q.triple for q in about])))
        data = serialize(rebased(items, old, new) if new else items, f)
        if not (f.dataset or f.rdf12):
            data = _with_comment(data, f, Omission(len(claims), f).note)
        return data
    items = rdf_items(store.quads(_graph_node(store, graph)), f, {})
    return serialize(rebased(items, old, new) if new else items, f)


def _graph_node(store: Store, graph: str) -> ox.NamedNode:
    """``graph`` as a node of the store, or the :class:`ExportError` that says why not."""
    try:
        node = ox.NamedNode(graph)
    except ValueError:
        raise ExportError(f"'{graph}' is not an IRI") from None
    if node not in set(store.named_graphs()):
        raise ExportError(f"no graph <{graph}> in the store")
    return node


def streams(fmt: str | Format) -> bool:
    """Whether :func:`export_stream` writes ``fmt`` (else only :func:`export`, in memory)."""
    f = fmt if isinstance(fmt, Format) else get_format(fmt)
    return f.rdf_format in _STREAMED


def export_stream(
    store: Store,
    fmt: str | Format,
    graph: str | None = None,
    rebase: str | None = None,
    *,
    license: str = "",
    service: str | None = None,
    chunk_quads: int = CHUNK_QUADS,
) -> Iterator[bytes]:
    """The export :func:`export` makes, as chunks of bytes read from the store graph by graph.

    The same triples and quads, parsed (a triple several graphs hold may be written more
    than once). A wrong format, graph or base raises here, before the first chunk. Each
    chunk is serialised from lists read within one step of the iterator, so no store
    iterator outlives the thread that made it (a server steps it from several threads).
    """
    f = fmt if isinstance(fmt, Format) else get_format(fmt)
    if not streams(f):
        raise ExportError(f"{f.name} is built in memory, not streamed: use export()")
    old = new = ""
    if rebase is not None:
        old, new = _bases(store, rebase)
        if graph is not None and graph.startswith(new):
            graph = old + graph.removeprefix(new)
    if graph is not None:
        node = _graph_node(store, graph)
        return _chunks(f, [lambda: rdf_items(store.quads(node), f, {})], old, new, "", chunk_quads)
    claims = {} if f.dataset and not f.rdf12 else content_claims(store)
    skipped = set() if f.dataset or f.rdf12 else set(claims)
    note = "" if f.dataset or f.rdf12 else Omission(len(claims), f).note
    parts = [
        (lambda g=g: rdf_items(store.quads(g), f, claims))
        for g in sorted(store.named_graphs(), key=str)  # the same bytes every time
        if g not in skipped
    ]
    return _chunks(f, parts, old, new, note, chunk_quads, store=store, license=license, service=service)


def _chunks(
    f: Format,
    parts: list,
    old: str,
    new: str,
    note: str,
    chunk_quads: int,
    *,
    store: Store | None = None,
    license: str = "",
    service: str | None = None,
) -> Iterator[bytes]:
    """Serialise what each of ``parts`` reads, ``chunk_quads`` at a time; a whole export
    (``store`` given) ends with the labels of the concepts used and the dataset description."""
    head = b'VERSION "1.2"\n' if f.rdf12 and f.rdf_format in _PREFIXED else b""
    if note:
        head += f"# geokb: {note}\n".encode()
    kwargs = {"prefixes": PREFIXES} if f.rdf_format in _PREFIXED else {}
    used: dict = {}  # the vocabulary's labelling triples, bounded by the vocabulary's size

    def chunk(items: list) -> bytes:
        return ox.serialize(rebased(items, old, new) if new else items, format=f.rdf_format, **kwargs) or b""

    batch: list = []
    for part in parts:
        items = part()
        if store is not None:
            used.update(dict.fromkeys(labels(items, f)))
        batch += items
        if len(batch) >= chunk_quads:
            yield head + chunk(batch)
            head, batch = b"", []
    if store is not None:
        batch += list(used)
        if (base := recorded_base(store)) is not None:
            about = dataset_description(store, base, license=license, service=service)
            batch += about if f.dataset else [q.triple for q in about]
    if batch or head:
        yield head + chunk(batch)


def _bases(store: Store, rebase: str) -> tuple[str, str]:
    """The store's recorded base and the new one, both checked."""
    old = recorded_base(store)
    if old is None:
        raise ExportError("the store records no base IRI to rebase from: rebuild it with this geokb")
    new = Minter(rebase).base
    try:
        ox.NamedNode(new)
    except ValueError:
        raise ExportError(f"'{rebase}' is not an IRI") from None
    if not new.startswith(("http://", "https://")):
        raise ExportError(f"'{rebase}' is not an http(s) IRI, which others could resolve")
    return old, new


def rebased(items: Iterable, old: str, new: str) -> list:
    """Triples or quads with every IRI under ``old`` moved under ``new`` (triple terms too,
    and the ``xsd:anyURI`` literals that name the base)."""

    def term(t: Any) -> Any:
        if isinstance(t, ox.NamedNode) and t.value.startswith(old):
            return ox.NamedNode(new + t.value.removeprefix(old))
        if isinstance(t, ox.Literal) and t.datatype == XSD.anyURI and t.value.startswith(old):
            return ox.Literal(new + t.value.removeprefix(old), datatype=XSD.anyURI)
        if isinstance(t, ox.Triple):
            return ox.Triple(term(t.subject), term(t.predicate), term(t.object))
        return t

    out = []
    for item in items:
        if isinstance(item, ox.Quad):
            s, p, o, g = (term(t) for t in (item.subject, item.predicate, item.object, item.graph_name))
            out.append(ox.Quad(s, p, o, g))
        else:
            out.append(term(item))
    return out

"""Every serialisation geokb speaks, in one registry: the only module that names media types.

Each :class:`Format` knows its name and aliases, its media types (the first is the one
geokb answers with; the others are accepted as well), the Oxigraph format that writes it,
its kind and its W3C format IRI (https://www.w3.org/ns/formats/). Exports, SPARQL content
negotiation, the SPARQL service description, the Linked Data pages and the tests all look
formats up here, so adding one is one entry in :data:`REGISTRY`.

Kinds: ``graph`` formats hold triples only (Turtle, N-Triples, RDF/XML); ``dataset``
formats also name graphs (TriG, N-Quads, JSON-LD); ``results`` formats hold SPARQL
SELECT and ASK results. The RDF 1.2 formats (``turtle12``, ``nt12``, ``trig12``) are
Oxigraph's own writers given triple terms; their media types carry RDF 1.2's ``version``
parameter (``text/turtle;version=1.2``), which is how a client asks for them. ``HTML``
and ``JSON`` are the media types of the pages and the records that the API renders itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

from kb.errors import ExportError, NotAcceptable, QueryError
from kb.jsonld import compact
from kb.vocab import PREFIXES, W3C_FORMATS

__all__ = [
    "FORM",
    "FORMATS",
    "HTML",
    "JSON",
    "PROBLEM",
    "REGISTRY",
    "RESULT_FORMATS",
    "SPARQL_QUERY",
    "SPARQL_UPDATE",
    "Format",
    "content_type",
    "get_format",
    "get_result_format",
    "media_types",
    "negotiate",
    "negotiate_page",
    "prefers_html",
    "serialize",
]

Kind = Literal["graph", "dataset", "results"]

HTML = "text/html"
JSON = "application/json"
PROBLEM = "application/problem+json"
"""An error answer: RFC 9457 problem details (``type``, ``title``, ``status``, ``detail``)."""
SPARQL_QUERY = "application/sparql-query"
"""A SPARQL query as a request body (the protocol's "query via POST directly")."""
SPARQL_UPDATE = "application/sparql-update"
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Format:
    name: str
    media_types: tuple[str, ...]
    """The media type geokb answers with first, then others it accepts for the same bytes."""
    oxigraph: ox.RdfFormat | ox.QueryResultsFormat
    kind: Kind
    iri: str
    """The W3C format IRI, as the SPARQL service description names result formats."""
    extension: str
    aliases: tuple[str, ...] = ()
    rdf12: bool = False
    """RDF 1.2: claim content travels as triple terms that its claim reifies, never asserted."""

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def dataset(self) -> bool:
        """True where the format keeps named graphs."""
        return self.kind == "dataset"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        assert isinstance(self.oxigraph, ox.RdfFormat), f"{self.name} is not an RDF format"
        return self.oxigraph


REGISTRY: tuple[Format, ...] = (
    Format("turtle", ("text/turtle",), ox.RdfFormat.TURTLE, "graph", W3C_FORMATS + "Turtle", "ttl", ("ttl",)),
    Format(
        "nt",
        ("application/n-triples", "text/plain"),
        ox.RdfFormat.N_TRIPLES,
        "graph",
        W3C_FORMATS + "N-Triples",
        "nt",
        ("ntriples", "n-triples"),
    ),
    Format(
        "xml",
        ("application/rdf+xml",),
        ox.RdfFormat.RDF_XML,
        "graph",
        W3C_FORMATS + "RDF_XML",
        "rdf",
        ("rdfxml", "rdf"),
    ),
    Format("trig", ("application/trig",), ox.RdfFormat.TRIG, "dataset", W3C_FORMATS + "TriG", "trig"),
    Format(
        "nq",
        ("application/n-quads",),
        ox.RdfFormat.N_QUADS,
        "dataset",
        W3C_FORMATS + "N-Quads",
        "nq",
        ("nquads", "n-quads"),
    ),
    Format(
        "jsonld",
        ("application/ld+json",),
        ox.RdfFormat.JSON_LD,
        "dataset",
        W3C_FORMATS + "JSON-LD",
        "jsonld",
        ("json-ld",),
    ),
    Format(
        "turtle12",
        ("text/turtle;version=1.2",),
        ox.RdfFormat.TURTLE,
        "graph",
        W3C_FORMATS + "Turtle",
        "ttl",
        ("turtle-1.2", "ttl12"),
        rdf12=True,
    ),
    Format(
        "nt12",
        ("application/n-triples;version=1.2",),
        ox.RdfFormat.N_TRIPLES,
        "graph",
        W3C_FORMATS + "N-Triples",
        "nt",
        ("ntriples12", "n-triples-1.2"),
        rdf12=True,
    ),
    Format(
        "trig12",
        ("application/trig;version=1.2",),
        ox.RdfFormat.TRIG,
        "dataset",
        W3C_FORMATS + "TriG",
        "trig",
        ("trig-1.2",),
        rdf12=True,
    ),
    Format(
        "json",
        ("application/sparql-results+json", "application/json"),
        ox.QueryResultsFormat.JSON,
        "results",
        W3C_FORMATS + "SPARQL_Results_JSON",
        "srj",
    ),
    Format(
        "xml",
        ("application/sparql-results+xml", "application/xml"),
        ox.QueryResultsFormat.XML,
        "results",
        W3C_FORMATS + "SPARQL_Results_XML",
        "srx",
    ),
    Format(
        "csv", ("text/csv",), ox.QueryResultsFormat.CSV, "results", W3C_FORMATS + "SPARQL_Results_CSV", "csv"
    ),
    Format(
        "tsv",
        ("text/tab-separated-values",),
        ox.QueryResultsFormat.TSV,
        "results",
        W3C_FORMATS + "SPARQL_Results_TSV",
        "tsv",
    ),
)

FORMATS: dict[str, Format] = {f.name: f for f in REGISTRY if f.kind != "results"}
"""The RDF formats by name (what ``geokb export`` and ``/export`` offer)."""
RESULT_FORMATS: dict[str, Format] = {f.name: f for f in REGISTRY if f.kind == "results"}
"""The SPARQL results formats by name (what ``geokb query --format`` offers)."""


def get_format(name: str) -> Format:
    """The RDF format called ``name`` (or one of its usual aliases)."""
    key = name.lower()
    for f in FORMATS.values():
        if key == f.name or key in f.aliases:
            return f
    raise ExportError(f"unknown format '{name}'; choose one of: {', '.join(FORMATS)}")


def get_result_format(name: str) -> Format:
    """The SPARQL results format called ``name``."""
    try:
        return RESULT_FORMATS[name]
    except KeyError:
        raise QueryError(
            f"unknown result format '{name}'; choose one of: {', '.join(RESULT_FORMATS)}"
        ) from None


def media_types(formats: Iterable[Format]) -> dict[str, Format]:
    """Every media type of ``formats`` (each format's own first), for content negotiation."""
    return {m: f for f in formats for m in f.media_types}


def content_type(media: str) -> str:
    """The Content-Type header for a media type: JSON and XML types carry their own charset."""
    return media if media.endswith(("json", "+xml")) else media + "; charset=utf-8"


def serialize(items: Sequence[ox.Triple] | Sequence[ox.Quad], fmt: Format) -> bytes:
    """Triples or quads in an RDF format, with the KB's prefixes where the format has them.

    JSON-LD is compacted with geokb's context (:mod:`kb.jsonld`). Turtle and TriG 1.2 start
    with their ``VERSION "1.2"`` directive, so that a reader of an earlier version stops at
    once instead of at the first triple term (N-Triples 1.2 goes without: Oxigraph 0.5 does
    not read the directive there).
    """
    if fmt.rdf_format == ox.RdfFormat.JSON_LD:
        return compact(items)
    kwargs = {}
    if fmt.rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = PREFIXES
    data = ox.serialize(items, format=fmt.rdf_format, **kwargs) or b""
    if fmt.rdf12 and "prefixes" in kwargs:
        return b'VERSION "1.2"\n' + data
    return data


def negotiate_page(accept: str | None, offers: Sequence[str]) -> str:
    """HTML when the client asks for it by name (a browser), else the best of ``offers``.

    ``*/*`` or no Accept at all most likely means a program, which gets ``offers[0]``.
    """
    media = negotiate(accept, [HTML, *offers])
    if media == HTML and "html" not in (accept or ""):
        return offers[0]
    return media


def prefers_html(accept: str | None, offers: Sequence[str]) -> bool:
    """Whether the client ranks ``text/html`` strictly above every one of ``offers``.

    A browser that follows a link to ``/sparql?query=...`` sends ``text/html`` first and
    ``*/*`` lower, so it gets the query page; a SPARQL client that names result types, or
    sends ``*/*`` alone (or nothing), keeps getting results as before.
    """
    ranges = [(media, q) for media, q in _parse_accept(accept) if media]

    def quality(offer: str) -> float:
        kind = offer.split("/")[0] + "/*"
        for candidates in ((offer,), (kind,), ("*/*",)):  # the most specific range decides
            found = [q for media, q in ranges if media in candidates]
            if found:
                return max(found)
        return 0.0

    return quality(HTML) > max((quality(o) for o in offers), default=0.0)


def _parse_accept(accept: str | None) -> list[tuple[str, float]]:
    """Media ranges and their q; RDF 1.2's ``version`` parameter stays part of the media type."""
    if not accept or not accept.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("version="):
                media += ";version=" + f[8:].strip('"')
            elif f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def negotiate(accept: str | None, offers: Sequence[str]) -> str:
    """The offer the Accept header prefers; the first offer wins ties and ``*/*``.

    Raises :class:`~kb.errors.NotAcceptable` when the header rules out every offer.
    """
    ranges = _parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for idx, offer in enumerate(offers):
        otype, _, _osub = offer.partition("/")
        q, specificity = -1.0, -1
        for media, mq in ranges:
            mtype, _, msub = media.partition("/")
            if media == offer:
                spec = 2
            elif mtype == otype and msub == "*":
                spec = 1
            elif media == "*/*":
                spec = 0
            else:
                continue
            if spec > specificity:
                q, specificity = mq, spec
        if q <= 0:
            continue
        key = (q, specificity, -idx)
        if best is None or key > best:
            best, chosen = key, offer
    if chosen is None:
        raise NotAcceptable(f"cannot produce any of: {accept}; available: {', '.join(offers)}")
    return chosen

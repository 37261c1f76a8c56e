"""A store on any SPARQL 1.1 server, through the Query and Update protocols.

Selected by location: ``open_store("http://host:7878")`` (``GEOKB_STORE``). Like rdflib's
``SPARQLUpdateStore``, it takes its endpoints, credentials and timeout explicitly
(``GEOKB_STORE_QUERY_ENDPOINT``, ``GEOKB_STORE_UPDATE_ENDPOINT``, ``GEOKB_STORE_USER``,
``GEOKB_STORE_PASSWORD``, ``GEOKB_STORE_TIMEOUT``). Endpoints not given follow the usual
layout of the server the location names (:func:`default_endpoints`).

Every write is one SPARQL Update request (the same text the embedded store runs), which
Oxigraph and Fuseki apply as one transaction: replacing an article is atomic there too.
Results come back as pyoxigraph objects, so nothing downstream knows the store is remote.

Virtuoso (:class:`VirtuosoStore`, backend ``virtuoso``) differs in what it holds and what a
query that names no graph reads; see there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Self
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox

from kb.errors import QueryError, StoreError
from kb.formats import FORM, FORMATS, RESULT_FORMATS, SPARQL_UPDATE
from kb.results import Triples
from kb.updates import insert_data, triples_by_graph
from kb.vocab import PREFIX_DECLARATIONS

__all__ = ["RemoteStore", "VirtuosoStore", "default_endpoints"]

_PAGE = 100_000


def default_endpoints(location: str) -> tuple[str, str]:
    """The query and update endpoints a server usually has under ``location``.

    ``{location}/query`` and ``{location}/update`` (Oxigraph server, Apache Jena Fuseki with
    ``http://host:3030/dataset``); a location ending in ``/sparql`` (Virtuoso) uses that one
    URL for both; a ``.../repositories/ID`` location (GraphDB, RDF4J) queries there and
    updates at ``.../repositories/ID/statements``.
    """
    base = location.rstrip("/")
    if base.endswith("/sparql"):
        return base, base
    if "/repositories/" in base:
        return base, base + "/statements"
    return base + "/query", base + "/update"


class RemoteStore:
    """The :class:`kb.store.Store` interface over HTTP."""

    max_write_quads: int | None = 1_000_000
    """Most quads one write may carry. An update is one request, held whole in memory on
    both sides, so a bulk ingest's loads stay as they were before the embedded store's
    loads grew to :data:`kb.ingest.BATCH_QUADS` (whose memory is the loader's own)."""

    def __init__(
        self,
        location: str,
        *,
        query_endpoint: str | None = None,
        update_endpoint: str | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float = 300.0,
    ) -> None:
        default_query, default_update = default_endpoints(location)
        self.query_url = query_endpoint or default_query
        self.update_url = update_endpoint or default_update
        self.location = location
        self.version = 0
        self._client = httpx.Client(timeout=timeout, auth=auth)

    # --- reading -------------------------------------------------------------------------
    def _post_query(
        self,
        sparql: str,
        accept: str,
        default_graph: Sequence[ox.NamedNode] | None,
        named_graphs: Sequence[ox.NamedNode] | None,
    ) -> httpx.Response:
        params = [("query", PREFIX_DECLARATIONS + sparql)]
        params += [("default-graph-uri", g.value) for g in default_graph or ()]
        params += [("named-graph-uri", g.value) for g in named_graphs or ()]
        try:
            r = self._client.post(
                self.query_url,
                content=urlencode(params).encode("ascii"),
                headers={"Accept": accept, "Content-Type": FORM},
            )
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self.query_url}: {exc}") from None
        if r.headers.get("server", "").startswith("Virtuoso") and not isinstance(self, VirtuosoStore):
            raise StoreError(
                f"{self.query_url} is Virtuoso, which keeps graphs of its own and reads every graph when a "
                "query names none: open it as such (GEOKB_STORE_BACKEND=virtuoso)"
            )
        if r.status_code == 400:
            raise QueryError(f"malformed query (the server says: {r.text.strip()[:500]})")
        if r.status_code >= 300:
            raise StoreError(f"the SPARQL server answered {r.status_code}: {r.text.strip()[:500]}")
        return r

    def query(
        self,
        sparql: str,
        *,
        default_graph: Sequence[ox.NamedNode] | None = None,
        named_graphs: Sequence[ox.NamedNode] | None = None,
    ) -> Any:
        if _query_form(sparql) in ("CONSTRUCT", "DESCRIBE"):
            nt = FORMATS["nt"]
            r = self._post_query(sparql, nt.media_type, default_graph, named_graphs)
            return Triples(q.triple for q in ox.parse(self._triples(r.content), format=nt.rdf_format))
        srj = RESULT_FORMATS["json"]
        r = self._post_query(sparql, srj.media_type, default_graph, named_graphs)
        return ox.parse_query_results(self._solutions(r.content), format=srj.oxigraph)

    def _triples(self, content: bytes) -> bytes:
        """A CONSTRUCT answer (N-Triples) as parsed: where a subclass mends its server's quirks."""
        return content

    def _solutions(self, content: bytes) -> bytes:
        """A SELECT or ASK answer (SPARQL JSON) as parsed: where a subclass mends its server's quirks."""
        return content

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        target = str(graph) if graph is not None else "?g"
        offset = 0
        while True:  # paged, so a large store never needs one huge response
            rows = list(
                self.query(
                    f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH {target} {{ ?s ?p ?o }} {self._scope('?g')} }} "
                    f"ORDER BY ?g ?s ?p ?o LIMIT {_PAGE} OFFSET {offset}"
                    if graph is None
                    else f"SELECT ?s ?p ?o WHERE {{ GRAPH {target} {{ ?s ?p ?o }} }} "
                    f"ORDER BY ?s ?p ?o LIMIT {_PAGE} OFFSET {offset}"
                )
            )
            for r in rows:
                yield ox.Quad(r["s"], r["p"], r["o"], graph if graph is not None else r["g"])
            if len(rows) < _PAGE:
                return
            offset += _PAGE

    def _scope(self, var: str) -> str:
        """A FILTER keeping the graphs of ``var`` to the store's own (every graph, here)."""
        return ""

    def named_graphs(self) -> list[ox.NamedNode]:
        return [r["g"] for r in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]

    def __len__(self) -> int:
        (row,) = self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(row["n"].value)

    # --- writing -------------------------------------------------------------------------
    def update(self, update: str) -> None:
        self._post_update(update)
        self.version += 1

    def _post_update(self, update: str) -> None:
        try:
            r = self._client.post(
                self.update_url,
                content=(PREFIX_DECLARATIONS + update).encode("utf-8"),
                headers={"Content-Type": SPARQL_UPDATE},
            )
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self.update_url}: {exc}") from None
        if r.status_code >= 300:
            raise StoreError(f"write refused by the SPARQL server ({r.status_code}): {r.text.strip()[:500]}")

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        if update := insert_data(triples_by_graph(quads)):  # one request, one transaction on the server
            self.update(update)

    def bulk_add(self, nquads: bytes, graphs: Sequence[str]) -> None:
        """One INSERT DATA request: a server applies it as one transaction, so no journal is needed."""
        self.extend(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))

    def bulk_add_parts(self, parts: Iterable[tuple[bytes, Sequence[str]]], *, lenient: bool = False) -> None:
        """All the parts in one :meth:`bulk_add` request: one transaction on the server, which parses it."""
        parts = list(parts)
        self.bulk_add(b"".join(p for p, _ in parts), [g for _, gs in parts for g in gs])

    def clear(self) -> None:
        self.update("DROP SILENT ALL")

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class VirtuosoStore(RemoteStore):
    """A store on Virtuoso's ``/sparql``: the named graphs under one IRI prefix, and nothing else.

    What Virtuoso 7.2 does otherwise, and what this class does about it:

    * It keeps graphs of its own beside the data (``virtrdf#``, ``ldp#``: about 2,500 quads
      in a new database). The store is the named graphs whose IRI starts with ``graphs``
      (geokb's ``{base}graph/``): :meth:`named_graphs`, :meth:`quads`, ``len`` and
      :meth:`clear` see only those, and never drop Virtuoso's.
    * A query that names no graph reads the union of every graph, its own included, where
      Oxigraph's default graph is empty: a claim's content (``?x gk:memberOf ?bloc`` in a
      claim graph) would answer as a fact. geokb's own queries all name their graphs
      (``GRAPH ?g``, tested on every backend), so they answer here as on the embedded
      store; a query sent through geokb's ``/sparql`` is passed as it is. Declaring a
      default graph does not help: Virtuoso then finds nothing in ``GRAPH <iri>`` (though
      still everything in ``GRAPH ?g``), so nothing is declared.
    * It answers ``ASK`` as a ``SELECT`` of one variable, ``__ASK_RETVAL`` (a row holding 1
      for true, none for false), whatever the ``Accept``, and gives ``xsd:boolean`` literals
      back as ``"1"``/``"0"`` (stored ``"true"``): answers are mended to the boolean and
      to the canonical ``"true"``/``"false"`` before they are parsed.
    * A request is one transaction against a crash (the server killed mid-request keeps
      nothing of it), but an operation that fails does not undo the ones before it in the
      same request; and a request over 10 MB is refused whole ("SR578"). Bulk writes stay
      under :attr:`max_write_quads` (whole articles per request, :func:`kb.ingest.bulk_ingest`).
    """

    max_write_quads: int | None = 20_000
    """About 3 MB of geokb's N-Triples per request: well under Virtuoso's 10 MB (SR578)."""

    def __init__(self, location: str, *, graphs: str, **options: Any) -> None:
        super().__init__(location, **options)
        if not graphs.startswith(("http://", "https://")):
            raise StoreError(f"the Virtuoso store needs the IRI prefix of its graphs, not {graphs!r}")
        self.graphs = graphs

    def _scope(self, var: str) -> str:
        return f"FILTER(STRSTARTS(STR({var}), {ox.Literal(self.graphs)}))"

    def _triples(self, content: bytes) -> bytes:
        for lexical, canonical in _BOOLEANS:  # a literal's own quotes are escaped in N-Triples
            typed = f'"{{}}"^^<{_XSD_BOOLEAN}>'
            content = content.replace(typed.format(lexical).encode(), typed.format(canonical).encode())
        return content

    def _solutions(self, content: bytes) -> bytes:
        answer = json.loads(content)
        bindings = answer.get("results", {}).get("bindings", [])
        if answer.get("head", {}).get("vars") == ["__ASK_RETVAL"]:
            true = any(b.get("__ASK_RETVAL", {}).get("value") not in (None, "0") for b in bindings)
            return json.dumps({"head": {}, "boolean": true}).encode()
        for binding in bindings:
            for term in binding.values():
                if term.get("datatype") == _XSD_BOOLEAN:
                    term["value"] = dict(_BOOLEANS).get(term["value"], term["value"])
        return json.dumps(answer).encode()

    def named_graphs(self) -> list[ox.NamedNode]:
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope('?g')} }}"
        return [r["g"] for r in self.query(query)]

    def __len__(self) -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope('?g')} }}"
        (row,) = self.query(query)
        return int(row["n"].value)

    def clear(self) -> None:
        if graphs := self.named_graphs():
            self._post_update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs))
        self.version += 1


_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_BOOLEANS = (("1", "true"), ("0", "false"))
"""Virtuoso's xsd:boolean lexical forms and the canonical ones every other store gives back."""

_COMMENT = re.compile(r"^\s*#[^\n]*$", re.MULTILINE)
_PROLOGUE = re.compile(r"\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE)


def _query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after comments and the prologue."""
    text = _COMMENT.sub("", sparql)
    while m := _PROLOGUE.match(text):
        text = text[m.end() :]
    head = text.lstrip()[:9].upper()
    return next((f for f in ("CONSTRUCT", "DESCRIBE", "ASK") if head.startswith(f)), "SELECT")

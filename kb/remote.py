"""A store on any SPARQL 1.1 server, through the Query and Update protocols.

Selected by location: ``open_store("http://host:7878")`` (``GEOKB_STORE``). Like rdflib's
``SPARQLUpdateStore``, it takes its endpoints, credentials and timeout explicitly
(``GEOKB_STORE_QUERY_ENDPOINT``, ``GEOKB_STORE_UPDATE_ENDPOINT``, ``GEOKB_STORE_USER``,
``GEOKB_STORE_PASSWORD``, ``GEOKB_STORE_TIMEOUT``). Endpoints not given follow the usual
layout of the server the location names (:func:`default_endpoints`).

Every write is one SPARQL Update request (the same text the embedded store runs), which
Oxigraph and Fuseki apply as one transaction: replacing an article is atomic there too.
Results come back as pyoxigraph objects, so nothing downstream knows the store is remote.
"""

from __future__ import annotations

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

__all__ = ["RemoteStore", "default_endpoints"]

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
            return Triples(q.triple for q in ox.parse(r.content, format=nt.rdf_format))
        srj = RESULT_FORMATS["json"]
        r = self._post_query(sparql, srj.media_type, default_graph, named_graphs)
        return ox.parse_query_results(r.content, format=srj.oxigraph)

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        target = str(graph) if graph is not None else "?g"
        offset = 0
        while True:  # paged, so a large store never needs one huge response
            rows = list(
                self.query(
                    f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH {target} {{ ?s ?p ?o }} }} "
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

    def named_graphs(self) -> list[ox.NamedNode]:
        return [r["g"] for r in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]

    def __len__(self) -> int:
        (row,) = self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(row["n"].value)

    # --- writing -------------------------------------------------------------------------
    def update(self, update: str) -> None:
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
        self.version += 1

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        if update := insert_data(triples_by_graph(quads)):  # one request, one transaction on the server
            self.update(update)

    def bulk_add(self, nquads: bytes, graphs: Sequence[str]) -> None:
        """One INSERT DATA request: a server applies it as one transaction, so no journal is needed."""
        self.extend(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))

    def clear(self) -> None:
        self.update("DROP SILENT ALL")

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_COMMENT = re.compile(r"^\s*#[^\n]*$", re.MULTILINE)
_PROLOGUE = re.compile(r"\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE)


def _query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after comments and the prologue."""
    text = _COMMENT.sub("", sparql)
    while m := _PROLOGUE.match(text):
        text = text[m.end() :]
    head = text.lstrip()[:9].upper()
    return next((f for f in ("CONSTRUCT", "DESCRIBE", "ASK") if head.startswith(f)), "SELECT")


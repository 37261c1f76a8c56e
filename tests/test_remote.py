"""What is particular to the remote backend: endpoint layout, errors, paging."""

from __future__ import annotations

import re

import pytest

from kb.errors import QueryError, StoreError
from kb.remote import RemoteStore, _query_form
from kb.store import open_store


def test_endpoint_layout_follows_the_server_kind():
    assert (RemoteStore("http://h:7878").query_url, RemoteStore("http://h:7878/").update_url) == (
        "http://h:7878/query",
        "http://h:7878/update",
    )
    virtuoso = RemoteStore("http://h:8890/sparql")
    assert virtuoso.query_url == virtuoso.update_url == "http://h:8890/sparql"
    graphdb = RemoteStore("https://h/repositories/kb")
    assert (graphdb.query_url, graphdb.update_url) == (
        "https://h/repositories/kb",
        "https://h/repositories/kb/statements",
    )
    assert isinstance(open_store("http://h:7878"), RemoteStore)


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        (
            "# title: x\n# question: y\nPREFIX a: <http://a#>\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "CONSTRUCT",
        ),
        ("BASE <http://x/> ASK {}", "ASK"),
        ("DESCRIBE <http://x>", "DESCRIBE"),
    ],
)
def test_query_form(query, form):
    assert _query_form(query) == form


def test_errors_name_the_server(remote_scratch):
    s = open_store(remote_scratch)
    with pytest.raises(QueryError, match="malformed query"):
        s.query("SELECT ?x WHERE { ?x ?y }")
    s.close()
    dead = RemoteStore("http://127.0.0.1:9/")
    with pytest.raises(
        StoreError, match=re.escape("cannot reach the SPARQL server at http://127.0.0.1:9/query")
    ):
        len(dead)


def test_quads_are_paged(remote_scratch, monkeypatch):
    import kb.remote

    monkeypatch.setattr(kb.remote, "_PAGE", 7)
    s = open_store(remote_scratch)
    s.update(
        "DROP SILENT ALL ; INSERT DATA { GRAPH <http://g> { "
        + " ".join(f"<http://s{i}> <http://p> {i} ." for i in range(23))
        + " } }"
    )
    quads = list(s.quads())
    assert len(quads) == 23 == len({q.subject for q in quads})
    assert len(list(s.quads(quads[0].graph_name))) == 23
    s.close()


def test_endpoints_auth_and_timeout_come_from_settings():
    from kb.settings import Settings
    from kb.store import store_from_settings

    settings = Settings(
        store="http://h:3030/ds",
        store_query_endpoint="http://q:1/ds/sparql",
        store_update_endpoint="http://u:2/ds/update",
        store_user="me",
        store_password="secret",
        store_timeout=7,
    )
    s = store_from_settings(settings)
    assert (s.query_url, s.update_url) == ("http://q:1/ds/sparql", "http://u:2/ds/update")
    assert s._client.timeout.read == 7 and s._client.auth is not None
    plain = store_from_settings(Settings(store="http://h:3030/ds"))
    assert (plain.query_url, plain.update_url) == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert plain._client.auth is None and plain._client.timeout.read == 300


def test_virtuoso_is_named_and_scoped_to_the_kb_graphs():
    from kb.errors import StoreError as Error
    from kb.remote import VirtuosoStore
    from kb.settings import Settings
    from kb.store import store_from_settings

    s = store_from_settings(
        Settings(store="http://h:8890/sparql", store_backend="virtuoso", base_iri="http://x/id")
    )
    assert isinstance(s, VirtuosoStore) and s.graphs == "http://x/id/graph/"
    assert s.query_url == s.update_url == "http://h:8890/sparql" and s.max_write_quads
    plain = store_from_settings(Settings(store="http://h:8890/sparql"))
    assert type(plain) is RemoteStore and s.max_write_quads < plain.max_write_quads == 1_000_000
    with pytest.raises(Error, match="no store backend named 'virtuso'"):
        open_store("http://h:8890/sparql", backend="virtuso")


def test_virtuoso_opened_as_a_plain_sparql_server_is_refused():
    import httpx

    def virtuoso(request: httpx.Request) -> httpx.Response:
        body = (
            b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "7"}}]}}'
        )
        return httpx.Response(200, content=body, headers={"Server": "Virtuoso/07.20.3229 (Linux)"})

    plain = RemoteStore("http://h:8890/sparql")
    plain._client = httpx.Client(transport=httpx.MockTransport(virtuoso))
    with pytest.raises(StoreError, match="GEOKB_STORE_BACKEND=virtuoso"):
        len(plain)
    named = open_store("http://h:8890/sparql", backend="virtuoso", graphs="http://x/graph/")
    named._client = httpx.Client(transport=httpx.MockTransport(virtuoso))
    assert len(named) == 7

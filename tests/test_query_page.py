"""The SPARQL query page in headless Chromium: permalinks, downloads, highlighting, prefixes.

Reuses the graph page's browser fixture and :class:`Page` helper; screenshots go to
``tests/artifacts/``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from api.app import create_app
from kb.annotation import bundled_annotations, load_annotation
from kb.ingest import ingest_annotation
from kb.settings import Settings
from kb.store import open_store
from tests import test_graph_page
from tests.conftest import BASE, serve
from tests.test_graph_page import Page

STATUSES = """SELECT ?claim ?status WHERE {
  GRAPH ?g { ?claim a gk:Claim ; gk:epistemicStatus ?status }
} ORDER BY ?claim LIMIT 40"""
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """The graph page tests' headless Chromium (skipped, or failed on CI, without it)."""
    yield from test_graph_page.browser.__wrapped__()


@pytest.fixture(scope="module")
def service() -> Iterator[str]:
    store = open_store("memory:")
    for path in bundled_annotations():
        ingest_annotation(store, load_annotation(path), BASE)
    with serve(create_app(Settings(base_iri=BASE, query_workers=0, access_log=False), store)) as url:
        yield url
    store.close()


def _rows(page: Page) -> list[list[str]]:
    rows = "[...document.querySelectorAll('#results tr')].slice(1)"
    return page.js(rows + ".map(tr => [...tr.cells].map(c => c.textContent))")


def test_a_browser_opening_a_query_link_gets_the_page_clients_get_results(service):
    url = f"{service}/sparql?query={quote(STATUSES)}"
    page = httpx.get(url, headers={"Accept": BROWSER_ACCEPT})
    assert page.headers["content-type"].startswith("text/html") and "<textarea" in page.text
    assert page.headers["vary"] == "Accept"
    for accept, media in [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/html, application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml, text/html;q=0.9", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
    ]:
        r = httpx.get(url, headers={"Accept": accept} if accept else {})
        assert r.headers["content-type"].startswith(media), accept


def test_permalink_opens_with_results_and_run_updates_the_url(browser, service):
    page = Page(browser, f"{service}/sparql?query={quote(STATUSES)}")
    assert page.page.input_value("#query") == STATUSES
    rows = _rows(page)
    expected = httpx.post(f"{service}/sparql", data={"query": STATUSES}).json()["results"]["bindings"]
    assert len(rows) == len(expected) > 0
    # IRIs with their prefixes, the KB's own linked to their /id/ pages
    assert {r[1] for r in rows} <= {"status:asserted", "status:reported", "status:alleged"}
    assert "status:alleged" in {r[1] for r in rows}
    first = page.page.locator("#results tr:nth-child(2) td:first-child a")
    assert first.get_attribute("href") == "/id/" + expected[0]["claim"]["value"].removeprefix(BASE)
    assert first.get_attribute("title") == expected[0]["claim"]["value"]
    page.shot("query-permalink")

    # Run puts the new query in the URL; Back returns to the first one and its results
    other = "SELECT ?l WHERE { GRAPH ?g { ?a a gk:Bloc ; rdfs:label ?l } }"
    page.page.fill("#query", other)
    page.page.click("#form button[type=submit]")
    page.page.wait_for_function("document.querySelectorAll('#results tr').length === 2")
    assert page.js("new URLSearchParams(location.search).get('query')") == other
    assert _rows(page) == [["anti-Trump bloc"]]
    page.page.go_back()
    page.page.wait_for_function(
        "(n) => document.querySelectorAll('#results tr').length === n", arg=len(rows) + 1
    )
    assert page.page.input_value("#query") == STATUSES
    assert page.page.get_attribute("#permalink", "href") == "/sparql?query=" + quote(STATUSES, safe="~()*!.'")
    assert page.errors() == []


def test_downloads_have_the_right_types_and_content(browser, service):
    page = Page(browser, f"{service}/sparql?query={quote(STATUSES)}")
    seen: dict[str, str] = {}

    def record(r: Any) -> None:
        seen[r.request.headers.get("accept", "")] = r.headers.get("content-type", "")

    page.page.on("response", record)
    n = len(_rows(page))
    got = {}
    for fmt, media in [
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
        ("json", "application/sparql-results+json"),
    ]:
        with page.page.expect_download() as info:
            page.page.click(f"a.download[data-format={fmt}]")
        download = info.value
        assert download.suggested_filename == f"geokb-results.{fmt}"
        got[fmt] = download.path().read_text(encoding="utf-8")
        assert seen[media].startswith(media)
    assert len(list(csv.reader(io.StringIO(got["csv"])))) == n + 1
    assert got["tsv"].splitlines()[0] == "?claim\t?status" and len(got["tsv"].splitlines()) == n + 1
    assert len(json.loads(got["json"])["results"]["bindings"]) == n
    assert page.errors() == []


def test_editor_highlights_and_completes_prefixes(browser, service):
    page = Page(browser, f"{service}/sparql")
    page.page.fill("#query", "")
    page.page.type("#query", "SELECT ?s WHERE { ?s gk:epistemicStatus stat")
    assert "status:" in page.page.text_content("#completions")
    page.page.press("#query", "Tab")
    page.page.type("#query", "alleged ; a gk")
    page.page.press("#query", "Tab")  # a whole prefix name gets its colon
    page.page.type("#query", "Claim } # a comment")
    assert page.page.input_value("#query").endswith("status:alleged ; a gk:Claim } # a comment")
    spans = "[...document.querySelectorAll('#highlight span')].map(s => [s.className, s.textContent])"
    kinds = page.js(spans)
    assert ["tok-keyword", "SELECT"] in kinds and ["tok-keyword", "WHERE"] in kinds
    assert ["tok-var", "?s"] in kinds and ["tok-pname", "status:alleged"] in kinds
    assert ["tok-comment", "# a comment"] in kinds
    painted = page.js("document.getElementById('highlight').textContent")
    assert painted == page.page.input_value("#query") + "\n"
    page.page.fill("#query", "SELECT * WHERE { ?s nope:x ?o }")
    assert ["tok-pname tok-unknown", "nope:x"] in page.js(spans)
    page.shot("query-editor")
    assert page.errors() == []

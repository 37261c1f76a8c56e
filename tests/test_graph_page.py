"""The graph page: its data and HTML (no browser), then the real page in headless Chromium.

The browser tests drive Debian's ``chromium`` with Playwright, against the page served by
a real uvicorn and against the file ``geokb graph -o`` writes, opened from disk. Screenshots
go to ``tests/artifacts/`` (or ``$GEOKB_TEST_ARTIFACTS``) for a human to look at.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from bench.chromium import CHROMIUM, CHROMIUM_ARGS
from kb.analysis import Alignment, AlignmentInput, Tie, Weights, alignment_graph, signed_clusters
from kb.analysis.evidence import ActorInfo
from kb.browse import list_actors
from kb.cli import main as cli
from kb.graph_page import (
    TYPE_SHAPES,
    graph_view,
    layout,
    render_graph_page,
    store_graph_view,
)
from kb.ingest import ingest_annotation, parse_submission
from kb.settings import Settings
from kb.store import Store, open_store
from tests.conftest import BASE, EVIL, EVIL_QUOTE, hostile_article, serve

ARTIFACTS = Path(os.environ.get("GEOKB_TEST_ARTIFACTS") or Path(__file__).parent / "artifacts")


# --- data and HTML, no browser --------------------------------------------------------------


@pytest.fixture
def hostile_store(article_dir: Path, annotation) -> Iterator[Store]:
    """The bundled article, and a second one whose actor and quote are HTML injections."""
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    data, text = hostile_article(article_dir)
    ingest_annotation(s, parse_submission(data, text), BASE)
    yield s
    s.close()


def test_view_draws_every_actor_and_tie_with_its_evidence(built_store):
    view = store_graph_view(built_store)
    actors = list_actors(built_store, limit=1000)
    assert view["meta"]["nodes"] == len(view["nodes"]) == actors["total"]
    assert {n["id"] for n in view["nodes"]} == {a["iri"] for a in actors["items"]}
    kinds = {e["gk"]["kind"] for e in view["edges"]}
    assert kinds == {"stance", "membership", "structural"}
    for e in view["edges"]:
        g = e["gk"]
        if g["kind"] != "structural":  # a claim's tie carries what the tooltip shows
            assert (
                g["quote"]
                and g["speaker"]
                and g["claim"]
                and g["status"] in {"asserted", "reported", "alleged"}
            )
            assert view["articles"][g["article"]]["title"]
    azarov = [e for e in view["edges"] if e["gk"]["via"] == "Izvestia"]
    assert azarov and all(e["gk"]["speaker"] == "Mykola Azarov" for e in azarov)


def test_styles_say_type_cluster_polarity_and_status(built_store):
    view = store_graph_view(built_store)
    for n in view["nodes"]:
        assert n["shape"] == TYPE_SHAPES.get(n["gk"]["type"], "ellipse")
    stance = [e for e in view["edges"] if e["gk"]["kind"] == "stance"]
    pos = {e["color"]["color"] for e in stance if e["gk"]["polarity"] > 0}
    neg = {e["color"]["color"] for e in stance if e["gk"]["polarity"] < 0}
    assert len(pos) == len(neg) == 1 and pos != neg
    dashes = {e["gk"]["status"]: json.dumps(e["dashes"]) for e in stance}
    assert len({dashes["asserted"], dashes["reported"], dashes["alleged"]}) == 3
    members = [e for e in view["edges"] if e["gk"]["kind"] == "membership"]
    alleged = {
        (e["color"]["color"], json.dumps(e["dashes"])) for e in members if e["gk"]["status"] == "alleged"
    }
    stated = {
        (e["color"]["color"], json.dumps(e["dashes"])) for e in members if e["gk"]["status"] != "alleged"
    }
    assert alleged and not alleged & stated
    # size grows with how often an actor is quoted or targeted
    by_mentions = sorted(view["nodes"], key=lambda n: n["gk"]["spoken"] + n["gk"]["targeted"])
    assert by_mentions[0]["size"] < by_mentions[-1]["size"]
    # members of one cluster share a colour, the two largest clusters differ
    colour = {}
    for n in view["nodes"]:
        colour.setdefault(n["gk"]["cluster"], set()).add(n["color"])
    assert all(len(c) == 1 for c in colour.values())
    assert colour[0] != colour[1]


def _synthetic(actors: int, ties: int, seed: int = 1) -> Alignment:
    rng = random.Random(seed)
    types = list(TYPE_SHAPES)
    data = AlignmentInput()
    for i in range(actors):
        iri = f"http://kb.test/id/actor/a{i}"
        data.actors[iri] = ActorInfo(iri, f"Actor {i}", rng.choice(types), (f"alias-{i}",))
    names = list(data.actors)
    for i in range(ties):
        a, b = rng.sample(names, 2)
        data.ties.append(
            Tie("stance", a, b, rng.choice((1, -1)), claim=f"http://kb.test/id/claim/c{i}",
                status=rng.choice(("asserted", "reported", "alleged")), quote=f"quote {i}",
                speaker=a, speaker_label=data.actors[a].label, article="http://kb.test/id/article/x")
        )  # fmt: skip
    G = alignment_graph(data)
    now = datetime.now(UTC)
    return Alignment(data, G, signed_clusters(G), Weights(), {}, now, now)


def test_many_ties_are_merged_into_fewer_edges():
    al = _synthetic(300, 6000)
    view = graph_view(al, max_edges=1000)
    stance_ties = [t for t in al.data.ties if t.kind == "stance"]
    assert len(view["edges"]) < len(stance_ties)
    assert sum(e["gk"].get("count", 1) for e in view["edges"]) == len(stance_ties)
    keys = {(e["from"], e["to"], e["gk"]["polarity"], e["gk"]["status"]) for e in view["edges"]}
    assert len(keys) == len(view["edges"])  # one edge per ends, polarity and status
    assert graph_view(al, max_edges=10_000)["meta"]["edges"] == len(stance_ties)


def test_layout_is_deterministic_and_keeps_nodes_apart():
    al = _synthetic(300, 900)
    one = layout(al.graph, al.clustering.assignment)
    two = layout(al.graph, al.clustering.assignment)
    assert one == two and set(one) == set(al.graph)
    points = sorted(one.values())
    assert len(set(points)) == len(points)  # no two actors on the same spot


def test_initial_nodes_start_from_the_most_central():
    al = _synthetic(500, 1500)
    view = graph_view(al, initial_nodes=50)
    initial = set(view["meta"]["initial"])
    assert len(initial) == 50 and view["meta"]["nodes"] == 500
    targeted = {n["id"]: n["gk"]["targeted"] for n in view["nodes"]}
    score = {
        n: targeted[n] + sum(abs(d["weight"]) for *_, d in al.graph.edges(n, data=True)) for n in al.graph
    }
    assert min(score[n] for n in initial) >= max(score[n] for n in al.graph if n not in initial)


def test_inline_page_asks_no_other_host_and_escapes_article_text(hostile_store):
    html = render_graph_page(store_graph_view(hostile_store), assets="inline")
    # nothing is fetched: no src/href/url() to any host, and a CSP that forbids it anyway
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", html)
    assert "default-src 'none'" in html
    # the injection is only ever inside the JSON, \u-escaped: it cannot open a tag or close a script
    assert EVIL not in html and "</script><script>alert(2)" not in html
    data = re.search(r'<script type="application/json" id="geokb-data">(.*?)</script>', html, re.S)
    view = json.loads(data.group(1))
    assert EVIL in {n["label"] for n in view["nodes"]}
    assert EVIL_QUOTE in {e["gk"]["quote"] for e in view["edges"]}


def test_render_refuses_unknown_asset_modes(built_store):
    with pytest.raises(ValueError):
        render_graph_page(store_graph_view(built_store), assets="cdn")  # type: ignore[arg-type]


# --- the service ----------------------------------------------------------------------------


@pytest.fixture
def graph_service(hostile_store) -> Iterator[str]:
    with serve(create_app(Settings(base_iri=BASE, query_workers=0), hostile_store)) as url:
        yield url


def test_graph_routes_serve_page_data_and_assets(graph_service):
    r = httpx.get(graph_service + "/graph", timeout=120)  # the alignment runs in a worker process
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text)
    assert len(assets) == 4
    for path in assets:
        assert httpx.get(graph_service + path).status_code == 200
    data = httpx.get(graph_service + "/graph/data", timeout=120).json()
    assert data["meta"]["nodes"] == httpx.get(graph_service + "/actors").json()["total"]


# --- the page in a real headless Chromium ---------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt install chromium; .ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A loaded graph page, with every console message, page error, request and dialog."""

    def __init__(self, browser: Any, url: str) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def visible(self) -> list[str]:
        return self.js("window.geokb.visibleNodeIds()")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def errors(self) -> list[str]:
        return [m for m in self.console if m.startswith(("error", "pageerror"))]


EDGE_POINT = """(id) => {
  // a point on the edge (curved ones too) that no node and no other edge overlaps: vis-network
  // shows the tooltip of whichever overlapping edge it meets last, not the one drawn on top
  const net = window.geokb.network, edges = net.body.edges;
  const r = document.getElementById('network').getBoundingClientRect();
  for (let i = 1; i < 40; i++) {
    const t = 0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) * 0.025;
    const c = edges[id].edgeType.getPoint(t), d = net.canvasToDOM(c);
    const box = {left: c.x - 3, right: c.x + 3, top: c.y - 3, bottom: c.y + 3};
    const over = Object.keys(edges).filter(k => edges[k].connected && edges[k].isOverlappingWith(box));
    if (net.getNodeAt(d) === undefined && over.length === 1 && over[0] === id)
      return {x: d.x + r.left, y: d.y + r.top};
  }
  return null;
}"""


def _hover(page: Page, edge: str) -> str:
    """Move the mouse onto an edge, from off the canvas; the tooltip that shows it.

    Waits until the tooltip shows this edge's own quote: one left over from an edge the
    mouse crossed on the way does not count.
    """
    page.js("window.geokb.network.fit({animation: false})")
    point = page.js(EDGE_POINT, edge)
    assert point is not None, f"edge {edge} is covered everywhere"
    quote = page.js("(id) => window.geokb.edges.get(id).gk.quote", edge)
    page.page.mouse.move(5, 5)  # over the controls: vis-network keeps a tooltip while its edge is near
    page.page.mouse.move(point["x"], point["y"])
    page.page.wait_for_function(
        """(q) => { const t = document.querySelector('div.vis-tooltip');
                    return t && getComputedStyle(t).visibility === 'visible'
                             && t.textContent.includes(q); }""",
        arg=quote,
        timeout=5000,
    )
    return page.page.locator("div.vis-tooltip").text_content()


def _check_page(page: Page, origin: str, expected_nodes: int, article_text: str, name: str) -> None:
    page.shot(f"{name}-loaded")
    assert page.errors() == []
    assert all(u.startswith(origin) for u in page.requests), page.requests
    assert len(page.visible()) == expected_nodes

    # a filter changes what is drawn, without a reload
    states = page.js("window.geokb.nodes.get({filter: n => n.gk.type === 'state'}).map(n => n.id)")
    assert states
    page.page.locator("#f-types input[value=state]").uncheck()
    after = page.visible()
    assert len(after) == expected_nodes - len(states) and not set(states) & set(after)
    page.shot(f"{name}-filtered")
    page.page.locator("#f-types input[value=state]").check()
    assert len(page.visible()) == expected_nodes

    # the article and status filters narrow the ties drawn
    page.page.select_option("#f-article", "1")
    articles = page.js("window.geokb.visibleEdgeIds().map(id => window.geokb.edges.get(id).gk.article)")
    assert articles and set(articles) == {1}
    page.page.select_option("#f-article", "")
    page.page.locator("#f-status input[value=alleged]").uncheck()
    statuses = page.js("window.geokb.visibleEdgeIds().map(id => window.geokb.edges.get(id).gk.status)")
    assert statuses and "alleged" not in statuses
    page.page.locator("#f-status input[value=alleged]").check()

    # search finds an actor by an alias the article got wrong, and focuses it
    page.page.fill("#search-input", "boris starmer")
    page.page.press("#search-input", "Enter")
    assert page.js("window.geokb.network.getSelectedNodes()") == [BASE + "actor/keir-starmer"]
    assert page.page.text_content("#panel h2") == "Keir Starmer"
    assert "Found Keir Starmer" in page.page.text_content("#search-status")
    page.shot(f"{name}-search")
    page.page.click("#panel-close")

    # an edge's tooltip shows its quote: a real span of the article
    edge = page.js(
        "window.geokb.visibleEdgeIds().map(id => window.geokb.edges.get(id))"
        ".find(e => e.gk.speaker === 'Mykola Azarov' && e.gk.kind === 'stance').id"
    )
    text = _hover(page, edge)
    quote = re.search(r"“(.+?)”said by", text, re.S)
    assert quote and quote.group(1) in article_text
    assert "via Izvestia" in text and "status: " in text
    page.shot(f"{name}-tooltip")
    assert page.errors() == []


def _article_text(article_dir: Path) -> str:
    return (article_dir / "starmer-putin.txt").read_text("utf-8")


def test_served_page_in_chromium(browser, graph_service, article_dir):
    page = Page(browser, graph_service + "/graph")
    total = httpx.get(graph_service + "/actors").json()["total"]
    _check_page(page, graph_service, total, _article_text(article_dir), "served")
    _check_xss_inert(page, "served")


def test_file_from_cli_in_chromium(browser, hostile_store, tmp_path, article_dir):
    store_dir = tmp_path / "store"
    disk = open_store(str(store_dir))
    disk.extend(hostile_store.quads())
    disk.close()
    out = tmp_path / "graph.html"
    assert cli(["--store", str(store_dir), "--base", BASE, "graph", "-o", str(out)]) == 0
    page = Page(browser, out.as_uri())
    total = list_actors(hostile_store, limit=1)["total"]
    _check_page(page, out.as_uri(), total, _article_text(article_dir), "file")
    _check_xss_inert(page, "file")


def _check_xss_inert(page: Page, name: str) -> None:
    """The hostile actor is drawn, found and shown as text; nothing it carries runs."""
    page.page.fill("#search-input", EVIL)
    page.page.press("#search-input", "Enter")
    assert page.page.text_content("#panel h2") == EVIL
    assert EVIL_QUOTE in page.page.text_content("#panel")
    evil = BASE + "actor/evil"
    edge = page.js(f"window.geokb.edges.get({{filter: e => e.from === '{evil}'}})[0].id")
    page.page.click("#panel-close")
    assert EVIL_QUOTE in _hover(page, edge)
    page.page.wait_for_timeout(300)
    page.shot(f"{name}-xss")
    assert page.dialogs == []
    assert page.page.locator("img[src=x]").count() == 0
    assert page.js("document.querySelectorAll('script:not([src])').length") <= 3  # data, vis, page
    assert page.errors() == []


def test_large_graph_starts_from_the_centre_and_expands(browser, tmp_path):
    al = _synthetic(2000, 10000)
    view = graph_view(al, initial_nodes=300)
    out = tmp_path / "big.html"
    out.write_text(render_graph_page(view, assets="inline"), encoding="utf-8")
    page = Page(browser, out.as_uri())
    assert sorted(page.visible()) == sorted(view["meta"]["initial"])
    assert "300 of 2000 actors" in page.page.text_content("#counts")
    # clicking an actor offers its hidden neighbours
    first = view["meta"]["initial"][0]
    page.js("(id) => window.geokb.focusNode(id)", first)
    hidden = {e["to"] for e in view["edges"] if e["from"] == first} | {
        e["from"] for e in view["edges"] if e["to"] == first
    }
    hidden -= set(view["meta"]["initial"])
    if hidden:
        page.page.click("#expand")
        assert len(page.visible()) == 300 + len(hidden)
    page.page.click("#show-all")
    assert len(page.visible()) == 2000
    page.shot("large-all")
    # the minimum-weight filter thins the edges without a reload
    edges_before = len(page.js("window.geokb.visibleEdgeIds()"))
    page.page.locator("#f-weight").fill("0.8")
    assert 0 < len(page.js("window.geokb.visibleEdgeIds()")) < edges_before
    assert page.errors() == []


# --- the view in the URL, the panel, labels, Reset, exports (issue 16) ----------------------


@pytest.fixture(scope="module")
def bundled_service() -> Iterator[str]:
    """The service over the bundled KB, every bundled article."""
    from kb.annotation import bundled_annotations, load_annotation

    s = open_store("memory:")
    for path in bundled_annotations():
        ingest_annotation(s, load_annotation(path), BASE)
    with serve(create_app(Settings(base_iri=BASE, query_workers=0, access_log=False), s)) as url:
        yield url
    s.close()


LABEL_BOXES = """() => {
  // every label vis-network draws, and every node's shape, as screen rectangles
  const net = window.geokb.network, out = [];
  for (const id of window.geokb.visibleNodeIds()) {
    const n = net.body.nodes[id], l = n.labelModule;
    const a = net.canvasToDOM({x: l.size.left, y: l.size.top});
    const b = net.canvasToDOM({x: l.size.left + l.size.width, y: l.size.top + l.size.height});
    const c = net.canvasToDOM({x: n.x - n.shape.width / 2, y: n.y - n.shape.height / 2});
    const d = net.canvasToDOM({x: n.x + n.shape.width / 2, y: n.y + n.shape.height / 2});
    out.push({id, drawn: l.visible(), px: l.fontOptions.size * net.getScale(),
              label: [a.x, a.y, b.x, b.y], shape: [c.x, c.y, d.x, d.y]});
  }
  return out;
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_labels_do_not_overlap_at_first_fit_on_the_bundled_kb(browser, bundled_service):
    page = Page(browser, bundled_service + "/graph")
    boxes = page.js(LABEL_BOXES)
    drawn = [b for b in boxes if b["drawn"]]
    assert len(drawn) == len(boxes) == httpx.get(bundled_service + "/actors").json()["total"]
    labels = [
        (a["id"], b["id"])
        for i, a in enumerate(drawn)
        for b in drawn[i + 1 :]
        if _overlap(a["label"], b["label"])
    ]
    on_nodes = [
        (a["id"], b["id"]) for a in drawn for b in boxes if a is not b and _overlap(a["label"], b["shape"])
    ]
    assert labels == [] and on_nodes == []
    assert min(b["px"] for b in drawn) >= 11  # legible: no 7-pixel labels
    page.shot("bundled-first-fit")
    assert page.errors() == []


def test_large_graph_labels_the_most_central_and_the_rest_on_zoom(browser, tmp_path):
    al = _synthetic(2000, 10000)
    view = graph_view(al, initial_nodes=300)
    out = tmp_path / "big.html"
    out.write_text(render_graph_page(view, assets="inline"), encoding="utf-8")
    page = Page(browser, out.as_uri())
    boxes = {b["id"]: b for b in page.js(LABEL_BOXES)}
    rank = {n: i for i, n in enumerate(view["meta"]["initial"])}
    drawn = sorted((b for b in boxes if boxes[b]["drawn"]), key=rank.get)
    assert 0 < len(drawn) < len(boxes)
    assert drawn == sorted(boxes, key=rank.get)[: len(drawn)]  # the most central ones
    page.shot("large-first-fit")
    page.js("window.geokb.network.moveTo({scale: window.geokb.network.getScale() * 4})")
    assert sum(b["drawn"] for b in page.js(LABEL_BOXES)) > len(drawn)
    assert page.errors() == []


def _filters(page: Page) -> dict[str, Any]:
    return page.js("""() => ({
      unchecked: [...document.querySelectorAll('#controls fieldset input:not(:checked)')].map(b => b.value),
      article: document.getElementById('f-article').value,
      search: document.getElementById('search-input').value,
      selected: window.geokb.network.getSelectedNodes(),
      panel: document.getElementById('panel').hidden ? null : document.querySelector('#panel h2').textContent,
      nodes: window.geokb.visibleNodeIds().sort(),
      edges: window.geokb.visibleEdgeIds().sort(),
    })""")


def test_url_round_trips_search_filters_and_the_selected_actor(browser, bundled_service):
    page = Page(browser, bundled_service + "/graph")
    start = _filters(page)
    page.page.locator("#f-status input[value=alleged]").uncheck()
    page.page.locator("#f-types input[value=media]").uncheck()
    page.page.select_option("#f-article", "0")
    after_filters = _filters(page)
    page.page.fill("#search-input", "boris starmer")
    page.page.press("#search-input", "Enter")
    view = _filters(page)
    assert view["selected"] == [BASE + "actor/keir-starmer"] and view["panel"] == "Keir Starmer"
    url = page.page.url
    assert "actor=keir-starmer" in url and "hide-status=alleged" in url and "q=boris+starmer" in url

    other = Page(browser, url)  # a link reopens the same view
    assert _filters(other) == view
    assert other.page.locator("#f-status input[value=alleged]").is_checked() is False
    other.shot("graph-from-link")

    # Back steps through the views: before the search, then before the filters
    page.page.go_back()
    page.page.wait_for_function("document.getElementById('panel').hidden")
    assert _filters(page) == after_filters
    for _ in range(3):
        page.page.go_back()
    page.page.wait_for_function("!location.hash")
    assert _filters(page) == start
    page.page.go_forward()
    assert _filters(page)["unchecked"] == ["alleged"]
    assert page.errors() == [] and other.errors() == []


def test_file_url_round_trips_too(browser, hostile_store, tmp_path):
    out = tmp_path / "graph.html"
    out.write_text(render_graph_page(store_graph_view(hostile_store), assets="inline"), encoding="utf-8")
    page = Page(browser, out.as_uri() + "#hide-type=state&actor=keir-starmer&min-weight=0.5&isolated=on")
    view = _filters(page)
    assert view["unchecked"] == ["state"] and view["panel"] == "Keir Starmer"
    assert page.page.input_value("#f-weight") == "0.5" and page.page.is_checked("#f-isolated")
    weights = page.js(
        "window.geokb.visibleEdgeIds().map(id => Math.abs(window.geokb.edges.get(id).gk.weight))"
    )
    assert weights and min(weights) >= 0.5
    # a change is a new history entry, with the new view in the URL
    page.page.locator("#f-weight").fill("0")
    assert "min-weight" not in page.page.url and "hide-type=state" in page.page.url
    page.page.go_back()
    page.page.wait_for_function("document.getElementById('f-weight').value === '0.5'")
    with page.page.expect_download() as info:  # the file's CSP lets the export through
        page.page.click("#export-json")
    exported = json.loads(info.value.path().read_text("utf-8"))["meta"]["view"]
    assert exported == page.js("window.geokb.state()") and "min-weight=0.5" in exported
    assert page.errors() == []


def _panel_ties(page: Page) -> list[str]:
    return page.js("[...document.querySelectorAll('#panel .claims > li')].map(li => li.textContent)")


def test_panel_follows_the_filters_and_names_the_article_once(browser, bundled_service):
    view = httpx.get(bundled_service + "/graph/data").json()
    starmer = BASE + "actor/keir-starmer"
    ties = [e for e in view["edges"] if starmer in (e["from"], e["to"])]
    alleged = [e for e in ties if e["gk"]["status"] == "alleged"]
    assert alleged and len(alleged) < len(ties)
    page = Page(browser, bundled_service + "/graph#actor=keir-starmer")
    assert len(_panel_ties(page)) == len(ties)
    panel = page.page.text_content("#panel")
    title = view["articles"][0]["title"]
    assert panel.count(title) == 1  # the headline once, not on every tie
    voice = sum(e["gk"]["voice"] == "article" for e in ties)
    assert voice and panel.count("the article's own voice") == voice
    page.shot("panel-all")

    page.page.locator("#f-status input[value=alleged]").uncheck()
    listed = _panel_ties(page)
    assert len(listed) == len(ties) - len(alleged) and not any("alleged" in t for t in listed)
    hidden = page.page.text_content("#panel-hidden")
    assert hidden.startswith(f"{len(alleged)} more") and "hidden by the filters" in hidden
    page.shot("panel-filtered")
    page.page.locator("#f-status input[value=alleged]").check()
    assert len(_panel_ties(page)) == len(ties) and page.page.locator("#panel-hidden").count() == 0


def test_reset_resets_filters_search_message_selection_and_zoom(browser, bundled_service):
    page = Page(browser, bundled_service + "/graph")
    start, scale = _filters(page), page.js("window.geokb.network.getScale()")
    page.page.locator("#f-types input[value=state]").uncheck()
    page.page.locator("#f-weight").fill("0.5")
    page.page.check("#f-isolated")
    page.page.fill("#search-input", "starmer")
    page.page.press("#search-input", "Enter")
    assert page.page.text_content("#search-status") == "Found Keir Starmer."
    assert page.js("window.geokb.network.getScale()") != pytest.approx(scale)
    page.page.click("#reset")
    assert _filters(page) == start
    assert page.page.text_content("#search-status") == ""
    assert page.page.input_value("#f-weight") == "0" and not page.page.is_checked("#f-isolated")
    assert page.js("window.geokb.network.getScale()") == pytest.approx(scale, rel=0.02)
    assert page.js("location.hash") == ""
    assert page.errors() == []


def test_cluster_numbers_are_the_apis(browser, bundled_service):
    clusters = httpx.get(bundled_service + "/clusters").json()["clusters"]
    cluster_of = {m["actor"]: c["id"] for c in clusters for m in c["members"]}
    page = Page(browser, bundled_service + "/graph#actor=vladimir-putin")
    assert f"cluster #{cluster_of[BASE + 'actor/vladimir-putin']} " in page.page.text_content("#panel")
    legend = page.js("[...document.querySelectorAll('#f-clusters label')].map(l => l.textContent.trim())")
    assert legend[0].startswith("#0 ") and legend[1].startswith("#1 ")


def test_open_in_sparql_shows_the_actors_claims(browser, bundled_service):
    page = Page(browser, bundled_service + "/graph#actor=keir-starmer")
    page.page.click("#open-sparql")
    page.page.wait_for_selector("body[data-ready=true]")
    assert page.page.url.startswith(bundled_service + "/sparql?query=")
    roles = page.js(
        "[...document.querySelectorAll('#results tr')].slice(1).map(tr => tr.cells[1].textContent)"
    )
    assert {"speaker", "target"} <= set(roles)
    page.shot("sparql-from-graph")
    assert page.errors() == []


def test_exports_png_and_json_of_the_current_view(browser, bundled_service):
    page = Page(browser, bundled_service + "/graph#hide-type=state")
    with page.page.expect_download() as info:
        page.page.click("#export-png")
    png = info.value
    assert png.suggested_filename == "geokb-graph.png"
    assert png.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.page.expect_download() as info:
        page.page.click("#export-json")
    data = json.loads(info.value.path().read_text("utf-8"))
    assert sorted(n["id"] for n in data["nodes"]) == sorted(page.visible())
    assert not any(n["type"] == "state" for n in data["nodes"])
    assert data["meta"]["view"] == "hide-type=state"
    assert page.errors() == []

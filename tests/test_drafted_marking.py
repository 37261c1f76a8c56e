"""Machine drafts are marked wherever they reach a user, weigh less, and are easy to leave out.

The KB here holds the curated bundled article and one drafted article (a hand-written draft
in the drafter's output format, so that these tests do not depend on the drafting rules).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from kb.analysis import Weights, align, record_alignment
from kb.analysis.report import explanation_text
from kb.annotation import Annotation
from kb.browse import get_actor, list_claims, resolve_iri
from kb.cli import main as cli
from kb.graph_page import store_graph_view
from kb.ingest import ingest_annotation, parse_submission
from kb.mapping import annotation_to_quads
from kb.settings import Settings
from kb.store import Store, open_store
from kb.validate import validate_quads
from kb.vocab import PROV, XSD
from tests.conftest import BASE, serve
from tests.test_graph_page import Page, browser  # noqa: F401 (a fixture)

GENERATOR = "geokb-drafter test-1"
TEXT = (
    "Ruritania Accuses Moscow\n\n"
    "Ruritania's foreign minister Anna Kova said on Monday that Vladimir Putin “cannot be trusted”.\n"
)
DRAFT = {
    "article": {
        "id": "ruritania-draft",
        "title": "Ruritania Accuses Moscow",
        "text": "ruritania-draft.txt",
        "annotation": "drafted",
        "generator": GENERATOR,
        "annotated": "2025-03-03T10:15:00+01:00",
    },
    "actors": [
        {"id": "anna-kova", "type": "person", "label": "Anna Kova", "aliases": ["Anna Kova"]},
        {"id": "vladimir-putin", "type": "person", "label": "Vladimir Putin", "aliases": ["Vladimir Putin"]},
    ],
    "claims": [
        {
            "id": "kova-trust",
            "speaker": "anna-kova",
            "quote": "cannot be trusted",
            "direct": True,
            "kind": "criticism",
            "status": "reported",
            "stances": [{"target": "vladimir-putin", "polarity": -1}],
        }
    ],
}
KOVA, PUTIN = BASE + "actor/anna-kova", BASE + "actor/vladimir-putin"


def _mixed_store(annotation: Annotation) -> Store:
    s = open_store("memory:")
    ingest_annotation(s, annotation, BASE)
    ingest_annotation(s, parse_submission(DRAFT, TEXT), BASE)
    return s


@pytest.fixture(scope="module")
def mixed(annotation: Annotation) -> Iterator[Store]:
    s = _mixed_store(annotation)
    yield s
    s.close()


def _local(term: Any) -> str:
    return term.value.rpartition("#")[2]


def test_rdf_says_how_each_annotation_was_made(mixed):
    rows = {
        r["id"].value: (_local(r["method"]), _local(r["type"]), r["label"].value)
        for r in mixed.query("""
        SELECT ?id ?method ?type ?label WHERE { GRAPH ?g {
          ?g dct:subject ?doc ; prov:wasGeneratedBy ?act . ?doc schema:identifier ?id .
          ?act a prov:Activity ; gk:annotationMethod ?method ; prov:wasAssociatedWith ?agent .
          ?agent a ?type ; rdfs:label ?label FILTER(?type IN (prov:Person, prov:SoftwareAgent)) } }""")
    }
    assert rows["ruritania-draft"] == ("Drafted", "SoftwareAgent", GENERATOR)
    assert rows["starmer-putin"][:2] == ("Curated", "Person")


def test_every_claim_says_curated_or_drafted_and_the_filter_keeps_one_kind(mixed):
    every = list_claims(mixed, limit=1000)
    marks = {c["id"]: (c["annotation"], c["generator"]) for c in every["items"]}
    assert marks.pop("kova-trust") == ("drafted", GENERATOR)
    assert marks and set(marks.values()) == {("curated", None)}
    curated = list_claims(mixed, annotation="curated", limit=1000)
    drafted = list_claims(mixed, annotation="drafted", limit=1000)
    assert curated["total"] + drafted["total"] == every["total"]
    assert [c["id"] for c in drafted["items"]] == ["kova-trust"]
    assert "kova-trust" not in {c["id"] for c in curated["items"]}
    putin = get_actor(mixed, resolve_iri(BASE, "vladimir-putin"))
    assert {c["annotation"] for c in putin["claims_about"]} == {"curated", "drafted"}


def test_drafted_ties_weigh_less_and_can_be_left_out(mixed):
    full = align(mixed)
    (tie,) = [t for t in full.data.ties if t.source == KOVA]
    assert (tie.annotation, tie.generator) == ("drafted", GENERATOR)
    evidence = dict((t.claim, w) for t, w in full.graph[KOVA][PUTIN]["evidence"])
    assert evidence[tie.claim] == pytest.approx(-1 * 0.75 * 1.0 * Weights().drafted)
    heavier = align(mixed, weights=Weights(drafted=1.0))
    assert heavier.graph[KOVA][PUTIN]["weight"] == pytest.approx(-0.75)

    curated = align(mixed, annotation="curated")
    assert all(t.annotation == "curated" for t in curated.data.ties)
    assert KOVA not in curated.graph and PUTIN in curated.graph
    assert curated.summary()["parameters"]["annotation"] == "curated"
    assert len(curated.data.ties) == len(full.data.ties) - 1


def test_explanations_name_the_drafter_not_an_annotator(mixed):
    result = align(mixed)
    text = " ".join(explanation_text(result.explain("Anna Kova"), result).split())  # unwrapped
    assert f"drafted by {GENERATOR}, not reviewed" in text
    assert "recorded by the annotator" not in text


def test_recorded_runs_carry_the_drafted_weight_and_the_filter(annotation):
    s = _mixed_store(annotation)
    run = record_alignment(s, align(s, annotation="curated"), BASE)
    pattern = f"{run} gk:draftedWeight ?w ; gk:annotationFilter ?f"
    (row,) = s.query(f"SELECT * WHERE {{ GRAPH ?g {{ {pattern} }} }}")
    assert float(row["w"].value) == Weights().drafted
    assert row["f"].value.endswith("#Curated")


def test_graph_view_marks_drafted_ties_and_leaves_them_out_on_request(mixed):
    view = store_graph_view(mixed)
    marks = {(e["from"], e["to"]): e["gk"]["annotation"] for e in view["edges"]}
    assert marks[(KOVA, PUTIN)] == "drafted"
    assert {m for k, m in marks.items() if k != (KOVA, PUTIN)} == {"curated"}
    curated = store_graph_view(mixed, annotation="curated")
    assert {e["gk"]["annotation"] for e in curated["edges"]} == {"curated"}
    assert KOVA not in {n["id"] for n in curated["nodes"]}
    assert [a["id"] for a in curated["articles"]] == ["starmer-putin"]
    assert (view["meta"]["annotation"], curated["meta"]["annotation"]) == (None, "curated")


@pytest.fixture(scope="module")
def service(mixed) -> Iterator[str]:
    with serve(create_app(Settings(base_iri=BASE), mixed)) as url:
        yield url


def _get(url: str, path: str, **params: Any) -> httpx.Response:
    return httpx.get(url + path, params=params, timeout=30)


def test_api_marks_drafts_and_takes_annotation_curated(service):
    every = _get(service, "/claims", limit=1000).json()
    assert {c["annotation"] for c in every["items"]} == {"curated", "drafted"}
    curated = _get(service, "/claims", limit=1000, annotation="curated").json()
    assert {c["annotation"] for c in curated["items"]} == {"curated"}
    assert curated["total"] == every["total"] - 1
    assert _get(service, "/claims", annotation="reviewed").status_code == 422

    actor = _get(service, "/actors/anna-kova").json()
    assert [c["annotation"] for c in actor["claims_by"]] == ["drafted"]

    edges = _get(service, "/graph/data").json()["edges"]
    assert "drafted" in {e["gk"]["annotation"] for e in edges}
    edges = _get(service, "/graph/data", annotation="curated").json()["edges"]
    assert {e["gk"]["annotation"] for e in edges} == {"curated"}

    members = {m["actor"] for c in _get(service, "/clusters").json()["clusters"] for m in c["members"]}
    assert KOVA in members
    only = _get(service, "/clusters", annotation="curated").json()
    assert KOVA not in {m["actor"] for c in only["clusters"] for m in c["members"]}
    assert only["parameters"]["annotation"] == "curated"
    assert _get(service, "/clusters/explain", actor="Anna Kova", annotation="curated").status_code == 404
    explained = _get(service, "/clusters/explain", actor="Anna Kova").json()
    evidence = [e for edge in explained["ties_outside"] + explained["ties_inside"] for e in edge["evidence"]]
    assert {(e["annotation"], e["generator"]) for e in evidence} == {("drafted", GENERATOR)}
    assert _get(service, "/clusters/centrality", annotation="curated").status_code == 200


def test_cli_takes_annotation_curated(annotation, tmp_path: Path, capsys):
    store_dir = tmp_path / "store"
    s = open_store(str(store_dir))
    ingest_annotation(s, annotation, BASE)
    ingest_annotation(s, parse_submission(DRAFT, TEXT), BASE)
    s.close()
    command = ["--store", str(store_dir), "--base", BASE, "clusters", "--json"]
    assert cli(command) == 0
    every = json.loads(capsys.readouterr().out)
    assert cli([*command, "--annotation", "curated"]) == 0
    curated = json.loads(capsys.readouterr().out)
    assert curated["actors"] == every["actors"] - 1
    assert curated["parameters"]["annotation"] == "curated"
    assert curated["parameters"]["weights"]["drafted"] == Weights().drafted


def test_page_checkbox_asks_the_server_for_the_curated_alignment(browser, service, mixed):  # noqa: F811 (the fixture)
    page = Page(browser, service + "/graph#min-weight=0.1")
    try:
        drafted = [e["id"] for e in page.js("window.geokb.edges.get()") if e["gk"]["annotation"] == "drafted"]
        assert drafted and set(drafted) <= set(page.js("window.geokb.visibleEdgeIds()"))
        assert KOVA in page.js("window.geokb.nodes.getIds()")
        assert "drafted ties" in page.page.inner_text("label:has(#f-curated)")
        with page.page.expect_navigation():
            page.page.check("#f-curated")
        page.page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        assert page.page.url.endswith("/graph?annotation=curated#min-weight=0.1")
        assert page.page.is_checked("#f-curated")
        assert page.js("window.geokb.state()") == "min-weight=0.1"  # the rest of the view kept
        edges = page.js("window.geokb.edges.get()")
        assert edges and {e["gk"]["annotation"] for e in edges} == {"curated"}
        # the clusters too: computed on the server without the drafted article's actor
        assert KOVA not in page.js("window.geokb.nodes.getIds()")
        assert "Kova" not in page.page.inner_text("#f-clusters")
        drawn = page.js("JSON.parse(document.getElementById('geokb-data').textContent).clusters")
        assert drawn == store_graph_view(mixed, annotation="curated")["clusters"]
        assert "computed without them" in page.page.inner_text("label:has(#f-curated)")
        with page.page.expect_navigation():
            page.page.click("#reset")
        page.page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        assert not page.page.is_checked("#f-curated")
        assert set(drafted) <= set(page.js("window.geokb.visibleEdgeIds()"))
        assert page.errors() == []
    finally:
        page.page.close()


def test_file_page_checkbox_hides_drafted_ties_only(browser, mixed, tmp_path: Path):  # noqa: F811
    from kb.graph_page import render_graph_page

    out = tmp_path / "graph.html"
    out.write_text(render_graph_page(store_graph_view(mixed), assets="inline"), encoding="utf-8")
    page = Page(browser, out.as_uri())
    try:
        drafted = [e["id"] for e in page.js("window.geokb.edges.get()") if e["gk"]["annotation"] == "drafted"]
        assert drafted and set(drafted) <= set(page.js("window.geokb.visibleEdgeIds()"))
        assert "--annotation curated" in page.page.inner_text("label:has(#f-curated)")
        page.page.check("#f-curated")
        visible = set(page.js("window.geokb.visibleEdgeIds()"))
        assert visible and not visible & set(drafted)
        assert "curated=on" in page.js("window.geokb.state()")
        page.page.click("#reset")
        assert not page.page.is_checked("#f-curated")
        assert set(drafted) <= set(page.js("window.geokb.visibleEdgeIds()"))
        assert page.errors() == []
    finally:
        page.page.close()


def test_shapes_require_the_making_of_every_annotation_graph(annotation):
    from kb.mapping import annotation_to_quads
    from kb.validate import validate_quads
    from kb.vocab import PROV

    quads = annotation_to_quads(parse_submission(DRAFT, TEXT), BASE)
    assert validate_quads(quads).conforms
    broken = validate_quads(q for q in quads if q.predicate != PROV.wasGeneratedBy)
    assert not broken.conforms
    assert any(v.path.endswith("wasGeneratedBy") for v in broken.violations)


def test_each_annotation_says_when_it_was_made_and_only_if_it_knows(mixed, annotation):
    rows = mixed.query("""
        SELECT ?id ?ended ?generated WHERE { GRAPH ?g {
          ?g dct:subject/schema:identifier ?id ; prov:wasGeneratedBy ?act .
          OPTIONAL { ?act prov:endedAtTime ?ended } OPTIONAL { ?g prov:generatedAtTime ?generated } } }""")
    got = {r["id"].value: (r["ended"], r["generated"]) for r in rows}
    ended, generated = got["ruritania-draft"]
    assert ended == generated == ox.Literal("2025-03-03T09:15:00Z", datatype=XSD.dateTime)  # in UTC
    assert got["starmer-putin"] == (None, None)  # the curated sample does not say when: no time
    assert annotation.article.annotated is None
    # the time is the annotation's own: loading it again gives the same quads
    again = annotation_to_quads(parse_submission(DRAFT, TEXT), BASE)
    assert again == annotation_to_quads(parse_submission(json.loads(json.dumps(DRAFT)), TEXT), BASE)
    assert set(again) <= set(mixed.quads())


def test_a_time_is_a_datetime_with_its_zone(annotation):
    import yaml

    from kb.errors import AnnotationError

    # an unquoted YAML time is read as the same instant
    loaded = yaml.safe_load("annotated: 2025-03-03T10:15:00+01:00")["annotated"]
    data = json.loads(json.dumps(DRAFT))
    data["article"]["annotated"] = loaded
    assert parse_submission(data, TEXT).article.annotated == "2025-03-03T09:15:00Z"
    for bad, says in [("2025-03-03T10:15:00", "with its zone"), ("2025-02-30T10:15:00Z", "not a date")]:
        data["article"]["annotated"] = bad
        with pytest.raises(AnnotationError, match=says):
            parse_submission(data, TEXT)
    quads = annotation_to_quads(parse_submission(DRAFT, TEXT), BASE)
    as_text = [
        ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value), q.graph_name)
        if q.predicate == PROV.generatedAtTime
        else q
        for q in quads
    ]
    assert as_text != quads and not validate_quads(as_text).conforms


def test_the_drafter_records_when_it_drafts():
    from datetime import UTC, datetime

    from kb.extract import draft_annotation
    from kb.ingest import draft_text

    body = TEXT.encode("utf-8")
    before = datetime.now(UTC).replace(microsecond=0)
    draft, text = draft_text(body, "ruritania")
    after = datetime.now(UTC)
    when = datetime.fromisoformat(draft["article"]["annotated"])
    assert before <= when <= after and draft["article"]["annotated"].endswith("Z")
    assert parse_submission(draft, text).article.annotated == draft["article"]["annotated"]
    # the drafter itself reads no clock: the same call gives the same draft
    assert "annotated" not in draft_annotation(text, "ruritania", text_file="r.txt")["article"]

"""Time (issue 18): dates in, dates in RDF, questions over time, alignment over time, planted drift."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bench.synth import Corpus, DriftWorld, annotations, drift_articles
from kb.analysis import align_input, load_alignment_input, record_alignment
from kb.analysis.drift import drift, parse_span, window_alignment
from kb.analysis.index import TieIndex, index_from_input, load_index
from kb.analysis.params import AlignmentParams
from kb.analysis.record import input_digest, run_id
from kb.analysis.ties import article_evidence
from kb.analysis.timeline import in_window, timeline_of
from kb.annotation import Annotation, parse_annotation
from kb.browse import list_claims
from kb.cli import main
from kb.errors import AnnotationError, QueryError
from kb.extract.dates import add_dates, dateline_date, html_published, relative_when
from kb.ingest import bulk_ingest, draft_text, given_date, ingest_annotation, with_published
from kb.mapping import annotation_to_quads
from kb.questions import get_question
from kb.store import Store, open_store
from kb.validate import validate_quads
from tests.conftest import BACKENDS, oxigraph_server

BASE = "http://kb.test/id/"
WORLD = DriftWorld(start=date(2025, 1, 1), drift_at=date(2025, 3, 10), days=120)


def world_annotations(world: DriftWorld = WORLD) -> list[Annotation]:
    return [parse_annotation(d, t, d["article"]["id"]) for d, t in drift_articles(world)]


@pytest.fixture(scope="module")
def world() -> list[Annotation]:
    return world_annotations()


@pytest.fixture(scope="module", params=BACKENDS)
def dated_store(
    request, tmp_path_factory, world: list[Annotation], annotation: Annotation
) -> Iterator[Store]:
    """The drift world (dated) and the bundled article (undated), on each store backend, loaded once."""
    with ExitStack() as stack:
        if request.param == "oxigraph":
            store = open_store("memory:")
        else:
            store = open_store(stack.enter_context(oxigraph_server(tmp_path_factory.mktemp("dated"))))
        report = bulk_ingest(store, [*world, annotation], BASE)
        assert report.ok, report.errors
        yield store
        store.close()


def world_id(key: str) -> str:
    return f"{BASE}actor/{key}"


# -- dates in ------------------------------------------------------------------------------------


HTML = """<!doctype html><html><head><title>Talks</title>{meta}</head>
<body><article>{time}<h1>Talks stall</h1><p>Ministers met on Sunday, Lavrov said.</p></article>
</body></html>"""


@pytest.mark.parametrize(
    ("meta", "time", "want"),
    [
        (
            '<meta property="article:published_time" content="2025-03-05T08:00:00+01:00">',
            "",
            date(2025, 3, 5),
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
            '[{"@type": "NewsArticle", "dateModified": "2025-04-01", '
            '"datePublished": "2025-03-04"}]}</script>',
            "",
            date(2025, 3, 4),
        ),
        ("", '<time datetime="2025-03-03">3 March</time>', date(2025, 3, 3)),
        ('<meta property="article:modified_time" content="2025-03-05">', "", None),
    ],
)
def test_an_html_page_is_dated_by_what_its_metadata_says(meta, time, want):
    assert html_published(HTML.format(meta=meta, time=time)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Talks stall\n\nGENEVA, March 3, 2025 (Reuters) - Delegates left.", date(2025, 3, 3)),
        ("MOSCOW, Russia, Sept. 14, 2024 — The ministry said.", date(2024, 9, 14)),
        ("Published: 3 March 2025\nThe ministry said.", date(2025, 3, 3)),
        ("DAKAR, Nov 18 (Reuters) - No year here.", None),
        ("The March 3, 2025 vote was, he said, a farce.", None),
    ],
)
def test_a_dateline_dates_the_article_only_with_a_year(text, want):
    assert dateline_date(text) == want


@pytest.mark.parametrize(
    ("sentence", "published", "want"),
    [
        ("Lavrov said on Sunday that talks failed.", date(2025, 3, 5), "2025-03-02"),
        ("Lavrov said last Wednesday that talks failed.", date(2025, 3, 5), "2025-02-26"),
        ("Lavrov spoke yesterday.", date(2025, 3, 5), "2025-03-04"),
        ("Lavrov will travel on Sunday.", date(2025, 3, 5), None),
        ("Lavrov said on Wednesday that talks failed.", date(2025, 3, 5), None),  # that day, or a week ago?
        ("Lavrov said on Sunday that talks failed.", None, None),
    ],
)
def test_relative_dates_resolve_against_the_article_date_or_stay_unresolved(sentence, published, want):
    when = relative_when(sentence, published)
    assert when is not None and when["date"] == want
    assert when["text"] in sentence


def test_a_drafted_html_page_takes_its_date_and_claims_their_when():
    page = HTML.format(
        meta='<meta property="article:published_time" content="2025-03-05T08:00:00Z">', time=""
    ).replace("Ministers met on Sunday, Lavrov said.", "Russia opposes the plan, Lavrov said on Sunday.")
    draft, text = draft_text(page.encode(), "talks")
    assert draft["article"]["published"] == "2025-03-05"
    whens = [c.get("when") for c in draft["claims"]]
    assert {"text": "on Sunday", "date": "2025-03-02"} in whens
    ann = parse_annotation(draft, text)  # the dated draft loads like any annotation
    assert ann.article.published == "2025-03-05"


def test_a_user_date_wins_over_the_source_but_never_over_an_annotation(annotation):
    draft, _ = draft_text(b"GENEVA, March 3, 2025 (Reuters) - Russia opposes the plan.", "g")
    assert draft["article"]["published"] == "2025-03-03"
    draft, _ = draft_text(
        b"GENEVA, March 3, 2025 - Russia opposes the plan.", "g", published=date(2025, 3, 4)
    )
    assert draft["article"]["published"] == "2025-03-04"
    assert with_published(annotation, date(2025, 1, 2)).article.published == "2025-01-02"
    dated = with_published(annotation, date(2025, 1, 2))
    assert with_published(dated, date(2030, 1, 1)).article.published == "2025-01-02"


@pytest.mark.parametrize("bad", ["March 3", "2025-02-30", "20250303", "2025-03-03T10:00"])
def test_a_given_date_that_is_no_date_is_refused(bad):
    with pytest.raises(AnnotationError, match="not a date"):
        given_date(bad)


def test_an_annotation_date_that_is_no_calendar_day_is_refused(annotation):
    data, text = next(drift_articles(WORLD))
    data["article"]["published"] = "2025-02-30"
    with pytest.raises(AnnotationError, match="not a calendar date"):
        parse_annotation(data, text)
    data["article"]["published"] = "3 March 2025"
    with pytest.raises(AnnotationError, match="published"):
        parse_annotation(data, text)


def test_unresolved_when_is_kept_as_text_and_its_text_must_occur():
    data, text = next(drift_articles(WORLD))
    text = text.replace("Daily report 0", "Daily report 0, said on Sunday")
    data["claims"][0]["when"] = {"text": "on Sunday", "date": None}
    assert parse_annotation(data, text).claims[0].when_text == "on Sunday"
    data["claims"][0]["when"] = {"text": "on Monday", "date": None}
    with pytest.raises(AnnotationError, match="on Monday"):
        parse_annotation(data, text)


def test_ingest_dates_undated_text_files_from_the_command_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Russia opposes the plan, Lavrov said on Sunday.\n", "utf-8")
    store = tmp_path / "store"
    assert main(["--store", str(store), "ingest", str(tmp_path / "a.txt"), "--published", "2025-03-05"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--store",
                str(store),
                "query",
                "SELECT ?d WHERE { GRAPH ?g { ?a schema:datePublished ?d } }",
                "--format",
                "json",
            ]
        )
        == 0
    )
    got = json.loads(capsys.readouterr().out)
    (row,) = got["results"]["bindings"]
    assert row["d"] == {
        "type": "literal",
        "value": "2025-03-05",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    assert main(["--store", str(store), "ingest", str(tmp_path / "a.txt"), "--published", "5 March"]) == 1
    assert "not a date" in capsys.readouterr().err


# -- dates in RDF ------------------------------------------------------------------------------------


def test_dates_map_to_typed_literals_and_pass_the_shapes():
    data, text = next(drift_articles(WORLD))
    text = text.replace("Daily report 0", "Daily report 0, said yesterday")
    data["claims"][0]["when"] = {"text": "yesterday", "date": "2024-12-31"}
    quads = annotation_to_quads(parse_annotation(data, text), BASE)
    typed = {
        (q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], q.object.datatype.value)
        for q in quads
        if q.predicate.value.endswith(("datePublished", "#when"))
    }
    assert typed == {
        ("datePublished", "http://www.w3.org/2001/XMLSchema#date"),
        ("when", "http://www.w3.org/2001/XMLSchema#date"),
    }
    assert validate_quads(quads).conforms


def test_the_time_questions_answer_over_dated_and_undated_articles(dated_store):
    undated = list(dated_store.query(get_question("16").sparql))
    assert [r["id"].value for r in undated] == ["starmer-putin"]
    months = {}
    for r in dated_store.query(get_question("17").sparql):
        months[r["month"].value] = months.get(r["month"].value, 0) + int(r["claims"].value)
    assert months["2025-01"] == 31 * 8 and months["2025-04"] == 30 * 8
    assert "undated" in months
    swing = WORLD.labels()["swing"]
    by_month = {
        r["month"].value: (int(r["positive"].value), int(r["negative"].value))
        for r in dated_store.query(get_question("18").sparql)
        if r["targetLabel"].value == swing
    }
    assert by_month == {"2025-01": (0, 31), "2025-02": (0, 28), "2025-03": (0, 31), "2025-04": (0, 30)}


# -- questions over time ------------------------------------------------------------------------------


def test_claims_in_a_window_and_undated_ones_only_when_asked(dated_store):
    march = list_claims(dated_store, since=date(2025, 3, 1), until=date(2025, 3, 31), limit=1000)
    assert march["total"] == 31 * 8
    assert {c["date"][:7] for c in march["items"]} == {"2025-03"}
    everything = list_claims(dated_store, limit=1)["total"]
    with_undated = list_claims(
        dated_store, since=date(2025, 3, 1), until=date(2025, 3, 31), include_undated=True, limit=1
    )["total"]
    undated = everything - 120 * 8
    assert undated > 0 and with_undated == 31 * 8 + undated


def test_in_window_is_inclusive_and_refuses_an_empty_window(world):
    ties = [t for ann in world[:3] for t in _ties(ann)]
    assert {t.date for t in in_window(ties, date(2025, 1, 2), date(2025, 1, 2))} == {"2025-01-02"}
    with pytest.raises(QueryError, match="after"):
        in_window(ties, date(2025, 2, 1), date(2025, 1, 1))


def _ties(ann: Annotation):
    store = open_store("memory:")
    ingest_annotation(store, ann, BASE, shacl=False)
    return load_alignment_input(store).ties


@pytest.fixture(scope="module")
def client(world, annotation):
    from api.app import create_app
    from kb.settings import Settings

    s = open_store("memory:")
    assert bulk_ingest(s, [*world, annotation], BASE).ok
    with TestClient(create_app(Settings(base_iri=BASE, access_log=False), s)) as c:
        yield c
    s.close()


def test_the_api_filters_claims_graph_and_clusters_by_date(client):
    got = client.get("/claims", params={"since": "2025-04-01", "limit": 1}).json()
    assert got["total"] == 30 * 8 and got["items"][0]["date"] >= "2025-04-01"
    assert client.get("/claims", params={"since": "April"}).status_code == 422
    early = client.get("/clusters", params={"until": "2025-02-28"}).json()
    late = client.get("/clusters", params={"since": "2025-04-01"}).json()
    assert early["parameters"]["until"] == "2025-02-28" and late["parameters"]["since"] == "2025-04-01"

    def camp_of(summary, key):
        return next(
            frozenset(m["actor"] for m in c["members"])
            for c in summary["clusters"]
            if world_id(key) in {m["actor"] for m in c["members"]}
        )

    assert world_id("west-0") in camp_of(early, "swing") and world_id("east-0") in camp_of(late, "swing")
    graph = client.get("/graph/data", params={"since": "2025-04-01"}).json()
    dates = [a["date"] for a in graph["articles"]]
    assert len([d for d in dates if d]) == 30 and all(d >= "2025-04-01" for d in dates if d)
    kinds = {e["gk"]["kind"] for e in graph["edges"] if not e["gk"]["date"]}
    assert kinds == {"structural"}  # the undated article's part-of links: structure, in every window
    undated = client.get("/graph/data", params={"since": "2025-04-01", "include_undated": True}).json()
    assert {e["gk"]["kind"] for e in undated["edges"] if not e["gk"]["date"]} > kinds


def test_an_actors_timeline_by_period(client):
    got = client.get("/actors/swing/timeline", params={"period": "month"}).json()
    assert [p["period"] for p in got["periods"]] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    jan, apr = got["periods"][0], got["periods"][-1]
    assert jan["by"] == {"positive": 31, "negative": 0, "neutral": 0}
    assert jan["toward"] == {"positive": 0, "negative": 31, "neutral": 0}
    targets = {s["other"] for s in apr["stances"] if s["direction"] == "by"}
    assert targets <= {world_id(f"east-{i}") for i in range(5)}
    weeks = client.get(
        "/actors/swing/timeline", params={"period": "week", "since": "2025-03-03", "until": "2025-03-09"}
    ).json()
    assert [p["period"] for p in weeks["periods"]] == ["2025-W10"]
    assert client.get("/actors/nobody-at-all/timeline").status_code == 404
    assert client.get("/actors/swing/timeline", params={"period": "year"}).status_code == 422


# -- alignment over time and the planted drift ------------------------------------------------------


def test_the_planted_drift_is_found_in_its_window_and_explained_by_the_planted_claims(dated_store):
    found = drift(load_alignment_input(dated_store), window=parse_span("30d"), step=parse_span("15d"))
    moves = found.moves_of(world_id("swing"))
    assert len(moves) == 1, found.moves
    (move,) = moves
    assert move.since <= WORLD.drift_at <= move.until
    west = {world_id(f"west-{i}") for i in range(5)}
    east = {world_id(f"east-{i}") for i in range(5)}
    before = next(r for r in found.runs if r.until < move.since)
    assert {a for a in west if before.camp_of(a) == move.before} == west
    assert move.claims and all(
        "swing" in e.claim and e.date >= WORLD.drift_at.isoformat() for e in move.claims
    )
    assert {e.target if e.polarity > 0 else e.source for e in move.claims} <= east | west
    assert all((e.target in east) == (e.polarity > 0) for e in move.claims if e.source == world_id("swing"))
    # no one else changed sides
    assert {m.actor for m in found.moves} == {world_id("swing")}


def test_the_planted_drift_found_from_the_index_is_the_one_found_from_the_store(dated_store):
    read = load_alignment_input(dated_store)
    index = load_index(dated_store)
    span = {"window": parse_span("30d"), "step": parse_span("15d")}
    from_store, from_index = drift(read, **span), drift(index, **span)
    assert [m.actor for m in from_index.moves] == [world_id("swing")]
    assert from_index.summary() == from_store.summary()
    curated = drift(index, **span, annotation="curated", since=date(2025, 2, 1)).summary()
    assert curated == drift(read, **span, annotation="curated", since=date(2025, 2, 1)).summary()
    assert curated["parameters"]["since"] == "2025-02-01" and len(curated["windows"]) < len(
        from_index.summary()["windows"]
    )


WINDOWS = [
    {"since": date(2025, 3, 1), "until": date(2025, 3, 30)},
    {"since": date(2025, 3, 1), "until": date(2025, 3, 30), "include_undated": True},
    {"until": date(2025, 1, 15)},
    {"since": date(2025, 4, 20), "annotation": "curated", "seed": 3},
    {"since": date(2026, 1, 1)},  # after every article: only the part-of links of the KB
]


def _same_alignment(index: TieIndex, read, **window) -> dict:
    """The window's alignment from the index, held equal to the one cut from every tie read."""
    params = AlignmentParams(**window)
    got, run = window_alignment(index, params)
    want = align_input(read, **params.align_kwargs())
    assert got.data.ties == want.data.ties
    assert got.data.actors == want.data.actors
    assert got.data.claims_spoken == want.data.claims_spoken
    assert got.summary() == want.summary()
    assert run["index_version"] == index.version and run["computed"] == "full"
    p = {**want.clustering.parameters, "weights": want.weights.as_dict()}
    assert run["id"] == run_id(input_digest(want.data.ties), p)  # hashed by article, as by tie
    return got.summary()


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: ",".join(f"{k}={v}" for k, v in w.items()))
def test_a_window_from_the_index_equals_the_window_cut_from_the_store(dated_store, window):
    read = load_alignment_input(dated_store)
    got = _same_alignment(load_index(dated_store), read, **window)
    assert got["ties"] > 0


def test_a_timeline_from_the_index_equals_the_timeline_from_the_store(dated_store):
    read = load_alignment_input(dated_store)
    index = load_index(dated_store)
    for actor, kw in [
        (world_id("swing"), {}),
        (world_id("swing"), {"period": "week", "since": date(2025, 3, 3), "until": date(2025, 3, 30)}),
        (world_id("west-0"), {"period": "day", "limit": 3}),
        (world_id("keir-starmer"), {"since": date(2025, 1, 1)}),  # the undated article's, kept apart
        (world_id("nobody"), {}),
    ]:
        got = index.timeline(actor, **kw)
        assert got == timeline_of(read, actor, **kw), (actor, kw)
    capped = index.timeline(world_id("swing"), limit=2)
    assert all(len(p["stances"]) == 2 for p in capped["periods"])
    january = capped["periods"][0]
    assert sum(january["by"].values()) + sum(january["toward"].values()) == 62  # every stance counted
    assert index.timeline(world_id("keir-starmer"))["undated"]["stances"]


def test_the_time_routes_answer_from_the_index_as_the_store_would(dated_store):
    from api.app import create_app
    from kb.settings import Settings

    read = load_alignment_input(dated_store)
    settings = Settings(base_iri=BASE, access_log=False, query_workers=0)
    with TestClient(create_app(settings, dated_store)) as client:
        window = {"since": "2025-02-10", "until": "2025-03-11"}
        got = client.get("/clusters", params=window).json()
        want = align_input(read, since=date(2025, 2, 10), until=date(2025, 3, 11)).summary()
        assert {k: v for k, v in got.items() if k != "run"} == json.loads(json.dumps(want))
        assert got["run"]["index_version"] == 0 and got["run"]["pending"] is False
        assert client.get("/clusters", params=window).json() == got  # the cached window
        swing = client.get("/actors/swing/timeline", params={"period": "week", "limit": 4}).json()
        assert swing == json.loads(json.dumps(timeline_of(read, world_id("swing"), period="week", limit=4)))
        moves = client.get("/clusters/windows", params={"window": "30d", "step": "15d"}).json()
        span = {"window": parse_span("30d"), "step": parse_span("15d")}
        assert moves == json.loads(json.dumps(drift(read, **span).summary()))
        assert (
            client.get("/clusters", params={"since": "2025-03-01", "until": "2025-02-01"}).status_code == 400
        )


@pytest.fixture(scope="module")
def synthetic() -> list[Annotation]:
    """Synthetic articles as bench/growth.py makes them (Zipf actors, blocs), ten a day, some undated."""
    dated = list(annotations(300, dated=date(2024, 1, 1), per_day=10))
    return dated + list(annotations(20, start=300))


def test_windows_and_timelines_from_the_index_on_synthetic_articles(synthetic):
    store = open_store("memory:")
    assert bulk_ingest(store, synthetic, BASE).ok
    read, index = load_alignment_input(store), load_index(store)
    assert sum(t.kind == "co-membership" for t in read.ties) > 0
    for window in [
        {"since": date(2024, 1, 5), "until": date(2024, 1, 18)},
        {"since": date(2024, 1, 25), "include_undated": True},
        {"until": date(2024, 1, 1), "resolution": 0.5},
    ]:
        _same_alignment(index, read, **window)
    busiest = f"{BASE}actor/{Corpus().pool[0].id}"
    for kw in [{"period": "week"}, {"period": "day", "since": date(2024, 1, 10), "limit": 7}]:
        assert index.timeline(busiest, **kw) == timeline_of(read, busiest, **kw)
    span = {"window": parse_span("10d"), "step": parse_span("5d")}
    assert drift(index, **span).summary() == drift(read, **span).summary()


def test_the_date_view_follows_writes_replacements_and_deletions(synthetic):
    """An index kept by deltas answers each window as a cut of its whole input does."""
    index = index_from_input(load_alignment_input(open_store("memory:")))
    evs = [article_evidence(a, BASE) for a in synthetic]
    for ev in evs[:200]:
        index.put(ev)

    def check() -> None:
        whole = index.input()
        for since, until in [(date(2024, 1, 3), date(2024, 1, 9)), (None, date(2024, 1, 2))]:
            for undated in (False, True):
                window = {"since": since, "until": until, "include_undated": undated}
                got = align_input(index.window(since, until, include_undated=undated), **window)
                want = align_input(whole, **window)
                assert got.data.ties == want.data.ties and got.summary() == want.summary()
        days = sorted(t.date for t in whole.ties if t.date)
        assert index.span() == (date.fromisoformat(days[0]), date.fromisoformat(days[-1]))

    check()  # the view built at once
    for ev in evs[200:210]:  # a few writes: moved one by one
        index.put(ev)
    moved = synthetic[3]  # an article of day 0 republished later: it leaves its day for another
    index.put(article_evidence(replace(moved, article=replace(moved.article, published="2024-01-20")), BASE))
    index.drop(evs[50].article)
    check()
    assert evs[50].article not in index.dated.seen
    assert (("2024-01-20", evs[3].article) in index.dated.keys) and (
        ("2024-01-01", evs[3].article) not in index.dated.keys
    )


def test_a_window_is_cached_by_its_ties_not_by_the_index_version(synthetic):
    """A write outside a window leaves its cached answer a lookup; one inside changes its key, and
    the answer computed again is still the one cut from the whole input."""
    from kb.cache import LRUCache

    index = index_from_input(load_alignment_input(open_store("memory:")))
    evs = [article_evidence(a, BASE) for a in synthetic]
    for ev in evs[:100]:  # days 2024-01-01..10
        index.put(ev)
    cache = LRUCache(4)
    params = AlignmentParams(since=date(2024, 1, 2), until=date(2024, 1, 5))
    first, run = window_alignment(index, params, cache=cache)
    index.put(evs[150])  # day 2024-01-16: outside the window
    again, later = window_alignment(index, params, cache=cache)
    assert again is first and later["id"] == run["id"]
    assert later["index_version"] == index.version != run["index_version"]
    inside = synthetic[30]  # an article of 2024-01-04 republished on 2024-01-20: it leaves the window
    later_day = replace(inside.article, published="2024-01-20")
    index.put(article_evidence(replace(inside, article=later_day), BASE))
    moved, now = window_alignment(index, params, cache=cache)
    assert moved is not first and now["id"] != run["id"]
    want = align_input(index.input(), **params.align_kwargs())
    assert moved.data.ties == want.data.ties and moved.summary() == want.summary()
    p = {**want.clustering.parameters, "weights": want.weights.as_dict()}
    assert now["id"] == run_id(input_digest(want.data.ties), p)


def test_a_world_without_drift_has_no_move():
    steady = DriftWorld(start=date(2025, 1, 1), drift_at=date(2030, 1, 1), days=90)
    store = open_store("memory:")
    bulk_ingest(store, world_annotations(steady), BASE)
    found = drift(load_alignment_input(store), window=parse_span("30d"), step=parse_span("15d"))
    assert len(found.runs) >= 3 and found.moves == []


def test_windows_over_the_api_and_the_cli(client, tmp_path, capsys, world):
    got = client.get("/clusters/windows", params={"window": "30d", "step": "15d", "actor": "swing"}).json()
    assert got["parameters"]["window"] == "30d"
    (move,) = got["moves"]
    assert move["since"] <= "2025-03-10" <= move["until"]
    assert all("swing" in c["claim"] for c in move["claims"])
    assert client.get("/clusters/windows", params={"window": "a month"}).status_code == 400

    store = tmp_path / "store"
    s = open_store(str(store))
    bulk_ingest(s, world, BASE)
    s.close()
    assert (
        main(
            [
                "--store",
                str(store),
                "--base",
                BASE,
                "clusters",
                "--window",
                "30d",
                "--step",
                "15d",
                "--explain",
                "swing",
                "--record",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "1 move(s) between camps" in out and "swing-1" in out
    assert (
        main(
            [
                "--store",
                str(store),
                "--base",
                BASE,
                "query",
                "SELECT ?since ?until WHERE { GRAPH ?g { ?r gk:windowSince ?since ; "
                "gk:windowUntil ?until } }",
                "--format",
                "json",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert len(rows) >= 7 and {r["since"]["datatype"] for r in rows} == {
        "http://www.w3.org/2001/XMLSchema#date"
    }


def test_the_cli_answers_windows_and_timelines_from_the_index_as_the_store_would(world, tmp_path, capsys):
    store = tmp_path / "store"
    s = open_store(str(store))
    bulk_ingest(s, world, BASE)
    read = load_alignment_input(s)
    s.close()
    cli = ["--store", str(store), "--base", BASE]
    window = ["--since", "2025-02-01", "--until", "2025-03-20"]
    assert main([*cli, "clusters", *window, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    want = align_input(read, since=date(2025, 2, 1), until=date(2025, 3, 20)).summary()
    assert got == json.loads(json.dumps(want))
    assert main([*cli, "timeline", "swing", "--period", "week", "--limit", "3", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got == json.loads(json.dumps(timeline_of(read, world_id("swing"), period="week", limit=3)))
    assert main([*cli, "timeline", "swing"]) == 0
    assert "2025-03" in capsys.readouterr().out


def test_add_dates_leaves_an_undated_draft_undated():
    draft = {"article": {"published": None}, "claims": [{"quote": "talks failed", "id": "c1"}]}
    add_dates(draft, "Lavrov said on Sunday that talks failed.")
    assert draft["article"]["published"] is None
    assert draft["claims"][0]["when"] == {"text": "on Sunday", "date": None}


def test_a_recorded_windowed_run_carries_its_window(dated_store):
    a = align_input(load_alignment_input(dated_store), since=date(2025, 2, 1), until=date(2025, 2, 28))
    runs = open_store("memory:")  # the shared store stays as it was for the other tests
    run = record_alignment(runs, a, BASE)
    (row,) = list(
        runs.query(f"SELECT ?s ?u WHERE {{ GRAPH ?g {{ {run} gk:windowSince ?s ; gk:windowUntil ?u }} }}")
    )
    assert (row["s"].value, row["u"].value) == ("2025-02-01", "2025-02-28")
    assert a.data.ties and all(
        t.date and "2025-02-01" <= t.date <= "2025-02-28" for t in a.data.ties if t.kind != "structural"
    )


# -- the graph page: a time range and the selected actor's drift -------------------------------------


def test_the_graph_page_redraws_the_ties_of_a_time_range_and_shows_the_drift(world, annotation, tmp_path):
    from bench.chromium import CHROMIUM, CHROMIUM_ARGS
    from kb.graph_page import render_graph_page, store_graph_view

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt install chromium)")
    from playwright.sync_api import sync_playwright

    store = open_store("memory:")
    bulk_ingest(store, [*world, annotation], BASE)
    view = store_graph_view(store, initial_nodes=1000)
    store.close()
    dates = view["meta"]["dates"]
    assert (dates["first"], dates["last"]) == ("2025-01-01", "2025-04-30") and dates["undated"] > 0
    assert [m["since"] <= "2025-03-10" <= m["until"] for m in view["drift"][world_id("swing")]] == [True]
    out = tmp_path / "graph.html"
    out.write_text(render_graph_page(view, assets="inline"), "utf-8")
    march = sum(1 for e in view["edges"] if (e["gk"]["date"] or "")[:7] == "2025-03")
    structural = sum(1 for e in view["edges"] if e["gk"]["kind"] == "structural")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(out.as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        everything = page.evaluate("window.geokb.visibleEdgeIds().length")
        assert page.is_visible("#f-time")
        page.fill("#f-since", "2025-03-01")
        page.dispatch_event("#f-since", "change")
        page.fill("#f-until", "2025-03-31")
        page.dispatch_event("#f-until", "change")
        drawn = page.evaluate("window.geokb.visibleEdgeIds().map(id => window.geokb.edges.get(id).gk)")
        assert len(drawn) == march + structural < everything
        assert all(g["date"][:7] == "2025-03" for g in drawn if g["kind"] != "structural")
        assert "since=2025-03-01" in page.evaluate("window.geokb.state()")
        page.check("#f-undated")
        assert page.evaluate("window.geokb.visibleEdgeIds().length") > len(drawn)  # the bundled article's
        page.evaluate(f"window.geokb.focusNode({json.dumps(world_id('swing'))})")
        page.wait_for_selector("#panel-drift")
        panel = page.inner_text("#panel-body")
        assert "1 move between camps" in panel and "swing-1" in panel
        assert errors == []
        browser.close()


def test_post_articles_takes_a_publication_date(world):
    from api.app import create_app
    from kb.settings import Settings

    s = open_store("memory:")
    auth = {"Authorization": "Bearer t0ken"}
    with TestClient(create_app(Settings(base_iri=BASE, token="t0ken", access_log=False), s)) as c:
        data, text = next(drift_articles(WORLD))
        data["article"]["published"] = None
        r = c.post(
            "/articles", json={"annotation": data, "text": text, "published": "2025-06-01"}, headers=auth
        )
        assert r.status_code == 200, r.text
        assert [a["date"] for a in c.get("/articles").json()] == ["2025-06-01"]
        r = c.post("/articles", json={"annotation": data, "text": text, "published": "June"}, headers=auth)
        assert r.status_code == 422 and "not a date" in r.text
        assert [a["date"] for a in c.get("/articles").json()] == [
            "2025-06-01"
        ]  # the refused one changed nothing
    s.close()


def _timeline_before(index: TieIndex, actor: str, **kw) -> dict:  # type: ignore[no-untyped-def]
    """The index's timeline as it was before each actor's stances were kept by day: every stance
    of the actor gathered, sorted and cut (the reference :class:`StanceDays` is held to)."""
    from kb.analysis.timeline import Labels, stance_timeline

    mine = index.stances.get(actor, {})
    by = [t for target, ts in mine.items() if target != actor for t in ts.values()]
    toward = [t for h in index.held.get(actor, ()) if h != actor for t in index.stances[h][actor].values()]
    since, until = kw.pop("since", None), kw.pop("until", None)
    out = stance_timeline(by, toward, actor, labels=Labels(index.infos), since=since, until=until, **kw)
    return {"since": since and since.isoformat(), "until": until and until.isoformat(), **out}


def _days_of(index: TieIndex) -> dict:
    """What the index's stance days hold, in plain values (each actor's days in order)."""
    from kb.analysis.dated import WAYS

    days = index.days
    assert all(d == sorted(d) for d in days.order.values())
    return {
        actor: {
            day: tuple(sorted(map(repr, ways[WAYS.index(way)].values())) for way in WAYS)
            for day, ways in filed.items()
        }
        for actor, filed in days.days.items()
    }


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_timelines_by_day_follow_random_writes_and_equal_the_timeline_before(synthetic, seed):
    """Random puts, replacements (some moved to another day or undated), drops and a save and
    read: each actor's stances by day equal those of an index built at once, and its timelines
    equal the timeline that gathered every stance (:func:`_timeline_before`) and the store's."""
    import pickle
    import random

    rng = random.Random(seed)
    evs = [article_evidence(a, BASE) for a in synthetic]
    index = TieIndex()
    for ev in rng.sample(evs, 150):
        index.put(ev)
    for _ in range(60):
        a = rng.choice(synthetic)
        roll = rng.random()
        if roll < 0.3:
            index.drop(article_evidence(a, BASE).article)
        elif roll < 0.6:
            day = rng.choice([None, "2024-01-03", "2024-02-29"])
            index.put(article_evidence(replace(a, article=replace(a.article, published=day)), BASE))
        else:
            index.put(article_evidence(a, BASE))
    rebuilt = index_from_input(index.input())
    assert _days_of(index) == _days_of(rebuilt)
    read = pickle.loads(pickle.dumps(index))
    assert _days_of(read) == _days_of(index)
    whole = index.input()
    actors = sorted(set(index.stances) | set(index.held))
    for actor in [*rng.sample(actors, 8), f"{BASE}actor/{Corpus().pool[0].id}", "nobody"]:
        for kw in [
            {},
            {"period": "week", "since": date(2024, 1, 10)},
            {"period": "day", "until": date(2024, 1, 20), "limit": 3},
            {"since": date(2024, 1, 5), "until": date(2024, 1, 25), "limit": 1},
        ]:
            got = index.timeline(actor, **kw)
            assert got == _timeline_before(index, actor, **kw), (actor, kw)
            assert got == timeline_of(whole, actor, **kw), (actor, kw)
            assert read.timeline(actor, **kw) == got


def test_warming_the_index_fills_the_caches_and_changes_no_answer(synthetic):
    """The service warms its index after a start (:meth:`TieIndex.warm`): every article's hash and
    share and every target's column are built, and a window, its key and co-alignment answer as
    a cold index does, also after a write that lands in the middle of the warm caches."""
    from kb.analysis.index import aligned

    evs = [article_evidence(a, BASE) for a in synthetic]
    cold = index_from_input(load_alignment_input(open_store("memory:")))
    warm = index_from_input(load_alignment_input(open_store("memory:")))
    for ev in evs:
        cold.put(ev)
        warm.put(ev)
    assert warm.warm(chunk=7, heavy=3) == len(evs)
    assert set(warm.cache.hashes) >= set(warm.articles) and set(warm.cache.shares) >= set(warm.articles)
    assert set(warm.cache.columns) == {t for t in warm.held}
    assert set(warm.cache.heads) == set(warm.stances)
    heavy = {("pair", key) for key, ties in warm.pairs.items() if len(ties) >= 3}
    assert 0 < len(heavy) < len(warm.pairs)  # some pairs are heavy, not all of them
    assert {k for k in warm.cache.strongest if k[0] == "pair"} == heavy
    assert not cold.cache.shares and not cold.cache.columns and not cold.cache.heads
    assert not cold.cache.strongest
    moved = synthetic[3]
    republished = replace(moved, article=replace(moved.article, published="2024-01-06"))
    for index in (cold, warm):
        index.put(article_evidence(republished, BASE))
    busiest = f"{BASE}actor/{Corpus().pool[0].id}"
    for since, until in [(date(2024, 1, 3), date(2024, 1, 9)), (None, date(2024, 1, 2))]:
        for undated in (False, True):
            a, b = (ix.window(since, until, include_undated=undated) for ix in (warm, cold))
            assert a == b
            assert warm.window_hash(since, until, include_undated=undated) == cold.window_hash(
                since, until, include_undated=undated
            )
    assert aligned(warm, busiest) == aligned(cold, busiest)


def test_the_service_warms_its_index_in_the_background(synthetic):
    from kb.analysis.live import LiveAlignment

    store = open_store("memory:")
    assert bulk_ingest(store, synthetic[:50], BASE).ok
    quiet = LiveAlignment(store, BASE, background=False)
    quiet.state()
    assert quiet.warmed is None and not quiet.index.cache.shares  # tests and the CLI: nothing extra
    live = LiveAlignment(store, BASE)
    live.state()
    assert live.warming is not None
    live.warming.join(60)
    assert live.warmed is not None and set(live.index.cache.shares) >= set(live.index.articles)

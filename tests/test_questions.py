"""The competency questions, each with the answer a reader of the article expects."""

from __future__ import annotations

from collections import Counter

import pytest

from kb.questions import get_question, questions
from kb.results import rows
from kb.terms import short


def ask(store, name: str) -> list[dict[str, str]]:
    names, data = rows(store.query(get_question(name).sparql))
    return [{n: short(t) for n, t in zip(names, row, strict=True)} for row in data]


def test_there_are_at_least_twelve_documented_questions():
    qs = questions()
    assert len(qs) >= 12
    assert all(q.question and q.title != q.name for q in qs)


@pytest.mark.parametrize("q", questions(), ids=lambda q: q.name)
def test_every_question_answers_something(built_store, q):
    assert ask(built_store, q.name), q.name


def test_who_alleges_the_anti_trump_bloc(built_store):
    (row,) = ask(built_store, "01")
    assert (row["blocLabel"], row["speakerLabel"], row["viaLabel"], row["status"]) == (
        "anti-Trump bloc",
        "Mykola Azarov",
        "Izvestia",
        "status:alleged",
    )


def test_alleged_members(built_store):
    got = {(r["memberLabel"], r["speakerLabel"], r["status"]) for r in ask(built_store, "02")}
    assert got == {
        (m, "Mykola Azarov", "status:alleged") for m in ("Keir Starmer", "Emmanuel Macron", "Friedrich Merz")
    }


def test_every_claim_of_starmer_with_its_quote(built_store):
    got = [r["quote"] for r in ask(built_store, "03")]
    assert got == [
        "I\u2019m not answering to Putin,",
        "We need security guarantees if we\u2019re aiming for a real, lasting peace.",
        "We need a U.S. backstop of some sort.",
        "I\u2019m not going to get ahead of myself,",
        "We\u2019re at a critical juncture\u2014three years into this conflict. All of us want a "
        "peaceful outcome, but that has to be a durable peace with effective security guarantees.",
    ]


def test_negative_stances(built_store, annotation):
    got = Counter((r["holderLabel"], r["targetLabel"]) for r in ask(built_store, "04"))
    assert got[("Keir Starmer", "Vladimir Putin")] == 2  # headline and his own words
    assert got[("Rodion Miroshnik", "United Kingdom")] == 3
    assert got[("anti-Trump bloc", "Donald Trump")] == 2  # only as Azarov alleges it
    assert ("Keir Starmer", "Donald Trump") not in got  # the bloc's stance is not Starmer's
    label = {a.id: a.label for a in annotation.actors}
    expected = Counter(
        (label[s.holder], label[s.target]) for c in annotation.claims for s in c.stances if s.polarity == -1
    )
    assert got == expected


def test_asserted_versus_reported_versus_alleged(built_store, annotation):
    got = {r["status"]: int(r["claims"]) for r in ask(built_store, "05")}
    assert got == {"status:asserted": 12, "status:reported": 10, "status:alleged": 5}
    assert got == {f"status:{k}": n for k, n in Counter(c.status for c in annotation.claims).items()}


def test_source_errors_resolve_to_the_right_actors(built_store):
    got = [(r["exact"], r["kind"], r["actorLabel"]) for r in ask(built_store, "06")]
    assert got == [
        ("former U.S. President", "flag:wrong-title", "Donald Trump"),
        ("Russian ex\u2011Ukrainian prime minister", "flag:garbled-title", "Mykola Azarov"),
        ("former President", "flag:wrong-title", "Donald Trump"),
        ("Boris\u202fStarmer", "flag:wrong-name", "Keir Starmer"),
    ]


def test_wikidata_links_only_where_certain(built_store):
    linked = {r["label"]: r["wikidata"] for r in ask(built_store, "07") if r["wikidata"]}
    assert linked == {
        "Donald Trump": "wd:Q22686",
        "Vladimir Putin": "wd:Q7747",
        "Emmanuel Macron": "wd:Q3052772",
        "NATO": "wd:Q7184",
        "United Kingdom": "wd:Q145",
        "United States": "wd:Q30",
        "Russia": "wd:Q159",
        "Ukraine": "wd:Q212",
        "France": "wd:Q142",
        "Germany": "wd:Q183",
    }


def test_claims_by_unnamed_sources(built_store):
    got = Counter(r["speakerLabel"].split(" (")[0] for r in ask(built_store, "08"))
    assert got == {"unnamed analyst": 2, "unnamed Russian MP": 1}


def test_second_hand_chain(built_store):
    got = {(r["speakerLabel"], r["viaLabel"], r["status"]) for r in ask(built_store, "09")}
    assert got == {("Mykola Azarov", "Izvestia", "status:alleged")}
    assert len(ask(built_store, "09")) == 2


def test_the_kb_records_what_the_article_does_not_say(built_store):
    got = {r["unknown"] for r in ask(built_store, "10")}
    assert got == {"schema:datePublished", "schema:publisher", "schema:author", "schema:url"}


def test_most_criticised(built_store):
    top = ask(built_store, "11")[0]
    assert top["targetLabel"] == "United Kingdom" and int(top["stances"]) == 7


def test_mentions_of_starmer_include_the_misnaming(built_store):
    got = [r["exact"] for r in ask(built_store, "12")]
    assert "Boris\u202fStarmer" in got and "Sir Keir Starmer" in got
    assert len(got) == 16


def test_stated_roles_and_their_flags(built_store):
    got = {(r["actorLabel"], r["role"]): r["flagKind"] for r in ask(built_store, "13")}
    assert got[("Donald Trump", "former U.S. President")] == "flag:wrong-title"
    assert got[("Mykola Azarov", "Russian ex-Ukrainian prime minister")] == "flag:garbled-title"
    assert got[("Keir Starmer", "British Prime Minister")] == ""


def test_for_and_against_the_proposed_force(built_store):
    got = {(r["holderLabel"], int(r["polarity"])) for r in ask(built_store, "14")}
    assert got == {("Keir Starmer", 1), ("United Kingdom", 1), ("Donald Trump", 1), ("Russia", -1)}


def test_actors_that_exist_only_as_claimed(built_store):
    got = {(r["label"], r["existence"], r["speakerLabel"]) for r in ask(built_store, "15")}
    assert ("anti-Trump bloc", "existence:alleged", "Mykola Azarov") in got
    assert any(
        label == "proposed European defence force" and e == "existence:proposed" for label, e, _ in got
    )

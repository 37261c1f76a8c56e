"""The learned stance step: how it is fitted, what it may change in a draft, and that the shipped
table is what the training script makes from the dev split."""

from __future__ import annotations

import importlib.util
import json
from importlib.resources import files
from pathlib import Path

import pytest

from kb.annotation import load_annotation
from kb.extract import DRAFTER_VERSION, Drafter
from kb.extract.learned import StanceModel, fit

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def drafters() -> tuple[Drafter, Drafter]:
    return Drafter(), Drafter(learned=False)


def test_fit_learns_which_words_go_with_which_side():
    rows = [(["bias", "w:betrayed"], -1)] * 20 + [(["bias", "w:thanked"], 1)] * 20
    rows += [(["bias", "w:met"], 0)] * 20
    model = StanceModel(fit(rows, iterations=400), threshold=0.5)
    assert model.polarity(["bias", "w:betrayed"]) == -1
    assert model.polarity(["bias", "w:thanked"]) == 1
    assert model.polarity(["bias", "w:met"]) == 0
    assert model.polarity(["bias", "w:unseen"]) == 0  # a feature it never saw adds nothing


def test_a_side_needs_the_threshold():
    weights = {"bias": [0.0, 0.0, 0.0], "w:sharp": [1.0, 0.0, 0.0]}  # P(-1) = e/(e+2) = 0.58
    assert StanceModel(weights, threshold=0.5).polarity(["bias", "w:sharp"]) == -1
    assert StanceModel(weights, threshold=0.6).polarity(["bias", "w:sharp"]) == 0


def test_a_side_less_likely_than_none_passes_a_threshold_under_a_third():
    weights = {"w:wary": [0.5, 1.0, 0.0]}  # P(-1) 0.31, P(0) 0.51, P(+1) 0.19
    assert StanceModel(weights, threshold=0.25).polarity(["w:wary"]) == -1
    assert StanceModel(weights, threshold=0.35).polarity(["w:wary"]) == 0
    assert StanceModel(weights, threshold=0.5).polarity(["w:wary"]) == 0
    assert StanceModel({"w:warm": [0.0, 1.0, 0.5]}, threshold=0.25).polarity(["w:warm"]) == 1


def test_the_speakers_stance_toward_each_member_of_a_grouping_they_name(drafters):
    learned, rules = drafters
    text = (
        'Paraguay\'s foreign minister, Rubén Ortiz, described Bolivia, Chile and Peru as "a Pacific front".\n'
    )
    by_rules = rules.draft(text, "t", text_file="t.txt")["claims"]
    drafted = learned.draft(text, "t", text_file="t.txt")["claims"]
    assert [c["speaker"] for c in drafted] == ["ruben-ortiz"]
    # the speaker's own stances (no "holder"); the grouping's, aimed at the speaker's state since
    # session 17 (its words name no one else), apart
    own = [s for s in by_rules[0]["stances"] if "holder" not in s]
    assert {s["target"] for s in own} == {"pacific-front", "bolivia", "chile", "peru"}
    assert [(s["holder"], s["target"], s["polarity"]) for s in by_rules[0]["stances"] if "holder" in s] == [
        ("pacific-front", "paraguay", -1)
    ]
    assert {(s["target"], s["polarity"]) for s in drafted[0]["stances"] if "holder" not in s} == {
        ("pacific-front", -1), ("bolivia", -1), ("chile", -1), ("peru", -1),
    }  # fmt: skip


@pytest.mark.parametrize("name", ["starmer-putin", "dd-ladakh-wire", "tb-indus-column", "dk-palau-briefing"])
def test_the_model_only_adds_stances(drafters, name):
    """Claims, speakers, statuses, memberships and the rules' stances are the same with and
    without it: it cannot turn an allegation into a fact."""
    learned, rules = drafters
    folder = "articles" if name == "starmer-putin" else "eval/dev"
    path = Path(str(files("kb.data").joinpath(folder).joinpath(f"{name}.yaml")))
    text = load_annotation(path).article.text
    a = learned.draft(text, name, text_file=f"{name}.txt")
    b = rules.draft(text, name, text_file=f"{name}.txt")
    assert a["actors"] == b["actors"] and a["memberships"] == b["memberships"] and a["flags"] == b["flags"]
    assert len(a["claims"]) == len(b["claims"])
    for ca, cb in zip(a["claims"], b["claims"], strict=True):
        without = [{k: v for k, v in c.items() if k != "stances"} for c in (ca, cb)]
        assert without[0] == without[1]
        assert cb.get("stances", []) == ca.get("stances", [])[: len(cb.get("stances", []))]
        for extra in ca.get("stances", [])[len(cb.get("stances", [])) :]:
            assert "holder" not in extra and extra["target"] != ca["speaker"] and ca["speaker"] != "article"


def test_the_shipped_model_is_what_training_on_dev_makes(tmp_path):
    """``bench/train_stances.py`` fitted on the dev split (never test) gives the shipped table."""
    spec = importlib.util.spec_from_file_location("train_stances", ROOT / "bench" / "train_stances.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    assert train.DEV.parts[-2:] == ("eval", "dev")
    paths = sorted(train.DEV.glob("*.yaml"))
    drafter = Drafter(learned=False)
    rows = [r for p in paths for r in train.rows_of(drafter, p)]
    fitted = fit(rows, l2=train.L2, iterations=train.ITERATIONS)
    shipped = json.loads(files("kb.data").joinpath("stance_model.json").read_text(encoding="utf-8"))
    assert shipped["meta"]["drafter"] == DRAFTER_VERSION
    trained = f"dev split, {len(paths)} articles, {len(rows)} labelled candidates"
    assert shipped["meta"]["trained on"] == trained
    kept = {f for f, w in fitted.items() if max(map(abs, w)) > train.PRUNE}
    assert set(shipped["weights"]) == kept, "the stance model is stale: run `make stance-model`"
    worst = max(abs(a - b) for f in kept for a, b in zip(fitted[f], shipped["weights"][f], strict=True))
    assert worst < 1e-3, "the stance model is stale: run `make stance-model` and commit it"


def test_a_name_joined_to_another_by_a_hyphen_is_no_candidate(drafters):
    """ "the Moscow-Washington channel" names a relation: no side is taken against either."""
    from kb.extract.drafter import Draft

    _, rules = drafters
    text = "Ivan Petrov, Russia's envoy, said the Moscow-Washington channel was closed because of London.\n"
    d = Draft(rules, text)
    d.run()
    assert [c.speaker for c in d.claims] == ["ivan-petrov"] and not d.claims[0].stances
    assert any(m.actor == "united-states" for m in d.mentions)  # named, as one of a pair
    assert [actor for _, actor, _ in d.stance_candidates()] == ["united-kingdom"]


def test_cross_validation_holds_out_whole_batches():
    """A writer's batch is fitted or measured, never both: each article is held out once, with the
    rest of its batch (the first articles, with no prefix, are one batch)."""
    spec = importlib.util.spec_from_file_location("train_stances", ROOT / "bench" / "train_stances.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    names = ["qa-one", "qa-two", "qb-one", "qc-one", "qc-two", "qd-one", "harbour-deal", "lighthouse"]
    folds = train.folds_of(names, folds=3)
    assert sorted(n for f in folds for n in f) == sorted(names)
    for batch in ("qa", "qb", "qc", "qd", "first"):
        assert sum(any(train.batch_of(n) == batch for n in f) for f in folds) == 1
    assert train.batch_of("harbour-deal") == train.batch_of("lighthouse") == "first"
    by_article = train.folds_of(names, folds=3, by="article")
    assert any(len({train.batch_of(n) for n in f}) > 1 for f in by_article)

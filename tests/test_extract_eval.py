"""The drafter against curated gold it was not written on: the test split of ``kb/data/eval``.

These tests read only the aggregate figures of ``bench/extract_eval.py`` (never an article,
its gold or its draft): the split is the measure of generalisation, see
``kb/data/eval/README.md``.

Two kinds of assertion, kept apart:

* the goals of issue 20 (test split mean F1: actors 0.85, claims 0.70, stances 0.50,
  memberships 0.60; dev and test within 0.1 on claims). Those not reached yet are marked
  ``xfail(strict=True)`` with the figure they stand at, so that reaching one fails the test
  until its mark is removed;
* floors just under today's figures, so that a change that makes drafts worse on articles
  nobody tuned for fails here, and the house rule: no allegation drafted as fact, in any split.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kb.extract import Drafter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from extract_eval import SPLITS, SplitResult, evaluate


@pytest.fixture(scope="module")
def results() -> dict[str, SplitResult]:
    drafter = Drafter()
    return {split: evaluate(drafter, split) for split in SPLITS}


def test_the_test_split_has_ten_readable_articles_or_more(results):
    # each figure is taken into a name first: an assertion on the split itself would print its
    # repr when it fails, every test article's name and scores with it, into CI logs that rule
    # writers read (the same in every test of the test split below)
    n, unreadable = len(results["test"].articles), results["test"].unreadable
    assert n >= 10
    assert unreadable == 0


def test_a_failing_assertion_prints_no_test_article(results):
    """pytest prints a failing test's arguments: the splits' repr names no article and no score
    (a failed gap guard once printed a test article's name and scores)."""
    shown = repr(results)
    assert all(name not in shown for split in results.values() for name, _ in split.articles)
    assert "Score(" not in shown


AS_FACT_NOT_YET = (
    "one of the 73 alleged claims of the 24 test articles is drafted as fact (two from session 14 to "
    "session 20: one in the eight te-* articles added in session 14, drafted first-sight by drafter 12, "
    "and in the sixteen before them one of 48, drafter 9; three with drafters 4 to 8; drafter 19's "
    "vocabulary net on the article's own voice is the likeliest of session 21's changes to have "
    "caught one, unchecked); the generic rules of drafters 4 to 7 (groupings in any form, announced and "
    "headline accusations, hedges, passive verbs of saying, a charge in an appositive, colons, answers "
    "to questions, titles said by someone; views by a noun, passive links, 'or so', perspectives, "
    "reported-speech tense; assertions, conclusions, what emerged, conditionals), drafter 8's last "
    "check of every article-voice claim and drafter 9's wider one (labels and views inside a claim, a "
    "view named in the next sentence, headline and bullet labels, denials of a clause, a claim that "
    "covers someone's drafted words; 183 sentences of our own in tests/test_extract_never_fact.py) "
    "and session 15's (377 more sentences of our own in new disguises, 143 of which drafter 12 drafted "
    "as fact: attribution a paragraph away, evidence and findings, views by other words, alignment "
    "without a bloc noun, a finding asked of a court) and session 16's (69 more: a subject who blames, "
    "doubts, fears or wants speaks; the first sentence of an open quotation is its speaker's) and "
    "session 17's (54 more: a headline's accusation clause with no subject, attributions in a relative "
    "clause, 'When ..., X spoke of', passives with their agent, opinion verbs after their words) and "
    "session 19's (groupings by any quoted group noun, 'what he called' with its members, a view or a "
    "charge carried by a verb, blame laid at someone's door) and session 23's (440 more: findings of "
    "documents, testimony, estimates and concessions found in real news; charges taken for granted in "
    "appeals and in money said to reach officials) and session 25's (282 more: denials in more forms, "
    "blame asides, someone's words carried on into the next paragraph) do not catch them, and which "
    "ones they are may "
    "not be looked at"
)


@pytest.mark.parametrize(
    "split",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=AS_FACT_NOT_YET)) if s == "test" else s
        for s in SPLITS
    ],
)
def test_no_allegation_is_drafted_as_fact(results, split):
    """Alleged claims and memberships of the gold never get speaker 'article' or status 'asserted'."""
    f = results[split].as_fact
    assert f.claims > 0
    assert (f.claims_as_fact, f.memberships_as_fact) == (0, 0)


def test_allegations_drafted_as_fact_on_the_test_split_do_not_grow(results):
    """Until the zero above holds, at most today's one (drafter 19, session 21: a vocabulary net
    for charges in the article's voice caught one of the two that had held for seven sessions; two
    from session 14 to 20, three before drafter 9); never a membership."""
    f = results["test"].as_fact
    assert f.claims_as_fact <= 1 and f.memberships_as_fact == 0


GOALS = {"actors": 0.85, "claims": 0.70, "stances": 0.50, "memberships": 0.60}
NOT_YET = "issue 20's goal, not reached by drafter 27 (rules, learned stances; see the bench)"


# drafter 4 reached memberships on the ten test articles (0.65), not on the sixteen (0.59);
# drafter 13 reaches it on the 24 (0.6246: 29 of 62 pairs, 10 wrong), drafters 14 to 16 too (0.6323),
# drafter 17 (0.7133: 33 of 62, 6 wrong), drafters 21 to 23 (0.7216: 35 of 62, 9 wrong)
REACHED: set[str] = {"memberships"}


@pytest.mark.parametrize(
    "layer",
    [
        pytest.param(layer, marks=() if layer in REACHED else pytest.mark.xfail(strict=True, reason=NOT_YET))
        for layer in GOALS
    ],
)
def test_test_split_goal(results, layer):
    got = results["test"].mean_f1(layer)
    assert got >= GOALS[layer]


def test_dev_and_test_within_a_tenth_on_claims(results):
    """Reached in session 14 from both sides: dev grew by 32 articles at their first-sight scores
    (dl-* to do-*: dev claims 0.71 over 89 articles, 0.65 over 121) and the sixteen test articles
    rose from 0.56 to 0.60 (an interview introduced by a pronoun); with the eight te-* added at its
    end test is 0.56, the gap 0.086. Session 15: dev 0.65 to 0.70 (0.71 on the 121 before dp-* and
    dq-* joined at 0.59 and 0.54 first sight), test 0.56 to 0.60, the gap 0.094. Session 16: on the
    137 dev rose to 0.71 with claims16 alone, and the gap went past 0.1 on that branch (the test
    split rose less); with all of the session merged and dr-* and ds-* joined (first sight 0.44 and
    0.48), dev 153 is 0.688 and test 0.6055, the gap 0.083. Session 17: dev 165 (dt-* and du-*
    joined at 0.40 and 0.41 first sight) is 0.717 and test 0.6206, the gap 0.096, the closest to
    the bound yet: the held-out du-* rose from 0.41 to 0.60 in the same session, the test split by
    0.015. Session 18: dev 179 (dw-* joined at 0.66 first sight, dv-* at 0.68) is 0.7261 and test
    0.6326, the gap 0.094; dev's older batches, studied for many sessions, score
    0.77-0.83 on claims, its newest 0.55-0.71, and dv-*, held out from all of the session, gained
    0.005. Session 19: test 0.6483 (+0.016, the largest step since session 15), dev 187 0.7458
    (dx-* joined at 0.684, written to the test writers' instructions and held out all session), the
    gap 0.0975; on the 179 articles dev had before dx-* joined it is 0.7486, the gap 0.1003: past the
    bound. It passes because a fresh batch joined dev, not because dev stopped outrunning test: the
    first round gained dev 0.014 and dx-* 0.0005. Session 20: test 0.6536 (+0.005), dev 195 0.7508
    (dy-* joined at 0.697, held out all session), the gap 0.0972; on the 187 before dy-* joined,
    0.7532, the gap 0.0996: inside, by 0.0004. Two of the session's branches (a column-voice rule,
    an actor branch before its merge) failed this test on their own. dy-* moved 0.6934 -> 0.6969
    over the whole session: rules that fit dev alone widen the gap. Session 21: test 0.6521 (-0.0015),
    dev 203 0.7552 (dz-* joined at 0.7185, held out all session), the gap 0.1031; on the 195 before
    dz-* joined, 0.7567, the gap 0.1046. Not reached, so a strict xfail (it fails once the goal
    holds again, to be restored as an assertion), with the guard below against a wider gap. The
    session's rules gained dev 195 0.006 and dz-* 0.005 (one claim, from one branch: the one the
    bound alone would have kept out), while the test split fell 0.0015: held-out batches written
    this year move with dev, the 24 test articles (written in sessions 12 to 17) do not. Session 22:
    test 0.6572 (+0.0051), dev 211 0.7613 (ea-* joined at 0.7389, held out all session), the gap
    0.1041; on the 203 before ea-* joined, 0.7622, the gap 0.1050. Dev 203 gained 0.0069, ea-*
    0.0191 (first sight 0.7198) and the test split 0.0051: this time the held-out batch moved more
    than dev, and the test split moved too, but not enough to close the gap. Session 23: test 0.6652
    (+0.0080, the largest step since session 19), dev 219 0.7711 (eb-* joined at 0.6962, held out
    all session), the gap 0.1059; on the 211 before eb-* joined, 0.7739, the gap 0.1087. Dev 211
    gained 0.0126 (100 more right claims), eb-* 0.0033 (one claim) and the test split 0.0080: the
    rules moved the test split more than the held-out batch, and dev most of all. Session 24: test
    0.6737 (+0.0085), dev 235 0.7681 (ec-* and ed-*, sixteen articles held out all session, joined at
    0.6761), the gap 0.0944: reached again, and an assertion again (the guard at 0.106 that stood in
    for it is gone). On the 219 before the sixteen joined dev is 0.7748, the gap 0.1011: past the
    bound, so once more it holds because a fresh batch joined dev. The sixteen gained 0.0019 (two
    fewer wrong claims), dev 219 0.0037 and the test split 0.0085. The session's second round
    (drafter 23, ee-* held out and joined at 0.6154): test 0.6707 (two right claims fewer than
    drafter 22), dev 243 0.7636, the gap 0.0929. Session 25: test 0.6735 after the first round
    (drafter 24, +0.0028: two right claims more) and after the second (drafter 25, no claim moved);
    dev 267 (ef-*, eg-* and eh-*, 24 articles held out, joined at 0.5998 and 0.6157) 0.7545, the gap
    0.0810. On the 243 before they joined dev gained 0.0044 over the session, the 24 held out 0.0025
    to 0.0089, the test split 0.0028. Session 26: test 0.6825 (+0.0090: eight right claims more, three
    wrong fewer), dev 283 (ei-* and ej-*, sixteen articles held out all session, joined at 0.6152
    and 0.6813) 0.7576, the gap 0.0751. On the 267 before they joined dev gained 0.0095 (5178 to
    5254 right claims), the sixteen held out 0.0019 and -0.0022: the test split moved more than the
    held-out batches, which hardly moved. Session 27: test 0.6873 (+0.0048: three right claims more,
    one wrong fewer), dev 299 (ek-* and el-*, sixteen articles held out all session, joined at
    0.6196 and 0.6324) 0.7558, the gap 0.0685. On the 283 before they joined dev gained 0.0055 (5460
    to 5505 right claims), the sixteen held out -0.0045 and -0.0041: again the held-out batches did
    not move with dev."""
    gap = abs(results["dev"].mean_f1("claims") - results["test"].mean_f1("claims"))
    assert gap <= 0.1


# drafter 27 on the 24 test articles (session 27's one look, after its round, with ek-* and el-* in
# dev and the stance model refitted on dev 299): actors (resolved) 0.85 (0.8508), actors 0.73
# (0.7330), claims 0.69 (0.6873; pooled 415/125/236), stances 0.26 (0.2618), memberships 0.73
# (0.7299), flags 0.90 (0.9028), vias 0.75 (0.7517); still 1 of 73 alleged claims as fact. Floors:
# actors (resolved) 0.845, claims 0.68, stances 0.25, memberships 0.72; the others stay.
# drafter 26 on the 24 test articles (session 26's one look, after its round, with ei-* and ej-* in
# dev and the stance model refitted on dev 283): actors (resolved) 0.85 (0.8491), actors 0.73
# (0.7327), claims 0.68 (0.6825; pooled 412/126/239), stances 0.25 (0.2504), memberships 0.72
# (0.7216), flags 0.90 (0.9028), vias 0.75 (0.7493); still 1 of 73 alleged claims as fact. Floors:
# actors (resolved) 0.84, claims 0.67, stances 0.24; the others stay.
# drafter 25 on the 24 test articles (session 25's second look, after its second round, with ef-*,
# eg-* and eh-* in dev and the stance model refitted on dev 267): actors (resolved) 0.84 (0.8443),
# actors 0.73 (0.7305), claims 0.67 (0.6735; pooled 404/129/247), stances 0.25 (0.2456), memberships
# 0.72 (0.7216), flags 0.90 (0.9028; 11/3/1, from office holders the gazetteer now knows); still 1 of
# 73 alleged claims as fact. Drafter 24 (the first look, after the first round): claims 0.6735,
# stances 0.2411, flags 0.8194. Floors: stances 0.235, flags 0.89; the others stay.
# drafter 23 on the 24 test articles (session 24's second look, after its second round, with ee-* in
# dev and the stance model refitted on dev 243): claims 0.6707 (402/128/249; drafter 22 0.6737),
# flags 0.82 (0.8194; matched by overlap since this session: 0.6944 by exact surface), the rest as
# drafter 22's. Floors: flags 0.80, the others stay.
# drafter 22 on the 24 test articles (session 24; one aggregate look, at the end, with ec-* and ed-*
# in dev and the stance model refitted on dev 235): actors (resolved) 0.84 (0.8426), actors 0.73
# (0.7311), claims 0.67 (0.6737; pooled 404/126/247), stances 0.23 (0.2316), memberships 0.72
# (0.7216), flags 0.69 (0.6944); still 1 of 73 alleged claims as fact. Floors: claims 0.665 and
# actors (resolved) 0.83, the others stay (each about 0.01 under).
# drafter 21 on the 24 test articles (session 23; one aggregate look, at the end, with eb-* in dev
# and the stance model refitted on dev 219): actors (resolved) 0.84 (0.8374), actors 0.73 (0.7330),
# claims 0.67 (0.6652; pooled 400/131/251), stances 0.23 (0.2314), memberships 0.72 (0.7216),
# flags 0.69 (0.6944); still 1 of 73 alleged claims as fact. The floors below rise to about 0.01
# under these (claims 0.655, memberships 0.71, flags 0.68, actors (resolved) 0.825).
# drafter 20 on the 24 test articles (session 22; one aggregate look, at the end, with ea-* in dev
# and the stance model refitted on dev 211): actors (resolved) 0.83 (0.8335), actors 0.73 (0.7317),
# claims 0.66 (0.6572; pooled 394/128/257), stances 0.23 (0.2267), memberships 0.71 (0.7133),
# flags 0.65 (0.6528); 1 of 73 alleged claims as fact. The floors below stay (each about 0.01 under).
# drafter 19 on the 24 test articles (session 21; one aggregate look, at the end, with dz-* in dev
# and the stance model refitted on dev 203): actors (resolved) 0.83 (0.8335), actors 0.73 (0.7317),
# claims 0.65 (0.6521), stances 0.23 (0.2251), memberships 0.71 (0.7133), flags 0.65 (0.6528);
# 1 of 73 alleged claims as fact (2 before). The floors below stay (each about 0.01 under).
# drafter 18 on the 24 test articles (session 20; one aggregate look, at the end, with dy-* in dev
# and the stance model refitted on dev 195): actors (resolved) 0.83 (0.8300), actors 0.73 (0.7282),
# claims 0.65 (0.6536), stances 0.23 (0.2272), memberships 0.71 (0.7133), flags 0.65 (0.6528);
# still 2 of 73 alleged claims as fact. The floors below are these, less about 0.01.
# drafter 17 on the 24 test articles (session 19; one aggregate look, at the end, with dx-* in dev
# and the stance model refitted on dev 187): actors (resolved) 0.83 (0.8303), actors 0.73 (0.7313),
# claims 0.65 (0.6483), stances 0.23 (0.2286), memberships 0.71 (0.7133), flags 0.65 (0.6528);
# still 2 of 73 alleged claims as fact.
# drafter 16 on the 24 test articles (session 18; one aggregate look, at the end): actors
# (resolved) 0.82 (0.8240), actors 0.73 (0.7255), claims 0.63 (0.6326), stances 0.22 (0.2172),
# memberships 0.63 (0.6323), flags 0.65 (0.6528); still 2 of 73 alleged claims as fact. The floors
# below are these, less about 0.01 (the stance model was refitted on dev 179 after the look).
# drafter 15 on the 24 test articles (session 17; two aggregate looks, after the first round and
# at the end): actors (resolved) 0.82 (0.8183), actors 0.72 (0.7225), claims 0.62 (0.6206), stances
# 0.22 (0.2164), memberships 0.63 (0.6323), flags 0.65 (0.6528); still 2 of 73 alleged claims as
# fact. The floors below are these, less about 0.01.
# drafter 14 on the 24 test articles (session 16; two aggregate looks, after the first round and
# at the end): actors (resolved) 0.81 (0.8086), actors 0.71 (0.7062),
# claims 0.61 (0.6055), stances 0.21 (0.2076), memberships 0.63 (0.6323), flags 0.65 (0.6528);
# still 2 of 73 alleged claims as fact.
# drafter 13 on the 24 test articles (session 15; two aggregate looks, after the first round and
# at the end): actors (resolved) 0.81 (0.8079), actors 0.71 (0.7056), claims 0.60 (0.6028), stances
# 0.20 (0.1951), memberships 0.62 (0.6246), flags 0.65 (0.6528); still 2 of 73 alleged claims as
# fact.
# drafter 12 on the 24 test articles (the sixteen and the eight te-* written at the end of session
# 14, drafted first-sight): actors (resolved) 0.79 (0.7905), actors 0.70 (0.7047), claims 0.56
# (0.5594), stances 0.18 (0.1784), memberships 0.54 (0.5434), flags 0.65 (0.6528); 2 of 73 alleged
# claims as fact.
# drafter 12 on the sixteen test articles: actors (resolved) 0.83, actors 0.77, claims 0.60 (0.603:
# 242 of 458 against drafter 11's 222, all from an interview introduced by a pronoun), stances 0.23
# (0.226; 0.215 by the rules alone, the learned step +6 right and +8 wrong), memberships 0.57, flags
# 0.67. One look at the aggregate after every drafting change of the session was merged, and three
# aggregate runs of earlier commits to tell which change moved claims.
# drafter 11 on the sixteen test articles: actors (resolved) 0.83, actors 0.77, claims 0.56 (0.5598;
# 0.565 after session 13's first round, the second round cost two claims), stances 0.21,
# memberships 0.57 (0.565: one pair fewer than drafter 10, which the new actor IDs cost; the floor
# went down by 0.01 for it, not the rule), flags 0.67 (drafter 10: 0.82, 0.75, 0.55, 0.20, 0.58,
# 0.67; drafter 9: 0.81, 0.75, 0.53, 0.19, 0.58, 0.67;
# drafter 8: 0.80, 0.75, 0.54, 0.19, 0.59, 0.67; drafter 7: 0.80, 0.74, 0.53,
# 0.19, 0.59, 0.67; drafter 6: 0.80, 0.75, 0.52, 0.18, 0.59, 0.67; drafter 5: 0.78, 0.74, 0.50, 0.16, 0.59;
# drafter 4: 0.79, 0.74, 0.49, 0.15, 0.59)
FLOORS = {
    "actors (resolved)": 0.845, "actors": 0.72, "claims": 0.68, "stances": 0.25, "memberships": 0.72,
    "flags": 0.89,
}


@pytest.mark.parametrize("layer", FLOORS)
def test_test_split_does_not_fall_below_todays_floor(results, layer):
    got = results["test"].mean_f1(layer)
    assert got >= FLOORS[layer]

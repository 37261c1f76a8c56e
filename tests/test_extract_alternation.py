"""The trie form of a phrase alternation (kb.extract.rules.alternation) matches as the plain one does.

The drafter's patterns are built with it for speed only: a draft must not change. Checked on
random phrase lists and texts (with and without re.I, inside a longer pattern whose rest can
fail), and on the drafter's own lists over the bundled article.
"""

from __future__ import annotations

import re
from importlib.resources import files

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.extract import Rules
from kb.extract.rules import alternation

WORDS = st.text(alphabet="abABisk .-\u00e9\u00c9", min_size=1, max_size=6)


def plain(phrases: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, phrases)) + ")"


def spans(pattern: str, text: str, flags: int) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in re.finditer(pattern, text, flags)]


@settings(max_examples=400)
@given(
    st.lists(WORDS, min_size=1, max_size=8),
    st.text(alphabet="abABiskIS .-x\u00e9\u00c9\u0131\u017f\u212a", max_size=60),
    st.sampled_from([0, re.I]),
    st.booleans(),
)
def test_the_trie_matches_as_the_plain_alternation(phrases, text, flags, longest_first):
    if longest_first:
        phrases = sorted(phrases, key=len, reverse=True)
    for around in ("{}", r"(?<!\w){}(?!\w)", r"({})(b|\.a)?x"):  # the rest of a pattern can fail
        a = around.format(plain(phrases))
        b = around.format(alternation(phrases))
        assert spans(a, text, flags) == spans(b, text, flags), (phrases, text, a, b)
        if not flags:  # a case-sensitive pattern may use the case-sensitive trie
            b = around.format(alternation(phrases, ignorecase=False))
            assert spans(a, text, flags) == spans(b, text, flags), (phrases, text, a, b)
    a = r"(?<!\w)" + plain(phrases) + r"(?!\w)"  # a word ends after the group
    b = r"(?<!\w)" + alternation(phrases, word_end=True) + r"(?!\w)"
    assert spans(a, text, flags) == spans(b, text, flags), (phrases, text, a, b)


def test_the_trie_is_used_for_lists_sorted_longest_first():
    """The speed is the point: a sorted list of plain words gives a trie, not the plain form."""
    phrases = sorted(["said", "says", "saying", "told", "tells"], key=len, reverse=True)
    assert alternation(phrases) != plain(phrases)
    assert alternation(["war", "warn"]) == plain(["war", "warn"])  # the shorter first: kept as is


def test_the_drafters_lists_match_as_before_on_the_bundled_article():
    rules = Rules.load()
    text = files("kb").joinpath("data", "articles", "starmer-putin.txt").read_text("utf-8")
    lists = [sorted(rules.speech, key=len, reverse=True), [c for c, _k, _p in rules.cues],
             sorted(rules["titles"], key=len, reverse=True)]  # fmt: skip
    for phrases in lists:
        for flags in (0, re.I):
            a = r"(?<!\w)" + plain(phrases) + r"(?!\w)"
            b = r"(?<!\w)" + alternation(phrases) + r"(?!\w)"
            assert spans(a, text, flags) == spans(b, text, flags)
            assert spans(a, text.lower(), flags) == spans(b, text.lower(), flags)

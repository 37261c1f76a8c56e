"""Typography-tolerant matching: offsets always point into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb.text import (
    _fold_chars,
    _whole_word,
    _word_matches,
    find_all,
    find_unique,
    find_words,
    fold,
    occurs_as_word,
)

TYPO = {"-": "\u2011", "'": "\u2019", '"': "\u201c", " ": "\u202f"}


def test_fold_maps_typography_to_ascii_and_keeps_an_index():
    text = "Moscow\u2011Washington \u201ctalk\u201d\u202fnow"
    folded, index = fold(text)
    assert folded == 'Moscow-Washington "talk" now'
    assert len(index) == len(folded) + 1
    assert all(
        text[index[i]] in (folded[i], "\u2011", "\u201c", "\u201d", "\u202f") for i in range(len(folded))
    )


def test_dash_spacing_is_tolerated():
    text = "keeps the fighting alive\u2014and that"
    span = find_unique(text, "fighting alive - and")
    assert text[span.start : span.end] == "fighting alive\u2014and"


def test_span_is_exact_original_text_including_closing_quote():
    text = "makes up an \u201canti\u2011Trump bloc.\u201d Their"
    span = find_unique(text, 'an "anti-Trump bloc."')
    assert text[span.start : span.end] == "an \u201canti\u2011Trump bloc.\u201d"


def test_not_found_and_ambiguous_are_errors():
    text = "Putin. Putin."
    with pytest.raises(LookupError, match="not found"):
        find_unique(text, "Starmer")
    with pytest.raises(LookupError, match="2 times"):
        find_unique(text, "Putin")
    with pytest.raises(LookupError, match="occurs 2 time"):
        find_unique(text, "Putin", occurrence=3)
    assert find_unique(text, "Putin", occurrence=2).start == 7


def test_find_words_respects_word_boundaries_and_prefers_longest():
    text = "Russian MP says Russia and the U.S. differ; Boris\u202fStarmer, Starmer\u2019s"
    found = find_words(text, {"Russia": "ru", "U.S.": "us", "Boris Starmer": "ks", "Starmer": "ks"})
    got = [(text[s.start : s.end], key) for s, key in found]
    assert got == [("Russia", "ru"), ("U.S.", "us"), ("Boris\u202fStarmer", "ks"), ("Starmer", "ks")]


@given(
    words=st.lists(st.text(alphabet="abcXYZ-' \"", min_size=1, max_size=6), min_size=1, max_size=12),
    data=st.data(),
)
def test_any_typographic_variant_is_found_at_the_right_place(words, data):
    plain = " ".join(words)
    fancy = "".join(TYPO.get(ch, ch) if data.draw(st.booleans()) else ch for ch in plain)
    needle = plain.strip()
    if not fold(needle)[0]:
        return
    spans = find_all(fancy, needle)
    assert spans, (fancy, needle)
    for span in spans:
        assert fold(fancy[span.start : span.end])[0] == fold(needle)[0]


@given(
    st.text(
        alphabet="ab -'\"\u2011\u2014\u2019\u201c\u201d\u2026\u00a0\u202f\u2009\u3000\t\n"
        "\u00ad\u200b\ufeff\u00e9",
        max_size=40,
    )
)
def test_the_fast_paths_of_fold_fold_as_the_character_loop_does(text):
    """The fast paths (plain ASCII; one-for-one curly quotes and dashes) change nothing."""
    assert fold.__wrapped__(text) == _fold_chars(text)


@given(
    st.text(alphabet="ab -'\u2011\u2019\u202f\u00a0.", max_size=30),
    st.text(alphabet="ab -'\u2011\u2019", min_size=0, max_size=5),
)
def test_occurs_as_word_says_what_find_words_finds(text, phrase):
    assert occurs_as_word(text, phrase) == bool(find_words(text, {phrase: "x"}))


@given(
    st.text(alphabet="ab _-'é1\n.Ω", max_size=40),
    st.text(alphabet="ab _-'é1\n.Ω", min_size=1, max_size=4),
)
def test_word_matches_are_the_whole_word_patterns_matches(hay, pat):
    # the str.find jump (kb.text._word_matches) finds what the look-behind pattern finds, in order
    expected = [m.span() for m in _whole_word(pat).finditer(hay)]
    assert [m.span() for m in _word_matches(hay, pat)] == expected

"""bench/real_news.py: the hand-checked Lee sample is well formed, and the scoring helpers behave.

Runs only where gensim (the ``bench`` extra, which ships the Lee corpus) is installed. Nothing
is drafted here: the matching is tried on made-up claims, not the corpus.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kb.annotation import Actor, Claim
from kb.intake import read_article
from kb.text import Span, find_all

pytest.importorskip("gensim")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import real_news

STATUSES = {"asserted", "reported", "alleged"}


def _claim(cid: str, start: int, end: int, speaker: str = "article") -> Claim:
    return Claim(cid, speaker, "x" * (end - start), Span(start, end), "statement", "asserted")


def test_sample_is_large_spread_and_well_formed():
    sample = real_news.load_sample()
    assert len(sample) >= 60
    assert len({i.article for i in sample}) >= 30
    for item in sample:
        assert re.fullmatch(r"lee(-bg)?-\d{3}", item.article), item.article
        assert item.status in STATUSES and item.drafted_status in STATUSES, item
        assert item.speaker.strip() and item.drafted_speaker.strip(), item


def test_sample_quotes_are_exact_text_of_their_articles():
    texts = {k: read_article(raw, k).text for k, raw in real_news.corpus()}
    for item in real_news.load_sample():
        assert len(find_all(texts[item.article], item.quote)) == 1, (item.article, item.quote)


def test_match_needs_half_of_the_shorter_span_and_takes_the_largest_overlap():
    claims = [_claim("a", 0, 10), _claim("b", 8, 30), _claim("c", 40, 50)]
    assert real_news.match(Span(9, 29), claims).id == "b"  # overlaps a by 1, b by 20
    assert real_news.match(Span(5, 9), claims).id == "a"  # 4 of its 4 characters in a
    assert real_news.match(Span(34, 44), claims) is None  # 4 of the shorter 10: less than half
    assert real_news.match(Span(35, 45), claims).id == "c"  # 5 of 10: half is enough
    assert real_news.match(Span(60, 70), claims) is None


def test_same_speaker_by_label_alias_or_last_words():
    howard = Actor("john-howard", "person", "John Howard", ("Howard",))
    spokesman = Actor("unnamed-spokesman", "person", "unnamed spokesman", ("spokesman",), unnamed=True)
    assert real_news.same_speaker("John Howard", "john-howard", howard)
    assert real_news.same_speaker("Prime Minister John  Howard", "john-howard", howard)
    assert not real_news.same_speaker("Simon Crean", "john-howard", howard)
    assert real_news.same_speaker("the Pentagon spokesman", "unnamed-spokesman", spokesman)
    assert real_news.same_speaker("article", "article", None)
    assert not real_news.same_speaker("article", "john-howard", howard)
    assert not real_news.same_speaker("John Howard", "article", None)


def test_function_word_names():
    def person(label: str) -> Actor:
        return Actor("x", "person", label)

    assert real_news.starts_with_function_word(person("But Mr Howard"))
    assert real_news.starts_with_function_word(person("On Sunday"))
    assert real_news.starts_with_function_word(person("The Bush"))
    assert real_news.starts_with_function_word(person("Mr"))
    assert not real_news.starts_with_function_word(person("Mr Howard"))
    assert not real_news.starts_with_function_word(Actor("guardian", "media", "The Guardian"))
    assert not real_news.starts_with_function_word(person("Andrew Murray"))


def test_hand_judged_misses_are_well_formed_and_exact_text():
    """bench/lee_misses.yaml (lee27): each item an article of the corpus, words found in it, a
    speaker, a status and the form the drafter missed."""
    import yaml

    items = yaml.safe_load(real_news.MISSES.read_text("utf-8"))["items"]
    texts = {k: read_article(raw, k).text for k, raw in real_news.corpus()}
    assert len(items) >= 40
    for x in items:
        assert x["status"] in STATUSES and x["speaker"].strip() and x["form"].strip(), x
        assert find_all(texts[x["article"]], x["quote"]), (x["article"], x["quote"])

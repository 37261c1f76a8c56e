"""Paths the drafter takes for speed only give what the plain ones give: a draft must not change.

``bench/draft_digest.py`` checks whole drafts of three corpora; these check the pieces on
texts no corpus holds.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.extract import Drafter
from kb.extract.rules import FOLD, Branches, Caseless, alternation, fold_typography, lower_twin
from kb.extract.stances import _FORMING, _FORMING_RE, _FORMING_WORDS

TYPOGRAPHY = "".join(map(chr, FOLD))


def _article_texts() -> list[str]:
    """The bundled and dev articles' texts, as written: the prose every test below compares on."""
    root = Path(str(files("kb"))) / "data"
    return [
        f.read_text("utf-8")
        for f in [*sorted((root / "articles").glob("*.txt")), *sorted((root / "eval" / "dev").glob("*.txt"))]
    ]


def _folded_lines() -> list[str]:
    """The articles' lines with their typography folded, as the drafter reads them; blank ones left out."""
    return [ln for text in _article_texts() for ln in fold_typography(text).splitlines() if ln.strip()]


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(st.text(alphabet="ab -'\".\n\u00e9\u0131\u3000" + TYPOGRAPHY, max_size=60))
def test_fold_typography_is_str_translate(text):
    assert fold_typography(text) == text.translate(FOLD)


def test_fold_typography_of_ascii_is_the_text_itself():
    assert all(c >= 128 for c in FOLD)  # what the ASCII shortcut relies on
    assert fold_typography('a "b" - c') == 'a "b" - c'


def test_the_second_ruler_leaves_entities_as_spacy_would_set_them():
    """The title ruler skips ``set_ents`` when it finds nothing new: the tokens' entity
    annotation is the same as a plain ``set_ents`` of the same entities gives."""
    nlp = Drafter().nlp
    for text in ("Kenya said on Monday it would act.", "No one spoke.", "Foreign Minister Li Wei said so."):
        doc = nlp(text)
        again = nlp.make_doc(text)
        again.set_ents(list(doc.ents), default="outside")
        assert [(t.ent_iob, t.ent_type, t.ent_id) for t in doc] == [
            (t.ent_iob, t.ent_type, t.ent_id) for t in again
        ]


DRAFTER = Drafter()
GROUPING = DRAFTER.rules["bloc_nouns"] + DRAFTER.rules["grouping_words"]


def _mixed(words: list[str], filler: list[str], rnd) -> list[str]:  # type: ignore[no-untyped-def]
    """``words`` in any case among ``filler``, shuffled, joined by a space, by nothing and by a hyphen."""
    parts = [w.upper() if rnd.random() < 0.3 else w.title() if rnd.random() < 0.3 else w for w in words]
    parts += filler
    rnd.shuffle(parts)
    return [sep.join(parts) for sep in (" ", "", "-")]


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(st.sampled_from(GROUPING), max_size=3),
    st.lists(st.sampled_from(["the", "a", "Kenya", "x", "-", "'", ",", "ALL", "In", ""]), max_size=8),
    st.randoms(use_true_random=False),
)
def test_no_grouping_word_found_by_the_hint_means_none_found_by_the_pattern(words, filler, rnd):
    """``bloc_word_hint`` is a quick test: where it finds nothing in an ASCII text, ``bloc_word_re``
    (under re.I) finds nothing either. Texts mix the words in any case with other words."""
    for text in _mixed(words, filler, rnd):
        if DRAFTER.bloc_word_re.search(text):
            assert DRAFTER.bloc_word_hint.search(text.lower()), text


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(st.lists(st.sampled_from(sorted(DRAFTER.rules.speech)), max_size=2), st.text(max_size=30))
def test_a_verb_of_saying_in_any_pattern_is_found_by_the_quick_test(verbs, text):
    """The patterns the drafter guards with ``speech_re`` all hold a verb of saying as written."""
    s = text + " " + " ".join(verbs) + " " + text
    if verbs:
        assert DRAFTER.speech_re.search(s)
    if DRAFTER.speech_re.search(s) is None:
        assert not re.search(r"\b(?:" + DRAFTER.speech_alt + r")\b", s)


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(st.sampled_from(DRAFTER.rules["hedges"] + DRAFTER.rules["speculation"]), max_size=2),
    st.lists(st.sampled_from(["the", "Kenya", "x", "-", "'", ",", "ALL", "It", "", "said"]), max_size=8),
    st.randoms(use_true_random=False),
)
def test_the_hedge_and_speculation_tests_answer_as_their_patterns(words, filler, rnd):
    """``has_hedge`` and ``has_speculation`` (a quick test, then the pattern) say what a search with
    ``hedge_re`` and ``speculation_re`` says, on texts with the words in any case."""
    for text in _mixed(words, filler, rnd):
        assert DRAFTER.has_hedge(text) == bool(DRAFTER.hedge_re.search(text)), text
        assert DRAFTER.has_speculation(text) == bool(DRAFTER.speculation_re.search(text)), text


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(st.sampled_from(sorted(DRAFTER.rules.speech | set(DRAFTER.rules["attribution"]))), max_size=2),
    st.lists(st.sampled_from(["the", "Kenya", "x", "-", "'", ",", "ALL", "It", "", "on"]), max_size=8),
    st.randoms(use_true_random=False),
)
def test_no_word_of_attribution_found_by_the_hint_means_none_found_by_the_pattern(words, filler, rnd):
    """``attribution_hint`` is a quick test: where it finds nothing in an ASCII text,
    ``attribution_re`` (under re.I) finds nothing either."""
    for text in _mixed(words, filler, rnd):
        if DRAFTER.attribution_re.search(text):
            assert DRAFTER.attribution_hint.search(text.lower()), text


def test_the_look_behind_after_the_first_letter_changes_no_match():
    """``alternation(..., not_after=X)`` (for speed only: the pattern opens with the phrases' first
    letters) finds what ``(?<!X)`` before the plain alternation finds: the drafter's lists of state
    names, demonyms, tone words and cues, on every line of the bundled and dev articles (as written
    and lower-cased) and on names glued to words."""
    lines = [ln for text in _article_texts() for ln in text.splitlines()]
    lines += ["xKenyan army", "the Kenyan.", ".Kenyan government", "Kenya's army", "(Ugandan) army", ""]
    lists = [
        (sorted(DRAFTER.state_names, key=len, reverse=True), r"[\w.]"),
        (sorted(DRAFTER.gaz.demonyms, key=len, reverse=True), r"[\w.]"),
        (sorted(DRAFTER.rules["tone"]["negative"], key=len, reverse=True), r"\w"),
        ([phrase for phrase, _kind, _polarity in DRAFTER.rules.cues], r"\w"),
    ]
    for phrases, behind in lists:
        fast = re.compile(alternation(phrases, ignorecase=False, not_after=behind) + r"(?!\w)")
        plain = re.compile(f"(?<!{behind})" + alternation(phrases, ignorecase=False) + r"(?!\w)")
        found = 0
        for ln in lines + [ln.lower() for ln in lines]:
            spans = [m.span() for m in fast.finditer(ln)]
            assert spans == [m.span() for m in plain.finditer(ln)], ln
            found += len(spans)
        assert found > 0
    assert DRAFTER.demonym_re.pattern.startswith(
        alternation(sorted(DRAFTER.gaz.demonyms, key=len, reverse=True), ignorecase=False, not_after=r"[\w.]")
    )


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(st.text(alphabet="aAb.-", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="aAb.- x", max_size=40),
    st.sampled_from([r"\w", r"[\w.]"]),
    st.booleans(),
)
def test_an_alternation_that_looks_back_past_its_first_letter_finds_what_the_plain_one_finds(
    phrases, text, behind, ignorecase
):
    """The same, on any phrases and text (letters in both cases, dots, hyphens), under ``re.I`` or not."""
    flags = re.I if ignorecase else 0
    fast = re.compile(alternation(phrases, ignorecase=ignorecase, not_after=behind), flags)
    plain = re.compile(f"(?<!{behind})" + alternation(phrases, ignorecase=ignorecase), flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]



@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(
        st.sampled_from(
            "reportedly allegedly purportedly supposedly is were has_been widely also said believed thought"
            " understood reported alleged rumored rumoured to".replace("_", " ").split()
        ),
        max_size=5,
    ),
    st.lists(st.sampled_from(["the", "Kenya", "x", "-", "'", ",", "ALL", "It", "", "on"]), max_size=6),
    st.randoms(use_true_random=False),
)
def test_no_hedge_word_in_the_lower_case_means_no_hedged_match(words, filler, rnd):
    """``HEDGED_WORDS`` is the quick test before ``HEDGED``: where an ASCII text's lower case holds
    none of them, ``HEDGED`` (under re.I) finds nothing either. Texts mix its words in any case."""
    from kb.extract.claims import ClaimRules

    for text in _mixed(words, filler, rnd):
        if ClaimRules.HEDGED.search(text):
            assert any(w in text.lower() for w in ClaimRules.HEDGED_WORDS), text


def _caseless_patterns() -> list[re.Pattern[str]]:
    from kb.extract import stances
    from kb.extract.claims import ClaimRules

    d = DRAFTER
    return [
        d.hearsay_re, d.hearsay_own_re, ClaimRules.WORDS_COLON, stances._FORMING_RE, d.hedge_re,
        d.speculation_re, d.attribution_re, d.bloc_word_re, ClaimRules.HEDGED, ClaimRules.REFERRED,
        d.not_grouping_re, ClaimRules.ANNOUNCES,
    ]  # fmt: skip


def test_the_lower_case_twin_finds_what_the_pattern_finds_on_the_articles():
    """:class:`Caseless` (for speed only) answers as ``pattern.search`` does, and the twin matches
    at the same places, for every pattern the drafter tests that way and a few more, on every
    sentence of the bundled and dev articles as written, lower-cased and upper-cased."""
    texts = [
        part
        for text in _article_texts()
        for ln in text.splitlines()
        for part in re.split(r"(?<=[.!?])\s+", fold_typography(ln))
    ]
    texts = [t for t in texts if t.isascii()]
    assert len(texts) > 500
    texts += ["The charge from Kampala: Kenya armed them.", "Its Verdict: no.", "NATO's view: yes"]
    texts += ["They met In Front Of the embassy near a Refugee Camp."]
    for pattern in _caseless_patterns():
        test = Caseless(pattern)
        assert test.twin is not None, pattern.pattern[:60]
        if pattern.pattern in DRAFTER.twins:
            assert DRAFTER.twins[pattern.pattern].pattern == test.twin.pattern
        found = 0
        for text in texts + [t.lower() for t in texts] + [t.upper() for t in texts]:
            assert test.found(text) == bool(pattern.search(text)), (pattern.pattern[:60], text)
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in test.twin.finditer(text.lower())]
            found += len(spans)
        assert found > 0, pattern.pattern[:60]


_MIX = (
    "said", "to", "Reportedly", "according", "To", "Officials", "Sources", "SAY", "accused", "alleged",
    "axis", "Bloc", "claims", "that", "Form", "an", "Alliance", "may", "have", "Appears", "which", "Kenya",
    "Calls", "charge:", "from", "is", "WIDELY", "believed", "rejected", "the", "Accusation", ",", ".",
    "-", "'", '"', "?",
)  # fmt: skip


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.sampled_from(range(11)),
    st.lists(
        st.sampled_from(_MIX),
        max_size=10,
    ),
)
def test_the_lower_case_twin_answers_as_the_pattern_on_any_mix_of_its_words(k, words):
    pattern = _caseless_patterns()[k]
    for sep in (" ", "", "  "):
        text = sep.join(words)
        assert Caseless(pattern).found(text) == bool(pattern.search(text)), text


def test_a_pattern_the_twin_cannot_read_plainly_has_none():
    assert lower_twin(re.compile("[A-Z]+", re.I)).pattern == "[a-z]+"
    assert lower_twin(re.compile(r"(?P<Who>\bThe\s+[A-Z]\w+)", re.I)).pattern == r"(?P<Who>\bthe\s+[a-z]\w+)"
    assert lower_twin(re.compile("[A-Z]+")) is None  # not under re.I: nothing to gain
    for src in ["[A-z]", r"\x41", "\u212a", "(?x)a", "(?-i:A)", "[0-Z]", r"\N{LATIN SMALL LETTER A}"]:
        assert lower_twin(re.compile(src, re.I)) is None, src
    test = Caseless(re.compile("kelvin", re.I))
    assert test.found("\u212aelvin") and test.found("KELVIN") and not test.found("kelvi")


# -- speed9 -----------------------------------------------------------------------------------


def test_the_twin_keeps_an_escape_by_code_that_matches_no_ascii():
    """An escape by code of a character that matches no ASCII one under ``re.I`` ("\\u00e9") is kept
    as it is; one that may ("\\x41", the long s "\\u017f" that matches "s"), or a range whose inside
    may, leaves the pattern without a twin."""
    twin = lower_twin(re.compile(r"Communiqu[e\u00e9]s?", re.I))
    assert twin is not None and twin.pattern == r"communiqu[e\u00e9]s?"
    assert lower_twin(re.compile(r"caf\xe9", re.I)).pattern == r"caf\xe9"
    for src in [r"\u017f", r"\u212a", r"\x41", r"[\u00c0-\u024f]", r"[a-\u00e9]"]:
        assert lower_twin(re.compile(src, re.I)) is None, src
    test = Caseless(re.compile(r"COMMUNIQU[E\u00e9]", re.I))
    assert test.found("the communique") and test.found("THE COMMUNIQU\u00c9") and not test.found("communiq")


# -- speed12 ----------------------------------------------------------------------------------


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(
        st.sampled_from(["responding to", "Reacting to", "REPLYING TO", "in response to", "in a reply to",
                         "in answer to", "in retort to", "asked about", "the", "x", "to"]),
        max_size=4,
    ),
    st.lists(st.sampled_from(["\u0131", "\u0130", "\u017f", "\u212a", "a", "-", " "]), max_size=3),
    st.randoms(use_true_random=False),
)
def test_a_text_that_answers_someone_holds_a_word_of_the_quick_test(words, odd, rnd):
    """Where :attr:`StanceRules.RESPONDING` (``re.I``) matches, a word of ``RESPONDING_WORDS`` is in the
    casefolded text, also where letters are written as the characters ``re.I`` matches to them
    (dotless i, dotted I, long s, Kelvin sign)."""
    from kb.extract.stances import StanceRules

    swap = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a"}
    for text in _mixed(words + odd, [], rnd):
        for variant in (text, "".join(swap.get(ch, ch) if rnd.random() < 0.5 else ch for ch in text)):
            if StanceRules.RESPONDING.search(variant):
                assert any(w in variant.casefold() for w in StanceRules.RESPONDING_WORDS), variant


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(st.sampled_from([*_FORMING_WORDS, "reform"]), max_size=3),
    st.lists(st.sampled_from(["an", "axis", "x", "-", "'", ",", "IN", "\u00e9", ""]), max_size=6),
    st.randoms(use_true_random=False),
)
def test_the_forming_test_with_its_look_behind_after_the_first_letter_finds_what_the_word_boundary_found(
    words, filler, rnd
):
    """``_FORMING_RE`` opens with the verbs' first letters, the look-behind after them: the same
    matches as ``\\b`` before the verbs, in any case, among other words and characters."""
    plain = re.compile(r"\b" + _FORMING + r"\s+", re.I)
    for text in _mixed(words, filler, rnd):
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _FORMING_RE.finditer(text)] == spans, text


# --- speed15 -------------------------------------------------------------------------------


def _sentence_starts(nlp, text: str) -> list[bool]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [bool(t.is_sent_start) for t in doc]


_PLAIN_SENTENCIZER = None


def _plain_sentencizer():  # type: ignore[no-untyped-def]
    """A blank English pipeline with spaCy's own sentencizer and the drafter's tokenizer cases."""
    global _PLAIN_SENTENCIZER
    if _PLAIN_SENTENCIZER is None:
        import spacy

        nlp = spacy.blank("en")
        nlp.tokenizer = DRAFTER.nlp.tokenizer
        nlp.add_pipe("sentencizer")
        _PLAIN_SENTENCIZER = nlp
    return _PLAIN_SENTENCIZER


def test_the_drafters_sentencizer_starts_the_sentences_spacys_starts_on_the_articles():
    lines = _folded_lines()
    plain = _plain_sentencizer()
    assert len(lines) > 1000
    for ln in lines:
        assert _sentence_starts(DRAFTER.nlp, ln) == _sentence_starts(plain, ln), ln


@settings(deadline=None)  # spaCy's tokenizer and two sentencizers; a loaded machine must not fail it
@given(st.text(alphabet="ab A.!?;:,\"')(\u2026\u3002\u061f-\u00bf\u203c \n\t", max_size=40))
def test_the_drafters_sentencizer_starts_the_sentences_spacys_starts_on_any_punctuation(text):
    assert _sentence_starts(DRAFTER.nlp, text) == _sentence_starts(_plain_sentencizer(), text)


def test_the_drafter_reads_the_tokens_the_sentencizer_built_for_the_last_document_only():
    nlp = DRAFTER.nlp
    first, second = nlp("Kenya said so. Then it left."), nlp("Uganda agreed.")
    assert DRAFTER.tokens(second) == list(second) and DRAFTER.tokens(first) == list(first)
    assert [t.i for t in DRAFTER.tokens(first)] == list(range(len(first)))


# -- speed16a ------------------------------------------------------------------------------


def _spacys_sentences(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [(s.start_char, s.end_char) for s in doc.sents]


def test_the_sentencizers_sentences_are_spacys_spans_on_the_articles():
    lines = _folded_lines()
    for ln in lines:
        doc = DRAFTER.nlp(ln)
        assert DRAFTER.sentences(doc) == _spacys_sentences(doc), ln


@settings(deadline=None)
@given(st.text(alphabet="ab A.!?;:,\"')(\u2026\u3002\u061f-\u00bf\u203c \n\t", max_size=40))
def test_the_sentencizers_sentences_are_spacys_spans_on_any_punctuation(text):
    doc = DRAFTER.nlp(text)
    assert DRAFTER.sentences(doc) == _spacys_sentences(doc)
    first = DRAFTER.nlp("Kenya said so. Then it left.")
    DRAFTER.nlp("Uganda agreed.")
    assert DRAFTER.sentences(first) == _spacys_sentences(first)  # not the last document: its own


def test_the_drafters_words_have_the_lexical_attributes_spacy_gives_them_that_it_reads():
    """The blank pipeline computes only ``LEXICAL_ATTRIBUTES`` of a new word: the same values as
    spaCy's full set on every token of the bundled and dev articles."""
    import spacy

    text = "\n".join(fold_typography(t) for t in _article_texts())
    full = spacy.blank("en").vocab  # spaCy's every attribute of a word, looked up by its text
    ours = Drafter(learned=False).nlp.tokenizer(text)  # a fresh vocabulary: every word new to it
    assert len(ours) > 50_000
    for t in ours:
        lex = full[t.text]
        assert (t.lower_, t.is_alpha, t.is_lower) == (lex.lower_, lex.is_alpha, lex.is_lower), t.text
        assert t.is_punct == lex.is_punct, t.text


def test_no_rule_reads_a_lexical_attribute_the_drafter_does_not_compute():
    """A rule that reads ``tok.like_num`` (say) must add it to ``LEXICAL_ATTRIBUTES``: unset, it
    would read as False everywhere, silently."""
    import spacy

    import kb.extract
    from kb.extract.drafter import LEXICAL_ATTRIBUTES

    names = set(spacy.blank("en").vocab.lex_attr_getters)
    from spacy.attrs import IDS

    unset = [a.lower() for a, i in IDS.items() if i in names and a not in LEXICAL_ATTRIBUTES]
    unset = [a if a.startswith(("is_", "like_")) else a + "_" for a in unset]  # (not ``self.norm``)
    read = re.compile(r"\.(?:" + "|".join(unset) + r")\b")
    for f in Path(kb.extract.__file__).parent.glob("*.py"):
        for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
            if read.search(line):
                raise AssertionError(f"{f.name}:{n} reads a lexical attribute the drafter does not compute")


def test_the_name_rulers_entities_are_the_names_in_doc_ents_on_the_articles():
    lines = _folded_lines()

    def names(ents):  # type: ignore[no-untyped-def]
        return [(e.start, e.end, e.label_, e.ent_id_) for e in ents if e.label_ in ("ACTOR", "DEMONYM")]

    found = 0
    for ln in lines:
        doc = DRAFTER.nlp(ln)
        assert DRAFTER.named(doc) is DRAFTER.names.kept[1]  # the ruler's own spans, not built anew
        assert names(DRAFTER.named(doc)) == names(doc.ents), ln
        found += len(DRAFTER.named(doc))
    assert found > 1000
    first = DRAFTER.nlp("Kenya and Uganda.")
    DRAFTER.nlp("Rwanda.")
    assert names(DRAFTER.named(first)) == names(first.ents) != []  # not the last document: its own


# speed17: the hearsay patterns tried branch by branch (Branches)


def test_the_branch_by_branch_test_answers_as_the_whole_pattern_on_the_articles():
    """:class:`Branches` (for speed only) answers as the whole alternation's ``search`` does, for
    both hearsay patterns, on every sentence of the bundled and dev articles and on pieces of them,
    as written, lower-cased and upper-cased (not ASCII: the whole pattern itself)."""
    texts = [
        part
        for text in _article_texts()
        for ln in text.splitlines()
        for part in re.split(r"(?<=[.!?])\s+", fold_typography(ln))
    ]
    texts += [t[len(t) // 3 :] for t in texts] + [t[: len(t) // 2] for t in texts]
    texts += ["If so, per the report, that is Kigali's own account.", "It was, in Ankara's words, a 'plot'"]
    for key in ("hearsay", "hearsay_own"):
        branches = DRAFTER.rules[key]
        test = Branches(branches)
        assert test.hint is not None and len(test.sources) == len(branches)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)", re.I)
        found = 0
        for text in texts + [t.lower() for t in texts] + [t.upper() for t in texts]:
            assert test.found(text) == bool(pattern.search(text)), (key, text)
            found += test.found(text)
        assert found > 50, key


_HEARSAY = Branches(DRAFTER.rules["hearsay"])
_HEARSAY_WORDS = [*_MIX, "as", "Kigali's", "Own", "account", "If", "per", "\u00e9"]
_HEARSAY_RE = re.compile(r"(?<!\w)(?:" + "|".join(DRAFTER.rules["hearsay"]) + r")(?!\w)", re.I)


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(st.lists(st.sampled_from(_HEARSAY_WORDS), max_size=10))
def test_the_branch_by_branch_test_answers_as_the_whole_pattern_on_any_mix_of_its_words(words):
    for sep in (" ", "", "  ", ", "):
        text = sep.join(words)
        assert _HEARSAY.found(text) == bool(_HEARSAY_RE.search(text)), text


def test_the_look_behind_before_the_tone_and_cue_words_finds_what_the_one_after_their_first_letter_found():
    """``tone_re`` and ``cue_re`` look back before their words (for speed only): the same matches as
    the look-behind after each first letter (``not_after``), on the lower case of every line of the
    bundled and dev articles and of pieces of them."""
    texts = [ln.lower() for ln in _folded_lines()]
    texts += [t[7:] for t in texts] + ["-threat", "a threat", "threats", "x-condemned", "unconvinced"]
    rules = DRAFTER.rules
    tones = {-1: rules["tone"]["negative"], 1: rules["tone"]["positive"]}
    end = r"(?!\w)"
    before = {
        p: re.compile(alternation(sorted(w, key=len, reverse=True), ignorecase=False, not_after=r"\w") + end)
        for p, w in tones.items()
    }
    cues = re.compile(alternation([phrase for phrase, _k, _p in rules.cues], not_after=r"\w") + r"(?!\w)")
    found = 0
    for text in texts:
        for p in (-1, 1):
            spans = [m.span() for m in DRAFTER.tone_re[p].finditer(text)]
            assert spans == [m.span() for m in before[p].finditer(text)], text
            found += len(spans)
        spans = [m.span() for m in rules.cue_re.finditer(text)]
        assert spans == [m.span() for m in cues.finditer(text)], text
    assert found > 1000


# -- speed24b ---------------------------------------------------------------------------------


def _gated_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...] | None]]:
    """The stance patterns tried on a claim only where :func:`~kb.extract.opening.may_hold` finds
    a word of theirs, with those words."""
    from kb.extract.stances import StanceRules as S

    return [
        (S.CHARACTERISED, S.CHARACTERISED_WORDS), (S.DISOWNED, S.DISOWNED_WORDS),
        (S.PAST_HINT, S.PAST_HINT_WORDS), (S.SERVING_HINT, S.SERVING_WORDS),
        (S.ACCUSED_GOVERNMENT, S.GOVERNMENT_WORDS), (S.GOVERNMENT_DID, S.GOVERNMENT_WORDS),
        (S.SPEAKER_DENIES, S.SPEAKER_DENIES_WORDS), (S.DENIAL_WORD, S.DENIAL_WORDS),
        (re.compile(S.FORMED_NAME, re.I), S.FORMED_WORDS),
        (re.compile(S.FORMED_QUOTED, re.I), S.FORMED_WORDS),
    ]  # fmt: skip


def test_a_claim_that_fails_the_quick_word_test_is_matched_by_none_of_its_patterns_on_the_articles():
    """Where a gated pattern matches a line of the bundled and dev articles (or a piece of one), the
    quick test holds: the test turns down only texts the pattern cannot match."""
    from kb.extract.opening import may_hold

    texts = _folded_lines()
    texts += [t[k:] for t in texts[:200] for k in (5, 17)]
    found = 0
    for pattern, words in _gated_patterns():
        assert words, pattern.pattern  # (each has words: the test is no quick pass)
        caseless = bool(pattern.flags & re.I)
        for text in texts:
            for m in pattern.finditer(text):
                found += 1
                assert may_hold(words, text, caseless), (pattern.pattern[:40], text)
                assert may_hold(words, text[m.start() : m.end()], caseless), (pattern.pattern[:40], text)
    assert found > 20


@settings(deadline=None)  # pure regex work; a loaded machine must not fail it
@given(
    st.lists(
        st.sampled_from(["called", "Dismissed", "REJECTS", "the", "remarks", "his", "words", "no", "enemies",
                         "war", "against", "after", "Since", "puppet", "of", "'s", "bidding", "accused",
                         "government", "cabinet", "The", "federal", "x", "\u212a", "\u017f", "I", "did",
                         "not", "never", "won't", "denies", "deny", "formed", "Building", "an", "AXIS",
                         "bloc", '"', 'Shield"', "what", "they", "dub"]),
        max_size=8,
    ),
    st.sampled_from([" ", "  ", ", ", ""]),
)
def test_the_quick_word_test_holds_wherever_its_pattern_matches(words, sep):
    """On any mix of the gated patterns' words (in any case, with the characters ``re.I`` folds to
    ASCII letters), a text a pattern matches always passes the quick test."""
    from kb.extract.opening import may_hold

    text = sep.join(words)
    for pattern, words_of in _gated_patterns():
        if pattern.search(text):
            assert may_hold(words_of, text, bool(pattern.flags & re.I)), (pattern.pattern[:40], text)


def test_the_last_words_of_a_lines_demonyms_are_the_tokens_a_scan_of_its_tokens_stops_at():
    """``_described_groups`` reads the last word of each demonym the name ruler marked on a line:
    on every line of the bundled and dev articles, the tokens a scan of all its tokens picks (a
    demonym's entity type, no "I" after it)."""
    demonym = DRAFTER.nlp.vocab.strings["DEMONYM"]
    found = 0
    for text in _folded_lines():
        doc = DRAFTER.nlp(text)
        toks = DRAFTER.tokens(doc)
        scan = [
            i for i, t in enumerate(toks)
            if t.ent_type == demonym and not (i + 1 < len(toks) and toks[i + 1].ent_iob == 1)
        ]  # fmt: skip
        assert scan == [e.end - 1 for e in DRAFTER.named(doc) if e.label == demonym], text
        found += len(scan)
    assert found > 100


def _hinted() -> list[tuple[re.Pattern[str], re.Pattern[str], bool]]:
    """The claim patterns tried only where their words are: (pattern, hint, on the lower case)."""
    from kb.extract.claims import ClaimRules

    return [
        (ClaimRules.ANNOUNCES, ClaimRules.ANNOUNCES_HINT, False),
        (ClaimRules.CHARGED, ClaimRules.CHARGED_HINT, True),
        (ClaimRules.SUBJECT_SPEAKS, ClaimRules.SUBJECT_SPEAKS_HINT, False),
    ]


def test_a_claim_pattern_matches_only_where_its_hint_finds_a_word_on_the_articles():
    """Where ANNOUNCES, CHARGED or SUBJECT_SPEAKS match a sentence (or any tail of it), their
    hint finds one of their words in it, as the claim rules read it (lower case under re.I)."""
    found = 0
    for line in _folded_lines():
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            for pattern, hint, lowered in _hinted():
                text = sentence.lower() if lowered else sentence
                for at in range(0, len(text), 25):
                    tail = text[at:]
                    if pattern.search(tail) is None:
                        continue
                    found += 1
                    low = tail.lower() if pattern.flags & re.I and tail.isascii() else tail
                    assert hint.search(low) is not None, (pattern.pattern[:40], tail)
    assert found > 50  # (the articles hold matches of each to test on)


_MIX = ["went", "further", "denied", "any", "role", "The", "army", "secretly", "armed", "rebels", "gave", "a"]
_MIX += ["different", "account", ",", "."]


@settings(deadline=None)
@given(
    st.sampled_from(range(3)),
    st.lists(st.sampled_from(_MIX), max_size=10),
)
def test_a_claim_pattern_matches_only_where_its_hint_finds_a_word_on_any_mix_of_words(k, words):
    pattern, hint, lowered = _hinted()[k]
    text = " ".join(words)
    text = text.lower() if lowered else text
    if pattern.search(text) is not None:
        assert hint.search(text.lower() if pattern.flags & re.I else text) is not None


def test_the_verb_search_by_the_places_of_speech_finds_what_the_verbs_pattern_finds():
    """``_verb_search`` (only the places a verb of saying or "report" opens) gives the match
    ``search`` gives from every position of every sentence of the articles and of these lines."""
    from kb.extract.drafter import Draft

    texts = [
        *_article_texts()[:25],
        "The mayor said on Monday that the bridge would reopen. A report that officials reported "
        "was denied. Critics, in a statement posted online, said that it was late.\n",
    ]
    tried = 0
    for text in texts:
        d = Draft(DRAFTER, text)
        d.run()
        verbs = DRAFTER.patterns["speech_clause.verbs"]
        for n, line in enumerate(d.lines):
            for sent in d.sents[n]:
                ss, se = line.start + sent.start_char, line.start + sent.end_char
                st_ = d.norm[ss:se]
                for pos in range(0, len(st_) + 1, 5):
                    want, got = verbs.search(st_, pos), d._verb_search(verbs, st_, ss, pos)
                    assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
                    tried += want is not None
    assert tried > 100


def _affix_answers(tok, text):
    """What spaCy's tokenizer reads of its three affix patterns for a chunk of text."""
    pre, suf = tok.prefix_search(text), tok.suffix_search(text)
    return (
        pre and pre.span(),
        suf and suf.span(),
        [m.span() for m in tok.infix_finditer(text)],
    )


AFFIX_ALPHABET = "aZ09.,;:'\"-()$%&*+/<>=?!#^_~\u00b0\u00b2\u2026\u2019\u201c\u2013\u20ackmgs\n"


@functools.lru_cache(maxsize=1)
def _affix_tokenizers():
    """spaCy's blank English tokenizer as it is, and one with the affix tables (built once)."""
    import spacy

    from kb.extract.affixes import fast_affixes

    nlp = spacy.blank("en")
    fast_affixes(nlp)
    assert type(nlp.tokenizer.suffix_search.__self__).__name__ == "AffixTable"  # (the tables are in place)
    return spacy.blank("en").tokenizer, nlp.tokenizer


def test_the_affix_tables_answer_as_spacys_patterns_on_the_articles_words():
    plain, tok = _affix_tokenizers()
    words = {w for text in _article_texts() for w in text.split()}
    words |= {"5km", "10kg.", "US$5", "(Kenya's", "it's", "20\u00b0C.", "e.g.", "well-known", "a--b", "x\n"}
    for w in sorted(words):
        for k in range(len(w)):  # (each of its ends, as the tokenizer cuts them off)
            for part in (w[k:], w[: len(w) - k]):
                assert _affix_answers(tok, part) == _affix_answers(plain, part), part


@settings(deadline=None, max_examples=400)
@given(st.text(alphabet=AFFIX_ALPHABET, min_size=1, max_size=10))
def test_the_affix_tables_answer_as_spacys_patterns_on_any_chunk(text):
    plain, tok = _affix_tokenizers()
    assert _affix_answers(tok, text) == _affix_answers(plain, text)


def test_the_special_cases_survive_the_tables_in_the_tokens_they_give():
    """The tables are set with the special cases set aside and loaded once after (not once per
    setter): every special case ("don't", "U.S.", "e.g.", ":)") is tokenized as spaCy's own blank
    tokenizer does, alone and inside other words."""
    plain, tok = _affix_tokenizers()
    assert tok.rules == plain.rules and len(tok.rules) > 1000
    for case in sorted(plain.rules):
        for text in (case, f"({case}),", f"He said {case}."):
            assert [t.text for t in tok(text)] == [t.text for t in plain(text)], text


def test_a_rule_the_table_cannot_read_is_tried_on_every_chunk():
    from kb.extract.affixes import AffixTable

    pieces = ["(?i:x)", "a|b", r"(\w)\1", "k"]  # a flag, a top-level "|", a group's reference
    whole = re.compile("|".join(p + "$" for p in pieces))
    table = AffixTable("suffix", pieces, whole)
    for text in ("X", "b", "zz", "k", "ab", "q"):
        got, want = table.search(text), whole.search(text)
        assert (got and got.span()) == (want and want.span()), text
    assert table.by_char["q"] is not None  # (every rule it cannot read, with every character)


def test_the_state_offices_found_stretch_by_stretch_are_those_found_in_the_whole_text():
    """:class:`~kb.extract.opening.Stretches` (for speed only) finds the matches ``finditer`` finds on
    the whole text, in order, on every bundled and dev article and on a text of its own; it reads
    the pattern's office words and the characters a match can hold from the pattern itself."""
    from kb.extract.actors import ActorRules
    from kb.extract.opening import Stretches

    test = ActorRules.STATE_OFFICE_STRETCHES
    assert test.usable and "minister" in (test.words or ())
    own = "Chile's foreign minister said; the Peruvian envoy, Mr X. \"Brazil's consul\""
    own += " (Togo's acting minister)."
    found = 0
    for text in [*_article_texts(), own, own.replace(" ", "\n")]:
        whole = [(m.span(), m.groupdict()) for m in ActorRules.STATE_OFFICE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in test.finditer(text)] == whole
        found += len(whole)
    assert found > 50
    assert not Stretches(re.compile(r"\bminister(?=,)")).usable  # a look-ahead sees past a stretch
    assert not Stretches(re.compile(r"[A-Z]\w+ minister", re.I)).usable


def test_the_branch_by_branch_test_answers_as_the_whole_pattern_on_text_that_is_not_ascii():
    """:class:`Branches` on a text that is not ASCII (branch by branch, where the text translated by
    :data:`~kb.extract.rules.ASCII_CASES` holds its words) answers as the whole pattern, for the
    characters ``re.I`` matches to an ASCII letter too."""
    from kb.extract.rules import ASCII_CASES

    every = "".join(map(chr, [*range(0x80, 0xD800), *range(0xE000, 0x110000)]))
    cases = {ord(m.group()) for m in re.finditer("[a-z]", every, re.I)}
    assert {k for k in ASCII_CASES if k >= 0x80} == cases
    test = Branches(["alleged(?:ly)?", "so-called", r"per\s+the\s+report"])
    texts = ["It was, \u0130 think, alleged.", "a so-ca\u0131led plot", "A\u017fO-CALLED plot"]
    texts += ["per the rePort \u00e9", "\u00e9 unalleged", "\u00e9 alleged\u00e9", "PER THE REPORT \u00e9"]
    for text in [*texts, "so-called\u00e9 \u00e9", "\u212aelvin alleged"]:
        assert test.found(text) == bool(test.pattern.search(text)), text


def test_a_pattern_split_at_its_first_alternation_answers_as_itself():
    """:func:`~kb.extract.rules.top_branches` splits a pattern at its first group that is an
    alternation, so that :meth:`Branches.of` tries it branch by branch: the same answer as the
    pattern on every sentence of the bundled and dev articles (``ANNOUNCES``)."""
    from kb.extract.claims import ClaimRules
    from kb.extract.rules import top_branches

    assert top_branches(r"\b(?:[|)]x|y\))z") == (r"\b", ["[|)]x", r"y\)"], "z")
    assert top_branches(r"(a|b)\1") is None and top_branches("a|b") is None
    prefix, branches, suffix = top_branches(ClaimRules.ANNOUNCES.pattern) or ("", [], "")
    assert prefix + "(?:" + "|".join(branches) + ")" + suffix == ClaimRules.ANNOUNCES.pattern
    test = Branches.of(ClaimRules.ANNOUNCES)
    assert isinstance(test, Branches) and test.whole is None
    lines = [ln for text in _article_texts() for ln in text.splitlines()]
    texts = [part for ln in lines for part in re.split(r"(?<=[.!?])\s+", ln)]
    texts += ["The minister went further on Monday.", "Her account was very different.", "No doubts \u00e9"]
    found = 0
    for text in texts:
        assert test.found(text) == bool(ClaimRules.ANNOUNCES.search(text)), text
        found += test.found(text)
    assert found >= 3


def test_the_bare_group_pattern_opens_at_a_word_start_as_with_a_word_boundary():
    """``BARE_GROUP`` opens with ``[Tt](?<!\\w.)``, which ``re`` skips to (for speed only): the matches
    ``\\b[Tt]`` gave, on every bundled and dev article."""
    from kb.extract.stances import StanceRules

    rx = StanceRules.BARE_GROUP
    old = re.compile(rx.pattern.replace(r"[Tt](?<!\w.)he", r"\b[Tt]he", 1))
    assert old.pattern != rx.pattern
    for text in [*_article_texts(), "The group said; xthe group; the paper's own editor said, the channel"]:
        assert [m.span(1) for m in rx.finditer(text)] == [m.span(1) for m in old.finditer(text)]


@settings(deadline=None)  # pure string work; a loaded machine must not fail it
@given(st.text(alphabet="ab -_.\u00e9\u0661", max_size=30), st.text(alphabet="ab -\u00e9", max_size=4))
def test_a_names_whole_word_places_found_by_find_are_those_of_the_pattern(text, word):
    """``actors._whole_word_spans`` (``str.find``, for speed only) gives the spans of the pattern it
    stands for, ``(?<![\\w-])word(?![\\w-])`` (a digit that is not ASCII, "_" and "-" included)."""
    from kb.extract.actors import _whole_word_spans

    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    assert _whole_word_spans(text, word) == [m.span() for m in pattern.finditer(text)]


def test_a_names_whole_word_places_found_by_find_are_those_of_the_pattern_on_the_articles():
    from kb.extract.actors import _whole_word_spans

    for text in _article_texts():
        for word in {*re.findall(r"[A-Z]\w+(?: [A-Z]\w+)?", text)[:40], "a", "Ly Son"}:
            pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
            assert _whole_word_spans(text, word) == [m.span() for m in pattern.finditer(text)], word


def test_the_first_words_that_speak_found_where_the_words_are_are_those_the_whole_scan_finds():
    """``_first_word_matches`` (``str.find``, for speed only) gives the matches of the whole scan
    whose word is one of the first words asked for, in order, on every bundled and dev article."""
    from kb.extract.drafter import Draft

    said = DRAFTER.pattern(
        "actors.first_word_speaks",
        lambda: r"[A-Z](?<![\w'-].)(?<![Tt]he .)([^\W\d_]*)\s+(?:" + DRAFTER.speech_alt + r")\b",
    )
    found = 0
    for text in [*_article_texts(), "Woodside said. Woodside\u00b2 said; (Acme said) Acme  told, xAcme said"]:
        draft = Draft(DRAFTER, text)
        words = set(re.findall(r"\b[A-Z][a-z]+\b", draft.norm)) | {"Woodside", "Acme"}
        firsts = {w: w.lower() for w in sorted(words)}
        whole = [m.span() for m in said.finditer(draft.norm) if draft.norm[m.start() : m.end(1)] in firsts]
        assert [m.span() for m in draft._first_word_matches(said, firsts)] == whole
        found += len(whole)
    assert found > 100


def test_drafting_the_same_articles_again_compiles_no_pattern(monkeypatch):
    """After the drafts of 60 articles, drafting them again compiles nothing: no pattern is built
    per call from an article's words (an acronym, a title, a noun), whose flood pushed ``re``'s
    fixed patterns out of its cache of 512 (16 compiles again on drafter 27 before speed27)."""
    texts = _article_texts()[:60]
    drafter = Drafter()
    for i, text in enumerate(texts):
        drafter.draft(text, f"a{i}", text_file="x.txt")
    built: list[str] = []
    compile_ = re._compiler.compile  # type: ignore[attr-defined]

    def counted(pattern, flags=0):  # type: ignore[no-untyped-def]
        built.append(str(pattern))
        return compile_(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counted)  # type: ignore[attr-defined]
    for i, text in enumerate(texts):
        drafter.draft(text, f"a{i}", text_file="x.txt")
    assert built == []

"""Find quotes and names in article text while tolerating typography.

News text is full of look-alike characters: curly quotes, non-breaking hyphens (U+2011),
narrow no-break spaces (U+202F), em dashes. An annotator types the straight ASCII forms.
Matching therefore runs on a *folded* copy of both strings, and every folded character
remembers the index of the original character it came from, so a match is reported as
offsets into the original text: ``text[start:end]`` is the exact span, as the W3C Web
Annotation TextPositionSelector requires (offsets count Unicode code points, as Python does).

>>> text = "the trio\u2014Starmer makes up an \u201canti\u2011Trump bloc.\u201d"
>>> span = find_unique(text, 'makes up an "anti-Trump bloc."')
>>> text[span.start:span.end]
'makes up an \u201canti\u2011Trump bloc.\u201d'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Span", "find_all", "find_unique", "find_words", "fold", "occurs_as_word", "quote_context"]

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
_CHAR_MAP = {
    **dict.fromkeys(_DASHES, "-"),
    **dict.fromkeys("'\u2018\u2019\u201a\u201b\u2032\u02bc\uff07", "'"),
    **dict.fromkeys('"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02', '"'),
    "\u2026": "...",
    "\u00ad": "",  # soft hyphen: invisible, so it never counts
    "\u200b": "",  # zero-width space
    "\ufeff": "",  # byte order mark / zero-width no-break space
}


_ONE_FOR_ONE = str.maketrans({k: v for k, v in _CHAR_MAP.items() if len(v) == 1})
"""The folds that keep offsets (a dash for a dash, a quote for a quote): the fast path of :func:`fold`."""

_ONE_FOR_ONE_CHANGED = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in _ONE_FOR_ONE.items() if chr(c) != v) + "]"
)
"""The characters :data:`_ONE_FOR_ONE` changes (none of them ASCII): ``str.translate`` looks every
character of a text that is not ASCII up in its table, a pattern finds these few at C speed."""

_PLAIN = re.compile(r"[!-~]+(?: [!-~]+)*")
"""Printable ASCII words with single spaces between them: what folding leaves as it is, unless a
space touches a dash."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the original text."""

    start: int
    end: int


@lru_cache(maxsize=256)
def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Fold typography away and return the folded string with an index map.

    Cached: an article is folded once however many quotes and aliases are sought in it.

    ``index[i]`` is the position in ``text`` of the character that produced folded
    character ``i``; ``index[len(folded)]`` is ``len(text)`` so that end offsets map too.
    Folding: look-alike dashes, quotes and apostrophes become their ASCII forms, every run
    of white space (including U+00A0 and U+202F) becomes one space, white space next to a
    dash disappears (so "alive - and" matches "alive\u2014and"), and invisible characters go.
    """
    if _PLAIN.fullmatch(text) and " -" not in text and "- " not in text:
        return text, tuple(range(len(text) + 1))  # nothing to fold: most names and quotes
    # curly quotes and dashes only, one character for one: text.translate(_ONE_FOR_ONE), sooner
    one = text if text.isascii() else _ONE_FOR_ONE_CHANGED.sub(lambda m: _ONE_FOR_ONE[ord(m.group())], text)
    if _PLAIN.fullmatch(one) and " -" not in one and "- " not in one:
        return one, tuple(range(len(text) + 1))
    return _fold_runs(one)


_PIECE = re.compile(
    r"\s+|[^\s\-\u00ad\u200b\ufeff\u2026]+(?:[ -][^\s\-\u00ad\u200b\ufeff\u2026]+)*|.", re.S
)
"""A run of white space (one space at most in the fold), a run of ordinary words with single spaces
or hyphens between them (copied whole: such a space or hyphen stays as it is, as "anti-Trump" does),
or one character to look at: a finer split costs a loop turn per word of an article."""


def _fold_runs(one: str) -> tuple[str, tuple[int, ...]]:
    """:func:`fold` of text already folded one for one: runs of ordinary characters are copied
    whole, and only white space, dashes and invisible characters are looked at one by one (a
    whole article in a few milliseconds; :func:`_fold_chars` is the same fold, character by
    character)."""
    out: list[str] = []
    index: list[int] = []
    last = ""
    for m in _PIECE.finditer(one):
        g, at = m.group(), m.start()
        if g[0].isspace():  # (``\s`` and ``str.isspace`` agree on every character)
            if out and last not in " -":
                out.append(" ")
                index.append(at)
                last = " "
        elif len(g) > 1 or g not in "-\u00ad\u200b\ufeff\u2026":
            out.append(g)
            index.extend(range(at, at + len(g)))
            last = g[-1]
        elif g == "-":
            if last == " ":
                out.pop()
                index.pop()
            out.append("-")
            index.append(at)
            last = "-"
        elif g == "\u2026":
            out.append("...")
            index.extend((at, at, at))
            last = "."
    if last == " ":
        out.pop()
        index.pop()
    index.append(len(one))
    return "".join(out), tuple(index)


def _fold_chars(text: str) -> tuple[str, tuple[int, ...]]:
    """:func:`fold` character by character: the reference the fast paths are tested against."""
    out: list[str] = []
    index: list[int] = []
    for pos, ch in enumerate(text):
        rep = _CHAR_MAP.get(ch)
        if rep is None:
            rep = " " if ch.isspace() or unicodedata.category(ch) == "Zs" else ch
        for r in rep:
            if r == " ":
                if not out or out[-1] in " -":
                    continue
            elif r == "-" and out and out[-1] == " ":
                out.pop()
                index.pop()
            out.append(r)
            index.append(pos)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    while out and out[0] == " ":  # pragma: no cover - leading spaces are never appended
        out.pop(0)
        index.pop(0)
    index.append(len(text))
    return "".join(out), tuple(index)


def _to_span(index: tuple[int, ...], start: int, end: int) -> Span:
    return Span(index[start], index[end - 1] + 1)


def _folded(text: str) -> str:
    """``fold(text)[0]``, without building the index where folding leaves the text as it is (most
    needles: a draft looks up each of its two dozen quotes, and that index goes unread)."""
    if _PLAIN.fullmatch(text) and " -" not in text and "- " not in text:
        return text
    return fold(text)[0]


def find_all(text: str, needle: str) -> list[Span]:
    """Every occurrence of ``needle`` in ``text`` (folded), as spans of the original text."""
    hay, index = fold(text)
    pat = _folded(needle)
    if not pat:
        return []
    spans = []
    at = hay.find(pat)
    while at != -1:
        spans.append(_to_span(index, at, at + len(pat)))
        at = hay.find(pat, at + 1)
    return spans


def find_unique(text: str, needle: str, occurrence: int | None = None) -> Span:
    """The one occurrence of ``needle``, or the ``occurrence``-th (1-based) of several.

    Raises :class:`LookupError` with a message that says what is wrong: not found, or
    found several times without saying which.
    """
    spans = find_all(text, needle)
    if not spans:
        raise LookupError("not found in the article text")
    if occurrence is not None:
        if not 1 <= occurrence <= len(spans):
            raise LookupError(f"occurrence {occurrence} asked for, but it occurs {len(spans)} time(s)")
        return spans[occurrence - 1]
    if len(spans) > 1:
        raise LookupError(f"occurs {len(spans)} times; say which with 'occurrence'")
    return spans[0]


def find_words(text: str, phrases: dict[str, str]) -> list[tuple[Span, str]]:
    """Whole-word occurrences of several phrases, longest first, never overlapping.

    ``phrases`` maps a phrase to a key (an actor ID, say). Returns ``(span, key)`` pairs in
    text order. A phrase matches only where it is not part of a longer word, so "Russia" is
    not found in "Russian" and "UK" is found in "UK's".
    """
    hay, index = fold(text)
    taken = [False] * len(hay)
    found: list[tuple[int, int, str]] = []
    for phrase in sorted(phrases, key=lambda p: (-len(fold(p)[0]), p)):
        pat, _ = fold(phrase)
        if not pat:
            continue
        for m in _word_matches(hay, pat):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            found.append((m.start(), m.end(), phrases[phrase]))
    found.sort()
    return [(_to_span(index, s, e), key) for s, e, key in found]


def occurs_as_word(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as a whole word, as :func:`find_words` would find it.

    The question an alias check asks, without :func:`find_words`' bookkeeping of which
    characters are taken (a list as long as the article, per call).
    """
    pat, _ = fold(phrase)
    return bool(pat) and next(_word_matches(fold(text)[0], pat), None) is not None


def _word_matches(hay: str, pat: str) -> Iterator[re.Match[str]]:
    """``_whole_word(pat).finditer(hay)``, the same matches, sooner.

    Why: a pattern that opens with a look-behind is tried at every position of the text
    (about 50 µs per phrase in an article of 1,400 characters, 27 phrases an article: most of
    the time it takes to read one), while ``str.find`` jumps to where the phrase is. The
    pattern is then tried only there; its look-behind still sees the text before ``at``.
    """
    if not pat:
        return
    rx = _whole_word(pat)
    at = hay.find(pat)
    while at != -1:
        m = rx.match(hay, at)
        if m is None:
            at = hay.find(pat, at + 1)
            continue
        yield m
        at = hay.find(pat, m.end())


@lru_cache(maxsize=16_384)
def _whole_word(pat: str) -> re.Pattern[str]:
    """A pattern for ``pat`` as a whole word (cached: more names recur than ``re``'s own cache holds)."""
    return re.compile(r"(?<!\w)" + re.escape(pat) + r"(?!\w)")


def quote_context(text: str, span: Span, width: int = 32) -> tuple[str, str]:
    """The prefix and suffix around a span, as a TextQuoteSelector carries them."""
    return text[max(0, span.start - width) : span.start], text[span.end : span.end + width]

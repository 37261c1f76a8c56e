"""spaCy's affix patterns, tried only where they can match: a table by a word's first or last
character.

spaCy's tokenizer splits each space-separated chunk it has not seen before with three patterns
built from the language's rule lists: the prefixes (``^p1|^p2|...``, ``match``), the suffixes
(``s1$|s2$|...``, ``search``) and the infixes (``i1|i2|...``, ``finditer``). Python's ``re``
tries every branch of such an alternation at every position (most branches open with a look-behind,
which keeps it from skipping ahead), so on fresh text the three are half of the tokenizer's
time, a twentieth of a draft's.

Yet a branch can match only where the text holds one of its possible first (prefix, infix) or last
(suffix) characters. This module reads them off each rule's parsed pattern and builds, for every
ASCII character, the pattern of the rules that may open (or close) with it, in their order:

* a suffix match ends at the end of the chunk (every rule ends with ``$``): the leftmost start
  where any rule matches is that of the rules that may end with the chunk's last character;
* a prefix match starts at its first character: the first rule that matches is the first of
  those that may open with it;
* an infix match opens with one of the rules' first characters: a chunk of ASCII holding none
  of them has no infix.

Same matches, found only among the rules that can match; a chunk whose character in question is
not ASCII (or ends with a newline, where ``$`` also matches before it) gets the whole pattern.
Where a rule is not read plainly (a top-level ``|``, a reference to a group, a character set this
does not know), the set of its characters is every character: it is in every table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["AffixTable", "fast_affixes"]

_ASCII = frozenset(map(chr, range(128)))

_CATEGORY = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
"""A class escape's ASCII members, as ``re`` itself matches them (``\\s`` holds "\\x1c" too)."""


def _category(cat: Any) -> frozenset[str]:
    rx = _CATEGORY.get(cat)
    return _ASCII if rx is None else frozenset(c for c in _ASCII if re.fullmatch(rx, c))


def _in_set(items: Sequence[tuple[Any, Any]]) -> frozenset[str]:
    """The ASCII characters a character set (``IN``) matches; every one where it holds what this
    does not read."""
    negate = bool(items) and items[0][0] is sre.NEGATE
    out: set[str] = set()
    for op, av in items[1:] if negate else items:
        if op is sre.LITERAL:
            out |= {chr(av)} & _ASCII
        elif op is sre.RANGE:
            out |= {chr(c) for c in range(av[0], min(av[1], 127) + 1)}
        elif op is sre.CATEGORY:
            if av not in _CATEGORY:
                return _ASCII
            out |= _category(av)
        else:
            return _ASCII
    return _ASCII - out if negate else frozenset(out)


def _ends(items: Sequence[tuple[Any, Any]], last: bool) -> tuple[frozenset[str], bool]:
    """The ASCII characters a match of ``items`` (a parsed sequence) may open with (``last``:
    close with), and whether it may be empty; every character where an item is not read plainly."""
    found: set[str] = set()
    for op, av in reversed(items) if last else items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # (no character)
        if op is sre.LITERAL:
            chars, empty = frozenset({chr(av)}) & _ASCII, False
        elif op is sre.IN:
            chars, empty = _in_set(av), False
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group, without flags
            chars, empty = _ends(av[3].data, last)
        elif op is sre.BRANCH:
            ends = [_ends(b.data, last) for b in av[1]]
            chars = frozenset().union(*(c for c, _e in ends))
            empty = any(e for _c, e in ends)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            chars, empty = _ends(sub.data, last)
            empty = empty or low == 0 or high == 0
        elif op is sre.ATOMIC_GROUP:
            chars, empty = _ends(av.data, last)
        else:  # any character, a reference to a group...: read as every character
            return _ASCII, True
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _plain(piece: str) -> sre_parse.SubPattern | None:
    """A rule's parsed pattern, where it is one alternative (no top-level ``|``), sets no flag and
    refers to no group (the rules are joined anew in subsets: a group's number would change); else
    None."""
    try:
        parsed = sre_parse.parse(piece)
    except re.error:
        return None
    if parsed.state.flags & ~re.U or (len(parsed.data) == 1 and parsed.data[0][0] is sre.BRANCH):
        return None  # (a flag such as "(?i)" changes what a letter matches)
    text = piece.replace("\\\\", "")
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(", text):
        return None
    return parsed


class AffixTable:
    """One of a tokenizer's affix patterns (``kind``: "prefix", "suffix" or "infix"), built from its
    rules as spaCy builds it, with the same pattern of the rules that may match, by the ASCII
    character at the place that counts (see the module's docstring)."""

    def __init__(self, kind: str, pieces: Sequence[str], whole: re.Pattern[str]) -> None:
        self.kind = kind
        self.whole = whole
        self.pattern = whole.pattern  # (what spaCy reads when it saves a tokenizer)
        pieces = [p for p in pieces if p.strip()]
        form = {"prefix": "^{}", "suffix": "{}$", "infix": "{}"}[kind]
        sources = [form.format(p) for p in pieces]
        self.by_char: dict[str, re.Pattern[str] | None] = {}
        self.opening: re.Pattern[str] | None = None
        """(infix) Any ASCII character some rule may open with: a chunk of ASCII without one has no infix."""
        if "|".join(sources) != whole.pattern or whole.flags & ~re.U:
            raise ValueError("the pattern is not the rules joined as spaCy joins them")
        ends = []
        for src in sources:
            parsed = _plain(src)
            chars, empty = _ends(parsed.data, kind == "suffix") if parsed is not None else (_ASCII, True)
            ends.append(_ASCII if empty else chars)
        if kind == "infix":
            firsts = sorted(frozenset().union(*ends))
            self.opening = re.compile("[" + "".join(map(re.escape, firsts)) + "]") if firsts else None
            return
        compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        for c in sorted(_ASCII):
            picked = tuple(k for k, chars in enumerate(ends) if c in chars)
            if picked not in compiled:
                compiled[picked] = re.compile("|".join(sources[k] for k in picked)) if picked else None
            self.by_char[c] = compiled[picked]

    def search(self, text: str) -> re.Match[str] | None:
        """``whole.search(text)`` of the suffixes, ``whole.search(text)`` (at 0) of the prefixes."""
        if not text:
            return self.whole.search(text)
        at = text[-1] if self.kind == "suffix" else text[0]
        if at not in self.by_char or (self.kind == "suffix" and at == "\n"):
            return self.whole.search(text)
        rx = self.by_char[at]
        return None if rx is None else rx.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``whole.finditer(text)`` of the infixes."""
        if text.isascii() and (self.opening is None or self.opening.search(text) is None):
            return iter(())
        return self.whole.finditer(text)


def fast_affixes(nlp: Any) -> None:
    """Give ``nlp``'s tokenizer the tables of its affix patterns (see :class:`AffixTable`), where its
    patterns are its language's rules joined as spaCy joins them; else leave it as it is."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tok, defaults = nlp.tokenizer, nlp.Defaults
    kinds: list[tuple[str, str, Any, Callable[..., Any]]] = [
        ("prefix", "prefix_search", defaults.prefixes, compile_prefix_regex),
        ("suffix", "suffix_search", defaults.suffixes, compile_suffix_regex),
        ("infix", "infix_finditer", defaults.infixes, compile_infix_regex),
    ]
    rules = tok.rules
    tok.rules = {}  # each setter reloads the special cases: none while set (as spaCy's from_bytes does)
    try:
        for kind, attr, pieces, _compile in kinds:
            current = getattr(tok, attr)
            whole = getattr(current, "__self__", None)
            if not pieces or not isinstance(whole, re.Pattern) or any(not isinstance(p, str) for p in pieces):
                continue
            try:
                table = AffixTable(kind, list(pieces), whole)
            except ValueError:
                continue
            setattr(tok, attr, table.finditer if kind == "infix" else table.search)
    finally:
        tok.rules = rules  # loaded once, with the tables in place

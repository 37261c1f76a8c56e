"""The characters a pattern's match can open with, as a look-ahead that lets ``re`` fail sooner.

Why: ``re`` scans a text for a pattern by trying it at every position, unless the pattern opens
with a literal or a set of characters (it then skips to them at C speed). A pattern that opens
with a group of branches (``;\\s|,\\s+(?:and|but)...|(?:(?<=,")|,)\\s+...``) gets neither: at
every position each branch is entered in turn. Written before it, a look-ahead of the characters
its branches can open with (``(?=[;,\\s])``) turns most positions down with one test, and finds
the same matches, since no match opens with any other character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_CATEGORY = {sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_DIGIT: r"\d"}

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _set_pieces(items: list) -> set[str] | None:  # type: ignore[type-arg]
    r"""The pieces of a character set (``[...]`` as parsed) written back as pieces of a set, or None
    where this does not read one (a negated set, a category other than ``\s``, ``\w``, ``\d``)."""
    out: set[str] = set()
    for kind, arg in items:
        if kind is sre.LITERAL:
            out.add(re.escape(chr(arg)))
        elif kind is sre.RANGE:
            out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif kind is sre.CATEGORY and arg in _CATEGORY:
            out.add(_CATEGORY[arg])
        else:
            return None
    return out


def _first(items: list) -> tuple[set[str], bool] | None:  # type: ignore[type-arg]
    """The first characters of a sequence of parsed items (as pieces of a character set), and
    whether the sequence can match the empty string; None where this does not read an item."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:  # a look-around or an anchor consumes nothing: the next item opens
            continue
        if op is sre.LITERAL:
            first, empty = {re.escape(chr(av))}, False
        elif op is sre.IN:
            pieces = _set_pieces(av)
            if pieces is None:
                return None  # a negated set, another category
            first, empty = pieces, False
        elif op is sre.SUBPATTERN:
            if av[1] or av[2]:
                return None  # inline flags
            sub = _first(list(av[3]))
            if sub is None:
                return None
            first, empty = sub
        elif op is sre.BRANCH:
            subs = [_first(list(branch)) for branch in av[1]]
            if any(sub is None for sub in subs):
                return None
            first = set().union(*(sub[0] for sub in subs))  # type: ignore[index]
            empty = any(sub[1] for sub in subs)  # type: ignore[index]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            sub = _first(list(av[2]))
            if sub is None:
                return None
            first, empty = sub[0], sub[1] or av[0] == 0
        else:
            return None  # any character, a back reference, an atomic group: not read here
        out |= first
        if not empty:
            return out, False
    return out, True


def _skips(items: list, caseless: bool) -> bool:  # type: ignore[type-arg]
    """Does ``re`` already skip to where the parsed pattern can match: does it open with a literal,
    a character set or branches that each open with a literal (see ``re._compiler._compile_info``;
    under ``re.I``, only one that no case changes: "," but not "a")?"""
    while items and items[0][0] is sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])
    if not items:
        return False

    def plain(op: Any, av: Any) -> bool:
        if op is sre.LITERAL:
            return not caseless or chr(av).lower() == chr(av).upper()
        if op is sre.IN:
            return not caseless or all(kind is sre.CATEGORY or plain(kind, arg) for kind, arg in av)
        return False

    op, av = items[0]
    if op is sre.BRANCH:
        firsts = [next(iter(branch), (None, None)) for branch in av[1]]
        return all(kind is sre.LITERAL and plain(kind, arg) for kind, arg in firsts)
    return plain(op, av)


def opening(source: str, flags: int = 0) -> str:
    """``source`` with a look-ahead of the characters its match can open with before it, where
    they can be told (the same matches: no match opens with another character); else ``source``
    as it is. Not under ``re.X``, nor for a pattern that can match the empty string, nor where ``re``
    skips to the opening already (a literal, a set: the look-ahead would hide it). Under ``re.I``
    the look-ahead's set is compiled under it too: it matches each character in any case, as the
    pattern's own literals and sets do (the same case folding).

    >>> opening(r';\\s|(?:(?<=,")|,)\\s+(?:and|but)\\s')  # (a look-behind consumes nothing)
    '(?=[,;\\\\s])(?:;\\\\s|(?:(?<=,")|,)\\\\s+(?:and|but)\\\\s)'
    >>> opening(r"\\s*x|y?")  # may match nothing: as it is
    '\\\\s*x|y?'
    >>> opening(r",\\s+(?:and|but)")  # re skips to the comma already
    ',\\\\s+(?:and|but)'
    >>> opening(r"\\b(?:since|after)\\s", re.I)  # under re.I: "S" and "A" too
    '(?=[as])(?:\\\\b(?:since|after)\\\\s)'
    """
    if flags & re.X:
        return source
    items = list(sre_parse.parse(source, flags))
    if _skips(items, bool(flags & re.I)):
        return source
    found = _first(items)
    if found is None or found[1] or not found[0]:
        return source
    return "(?=[" + "".join(sorted(found[0])) + "])(?:" + source + ")"


def _required(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Strings one of which every match of the parsed sequence holds (its longest literal run, or
    the best set an item of it requires); None where this finds none."""
    best: set[str] | None = None
    run = ""

    def better(found: set[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        better({run} if run else None)
        run = ""
        if op is sre.SUBPATTERN:
            better(_required(list(av[3])))
        elif op is sre.BRANCH:
            subs = [_required(list(branch)) for branch in av[1]]
            better(None if any(sub is None for sub in subs) else set().union(*subs))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            better(_required(list(av[2])))
    return best


def required(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern holds (lower case under ``re.I``, where only
    an ASCII text may be tested by them: ``"k"`` under ``re.I`` also matches the Kelvin sign), or
    None: the quick test before a pattern tried at every position of a clause, that most clauses
    fail. Read from the pattern, so a branch added to it is never missed.

    >>> required(r"(?:made|levelled)\\s+the\\s+(?:charges?|accusations?)|^such\\s+is\\s+the\\s+story", re.I)
    ('accusation', 'charge', 'story')
    >>> required(r"\\bsaid|[A-Z]\\w+") is None  # a branch with no literal
    True
    """
    if flags & re.X:
        return None
    found = _required(list(sre_parse.parse(source, flags)))
    if not found:
        return None
    if flags & re.I:
        if not all(w.isascii() for w in found):
            return None
        found = {w.lower() for w in found}
    return tuple(sorted(found))


def may_hold(words: tuple[str, ...] | None, text: str, caseless: bool) -> bool:
    """False only where ``text`` holds none of ``words``, those one of which every match of a pattern
    holds (:func:`required`; lower case under ``re.I``): the quick test, as plain
    strings, before a pattern tried at every position of a text (most texts hold none of them).
    Under ``re.I`` only an ASCII text is tested (``re.I`` folds more than ``lower``: the Kelvin sign)."""
    if not words:
        return True
    if caseless:
        if not text.isascii():
            return True
        text = text.lower()
    return any(map(text.__contains__, words))  # (a C loop: no generator to resume per word)


def _held(items: list, out: set[str]) -> bool:  # type: ignore[type-arg]
    """Add to ``out`` the pieces of a character set of every character the parsed sequence can
    consume; False where this does not read an item (any character, a negated set, a group with
    flags) or where the sequence looks ahead (a look-ahead or an anchor other than a word boundary
    sees past the end of a stretch: see :func:`stretches`)."""
    for op, av in items:
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre.IN:
            pieces = _set_pieces(av)
            if pieces is None:
                return False
            out |= pieces
        elif op is sre.AT:
            if av not in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY):
                return False
        elif op is sre.ASSERT_NOT or op is sre.ASSERT:
            if av[0] >= 0:  # a look-ahead (a look-behind sees before a stretch, as in the whole text)
                return False
        elif op is sre.SUBPATTERN:
            if av[1] or av[2] or not _held(list(av[3]), out):
                return False
        elif op is sre.BRANCH:
            if not all(_held(list(branch), out) for branch in av[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            if not _held(list(av[2]), out):
                return False
        else:
            return False
    return True


class Stretches:
    """``pattern.finditer(text)``, tried only on the stretches of ``text`` where a match can be.

    Why: a pattern that opens with ``\\b`` or a group ``re`` cannot skip to is tried at every
    position of the text, though its matches are few and each holds one of a few words. Read from
    the pattern: the characters a match can hold (every one it consumes; those outside split the
    text into stretches no match crosses) and the words one of which each match holds
    (:func:`required`). Only the stretches holding such a word are searched, each as the text
    from its start to its end (``finditer(text, start, end)``): the same matches in the same order,
    since a look-behind or ``\\b`` at a stretch's start still sees the character before it, and at its
    end ``\\b`` sees the end of the text where the whole text has a character outside, which is no
    word character either (``\\w`` must be among those a match holds). Where the pattern is read
    otherwise (any character, a look-ahead, ``$``, inline flags, no required words) :attr:`usable`
    is False and :meth:`finditer` is the pattern's own.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        held: set[str] = set()
        self.words = required(pattern.pattern, pattern.flags) if not pattern.flags & re.I else None
        ok = not pattern.flags & (re.I | re.X | re.M | re.S) and _held(
            list(sre_parse.parse(pattern.pattern, pattern.flags)), held
        )
        self.usable = bool(ok and self.words and r"\w" in held and all(self.words))
        self.outside = re.compile("[^" + "".join(sorted(held)) + "]") if self.usable else None
        """A character no match can hold (None where :attr:`usable` is False)."""

    def finditer(self, text: str) -> Any:
        if not self.usable or self.outside is None or self.words is None:
            return self.pattern.finditer(text)
        return self._found(text, self.outside, self.words)

    def _found(self, text: str, outside: re.Pattern[str], words: tuple[str, ...]) -> Any:
        at = sorted({i for w in words for i in _places(text, w)})
        if not at:
            return
        stops = [m.start() for m in outside.finditer(text)]
        end = -1
        k = 0
        for i in at:
            if i < end:
                continue  # (its stretch searched already)
            k = bisect_right(stops, i, k)
            start = stops[k - 1] + 1 if k else 0
            end = stops[k] if k < len(stops) else len(text)
            yield from self.pattern.finditer(text, start, end)


def _places(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, at every place."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out

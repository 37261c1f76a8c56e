"""What the drafter knows, loaded from data: the gazetteer and the rules of news prose.

Also the text helpers every step shares: typography folded one character for one (so that
offsets stay those of the original), the patterns of bullets and quotations, and slugs.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any, NamedTuple, TypeVar

import yaml

from kb.extract.opening import required

T = TypeVar("T")

FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u00a0\u202f\u2009\u2007\u200a", " "),
        "\u2026": ".",
    }
)
"""Typography folded one character for one, so that offsets stay those of the original."""

_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in FOLD) + "]")


def fold_typography(text: str) -> str:
    """``text.translate(FOLD)``, the same string, sooner: ``str.translate`` looks each character
    of a text that is not ASCII up in the table (a quarter of a millisecond an article), while a
    pattern of the few characters FOLD changes finds them at C speed (FOLD changes no ASCII)."""
    if text.isascii():
        return text
    return _FOLDED.sub(lambda m: FOLD[ord(m.group())], text)

BULLET = re.compile(r"^\s*(?:[•◦▪*·]|\d{1,2}[.)])\s+")
DQUOTE = re.compile(r'"(?=\S)([^"\n]{2,}+)(?<=\S)"')
"""A quotation in straight double marks, its words opening and closing on a non-space, on one line.
The words run possessively to the next mark (they hold none): where the lazy ``{2,}?`` tried the
close after every character of every quotation, this tries it once, at the mark where any match
must close (the same matches; nine times sooner)."""
SQUOTE = re.compile(r"(?<![\w])'((?:[^'\n]|(?<=\w)'(?=\w)){2,}?)'(?![\w])")


def title_case(line: str) -> bool:
    """A headline in Title Case, where every word is capitalised and none is a name by that."""
    words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8


def alternation(
    phrases: Iterable[str], *, ignorecase: bool = True, word_end: bool = False, not_after: str = ""
) -> str:
    """A regex group that matches as ``(?:p1|p2|...)`` of the escaped ``phrases`` does, written as
    a trie: ``(?:sa(?:id|ys)|told)`` for "said", "says", "told".

    Why: Python's ``re`` tries every branch of an alternation at every position of the text,
    and the drafter scans every sentence with lists of hundreds of phrases (speech verbs, cue
    words, state names); a trie tries only the branch of the text's next character (the
    attribution pattern scans an article five times faster).

    Same matches, with ``re.I`` or without: of the phrases that fit at a position (each a
    prefix of the next longer one), both forms try the longest first, then the shorter ones,
    provided that no phrase comes before a longer one it begins (the drafter's lists are
    sorted longest first) and that no two phrases differ only in case where they branch. Where
    a list breaks that (or holds non-ASCII text, whose case folding is subtler), the plain
    alternation is returned. With ``ignorecase=False`` (a pattern that never runs under ``re.I``)
    only the order of phrases counts, compared case by case. With ``word_end=True`` (what follows
    the group in the pattern can only start with a non-word character: ``(?!\\w)``, ``\\s+``) a
    shorter phrase may come first where the longer one goes on with a word character ("bloc",
    "blocs"): the two never both fit at one position.

    >>> alternation(["says", "said", "told"])
    '(?:sa(?:ys|id)|told)'
    >>> alternation(["war", "warn"])  # the shorter first: the plain form keeps that order
    '(?:war|warn)'

    ``not_after`` (a character class) is ``(?<!not_after)`` before the group, written after each
    phrase's first character instead (``(?<!not_after.)``: the same character, looked at from one
    further on), so that the pattern opens with a set of first letters, which ``re`` skips to at C
    speed where it would try the look-behind and the group at every position of the text:

    >>> alternation(["says", "told"], not_after="\\\\w")
    '(?:s(?<!\\\\w.)ays|t(?<!\\\\w.)old)'
    """
    phrases = list(phrases)
    if not_after and not all(phrases):  # an empty phrase has no first character to look back past
        return f"(?<!{not_after})" + alternation(phrases, ignorecase=ignorecase, word_end=word_end)
    behind = f"(?<!{not_after}.)" if not_after else ""
    plain = "(?:" + "|".join(re.escape(p[:1]) + behind + re.escape(p[1:]) for p in phrases) + ")"
    seen: set[str] = set()
    for p in phrases:
        low = p.lower() if ignorecase else p
        if not p or (ignorecase and not p.isascii()):
            return plain
        if any(low[:k] in seen and not (word_end and re.match(r"\w", low[k])) for k in range(1, len(low))):
            return plain  # a shorter phrase first, and both can fit: the plain form keeps that order
        seen.add(low)
    trie: dict[str, dict] = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def branches(node: dict[str, dict]) -> list[str] | None:
        """The alternatives after ``node``, one per next character; None where two differ in case only
        ("S" and "s" both fit the same text under ``re.I``, and then their order would matter)."""
        kids = [ch for ch in node if ch]
        if ignorecase and len({ch.lower() for ch in kids}) < len(kids):
            return None
        out = []
        for ch in kids:
            rest = branches(node[ch])
            if rest is None:
                return None
            if not rest:
                out.append(re.escape(ch))
            elif "" in node[ch]:  # a phrase ends here: the longer ones first (a greedy "?"), then this
                out.append(re.escape(ch) + "(?:" + "|".join(rest) + ")?")
            else:
                out.append(re.escape(ch) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
        return out

    parts = branches(trie)
    if parts is None:
        return plain
    firsts = [re.escape(ch) for ch in trie if ch]  # each part opens with its first character
    return "(?:" + "|".join(f + behind + part[len(f) :] for f, part in zip(firsts, parts, strict=True)) + ")"


_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
"""Letters no Unicode decomposition takes to ASCII."""


_APOSTROPHE_OR_DOT = re.compile(r"['.]")
_PARTS_APART = re.compile(r"(?<![\w'])[LlDd]'(?=\w)|(?<=\w)\.(?=\w\w)")
"""An elided article ("L'Union", "Côte d'Ivoire") and a web address's dot ("News.am", "S.Paulo"):
word breaks in curated IDs (``l-union``, ``news-am``: 6 of 7 such names in dev gold), not a
possessive's or initials' marks ("People's", "U.S.")."""
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, kept by source, for a pattern a rule builds from data on each
    call (a title, a noun, a name). ``re`` keeps 512 patterns and drops the oldest first: such
    patterns, passed to ``re.search`` as strings, pushed its fixed ones out, and 160 of those were
    compiled again per 100 drafts; here they are built once per process (speed27)."""
    return re.compile(source, flags)


ID_LENGTH = 80
"""The longest ID an annotation may hold (``kb/schema/annotation.schema.json``)."""


def short_id(long: str) -> str:
    """``long`` cut to ``ID_LENGTH`` characters, ending in eight hex digits of its hash so that two
    long IDs sharing a beginning stay apart. IDs joined from two others ("malawi-in-" and a bloc
    slugged from a whole quotation) can pass the limit, and a draft holding one does not load."""
    digest = hashlib.sha1(long.encode()).hexdigest()[:8]
    return f"{long[: ID_LENGTH - 9].rstrip('-')}-{digest}"


def fit_ids(record: Any, too_long: dict[str, str]) -> Any:
    """``record`` with every string that is a key of ``too_long`` replaced by its value, at any
    depth: the IDs themselves and every field that refers to one (speaker, target, member...)."""
    if isinstance(record, str):
        return too_long.get(record, record)
    if isinstance(record, list):
        return [fit_ids(x, too_long) for x in record]
    if isinstance(record, dict):
        return {k: fit_ids(v, too_long) for k, v in record.items()}
    return record


@functools.lru_cache(maxsize=4096)
def slug(name: str) -> str:
    """An annotation ID from a name: ``"Jay Ramos" -> "jay-ramos"``, ``"People's" -> "peoples"``.

    Kept by name (a pure function of it): the same names are slugged again and again, in an
    article (each mention tried) and across articles (the gazetteer's people and places)."""
    folded = name.translate(FOLD)
    if "'" in folded or "." in folded:
        folded = _PARTS_APART.sub(lambda m: m.group().replace("'", " ").replace(".", " "), folded)
    ascii_name = unicodedata.normalize("NFKD", _APOSTROPHE_OR_DOT.sub("", folded))  # "People's", "U.S."
    if not ascii_name.isascii():  # (no ASCII character is a combining mark: no scan of most names)
        ascii_name = "".join(c for c in ascii_name if not unicodedata.combining(c))
    ascii_name = ascii_name.lower()
    ascii_name = ascii_name.translate(_UNDECOMPOSED)  # "Jørgensen" -> "jorgensen", not "j-rgensen"
    return _NOT_SLUG.sub("-", ascii_name).strip("-")[:80] or "x"


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    state: str | None = None
    roles: tuple[dict[str, Any], ...] = ()


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    demonyms: dict[str, str]
    as_of: str

    @classmethod
    def load(cls, path: str | None = None) -> Gazetteer:
        raw = yaml.safe_load(
            open(path, encoding="utf-8").read() if path else _data("gazetteer.yaml")  # noqa: SIM115
        )
        types = {
            "states": "state",
            "organizations": "organization",
            "government-bodies": "government-body",
            "armed-forces": "armed-force",
            "media": "media",
            "people": "person",
        }
        entries: dict[str, Entry] = {}
        demonyms: dict[str, str] = {}
        for section, typ in types.items():
            for e in raw.get(section, []):
                entries[e["id"]] = Entry(
                    e["id"],
                    typ,
                    e["label"],
                    tuple(e.get("aliases", [])),
                    e.get("wikidata"),
                    e.get("state"),
                    tuple(e.get("roles", [])),
                )
                for d in e.get("demonyms", []):
                    demonyms[d] = e["id"]
        for d, state in list(demonyms.items()):  # "the Russians", "the Israelis": the people, for their state
            if re.fullmatch(r"[A-Z][a-z]+(?:an|i)", d) and entries[state].type == "state":
                demonyms.setdefault(d + "s", state)
        return cls(entries, demonyms, str(raw.get("as_of", "")))


@dataclass
class Rules:
    raw: dict[str, Any]
    speech: set[str] = field(init=False)
    cues: list[tuple[str, str, int]] = field(init=False)
    conduct: set[str] = field(init=False)
    """Cue phrases whose stance is the speaker's towards the clause's subject."""
    obstruction: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.speech = set(self.raw["speech_verbs"])
        self.cues = sorted(
            (
                (p.lower(), spec.get("kind", kind), spec["polarity"])
                for kind, spec in self.raw["cues"].items()
                for p in spec["phrases"]
            ),
            key=lambda c: -len(c[0]),
        )
        self.cue_kind = {phrase: (kind, polarity) for phrase, kind, polarity in reversed(self.cues)}
        self.cue_re = re.compile(
            r"(?<!\w)" + alternation([phrase for phrase, _k, _p in self.cues]) + r"(?!\w)"
        )
        """All cue phrases in one pattern, longest first: one scan of a clause finds them all. The
        look-behind before them, not after each first letter (see ``Drafter.tone_re``; 1.6 times
        sooner on the claims of 150 articles)."""
        self.conduct = {
            p.lower()
            for spec in self.raw["cues"].values()
            if spec.get("aim") in ("subject", "both")
            for p in spec["phrases"]
        }
        self.obstruction = {
            p.lower()
            for spec in self.raw["cues"].values()
            if spec.get("aim") == "both"
            for p in spec["phrases"]
        }
        """Cues that are both: the subject against the object, and the speaker against the subject."""

    @classmethod
    def load(cls, path: str | None = None) -> Rules:
        return cls(yaml.safe_load(open(path, encoding="utf-8").read() if path else _data("extraction.yaml")))

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


def _data(name: str) -> str:
    return files("kb").joinpath("data", name).read_text("utf-8")


@dataclass
class Mention:
    start: int
    end: int
    actor: str


@dataclass
class Line:
    start: int
    end: int
    text: str  # typography folded, same length as the original
    form: str


class Sent(NamedTuple):
    """A sentence of a line as offsets into the line (spaCy's ``start_char``, ``end_char``): the
    claim rules read a line's sentences a dozen times, and ``Doc.sents`` builds its spans and
    their tokens anew on every pass (a twentieth of a draft's time)."""

    start_char: int
    end_char: int


@dataclass
class DraftClaim:
    """A claim while it is drafted: what the annotation will say, and where it sits in the text."""

    speaker: str
    quote: str
    kind: str
    status: str
    form: str
    start: int
    end: int
    direct: bool | None = None
    via: str | None = None
    polarity: int = 0  # of the claim's first polar cue (0: none)
    cue: int = -1  # where that cue is
    conduct: bool = False  # the cue describes the subject's conduct (the stance is the speaker's)
    target: str | None = None  # whom an accusation is against
    holder: str | None = None  # who holds the stance against ``target``, when it is not the speaker
    confidence: float = 1.0  # lowered where a claim is downgraded (see ClaimRules.never_fact)
    id: str = ""
    stances: list[dict[str, Any]] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        """The claim as the annotation format writes it."""
        out: dict[str, Any] = {"id": self.id, "speaker": self.speaker, "quote": self.quote,
                               "kind": self.kind, "status": self.status, "form": self.form}  # fmt: skip
        if self.direct is not None:
            out["direct"] = self.direct
        if self.confidence < 1.0:
            out["confidence"] = self.confidence
        if self.via:
            out["via"] = self.via
        if self.stances:
            out["stances"] = self.stances
        return out


@dataclass
class DraftFlag:
    """A data-quality flag while it is drafted; ``at`` orders the flags and finds the occurrence."""

    kind: str
    actor: str
    surface: str
    expected: str
    note: str
    at: int

    def record(self) -> dict[str, Any]:
        return {"kind": self.kind, "actor": self.actor, "surface": self.surface,
                "expected": self.expected, "note": self.note}  # fmt: skip


class DraftState:
    """What every step of a draft reads and writes; :class:`kb.extract.drafter.Draft` sets it up.

    The steps (:class:`~kb.extract.actors.ActorRules`, :class:`~kb.extract.claims.ClaimRules`,
    :class:`~kb.extract.stances.StanceRules`) share this state and nothing else.
    """

    d: Any  # the Drafter: its gazetteer, rules and spaCy pipeline
    text: str
    norm: str  # ``text`` with typography folded one character for one
    lines: list[Line]
    docs: list[Any]  # one spaCy Doc per line
    sents: list[list[Sent]]  # the sentences of each line, read once from its Doc
    doc_sents: list[list[Sent]]  # the same as spaCy splits them (before an opening quote is moved)
    actors: dict[str, dict[str, Any]]  # by ID, in the annotation format
    mentions: list[Mention]
    claims: list[DraftClaim]
    memberships: list[dict[str, Any]]  # in the annotation format
    flags: list[DraftFlag]
    firms: set[str]  # actor IDs of companies a noun names ("grid operator Fingrid"): "the company" is one
    secretariats: dict[str, str]  # a secretariat that speaks ("The SADC secretariat said"): its organisation

    def tone(self, start: int, end: int) -> int:
        """-1, 0 or 1: the tone of ``[start, end)`` (see :class:`~kb.extract.stances.StanceRules`)."""
        raise NotImplementedError

    ISSUER: Any  # a statement's own voice (:attr:`~kb.extract.claims.ClaimRules.ISSUER`)
    ISSUER_NOUNS: tuple[str, ...]  # one of which every match of ISSUER holds (its quick test)

    def unknown(self) -> str:
        """The speaker of words the drafter cannot attribute: :class:`~kb.extract.claims.ClaimRules`."""
        raise NotImplementedError

    def named_grouping(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of a grouping's name in ``[start, end)``: :class:`~kb.extract.stances.StanceRules`."""
        raise NotImplementedError

    def named_alliance(self, start: int, end: int) -> Mention | None:
        """A known organization a grouping's name names: :class:`~kb.extract.stances.StanceRules`."""
        raise NotImplementedError


def by_span(method: Callable[..., T]) -> Callable[..., T]:
    """Keep a draft step's answers by its arguments, for the one draft: for a step that reads only
    the text (``norm``) and the drafter, never the actors or claims found so far, so that the
    same span always gets the same answer. Some spans are asked about many times (a sentence by
    each rule that looks at it); the answer must not be changed by the caller (a tuple, a bool)."""
    key = "_by_span_" + method.__name__

    @functools.wraps(method)
    def kept(self: Any, *args: Any) -> T:
        memo = self.__dict__.get(key)
        if memo is None:
            memo = self.__dict__[key] = {}
        if args in memo:
            return memo[args]
        found = memo[args] = method(self, *args)
        return found

    return kept


_FLAG_GROUP = re.compile(r"\(\?(?::|=|!|<=|<!|P<\w+>|P=\w+\)|i:)")
"""The group openings :func:`lower_twin` reads (no other inline flags, no conditionals)."""

_BY_CODE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")
"""An escape by code (``\\u00e9``): :func:`lower_twin` keeps one that can match no ASCII character."""

_ASCII = "".join(map(chr, range(128)))


def _never_ascii(escape: str) -> bool:
    """Can the escape by code ``escape`` match no ASCII character, even under ``re.I``? Then on an
    ASCII text it matches nothing, in the pattern and in its twin alike ("\\u00e9" yes; "\\x41"
    and the Kelvin sign "\\u212a", which matches "k" under ``re.I``, no)."""
    char = chr(int(escape[2:], 16))
    return not char.isascii() and re.compile(escape, re.I).search(_ASCII) is None


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a pattern under ``re.I`` (see :func:`twin_source`), compiled."""
    source = twin_source(pattern.pattern, pattern.flags)
    return None if source is None else re.compile(source, pattern.flags & ~re.I)


def twin_source(src: str, flags: int) -> str | None:
    """The source of the case-sensitive twin of the pattern ``src`` under ``re.I`` (in ``flags``), for
    lower-cased ASCII text: on an ASCII ``text``, ``twin.search(text.lower())`` matches where
    ``pattern.search(text)`` does.

    Why: ``re`` under ``re.I`` folds the case of every character it compares, three times slower
    than plain comparison on the hearsay pattern of the drafter (and ``str.lower`` is a
    copy at C speed). An ASCII text's lower case has the same length and the same word, space
    and digit characters, so a pattern whose letters are lower-cased (outside escapes and group
    names; ``A-Z`` in a set becomes ``a-z``) matches it at the same places. None where the
    pattern holds anything this does not read plainly (a cased letter that is not ASCII, a range
    from a letter to a non-letter, an escape by code of a character that may match an ASCII one,
    an inline flag other than ``i``): the caller then uses the pattern itself.
    """
    if not flags & re.I or flags & re.X:
        return None  # nothing to gain; or white space and comments this does not read
    out, i, in_set = [], 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            code = _BY_CODE.match(src, i)
            if code and _never_ascii(code.group()) and not (in_set and "-" in (src[i - 1], src[code.end()])):
                out.append(code.group())  # "communiqu[e\u00e9]"; not an end of a range, whose inside
                i = code.end()  # may hold what matches ASCII ("\u00c0-\u024f" holds the long s)
                continue
            nxt = src[i + 1 : i + 2]
            if not nxt or nxt in "xuUNopPg":  # by code, or a property: not read here
                return None
            out.append(src[i : i + 2])
            i += 2
            continue
        if not ch.isascii() and ch.lower() != ch.upper():
            return None  # "K" (Kelvin) matches "k" under re.I: not read here
        if in_set:
            if ch == "]":
                in_set = False
            elif src[i + 1 : i + 2] == "-" and src[i + 2 : i + 3] not in ("", "]"):
                end = src[i + 2]
                if end == "\\" or ch.isalpha() != end.isalpha() or ch.islower() != end.islower():
                    return None  # "A-z", "0-Z": a range whose case cannot simply be lowered
                out.append(f"{ch.lower()}-{end.lower()}")
                i += 3
                continue
            out.append(ch.lower())
            i += 1
            continue
        if ch == "[":
            in_set = True
            out.append(ch)
            i += 1
            for lead in ("^", "]"):  # "[^...]", "[]...]": a leading "]" is a character
                if src[i : i + 1] == lead:
                    out.append(lead)
                    i += 1
            continue
        if ch == "(" and src[i + 1 : i + 2] == "?":
            m = _FLAG_GROUP.match(src, i)
            if m is None:
                return None
            out.append(m.group())
            i = m.end()
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)



MEMO_SIZE = 4096
"""How many answers a memo by text keeps before it starts again (a long-lived service drafts on)."""


def remembered(memo: dict[str, bool], text: str, answer: Callable[[str], bool]) -> bool:
    """``answer(text)``, kept in ``memo`` by text: several rules ask the same question of the same
    sentence or clause within a draft (a third to three fifths of the asks repeat one)."""
    known = memo.get(text)
    if known is None:
        if len(memo) > MEMO_SIZE:
            memo.clear()
        known = memo[text] = answer(text)
    return known


class Caseless:
    """A pattern under ``re.I`` with its :func:`lower_twin`: :meth:`found` is ``pattern.search``
    as a truth value, on the lower case of an ASCII text with the twin (three times sooner)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.twin = lower_twin(pattern)
        self.seen: dict[str, bool] = {}
        """The answers by text (several rules ask about the same sentence; a third of asks repeat one)."""

    def found(self, text: str) -> bool:
        return remembered(self.seen, text, self._found)

    def _found(self, text: str) -> bool:
        if self.twin is not None and text.isascii():
            return self.twin.search(text.lower()) is not None
        return self.pattern.search(text) is not None


def _class_end(src: str, i: int) -> int:
    """The index after the character class that opens at ``src[i]`` ("[")."""
    j = i + 1
    if src[j : j + 1] == "^":
        j += 1
    if src[j : j + 1] == "]":  # a leading "]" is a character
        j += 1
    while j < len(src) and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    return j + 1


def _syntax(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of a pattern's source from ``start`` on, with their index, an escape ("\\x")
    and a character class ("[...]") each passed over whole: where its groups open and close and
    where its branches part."""
    i = start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            i = _class_end(source, i)
        else:
            yield i, ch
            i += 1


def top_branches(source: str) -> tuple[str, list[str], str] | None:
    """``source`` as ``(prefix, branches, suffix)``, with ``prefix + "(?:" + "|".join(branches) + ")" +
    suffix == source``: the first group ``(?:...)`` at the pattern's top level whose inside is an
    alternation; None where there is none, or where a branch could refer to another's group (a
    back reference). A text holds a match of the pattern exactly where it holds one of
    ``prefix + "(?:" + branch + ")" + suffix`` for some branch (see :class:`Branches`)."""
    if re.search(r"\\[1-9]|\(\?P=", source):
        return None
    depth = 0
    for i, ch in _syntax(source):
        if ch == "(":
            if depth == 0 and source.startswith("(?:", i):
                cuts, inner, close = [], 0, None
                for j, c in _syntax(source, i + 3):
                    if c == "(":
                        inner += 1
                    elif c == ")":
                        if inner == 0:
                            close = j
                            break
                        inner -= 1
                    elif c == "|" and inner == 0:
                        cuts.append(j)
                if cuts and close is not None:
                    edges = [i + 2, *cuts, close]
                    branches = [source[a + 1 : b] for a, b in itertools.pairwise(edges)]
                    return source[:i], branches, source[close + 1 :]
            depth += 1
        elif ch == ")":
            depth -= 1
    return None


ASCII_CASES = {
    **{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k",
}  # fmt: skip
"""A table for ``str.translate``: each character that ``re.I`` matches to an ASCII letter (the capitals,
and "\u0130", "\u0131", "\u017f", the Kelvin sign: ``re``'s case fixes), as that lower-case letter;
every other character as it is. Where a pattern's ASCII words match under ``re.I``, the text so
translated holds them in lower case, character for character (``str.lower`` would not do: it
writes "\u0130" as two characters, "i" and a combining dot)."""


class Branches:
    r"""``(?<!\w)(?:b1|b2|...)(?!\w)`` under ``re.I`` as a truth value (:meth:`found`), tried on an
    ASCII text branch by branch, and only with the branches one of whose words (:func:`required`)
    the text holds.

    Why: ``re`` tries every branch of an alternation at every position of a text. The hearsay
    pattern has 114 branches, each with its own words, so each position costs 114 tests, while a
    sentence holds the words of three branches on average: one scan for all the words (a trie,
    which ``re`` skips through at C speed), then those three branches alone, halve its time. The
    same answer: the alternation matches where one of its branches does (no branch refers to
    another's group), every match of a branch holds one of its words, and each branch's twin
    (:func:`twin_source`) matches the lower case of an ASCII text where the branch matches the
    text. Where a branch has no such words or no twin, the whole pattern (:class:`Caseless`) is tried
    instead; on a text that is not ASCII, the whole pattern itself, where the text holds one of the
    words in any case (see :meth:`_found_in_any`).
    """

    def __init__(
        self, branches: list[str], prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)", flags: int = re.I
    ) -> None:
        self.pattern = re.compile(prefix + "(?:" + "|".join(branches) + ")" + suffix, flags)
        self.seen: dict[str, bool] = {}
        """The answers by text (:meth:`found`)."""
        self.whole: Caseless | None = None
        """The whole pattern with its twin, where a branch has no words or no twin; else None (the
        twin of the whole, a costly compile, is then never needed)."""
        sources = [twin_source(prefix + "(?:" + b + ")" + suffix, flags | re.U) for b in branches]
        words = [required(b, flags) for b in branches]
        self.hint: re.Pattern[str] | None = None
        self.sources: list[str] = []
        self.twins: list[re.Pattern[str] | None] = []
        """Each branch's twin, compiled the first time a text holds its words (most never are)."""
        self.tried: dict[str, list[int]] = {}
        """By a word the hint finds, the branches to try: those of every word it begins with (the
        hint finds the longest word at a position; the shorter ones there are its beginnings)."""
        if any(s is None for s in sources) or any(not w for w in words):
            self.whole = Caseless(self.pattern)
            return
        self.sources = [s for s in sources if s is not None]
        self.twins = [None] * len(branches)
        of: dict[str, set[int]] = {}
        for i, ws in enumerate(words):
            for w in ws or ():
                of.setdefault(w, set()).add(i)
        self.tried = {w: sorted(set().union(*(of[u] for u in of if w.startswith(u)))) for w in of}
        self.hint = re.compile(alternation(sorted(of, key=len, reverse=True), ignorecase=False))

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Branches | Caseless:
        """The test of ``pattern`` (under ``re.I``) branch by branch, its branches those of its first
        group that is an alternation (:func:`top_branches`); the pattern with its twin where it has
        none (:class:`Caseless`)."""
        split = top_branches(pattern.pattern) if pattern.flags & re.I and not pattern.flags & re.X else None
        if split is None:
            return Caseless(pattern)
        prefix, branches, suffix = split
        return cls(branches, prefix, suffix, pattern.flags)

    def found(self, text: str) -> bool:
        return remembered(self.seen, text, self._found)

    def _found(self, text: str) -> bool:
        if self.whole is not None:
            return self.whole.found(text)
        if not text.isascii():
            return self._found_in_any(text)
        low = text.lower()
        done: set[int] = set()
        m = self.hint.search(low)
        while m is not None:  # every position where a word begins (words may overlap)
            for i in self.tried[m.group()]:
                if i not in done:
                    done.add(i)
                    twin = self.twins[i]
                    if twin is None:
                        twin = self.twins[i] = re.compile(self.sources[i])
                    if twin.search(low) is not None:
                        return True
            m = self.hint.search(low, m.start() + 1)
        return False

    def _found_in_any(self, text: str) -> bool:
        """:meth:`found` of a text that is not ASCII: False where the text holds none of the words in
        any case (translated by :data:`ASCII_CASES`: the characters ``re.I`` takes for an ASCII
        letter, as that letter), else the whole pattern's answer. ``re`` tried all the branches at
        every position under ``re.I``: half a millisecond a sentence, and most hold none of them."""
        if self.hint is not None and self.hint.search(text.translate(ASCII_CASES)) is None:
            return False
        return self.pattern.search(text) is not None

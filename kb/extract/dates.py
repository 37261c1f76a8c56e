"""Dates a draft can take from its source, and nothing more: undated stays undated.

Why a module of its own: the publication date comes from places the claim rules never look
(an HTML page's metadata, a wire dateline), and the relative dates of a claim ("on Sunday",
"yesterday") mean something only against that date. Every function here is pure and reads
only what the source states; a date without a year, or a weekday that could be two days,
is left unresolved rather than guessed.

Where they go in an annotation:

``article.published``
    the publication date, ``YYYY-MM-DD`` (a timestamp is cut to the date it is written in:
    the publisher's own day);
``claims[].when``
    ``{"text": "on Sunday", "date": "2025-03-02"}``: the time expression of the claim's
    sentence, exactly as written, and its date when the article's date resolves it
    (``date: null`` otherwise). A claim's own date is its article's (derived in RDF, not
    copied); ``when`` is the time the text gives for what the claim reports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

__all__ = ["add_dates", "dateline_date", "html_published", "parse_date", "relative_when"]

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for m in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?<![a-z])(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WRITTEN_DATE = re.compile(
    rf"(?i:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))(?!\d)"
)
_PLACE = r"[A-Z][\w'.-]*(?:[ -][A-Z][\w'.-]*)*"
_DATELINE_BEFORE = re.compile(rf"(?:{_PLACE}(?:,\s*{_PLACE})?,?|(?i:published|posted)(?:\s+on)?:?)\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—:]|$)")
"""Around a written date, a wire dateline ("GENEVA, March 3, 2025 (Reuters) -") or a
"Published March 3, 2025" line: a place or the word before it, an agency and a dash after."""

_RELATIVE = re.compile(
    r"(?<!\w)(?:(?P<day>yesterday|today|tomorrow)"
    r"|(?P<prep>on|last|this|next)\s+(?P<weekday>" + "|".join(w.capitalize() for w in WEEKDAYS) + r"))(?!\w)"
)
_FUTURE = re.compile(
    r"(?<!\w)(?:will|shall|is to|are to|plans? to|is due to|are due to|is expected to)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+|\n")


def parse_date(value: str) -> date | None:
    """An ISO date or timestamp's date (``2025-03-03T10:00:00+01:00`` -> its day), else None.

    >>> parse_date("2025-03-03T23:30:00-05:00"), parse_date("March 3")
    (datetime.date(2025, 3, 3), None)
    """
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}|\s*$)", value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def written_date(value: str) -> date | None:
    """A date written out with its year ("March 3, 2025", "3 March 2025"); None without a year.

    >>> written_date("Sept. 14, 2024"), written_date("June 8")
    (datetime.date(2024, 9, 14), None)
    """
    m = _WRITTEN_DATE.search(value)
    if not m:
        return None
    month = MONTHS[(m["month"] or m["month2"]).lower()]
    day, year = int(m["day"] or m["day2"]), int(m["year"] or m["year2"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dateline_date(text: str) -> date | None:
    """The date of the article's dateline, in its first lines; None when there is none with a year.

    >>> dateline_date("Talks stall\\n\\nGENEVA, March 3, 2025 (Reuters) - Delegates said...")
    datetime.date(2025, 3, 3)
    >>> dateline_date("DAKAR, Nov 18 (Reuters) - ...") is None
    True
    """
    for line in text.splitlines()[:8]:
        for m in _WRITTEN_DATE.finditer(line[:120]):
            before, after = line[: m.start()].strip(), line[m.end() :]
            if (not before or _DATELINE_BEFORE.fullmatch(before)) and _DATELINE_AFTER.match(after):
                return written_date(m.group())
    return None


def html_published(html: str) -> date | None:
    """The publication date an HTML page states in its metadata, or None.

    In order: ``<meta property="article:published_time">`` (Open Graph), schema.org
    ``datePublished`` (microdata or JSON-LD), then a ``<time datetime>`` element (one marked
    ``pubdate`` or ``itemprop=datePublished`` first, else the first inside ``<article>``).
    A modification date is never taken for the publication date.

    >>> html_published('<html><head><meta property="article:published_time" '
    ...                'content="2025-03-03T08:00:00Z"></head><body></body></html>')
    datetime.date(2025, 3, 3)
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for selector, attr in (
        ('meta[property="article:published_time"]', "content"),
        ('meta[name="article:published_time"]', "content"),
        ('meta[itemprop="datePublished"]', "content"),
    ):
        for node in tree.css(selector):
            if found := parse_date(node.attributes.get(attr) or ""):
                return found
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        for value in _json_ld_dates(data):
            if found := parse_date(value):
                return found
    for selector in ("time[pubdate]", 'time[itemprop="datePublished"]', "article time[datetime]"):
        for node in tree.css(selector):
            if found := parse_date(node.attributes.get("datetime") or ""):
                return found
    return None


def _json_ld_dates(data: Any) -> Iterator[str]:
    """Every ``datePublished`` string in a JSON-LD document, ``@graph`` and nesting included."""
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            yield value
        for v in data.values():
            if isinstance(v, (dict, list)):
                yield from _json_ld_dates(v)
    elif isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item)


def relative_when(sentence: str, published: date | None) -> dict[str, str | None] | None:
    """The first time expression of ``sentence`` and its date, resolved against ``published``.

    "yesterday", "today" and "tomorrow" move from the publication day; "on Sunday" and "last
    Sunday" mean the last Sunday before it (the wire convention for the past week), unless the
    sentence speaks of the future ("will", "is to") or the weekday is the publication day's
    own: those stay unresolved, as do "this Sunday" and "next Sunday". Without a publication
    date nothing resolves; the expression is kept with ``date: None``.

    >>> relative_when("Ministers met on Sunday, Lavrov said.", date(2025, 3, 5))
    {'text': 'on Sunday', 'date': '2025-03-02'}
    >>> relative_when("Talks will resume on Sunday.", date(2025, 3, 5))
    {'text': 'on Sunday', 'date': None}
    >>> relative_when("He spoke yesterday.", None)
    {'text': 'yesterday', 'date': None}
    """
    m = _RELATIVE.search(sentence)
    if not m:
        return None
    resolved: date | None = None
    if published is not None:
        if m["day"]:
            resolved = published + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m["day"]])
        elif m["prep"] in ("on", "last") and not _FUTURE.search(sentence):
            back = (published.weekday() - WEEKDAYS.index(m["weekday"].lower())) % 7
            if back or m["prep"] == "last":
                resolved = published - timedelta(days=back or 7)
    return {"text": m.group(), "date": resolved.isoformat() if resolved else None}


def add_dates(draft: dict[str, Any], text: str, published: date | None = None) -> dict[str, Any]:
    """Date a draft annotation: ``published`` (given, else the dateline's) and each claim's ``when``.

    The article's date is whatever ``published`` says (from the user or the page's metadata),
    else the dateline's, else none. Returns ``draft``, changed in place.
    """
    published = published or dateline_date(text)
    draft["article"]["published"] = published.isoformat() if published else None
    for claim in draft.get("claims", []):
        sentence = _sentence_of(text, claim["quote"], claim.get("occurrence", 1))
        if sentence and (when := relative_when(sentence, published)):
            claim["when"] = when
    return draft


def _sentence_of(text: str, quote: str, occurrence: int) -> str | None:
    """The sentence (or line) around the ``occurrence``-th place ``quote`` is found in ``text``."""
    at = -1
    for _ in range(occurrence):
        at = text.find(quote, at + 1)
        if at < 0:
            return None
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end_match = _SENTENCE_END.search(text, at + len(quote))
    return text[start : end_match.end() if end_match else len(text)]

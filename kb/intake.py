"""Article text from whatever a user has: UTF-8, a legacy encoding, or an HTML page.

Why a module of its own: drafting (``geokb extract``), bulk ingest and ``POST /articles``
all take raw bytes from users, and all must refuse the same things with the same words:
empty input, binary data, text too large to draft; and must accept the same things:
UTF-8 with or without a BOM, the legacy encodings news archives still use (Windows-1252,
Windows-1251, KOI8-R, Windows-1250, Greek, Arabic, Mac Roman), and HTML, whose article text
is extracted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kb.errors import AnnotationError

__all__ = ["MAX_DRAFT_BYTES", "ArticleText", "read_article"]

MAX_DRAFT_BYTES = 2_000_000
"""Largest input drafted (about 300,000 words: far beyond any news article)."""

_HTML = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)


@dataclass(frozen=True)
class ArticleText:
    text: str
    encoding: str
    """The encoding the bytes were read with ("utf-8", "cp1252", ...)."""
    html: bool = False
    """True when the input was HTML and ``text`` is the article text extracted from it."""
    published: date | None = None
    """The publication date the HTML page's metadata states (:func:`kb.extract.dates.html_published`)."""


def read_article(data: bytes, source: str = "<text>", *, limit: int = MAX_DRAFT_BYTES) -> ArticleText:
    """Decode and clean ``data``; raise :class:`AnnotationError` with a clear message if it is unusable.

    >>> read_article("Paris said “no”.".encode("cp1252")).text
    'Paris said “no”.'
    >>> read_article(b"<html><body><p>Kyiv said yes.</p></body></html>").text
    'Kyiv said yes.\\n'
    """
    if len(data) > limit:
        raise AnnotationError(
            f"{source}: {len(data) / 1e6:.1f} MB is more than the {limit / 1e6:.1f} MB a draft is made from; "
            "split it into articles"
        )
    if not data.strip():
        raise AnnotationError(f"{source}: empty: there is no text to draft from")
    if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.1:
        raise AnnotationError(f"{source}: binary data, not text (an image, a PDF, an archive?)")
    text, encoding = _decode(data, source)
    html = bool(_HTML.match(data[:2048]))
    published = None
    if html:
        from kb.extract.dates import html_published

        published = html_published(text)
        text = _html_text(text)
        if not text.strip():
            raise AnnotationError(f"{source}: an HTML page with no article text in it")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise AnnotationError(f"{source}: only white space: there is no text to draft from")
    return ArticleText(text, encoding, html, published)


def _control_share(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(data))


LEGACY_ENCODINGS = ("cp1252", "cp1251", "koi8-r", "cp1250", "iso-8859-7", "cp1256", "mac_roman")
"""Tried in this order when the bytes are not UTF-8; the most plausible decoding wins."""

_WORD = re.compile(r"[^\W\d_]+")


def _plausibility(text: str) -> int:
    """Minus the letters in words that cannot be right.

    Several scripts in one word, a case shape like "mIxED", or a Latin word made mostly of
    accented letters ("Ìîñêâà", Cyrillic read as Windows-1252).

    The wrong 8-bit code page turns Cyrillic into "Ìîñêâà" and Latin into "ZŘrich": words
    whose letters switch case or script mid-word, which real text rarely has.
    """
    score = 0
    for w in _WORD.findall(text):
        scripts = {unicodedata.name(c, "?").split()[0] for c in w}
        shaped = w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower())
        foreign = scripts == {"LATIN"} and sum(not c.isascii() for c in w) * 2 > len(w)  # "Ìîñêâà"
        if len(scripts) > 1 or not shaped or foreign:
            score -= len(w)
    return score


def _decode(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:  # a tie goes to the more common encoding, listed first
            best = (score, text, encoding)
    if best is None:
        raise AnnotationError(f"{source}: not UTF-8, and none of {', '.join(LEGACY_ENCODINGS)} fits it")
    return best[1], best[2]


def _html_text(html: str) -> str:
    """The article's paragraphs and headings, one per line; scripts, menus and footers dropped."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for junk in tree.css("script, style, noscript, nav, header, footer, aside, form, template, svg"):
        junk.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    lines = []
    for node in root.css("h1, h2, h3, h4, p, li, blockquote"):
        line = " ".join(node.text(separator=" ").split())
        if line and (not lines or lines[-1] != line):
            lines.append(f"• {line}" if node.tag == "li" else line)
    if not lines:
        lines = [" ".join(root.text(separator=" ").split())]
    title = tree.css_first("title")
    if (
        root.css_first("h1") is None
        and title is not None
        and (t := " ".join(title.text().split()))
        and t not in lines[:2]
    ):
        lines.insert(0, t)
    return "\n\n".join(lines) + "\n"

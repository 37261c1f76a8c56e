"""Checks a SPARQL query must pass before any engine parses it.

Why lexical, before parsing: pyoxigraph offers no switch to turn federation off, and what
we refuse must be refused whatever the engine would have made of it. So the query is
reduced to its *code*: SPARQL's codepoint escapes (``\\u0053ERVICE``) are decoded first, as
the grammar allows anywhere (Oxigraph 0.5 does not, so this only ever refuses more), then
strings, IRIs, comments and escaped characters of prefixed names are blanked out, keeping
every position. What remains is what the engine reads as keywords and punctuation.

- ``SERVICE`` makes the engine fetch a URL of the client's choosing (server-side request
  forgery), so the public endpoint refuses it unless its target is on an allow-list.
  Oxigraph's parser matches keywords without a word boundary (``trueSERVICE:x`` parses
  as ``true SERVICE :x``), so the letters are refused anywhere in the code except inside
  a variable name: a prefixed name like ``ex:service`` is refused too, and can be written
  as a full IRI instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kb.errors import QueryError

__all__ = ["check_service", "code_text"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_VARIABLE = re.compile(r"[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+")
_SERVICE = re.compile(r"service", re.IGNORECASE)


def unescape(query: str) -> str:
    """Decode SPARQL's ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes, which apply before parsing."""

    def decode(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)

    return _ESCAPE.sub(decode, query)


def code_text(query: str) -> str:
    """``query`` unescaped, with strings, IRIs, comments and ``\\x`` escapes blanked to spaces.

    The result has the length of the unescaped query, so positions carry over.

    >>> code_text('SELECT ("a{" AS ?x) { <urn:x#(> ?p ?o } # {')
    'SELECT (     AS ?x) {           ?p ?o }    '
    """
    text = unescape(query)
    out = list(text)
    i, n = 0, len(text)

    def blank(start: int, end: int) -> None:
        for k in range(start, min(end, n)):
            out[k] = " "

    while i < n:
        c = text[i]
        if c in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            end = j + len(quote)
        elif c == "<" and (m := _IRI.match(text, i)):
            end = m.end()
        elif c == "#":
            nl = re.search(r"[\r\n]", text[i:])
            end = i + nl.start() if nl else n
        elif c == "\\":  # a prefixed name's escaped character (ex:a\#b): never a comment or quote
            end = i + 2
        else:
            i += 1
            continue
        blank(i, end)
        i = end
    return "".join(out)


def check_service(query: str, allowed: Collection[str] = ()) -> None:
    """Refuse ``SERVICE`` unless it names, as a full IRI, an endpoint in ``allowed``.

    >>> check_service('SELECT * { ?s ?p "a service" }')
    >>> check_service('SELECT * { SERVICE <http://127.0.0.1/x> { ?s ?p ?o } }')
    Traceback (most recent call last):
    ...
    kb.errors.QueryError: SERVICE (federated query) is turned off on this endpoint
    """
    text = unescape(query)
    code = _VARIABLE.sub(lambda m: " " * len(m.group(0)), code_text(query))
    for m in _SERVICE.finditer(code):
        if not allowed:
            raise QueryError("SERVICE (federated query) is turned off on this endpoint")
        j = _skip_blank(code, text, m.end())
        if code[j : j + 6].lower() == "silent":
            j = _skip_blank(code, text, j + 6)
        target = _IRI.match(text, j)
        if target is None or target.group(0)[1:-1] not in allowed:
            raise QueryError(
                "SERVICE may only name one of the endpoints this service allows, as a full IRI: "
                + ", ".join(f"<{a}>" for a in sorted(allowed))
            )


def _skip_blank(code: str, text: str, j: int) -> int:
    """The next position that holds code or an IRI (blanked in ``code``), from ``j``."""
    while j < len(code) and code[j].isspace() and text[j] != "<":
        j += 1
    return j

"""Checks a SPARQL query must pass before any engine parses it.

Why lexical, before parsing: pyoxigraph offers no switch to turn federation off, and what
we refuse must be refused whatever the engine would have made of it. So the query is
reduced to its *code*: SPARQL's codepoint escapes (``\\u0053ERVICE``) are decoded first, as
the grammar allows anywhere (Oxigraph 0.5 does not, so this only ever refuses more), then
strings, comments and escaped characters of prefixed names are blanked out (and IRIs, where
they are not wanted). What remains is what the engine reads as keywords and punctuation.

- ``SERVICE`` makes the engine fetch a URL of the client's choosing (server-side request
  forgery), so the public endpoint refuses it unless its target is on an allow-list.
  Oxigraph's parser matches keywords without a word boundary (``trueSERVICE:x`` parses
  as ``true SERVICE :x``), so the letters are refused anywhere in the code except inside
  a variable name: a prefixed name like ``ex:service`` is refused too, and can be written
  as a full IRI instead.
- Deep nesting overflows the engine's stack, which kills its process: 10,000 brackets
  crashed a server on a ``memory:`` store, and a 400-deep RDF collection crashes a
  thread. Brackets, parentheses and braces together may nest :data:`MAX_DEPTH` deep.
  Long flat chains (thousands of ``UNION`` or ``BIND``) can still exhaust the stack: the
  service runs every query in a worker process for that reason (:mod:`kb.querypool`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

import numpy as np

from kb.errors import QueryError

__all__ = ["MAX_DEPTH", "check_depth", "check_service", "code_text"]

MAX_DEPTH = 64
"""How deep ``(``, ``[`` and ``{`` may nest; no real query comes near, the engine breaks past 300."""

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*+>")  # else a less-than sign
_TOKEN = re.compile(
    r"""
      '''(?:[^'\\]++|\\.|'(?!''))*+(?:'''|\Z)     # long strings; an unterminated one runs to the end
    | \"\"\"(?:[^"\\]++|\\.|"(?!""))*+(?:\"\"\"|\Z)
    | '(?:[^'\\]++|\\.)*+(?:'|\Z)
    | "(?:[^"\\]++|\\.)*+(?:"|\Z)
    | \#[^\r\n]*+                                  # a comment
    | \\.                                           # a prefixed name's escape (ex:a\#b)
    | [?$][\w\u00b7\u0300-\u036f\u203f\u2040]++       # a variable
    | <[^<>"{}|^`\\\x00-\x20]*+>                    # an IRI (else a less-than sign)
    """,
    re.VERBOSE | re.DOTALL,
)
_TOKEN_OR_CODE = re.compile(  # the same tokens, IRIs apart, and the code between them
    rf"(?P<iri>{_IRI.pattern})|(?P<token>{_TOKEN.pattern})|[^'\"#\\\\?$<]+|.", re.VERBOSE | re.DOTALL
)
_STEP = np.zeros(256, dtype=np.int64)
_STEP[list(b"([{")] = 1
_STEP[list(b")]}")] = -1
_SERVICE = re.compile(r"service", re.IGNORECASE)
_IRI_OR_SERVICE = re.compile(rf"{_IRI.pattern}|(?P<service>service)", re.IGNORECASE)
_TARGET = re.compile(rf"\s*(?:silent\s*)?({_IRI.pattern})", re.IGNORECASE)


def unescape(query: str) -> str:
    """Decode SPARQL's ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes, which apply before parsing."""

    def decode(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)

    return _ESCAPE.sub(decode, query)


def code_text(query: str) -> str:
    """``query`` unescaped, each string, IRI, comment, variable and ``\\x`` escape a space.

    One left-to-right pass, so that ``<urn:it's>`` never opens a string, and one ``re.sub``
    with a plain replacement (a template or a function costs ten times more): a 5 MB query
    of a million tokens takes about half a second.

    >>> code_text('SELECT ("a{" AS ?x) { <urn:x#(> ?p ?o } # {')
    'SELECT (  AS  ) {       }  '
    """
    return _TOKEN.sub(" ", unescape(query))


def check_service(query: str, allowed: Collection[str] = ()) -> None:
    """Refuse ``SERVICE`` unless it names, as a full IRI, an endpoint in ``allowed``.

    >>> check_service('SELECT * { ?s ?p "a service" }')
    >>> check_service('SELECT * { SERVICE <http://127.0.0.1/x> { ?s ?p ?o } }')
    Traceback (most recent call last):
    ...
    kb.errors.QueryError: SERVICE (federated query) is turned off on this endpoint
    """
    if _SERVICE.search(code_text(query)) is None:
        return
    if not allowed:
        raise QueryError("SERVICE (federated query) is turned off on this endpoint")
    # the opted-in case: the same pass, keeping IRIs, to read each SERVICE's target
    text = unescape(query)
    code = "".join(" " if m.group("token") else m.group(0) for m in _TOKEN_OR_CODE.finditer(text))
    for m in _IRI_OR_SERVICE.finditer(code):
        if m.group("service") is None:
            continue
        target = _TARGET.match(code, m.end())
        if target is None or target.group(1)[1:-1] not in allowed:
            raise QueryError(
                "SERVICE may only name one of the endpoints this service allows, as a full IRI: "
                + ", ".join(f"<{a}>" for a in sorted(allowed))
            )


def check_depth(query: str, max_depth: int = MAX_DEPTH) -> None:
    """Refuse a query whose brackets nest deeper than ``max_depth``, before any parser sees it.

    >>> check_depth("SELECT * { " + "(" * 65 + ")" * 65 + " }")
    Traceback (most recent call last):
    ...
    kb.errors.QueryError: the query nests brackets 66 deep, past the limit of 64
    """
    # +1 per opening, -1 per closing; a stray closing bracket floors the depth at 0, so the
    # depth at each point is the running sum less min(0, every sum so far). numpy: a million
    # brackets in 30 ms, where a Python loop took seconds with the event loop's GIL held.
    code = code_text(query).encode("ascii", "replace")  # brackets are ASCII; the rest weighs 0
    sums = np.cumsum(_STEP[np.frombuffer(code, dtype=np.uint8)])
    floors = np.minimum(np.minimum.accumulate(sums), 0) if len(sums) else sums
    deepest = int((sums - floors).max()) if len(sums) else 0
    if deepest > max_depth:
        raise QueryError(f"the query nests brackets {deepest} deep, past the limit of {max_depth}")

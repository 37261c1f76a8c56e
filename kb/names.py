"""Actors and articles by the names people type: an exact ID or IRI first, then a label or alias.

Why one module: ``geokb clusters --explain Macron``, ``/claims?speaker=Starmer`` and
``/actors/Putin`` must agree on what a name means. Case and accents are ignored ("MACRÓN"
is Macron); a whole label or alias wins over one word of one ("Keir" finds Keir Starmer
only when no actor is called "Keir"); and a name that fits several is an error that lists
them, never a guess. Looking the names up is the caller's (the store, or an analysis's
graph); this module only matches.

>>> names = {"a/macron": ["Emmanuel Macron", "Macron"], "a/merz": ["Friedrich Merz"], "a/x": ["Merz"]}
>>> matches("macrón", names)
['a/macron']
>>> matches("emmanuel", names)
['a/macron']
>>> matches("merz", names)
['a/x']
>>> matches("nobody", names)
[]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from kb.errors import AmbiguousName, NotFoundError

__all__ = ["choose", "matches", "name_key"]


def name_key(name: str) -> str:
    """``name`` as compared: case folded, accents dropped, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def matches(name: str, names: Mapping[str, Iterable[str]], *, words: bool = True) -> list[str]:
    """The keys of ``names`` one of whose names is ``name``; if none (and ``words``), those with
    it as one word of one."""
    key = name_key(name)
    folded = {k: {name_key(n) for n in ns if n} for k, ns in names.items()}
    exact = sorted(k for k, ns in folded.items() if key in ns)
    if exact or " " in key or not words:
        return exact
    return sorted(k for k, ns in folded.items() if any(key in n.split() for n in ns))


def choose(name: str, hits: list[str], what: str = "actor", labels: Mapping[str, str] | None = None) -> str:
    """The one hit; :class:`NotFoundError` for none, :class:`AmbiguousName` listing them for several."""
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFoundError(f"no {what} called '{name}'")
    labels = labels or {}
    listed = "; ".join(f"{labels[h]} <{h}>" if h in labels else h for h in hits)
    raise AmbiguousName(
        f"'{name}' may be {len(hits)} {what}s: {listed}; give an ID or IRI",
        candidates=[{"iri": h, "label": labels.get(h)} for h in hits],
    )

"""The competency questions: what the KB must be able to answer, as SPARQL files.

Each ``kb/queries/*.rq`` file starts with ``# title:`` and ``# question:`` lines, so the
files are documentation that runs. ``geokb questions`` lists them and runs one by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

__all__ = ["Question", "get_question", "questions"]


@dataclass(frozen=True)
class Question:
    name: str
    title: str
    question: str
    sparql: str


def _parse(name: str, text: str) -> Question:
    meta = {}
    for line in text.splitlines():
        if line.startswith("# ") and ":" in line:
            key, _, value = line[2:].partition(":")
            meta.setdefault(key.strip(), value.strip())
    return Question(name, meta.get("title", name), meta.get("question", ""), text)


def questions() -> list[Question]:
    """Every competency question shipped with geokb, in file order."""
    folder = resources.files("kb").joinpath("queries")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".rq")), key=lambda p: p.name)
    return [_parse(p.name.removesuffix(".rq"), p.read_text("utf-8")) for p in files]


def get_question(name: str) -> Question:
    """A question by file name, with or without its number (``06`` or ``source-errors``)."""
    for q in questions():
        if name in (q.name, q.name.split("-", 1)[0], q.name.split("-", 1)[-1]):
            return q
    raise KeyError(name)

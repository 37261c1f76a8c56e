"""Draft an annotation from article text, for an analyst to review.

The default pipeline is rule-based spaCy (a blank English tokenizer, the sentencizer and two
``EntityRuler`` s) and stands on its own: no statistical model is needed. What it knows lives
in data files, not here: the gazetteer of actors (``kb/data/gazetteer.yaml``) and the rules
of English news prose (``kb/data/extraction.yaml``: speech verbs, titles, the cue lexicon
of claim kinds and stances, bloc patterns).

The draft is in the annotation format (``annotation: drafted``) and passes the same checks
as a curated file: every quote, alias and flagged surface is exact text of the article.

What it does, in order:

1. actors: gazetteer aliases (capitals and seats of government as their state), persons
   named next to a title, a speech verb or "according to", their surnames later on,
   organisations a titled person is "from", unnamed sources ("Kremlin spokesman warned ...");
2. claims: headlines ("X warns '...'"), quotations with their speaker (before or after the
   quote, "he added", a trailing "– Name"), quotes that carry on the last speaker,
   indirect speech ("X added that ...", "According to X (as quoted in Y), ..."), and the
   article's own sentences that state a stance;
3. stances from the cue lexicon (polarity towards the first actor named after the cue),
   alleged groupings ("makes up an 'anti-X bloc'") with their members;
4. data-quality flags: a known surname with another first name, "former" before an office
   the gazetteer says its holder still holds. Flagged, never corrected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from kb.text import find_all

__all__ = ["Drafter", "draft_annotation", "slug"]

_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u00a0\u202f\u2009\u2007\u200a", " "),
        "\u2026": ".",
    }
)
"""Typography folded one character for one, so that offsets stay those of the original."""

_BULLET = re.compile(r"^\s*(?:[•◦▪*·]|\d{1,2}[.)])\s+")
_DQUOTE = re.compile(r'"([^"\n]{2,}?)"')
_SQUOTE = re.compile(r"(?<![\w])'((?:[^'\n]|(?<=\w)'(?=\w)){2,}?)'(?![\w])")


def _title_case(line: str) -> bool:
    """A headline in Title Case, where every word is capitalised and none is a name by that."""
    words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8


def slug(name: str) -> str:
    """An annotation ID from a name: ``"Jay Ramos" -> "jay-ramos"``."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_SAME_LENGTH))
    ascii_name = "".join(c for c in ascii_name if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:80] or "x"


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
            r"(?<!\w)(?:" + "|".join(re.escape(phrase) for phrase, _k, _p in self.cues) + r")(?!\w)"
        )
        """All cue phrases in one pattern, longest first: one scan of a clause finds them all."""
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


@lru_cache(maxsize=1)
def _default_drafter() -> Drafter:
    return Drafter()


def draft_annotation(
    text: str, article_id: str, *, text_file: str, title: str | None = None
) -> dict[str, Any]:
    """A draft annotation of ``text`` (see :class:`Drafter`), with the default data files."""
    return _default_drafter().draft(text, article_id, text_file=text_file, title=title)


@dataclass
class _Mention:
    start: int
    end: int
    actor: str


@dataclass
class _Line:
    start: int
    end: int
    text: str  # typography folded, same length as the original
    form: str


class Drafter:
    """A spaCy pipeline built from a gazetteer and a rule set; :meth:`draft` is pure."""

    def __init__(
        self, gazetteer: Gazetteer | None = None, rules: Rules | None = None, model: str | None = None
    ):
        import spacy

        self.gaz = gazetteer or Gazetteer.load()
        self.rules = rules or Rules.load()
        self.nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
        if "parser" not in self.nlp.pipe_names and "senter" not in self.nlp.pipe_names:
            self.nlp.add_pipe("sentencizer")
        names = self.nlp.add_pipe("entity_ruler", name="actors", config={"phrase_matcher_attr": "ORTH"})
        patterns = []
        for e in self.gaz.entries.values():
            for alias in {e.label, *e.aliases}:
                patterns.append({"label": "ACTOR", "pattern": alias.translate(_SAME_LENGTH), "id": e.id})
        aliases = {p["pattern"] for p in patterns}
        for d, state in self.gaz.demonyms.items():
            if d not in aliases:  # "UK" is the state itself, not a demonym
                patterns.append({"label": "DEMONYM", "pattern": d, "id": state})
        names.add_patterns(patterns)
        titles = self.nlp.add_pipe("entity_ruler", name="titles", config={"phrase_matcher_attr": "LOWER"})
        titles.add_patterns([{"label": "TITLE", "pattern": t} for t in self.rules["titles"]])
        self.surnames: dict[str, str] = {}
        for e in self.gaz.entries.values():
            if e.type == "person":
                self.surnames.setdefault(e.label.split()[-1], e.id)
        self.honorifics = set(self.rules["honorifics"])
        self.not_names = set(self.rules["not_names"]) | self.honorifics

    @staticmethod
    def _namey(tok: Any) -> bool:
        t = tok.text
        return len(t) > 1 and t[0].isupper() and t[1:].islower() and t.isalpha()

    # -- the whole draft -------------------------------------------------------------------

    def draft(
        self, text: str, article_id: str, *, text_file: str, title: str | None = None
    ) -> dict[str, Any]:
        d = _Draft(self, text)
        d.run()
        first = next((ln for ln in d.lines if ln.text.strip()), None)
        heading = title or (text[first.start : first.end].strip() if first else article_id)
        return d.annotation(article_id, heading[:300], text_file)


class _Draft:
    """The state of one draft: actors found so far, mentions, claims, flags."""

    def __init__(self, drafter: Drafter, text: str) -> None:
        self.d = drafter
        self.text = text
        self.norm = text.translate(_SAME_LENGTH)
        self.lines: list[_Line] = []
        for m in re.finditer(r"[^\n]+", self.norm):
            line = m.group()
            if not line.strip():
                continue
            stripped = line.strip()
            if _BULLET.match(line):
                form = "bullet"
            elif len(stripped.split()) <= 25 and not re.search(r"""[.!?:;]["')]*$""", stripped):
                form = "headline"
            else:
                form = "body"
            self.lines.append(_Line(m.start(), m.end(), line, form))
        self.actors: dict[str, dict[str, Any]] = {}
        self.mentions: list[_Mention] = []
        self.claims: list[dict[str, Any]] = []
        self.flags: list[dict[str, Any]] = []
        self.memberships: list[dict[str, Any]] = []
        self.docs: list[Any] = []

    # -- actors ----------------------------------------------------------------------------

    def add_actor(self, actor_id: str, *, surface: tuple[int, int] | None = None, **fields: Any) -> str:
        a = self.actors.get(actor_id)
        if a is None:
            entry = self.d.gaz.entries.get(actor_id)
            a = self.actors[actor_id] = {
                "id": actor_id,
                "type": entry.type if entry else fields.get("type", "person"),
                "label": entry.label if entry else fields.get("label", actor_id),
                "aliases": [],
                "wikidata": entry.wikidata if entry else None,
                "roles": [],
                "affiliation": [],
            }
            if entry and entry.state:
                self.add_actor(entry.state)
                a["affiliation"].append(entry.state)
            for k in ("unnamed", "description", "existence"):
                if k in fields:
                    a[k] = fields[k]
        if surface is not None:
            s = self.text[surface[0] : surface[1]]
            if s not in a["aliases"]:
                a["aliases"].append(s)
            self.mentions.append(_Mention(surface[0], surface[1], actor_id))
        return actor_id

    def find_actors(self) -> None:
        self.docs = list(self.d.nlp.pipe(ln.text for ln in self.lines))
        people: dict[str, str] = {}  # surname -> person id found in this article
        for line, doc in zip(self.lines, self.docs, strict=True):
            taken = set()
            for ent in doc.ents:
                if ent.label_ == "ACTOR":
                    start = line.start + ent.start_char
                    prev = doc[ent.start - 1] if ent.start > 0 else None
                    entry = self.d.gaz.entries[ent.ent_id_]
                    if (  # "Nikolai Pashinyan": a known surname after another first name (not in Title Case)
                        entry.type == "person"
                        and len(ent) == 1
                        and prev is not None
                        and self.d._namey(prev)
                        and not _title_case(line.text)
                        and prev.text not in self.d.not_names
                        and prev.ent_type_ not in ("ACTOR", "DEMONYM", "TITLE")
                    ):
                        start = line.start + prev.idx
                        taken.add(ent.start - 1)
                        if self.text[start : line.start + ent.end_char] not in entry.aliases:
                            self._wrong_name(ent.ent_id_, start, line.start + ent.end_char)
                    end = line.start + ent.end_char
                    nxt = doc[ent.end] if ent.end < len(doc) else None
                    if (  # "Abiy Mohammed": a known first name before another surname
                        entry.type == "person" and len(ent) == 1 and ent.text == entry.label.split()[0]
                        and nxt is not None and self.d._namey(nxt) and nxt.ent_type_ == ""
                        and nxt.text != entry.label.split()[-1] and not _title_case(line.text)
                    ):  # fmt: skip
                        end = line.start + nxt.idx + len(nxt.text)
                        taken.add(ent.end)
                        self._wrong_name(ent.ent_id_, start, end)
                    self.add_actor(ent.ent_id_, surface=(start, end))
                    taken.update(range(ent.start, ent.end))
                    if self.d.gaz.entries[ent.ent_id_].type == "person":
                        people[ent.text.split()[-1]] = ent.ent_id_
            self._people(line, doc, taken, people)
            self._unnamed(line, doc)
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        kept: list[_Mention] = []
        for m in self.mentions:  # the longest mention wins where two overlap
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        self.mentions = kept

    def _people(self, line: _Line, doc: Any, taken: set[int], people: dict[str, str]) -> None:
        toks = list(doc)
        i = 0
        while i < len(toks):
            if i in taken or not self._namey(toks[i]) or toks[i].ent_type_ in ("TITLE", "DEMONYM"):
                i += 1
                continue
            j = i
            while (
                j < len(toks)
                and j not in taken
                and self._namey(toks[j])
                and toks[j].ent_type_ not in ("TITLE", "DEMONYM")
                and j - i < 3
            ):
                j += 1
            span = toks[i:j]
            while span and span[0].text in self.d.honorifics:
                span = span[1:]
            if not span:
                i = j
                continue
            start, end = line.start + span[0].idx, line.start + span[-1].idx + len(span[-1].text)
            name = self.text[start:end]
            last = span[-1].text
            known = people.get(last) or self.d.surnames.get(last)
            if len(span) == 1:
                if known and (last in people or self._person_context(toks, i, j)):
                    self.add_actor(known, surface=(start, end))
            elif known and span[0].text not in self.d.not_names:
                if name not in self.d.gaz.entries.get(known, Entry("", "", "", ())).aliases:
                    self._wrong_name(known, start, end)
                self.add_actor(known, surface=(start, end))
            elif len(span) >= 2 and self._person_context(toks, i, j):
                pid = self.add_actor(slug(name), surface=(start, end), type="person", label=name)
                people[last] = pid
                self._title_and_org(line, toks, i, j, pid)
            i = j

    def _namey(self, tok: Any) -> bool:
        return self.d._namey(tok)

    def _person_context(self, toks: list[Any], i: int, j: int) -> bool:
        """A title, a speech verb, "according to" or an appositive next to tokens i..j."""
        before = [t.lower_ for t in toks[max(0, i - 4) : i]]
        after = [t.lower_ for t in toks[j : j + 6]]
        if any(t.ent_type_ == "TITLE" for t in toks[max(0, i - 3) : i]):
            return True
        if before[-2:] == ["according", "to"]:
            return True
        if after[:1] and (
            after[0] in self.d.rules.speech
            or (after[0] == "," and after[1:2] and after[1] in self.d.rules.speech)
        ):
            return True
        if after[:2] in (
            [",", "a"],
            [",", "an"],
            [",", "the"],
        ) and any(t.ent_type_ == "TITLE" for t in toks[j : j + 6]):
            return True
        return bool(before[-1:] == ["-"] and j == len(toks))  # a trailing "– Name" attribution

    def _title_and_org(self, line: _Line, toks: list[Any], i: int, j: int, pid: str) -> None:
        """Roles written next to a new person, and the organisation they are 'from'."""
        k = i
        while k > 0 and (
            toks[k - 1].ent_type_ in ("TITLE", "DEMONYM") or toks[k - 1].lower_ in ("former", "-", "ex")
        ):
            k -= 1
        if k < i:
            s, e = line.start + toks[k].idx, line.start + toks[i - 1].idx + len(toks[i - 1].text)
            role = self.text[s:e]
            if role not in self.actors[pid]["roles"]:
                self.actors[pid]["roles"].append(role)
            for x, t in enumerate(toks[k:i], start=k):
                if x >= 2 and toks[x - 1].text == "-" and toks[x - 2].lower_ == "ex":
                    continue  # "ex-Ukrainian": no longer
                if t.ent_type_ == "DEMONYM" and t.ent_id_ not in self.actors[pid]["affiliation"]:
                    self.add_actor(t.ent_id_)
                    self.actors[pid]["affiliation"].append(t.ent_id_)
        # "X, a maritime analyst at the Manila Institute for Security Studies"
        window = toks[j : j + 12]
        for n, t in enumerate(window):
            if t.lower_ in ("from", "at", "of") and n > 0 and window[n - 1].ent_type_ == "TITLE":
                rest = window[n + 1 :]
                if rest and rest[0].lower_ == "the":
                    rest = rest[1:]
                org = []
                for u in rest:
                    if u.text[:1].isupper() or (org and u.lower_ in ("for", "of", "and", "on")):
                        org.append(u)
                    else:
                        break
                while org and not org[-1].text[:1].isupper():
                    org.pop()
                known = next((u.ent_id_ for u in org if u.ent_type_ == "ACTOR"), None)
                if known and any(u.ent_type_ != "ACTOR" and u.text[:1].isupper() for u in org):
                    known = None  # "Manila Institute for Security Studies" is not Manila
                if known:
                    if known not in self.actors[pid]["affiliation"]:
                        self.actors[pid]["affiliation"].append(known)
                elif len(org) >= 2:
                    s, e = line.start + org[0].idx, line.start + org[-1].idx + len(org[-1].text)
                    name = self.text[s:e]
                    oid = self.add_actor(slug(name), surface=(s, e), type="organization", label=name)
                    if oid not in self.actors[pid]["affiliation"]:
                        self.actors[pid]["affiliation"].append(oid)
                break

    def _unnamed(self, line: _Line, doc: Any) -> None:
        """'Officials warn ...' (a headline) or 'a Kremlin spokesman warned': a source with no name."""
        toks = list(doc)
        for i, t in enumerate(toks):
            if t.ent_type_ != "TITLE" or t.ent_iob_ != "B":
                continue
            end = i
            while (
                end + 1 < len(toks) and toks[end + 1].ent_type_ == "TITLE" and toks[end + 1].ent_iob_ == "I"
            ):
                end += 1
            nxt = toks[end + 1] if end + 1 < len(toks) else None
            if nxt is None or nxt.lower_ not in self.d.rules.speech:
                continue
            start = i - 1 if i > 0 and toks[i - 1].ent_type_ in ("DEMONYM", "ACTOR") else i
            article = start > 0 and toks[start - 1].lower_ in ("a", "an", "one", "some", "several")
            if not (article or all(not x.is_alpha for x in toks[:start])):
                continue
            s, e = line.start + toks[start].idx, line.start + toks[end].idx + len(toks[end].text)
            surface = self.text[s:e]
            words = surface.translate(_SAME_LENGTH)
            label = f"unnamed {words[0].lower() + words[1:] if start == i else words}"
            uid = self.add_actor(
                slug(f"unnamed {words}"),
                surface=(s, e),
                type="person",
                label=label,
                unnamed=True,
                description="A source the article does not name.",
            )
            entry = self.d.gaz.entries.get(toks[start].ent_id_)
            if start < i and (entry is None or entry.type != "person"):
                state = toks[start].ent_id_
                self.add_actor(state)
                if state not in self.actors[uid]["affiliation"]:
                    self.actors[uid]["affiliation"].append(state)

    def _wrong_name(self, actor: str, start: int, end: int) -> None:
        label = (
            self.d.gaz.entries[actor].label if actor in self.d.gaz.entries else self.actors[actor]["label"]
        )
        surface = self.text[start:end]
        if any(f["surface"] == surface for f in self.flags):
            return
        self.flags.append(
            {
                "kind": "wrong-name",
                "actor": actor,
                "surface": surface,
                "expected": label,
                "note": f"'{surface}' shares a name with {label} but differs in the other; "
                "a misnaming in the source, or another person: check.",
                "_at": start,
            }
        )

    def wrong_titles(self) -> None:
        for m in self.mentions:
            entry = self.d.gaz.entries.get(m.actor)
            if entry is None or entry.type != "person":
                continue
            current = [r for r in entry.roles if not r.get("until")]
            titles = sorted({t for r in current for t in r["titles"]}, key=len, reverse=True)
            before = self.norm[max(0, m.start - 60) : m.start]
            for title in titles:
                hit = re.search(r"\bformer\s+" + re.escape(title) + r"\s+$", before, re.I)
                if hit:
                    s = m.start - len(before) + hit.start()
                    e = s + len(hit.group().rstrip())
                    office = next(r["office"] for r in current if title in r["titles"])
                    self.flags.append(
                        {
                            "kind": "wrong-title",
                            "actor": m.actor,
                            "surface": self.text[s:e],
                            "expected": self.text[s:e].split(None, 1)[1],
                            "note": f"The gazetteer (as of {self.d.gaz.as_of}) has {entry.label} as the "
                            f"sitting {office}; the article says former.",
                            "_at": s,
                        }
                    )
                    break

    # -- claims ----------------------------------------------------------------------------

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def covered(self, start: int, end: int) -> bool:
        return any(c["_start"] < end and start < c["_end"] for c in self.claims)

    def add_claim(
        self,
        speaker: str,
        start: int,
        end: int,
        *,
        form: str,
        direct: bool | None = None,
        via: str | None = None,
        status: str | None = None,
    ) -> dict[str, Any] | None:
        while start < end and self.text[start] in " ,:;-\u2014\u2013":
            start += 1
        while end > start and self.text[end - 1] in " ,;:-\u2014\u2013":
            end -= 1
        if end - start < 8:
            return None
        quote = self.text[start:end]
        for c in self.claims:
            if c["speaker"] == speaker and self.text[c["_start"] : c["_end"]] == quote:
                return None
        kind, polarity, cue_at = self.cue(start, end)
        if kind is None:
            kind = (
                "prediction"
                if re.search(r"\b(is|are) going to\b|\bwill\b", self.norm[start:end])
                else "statement"
            )
        if status is None:
            status = "asserted" if speaker == "article" else "reported"
        if kind in self.d.rules["alleging_kinds"] or re.search(r"\balleged", self.norm[start:end], re.I):
            status = "alleged"
        found = self.cue_phrase(start, end)
        claim = {
            "speaker": speaker,
            "quote": quote,
            "kind": kind,
            "status": status,
            "form": form,
            "_start": start,
            "_end": end,
            "_polarity": polarity,
            "_cue": cue_at,
            "_conduct": bool(found) and found[3] in self.d.rules.conduct,
        }
        if direct is not None:
            claim["direct"] = direct
        if via:
            claim["via"] = via
        self.claims.append(claim)
        return claim

    def cue(self, start: int, end: int) -> tuple[str | None, int, int]:
        found = self.cue_phrase(start, end)
        return (None, 0, -1) if found is None else (found[1], found[2], found[0])

    def cue_phrase(self, start: int, end: int) -> tuple[int, str, int, str] | None:
        """The first cue in ``[start, end)``, a polar one before a neutral one.

        Returns (offset, kind, polarity, phrase), or None.
        """
        first = None
        for at, kind, polarity, phrase in self._cues(start, end):
            if polarity:
                return at, kind, polarity, phrase
            first = first or (at, kind, polarity, phrase)
        return first

    def _cues(self, start: int, end: int) -> list[tuple[int, str, int, str]]:
        low = self.norm[start:end].lower()
        out = []
        for m in self.d.rules.cue_re.finditer(low):
            kind, polarity = self.d.rules.cue_kind[m.group()]
            out.append((start + m.start(), kind, polarity, m.group()))
        return out

    def speaker_at(self, start: int, end: int) -> str | None:
        """The actor named in ``[start, end)`` (first person or unnamed source, else any)."""
        ms = self.mentions_in(start, end)
        people = [m for m in ms if self.actors[m.actor]["type"] == "person"]
        return (people or ms or [None])[0] and (people or ms)[0].actor

    def find_claims(self) -> None:
        last_speaker: str | None = None
        last_via: str | None = None
        last_line = -10
        r = self.d.rules
        speech = "|".join(sorted(map(re.escape, r.speech), key=len, reverse=True))
        for n, line in enumerate(self.lines):
            t, base = line.text, line.start
            # 1. headlines: "Officials warn 'Q1' as 'Q2'", "Diplomat says Ankara will ..."
            if line.form == "headline":
                hm = re.match(
                    r"\s*(.+?)\s+(" + "|".join(map(re.escape, r["headline_speech"])) + r")\s+(.+)$", t
                )
                if hm:
                    who = self.speaker_at(base + hm.start(1), base + hm.end(1))
                    if any(m.start == base + hm.start(3) for m in self.mentions):
                        who = None  # "Egypt Warns Ethiopia ...": a stance, not a quotation
                    if who:
                        rest_at = base + hm.start(3)
                        segs = list(_SQUOTE.finditer(hm.group(3))) + list(_DQUOTE.finditer(hm.group(3)))
                        between = _DQUOTE.sub("", _SQUOTE.sub("", hm.group(3)))
                        if segs and not re.sub(r"\b(as|and|while|but)\b|[,;:\s]", "", between):
                            for s in sorted(segs, key=lambda s: s.start()):
                                self.add_claim(
                                    who,
                                    rest_at + s.start(1),
                                    rest_at + s.end(1),
                                    form="headline",
                                    direct=True,
                                )
                        else:
                            self.add_claim(
                                who, rest_at, base + len(t.rstrip()), form="headline", direct=False
                            )
                        continue
            # 2. indirect speech, sentence by sentence
            for sent in self.docs[n].sents:
                ss, se = base + sent.start_char, base + sent.end_char
                st = self.norm[ss:se]
                acc = re.search(r"\baccording to\s+", st, re.I)
                if acc:
                    ms = [m for m in self.mentions_in(ss + acc.end(), se)]
                    if ms:
                        sp = next((m for m in ms if self.actors[m.actor]["type"] == "person"), ms[0])
                        cursor = sp.end - ss
                        via = None
                        pm = re.match(r"\s*\(([^)]*)\)", st[cursor:])
                        if pm:
                            outlet = [
                                m
                                for m in self.mentions_in(ss + cursor, ss + cursor + pm.end())
                                if self.actors[m.actor]["type"] == "media"
                            ]
                            via = outlet[0].actor if outlet else None
                            cursor += pm.end()
                        if self._appositive(st[cursor:]):  # ", a sharp analyst from ...": skip it
                            nxt = st.find(",", cursor + 1 + len(re.match(r"\s*,", st[cursor:]).group()))
                            cursor = nxt if nxt != -1 else cursor
                        cm = re.match(r"\s*,\s*", st[cursor:])
                        if cm:
                            c = self.add_claim(
                                sp.actor, ss + cursor + cm.end(), se, form=line.form, direct=False, via=via
                            )
                            if c:
                                last_speaker, last_line = sp.actor, n
                            continue
                xm = re.search(r"\b(?:accused|accuses|accusing)\s+(.{2,60}?)\s+of\s+(?=\w)", st)
                if xm and line.form != "headline" and not self.covered(ss + xm.end(), se):
                    who = self.speaker_at(ss, ss + xm.start())
                    cut = re.search(r",\s+(?:the|a|an|which|who)\b", st[xm.end() :])  # a trailing appositive
                    end = ss + xm.end() + cut.start() if cut else se
                    if who and self.add_claim(who, ss + xm.end(), end, form=line.form, direct=False):
                        c = self.claims[-1]
                        c["kind"], c["status"], c["_conduct"] = "accusation", "alleged", False
                        accused = self.mentions_in(ss + xm.start(1), ss + xm.end(1))
                        if accused:
                            c["_target"] = accused[0].actor
                        last_speaker, last_line = who, n
                        continue
                tm = re.search(
                    r"\b(?:" + speech + r")\b((?:\s+(?:on|in|at|last|this)\s+\w+)?)(\s+that)?\s+(?=\S)", st
                )
                if (
                    tm
                    and '"' not in st[: tm.start()]  # the attribution of a quotation: rule 3's
                    and ('"' not in st[tm.end() : tm.end() + 2] or tm.group(2))
                    and not re.match(r"(against|of|about|on|for|by)\b", st[tm.end() :])  # an act, not words
                    and not self.covered(ss + tm.end(), se)
                ):
                    who = self.speaker_at(ss, ss + tm.start())
                    nearby = self.mentions_in(ss + max(0, tm.start() - 45), ss + tm.start())
                    if who is not None and not tm.group(2) and not nearby:
                        who = None  # "X said" needs X right before it unless a "that" follows
                    if who is None and re.search(r"\b(he|she|they)\s*$", st[: tm.start()], re.I):
                        who = last_speaker
                    if who and (tm.group(2) or nearby or who == last_speaker):
                        if self.add_claim(who, ss + tm.end(), se, form=line.form, direct=False):
                            last_speaker, last_line = who, n
                        continue
                if (
                    last_speaker
                    and n - last_line <= 1
                    and '"' not in st
                    and re.search(r"\b(" + "|".join(map(re.escape, r["continuation"])) + r")\b", st, re.I)
                ):
                    if not self.covered(ss, se) and self.add_claim(
                        last_speaker, ss, se, form=line.form, direct=False
                    ):
                        last_line = n
                    continue
            # 3. quotations and who said them
            for q in _DQUOTE.finditer(t):
                qs, qe = base + q.start(1), base + q.end(1)
                after = t[q.end() : q.end() + 60]
                before = t[max(0, q.start() - 60) : q.start()]
                who = None
                via = None
                am = re.match(r"\s*,?\s*(?:-\s*)?((?:\S+\s+){0,6}?)(?:" + speech + r")\b(.{0,60})", after)
                if am:
                    at = base + q.end() + am.start(1)
                    who = self.speaker_at(at, at + len(am.group(1)))  # "..." spokesperson X told
                    if who is None and am.group(1).split()[-1:] and am.group(1).split()[-1] in r["pronouns"]:
                        who = last_speaker
                    if who is None:  # "...," said X, an aide to ...
                        at = base + q.end() + am.start(2)
                        nm = re.match(r"\s*((?:\S+\s+){0,4}?\S+?)(?:,|\.|$|\s+(?:on|in|at)\b)", am.group(2))
                        if nm:
                            who = self.speaker_at(at + nm.start(1), at + nm.end(1))
                    via = self._told(base + q.end() + am.start(2))
                if who is None:
                    dm = re.match(r"\s*[-]\s*(\S+(?:\s+\S+)?)\s*$", after)
                    if dm:
                        who = self.speaker_at(base + q.end() + dm.start(1), base + q.end() + dm.end(1))
                if who is None:
                    bm = re.search(r"(\S+(?:\s+\S+){0,2})\s+(?:" + speech + r")\s*:?\s*$", before)
                    if bm:
                        at = base + q.start() - len(before) + bm.start(1)
                        who = self.speaker_at(at, at + len(bm.group(1)))
                        if who is None and bm.group(1).split()[-1] in r["pronouns"]:
                            who = last_speaker
                if who is None and last_speaker and n - last_line <= 2 and not self.covered(qs, qe):
                    tail = re.split(r"[.!?]", t[: q.start()])[-1].strip(' -"')
                    if len(tail) < 40 and not self.mentions_in(
                        base + q.start() - len(tail) - 1, base + q.start()
                    ):
                        who, via = last_speaker, last_via
                if (
                    who
                    and not self.covered(qs, qe)
                    and self.add_claim(who, qs, qe, form=line.form, direct=True, via=via)
                ):
                    last_speaker, last_line, last_via = who, n, via
            # 4. the article's own voice: sentences (clauses of headlines) that state a stance
            for ss, se in self._clauses(line, n):
                if self.covered(ss, se) or self.norm[ss:se].rstrip().endswith("?"):
                    continue
                kind, _pol, _at = self.cue(ss, se)
                if kind is None or not self.mentions_in(ss, se):
                    continue
                self.add_claim("article", ss, se, form=line.form)

    def _told(self, at: int) -> str | None:
        """The outlet in "told the Inquirer" / "said in an interview with X" right after ``at``."""
        m = re.match(r"\s*(?:the\s+)?(\S+(?:\s+\S+){0,3})", self.norm[at : at + 60])
        if not m:
            return None
        outlet = [x for x in self.mentions_in(at, at + m.end()) if self.actors[x.actor]["type"] == "media"]
        return outlet[0].actor if outlet else None

    def _appositive(self, rest: str) -> bool:
        m = re.match(
            r"\s*,\s*(?:an?|the)\s+((?:[\w-]+\s+){0,4}?)([\w-]+)\s*(?:from|at|of|with|for|to|,)", rest
        )
        if not m:
            return False
        words = f"{m.group(1)}{m.group(2)}".lower().split()
        titles = {t.lower() for t in self.d.rules["titles"]}
        return any(w in titles or " ".join(words[k : k + 2]) in titles for k, w in enumerate(words))

    def _clauses(self, line: _Line, n: int) -> list[tuple[int, int]]:
        out = []
        for sent in self.docs[n].sents:
            ss, se = line.start + sent.start_char, line.start + sent.end_char
            if line.form == "bullet":
                ss = max(ss, line.start + _BULLET.match(line.text).end()) if _BULLET.match(line.text) else ss
            pieces = [(ss, se)]
            if line.form == "headline":  # "X Rejects Y as Z Threatens W": two claims
                cut = [
                    ss + m.start() for m in re.finditer(r"\s(?:as|while|after)\s(?=[A-Z])", self.norm[ss:se])
                ]
                bounds = [ss, *cut, se]
                pieces = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
                pieces = [(a + (4 if self.norm[a : a + 4] == " as " else 0), b) for a, b in pieces]
            else:  # "X declined Y—something that Z has been championing": two claims
                dash = [ss + m.start() for m in re.finditer("\u2014", self.text[ss:se])]
                for at in dash:
                    left, right = (ss, at), (at + 1, se)
                    if all(self.cue(*p)[0] and self.mentions_in(*p) for p in (left, right)):
                        pieces = [left, right]
                        break
            out.extend(pieces)
        return out

    # -- stances and blocs -----------------------------------------------------------------

    def stances_and_blocs(self) -> None:
        r = self.d.rules
        nouns = "|".join(map(re.escape, r["bloc_nouns"]))
        bloc_re = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, r["bloc_cues"])) + r")\s+"
            r"(?:\"(?P<quoted>[^\"]*?\b(?:" + nouns + r")\b[^\"]*?)[.,]?\"|"
            r"(?P<name>(?:[^\"'.,]{0,60}?\s)?(?:" + nouns + r")(?:\s+of\s+\w+)?)\b)",
            re.I,
        )
        for k, c in enumerate(self.claims):
            c["id"] = f"{c['speaker']}-{k + 1}" if c["speaker"] != "article" else f"article-{k + 1}"
            s, e = c["_start"], c["_end"]
            stances = []
            bm = bloc_re.search(self.norm[s:e])
            if bm:
                group = "quoted" if bm.group("quoted") else "name"
                ns, ne = s + bm.start(group), s + bm.end(group)
                name = self.text[ns:ne]
                bid = self.add_actor(
                    slug(name),
                    surface=(ns, ne),
                    type="bloc",
                    label=name.translate(_SAME_LENGTH),
                    existence="alleged",
                )
                self.actors[bid].setdefault("existence_claim", c["id"])
                c["kind"], c["status"] = "accusation", "alleged" if c["speaker"] != "article" else c["status"]
                for m in self.mentions_in(s, s + bm.start()):
                    member_types = ("person", "state", "organization", "government-body")
                    if self.actors[m.actor]["type"] in member_types and m.actor != c["speaker"]:
                        mid = f"{m.actor}-in-{bid}"
                        if all(x["id"] != mid for x in self.memberships):
                            self.memberships.append(
                                {"id": mid, "member": m.actor, "group": bid, "claim": c["id"]}
                            )
                if c["speaker"] != "article":
                    stances.append({"target": bid, "polarity": -1})
                anti = re.match(r"anti-(\w+)", name.translate(_SAME_LENGTH), re.I)
                if anti:
                    against = next(
                        (m.actor for m in self.mentions if self.text[m.start : m.end] == anti.group(1)), None
                    )
                    if against:
                        stances.append({"holder": bid, "target": against, "polarity": -1})
            elif c.get("_target"):
                stances.append({"target": c["_target"], "polarity": -1})
            elif c["_polarity"]:
                for at, _kind, polarity, phrase in self.all_cues(s, e):
                    found = self._stances(c, at, polarity, phrase in self.d.rules.conduct)
                    if phrase in self.d.rules.obstruction:
                        found += self._stances(c, at, polarity, False)
                    for st in found:
                        if st not in stances:
                            stances.append(st)
            if stances:
                c["stances"] = stances

    def all_cues(self, start: int, end: int) -> list[tuple[int, str, int, str]]:
        """Every polar cue in ``[start, end)``, longest first where two overlap, in text order."""
        return [c for c in self._cues(start, end) if c[2]]

    def _group(self, c: dict[str, Any], at: int, holder: str) -> list[str]:
        """'the duo', 'the trio', 'both': the last two or three people named before the claim."""
        nouns = self.d.rules["group_nouns"]
        m = re.search(
            r"\b(?:the\s+)?(" + "|".join(map(re.escape, nouns)) + r")\b", self.norm[at : c["_end"]].lower()
        )
        if not m:
            return []
        people: list[str] = []
        for x in reversed([x for x in self.mentions if x.end <= c["_start"]]):
            if self.actors[x.actor]["type"] == "person" and x.actor not in people and x.actor != holder:
                people.append(x.actor)
            if len(people) == nouns[m.group(1)]:
                return people
        return []

    def _referent(self, c: dict[str, Any]) -> str | None:
        """'Their mission? To derail ...': the group a plural possessive before the claim points to."""
        line_start = self.norm.rfind("\n", 0, c["_start"]) + 1
        lead_at = max(line_start, c["_start"] - 40)
        pronoun = re.search(r"\b(their|they|them)\b", self.norm[lead_at : c["_start"]], re.I)
        if not pronoun:
            return None
        for x in reversed([x for x in self.mentions if x.end <= lead_at + pronoun.start()]):
            if self.actors[x.actor]["type"] == "bloc":
                return x.actor
        return None

    def _accuser(self, c: dict[str, Any], at: int, holder: str) -> str | None:
        """Who made the accusation that "the charge", "the account", "the claims" refers back to."""
        if not re.match(r"\S+\s+(?:the|these|those|such)\s+(?:" + self.d.rules["referring_nouns"] + r")\b",
                        self.norm[at : c["_end"]]):  # fmt: skip
            return None
        earlier = [x for x in self.claims if x["_end"] <= c["_start"] and x["kind"] == "accusation"]
        for x in reversed(earlier):
            if x["speaker"] not in ("article", holder):
                return x["speaker"]
        return None

    def _stances(self, c: dict[str, Any], at: int, polarity: int, conduct: bool) -> list[dict[str, Any]]:
        """Stances from one cue at ``at`` in claim ``c`` (see the cue lexicon's comments)."""
        speaker = c["speaker"]
        ms = [m for m in self.mentions_in(c["_start"], c["_end"]) if self.actors[m.actor]["type"] != "media"]
        before = [m for m in ms if m.end <= at]
        subject = before[-1].actor if before else self._referent(c)  # the nearest actor before an attitude
        if conduct:  # the speaker's stance towards whoever does it: the clause's subject
            subject = before[0].actor if before else self._referent(c)
            if speaker != "article" and subject and subject != speaker:
                return [{"target": subject, "polarity": polarity}]
            return []
        holder = subject if speaker == "article" or (subject and subject != speaker) else speaker
        after = [m for m in ms if m.start >= at and m.actor not in (speaker, holder)]
        if holder is None:
            return []
        group = self._group(c, at, holder)
        if group and not after:  # "calling out the duo": the last people named
            return [{"holder": holder, "target": t, "polarity": polarity} if speaker == "article"
                    else {"target": t, "polarity": polarity} for t in group]  # fmt: skip
        if not after:  # "Ethiopia rejected the charge": against whoever made the last accusation
            target = self._accuser(c, at, holder)
            if target is None:
                return []
        else:
            target = after[0].actor
        if speaker == "article" or holder == speaker:
            return (
                [{"holder": holder, "target": target, "polarity": polarity}]
                if speaker == "article"
                else [{"target": target, "polarity": polarity}]
            )
        out = [{"holder": holder, "target": target, "polarity": polarity}]
        # one who speaks for the holder (a spokesman, an MP of that state) holds the stance too
        if holder in self.actors.get(speaker, {}).get("affiliation", []):
            out.append({"target": target, "polarity": polarity})
        return out

    # -- output ----------------------------------------------------------------------------

    def run(self) -> None:
        self.find_actors()
        self.find_claims()
        self.stances_and_blocs()
        self.wrong_titles()

    def annotation(self, article_id: str, title: str, text_file: str) -> dict[str, Any]:
        used = {c["speaker"] for c in self.claims} | {c.get("via") for c in self.claims}
        actors = []
        for a in self.actors.values():
            out = {k: v for k, v in a.items() if v not in ([], None) or k in ("wikidata",)}
            if a.get("existence") == "alleged" and "existence_claim" not in a:
                out["existence"] = "established"
            actors.append(out)
        claims = []
        for c in self.claims:
            out = {k: v for k, v in c.items() if not k.startswith("_")}
            out = {"id": out.pop("id"), **out}
            spans = find_all(self.text, c["quote"])
            if len(spans) > 1:
                out["occurrence"] = 1 + next(i for i, sp in enumerate(spans) if sp.start >= c["_start"] - 2)
            claims.append(out)
        flags = []
        for k, f in enumerate(sorted(self.flags, key=lambda f: f["_at"])):
            out = {"id": f"flag-{k + 1}", **{x: v for x, v in f.items() if not x.startswith("_")}}
            spans = find_all(self.text, f["surface"])
            if len(spans) > 1:
                out["occurrence"] = 1 + next(i for i, sp in enumerate(spans) if sp.start >= f["_at"] - 2)
            flags.append(out)
        del used
        return {
            "article": {
                "id": article_id,
                "title": title,
                "text": text_file,
                "language": "en",
                "published": None,
                "publisher": None,
                "author": None,
                "url": None,
                "annotation": "drafted",
            },
            "actors": actors,
            "claims": claims,
            "memberships": self.memberships,
            "flags": flags,
        }

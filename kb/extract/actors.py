"""Finding actors: gazetteer names, people by their titles and speech, unnamed sources, misnamings."""

from __future__ import annotations

import re
from typing import Any

from kb.extract.rules import (
    FOLD,
    DraftFlag,
    DraftState,
    Entry,
    Line,
    Mention,
    slug,
    title_case,
)


class ActorRules(DraftState):
    """The actor steps of a draft (mixed into :class:`kb.extract.drafter.Draft`)."""

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
            self.mentions.append(Mention(surface[0], surface[1], actor_id))
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
                        and self.d.namey(prev)
                        and not title_case(line.text)
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
                        and nxt is not None and self.d.namey(nxt) and nxt.ent_type_ == ""
                        and nxt.text != entry.label.split()[-1] and not title_case(line.text)
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
        kept: list[Mention] = []
        for m in self.mentions:  # the longest mention wins where two overlap
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        self.mentions = kept

    def _people(self, line: Line, doc: Any, taken: set[int], people: dict[str, str]) -> None:
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
        return self.d.namey(tok)

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

    def _title_and_org(self, line: Line, toks: list[Any], i: int, j: int, pid: str) -> None:
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

    def _unnamed(self, line: Line, doc: Any) -> None:
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
            words = surface.translate(FOLD)
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
        if any(f.surface == surface for f in self.flags):
            return
        note = (
            f"'{surface}' shares a name with {label} but differs in the other; "
            "a misnaming in the source, or another person: check."
        )
        self.flags.append(DraftFlag("wrong-name", actor, surface, label, note, start))

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
                    note = (
                        f"The gazetteer (as of {self.d.gaz.as_of}) has {entry.label} as the "
                        f"sitting {office}; the article says former."
                    )
                    surface = self.text[s:e]
                    self.flags.append(
                        DraftFlag("wrong-title", m.actor, surface, surface.split(None, 1)[1], note, s)
                    )
                    break

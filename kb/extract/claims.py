"""Finding claims: headlines, quotations and their speakers, indirect speech, the article's voice."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract.rules import (
    BULLET,
    DQUOTE,
    SQUOTE,
    DraftClaim,
    DraftState,
    Line,
    Mention,
)


@dataclass
class _Voice:
    """The last speaker seen (the line, the outlet), for "he added" and quotes that carry on."""

    speaker: str | None = None
    line: int = -10
    via: str | None = None

    def said(self, speaker: str, line: int, via: str | None = None) -> None:
        self.speaker, self.line, self.via = speaker, line, via

    def heard(self, speaker: str, line: int) -> None:
        self.speaker, self.line = speaker, line


class ClaimRules(DraftState):
    """The claim steps of a draft (mixed into :class:`kb.extract.drafter.Draft`)."""

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def covered(self, start: int, end: int) -> bool:
        return any(c.start < end and start < c.end for c in self.claims)

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
    ) -> DraftClaim | None:
        while start < end and self.text[start] in " ,:;-\u2014\u2013":
            start += 1
        while end > start and self.text[end - 1] in " ,;:-\u2014\u2013":
            end -= 1
        if end - start < 8:
            return None
        quote = self.text[start:end]
        for c in self.claims:
            if c.speaker == speaker and self.text[c.start : c.end] == quote:
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
        claim = DraftClaim(
            speaker, quote, kind, status, form, start, end, direct=direct, via=via or None,
            polarity=polarity, cue=cue_at, conduct=bool(found) and found[3] in self.d.rules.conduct,
        )  # fmt: skip
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
        for at, kind, polarity, phrase in self.cues_in(start, end):
            if polarity:
                return at, kind, polarity, phrase
            first = first or (at, kind, polarity, phrase)
        return first

    def cues_in(self, start: int, end: int) -> list[tuple[int, str, int, str]]:
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
        """Every line in order; the last speaker carries over to "he added" and to bare quotes."""
        voice = _Voice()
        for n, line in enumerate(self.lines):
            if line.form == "headline" and self._headline_speech(line):
                continue
            for sent in self.docs[n].sents:
                self._indirect(line, n, line.start + sent.start_char, line.start + sent.end_char, voice)
            self._quotations(line, n, voice)
            self._article_voice(line, n)

    def _speech(self) -> str:
        return "|".join(sorted(map(re.escape, self.d.rules.speech), key=len, reverse=True))

    def _headline_speech(self, line: Line) -> bool:
        """ "Officials warn 'Q1' as 'Q2'", "Diplomat says Ankara will ...": the subject's words."""
        t, base = line.text, line.start
        verbs = "|".join(map(re.escape, self.d.rules["headline_speech"]))
        hm = re.match(r"\s*(.+?)\s+(" + verbs + r")\s+(.+)$", t)
        if not hm:
            return False
        who = self.speaker_at(base + hm.start(1), base + hm.end(1))
        if who is None or any(m.start == base + hm.start(3) for m in self.mentions):
            return False  # "Egypt Warns Ethiopia ...": a stance, not a quotation
        rest_at = base + hm.start(3)
        segs = list(SQUOTE.finditer(hm.group(3))) + list(DQUOTE.finditer(hm.group(3)))
        between = DQUOTE.sub("", SQUOTE.sub("", hm.group(3)))
        if segs and not re.sub(r"\b(as|and|while|but)\b|[,;:\s]", "", between):
            for seg in sorted(segs, key=lambda m: m.start()):
                self.add_claim(
                    who, rest_at + seg.start(1), rest_at + seg.end(1), form="headline", direct=True
                )
        else:
            self.add_claim(who, rest_at, base + len(t.rstrip()), form="headline", direct=False)
        return True

    def _indirect(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> None:
        """Reported speech in one sentence; the first rule that applies wins."""
        for rule in (self._according_to, self._accused, self._speech_clause, self._continuation):
            if rule(line, n, ss, se, voice):
                return

    def _according_to(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "According to X(, a title,) (as quoted in Y), CLAUSE." """
        st = self.norm[ss:se]
        acc = re.search(r"\baccording to\s+", st, re.I)
        ms = self.mentions_in(ss + acc.end(), se) if acc else []
        if not ms:
            return False
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
        if self._appositive(st[cursor:]):  # ", a maritime analyst at ...": skip it
            nxt = st.find(",", cursor + 1 + len(re.match(r"\s*,", st[cursor:]).group()))
            cursor = nxt if nxt != -1 else cursor
        cm = re.match(r"\s*,\s*", st[cursor:])
        if not cm:
            return False
        if self.add_claim(sp.actor, ss + cursor + cm.end(), se, form=line.form, direct=False, via=via):
            voice.said(sp.actor, n, via)  # a quote that carries on came through the same outlet
        return True

    def _accused(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X accused Y of CLAUSE": X's claim, an accusation against Y."""
        st = self.norm[ss:se]
        xm = re.search(r"\b(?:accused|accuses|accusing)\s+(.{2,60}?)\s+of\s+(?=\w)", st)
        if not xm or line.form == "headline" or self.covered(ss + xm.end(), se):
            return False
        who = self.speaker_at(ss, ss + xm.start())
        cut = re.search(r",\s+(?:the|a|an|which|who)\b", st[xm.end() :])  # a trailing appositive
        end = ss + xm.end() + cut.start() if cut else se
        if not (who and self.add_claim(who, ss + xm.end(), end, form=line.form, direct=False)):
            return False
        c = self.claims[-1]
        c.kind, c.status, c.conduct = "accusation", "alleged", False
        accused = self.mentions_in(ss + xm.start(1), ss + xm.end(1))
        if accused:
            c.target = accused[0].actor
        voice.heard(who, n)
        return True

    def _speech_clause(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X said (on Sunday) (that) CLAUSE", "He warned Manila against ..." """
        st = self.norm[ss:se]
        tm = re.search(
            r"\b(?:" + self._speech() + r")\b((?:\s+(?:on|in|at|last|this)\s+\w+)?)(\s+that)?\s+(?=\S)", st
        )
        if (
            not tm
            or '"' in st[: tm.start()]  # the attribution of a quotation: _quotations' job
            or ('"' in st[tm.end() : tm.end() + 2] and not tm.group(2))
            or re.match(r"(against|of|about|on|for|by)\b", st[tm.end() :])  # an act, not words
            or self.covered(ss + tm.end(), se)
        ):
            return False
        who = self.speaker_at(ss, ss + tm.start())
        nearby = self.mentions_in(ss + max(0, tm.start() - 45), ss + tm.start())
        if who is not None and not tm.group(2) and not nearby:
            who = None  # "X said" needs X right before it unless a "that" follows
        if who is None and re.search(r"\b(he|she|they)\s*$", st[: tm.start()], re.I):
            who = voice.speaker
        if not (who and (tm.group(2) or nearby or who == voice.speaker)):
            return False
        if self.add_claim(who, ss + tm.end(), se, form=line.form, direct=False):
            voice.heard(who, n)
        return True

    def _continuation(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "That influence, in his view, ...": the last speaker goes on."""
        st = self.norm[ss:se]
        phrases = "|".join(map(re.escape, self.d.rules["continuation"]))
        if not (voice.speaker and n - voice.line <= 1 and '"' not in st):
            return False
        if not re.search(r"\b(" + phrases + r")\b", st, re.I):
            return False
        if not self.covered(ss, se) and self.add_claim(voice.speaker, ss, se, form=line.form, direct=False):
            voice.line = n
        return True

    def _quotations(self, line: Line, n: int, voice: _Voice) -> None:
        """Quotations with their speaker: after the quote, before it, a trailing "- Name", or the last one."""
        t, base = line.text, line.start
        speech, pronouns = self._speech(), self.d.rules["pronouns"]
        for q in DQUOTE.finditer(t):
            qs, qe = base + q.start(1), base + q.end(1)
            after = t[q.end() : q.end() + 60]
            before = t[max(0, q.start() - 60) : q.start()]
            who = None
            via = None
            am = re.match(r"\s*,?\s*(?:-\s*)?((?:\S+\s+){0,6}?)(?:" + speech + r")\b(.{0,60})", after)
            if am:
                at = base + q.end() + am.start(1)
                who = self.speaker_at(at, at + len(am.group(1)))  # "..." spokesperson X told
                if who is None and am.group(1).split()[-1:] and am.group(1).split()[-1] in pronouns:
                    who = voice.speaker
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
                    if who is None and bm.group(1).split()[-1] in pronouns:
                        who = voice.speaker
            if who is None and voice.speaker and n - voice.line <= 2 and not self.covered(qs, qe):
                tail = re.split(r"[.!?]", t[: q.start()])[-1].strip(' -"')
                if len(tail) < 40 and not self.mentions_in(
                    base + q.start() - len(tail) - 1, base + q.start()
                ):
                    who, via = voice.speaker, voice.via
            if (
                who
                and not self.covered(qs, qe)
                and self.add_claim(who, qs, qe, form=line.form, direct=True, via=via)
            ):
                voice.said(who, n, via)

    def _article_voice(self, line: Line, n: int) -> None:
        """The article's own sentences (clauses of headlines) that carry a cue and name an actor."""
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

    def _clauses(self, line: Line, n: int) -> list[tuple[int, int]]:
        out = []
        for sent in self.docs[n].sents:
            ss, se = line.start + sent.start_char, line.start + sent.end_char
            if line.form == "bullet":
                ss = max(ss, line.start + BULLET.match(line.text).end()) if BULLET.match(line.text) else ss
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

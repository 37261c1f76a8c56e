"""Finding claims: headlines, quotations and their speakers, indirect speech, the article's voice."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, ClassVar

from kb.annotation import UNKNOWN_SPEAKER
from kb.extract.actors import unnamed_id
from kb.extract.opening import may_hold, opening, required
from kb.extract.rules import (
    BULLET,
    DQUOTE,
    FOLD,
    SQUOTE,
    Branches,
    DraftClaim,
    DraftState,
    Line,
    Mention,
    alternation,
    by_span,
    compiled,
    slug,
)


class _Shifted:
    """A match on a tail of a string, with offsets into the whole of it."""

    def __init__(self, m: re.Match[str], shift: int) -> None:
        self.m, self.shift = m, shift

    def start(self, group: int | str = 0) -> int:
        return self.m.start(group) + self.shift

    def end(self, group: int | str = 0) -> int:
        return self.m.end(group) + self.shift

    def group(self, *names: int | str) -> Any:
        return self.m.group(*names)


def _words_hint(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """One scan for the words one of which every match of ``pattern`` holds (:func:`required`):
    where it finds none in a text, the pattern finds nothing there either, so need not be tried.
    For a pattern that tries many words at every position of a sentence that holds none of them
    on most sentences (a trie of plain words skips through a text at C speed). Under ``re.I`` the
    words are lower case: the scan is then for the lower case of an ASCII text only."""
    words = required(pattern.pattern, pattern.flags)
    if not words or "(?i" in pattern.pattern:  # (an inline flag: its words' case is not read)
        raise ValueError(f"no words every match holds: {pattern.pattern[:60]}")
    return re.compile(alternation(sorted(words, key=len, reverse=True), ignorecase=False))


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


_HOW_HARMED = (
    r"[^,;:\"]*\b(?:by|strikes?|attacks?|raids?|shelling|shells|ambush|bombing|drones?|fire|gunfire"
    r"|clash(?:es)?)\b"
)
"""Words that say how or by whom people were hurt: then whose act it was is the charge (article18)."""
_CHECKED = (
    r"(?:reports?|accounts?|figures?|footage|videos?|images?|statements?|allegations?|accusations?|versions?)"
)
"""What a wire agency says it could not verify ("Reuters could not verify the report"): words it
only names, not carries (article18). Not "claim": a hedge word, its claim would be alleged."""


class ClaimRules(DraftState):
    """The claim steps of a draft (mixed into :class:`kb.extract.drafter.Draft`)."""

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, in the order of ``self.mentions``.

        Called for every clause by every rule, so not a scan of all mentions: once the actors are
        found the list is sorted by start, and later steps only append to it (unnamed sources),
        so a binary search finds the hits in its sorted run and a scan the few after it. From the
        claim step on (no mention is removed or replaced after the actor step: a later step only
        appends, or makes a new list) the answers are kept by span until the list grows or is
        another: nearly half the calls ask a span asked before.
        """
        ms = self.mentions
        memo = self.__dict__.get("_mentions_memo")
        if memo is not None:  # (from the claim step on: see find_claims)
            if memo[0] is not ms or memo[1] != len(ms):
                memo = self._mentions_memo = (ms, len(ms), {})
            hit = memo[2].get((start, end))
            if hit is not None:
                return list(hit)  # (a new list: a caller may change its own)
        _, n, starts = self._mention_index_now()
        run = ms[bisect_left(starts, start) : bisect_right(starts, end)]
        found = [m for m in run if m.end <= end]
        if n != len(ms):  # (mentions appended since: the sorted run is not all)
            found += [m for m in ms[n:] if m.start >= start and m.end <= end]
        if memo is not None:
            memo[2][start, end] = tuple(found)
        return found

    def _mention_index_now(self) -> tuple[list[Mention], int, list[int]]:
        """The mentions, the length of their run sorted by start and its starts, kept on the draft
        and made anew when the list is another or shorter than when it was made (appended mentions
        are the callers' to scan: :meth:`mentions_in`, :meth:`mention_at`)."""
        ms = self.mentions
        index = self.__dict__.get("_mention_index")
        if index is None or index[0] is not ms or index[1] > len(ms):
            n = next((k for k in range(1, len(ms)) if ms[k].start < ms[k - 1].start), len(ms))
            index = self._mention_index = (ms, n, [m.start for m in ms[:n]])
        return index

    def mention_at(self, at: int) -> Mention | None:
        """The first mention (in the order of ``self.mentions``) that starts at ``at``, or None: a
        bisection in the sorted run (its first there comes first), else the few appended after it.
        Asked at every comma of a sentence (:meth:`_coordinated`): a scan of all mentions there was
        1.7% of a draft's bytecode."""
        ms = self.mentions
        _, n, starts = self._mention_index_now()
        k = bisect_left(starts, at)
        if k < n and starts[k] == at:
            return ms[k]
        return next((x for x in ms[n:] if x.start == at), None)

    @by_span
    def quotes_of(self, n: int) -> tuple[re.Match[str], ...]:
        """The quotations (:data:`DQUOTE`) of line ``n``: asked by every sentence of the line and by
        the quotation and pronoun rules, found once."""
        return tuple(DQUOTE.finditer(self.lines[n].text))

    _claims_end = 0
    """No claim ends after this (the greatest end :meth:`add_claim` gave; a claim is only ever cut
    shorter or dropped after): :meth:`covered` of a span that starts there or later is no."""

    def covered(self, start: int, end: int) -> bool:
        if start >= self._claims_end:
            return False  # (a sentence after every claim drafted so far: no scan)
        # (newest first: a claim on the sentence asked about is most often among the last drafted,
        # a third fewer claims looked at)
        for c in reversed(self.claims):  # noqa: SIM110  (a loop, not any() over a generator: asked 20,000 times)
            if c.start < end and start < c.end:
                return True
        return False

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
        if speaker in self.actors and self.actors[speaker]["type"] == "state":
            speaker, end = self._body_said_after(speaker, start, end)
        while start < end and self.text[start] in " ,:;-\u2014\u2013":
            start += 1
        while end > start and (
            self.text[end - 1] in " ,;:-\u2014\u2013"
            or (self.norm[end - 1] == '"' and self.norm[end - 2] == " ")
        ):  # trailing punctuation, and the opening mark of the next quotation
            end -= 1
        if end - start < 8 or (
            direct is False
            and len(self.norm[start:end].split()) < 3
            and not self.APPEAL.fullmatch(self.norm, start, end)
        ):
            return None  # "the attack.": no claim is that short in someone's indirect words
        quote = self.text[start:end]
        size = end - start
        for c in self.claims:  # (the same length first: no slice of every claim)
            if c.speaker == speaker and c.end - c.start == size and self.text[c.start : c.end] == quote:
                return None
        found = self.cue_phrase(start, end)
        kind, polarity, cue_at = (None, 0, -1) if found is None else (found[1], found[2], found[0])  # (cue())
        if kind is None:
            kind = (
                "prediction"
                if ("will" in self.norm[start:end] or "going to" in self.norm[start:end])  # (a quick test)
                and re.search(r"\b(is|are) going to\b|\bwill\b", self.norm[start:end])
                else "statement"
            )
        if status is None:
            status = "asserted" if speaker == "article" else "reported"
        if kind in self.d.rules["alleging_kinds"] or self.d.has_hedge(self.norm[start:end]):
            status = "alleged"
        claim = DraftClaim(
            speaker, quote, kind, status, form, start, end, direct=direct, via=via or None,
            polarity=polarity, cue=cue_at, conduct=bool(found) and found[3] in self.d.rules.conduct,
        )  # fmt: skip
        self.claims.append(claim)
        if end > self._claims_end:
            self._claims_end = end
        return claim

    BODY_SAID_AFTER = re.compile(
        r",[\"\u201d]?\s+(?P<src>(?:its|the)\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+){0,2}?[a-z]+"
        r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)\s+(?:said|says|added)\b[^.\"]{0,160}?[.!]?\s*$"
    )
    """The body that gives a state's act or words at the end of their sentence: "..., its foreign
    ministry said in a brief note.", "..., the foreign ministry in Paris said on Friday." """

    def _body_said_after(self, state: str, start: int, end: int) -> tuple[str, int]:
        """The speaker and end of a claim drafted as ``state``'s when its sentence ends by naming
        one of that state's bodies as the source (:attr:`BODY_SAID_AFTER`): the body's words ("Peru
        urged both sides to "show restraint," its foreign ministry said": the ministry's; in dev's
        gold every such ministry, army or embassy is the speaker, the state only for one "the
        government said"), cut before the attribution; else ``state`` and ``end`` unchanged."""
        n = self.line_of(start)
        se = self._sentence_around(self.lines[n], n, start)[1]
        tail = self.norm[max(start, end - 100) : se]
        if se - end > 240 or not any(w in tail for w in (" said", " says", " added")):
            return state, end
        m = self.BODY_SAID_AFTER.search(self.norm, start, se)
        if m is None or m.start() > end + 2 or m.start() < start:
            return state, end  # (not a source that comes before the claim's end: the claim's own words)
        a, b = m.span("src")
        if self.norm.startswith(("its ", "Its "), a):
            body = self._its_body(a, b)  # "its foreign ministry": the last state's
        else:  # "the Peruvian foreign ministry", "the foreign ministry in Lima": the body so named
            ends = [
                x.actor for x in self.mentions_in(a, b) if x.end == b or self.norm.startswith(" in ", x.end)
            ]
            body = ends[-1] if ends else None
        if body is None or body == state or state not in self.actors[body].get("affiliation", ()):
            return state, end
        if self.actors[body]["type"] not in ("government-body", "armed-force"):
            return state, end
        closing = m.start() + 2 if self.norm[m.start() + 1] == '"' else m.start()  # ('"...,"': the mark too)
        return body, min(end, closing)

    APPEAL = re.compile(r"(?:urged|urges|demanded|demands)\s+\w{5,}[.!]?")
    """ "urged restraint.": an appeal of two words is a claim all the same."""

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
        """The cues in ``[start, end)``, in text order (a list the caller must not change).

        Kept by span: a claim's span is scanned for its kind, its cue and its stances, a
        clause's for its kind and its claim's; the text never changes, so neither do they."""
        memo = self.__dict__.setdefault("_cues_memo", {})
        found = memo.get((start, end))
        if found is not None:
            return found
        low = self.norm[start:end].lower()
        out = []
        held = " of " in low and any(w in low for w in ("suspect", "accused of", "charges of", "convicted"))
        for m in self.d.rules.cue_re.finditer(low):
            if held and self.HELD_FOR.search(low, 0, m.start()):
                continue  # "police arrested 12 people suspected of smuggling": not the police's deed
            kind, polarity = self.d.rules.cue_kind[m.group()]
            out.append((start + m.start(), kind, polarity, m.group()))
        memo[start, end] = out
        return out

    HELD_FOR = re.compile(
        r"\b(?:arrest|detain|held\b|hold|seiz|captur|jail|prosecut|extradit|deport)\w*\s+(?:[\w,'-]+\s+){0,8}?"
        r"(?:(?:suspected|accused|convicted)\s+of|on\s+(?:suspicion|charges?)\s+of)\s+(?:[\w-]+\s+){0,2}$"
    )
    """What those held are held for ("arrested 12 people suspected of smuggling", "detained a man on
    charges of spying"): a charge against them, not a cue of what the subject that holds them did."""

    def speaker_at(self, start: int, end: int) -> str | None:
        """The actor named in ``[start, end)`` (first person or unnamed source, else any)."""
        named = self._first_name_given(start, end + 40) if "first name" in self.norm[start:end] else None
        if named is not None:  # "a farmer who gave only his first name, Ali": Ali, named after the comma
            return named
        ms = self.mentions_in(start, end)
        people = [m for m in ms if self.actors[m.actor]["type"] == "person"]
        if len(people) > 1 and self.actors[people[0].actor].get("unnamed"):
            for m in people[1:]:  # "one of them, Rosli Ahmad, told": the name the description gives
                if not self.actors[m.actor].get("unnamed") and self.NAMED_AFTER.fullmatch(
                    self.norm, people[0].end, m.start
                ):
                    return m.actor
        return (people or ms or [None])[0] and (people or ms)[0].actor

    NAMED_AFTER = re.compile(r"\s*,\s*(?:(?:who|whose)\b[^,\"]{0,60},\s*)?")

    QA_LABEL = re.compile(r"\s*(Q|A)\s*[:.]\s+")
    Q_LABEL = re.compile(r"\s*Q\s*[:.]\s+")
    """An interview's "Q:" or "A:" before a line's words (tried on every line, compiled once)."""

    def find_claims(self) -> None:
        """Every line in order; the last speaker carries over to "he added" and to bare quotes."""
        voice = _Voice()
        self._mentions_memo = (self.mentions, len(self.mentions), {})  # (see mentions_in)
        answers = self._interviewee()
        questions_of = self._interviewee(by_cue=True) if not self._is_interview() else None
        questions = self._question_lines() if questions_of else []
        for n, line in enumerate(self.lines):
            if line.form == "headline" and (
                self._title_quote(line, answers or questions_of) or self._headline_speech(line)
            ):
                continue
            if self._statement(line, n, voice):
                continue
            label = self._speaker_label(line)
            if label is not None:  # "HERRERA: ...": a transcript line, that person's words
                dash = self.DASH_LABEL.match(line.text) if label else None  # "Yapua - ..." (actors17b)
                at = line.start + (dash.end() if dash else line.text.index(":") + 1)
                if label:
                    self._answer(line, n, at, label)
                    continue
                for sent in self.sents[n]:  # the interviewer's: no claim, but others' words reported in it
                    ss, se = max(at, line.start + sent.start_char), line.start + sent.end_char
                    ss += len(self.norm[ss:se]) - len(self.norm[ss:se].lstrip())
                    if se > ss:  # ("NATION: President Ruto said in Juba that ...": Ruto's)
                        self._indirect(line, n, ss, se, voice)
                self._quotations(line, n, voice)
                continue
            if questions and n >= questions[0] and line.form == "body":  # a Q&A without "Q:" and "A:"
                if n not in questions:
                    self._answer(line, n, line.start, questions_of)
                    continue
                for sent in self.sents[n]:
                    self._indirect(line, n, line.start + sent.start_char, line.start + sent.end_char, voice)
                self._quotations(line, n, voice)
                if not line.text.rstrip().endswith("?"):  # "Australia has said nothing.": a turn that asks
                    self._article_voice(line, n)  # nothing states the interviewer's (the article's) fact
                continue
            qa = self.QA_LABEL.match(line.text)
            if qa and self._is_interview():  # answers are the interviewee's, questions nobody's claim
                if qa.group(1) == "A":
                    self._answer(line, n, line.start + qa.end(), answers or self.unknown())
                    continue
                for sent in self.sents[n]:
                    self._indirect(line, n, line.start + sent.start_char, line.start + sent.end_char, voice)
                self._quotations(line, n, voice)
                self._article_voice(line, n)  # "Q: Brazil has offered to mediate. Will you accept?": the
                continue  # interviewer's statement of fact is the article's, the question no one's
            if "writes" in line.text and self.BIO_LINE.fullmatch(line.text.strip()):
                continue  # "Han Ji-won writes on Japan and Korea from Seoul.": who wrote, not what is said
            for sent in self.sents[n]:
                self._indirect(line, n, line.start + sent.start_char, line.start + sent.end_char, voice)
                self._relative_said(line, n, line.start + sent.start_char, line.start + sent.end_char, voice)
                self._appositive_said(line, n, line.start + sent.start_char, line.start + sent.end_char)
                self._which_said(line, line.start + sent.start_char, line.start + sent.end_char)
                self._short_denial(line, n, line.start + sent.start_char, line.start + sent.end_char, voice)
            self._quotations(line, n, voice)
            for sent in self.sents[n]:
                self._charge_denied(line, line.start + sent.start_char, line.start + sent.end_char)
                self._viewed_as(line, line.start + sent.start_char, line.start + sent.end_char)
                self._when_spoke(line, line.start + sent.start_char, line.start + sent.end_char)
                self._expressed(line, line.start + sent.start_char, line.start + sent.end_char)
            self._article_voice(line, n)
        if '"' in self.norm:
            self._run_on_quotations()
        if " told " in self.norm:
            self._told_within()

    TOLD_WITHIN = re.compile(
        r"(?P<src>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+[^,;\"]{2,80}?)\s+(?:had\s+|has\s+)?told\s+"
        r"(?:him|her|them|me|us)(?:\s+(?:last\s+\w+|on\s+\w+|earlier|privately|recently))?\s+that\s+"
    )

    def _told_within(self) -> None:
        """A claim whose words open with "a Cambodian diplomat had told him last week that A": A is the
        words of the one who told, the claim's own speaker only passes them on (the curators' chain;
        claims29). The claim is drafted again as A, in the teller's name, where the teller is an
        unnamed source or a person the words name."""
        for k, c in enumerate(self.claims):
            if c.speaker in ("article", UNKNOWN_SPEAKER) or c.direct or " told " not in c.quote:
                continue
            tm = self.TOLD_WITHIN.match(self.norm, c.start, c.end)
            if tm is None:
                continue
            a, b = tm.span("src")
            who = self._source_named(a, b) or self._role_of(a, self.norm[a:b])
            if who is None or who == c.speaker:
                continue
            told = self.add_claim(who, tm.end(), c.end, form=c.form, direct=False, via=c.via)
            if told is not None:
                self.claims[k] = self.claims.pop()

    def _run_on_quotations(self) -> None:
        """A quotation left open at a paragraph's end, the next paragraph opening with a mark again
        (how a quotation runs on over paragraphs: '"A. B.' then '"C," X said.'): each sentence of
        it, up to where it closes, is the words of whoever speaks where it goes on (the first claim
        drafted there in someone's words), else of whoever is named saying it before it opens."""
        n = 0
        while n < len(self.lines) - 1:
            line, nxt = self.lines[n], self.lines[n + 1]
            at = self.norm.rfind('"', line.start, line.end)
            if (
                line.form != "body"
                or not self.norm.count('"', line.start, line.end) % 2
                or at + 1 >= line.end
                or self.norm[at + 1].isspace()
                or not self.norm.startswith('"', nxt.start)
            ):
                n += 1
                continue
            close = n + 1  # the paragraph where it closes (or the last it runs on to)
            while close + 1 < len(self.lines) and self.runs_on(close):
                close += 1
            who = self._run_on_speaker(n, at, close)
            for k in range(n, close + 1) if who else ():
                start = at + 1 if k == n else self.lines[k].start + 1
                end = self.norm.find('"', start, self.lines[k].end) if k == close else -1
                self._quoted_sentences(k, start, self.lines[k].end if end < 0 else end, who)
            n = close  # (where it closes, another may open and run on: '"C," X said. "D.')

    def _run_on_speaker(self, n: int, at: int, close: int) -> str | None:
        """Who speaks a quotation that opens at ``at`` on line ``n`` and runs on to line ``close``."""
        theirs = [c for c in self.claims if c.speaker not in ("article", UNKNOWN_SPEAKER)]
        last = self.lines[close]
        shut = self.norm.find('"', last.start + 1, last.end)  # (its words end there: not a claim after)
        later = [c for c in theirs if self.lines[n + 1].start <= c.start < (last.end if shut < 0 else shut)]
        if later:
            return min(later, key=lambda c: c.start).speaker
        ss, _se = self._sentence_around(self.lines[n], n, at)
        vm = self.d.speech_re.search(self.norm, ss, at)  # 'X said on Tuesday: "A.' (no claim drafted)
        if vm:
            return self.subject(ss, vm.start(), _Voice())[0]
        if ss < at:
            return None
        # a paragraph that opens with it, and no one named saying it ('"A," X said.' then '"B.' '"C."'):
        # the words of whoever spoke last before it, on its line or the two before (as a quotation
        # that names no speaker, :meth:`_voice_before`)
        since = self.lines[max(0, n - 2)].start
        before = [c for c in theirs if since <= c.start and c.end <= at]
        return max(before, key=lambda c: c.end).speaker if before else None

    def _quoted_sentences(self, n: int, start: int, end: int, who: str) -> None:
        """Each sentence of line ``n`` within ``[start, end)`` that no one's claim holds yet: ``who``'s
        words (a claim in the article's voice there goes: words in quotation marks are never its)."""
        base = self.lines[n].start
        for sent in self.sents[n]:
            a, b = max(base + sent.start_char, start), min(base + sent.end_char, end)
            if b <= a or any(c.start < b and a < c.end and c.speaker != "article" for c in self.claims):
                continue
            self.claims = [c for c in self.claims if not (c.start < b and a < c.end)]
            self.add_claim(who, a, b, form=self.lines[n].form, direct=True)

    def runs_on(self, n: int) -> bool:
        """Does a quotation that runs on into line ``n`` run on past it (no closing mark there, the next
        line opening with one)?"""
        line = self.lines[n]
        one = self.norm.count('"', line.start, line.end) == 1  # (the mark it opens with, none closing)
        return one and self.norm.startswith('"', self.lines[n + 1].start)

    BIO_LINE = re.compile(
        r"[A-Z][\w'\u2019\u2011-]+(?:\s+[A-Z][\w'\u2019\u2011-]+){0,3}\s+writes\s+(?:on|about|for)\s+[^.\"\u201c\u201d]{2,80}\."
    )
    """A column's closing line about its writer ("Dian Prasetyo writes on maritime affairs from
    Jakarta."): no one's claim."""

    DASH_ITEM = re.compile(r"\s*[-\u2013\u2014]\s+\S")
    """A list item opened by a hyphen or a dash ("- Armenia has moved ...;"), as plain text writes a
    bullet (not a line form of its own: "Yapua - ..." labels and dashes of wire copy stay as they are)."""

    def _statement(self, line: Line, n: int, voice: _Voice) -> bool:
        """A paragraph after "..., the government said:" is the speaker's words, quoted or not."""
        if n == 0 or line.form == "headline" or self.norm[line.start : line.end].lstrip().startswith('"'):
            return False
        k = n - 1
        item = line.form == "bullet" or self.DASH_ITEM.match(line.text)
        while k > 0 and item and (self.lines[k].form == "bullet" or self.DASH_ITEM.match(self.lines[k].text)):
            k -= 1  # the bullets of a list that "X said:" opens ("- A;" items too: neverfact20b)
        prev = self.lines[k]
        if line.form == "bullet" and k < n and self._announces(self.norm[prev.start : prev.end]):
            # "The UN panel makes three claims." and then a list: each item is the announcer's (neverfact15)
            ms = self.mentions_in(prev.start, prev.end)
            ms = [m for m in ms if self.actors[m.actor]["type"] != "media"]
            who = ms[0].actor if ms else None
            for sent in self.sents[n]:
                ss, se = line.start + sent.start_char, line.start + sent.end_char
                if not self.covered(ss, se):
                    self.add_claim(who or self.unknown(), ss, se, form=line.form, direct=False,
                                   status=None if who else "alleged")  # fmt: skip
            return True
        if not prev.text.rstrip().endswith(":"):
            return False  # (the test below, first: the pattern tries every position of the line)
        spoke = r"|spoke|speaks|wrote|writes|listed|lists|went on|continued"  # "The minister spoke:"
        tm = self.d.pattern(  # "X said on Monday:"
            "statement.said_colon",
            lambda: r"\b(?:" + self._speech() + spoke
            + r")(?:\s+(?:on|in|at|last|this)\s+\w+)?(?:\s+that)?\s*:\s*$",
        ).search(
            prev.text,
        )
        if not prev.text.rstrip().endswith(":") or not (tm or self.attributed(prev.start, prev.end)):
            return False
        who = self.subject(prev.start, prev.start + tm.start(), voice)[0] if tm else None
        if who is None:  # someone's words, we cannot tell whose: not the article's; but an item under
            # a heading ("WHAT THEY SAY:") that names its own speaker ("* X said ...") is that one's
            return not (item and self._speaks(line.start, line.end))
        for sent in self.sents[n]:
            ss, se = line.start + sent.start_char, line.start + sent.end_char
            if not self.covered(ss, se):
                self.add_claim(who, ss, se, form=line.form, direct=False)
        voice.heard(who, n)
        return True

    def _speaker_label(self, line: Line) -> str | None:
        """In a transcript whose lines open with speakers' names ("Herrera: ..." twice or more, and
        another label), the person a line's label names; "" for a label that names no person (the
        interviewer), None for a line that is not part of a transcript."""
        lm = self.d.label_re.match(line.text) if ":" in line.text else None  # (a label ends with a colon)
        if not lm:
            return self._dash_label(line)
        if lm.group(1) in ("Q", "A"):
            return None
        labels = [m.group(1) for ln in self.lines if (m := self.d.label_re.match(ln.text))]
        if labels.count(lm.group(1)) < 2 or (len(set(labels)) < 2 and not self._asked()):
            return None  # (one label may answer questions: "Baatar:" after "Q.", "THE PRESIDENT:")
        words = lm.group(1).split()
        for a in self.actors.values():
            if a["label"].split()[-1].lower() != words[-1].lower():
                continue
            if a["type"] == "media" and a["id"] not in self.d.gaz.entries:
                a["type"] = "person"  # "We spoke to X, ..." first read as an outlet's name; X answers
            if a["type"] == "person":
                return a["id"]
        if len(words) == 1 and words[0].isalpha() and words[0].isupper() and 2 <= len(words[0]) <= 3:
            who = self._by_initials(words[0])
            if who:
                return who
        return self._titled_person(lm.group(1)) or ""

    DASH_LABEL = re.compile(r"\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+-\s+(?=\S)")
    """An answer's label with a dash, "Yapua - On Saturday ..." (the dash folded to "-")."""

    def _dash_label(self, line: Line) -> str | None:
        """In a Q&A whose answers open with the interviewee's name and a dash ("Yapua - ...", the
        questions "Q - ..."), twice or more, the person the label names (a drafted person of that
        surname); None for any other line ("KYIV - ...": a dateline, once, and no person)."""
        dm = self.DASH_LABEL.match(line.text) if " - " in line.text[:40] else None
        if not dm or dm.group(1) in ("Q", "A"):
            return None
        name = dm.group(1)
        if sum(1 for ln in self.lines if ln.text.startswith(name + " - ")) < 2:
            return None
        last = name.split()[-1].lower()
        people = (a for a in self.actors.values() if a["type"] == "person")
        return next((a["id"] for a in people if a["label"].split()[-1].lower() == last), None)

    def _labelled(self) -> str | None:
        """The first person a transcript's labels name ("Rakhimova: ..."): who answers, when the
        questions carry no "Q:" and "A:" of their own ("NATION: ...", "Interviewer: ...")."""
        labelled = (self._speaker_label(ln) for ln in self.lines if ln.form == "body")
        return next((who for who in labelled if who), None)

    ASKED = re.compile(r"\s*(?:Q\s*[:.]|(?:REPORTER|QUESTION|INTERVIEWER)\b[^:\n]{0,60}:)\s")
    """A question's line in a transcript: "Q. ...", "REPORTER (Reuters): ..."."""

    def _asked(self) -> bool:
        return any(self.ASKED.match(ln.text) for ln in self.lines)

    def _titled_person(self, label: str) -> str | None:
        """ "THE PRESIDENT": the person the text names with that title before the transcript
        ("President Tommy Remengesau held a press conference"), when it names one only."""
        title = re.sub(r"^(?:THE|MR|MRS|MS|DR)\.?\s+", "", label.upper()).strip()
        if not title or " " in title:
            return None
        found = {
            m.actor for m in self.mentions
            if self.actors[m.actor]["type"] == "person"
            and self.norm[max(0, m.start - 40) : m.start].upper().rstrip().endswith(title)
        }  # fmt: skip
        return found.pop() if len(found) == 1 else None

    def _by_initials(self, initials: str) -> str | None:
        """The person a transcript's label gives by initials ("AT: ..." for Azamat Tokoev): the first
        name of as many capitalised words, with those initials, that the text gives before the first
        line so labelled (the introduction), drafted as a person if no rule found them."""
        cache = self.__dict__.setdefault("_initials", {})
        if initials not in cache:
            first = next(ln for ln in self.lines if ln.text.lstrip().startswith(f"{initials}:"))
            n = len(initials)
            name = r"\b" + r"\s+".join(rf"{c}[a-z][\w'\u2019-]*" for c in initials) + r"\b"
            nm = re.search(name, self.norm[: first.start])
            who = None
            if nm and not re.match(r"\s+[A-Z]", self.norm[nm.end() :]) and n == len(nm.group().split()):
                s, e = nm.span()
                known = [m.actor for m in self.mentions_in(s, e) if self.actors[m.actor]["type"] == "person"]
                who = known[0] if known else self.add_actor(
                    slug(self.text[s:e]), surface=(s, e), type="person", label=self.text[s:e]
                )
            cache[initials] = who
        return cache[initials]

    Q_LINE = re.compile(r"\s*Q\s*[:.]\s")
    A_LINE = re.compile(r"\s*A\s*[:.]\s")
    """An interview's question and answer lines ("Q: ...", "A. ..."): tried on every line, compiled once."""

    @by_span  # (asked for every line that opens with a question or an answer: found once)
    def _is_interview(self) -> bool:
        return any(self.Q_LINE.match(ln.text) for ln in self.lines) and any(
            self.A_LINE.match(ln.text) for ln in self.lines
        )

    def unknown(self) -> str:
        """The speaker of words the drafter cannot attribute (never the article)."""
        uid = UNKNOWN_SPEAKER
        if uid not in self.actors:
            self.add_actor(
                uid,
                type="person",
                label="unknown speaker",
                unnamed=True,
                description="The drafter could not tell who says this; an analyst should.",
            )
        return uid

    def _question_lines(self) -> list[int]:
        """The lines of a Q&A whose questions carry no "Q:": two or more short body lines that end
        with a question mark (each answered by the lines after it)."""
        out = [
            n for n, ln in enumerate(self.lines)
            if ln.form == "body" and ln.text.rstrip().endswith("?") and len(self.sents[n]) <= 3
        ]  # fmt: skip
        body = [n for n, ln in enumerate(self.lines) if ln.form == "body" and out and n >= out[0]]
        if len(out) >= 3 and 5 * len(out) >= len(body) and all(body.index(k) % 2 == 0 for k in out):
            # questions and answers by turns, some questions without "?" ("France says the plaque is
            # illegal. Why did you go?" / "Australia has said nothing."): every other line asks
            return [k for i, k in enumerate(body) if i % 2 == 0 and len(self.sents[k]) <= 3]
        if len(out) < 2 or 3 * len(out) < len(body):
            return []  # a column's rhetorical questions: too few for a Q&A
        return out

    def _interviewee(self, *, by_cue: bool = False) -> str | None:
        """Who answers in a Q&A (lines opening "Q:" and "A:"): of the people named before the first
        question, one in a sentence that introduces an interview ("X spoke to Y", "told", "in an
        interview"), else the one named most often there, the first of equals. With ``by_cue``
        (questions without "Q:"), only one an introduction names, before the first question line."""
        if by_cue:
            qs = self._question_lines()
            first_q = self.lines[qs[0]] if qs else None
        else:
            first_q = next((ln for ln in self.lines if self.Q_LINE.match(ln.text)), None)
        if first_q is None or not (by_cue or self._is_interview()):
            return None
        named = self._introduced(first_q.start)
        if named is not None:
            return named
        people = [
            m for m in self.mentions if m.end <= first_q.start and self.actors[m.actor]["type"] == "person"
        ]
        cue = re.compile(
            r"\b(?:spoke|speaks|talked|talks|interview|interviewed|sat down|told|answered)\b", re.I
        )
        interview = re.compile(  # without "Q:", only an introduction that says it is an interview
            r"\b(?:spoke to|speaks to|talked to|talks to|interview|interviewed|sat down with|answered)\b",
            re.I,
        )
        # an introduction that says it is an interview ("X talked to Y") before one that only says
        # someone told something ("Prime Minister Z told reporters ..."), wherever each comes
        for pattern in (interview,) if by_cue else (interview, cue):
            for m in people:
                n = self.line_of(m.start)
                for sent in self.sents[n]:
                    ss, se = self.lines[n].start + sent.start_char, self.lines[n].start + sent.end_char
                    if (
                        ss <= m.start < se
                        and pattern.search(self.norm[ss:se])
                        and not self.actors[m.actor].get("unnamed")
                    ):
                        return m.actor
        if by_cue and any(self.Q_LINE.match(ln.text) for ln in self.lines):
            return None  # ("Q: ..." and "Rakhimova: ...": a transcript's labels say who answers)
        if by_cue:  # "X has been minister since 2024. This conversation took place in ...": the
            # introduction's paragraph names the interviewee, its next sentence says what it is; one the
            # drafter cannot name answers all the same, never in the article's voice (neverfact20b)
            said = re.compile(
                interview.pattern + r"|\b(?:conversation|edited\s+for\s+(?:length|clarity|brevity))\b", re.I
            )
            named = next((m.actor for m in people if not self.actors[m.actor].get("unnamed") and said.search(
                self.lines[self.line_of(m.start)].text)), None)  # fmt: skip
            heard = named or any(said.search(ln.text) for ln in self.lines if ln.end <= first_q.start)
            # (not where a transcript's labels say who answers)
            asks = not heard and self._labelled() is None and self._asks_someone(qs)
            return named or (self.unknown() if heard or asks else None)
        return self._interviewee_most_named(people)

    def _interviewee_most_named(self, people: list[Mention]) -> str | None:
        """The person named most often before a Q&A's first question, the first of equals; one the
        text names, not a group it leaves unnamed ("Congolese and Ugandan authorities accuse ... Our
        correspondent met the commander, X": X answers, not the authorities)."""
        counts: dict[str, int] = {}
        for m in people:
            counts[m.actor] = counts.get(m.actor, 0) + 1
        group = self.GROUP_LABEL.search
        one = [a for a in counts if not (self.actors[a].get("unnamed") and group(self.actors[a]["label"]))]
        return max(one or counts, key=lambda a: counts[a]) if counts else None

    GROUP_LABEL = re.compile(r"(?<![su])s$")
    """A label that names a group ("unnamed Ugandan authorities", not "unnamed boss")."""

    def _asks_someone(self, qs: list[int]) -> bool:
        """Do the question lines ``qs`` of a Q&A without "Q:" put questions to someone, who answers in
        the first person ("How long have you worked on the river?" / "Eleven years. My father worked
        here before me.")? Two questions to "you" and two answers with "I", "my", "we" or "our": an
        interview whose introduction does not say so, never an explainer's questions the article
        answers itself (fact27)."""
        you = sum(1 for k in qs if re.search(r"\b(?:you|your)\b", self.lines[k].text, re.I))
        if you < 2:
            return False
        first = re.compile(r"\b(?:I|me|my|we|our|us)\b|^\s*(?:We|Our|My)\b")
        answers = (ln for k, ln in enumerate(self.lines) if k > qs[0] and k not in qs and ln.form == "body")
        return sum(1 for ln in answers if first.search(ln.text)) >= 2

    INTRODUCED = re.compile(
        r"\b(?:[Ww]e|I)\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+"
        r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*){1,3})\s*,\s+(?:an?\s|the\s|[A-Z][\w-]*'s\s)"
    )
    """ "We spoke to Chea Sophal, a secretary of state at ...", "..., Vanuatu's special envoy": the
    interviewee, by name."""

    def _introduced(self, before: int) -> str | None:
        """The person an interview's introduction names ("We spoke to X, a ..."), before ``before``:
        a known actor there, else a person by that name (the gazetteer need not know them)."""
        im = self.INTRODUCED.search(self.norm, 0, before) or self._introduced_by_pronoun(before)
        if im is None:
            return None
        s, e = im.span("name")
        known = self.mentions_in(s, e)
        if not known:
            return self.add_actor(slug(self.text[s:e]), surface=(s, e), type="person", label=self.text[s:e])
        a = self.actors[known[0].actor]
        if a["type"] == "media" and a["id"] not in self.d.gaz.entries:
            a["type"] = "person"  # "spoke to X" first read as an outlet's name ("speaking to the BBC")
        return a["id"] if a["type"] == "person" else None  # not a state or a body by that name

    SPOKE_TO_US = re.compile(
        r"(?:(?<=[.!?] )(?:She|He)|(?<=, )(?P<mid>she|he))\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+"
        r"(?:us|me|our\s+(?:correspondent|reporter)|[A-Z][\w'-]+)\b"
    )
    """ "... She spoke to us in Dhaka.", "... As talks resume, he spoke to our correspondent by
    phone.": an interview introduced by a pronoun, after the sentence that names the interviewee."""
    NAME_OPENS = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s+[a-z]")
    """A sentence that opens with a name of two or three words and goes on with a verb ("Farhana
    Akhter leads ...")."""

    def _introduced_by_pronoun(self, before: int) -> re.Match[str] | None:
        """ "Farhana Akhter leads Bangladesh's delegation. She spoke to us in Dhaka.": the name
        that opens the sentence before an introduction made with a pronoun."""
        pm = self.SPOKE_TO_US.search(self.norm, 0, before)
        if pm is None:
            return None
        at = pm.start() - 2
        if pm.group("mid"):  # "As talks resume, he spoke to our correspondent": the sentence before this one
            at = max(self.norm.rfind(". ", 0, at), self.norm.rfind("\n", 0, at)) - 1
        opens = max(self.norm.rfind(". ", 0, at), self.norm.rfind("\n", 0, at)) + 1
        nm = self.NAME_OPENS.match(self.norm, opens + (self.norm[opens] == " "), pm.start())
        if nm is None or self.norm[nm.start() : nm.end("name")].split()[0] in self.d.not_names:
            return None
        return nm

    def _answer(self, line: Line, n: int, start: int, speaker: str) -> None:
        """Each sentence of an answer in a Q&A is the interviewee's claim, in their own words,
        unless it reports someone else's ("A senior diplomat told me that ...": the diplomat's)."""
        for sent in self.sents[n]:
            ss, se = max(start, line.start + sent.start_char), line.start + sent.end_char
            if se - ss < 12 or self.norm[ss:se].rstrip().endswith("?"):
                continue
            if not self.covered(ss, se):
                drafted = len(self.claims)
                if self._reported_in_answer(line, n, ss, se, speaker):
                    self._answer_around_report(line, ss, se, speaker, drafted)
                    continue
                self.add_claim(speaker, ss, se, form=line.form, direct=True)

    ANSWER_JOINT = re.compile(r"(?:[,;]\s+(?:and|but)|;)\s+(?=\S)")
    """Where an answer's own clause meets another's words in the same sentence ("A, and X said B",
    "A; if they did, B")."""

    def _answer_around_report(self, line: Line, ss: int, se: int, speaker: str, drafted: int) -> None:
        """A sentence of an answer that reports another's words in one clause and gives the answer's
        own in another ("Our lawyers have worked on it for years, and the Prime Minister has said
        that ...", "According to the embassy, they will pay; I will believe it when I see it."): the
        clause before or after the other's words, past a joint (", and", "; "), is the answer's (of
        four words or more, not a question, holding no verb of saying and no quotation mark; the
        one who answers speaks, never the article)."""
        new = [c for c in self.claims[drafted:] if ss <= c.start < se]
        if not new:
            return
        first, last = min(c.start for c in new), max(c.end for c in new)
        joints = [m for m in self.ANSWER_JOINT.finditer(self.norm, ss, first)]
        pieces = [(ss, joints[-1].start())] if joints else []
        after = self.ANSWER_JOINT.search(self.norm, last, se)
        if after is not None:
            pieces.append((after.end(), se))
        for a, b in pieces:
            words = self.norm[a:b]
            if (
                len(words.split()) < 4
                or words.rstrip().endswith("?")
                or '"' in words
                or self._speaks(a, b)
                or self.covered(a, b)
            ):
                continue
            self.add_claim(speaker, a, b, form=line.form, direct=True)

    def _reported_in_answer(self, line: Line, n: int, ss: int, se: int, speaker: str) -> bool:
        """Does a sentence of an answer report another's words ("X told me that ...")? Then the
        reported part is X's claim, drafted by the rules of indirect speech."""
        if re.match(r"\s*According to\s", self.norm[ss:se]):  # "According to our fisheries department, ..."
            before = len(self.claims)
            self._indirect(line, n, ss, se, _Voice())
            return len(self.claims) > before
        tm = self.d.speech_re_any.search(self.norm[ss:se])
        if not tm or re.match(r"\s*(?:I|we|We)\b", self.norm[ss:se]):
            return False
        ms = [m for m in self.mentions_in(ss, ss + tm.start()) if m.actor != speaker]
        titled = not ms and self.d.pattern(  # "Their leader told TASS that ...": an unnamed source's words
            "reported_in_answer.titled",
            lambda: r"\s*(?:[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
            + self.d.title_alt
            + r")\s*,?\s*$",
        ).match(self.norm[ss : ss + tm.start()])
        described = not ms and not titled and self.ANSWER_SOURCE.match(self.norm[ss : ss + tm.start()])
        if not (titled or described) and (not ms or self.actors[ms[-1].actor]["type"] == "media"):
            return False
        before = len(self.claims)
        self._in_answer_of = speaker  # "The captain says A" in X's answer: the captain is not X
        try:
            self._indirect(line, n, ss, se, _Voice())
        finally:
            self._in_answer_of = None
        new = self.claims[before:]
        if described and any(c.speaker in (speaker, UNKNOWN_SPEAKER) for c in new):
            del self.claims[before:]  # (a described source the rules could not name: the answer's own)
            return False
        if not new:  # ("The Nicaraguan consul told me that on Tuesday.": a state's word in the title)
            return self._told_me(line, ss, se, ss + tm.start())
        return len(self.claims) > before and all(c.speaker != speaker for c in new)

    def _told_me(self, line: Line, ss: int, se: int, verb: int) -> bool:
        """ "The interior minister told me on Monday that it would.", "The consul told me that on
        Tuesday.": in an answer, a source the answer describes by a title tells the one who answers
        what the rules of indirect speech cannot cut out (the words stand for an answer given before):
        the whole sentence is that source's report."""
        tm = self.TOLD_ME.match(self.norm, verb, se)
        subject = self.d.pattern(  # "The interior minister", "The Nicaraguan consul"
            "told_me.subject",
            lambda: r"\s*[Tt]he\s+((?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+){0,2}?(?:" + self.d.title_alt + r"))\s*$",
        ).match(self.norm, ss, verb)
        if tm is None or subject is None:
            return False
        words = self.text[subject.start(1) : subject.end(1)].translate(FOLD)
        who = self._unnamed_source(words, subject.span(1), "A source the article does not name.")
        return self.add_claim(who, ss, se, form=line.form, direct=False) is not None

    TOLD_ME = re.compile(r"(?:told|tells|has\s+told|assured)\s+(?:me|us)\b")

    _in_answer_of: str | None = None
    """Who answers, while a sentence of their answer is read as another's report (see
    :meth:`_reported_in_answer`): a description there ("The captain says") is never them."""

    ANSWER_SOURCE = re.compile(r"\s*(?:The|Our|Their|Local|Some|Many)\s+(?:[\w'-]+\s+){0,5}?[\w-]+\s*$")
    """ "The captain says ...", "Our embassy told me ...": a source the answer describes, not names."""

    QUOTE_COLON_LINE = re.compile(r'\s*"([^"]{8,})"\s*:\s*(.+)$')

    def _title_quote(self, line: Line, interviewee: str | None) -> bool:
        """ "'We Are Partners, Not a Backyard': Mexico's Deputy Foreign Minister on ...": a title
        that quotes someone and then says who: the person named after the colon, else the
        interviewee of a Q&A; else the words of someone the drafter cannot name."""
        tm = self.QUOTE_COLON_LINE.match(line.text)
        if not tm or not self._is_title(line):
            return False
        at = line.start + tm.start(2)
        on = re.search(r"\s+on\s+", tm.group(2))  # "...: a Kyrgyz engineer on the Kempir-Abad deal": the
        upto = at + on.start() if on else line.end  # topic after "on" names no speaker
        people = [m for m in self.mentions_in(at, upto) if self.actors[m.actor]["type"] == "person"]
        who = people[0].actor if people else interviewee or self._labelled() or self.unknown()
        self.add_claim(who, line.start + tm.start(1), line.start + tm.end(1), form="headline", direct=True)
        return True

    def _speech(self) -> str:
        return self.d.speech_alt

    def _speech_places(self) -> tuple[list[int], list[int]]:
        """Where a verb of saying (``speech_re``) starts in ``norm``, at every place one does (they
        may overlap), and where the verb ``speech_re`` matches there ends: the one scan of the
        article's text that the quick tests of many rules read (each had searched its own sentence,
        tail or window again, "said" being in nearly every sentence of news)."""
        places = self.__dict__.get("_speech_places_")
        if places is None:
            starts: list[int] = []
            ends: list[int] = []
            search, norm = self.d.speech_re.search, self.norm
            m = search(norm)
            while m is not None:
                starts.append(m.start())
                ends.append(m.end())
                m = search(norm, m.start() + 1)
            places = self._speech_places_ = (starts, ends)
        return places

    def _speech_in(self, start: int, end: int) -> re.Match[str] | None:
        """``speech_re.search(self.norm, start, end)``, from :meth:`_speech_places`: the first place
        in ``[start, end)`` where a verb fits before ``end`` (``speech_re`` is a trie of plain words,
        no look-behind, no anchor: the same as a search of ``norm[start:end]``, offsets apart)."""
        starts = (self.__dict__.get("_speech_places_") or self._speech_places())[0]
        k = bisect_left(starts, start)
        while k < len(starts) and starts[k] < end:
            m = self.d.speech_re.match(self.norm, starts[k], end)
            if m is not None:
                return m
            k += 1
        return None

    def _verb_search(self, verbs: re.Pattern[str], st: str, ss: int, pos: int) -> re.Match[str] | None:
        """``verbs.search(st, pos)`` for the pattern of :meth:`_speech_clause` on its sentence ``st``
        (at ``ss`` in ``norm``): each match of it opens with a verb of saying (at a place of
        :meth:`_speech_places`, which holds every place one fits in ``st``) or with "report", so
        only those places are tried, in order; the first that matches is the match ``search`` finds.
        The pattern tried at every position of every sentence that speaks was a third of the
        cost of the rule."""
        starts = (self.__dict__.get("_speech_places_") or self._speech_places())[0]
        k = bisect_left(starts, ss + pos)
        places = [p - ss for p in starts[k : bisect_left(starts, ss + len(st), k)]]
        r = st.find("report", pos)
        while r >= 0:
            places.append(r)
            r = st.find("report", r + 1)
        for q in sorted(set(places)):
            m = verbs.match(st, q)
            if m is not None:
                return m
        return None

    def _speaks(self, start: int, end: int) -> bool:
        """Is there a verb of saying in ``[start, end)`` (``speech_re``)? The quick test of several
        rules on the same sentence (see :meth:`_speech_places`)."""
        starts, ends = self.__dict__.get("_speech_places_") or self._speech_places()  # (no call if kept)
        k = bisect_left(starts, start)
        while k < len(starts) and starts[k] < end:
            if ends[k] <= end or self.d.speech_re.match(self.norm, starts[k], end):
                return True
            k += 1
        return False

    HEAD_SAYS_JOINT = re.compile(r";\s|,\s|\s(?:as|while)\s")
    """Where a headline's first clause ends before another subject speaks: "India seizes 19
    fishermen; Islamabad says ...", "Singapore protests buoys, Kuala Lumpur says ..." (words18)."""

    def _headline_speech(self, line: Line) -> bool:
        """ "Officials warn 'Q1' as 'Q2'", "Diplomat says Ankara will ...": the subject's words."""
        t, base = line.text, line.start
        verbs = self.d.alt["headline_speech"]
        hm = self.d.pattern("headline_speech", lambda: r"\s*(.+?)\s+(" + verbs + r")\s+(.+)$").match(t)
        if not hm:
            return False
        joint = [j.end() for j in self.HEAD_SAYS_JOINT.finditer(hm.group(1))]
        if joint and self.mentions_in(base + joint[-1], base + hm.end(1)):
            return False  # "X seizes Y; Z says W": the article's report, then Z's words (see _clauses)
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
        """Reported speech in one sentence; the first rule that applies wins.

        Not in a sentence that starts inside a quotation: that is the quotation's job."""
        if '"' in line.text and any(  # (no quotation mark: no quotation)
            line.start + q.start() < ss < line.start + q.end() - 1 for q in self.quotes_of(n)
        ):
            return
        for rule in ClaimRules.INDIRECT_RULES:  # (functions, not eleven bound methods made per sentence)
            drafted = len(self.claims)
            if rule(self, line, n, ss, se, voice):
                if rule in ClaimRules.PART_RULES:
                    self._speech_before(line, n, ss, se, voice, drafted)
                return

    CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+")
    """ "Bill Peel": a name the actors may not know, another subject all the same."""
    NO_SAYER = re.compile(
        r"\b(?:[Nn]either|nor|[Nn]o\s+one|[Nn]obody|[Nn]one|not|never)\b"
        r"|\b(?:who|which|whom)\s+(?:[a-z]+\s+){0,2}$|\bthat\s+$"
    )
    """Before the first verb of saying of :meth:`_speech_before`'s clause: no one says it (a negation),
    or the verb opens a relative clause of the subject ("X, who said he ..., described ...")."""
    LEAD_TO_PART = re.compile(
        r"(?:,?\s+(?:in|because\s+of|before|after|for|over|with|as|and|but|which|who|what|whom|it|he|she|they"
        r"|has|had|have|also|then|of|on|by|to|according))+\s*$"
        r"|,\"?\s+according\s+to\s+[^,\"]{2,80},?\s*$"  # '..., according to the daily X, which ...'
        r"|,\"?\s+(?:and|but|while|whereas)\s+(?P<other>[^,\"]{2,60})(?:,[^\"]{0,160})?$"
    )
    """What leads from a clause said to the part a rule drafted after it: "..., in what it", ", which
    it", "because of", "before", ", according to the daily X," (the outlet, found for the claim
    later by :meth:`outlets_named`), or ", and Y (, as quoted by Z)", another subject whose verb the
    rule's claim holds; the clause said ends before it (:meth:`_speech_before`)."""

    def _speech_before(self, line: Line, n: int, ss: int, se: int, voice: _Voice, drafted: int) -> None:
        """A sentence whose label or accusation a rule drafted from the middle on ('X said on Friday
        that A, in what it called "B"', 'X told Y that A and that C before blaming Z for D'): the
        speech clause before the first claim that rule drafted is the same sentence's other words,
        drafted as :meth:`_speech_clause` drafts them (its guards hold: a quotation before the verb,
        an act, a clause already covered, no speaker found: nothing)."""
        new = [c.start for c in self.claims[drafted:] if ss < c.start < se]
        if not new:
            return
        at = min(new)
        if at - ss < 24 or not self._speaks(ss, at):
            return
        verb = self.d.speech_re_any.search(self.norm, ss, at)
        if verb is None or self.NO_SAYER.search(self.norm, ss, verb.start()):
            return  # "Neither A nor B has acknowledged ...", "X, who said A, described ...": no clause said
        lead = self.LEAD_TO_PART.search(self.norm, ss, at)
        if (
            lead is not None
            and lead.group("other")
            and not self._names_someone(*lead.span("other"))
            and not self.CAPITALISED_NAME.fullmatch(lead.group("other"))
            and not self._speaks(lead.end("other"), lead.end())
        ):
            lead = None  # ", and then in May": no other subject
        end = lead.start() + 2 * self.norm.startswith(',"', lead.start()) if lead else at
        self._speech_clause(line, n, ss, end, voice)  # ('"B," and Y ...': the closing mark stays)

    CHARGE_THAT = re.compile(
        r"(?P<subj>[^\"]{2,120}?)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:repeated|repeats|renewed|renews"
        r"|echoed|echoes|made|makes|levell?ed|levels|voiced|voices|reiterated|reiterates|pressed|presses|aired|airs)"
        r"\s+(?:(?:the|a|an|its|his|her|their|[\w.'-]+(?:'s|s'))\s+){0,2}(?:[\w-]+\s+){0,2}?"
        r"(?:charges?|accusations?|claims?|allegations?)\s+that\s+(?=\S)"
    )
    """ "X repeated the junta's charge that A", "Y renewed claims that B": the charge is X's now."""
    CHARGE_THAT_WORDS = required(CHARGE_THAT.pattern) or ("",)
    """Words one of which every match holds ("charge", "claim", ...): the quick test before it."""

    RELATIVE_SAID = re.compile(opening(
        r"(?:\b(?:that|which|who)\s*,?\s+|(?<=[a-z]) )(?P<who>he|she|it|they)\s+"
        r"(?:said|says|say|claimed|claims|alleged|alleges),?\s+(?=(?:was|were|is|are|had|has|have|would|will)\s)"
    ))

    def _relative_said(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> None:
        """ "an alliance that, they said, was turning the Gulf into ...", "al-Fashaga, which it says was
        seized ...", "fishermen it said were detained ...": the relative clause's predicate is the
        pronoun's words (whoever drafted the rest of the sentence)."""
        st = self.norm[ss:se]
        if " said" not in st and " say" not in st and " claim" not in st:
            return  # (the quick test)
        rm = self.RELATIVE_SAID.search(self.norm, ss, se)
        if rm is None or self.norm[ss : rm.start()].count('"') % 2:
            return
        end = self._reported_end(rm.end(), se)
        if self.covered(rm.end(), end):
            return
        who = self.pronoun_at(rm.start("who"), n, voice, rm.group("who"))
        if who is not None and who != "article":
            self.add_claim(who, rm.end(), end, form=line.form, direct=False)

    WHICH_SAID = re.compile(r",\s+(?:which|who)\s+(?:said|says|added|reported)\s+(?:that\s+)?(?=[\w\"])")
    """ "..., the daily La Nouvelle Tribune, which said A", "..., a civil society leader in X, who said A"."""

    def _which_said(self, line: Line, ss: int, se: int) -> None:
        """ "one trader told the daily X, which said A", "denied by the Commission, which said A": a
        relative clause on an actor named right before it reports that actor's words, A (to the
        sentence's end, or where reported speech stops short of it)."""
        if ", wh" not in self.norm[ss:se]:
            return  # (the quick test)
        for wm in self.WHICH_SAID.finditer(self.norm, ss, se):
            if self.norm[ss : wm.start()].count('"') % 2:
                continue  # inside a quotation
            named = [m for m in self.mentions_in(ss, wm.start()) if m.end == wm.start()]
            end = self._reported_end(wm.end(), se)
            if named and not self.covered(wm.end(), end):
                self.add_claim(named[-1].actor, wm.end(), end, form=line.form, direct=False)

    APPOSITIVE_SAID = re.compile(
        r",\s+(?:(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that\s+|which\s+)?|or\s+[\w-]+,\s+as\s+)"
        r"(?P<subj>(?!(?:after|before|since|when|as|in|on|at|for|of|with|by|to|from)\b)[^,;\"]{2,50}?)\s+"
        r"(?:\w+ly\s+)?(?:call|calls|called|describes?|described|concedes?|conceded|notes?|noted|considers?"
        r"|considered)\s+(?=\S)"
    )
    """An appositive that gives someone's view of the words before it (not "..., a charge Rwanda
    denies.": curated as the article's report of a denial)."""

    def _appositive_said(self, line: Line, n: int, ss: int, se: int) -> None:
        """ '..., a figure Argentine officials call "pure speculation."', '..., an accusation Brasilia
        rejected as "fantasy."', '..., one that Iraqi officials privately concede is not wrong.': an
        appositive that gives someone's view of the words before it is their claim, from the
        appositive's first word to the sentence's end."""
        st = self.norm[ss:se]
        if ", " not in st or not any(w in st for w in (" call", " describ", " conced", " consider", " note")):
            return  # (the quick test: no verb the pattern needs)
        for am in self.APPOSITIVE_SAID.finditer(st):
            a = ss + am.start() + 2
            if st[: am.start()].count('"') % 2 or self.covered(a, se):
                continue
            who, near = self.subject(ss + am.start("subj"), ss + am.end("subj"), _Voice())
            if who is not None and who != "article" and near:
                self.add_claim(who, a, se, form=line.form, direct=False)
            return

    def _charge_that(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X repeated (Y's) charge that CLAUSE": CLAUSE is X's allegation (whoever made it first)."""
        st = self.norm[ss:se]
        if "that" not in st or not may_hold(self.CHARGE_THAT_WORDS, st, caseless=False):
            return False  # (the pattern below cannot match)
        lead = self._dateline(line) if ss == line.start else 0
        cm = self.CHARGE_THAT.match(st, lead)
        if not cm or self.covered(ss + cm.end(), se):
            return False
        who, near = self.subject(ss + lead, ss + cm.end("subj"), voice)
        if who is None or who == "article" or not near:
            return False
        if self.add_claim(who, ss + cm.end(), se, form=line.form, direct=False, status="alleged"):
            voice.said(who, n)
        return True

    ACCORDING_TO = re.compile(r"\baccording to\s+", re.I)
    WHICH_OR_WHOM = re.compile(r"wh(?:ich|om)\s+")
    MEDIA_NOUN_AFTER = re.compile(
        r"\s+(?:news\s+(?:site|agency|portal|website|outlet)|newspaper|daily|weekly|website|broadcaster|channel"
        r"|television|radio|magazine|outlet|portal|tabloid)\b"
    )
    """The media noun after an outlet's name ("the TSA news site", "the Kommersant daily")."""

    def _according_to(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "According to X(, a title,) (as quoted in Y), CLAUSE." """
        st = self.norm[ss:se]
        if st.isascii() and "according to" not in st.lower():
            return False  # no match below (under re.I an ASCII text matches where its lower case does)
        acc = self.ACCORDING_TO.search(st)
        held = self.INFORMATION_HELD.match(st, acc.end()) if acc and acc.start() < 12 else None
        if held and not self.covered(ss + held.end(), se):  # "According to information available to
            # the Ministry, A is said to ...": no source named, the issuer passes A on (audit21)
            end = self._reported_end(ss + held.end(), se)
            self.add_claim(
                self.unknown(), ss + held.end(), end, form=line.form, direct=False, status="alleged"
            )
            return True
        rel = self.WHICH_OR_WHOM.match(st, acc.end()) if acc else None
        if rel is not None:  # "remarks attributed by Y to X, according to whom A" too (words22)
            return self._according_to_which(line, n, ss, ss + acc.start(), ss + rel.end(), se, voice)
        if acc and re.search(r"\b(?:that|which|who)\s*,\s*$", st[: acc.start()]):
            return False  # "a phrase that, according to X, drew a protest": an aside, not the claim's source
        ms = self.mentions_in(ss + acc.end(), se) if acc else []
        comma = st.find(",", acc.end()) if acc else -1
        unnamed = self._source_named(ss + acc.end(), ss + comma) if acc and comma != -1 else None
        close = self.PEOPLE_CLOSE.fullmatch(st, acc.end(), comma if comma != -1 else len(st)) if acc else None
        if close is not None and not unnamed:  # "..., according to two people close to the ministry."
            words = self.text[ss + close.start(1) : ss + close.end(1)].translate(FOLD)  # (audit20c)
            unnamed = self._unnamed_source(words, (ss + close.start(1), ss + close.end(1)),
                                           "A source the article does not name.")
            comma = comma if comma != -1 else acc.start() + len(st[acc.start() :].rstrip(" ."))
        office = None if not acc or comma == -1 or unnamed else self._office_named(ss + acc.end(), ss + comma)
        if office is not None:  # "according to South Sudan's information minister, who ...": the minister
            unnamed = office
        if unnamed:  # "According to diplomats in Belgrade, ...": the diplomats, not Serbia
            ms = [Mention(ss + acc.end(), ss + comma, unnamed)]
        elif acc and not ms and comma != -1 and (known := self.described(ss + acc.end(), ss + comma)):
            ms = [Mention(ss + acc.end(), ss + comma, known)]  # "According to the ministry, ...": the one
            # named so last
        # "According to the General Company for Ports of Iraq, ...": a body the gazetteer does not know,
        # by its name, though a place opens it (not "Defense Secretary Donald Rumsfeld": a person in it)
        body = self.BODY_NAMED.match(self.norm, ss + acc.end(), se) if acc else None
        inside = self.mentions_in(*body.span(1)) if body else []
        people = [m for m in inside if self.actors[m.actor]["type"] == "person"]
        if body and not (ms and ms[0].start <= body.start(1) and ms[0].end >= body.end(1)) and not people:
            s, e = body.span(1)
            name = self.text[s:e]
            ms = [Mention(s, e, self.add_actor(slug(name), surface=(s, e), type="organization", label=name))]
        if not ms:  # "..., according to a statement.": the subject's own
            return bool(acc) and (
                self._own_statement(line, n, ss, ss + acc.start(), ss + acc.end(), se, voice)
                or self._according_to_unnamed(line, ss, ss + acc.start(), ss + acc.end(), se)
            )
        sp = next((m for m in ms if self.actors[m.actor]["type"] == "person"), ms[0])
        cursor = sp.end - ss
        if self.actors[sp.actor]["type"] == "media" and (nm := self.MEDIA_NOUN_AFTER.match(st, cursor)):
            cursor = nm.end()  # "According to the TSA news site, A": the outlet's name, then what it is
        pre = st[: acc.start()]
        if (
            self.actors[sp.actor]["type"] == "media"
            and pre.rstrip().endswith(",")
            and self.d.speech_re.search(pre)
            and self._media_aside(line, n, ss, ss + acc.start(), ss + cursor, se, voice, sp.actor)
        ):
            return True
        if (
            len(pre.split()) >= 3
            and pre.rstrip().endswith(",")
            and not re.search(r"\b(?:and|but|or|yet)\s*,\s*$", pre)  # "... and, according to X, B"
            and not self.attributed(ss, ss + acc.start())
            and not self._lead_without_verb(pre, st, cursor)
        ):
            # "No shots were fired, according to the army, which said B": the clause before is X's
            lead = self._dateline(line) if ss == line.start else 0
            if self.add_claim(sp.actor, ss + lead, ss + len(pre.rstrip()), form=line.form, direct=False):
                voice.said(sp.actor, n)
            wm = self.d.pattern(
                "according_to.which_said",
                lambda: r"\s*,\s*which\s+(?:" + self._speech() + r")\s+(?:that\s+)?",
            ).match(st[cursor:])
            if wm and not self.covered(ss + cursor + wm.end(), se):
                self.add_claim(sp.actor, ss + cursor + wm.end(), se, form=line.form, direct=False)
            return True
        via = None
        kind = self.KIND_AFTER_NAME.match(st, cursor)  # "According to the Politico news site, ..."
        cursor = kind.end() if kind else cursor
        cited = self._which_cited(ss, cursor, se, sp) if "cit" in st or "quot" in st else None
        if cited is not None:  # "According to X, which cited two government sources, A": theirs
            sp, via, cursor = cited
        pm = re.match(r"\s*\(([^)]*)\)", st[cursor:]) or re.match(
            r"\s*,\s*(?:as\s+)?(?:quoted|reported|cited)\s+(?:in|by)\s+[^,]{2,60}(?=,)", st[cursor:]
        )  # "(as quoted in Y)" or ", as quoted in Y,"
        if pm:
            via = self.outlet_at(ss + cursor, ss + cursor + pm.end())
            cursor += pm.end()
        if self._appositive(st[cursor:]):  # ", a maritime analyst at ...": skip it
            nxt = st.find(",", cursor + 1 + len(re.match(r"\s*,", st[cursor:]).group()))
            cursor = nxt if nxt != -1 else cursor
        elif re.match(r"\s*,\s*who\s+[^,\"]{3,100},", st[cursor:]):  # ", who spoke on condition of anonymity"
            cursor = st.find(",", cursor + 1 + len(re.match(r"\s*,", st[cursor:]).group()))
        cm = re.match(r"\s*,\s*", st[cursor:])
        if not cm:
            return False
        end = self._reported_end(ss + cursor + cm.end(), se)  # "According to X, A; I will believe it": A
        if self.add_claim(sp.actor, ss + cursor + cm.end(), end, form=line.form, direct=False, via=via):
            voice.said(sp.actor, n, via)  # a quote that carries on came through the same outlet
        return True

    ACCORDING_TO_UNNAMED = re.compile(
        r"(?:(?:an?|some|two|three|several)\s+)?(?P<words>(?!(?:the|its|their|his|her|our)\s)(?:[\w-]+\s+){0,3}?"
        r"(?P<head>[a-z][\w-]*))"
        r"(?:\s+(?:who|which|that|seen|prepared|obtained|released|collected|published|quoted)\b[^;\"]{0,120})?"
        r"\s*[.!]?\s*"
    )
    PAPER_HEAD = re.compile(
        r"(?:documents?|papers?|reports?|assessments?|stud(?:y|ies)|surveys?|records?|files?|estimates?"
        r"|figures|data|analys[ie]s|memos?|cables?|letters?|findings|research|polls?|accounts?|statements?"
        r"|websites?|sites?|images|photos|footage|videos?|pictures|maps?|results|projections|logs?|tallies|counts?)$"
    )

    def _according_to_unnamed(self, line: Line, ss: int, at: int, after: int, se: int) -> bool:
        """ "CLAUSE, according to an engineer who works on the network." with no actor named in the
        words after "according to" (a relative clause may name one), no "the" or "its" (the one
        named before: other rules'): the unnamed source as the text words it, CLAUSE reported
        (lee27). Not a paper ("according to court documents", "Thai customs figures": whose it is,
        and whether the article's own, the curators judge case by case); nor words already drafted."""
        pre = self.norm[ss:at]
        um = self.ACCORDING_TO_UNNAMED.fullmatch(self.norm, after, se)
        if um is None or len(pre.split()) < 3 or not pre.rstrip().endswith(","):
            return False
        named = [m for m in self.mentions_in(*um.span("words")) if self.actors[m.actor]["type"] != "state"]
        if named or self.PAPER_HEAD.match(um.group("head")):  # ("a British Islamic leader": one person)
            return False  # (a paper: whose it is, the article may say or not, "figures" its own)
        lead = self._dateline(line) if ss == line.start else 0
        end = ss + len(pre.rstrip(" ,"))
        if self.covered(ss + lead, end) and any(
            c.start < end and ss + lead < c.end and c.speaker != "article" for c in self.claims
        ):
            return False
        self.claims = [c for c in self.claims if not (c.start < end and ss + lead < c.end)]
        a, b = um.span("words")
        words = self.text[a:b].translate(FOLD)
        who = self._unnamed_source(words, (a, b), "A source the article does not name.")
        return self.add_claim(who, ss + lead, end, form=line.form, direct=False) is not None

    WHICH_CITED = re.compile(r"\s*,\s*which\s+(?:cited|quoted)\s+([^,\"]{2,80}?)(?=\s*,)")

    def _which_cited(self, ss: int, cursor: int, se: int, outlet: Mention) -> tuple[Mention, str, int] | None:
        """ "According to the daily X, which cited two government sources, A": the sources named in
        the relative clause speak, through X (claims29): "which" cites, an outlet or a body (though the
        actor rules may have taken X's name for a person's); the source as a mention, X and where
        the clause ends; None when the clause names no source."""
        wm = self.WHICH_CITED.match(self.norm, ss + cursor, se)
        if wm is None:
            return None
        a, b = wm.span(1)
        who = self._source_named(a, b) or self._office_named(a, b) or self.speaker_at(a, b)
        if who is None or who == outlet.actor:
            return None
        return Mention(a, b, who), outlet.actor, wm.end() - ss

    TIME_LEAD = re.compile(
        r"(?:[A-Z][A-Z .'-]+,[^-\u2013\u2014]*[-\u2013\u2014]+\s*)?"  # (a dateline)
        r"(?:By|On|In|At|Since|Until|After|Before|During|Over|Within|Earlier|Later|Last|Late|Early|As\s+of)"
        r"\s[^,;\"]*,\s*$"
    )
    """ "By Thursday evening, according to X, A": a time or place that opens the sentence, not a clause."""
    PREDICATE_FIRST = re.compile(
        r"\s*,\s*(?:(?:also|still|now|then|already|later|\w+ly)\s+)?"
        r"(?:has|have|had|is|are|was|were|will|would|could|may|might|can|did|does|do|[a-z]{2,}ed)\s"
    )
    """ ", according to X, has agreed ...", "..., removed the beacon": the words after the source start
    with a verb, so the words before it are the subject, not a clause of their own."""
    AUXILIARY = re.compile(
        r"\b(?:is|are|was|were|has|have|had|will|would|could|may|might|can|did|does|do|said|says)\b"
    )

    def _lead_without_verb(self, pre: str, st: str, cursor: int) -> bool:
        """Are the words before ", according to X," no clause of their own, so that the claim is the
        clause after the source: a time that opens the sentence ("By Thursday evening, according to
        drivers, the barrier was still down": the barrier's state is the drivers' words), or the
        subject of a verb after it ("..., and its crew, according to the ministry, removed the
        beacon": the removal is the ministry's words) (claims24)."""
        piece = re.split(r",\s+(?:and|but)\s+|;\s+", pre)[-1]
        if self.AUXILIARY.search(piece) or piece.count('"') % 2:
            return False
        if self.TIME_LEAD.fullmatch(piece):
            return True
        return len(piece.split()) <= 6 and self.PREDICATE_FIRST.match(st, cursor) is not None

    INFORMATION_HELD = re.compile(
        r"(?:the\s+)?(?:information|reports|intelligence)\s+(?:available\s+to|received\s+by|in\s+the\s+possession"
        r"\s+of|obtained\s+by|gathered\s+by)\s+(?:the\s+)?[^,;\"]{2,60},\s*"
    )
    """ "According to information available to the Ministry, ...", "According to reports received by
    the Government, ...": what an issuer heard from no one it names (statements in dr-, dt-, du-,
    dv-, dx-, dy-): an allegation in no one's name, never the issuer's fact."""

    OWN_DOCUMENT = re.compile(
        r"(?:an?|the|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|communiqu[e\u00e9]|readout"
        r"|press\s+release|news\s+release)(?:\s+(?:released|issued|posted|published)\b[^,;\"]{0,40})?"
        r"\s*[.!]?\s*$"
    )
    """ "according to a statement", "according to its communique": a document of no one named."""

    def _own_statement(
        self, line: Line, n: int, ss: int, at: int, after: int, se: int, voice: _Voice
    ) -> bool:
        """ "The Thai cabinet urged Cambodia to ..., according to a statement.": the statement is the
        subject's own, so the claim is the subject's, from its verb to the comma (as curators quote
        "urged Beijing to ..."); not the article's, nor a cut after the verb (audit20b)."""
        if not self.OWN_DOCUMENT.match(self.norm, after, se) or self.norm[ss:at].rstrip()[-1:] != ",":
            return False
        who = self._sentence_subject(ss, at)
        kinds = ("state", "person", "government-body", "armed-force", "organization")
        if who is None or self.actors[who]["type"] not in kinds:
            return False
        subj = next(m for m in self.mentions_in(ss, at) if m.actor == who)
        start = subj.end + len(self.norm[subj.end : at]) - len(self.norm[subj.end : at].lstrip(" ,"))
        end = ss + len(self.norm[ss:at].rstrip(" ,"))
        if end - start < 8 or "," in self.norm[subj.end : start]:
            return False
        if self.add_claim(who, start, end, form=line.form, direct=False):
            voice.said(who, n)
        return True

    PEOPLE_CLOSE = re.compile(
        r"\s*(?:(?:two|three|four|several|some|many|the)\s+)?((?:[\w-]+\s+)?(?:people|persons|sources|insiders)"
        r"\s+(?:close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of)\s+[^,;\"]{2,60}?)\s*[.;]?\s*"
    )
    """ "according to two people close to the Uzbek foreign ministry": unnamed people, not the body
    they are close to (which the words name), nor nobody when what they know names no actor."""

    KIND_AFTER_NAME = re.compile(
        r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:site|website|portal|newspaper|paper|daily|weekly|magazine|agency"
        r"|broadcaster|channel|outlet|tabloid)(?=\s*,)"
    )
    """What kind of outlet the name before it is ("the Politico news site", "the Kathimerini daily"):
    part of the source's name, not of what it says (audit19c)."""

    def _media_aside(
        self, line: Line, n: int, ss: int, at: int, cursor: int, se: int, voice: _Voice, outlet: str
    ) -> bool:
        """ "X said A, according to the Anadolu Agency, but would B": the outlet carried X's words, A
        and B both X's (not the outlet's own)."""
        tail = re.match(r"\s*,\s*(?:(?:and|but)\s+)?", self.norm[cursor:se])
        if tail is None:
            return False
        vm = self.d.speech_re.search(self.norm, ss, at)
        who, _near = self.subject(ss, vm.start(), voice) if vm else (None, False)
        if vm is None or who is None or self.actors.get(who, {}).get("type") == "media":
            return False
        start = vm.end() + len(re.match(r"\s*(?:that\s+)?", self.norm[vm.end() : at]).group())
        a = self.norm[start:at]  # (not "told reporters, according to TASS,": no words there)
        if len(a.split()) >= 3 and self.add_claim(who, start, at, form=line.form, direct=False, via=outlet):
            voice.said(who, n, outlet)
        b = cursor + tail.end()
        if b < se and not self.covered(b, se):
            self.add_claim(who, b, se, form=line.form, direct=False, via=outlet)
        return True

    SOURCE_OF_WORDS = re.compile(
        r"\b(?:(?:attributed|ascribed)(?:\s+by\s+[^,]{2,60}?)?\s+to|citing|quoting"
        r"|(?P<noun>statements?|remarks|reports?|claims?|comments|allegations?|accounts?|communiqu[eé]s?)"
        r"(?:\s+(?:issued|made|published|released|posted|sent))?(?:\s+(?:on|last)\s+\w+)?\s+(?:by|of|from))\s+"
        r"(?P<src>[^,]{2,80}?)(?=\s*,|\s+(?:carried|published|reported|posted|issued|on|in|last)\b|$)"
    )
    """ "the statement issued on Wednesday by X", "remarks attributed by TASS to X", "a report ...,
    citing X": who the words "according to which" introduces are."""

    NOT_NAMED = re.compile(r"\s+who\s+(?:was|were)\s+not\s+(?:named|identified)")

    def _according_to_which(
        self, line: Line, n: int, ss: int, at: int, start: int, se: int, voice: _Voice
    ) -> bool:
        """ "... the statement of X carried by Y, according to which CLAUSE": X's words (a report's
        are alleged), through Y when a medium carried them."""
        found = list(self.SOURCE_OF_WORDS.finditer(self.norm, ss, at))
        if not found or self.covered(start, se):
            return False
        sm = next((m for m in found if m.group("noun") is None), found[-1])  # "attributed to", "citing" first
        a, b = sm.span("src")
        unnamed = self.NOT_NAMED.search(self.norm, a, b)  # "to officials in New Delhi who were not named"
        b = unnamed.start() if unnamed is not None and unnamed.end() == b else b
        people = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] == "person"]
        named = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] != "media"]
        of = self.norm.find(" of ", a, b)  # "a senior official of the Greek ministry": the official
        who = (people or [None])[0] and people[0].actor
        who = who or self._source_named(a, b) or (of != -1 and self._source_named(a, of)) or None
        who = who or (named[0].actor if named else None)
        if who is None:
            return False
        reports = re.search(r"\b(?:reports?|claims?|allegations?)\b", self.norm[ss:at])
        via = next((m.actor for m in self.mentions_in(ss, at)
                    if self.actors[m.actor]["type"] == "media" and not a <= m.start < b), None)  # fmt: skip
        end = self._reported_end(start, se)
        status = "alleged" if reports else None
        if self.add_claim(who, start, end, form=line.form, direct=False, via=via, status=status):
            voice.said(who, n, via)
        return True

    REPORTED_WHEN = r"(?:\s+(?:on|in|at|last|this|earlier|later|late|early)\b(?:\s+[\w'-]+){0,3}?)?"
    """ "reported on Saturday evening that", "said on its website that", "wrote later that": when or
    where, between the verb and its "that" (claims24)."""
    REPORTED_THAT = re.compile(
        r"\s(?:reported|reports|said|says|wrote|writes)" + REPORTED_WHEN + r"\s+that\s"
    )
    """What the last pattern of :meth:`_citing` holds, whatever else it matches."""

    BODY_NAMED = re.compile(
        r"(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+(?:of|for|and|on|de|the)\s+[A-Z][\w'\u2019-]+|\s+[A-Z][\w'\u2019-]+)+)"
        r"(?=\s*[,.]|\s+\()"
    )
    """ "the General Company for Ports of Iraq", "the Gambia Chamber of Commerce and Industry": a body's
    name of two capitalised words or more, up to a comma."""

    CITED_PAPER = re.compile(r"\b(?:copy|copies|documents?|letter|contract|memo|records|minutes|draft)\b")
    """What an outlet cites that is a paper, not a person ("citing a copy of the contract")."""

    CITING_FIRST = re.compile(
        r"\s*(?:Citing|Quoting)\s+(?P<src>[^,\"]{2,80}),\s+(?P<outlet>[^,\"]{2,60}?)\s+(?:reported|reports|said|says"
        r"|wrote|writes)(?:\s+(?:on|in|at|last|this)\s+\w+)?,?\s+(?:that\s+)?(?=\S)"
    )
    """ "Citing Sudanese diplomatic sources, the daily Y reported that CLAUSE": the sources' words."""

    CITING_AFTER = re.compile(
        r"(?P<outlet>[^,]{2,60}?)\s+(?:reported|reports|said|says|wrote|writes)"
        + REPORTED_WHEN + r",?\s+(?:citing|quoting)\s+"  # "reported on Tuesday, citing"
        r"(?P<src>[^,]{2,80}),\s+(?:that\s+)?(?!(?:though|although|but|while|whereas)\b)"
    )  # (not "..., citing X, though the ministry would not confirm it": what is cited came first)
    """ "Y reported, citing X, that CLAUSE"."""
    CITING_BEFORE = re.compile(
        r"(?P<outlet>[^,]{2,60}?),\s+(?:citing|quoting)\s+(?P<src>[^,]{2,80}),\s+"
        r"(?:reported|reports|said|says|wrote|writes|added|adds)(?:" + REPORTED_WHEN + r",?\s+that\s+|\s+)"
    )
    """ "Y, citing X, reported (on Saturday) that CLAUSE"."""
    CITING_AFTER_HINT = re.compile(
        r"\s+(?:reported|reports|said|says|wrote|writes)" + REPORTED_WHEN + r",?\s+(?:citing|quoting)\s"
    )
    CITING_BEFORE_HINT = re.compile(
        r",\s+(?:citing|quoting)\s+[^,]{2,80},\s+(?:reported|reports|said|says|wrote|writes|added|adds)\s"
    )
    """What follows the outlet in :attr:`CITING_AFTER` and :attr:`CITING_BEFORE`: their quick tests,
    and where they may start (the outlet, 2 to 60 characters, ends where the hint's first match
    begins or later). Searched from every start, with every outlet length, they took 0.2 ms a sentence."""

    def _citing(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "Y reported, citing X, that CLAUSE": X's claim, through the outlet Y."""
        st = self.norm[ss:se]
        if "iting " not in st and "uoting " not in st:
            return False
        cm = self.CITING_FIRST.match(st)
        if cm is None and (hint := self.CITING_AFTER_HINT.search(st)):
            cm = self.CITING_AFTER.search(st, max(0, hint.start() - 60))
        if cm is None and (hint := self.CITING_BEFORE_HINT.search(st)):
            cm = self.CITING_BEFORE.search(st, max(0, hint.start() - 60))
        start, end = (ss + cm.end(), se) if cm else (0, 0)
        if cm:
            src = (ss + cm.start("src"), ss + cm.end("src"))
            end = self._reported_end(start, se)  # (not ", a claim X called slander": X's, see below)
        else:  # "Y, which ..., reported that CLAUSE, citing (the navy commander,) X."
            cm = self.REPORTED_THAT.search(st) and re.search(  # (the quick test first: this pattern
                # tries every start, every outlet and every clause length, a millisecond a sentence)
                r"(?P<outlet>.{2,120}?),?\s+(?:reported|reports|said|says|wrote|writes)" + self.REPORTED_WHEN
                + r"\s+that\s+"
                r"(?P<clause>.+?),?\"?,?\s+(?:citing|quoting)\s+(?P<src>.{2,120}?)\s*[.!]?\s*$",
                st,
            )
            if not cm:
                return self._cited_last(line, n, ss, se, voice)
            start, end = ss + cm.start("clause"), ss + cm.end("clause") + (st[cm.end("clause")] == '"')
            src = (ss + cm.start("src"), ss + cm.end("src"))
            people = [x for x in self.mentions_in(*src) if self.actors[x.actor]["type"] == "person"]
            if people:
                src = (people[-1].start, people[-1].end)  # "the navy commander, Rear Admiral X": X
        if self.covered(start, end):
            return False
        a, b = src
        if called := self.CALLED_SOURCE.match(self.norm, a, b):  # "citing what it called an informed
            a = called.end()  # source": the source, in the outlet's words (claims24)
        if unnamed := self.UNNAMED_AFTER.search(self.norm, a, b):  # "citing officials it did not name"
            b = unnamed.start()
        people = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] == "person"]
        who = people[0].actor if people else self._source_named(a, b) or self.speaker_at(a, b)
        paper = who is None and self.CITED_PAPER.search(self.norm, a, b)
        if who is None and not paper:  # "citing border guards at Medininkai": sources it does not name
            who = self._cited(a, b)
        if paper:  # "The Paris-based magazine said, citing a copy of the contract, that ...": a document
            # speaks through no one; the outlet that read it says so
            who = self.subject(ss + cm.start("outlet"), ss + cm.end("outlet"), voice)[0]
        if who is None:
            return False
        via = None if paper else self.outlet_at(ss + cm.start("outlet"), ss + cm.end("outlet"))
        made = [  # "citing UN sources, that A, and that B": two claims
            self.add_claim(who, a, b, form=line.form, direct=False, via=via)
            for a, b in self.speech_pieces(start, end)
        ]
        if any(made):
            voice.said(who, n, via)
            if end < se and self.CONTESTED_TAIL.match(self.norm, end, se):  # ", a claim Seoul would not
                for c in made:  # confirm": the words stay an allegation, as in one span (claims24)
                    if c is not None:
                        c.status = "alleged"
            if end < se and not self.covered(end, se):  # ", a claim the government called slander"
                self._characterised(line, n, end, se, voice)
        return True

    CONTESTED_TAIL = re.compile(
        r",\"?\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:claims?|charges?|accusations?|allegations?|accounts?|reports?"
        r"|assertions?|versions?)\b"
    )
    """ ", a claim the JCS would neither confirm nor deny": what comes after the words contests them."""
    CALLED_SOURCE = re.compile(
        r"\s*what\s+(?:it|he|she|they|the\s+[\w-]+)\s+(?:called|calls|described\s+as|termed)\s+"
    )
    UNNAMED_AFTER = re.compile(
        r"\s+(?:(?:it|he|she|they)\s+did\s+not\s+name|(?:who|that)\s+(?:were|was)\s+not\s+named)\s*[.!]?\s*$"
    )

    CITED_LAST = re.compile(
        r"(?P<clause>[^\"]+?),\s+(?P<outlet>(?:the\s+)?(?:[\w.'-]+\s+){0,5}?[\w.'-]+)\s+(?:reported|reports)"
        + REPORTED_WHEN + r",\s+citing\s+(?P<src>[^,]{2,80}?)"
        r"(?:,\s+(?:though|although|but)\s+[^\"]*?)?\s*[.!]?\s*$"
    )
    """ "X did Y, the daily Diena reported, citing security officials.": the officials' words, through
    the outlet (what may follow, ", though the ministry would not confirm it", is the article's)."""

    def _cited_last(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "CLAUSE, Y reported, citing X.": X's claim, through the outlet Y."""
        cm = self.CITED_LAST.match(self.norm, ss, se)
        if cm is None or self.covered(cm.start("clause"), cm.end("clause")):
            return False
        via = self.outlet_at(cm.start("outlet"), cm.end("outlet"))
        name = re.fullmatch(r"(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})", cm.group("outlet"))
        if via is None and name:  # "the Sankei Shimbun reported, citing ...": one who reports so is an outlet
            s, e = cm.start("outlet") + name.start(1), cm.start("outlet") + name.end(1)
            label = self.text[s:e].translate(FOLD)
            via = self.add_actor(slug(self.text[s:e]), surface=(s, e), type="media", label=label)
        who = self._cited(cm.start("src"), cm.end("src")) if via is not None else None
        lead = self._dateline(line) if ss == line.start else 0
        if who is None or not self.add_claim(
            who, cm.start("clause") + lead, cm.end("clause"), form=line.form, direct=False, via=via
        ):
            return False
        voice.said(who, n, via)
        return True

    def _cited(self, start: int, end: int) -> str | None:
        """The source an outlet cites ("citing a Qatari diplomat", "citing relatives of the men",
        "citing soldiers who were on the patrol"): a named actor, an unnamed official or diplomat,
        or else the people the words name, up to a clause of their own."""
        ms = [m for m in self.mentions_in(start, end) if self.actors[m.actor]["type"] != "media"]
        named = self._source_named(start, end)
        if named is not None:
            return named
        close = self.PEOPLE_CLOSE.fullmatch(self.norm, start, end)
        if close is not None:  # "citing two people familiar with the request": those people, not
            s, e = close.span(1)  # the body they know about (claims24)
            return self._unnamed_source(self.text[s:e].translate(FOLD), (s, e), "A source an outlet cites.")
        if ms and re.fullmatch(r"\s*(?:the\s+)?", self.norm[start : ms[0].start]) and ms[0].end >= end - 1:
            return ms[0].actor  # "citing the Interior Ministry"
        words = re.match(
            r"\s*(?:(?:an?|the|some|several|two|three)\s+)?((?:[\w'-]+\s*){1,6}?)\s*(?:\bwho\b.*)?$",
            self.norm[start:end],
        )
        body = self.CITED_BODY.fullmatch(self.norm, start, end) if not ms else None
        if body is not None:  # "citing the General Directorate of Migration": a body by its name (audit21)
            s, e = body.span(1)
            name = self.text[s:e]
            return self.add_actor(slug(name), surface=(s, e), type="organization", label=name)
        head = words.group(1).split(" of ")[0] if words else ""
        title_at_end = self.d.pattern("claims.title_at_end", lambda: rf"\b(?:{self.d.title_alt})$")
        titled = bool(words) and " of " in words.group(1) and title_at_end.search(head)
        if words is None or not (re.search(r"s\b", head) or titled):
            return None  # a plural noun: "relatives of the men", "drivers at the border"; or a title
            # and whose it is: "an official of the customs officers' union" (audit21)
        s, e = start + words.start(1), start + words.end(1)
        return self._unnamed_source(self.text[s:e].translate(FOLD), (s, e), "A source an outlet cites.")

    CITED_BODY = re.compile(
        r"\s*(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+(?:of|for|and|on|de|the)\s+[A-Z][\w'\u2019-]+"
        r"|\s+[A-Z][\w'\u2019-]+)+)\s*"
    )
    """ "citing the General Directorate of Migration": a body's name of two capitalised words or more."""

    QUOTED_NAME_APPOSED = re.compile(
        r"\bquoted\s+(?P<src>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}),\s+[^,\"]{2,100}?,\s+as\s+saying\s+(?:that\s+)?"
    )
    """ "KCNA quoted Kim Yo Jong, the sister of leader Kim Jong Un, as saying": the name before the
    apposition, not the last one named in it (audit18d)."""

    def _quoted_as_saying(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X was quoted (by Y) as saying (that) CLAUSE": X's claim, through Y."""
        st = self.norm[ss:se]
        if " quoted " not in st:
            return False
        qm = re.search(
            r"\b(?:was|were|is|are)\s+quoted(?P<by>\s+(?:by|in)\s+[^,]{2,60}?)?\s+as\s+saying\s+(?:that\s+)?",
            st,
        )
        active = None if qm else re.search(  # "Y, which quoted a Thai official (who ...) as saying ..."
            r"\bquoted\s+(?P<src>(?:an?|the|two|three|several|some)\s+[^,]{2,80}?"
            r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}'s\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)"
            r"(?:\s+who\s+[^,]{2,50}?)?\s+as\s+saying\s+(?:that\s+)?",
            st,
        ) or self.QUOTED_NAME_APPOSED.search(st)
        if qm is None and active is None:
            return self._quoted_pronoun(line, n, ss, se, voice)
        if active and not self.covered(ss + active.end(), se):
            a, b = ss + active.start("src"), ss + active.end("src")
            src = (
                ("spokes" in self.norm[a:b] and self._spokesperson(a, b, []))  # "quoted a spokesperson for X"
                or self._source_named(a, b)
                or self._role_of(a, self.norm[a:b])  # "quoted an official at X's water ministry": one
                or self._office_named(a, b)
                or self.speaker_at(a, b)
            )
            if src is None:
                return False
            via = self.outlet_at(ss, ss + active.start()) or self.subject(ss, ss + active.start(), voice)[0]
            via = via if via and self.actors.get(via, {}).get("type") == "media" else None
            end = self._reported_end(ss + active.end(), se)  # (not ", without elaborating": the article's)
            pieces = self.speech_pieces(ss + active.end(), end)  # "as saying A and that B": two (words18)
            if any([self.add_claim(src, a, b, form=line.form, direct=False, via=via) for a, b in pieces]):
                voice.said(src, n, via)
            return True
        if not qm or self.covered(ss + qm.end(), se):
            return False
        who, _near = self.subject(ss, ss + qm.start(), voice)
        if who is None:
            return False
        via = self.outlet_at(ss + qm.start("by"), ss + qm.end("by")) if qm.group("by") else None
        pieces = self.speech_pieces(ss + qm.end(), self._reported_end(ss + qm.end(), se))
        if any([self.add_claim(who, a, b, form=line.form, direct=False, via=via) for a, b in pieces]):
            voice.said(who, n, via)
        return True

    QUOTED_PRONOUN = re.compile(
        r"\bquoted\s+(?P<pron>him|her)\s+as\s+(?:saying|telling\s+[^,\"]{2,40}?)"
        r"(?:\s+(?:after|on|at|in|during|before|late|earlier)\b[^,\"]{2,40}?)?\s+that\s+"
    )

    QUOTE_WHICH = re.compile(r"\",\s+which\b")

    def _quoted_pronoun(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "The daily X quoted him as saying (after the vote) that CLAUSE": the claim of whom "him"
        stands for (:meth:`pronoun_at`), through the outlet that quotes (claims29)."""
        qm = self.QUOTED_PRONOUN.search(self.norm, ss, se)
        if qm is None or self.covered(qm.end(), se):
            return False
        src = self.pronoun_at(qm.start("pron"), n, voice, "he" if qm.group("pron") == "him" else "she")
        if src is None or self.actors.get(src, {}).get("type") != "person":
            return False
        via = self.outlet_at(ss, qm.start()) or self.subject(ss, qm.start(), voice)[0]
        via = via if via and self.actors.get(via, {}).get("type") == "media" else None
        end = self._reported_end(qm.end(), se)
        aside = self.QUOTE_WHICH.search(self.norm, qm.end(), end)
        end = aside.start() + 1 if aside else end  # ('..."X", which Y ran under the headline': Y's act)
        pieces = self.speech_pieces(qm.end(), end)
        if any([self.add_claim(src, a, b, form=line.form, direct=False, via=via) for a, b in pieces]):
            voice.said(src, n, via)
        return True

    def _office_named(self, start: int, end: int) -> str | None:
        """ "Congo's mines minister", "South Sudan's information minister" as all of ``[start, end)``
        (after "quoted", "according to"): the holder of that office, an unnamed source of the state
        or organisation (see :meth:`_state_office`), not the state."""
        ms = self.mentions_in(start, end)
        if not ms or self.actors[ms[0].actor]["type"] in ("person", "media"):
            return None
        if not re.fullmatch(r"\s*(?:the\s+)?", self.norm[start : ms[0].start]):
            return None
        return self._state_office(ms[0], end)

    def _source_named(self, start: int, end: int) -> str | None:
        """ "U.S. officials", "a senior diplomat": a source the article does not name."""
        found = [m for m in self.mentions_in(start, end) if self.actors[m.actor].get("unnamed")]
        if found and re.fullmatch(r"\s*(?:\w+\s+)?", self.norm[start : found[0].start]):
            return found[0].actor  # the source the actor rules found in these words ("a lawyer for X")
        region = self.norm[start : start + 1].lower() + self.norm[start + 1 : end]  # "Officials in Suva say"
        dm = self.d.pattern(  # "diplomats in Belgrade", "officials in Nuku'alofa"
            "source_named",
            lambda: r"\s*(?:(?:an?|the|one|another|two|three|four|five|several|some|many|other)\s+)?"
            r"((?:[\w.-]+\s+){0,4}?(?:"
            + self.d.title_alt
            + r")(?:\s+(?:in|from|at|close\s+to|inside|within)\s+(?:the\s+)?"
            r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?)\s*",
        ).fullmatch(region)
        if not dm:
            return None
        s, e = start + dm.start(1), start + dm.end(1)
        words = self.text[s:e].translate(FOLD)
        label = f"unnamed {words}"
        same = next(  # "officials in Suva", found before under another ID: the same source
            (a["id"] for a in self.actors.values() if a.get("unnamed") and a["label"] == label), None
        )
        if same is not None:
            return self.add_actor(same, surface=(s, e))
        return self._unnamed_source(words, (s, e), "A source the article does not name.")

    def _characterised(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X called the attack "a war crime"", "X dismissed the charge as "paranoia"": X's words."""
        st = self.norm[ss:se]
        if '"' not in st:
            return self._characterised_plain(line, n, ss, se, voice)  # (the pattern below cannot match)
        verbs = self.d.alt["characterising_verbs"]
        cm = self.d.pattern(
            "characterised",
            # (?<!-): 'running a so-called "northern corridor"', 'a self-described "patriot"': an adjective
            lambda: opening(r"(?<!-)\b(?:" + verbs + r")\s+(?:[^\"]{1,80}?\s+)?(?:as\s+)?\"[^\"]{2,}\"[.,]?"),
        ).search(st)
        if not cm or self.covered(ss + cm.start(), ss + cm.end()):
            return False
        if self.REJECTED_TELLING.search(cm.group()):
            return False  # 'rejected the label, telling X that there was "no ..."': two (_speech_clause)
        if self._claimed_place(st[: cm.start()], cm.group().split()[0]):
            return False  # "the islands, which China claims and calls the Diaoyu, "are ...," X said"
        label = re.match(r"[^\"]{0,60}?\bas\s+\"[^\"]{2,}\"[.,]?", st[cm.end() :])
        end = cm.end() + (label.end() if label else 0)  # 'described A and "the B" as "a bloc"': to the label
        said = self.d.pattern(  # 'condemned the attack and said the US stood "..."': two claims
            "characterised.said", lambda: r",?\s+and\s+(?:" + self._speech() + r")\b"
        ).search(st, cm.start(), cm.end())
        if said and '"' not in st[cm.start() : said.start()]:
            end = said.start()
        elif tail := self.CHARACTERISED_TAIL.match(st, end):  # 'called on "all parties" to settle ...'
            end = tail.end()
        who, near = self.subject(ss, ss + cm.start(), voice)
        what = self.WHAT_IT.search(st, 0, cm.start())
        clause = self._clause_before_what(ss, st, what.start()) if what is not None else None
        if clause is not None:  # 'X said A and B had formed what he called "C"': X's, from A
            said_by, said_near = self.subject(ss, ss + clause[0], voice)
            if said_by and said_near:
                who, near, what = said_by, said_near, None
                cm = self.ANY.match(st, clause[1], cm.end()) or cm
        opener = self._sentence_subject(ss, ss + what.start()) if what is not None else None
        if opener is not None and opener != who:  # "Quito blamed it on what it called X": not who spoke last
            who, near = opener, True
            named = next(m for m in self.mentions_in(ss, ss + what.start()) if m.actor == opener)
            act = self.AFTER_SUBJECT.match(self.norm, named.end)
            cm = self.ANY.match(st, act.end() - ss if act else cm.start(), cm.end()) or cm  # from its verb
        rel = re.search(
            r",\s+who\b(?:\s*,[^,\"]{0,80},)?\s*(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$", st[: cm.start()]
        )
        named = [m for m in self.mentions if rel and m.end == ss + rel.start()] if rel else []
        if named:  # "the remarks of a senator, Graham Whitfield, who, as quoted by X, described ...": his
            who, near = named[0].actor, True
        if not near and cm.group().split()[0].endswith("ing") and st[: cm.start()].rstrip().endswith(","):
            # "X, quoted by Y, went further, describing A as "B"": the sentence's subject describes
            lead = self._dateline(line) if ss == line.start else 0
            adverbial = re.match(r"(?:In|On|At|During|After|Later|Earlier|Last)\b[^,\"]{2,60},\s+", st[lead:])
            lead += adverbial.end() if adverbial else 0  # "In an editorial on Wednesday, the Daily News ..."
            ms = [m for m in self.mentions_in(ss, ss + cm.start()) if self.actors[m.actor]["type"] != "media"]
            outlets = [m for m in self.mentions_in(ss + lead, ss + cm.start()) if m not in ms]
            ms = ms or outlets  # "the Daily News went further, describing ...": the outlet's own words
            people = [m for m in ms if self.actors[m.actor]["type"] == "person" and m.start - ss - lead <= 40]
            opener = people[0] if people else ms[0] if ms and ms[0].start - ss - lead <= 12 else None
            between = self.norm[opener.end : ss + cm.start()] if opener is not None else ""
            if opener is not None and not self.d.speech_re_any.search(between):
                who, near = opener.actor, True
            subject = r"\s*((?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:who|which|went|,))"
            np = None if ms else re.match(subject, st[lead:])
            if np is not None:  # "A retired general who sits in the Senate went further, describing ..."
                source = self._source_named(ss + lead + np.start(1), ss + lead + np.end(1))
                who, near = (source, True) if source else (who, near)
        if not (who and near) or who == "article":
            return False
        self._said_and(line, ss, ss + cm.start(), who)
        if self.add_claim(who, ss + cm.start(), ss + end, form=line.form, direct=False):
            voice.heard(who, n)
        self._and_said(line, ss + end, se, who)
        return True

    WHAT_IT = re.compile(r"\bwhat\s+(?:it|he|she|they)\s+(?:has\s+|had\s+|have\s+)?$")
    """ "blamed the outage on what it called ...": "it" is the sentence's subject, whoever spoke last."""

    def _clause_before_what(self, ss: int, st: str, at: int) -> tuple[int, int] | None:
        """ 'X said (on TV) (that) A and B had formed what he called "a pact"': where the clause
        that carries the label starts (after the last verb of saying before "what", whose start comes
        first), when it names
        an actor and holds no quotation: the named are the label's subject (a grouping's members),
        so the claim is the clause, not only "called ..." (groupings19)."""
        said = self.d.pattern(
            "characterised.what_said",
            lambda: r"\b(?:" + self._speech() + r")\b(?:[^\"]{0,60}?\bthat\b)?\s+",
        )
        last = next(reversed(list(said.finditer(st, 0, at))), None)
        if last is None or '"' in st[last.end() : at] or not self.mentions_in(ss + last.end(), ss + at):
            return None
        return None if self.covered(ss + last.end(), ss + at) else (last.start(), last.end())
    AFTER_SUBJECT = re.compile(r"(?:'s\s+[a-z-]+|\s+(?:on\s+)?[A-Z]\w+day|,[^,]{1,60},)*\s+")
    """What may stand between a subject and its verb: "'s government", "on Tuesday", an aside."""
    ANY = re.compile(r".+", re.S)

    CHARACTERISED_TAIL = re.compile(
        r"\s+(?:to|of|for|against|over|from|with|into|that|which)\s[^;:\u2014\u2013]*?"
        r"(?=,\s|;|\s[\u2014\u2013]|\s+(?:and|but)\s|$)"
    )
    """What a characterising quotation goes on to say ('called on "all parties" to settle their
    differences', 'what it called the "artificial enlargement" of territorial claims', '"a
    front" that seeks ...'): the same claim, to the end of its clause."""

    PLAIN_ACT = re.compile(opening(
        r"\b(?:(?:has|have|had)\s+)?(?:den(?:ied|ies|y)\s+that\s+\S"
        r"|(?:described|describes|dismissed|dismisses|branded|brands)\s+[^,;:\"]{1,60}?\s+as\s+\S"
        # fact27: "Officials describe the award as a fraud", "Caracas treats it as ...", "refers to it as ..."
        r"|(?:describe|dismiss|brand|denounce[sd]?|portray(?:s|ed)?|depict(?:s|ed)?|characteri[sz]e[sd]?|treat(?:s|ed)?"
        r"|refer(?:s|red)?\s+to|talk(?:s|ed)?\s+(?:about|of)|speaks?\s+of|spoke\s+of|decr(?:y|ies|ied)|deride[sd]?)"
        r"\s+(?:the|these|those|this|that|its|their|his|her|[A-Z][\w-]*'s)\s+[^,;:\"]{1,60}?\s+as\s+"
        r"(?!(?:well|soon|much|long|far|part|of|such|it|they|he|she|if|though|usual|before|planned|agreed)\b)\S"
        r"|(?:considers?|considered|labels?|labell?ed|dubs?|dubbed|terms?|termed)\s+(?:the|these|those|this|that|its"
        r"|their|his|her|[A-Z][\w-]*'s)\s+(?:[\w-]+\s+){0,4}?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:fraud|sham|lie|farce"
        r"|theft|crime|invasion|aggression|provocation|threat|act|violation|breach|scam|hoax|fiction|fabrication"
        r"|puppet|tool|front|proxy|occupation|annexation|plot|conspiracy|insult|betrayal|robbery|land\s+grab)\b"
        r"|(?P<reject>rejected|rejects)\s+(?:the|these|those|this|that|such|similar|its|their|his|her|[A-Z][\w-]*'s)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:picture|claims?|charges?|accusations?|allegations?|account|reports?|label|remarks?"
        r"|statements?|criticism|idea|suggestion|offer|proposal|version|findings?|award|ruling|verdict|treaty|deal"
        r"|agreement|referendum|vote|result|results|election|decision|plan|map|border|line)\s+as\s+"
        r"(?!(?:well|soon|much|long|far|part|of|such|it|they|he|she)\b)(?:an?\s|the\s|[a-z]+\b))"
    ))
    """ "X denied that A", "X described it as short and polite", "X dismissed the report as a lie",
    "Officials describe the award as a fraud", "X considers the award a fraud": X's words without a
    quotation."""

    PLAIN_ACT_HINTS = ("den", "as ", "consider", "label", "dub", "term")
    """A word every match of :attr:`PLAIN_ACT` holds, as plain strings: the quick test before it (its
    "considers the vote a fraud" branch holds no "as"; speed28 found it never ran without one)."""

    def _characterised_plain(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "The ministry denied that anyone had crossed", "A diplomat described it as short": the
        act, from its verb to the sentence's end, is the subject's claim (a subject near the verb)."""
        if not any(w in self.norm[ss:se] for w in self.PLAIN_ACT_HINTS):
            return False
        if self.SOURCE_ACTS.match(self.norm, ss, se):
            return False  # "Moroccan officials dismissed ...": the whole sentence theirs (see SOURCE_ACTS)
        cm = self.PLAIN_ACT.search(self.norm, ss, se)
        if cm is None or self.covered(cm.start(), se):
            return False
        if cm.group("reject") and (line.form != "body" or self._one_voice()):
            return False  # "The Ministry rejects these claims as false": a statement's own voice
        who, near = self.subject(ss, cm.start(), voice)
        if not (who and near) or who == "article" or self.d.speech_re_any.search(self.norm, ss, cm.start()):
            return False
        if self.add_claim(who, cm.start(), se, form=line.form, direct=False):
            voice.heard(who, n)
        return True

    def _said_and(self, line: Line, start: int, at: int, who: str) -> None:
        """ "X said (that) CLAUSE and accused Y of ...", "... and called Z 'W'", "X insisted that
        CLAUSE, and he accused Y of ...": the clause before the second verb is the same speaker's
        first claim (a pronoun after "and" is that speaker again: the verb's subject is found as
        its own, claims25)."""
        sm = self.d.pattern(
            "said_and",
            lambda: r"\b(?:"
            + self._speech()
            + r")\b(?P<where>\s+(?:on|in|at|last|this)\s+\w+)?(?P<that>\s+that)?"
            r"\s+(?P<clause>.+?),?\s+and\s+(?:(?:he|she|it|they)\s+(?:also\s+|then\s+)?)?$",
        ).search(self.norm[start:at])
        if sm is None:  # 'X described A and B as "an axis" and accused C of ...': the label is X's first
            cm = self.d.pattern(  # claim, from its verb as _characterised keeps it (members21)
                "said_and.label",
                lambda: r"\b(?:" + self.d.alt["characterising_verbs"]
                + r")\s+[^\"]{1,80}?\s+as\s+\"[^\"]{2,}\"(?=[.,]?\s+and\s*$)",
            ).search(self.norm[start:at])
            if cm is not None and not self.covered(start + cm.start(), start + cm.end()):
                self.add_claim(who, start + cm.start(), start + cm.end(), form=line.form, direct=False)
            return
        a, b = start + sm.start("clause"), start + sm.end("clause")
        told = sm.group().startswith(("told", "tell"))  # "told reporters that A and ...": to whom
        if (sm.group("where") or told) and not sm.group("that"):  # "said in a statement on Telegram that
            obj = self.OBJECT_THAT.match(self.norm, a, b)  # A and ...": the statement is where, A is said
            bare = self.TOLD_WHOM.match(self.norm, a, b) if told and not obj else None  # "told reporters A"
            if obj:
                a = obj.end()
            elif bare and bare.group("who") and not self.NOT_A_CLAUSE.match(self.norm, bare.end()):
                a = bare.end()
        if not self.covered(a, b):
            self.add_claim(who, a, b, form=line.form, direct=False)

    def _and_said(self, line: Line, start: int, end: int, who: str) -> None:
        """ "... and said (that) CLAUSE" after a claim: the same speaker's next claim (also after
        where or when: 'called it "a provocation" last week and said A', audit20)."""
        am = self.d.pattern(  # "... and promised a "mirror response"": an act the claim keeps its verb for
            "and_said", lambda: r"(?:\s+[^,\"]{2,40}?,|\s+[^,;\"]{2,40}?(?=\s+and\s))?\s*,?\s*and\s+(?:(?=(?:"
            + self.d.alt["conjoined_acts"]
            + r"|urged|urges|called\s+on|calls\s+on)\b)|(?:" + self._speech()
            + r")\s+(?:(?:[^\",;\s]+\s+){0,4}?that\s+)?)"  # "and wrote on social media that ..."
        ).match(self.norm[start:end])
        if am and not self.covered(start + am.end(), end):
            self.add_claim(who, start + am.end(), end, form=line.form, direct=False)

    def _accused(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X accused Y of CLAUSE": X's claim, an accusation against Y."""
        st = self.norm[ss:se]
        if "accus" not in st and "blam" not in st and "responsible" not in st:
            return False  # none of the verbs: the pattern below cannot match
        if line.form == "body" and self._accused_unnamed(line, ss, se):
            return False  # (the rest of the sentence, ", a charge Beijing dismissed", to the other rules)
        xm = re.search(
            r"\b(?:(?:accused|accuses|accusing|accuse)\s+(.{2,60}?)\s+of"
            r"|(?:blamed|blames|blaming|blame)\s+(.{2,60}?)\s+for"  # "blamed Kampala for the attack"
            r"|(?:held|holds|holding|hold)\s+(.{2,60}?)\s+responsible\s+for)\s+(?=[\w\"])",
            st,
        )
        if not xm or line.form == "headline" or self.covered(ss + xm.end(), se):
            return False
        if st.count('"', 0, xm.start()) % 2:
            return False  # '"India blames Nepal for it," X said': the quotation's words, X's
        if self.NOT_BEFORE.search(st, 0, xm.start()):
            return False  # "Uruguay has not accused Argentina of ...": no accusation made
        said = None
        for v in self.d.speech_re_any.finditer(st, 0, xm.start()):
            said = v if st.count('"', 0, v.start()) % 2 == 0 else said
        if said is not None and self.OWN_SUBJECT.match(st, said.end(), xm.start()):
            return False  # "X said India was trying to blame Nepal for ...": X's words about India's act
        if xm.group(1) and xm.group(1).startswith("by ") and self.PASSIVE_BEFORE.search(st, 0, xm.start()):
            return self._accused_by(line, n, ss, se, ss + xm.start(1), ss + xm.end(1), voice)
        lead = joint = ss  # "..., the ministry said, and Prime Minister X accused ...": X's clause only
        for jm in re.finditer(r",\s+and\s+|;\s+", st[: xm.start()]):
            if st[: jm.start()].count('"') % 2 == 0:
                lead, joint = ss + jm.end(), ss + jm.start()
        who, _near = self.subject(lead, ss + xm.start(), voice)  # not the agency of a dateline
        if who is None and lead != ss and self.NO_SUBJECT.fullmatch(self.norm, lead, ss + xm.start()):
            # "X said ..., and accused Y": X's, from the whole sentence (not "..., and Western
            # governments have accused Y": a subject of its own the article does not name)
            who, _near = self.subject(ss, ss + xm.start(), voice)
        if who is None:  # "Opposition MPs accuse the government of ...": sources the article does not name
            at = lead + (self._dateline(line) if lead == line.start else 0)
            who = self._source_named(at, ss + xm.start())
        more = self.d.pattern(  # "..., and last month he told the parliament that ...": a second claim
            "accused.more",
            lambda: r",?\s+and\s+(?:(?:[\w-]+\s+){0,3}?(?P<pronoun>he|she|they|it)\s+)?(?:"
            + self._speech()
            + r")\b",
        ).search(self.norm[ss + xm.end() : se])
        if more and self.norm[ss + xm.end() : ss + xm.end() + more.start()].count('"') % 2:
            more = None  # inside a quotation
        act = None if more else self.d.pattern(  # "accused X of Y, and offered Z": a second claim
            "accused.act",
            lambda: r",?\s+and\s+(?:(?:he|she|they|it)\s+)?(?:also\s+)?(?=(?:"
            + self.d.alt["conjoined_acts"]
            + r")\b)",
        ).search(self.norm[ss + xm.end() : se])
        if act and self.norm[ss + xm.end() : ss + xm.end() + act.start()].count('"') % 2:
            act = None
        upto = xm.end() + more.start() if more else xm.end() + act.start() if act else len(st)
        semi = st.find("; ", xm.end(), upto)  # "...; Burundi denies it.": another's clause
        upto = semi if semi != -1 and not st[xm.end() : semi].count('"') % 2 else upto
        cut = re.search(r",\"?\s+(?:the|a|an|which|who)\b", st[xm.end() : upto])  # a trailing appositive
        end = ss + xm.end() + cut.start() + 2 * (cut.group()[1] == '"') if cut else ss + upto
        other = None
        if not (more or act or cut):  # ", and its leader, X, said ...", ", while the RSF said ...": theirs
            end = self._reported_end(ss + xm.end(), end)
            other = self.OTHER_VOICE.match(self.norm, end, se)
        if who:
            self._said_and(line, ss, ss + xm.start(), who)
        if not (who and self.add_claim(who, ss + xm.start(), end, form=line.form, direct=False)):
            return False  # the quote keeps its verb: "accused the army of ..."
        c = self.claims[-1]
        c.kind, c.status, c.conduct = "accusation", "alleged", False
        if joint > ss and not self.covered(ss, joint):  # "A, the army said, and Pakistan accused ...":
            self._said_last(line, n, ss, joint, voice)  # the clause before is the army's
        g = next(k for k in (1, 2, 3) if xm.group(k) is not None)
        accused = self.mentions_in(ss + xm.start(g), ss + xm.end(g))
        if accused:
            c.target = accused[0].actor
        voice.heard(who, n)
        if more and end < se and more.group("pronoun"):
            self._speech_clause(line, n, end, se, voice)
        elif more and end < se:  # "accused X of Y and wrote that Z": the same speaker's next claim
            self._and_said(line, end, se, who)
        elif act and not self.covered(ss + xm.end() + act.end(), se):
            self.add_claim(who, ss + xm.end() + act.end(), se, form=line.form, direct=False)
        elif other and self._speaks(other.end(), se) and not self.covered(other.end(), se):
            self._speech_clause(line, n, other.end(), se, voice)
        elif 0 <= semi == upto and self._speaks(ss + semi + 2, se) and not self.covered(ss + semi + 2, se):
            self._speech_clause(line, n, ss + semi + 2, se, voice)  # "X accuses Y of A; Z says B": Z's B
        return True

    TIME_CLAUSE = (
        r"(?:(?:(?:a|one|two|three|four|five|several|\d+)\s+)?(?:days?|hours?|weeks?|months?)\s+"
        r"|(?:shortly|soon|just|only|moments?)\s+)?(?:after|when)\s+"
    )
    """ ", after", ", days after", ", when": a clause of its own that opens with the time of it."""
    OTHER_VOICE = re.compile(r',"?\s+(?:(?:and|but|while|whereas)\s+|' + TIME_CLAUSE + ")")
    NO_SUBJECT = re.compile(r"(?:\s*\b(?:also|has|have|had|then|later|again|repeatedly|publicly)\b)*\s*")
    """Words between ", and" and "accused" that give the verb no subject of its own."""

    PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|was|were|is|are)\s+(?:\w+ly\s+)?$")

    def _accused_by(self, line: Line, n: int, ss: int, se: int, bs: int, be: int, voice: _Voice) -> bool:
        """ "Colombia has been accused by Venezuela of harbouring rebels": the accuser after "by"
        speaks (alleged), against the subject; never the accused's words ("accused by rights
        groups": those unnamed groups; none found: no claim here)."""
        by = [m.actor for m in self.mentions_in(bs, be) if self.actors[m.actor]["type"] != "media"]
        who = by[0] if by else self._source_named(bs + 3, be)  # "by rights groups": unnamed, theirs
        if who is None:
            return False
        lead = ss + (self._dateline(line) if ss == line.start else 0)
        c = self.add_claim(who, lead, se, form=line.form, direct=False)
        if c is None:
            return False
        c.kind, c.status, c.conduct = "accusation", "alleged", False
        accused = [m for m in self.mentions_in(lead, bs) if m.actor != who]
        if accused:
            c.target = accused[0].actor
        voice.heard(who, n)
        return True

    PASSIVE_ACCUSED = re.compile(
        r"\b(?:is|are|was|were|been|being|stands?|stood)\s+(?:(?:also|widely|long|now|still|\w+ly)\s+)?accused\s+of\s"
    )
    ACCUSED_END = re.compile(
        r",\"?\s+(?:an?|the|which|who)\s|,\s+(?:and|but|while|although|though)\s|;\s|\s[-\u2014]\s"
    )

    def _accused_unnamed(self, line: Line, ss: int, se: int) -> bool:
        """ "Rwanda is also accused of moving coltan ..., an allegation its officials reject": a
        passive accusation with no accuser: the unknown speaker's, alleged, against its subject, to
        the next clause (neverfact18; was undrafted, or given to the accused when an "of" followed)."""
        pm = self.PASSIVE_ACCUSED.search(self.norm, ss, se)
        if pm is None or self.covered(ss, se):
            return False
        cut = self.ACCUSED_END.search(self.norm, pm.end(), se)
        end = cut.start() if cut else se
        agent = re.search(r"\bby\s+(?:the\s+)?[A-Z]", self.norm[pm.end() : end])
        if agent or self.norm.count('"', ss, end) % 2:
            return False  # "... accused of X by UN experts": an accuser named; inside a quotation
        before = self.norm[ss : pm.start()]
        if re.search(r"\b(?:that|which|who|whom|whose)\b", before) or self.d.attribution_re.search(before):
            return False  # "Analysts note that he has been accused of ...": the passive is not the sentence's
        accused = [m for m in self.mentions_in(ss, pm.start()) if self.actors[m.actor]["type"] != "media"]
        if not accused and not self.d.demonym_re.search(before):  # ("The Chinese side is accused of")
            return False
        c = self.add_claim(self.unknown(), ss, end, form=line.form, direct=False, status="alleged")
        if c is None:
            return False
        c.kind, c.conduct, c.target = "accusation", False, accused[0].actor if accused else None
        return True

    SHORT_DENIAL = re.compile(
        r"(?:^\s*(?:\d{1,2}[:.]\d{2}\s*(?:--|[-\u2013\u2014])\s*)?"  # (after a live blog's "18:40 -- ")
        r"|;\s+|,\s+(?:and|but|while)\s+)(?P<subj>(?P<head>[A-Z][^,;\"]{0,60}?)(?:,\s+[A-Z][^,;\"]{2,50},"
        r"|(?P<post>,\s+(?!(?:for|in|on|at|by|with|as|of|too|also|however|meanwhile|though|instead|again|which"
        r"|who|whose|it|he|she|they)\b)[a-z][^,;\"]{2,60},))?)\s+"  # ", adviser to President Y,": a post
        r"(?:has\s+|have\s+)?"
        r"(?:(?:always|repeatedly|flatly|firmly|strongly)\s+)?"
        r"(?:denie[sd]|deny|rejecte?[sd]?|disputed?s?|dismisse[sd]|dismiss)\s+(?:it|this|that|them|the\s+account"
        r"|any\s+such\s+[a-z]+|any\s+role|[a-z]+ing\s+(?:him|her|it|them|any\s+such\s+[a-z]+)"
        r"|(?:the|these|those|such|similar|that)\s+(?:[A-Za-z-]+\s+)?(?:charges?|accusations?|allegations?"
        r"|claims?|suggestions?|reports?|account|reading|complaints?|idea|notion|assertions?|version))"
        r"(?:\s+(?:before|again|each\s+time|on\s+[A-Z][a-z]+|late\s+on\s+[A-Z][a-z]+|in\s+the\s+past"
        r"|at\s+the\s+time|outright|out\s+of\s+hand))?"
        r"(?P<end>\.?)(?=\s*(?:[,;]|$))"
    )
    """ "Burundi denies it.", "The Taliban deny sheltering him.", "The RSF denied any role.", "Chad
    denies the charge.", "Togolese officials have rejected similar suggestions before.": a denial in a
    few words, its subject's claim, reported (never the article's fact: a denial is a party's position,
    not something the article establishes). The dev gold before dw-* curated "X rejected the charge"
    as the article's report; dw-*, dx-*, dy-* (and dk-essequibo, dl-yellow-sea, dt-darien) as the
    denier's words, which the house rule (in doubt, downgrade) prefers."""

    def _short_denial(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> None:
        """A short denial (:attr:`SHORT_DENIAL`) whose subject is an actor: that actor's claim."""
        st = self.norm[ss:se]
        if not any(w in st for w in ("deni", "deny", "reject", "disput", "dismiss")):  # (the quick test)
            return
        for dm in self.SHORT_DENIAL.finditer(st):
            a, b = ss + dm.start("subj"), ss + dm.end()
            if self.covered(a, b):
                continue
            said = dm.end("head") if dm.group("post") else dm.end("subj")  # a post after a name is
            who, near = self.subject(a, ss + said + 1, voice)  # not who speaks ("X, adviser to President Y,")
            if who is None or not near or who == "article":
                continue
            if self.add_claim(who, a, b, form=line.form, direct=False):
                voice.heard(who, n)

    REJECTED_TELLING = re.compile(
        r"\b(?P<act>(?:rejected|denied|dismissed|disputed|rebuffed)\b[^,\"]{0,60}?),\s+(?:telling|saying|adding)\b"
    )
    """ "rejected the claim, telling the newspaper O Pais that ...": an act of denial, then words
    of the same speaker; two claims, as curated."""
    DENIED_WORDS = re.compile(
        r"^(?:rejected|denied|dismissed|disputed|rebuffed)\s+(?:it|this|that|them|(?:the|these|those|such|his"
        r"|her|its|their|[A-Z][\w'-]*(?:'s|s'))\s+(?:[\w-]+\s+){0,2}?(?:reports?|claims?|accusations?|allegations?"
        r"|charges?|accounts?|suggestions?|assertions?))$"
    )
    """ "denied the report", "rejected Kenya's accusations": what :attr:`REJECTED_TELLING`'s act
    denies is someone's words (not "rejected the proposal": an act the article voice reports)."""

    ANSWERED_WORDS = re.compile(
        opening(r"\b(?:reject|den(?:y|ies|ied)|dismiss|disput|refut|rebuff|deplor|condemn|denounc)\w*\s+"
        r"(?:(?:the|these|those|such|any|all|new|fresh|recent|repeated|earlier)\s+)*(?:[\w-]+\s+)?$", re.I),
        re.I,
    )
    """ "Azerbaijan rejected (the) claims that ...": a word of saying used as a noun, named to be
    answered: the words are the accusers', never those of the one who rejects them."""

    OWN_SUBJECT = re.compile(
        r"\s+(?:that\s+)?(?!(?:He|She|It|They|We|I|he|she|it|they|we)\b)(?:the\s+)?[A-Z][\w'.-]*"
        r"(?:\s+[\w'-]+){0,4}?\s+(?:was|is|were|are|has|had|have|would|will|wants?|wanted|sought|seeks?"
        r"|tried|tries|had\s+tried)\b[^.;:]*$"
    )
    """After a verb of saying, a clause of another subject that goes on to blame or accuse ("said
    India was trying to blame Nepal"): the subject's act in the speaker's words (audit20b)."""

    NOT_BEFORE = re.compile(opening(r"\b(?:not|never|declined\s+to|refused\s+to)\s+$"))
    WHICH_SAYS = re.compile(
        r",\s*(?:who|which|whom)\s+(?P<src>(?:the|an?|some|many|several|most)\s+[^,]{1,40}?|[A-Z][^,]{0,40}?"
        r"|(?:officials|diplomats|analysts|critics|sources|experts|observers|investigators)\b[^,]{0,30}?)\s*$"
    )  # "Uganda, which the report says ...", not "X, who asked not to be named, said"
    QUOTED_BY = re.compile(r"\b(?:as\s+)?quoted\s+(?:by|in)\s+[^,]{2,60}")
    WHO_SAYS = re.compile(  # "Iran, which calls the field Arash and says A, saw ...": to the comma
        r",\s*(?:who|which|whom)\s+(?:\S+\s+){0,3}$|,\s*(?:who|which)\s+(?:[^\s,\"]+\s+){4,6}$"
    )
    SUBORDINATE = re.compile(r"\s*(?:When|After|Before|Once|Since|Until|Because|Although|Though|While|As)\s")
    ACCORDING_END = re.compile(r",\"?\s*according\s+to\s+[^,;\"]{2,60}?\s*[.!]?\s*$")
    """The patterns :meth:`_speech_clause` searches in the words before its verb and in its claim,
    compiled once, each tried only where its first word (or its comma) is."""

    WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    BE_BEFORE = re.compile(opening(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$"))
    """A form of "be" right before a verb of saying: "X is said to ...", "Uganda is believed to ..."."""

    ASIDE_BEFORE_VERB = re.compile(r"([^,\"]{1,80}?),\s*(?:in|on|at|via|through)\s+[^,\"]{1,80},\s*(?=\w)")
    URGING = re.compile(r"(?:urged|urges|urging|called on|calls on)\b", re.I)
    COLON_QUOTE_AFTER = re.compile(r'[^"]{0,60}:\s*"')
    THAT_AFTER_JOIN = re.compile(r"\b(?:and|but|or|would|will|is|are|was|were|has|had)\s+that\s+$")

    TOLD_ANOTHER_STORY = re.compile(
        r"\b(?:told|tells|tell)\s+an?\s+(?:very\s+|quite\s+|rather\s+|starkly\s+)?different\s+(?:story|tale)"
        r"\s*[.:]?\s*$"
    )
    """ "X told a different story.": no words of X's yet, the article's announcement of them (as "X gave
    a different account", :attr:`ANNOUNCES`), whose sentences after it are X's (claims24)."""

    def _speech_clause(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "X said (on Sunday) (that) CLAUSE", "X, who ..., told Y that CLAUSE", "He warned Manila ..." """
        st = self.norm[ss:se]
        if not self._speaks(ss, se) and not ("report" in st and self.REPORTED_THAT_PLAIN.search(st)):
            return False  # no verb of saying: the pattern below cannot match
        if line.form == "body" and self._state_issuer(ss + self._dateline(line) * (ss == line.start), se):
            return False  # a statement's own voice, "Bolivia calls on Chile to ...": see _issuer_voice
        if "different" in st and self.TOLD_ANOTHER_STORY.search(st):
            # "The Russian side told a different story.": the article announces words to come, in its
            # own voice as "X gave a different account" (the words are in the sentences after it)
            lead = self._dateline(line) if ss == line.start else 0
            if self.covered(ss + lead, se):
                return False
            return self.add_claim("article", ss + lead, se, form=line.form) is not None
        paren = self.ASIDE_BEFORE_VERB.match(st)
        if paren and self.d.speech_re.search(paren.group(1)):
            paren = None  # "X is said to have been warned in July, through ..., that": the verb comes first
        verbs = self.d.pattern(  # "X, in a statement posted on Facebook, said ...": the verb after the aside
            "speech_clause.verbs",
            lambda: r"\b(?:" + self._speech() + r"|" + self.REPORT_VERB  # (not "reported 12 dead")
            + r"(?=\s+that\s))\b"
            r"((?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
            r"(?:statement|communiqu[e\u00e9]|letter|message|speech)(?:\s+(?:late\s+|early\s+)?on\s+"
            + self.WEEKDAY
            + r")?(?=\s)"  # "said in a statement (on Monday) it was ...": where, then what is said
            r"|\s+(?:on|in|at|last|this)\s+"
            r"(?!(?:is|was|will|would|has|least|most)\b)\w+)?)"  # (not "says this is about ...": the claim's
            # subject; not "said at least three ...": the words' own)
            r"(?:,\s*(?:though|however|too|also)\s*,"  # "they warn, though, that ..."
            r"|,\s+(?:in|on|at|through|via|during|speaking|writing)\b[^,\"]{2,80},(?=\s+that\s))?"  # ", in a
            # statement carried by X, that ...": where or how, then what is said (audit20)
            r"(\s+that)?\s+(?=\S)",
        )
        tm = self._verb_search(verbs, st, ss, paren.end() if paren else 0)
        while tm and (
            self._states_noun(ss, ss + tm.start(), tm.group().split()[0])  # "the Baltic states"
            or self._claimed_place(st[: tm.start()], tm.group().split()[0])
            or self._territorial(tm.group().split()[0], st[tm.start() + len(tm.group().split()[0]) :])
            or self._document_before(st, tm.start())  # "In a statement posted on Facebook, it said"
            or self._owned_noun(st[: tm.start()], st[tm.start() :])  # "Beijing's sweeping claims had"
            or self.DECLARED_ACT.match(st, tm.start())  # "declared independence in 1991": an act
            or (tm.group().startswith("report") and self.d.speech_re_any.search(st, tm.end()))
            or (tm.group().startswith("say ") and self.A_SAY.search(st, 0, tm.start()))  # "a say over"
        ):  # ("X reported that the minister had told Y that A": the minister's words)
            tm = self._verb_search(verbs, st, ss, tm.end())
        urged = bool(tm) and self.URGING.match(tm.group())
        if (
            not tm
            or (("not" in st[: tm.start()] or "never" in st[: tm.start()] or "d to" in st[: tm.start()])
                and self.NOT_BEFORE.search(st[: tm.start()]))  # "has not claimed the attack": no words
            or self.ANSWERED_WORDS.search(st[: tm.start()])  # "rejected claims that ...": others' words
            or '"' in st[: tm.start()]  # the attribution of a quotation: _quotations' job
            or ('"' in st[tm.end() : tm.end() + 2] and not tm.group(2) and not urged)
            or self.COLON_QUOTE_AFTER.match(st[tm.end() :])  # "told the BBC: "...": the quotation's job
            or self.ACT_AFTER.match(st, tm.end())  # an act, not words (but "said by telephone that ...")
            or (tm.group().startswith(("pledge", "promise", "announce")) and self.AMOUNT.match(st, tm.end()))
            or (not tm.group(2) and self.SAID_LITTLE.match(st, tm.end() - 1))  # "has said little": no words
            or self.covered(ss + tm.end(), se)
        ):
            return False
        if self.BE_BEFORE.search(st[: tm.start()]) and re.match(
            r"(?:said|believed|thought|claimed|alleged|reported|understood|rumou?red|suspected)\b", tm.group()
        ) and self.mentions_in(ss, se):
            # "Uganda is believed to be arming ...", "X is said to ...": the subject is not the one
            # who says it; someone the sentence does not name alleges it
            lead = self._dateline(line) if ss == line.start else 0
            self._said_to(line, ss + lead, ss + tm.end(), se, voice)
            return True
        rest = st[tm.end() :]
        inverted = self.d.pattern(
            "speech_clause.inverted",
            lambda: r"(?:(?:an?|the)\s+(?:[\w.-]+\s+){0,4}(?:"
            + self.d.title_alt
            + r")|(?:[A-Z][\w'-]*\s*){1,3})\s*[.!]?\s*",
        ).fullmatch(rest)
        if inverted and not tm.group(2):
            return False  # ", said a Kenyan official.": who speaks, not what is said
        act = self.REJECTED_TELLING.search(st, 0, tm.end()) if tm.group()[:1] in "tsa" else None
        who, near = self.subject(ss, ss + (act.start() if act else tm.start()), voice)
        pre = st[: tm.start()] if not act else ""
        when = self.WHEN_WORD.search(pre)
        sub = self.SOURCE_AFTER_WHEN.search(pre, max(0, len(pre) - 80)) if when else None
        if sub is not None:  # "Kenya shut the border after herders said A": the herders' A (audit21)
            a, b = ss + sub.start("src"), ss + sub.end("src")
            who, near = self.subject(a, b, voice)[0] or self._source_named(a, b) or who, True
        if tm.group().startswith("report"):  # "when RNZ Pacific reported that A": the outlet's words
            if self.CITING_WORD.search(st, 0, tm.start()):
                return False  # "X, citing a source, reported that": the source's (_citing), or no one's
            outlet = self._reporting_outlet(ss, ss + tm.start())
            who, near = (outlet, True) if outlet else (who, near)
        several = self.SEVERAL.fullmatch(self.norm, ss, ss + tm.start()) if who is None else None
        if several and not several[1].endswith("reports"):  # (not "Some reports said": no one)
            # "Diplomats of several friendly countries have told the Ministry that ...": theirs
            who, near = self._unnamed_source(several[1], several.span(1), "Sources the text counts."), True
        status = None
        rel = self.WHICH_SAYS.search(st[: tm.start()]) if "," in st[: tm.start()] else None
        if rel and not self.mentions_in(ss + rel.start("src"), ss + rel.end("src")):
            # "Uganda, which the report says trained ...": the report's words, not Uganda's
            a, b = ss + rel.start("src"), ss + rel.end("src")
            who = self._source_named(a, b) or self.described(a, b) or self.unknown()
            near, status = True, "alleged"
        if not (who and (tm.group(2) or near or who == voice.speaker)):
            return False
        at = tm.start() if urged and '"' in st[tm.end() : tm.end() + 2] else tm.end()  # 'urged "X" to
        qb = self.QUOTED_BY.search(st[: tm.start()]) if "quoted" in st[: tm.start()] else None
        via = self.outlet_at(ss + qb.start(), ss + qb.end()) if qb else None  # "X, as quoted by Y, said"
        obj = self.OBJECT_THAT.match(st[at:]) if not tm.group(2) else None  # "told the BBC that ..."
        if obj and self.THAT_AFTER_JOIN.search(obj.group()):
            obj = None  # "said A and that B": no object, two claims
        elif obj and not tm.group().lower().startswith("t") and self.VERB_IN_OBJECT.search(obj.group()):
            obj = None  # "said his country was a nation that could ...": a clause, not whom it was told
        nouns = self.d.rules["referring_nouns"]
        if obj and self.d.pattern(
            "speech_clause.nouns_that", lambda: r"\b(?:" + nouns + r"|suggestions?|rumou?rs?)\s+that\s+$"
        ).search(obj.group()):
            obj = None  # "said claims that A were false": the claims are the subject of what is said
        if obj:  # "told the state broadcaster EBC that ...", "said in a statement on Friday that ..."
            if tm.group().lower().startswith(("told", "said in", "wrote in", "said on")):
                via = self.outlet_at(ss + at, ss + at + obj.end()) or via
            at += obj.end()
        elif not tm.group(2) and tm.group().lower().startswith(("told ", "tells ", "telling ", "tell ")):
            person = self.TOLD_PERSON.match(st, at)  # "told me the catch had fallen": whom, then what
            told = None if person else self.TOLD_OUTLET.match(st, at)  # "told the Daily Nation the navy was"
            outlet = told and next(
                (x for x in self.mentions_in(ss + at, ss + told.end("who"))
                 if self.actors[x.actor]["type"] == "media" and x.end == ss + told.end("who")),
                None,
            )
            if person:
                if not self.NOT_A_CLAUSE.match(st, person.end()):  # (not "told them to leave": an order)
                    at = person.end()
            elif outlet is not None:
                via, at = via or outlet.actor, told.end()
            else:
                bare = self.TOLD_WHOM.match(st, at)  # "told reporters the charges were absurd": no "that"
                if bare and not self.NOT_A_CLAUSE.match(st, bare.end()):
                    outlet = self.outlet_at(ss + at, ss + bare.end())
                    if bare.group("who") or outlet:
                        via, at = outlet or via, bare.end()
        end = se
        if "," in st[: tm.start()] and self.WHO_SAYS.search(st[: tm.start()]):
            close = st.find(",", at)  # "The rebels, who the UN says are backed by X, took ...": to the comma
            end = ss + close if close != -1 else se
        elif self.SUBORDINATE.match(st, self._dateline(line) if ss == line.start else 0):
            # "(DAKAR - ) When India declared that A, many in Islamabad ...": to the comma
            close = next((k for k in range(at, len(st)) if st[k] == "," and not st[at:k].count('"') % 2), -1)
            end = ss + close if close != -1 else se
        end = self._reported_end(ss + at, end)
        claim = self.norm[ss + at : end]
        acc = self.ACCORDING_END.search(claim) if "according" in claim else None
        if acc and (outlet := self.outlet_at(ss + at + acc.start(), end)):
            end, via = ss + at + acc.start(), via or outlet  # "X said Y, according to TASS": through TASS
            end += 2 * acc.group().startswith(',"')  # 'as it has for months," according to ...': the mark too
        if (
            act
            and (self.actors[who].get("unnamed") or self.actors[who]["type"] == "person")
            and not self.covered(ss + act.start(), ss + act.end("act"))
        ):  # "Turkish diplomats rejected the label, telling Hurriyet that ...": the rejection is theirs too
            self.add_claim(who, ss + act.start(), ss + act.end("act"), form=line.form, direct=False)
        elif act and self.DENIED_WORDS.search(act.group("act")) and who != "article":
            # "Egypt denied the report, saying ...": a body's denial of words is its own position, as
            # its reasons after "saying" (a short denial of words, :attr:`SHORT_DENIAL`)
            lead = self._dateline(line) if ss == line.start else 0
            a, b = ss + lead, ss + act.end("act")
            if charge := self._made_charge(line, a, b):  # "That charge has been made by X before, and Egypt
                a = self.NEXT_CLAUSE.match(self.norm, charge, b).end()
            if not self.covered(a, b):  # has always rejected it, saying ...": X's charge, Egypt's denial
                denial = self.add_claim(who, a, b, form=line.form, direct=False)
                if denial is not None:
                    denial.kind = "rejection"
        made = [
            self.add_claim(who, a, b, form=line.form, direct=False, via=via, status=status)
            for a, b in self.speech_pieces(ss + at, end)
        ]
        if any(made):
            voice.said(who, n, via)
            self._comment_after(line, end, se, who)
            self._next_voice(line, n, end, se, voice)
        return True

    CLAUSE_OPENERS = r"(?:after|when|because|since|until|before|while)"
    """The conjunctions that open a clause with a subject of its own (:attr:`SOURCE_AFTER_WHEN`)."""
    SOURCE_AFTER_WHEN = re.compile(
        r"[^,;\"]\s" + CLAUSE_OPENERS + r"\s+"
        r"(?P<src>(?!(?:it|he|she|they|we|I|you|the\s+(?:report|statement|study))\b)[^,;\"]{2,60}?)\s*$"
    )
    """ "Kenya shut the border after herders in Turkana said ...": who speaks is the subject of the
    clause the conjunction opens, not that of the sentence (seen in dd-, dj-, dk-, dp-, dy-)."""
    WHEN_WORD = re.compile(r"\s" + CLAUSE_OPENERS + r"\s")
    """The quick test before :attr:`SOURCE_AFTER_WHEN` (tried on the last 80 characters only)."""

    A_SAY = re.compile(r"\b(?:a|no|any|some|more|greater|final|equal|real)\s+$", re.I)
    """ "in exchange for a say over which ...", "gives Canberra a say in": "say" a noun, no words."""
    REPORT_VERB = (
        r"(?:report(?:ed|s)|(?<!\ba\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)(?<!\btheir\s)"
        r"(?<!\bany\s)(?<!\bno\s)report)"
    )
    """ "reported", "reports", and "report" where no determiner makes it a noun ("the report that")."""
    REPORTED_THAT_PLAIN = re.compile(r"\b" + REPORT_VERB + r"\s+that\s")
    """ "X reported that A", "Taiwanese media report that A": a verb of saying only with "that" ("reported
    12 deaths" is an act; "the report that A" a noun), and only in :meth:`_speech_clause` (no
    quotation is attributed to it)."""
    CITING_WORD = re.compile(r"\b(?:citing|quoting)\s")
    OUTLET_BEFORE_VERB = re.compile(
        r"(?:\s+(?:television|TV|radio|newspaper|daily|agency|channel|broadcaster))?(?:\s*\([^()]{1,20}\))?"
        r"(?:\s*,\s*which|\s*,\s*(?:as\s+)?quoted\s+(?:by|in)\s+[^,]{2,60},)?(?:\s+also)?\s*"
    )
    """What may stand between an outlet and "reported that": "Al-Manar television", "the Sudan News
    Agency (SUNA)", "Israel's Channel 12, which", "Bild, as quoted by Y,", "Hoy also"."""

    def _reporting_outlet(self, start: int, at: int) -> str | None:
        """The outlet right before "reported that" at ``at`` ("two days after Jeune Afrique reported
        that", "Israel's Channel 12, which reported that"): it speaks, whatever else the subject
        names (curated so in every dev batch since da-*)."""
        for m in reversed(self.mentions_in(start, at)):
            if self.actors[m.actor]["type"] == "media" and self.OUTLET_BEFORE_VERB.fullmatch(
                self.norm, m.end, at
            ):
                return m.actor
        return None

    NEXT_VOICE = re.compile(
        r",?\"?\s+(?:and|but)\s+|;\s+|,\"?\s+(?:while|whereas)\s+(?=the\s|[A-Z])|,\"?\s+" + TIME_CLAUSE
    )
    SEMICOLON = re.compile(r";\s+")

    def _next_voice(self, line: Line, n: int, end: int, se: int, voice: _Voice) -> None:
        """ "A, and analysts in Bujumbura say B", "A, but one diplomat warned that B", "A; Pretoria says
        B": where reported speech stopped (:meth:`_reported_end`) another speaker's words begin,
        drafted by the same rule."""
        semicolons = self.SEMICOLON.finditer(self.norm, end, se)  # (or the next one: "When X said A, B did C;
        nm = self.NEXT_VOICE.match(self.norm, end, se) or next(  # Y says D")
            (m for m in semicolons if not self.norm[end : m.start()].count('"') % 2), None
        )
        if nm and self._speaks(nm.end(), se) and not self.covered(nm.end(), se):
            self._speech_clause(line, n, nm.end(), se, voice)

    DECLARED_ACT = re.compile(
        r"declar(?:ed|es|e|ing)\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:unilateral\s+|national\s+)?"
        r"(?:independence|war|martial\s+law|state\s+of\s+(?:emergency|siege|war)|emergency|ceasefire|truce"
        r"|curfew|victory|bankruptcy|sovereignty|no-fly\s+zone|day\s+of\s+mourning)\b"
    )
    """ "declared independence", "declared a state of emergency": an act the verb names, not words."""

    AMOUNT = re.compile(
        r"(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|another|an\s+additional|a\s+further)\s+)?"
        r"(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|\d)"
    )
    """ "pledged $50 million to ...", "promised 300 troops": a sum given, an act, not words (audit20b)."""

    ACT_AFTER = re.compile(
        r"(?:against|of|about(?!\s+\d)|for|by(?!\s+(?:telephone|phone|video)\b)"
        r"|on(?!\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July"
        r"|August|September|October|November|December)\b)))\b"
    )
    """ "accused of", "said on the matter": what follows the verb is an act's object, not words ("said
    on 21 November that", "said by telephone that" are words)."""

    HEDGE_CUT = re.compile(r";\s+|,\s+(?=(?:although|though|but|while|whereas)\s)")
    """Where a hedged report ends and the next clause begins: "...; Congo produces about 25,000."."""
    CUT_WORD = re.compile(r"(?:(?:although|though|but|while|whereas)\s+)?")
    AFTER_CUT = re.compile(r"(?:;|,\s+(?:although|though|but|while|whereas))\s+$")

    def _said_to(self, line: Line, ss: int, at: int, se: int, voice: _Voice) -> None:
        """ "X is said to have done Y": alleged by whoever the sentence names after it ("..., diplomats
        in Asuncion say"), else by an unknown speaker; the claim ends at a semicolon or at ",
        although ...": what follows there is the article's, when it attributes and hedges nothing."""
        cut = next((m for m in self.HEDGE_CUT.finditer(self.norm, at, se)
                    if not self.norm[ss : m.start()].count('"') % 2), None)  # fmt: skip
        end = cut.start() if cut else se
        src = re.search(r",\s+([^,;\"]{2,60}?)\s+(?:say|says|said)\s*[.!]?\s*$", self.norm[at:end])
        who = None
        if src is not None:
            a, b = at + src.start(1), at + src.end(1)
            who = self._source_named(a, b) or self.subject(a, b, voice)[0]
        if who is not None and src is not None:
            self.add_claim(who, ss, at + src.start(), form=line.form, direct=False, status="alleged")
        else:
            self.add_claim(self.unknown(), ss, end, form=line.form, direct=False, status="alleged")
        if cut is None:
            return
        a = cut.end() + len(self.CUT_WORD.match(self.norm, cut.end())[0])
        if (
            len(self.norm[a:se].split()) >= 4
            and not self.covered(a, se)
            and not self.attributed(a, se)
            and not self.names_grouping(a, se)
            and not self.d.has_hedge(self.norm[a:se])
            and not self.GUESSED.search(self.norm[a:se])  # "but it was not clear whether ...": in doubt, no
        ):
            self.add_claim("article", a, se, form=line.form)

    TOLD_PERSON = re.compile(
        r"(?:me|us|him|her|them|this\s+(?:reporter|correspondent|newspaper))\s+(?=[\w\"])"
    )
    """ "told me the catch had fallen", "tell us the road will reopen": the writer or a person told, then
    the words (a name may follow: "tell me Burkinabe patrols come ...")."""
    TOLD_OUTLET = re.compile(r"(?:the\s+)?(?P<who>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*)\s+(?=[a-z])")
    """The outlet told, right before the words told without "that" ("the Daily Nation the navy ...")."""

    OBJECT_THAT = re.compile(
        r"(?:[^\",;\s]+\s+){0,7}?[^\",;\s]+(?:,\s+(?:in\s+confidence|privately|in\s+private),)?\s+that\s+"
    )
    """ "told the state broadcaster EBC that", "told the Ministry, in confidence, that": whom, then "that"."""
    VERB_IN_OBJECT = re.compile(
        r"\b(?:is|are|was|were|be|been|has|have|had|would|will|could|can|should|must)\s"
    )
    """A verb in the words before "that": a clause of the reported words, not whom they were said to."""

    TOLD_WHOM = re.compile(
        r"(?:(?P<who>reporters|journalists|the\s+press|lawmakers|legislators|parliament|MPs|senators"
        r"|a\s+(?:news|press)\s+conference|a\s+briefing)|(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w.&'-]+)"
        r"(?:\s+(?:on|in|at|last|this)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)*)?\s+(?=[a-z\"])"
    )
    """ "told reporters (on Monday) ...", "told the BBC ...": whom, when no "that" follows (an outlet
    or one of the usual audiences); then the words."""
    NOT_A_CLAUSE = re.compile(
        r"(?:to|of|about|that|and|or|it|him|her|them|at|in|on|from|during|after|before|by|with|for)\b|[,.;:]"
    )

    SEVERAL = re.compile(
        r"\s*((?:(?:Several|Some|Many|A\s+number\s+of|Two|Three|Four|Five)\s+(?:[a-z-]+\s+){0,3}?[a-z]+s"
        r"|[A-Z][a-z]+s\s+of\s+(?:several|some|many|two|three|four|five)\s+(?:[a-z-]+\s+){0,3}?[a-z]+s)"
        r"(?:\s+of\s+the\s+[a-z]+)?)"
        r"(?:\s+(?:has|have|had))?(?:\s+(?:also|privately|already))?\s*"
    )
    """ "Several member states have", "Diplomats of several friendly countries have", "Several other
    partners of the project have": sources the text counts but does not name."""

    COMMENT_OPENS = re.compile(r'\s*,?"?\s*(?:(?:although|though)\s+|(?=(?:a|an)\s))')

    def _comment_after(self, line: Line, at: int, se: int, who: str) -> None:
        """ '..., a message that was not lost on Moscow.', '..., though Washington has praised its
        caution.': the writer's comment after someone's words is the article's claim, when it
        attributes nothing, hedges nothing and names no grouping. A concession whose subject is
        not another actor goes on with the words of ``who`` ("The bank says growth will be the
        weakest since 1982, although the threat of a sharper fall has abated."): theirs, never
        the article's fact (fact23)."""
        cm = self.COMMENT_OPENS.match(self.norm[at:se])
        if not cm or len(self.norm[at + cm.end() : se].split()) < 4:
            return
        a = at + cm.end()
        if self.covered(a, se) or self.attributed(a, se) or self.names_grouping(a, se):
            return
        if not re.search(r"\b(?:was|were|is|are|has|have|had|did|does|do)\b", self.norm[a:se]):
            return  # no verb of its own: not a claim
        if cm.group().strip(' ,"').startswith(("although", "though")) and not self._other_subject(a, se, who):
            self.add_claim(who, a, se, form=line.form, direct=False)
            return
        self.add_claim("article", a, se, form=line.form)

    def _other_subject(self, start: int, end: int, who: str) -> bool:
        """Does the clause ``[start, end)`` open with an actor other than ``who`` as its subject
        ("Washington and Brussels have praised ...", "the Kremlin has said nothing"), or with the
        speaker as "he", "she", "they" (the article's note on them)?"""
        if re.match(r"(?:he|she|they)\b", self.norm[start:end], re.I):
            return True  # "..., although he did not say how he knew": the article's note on the speaker
        ms = self.mentions_in(start, end)
        if not ms or ms[0].actor == who:
            return False
        return re.fullmatch(r"(?:the\s+)?", self.norm[start : ms[0].start], re.I) is not None

    def _reported_end(self, start: int, end: int) -> int:
        """Where reported speech stops short of the sentence's end: at a semicolon ("insists that A;
        in Copenhagen, ..."), or before a trailing appositive that comments on it (", a position
        his critics call naive", ", a charge Cotonou denies"); never inside a quotation."""
        for m in self.d.pattern("reported_end", lambda: opening(
            r";\s|,\"?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:that|which|whom|his|her|their|its|the|it|he|she|they"
            r"|[A-Z]\w+)\s"  # ", a promise it repeated to Reuters": the article's comment
            r"|,\"?\s+(?:although|though)\s"  # ", although neither company has said so": the article's
            r"|,\"?\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:claim|charge|complaint|step|move|position|view|remark|promise"
            r"|warning|accusation|assertion|allegation|argument|stance|statement|decision|measure|suspicion"
            r"|account|version|comment|phrase|sentence)s?\b"  # ", a claim scientists broadly share"
            r"|,\"?\s+without\s+(?:providing|giving|offering|citing|presenting|producing|elaborating|explaining"
            r"|specifying|naming)\b"  # ", without providing evidence", ", without elaborating": the article's
            r"|(?:(?<=,\")|,)\s+(?:while|whereas)\s+(?=the\s|[A-Z])"  # ", while the UN ...": another
            r"|(?:(?<=,\")|,)\s+(?:and|but)\s+(?=(?:his|her|their|its)\s+[a-z]+(?:,\s+(?:who|which)\s[^,\"]{2,120},)?"
            r"\s+(?:has|have|had|is|are|was|were|will|no\s+longer)\s)"  # ", and her government has sent ..."
            r"|(?:(?<=,\")|,)\s+(?:and|but)\s+(?=(?:the\s+)?(?:[a-z][\w-]+\s+)?[a-z][\w-]+s\s+have\s+[a-z]+ed\b)"
            # ", and pro-government commentators have repeated the phrase ...": others, in the article's words
            r"|(?:(?<=,\")|,)\s+(?:and|but)\s+(?=(?:it|he|she|they)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
            r"(?:said|repeated|put|written|made)\s+(?:so|it|that)\b)"  # ", and it has said so since 2009"
            # ", and it rejects that statement": the answer to the words; ", whose task is ...": an aside
            r"|(?:(?<=,\")|,)\s+(?:and|but)\s+(?=(?:it|he|she|they|we)\s+(?:rejects|rejected|denies|denied"
            r"|disputes|disputed|dismisses|dismissed)\s+(?:that|this|these|those|it|the)\b)"
            r"|,\s+whose\s"
            # "..., which Uruguay says left the strip on its side": another's words on the last noun
            r"|,\s+(?:which|whom)\s+(?=(?P<rel>(?:the\s+)?[^,;\"]{2,50}?)\s+(?:" + self._speech()
            + r"|denies|denied|rejects|rejected|disputes|disputed|accuses|accused|blames|blamed)\b)"
            # "A had spoken to his counterpart, who had assured him that B": the counterpart's words
            r"|,\s+who\s+(?=(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:" + self._speech() + r")\b)"
            r"|,\s+which\s+(?=[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:has\s+)?(?:denies|denied|rejects|rejected)"
            r"\b[^,;\"]*$)"  # "..., which Kampala denies.": the answer to the words (_charge_denied)
            # ", and analysts in B say ...": another speaker's words (see :meth:`_next_voice`)
            r"|(?:(?<=,\")|,)\s+(?:and|but)\s+(?!(?:he|she|they|it|we|I)\s)(?=(?P<other>[^,;\"]{2,60}?"
            r"|[^,;\"]{2,60}?,\s+(?:(?:who|speaking)\b[^,;\"]{2,80}|[A-Z][^,;\"]{2,40}),)"  # ", A B, told"
            r"\s+(?:" + self._speech() + r")\s)"
            # ", days after Y told parliament that ...": Y's words, when Y spoke (claims24)
            r"|(?:(?<=,\")|,)\s+" + self.TIME_CLAUSE + r"(?=(?P<sub>[^,;\"]{2,60}?"
            r"|[^,;\"]{2,60}?,\s+[A-Z][^,;\"]{2,40},)"
            r"\s+(?:" + self._speech() + r")\s)"
        )).finditer(self.norm[start:end]):
            closes = m.group().startswith(',"')  # 'sends," a message that ...': after the quotation
            if self.norm[start : start + m.start()].count('"') % 2 != closes:
                continue  # inside a quotation
            if m.group("other") and not self._names_someone(start + m.start("other"), start + m.end("other")):
                continue  # "A, and later wrote that B": the same speaker (see :meth:`speech_pieces`)
            if m.group("sub") and not self._names_someone(start + m.start("sub"), start + m.end("sub")):
                continue  # "A, after he told the press that B": the same speaker
            if m.group("rel") and (
                not self._names_someone(start + m.start("rel"), start + m.end("rel"))
                or self.d.pattern(
                    "reported_end.goes_on",
                    lambda: r",\s+(?:and|but)\s+(?:also\s+)?(?:" + self._speech() + r")\b",
                ).search(self.norm, start + m.end(), end)
            ):
                continue  # "A, which he says is B", "A, which X denies, and added that B": the speaker's
            rest = self.norm[start + m.end() : end]
            joins = ("while", "whereas", "and", "but")
            aside = m.group().startswith(",") and not m.group().rstrip().endswith(joins)
            if aside and re.match(
                r"[^,;]*,\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|remains?)\b",
                rest,
            ):
                continue  # "the timing, a week before X, was no coincidence": an aside, not a comment
            return start + m.start() + 2 * closes
        return end

    def _names_someone(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` name a speaker: an actor, or a source by its title ("analysts in
        Bujumbura", "one European diplomat")? Not "later", not "in a statement"."""
        return bool(self.mentions_in(start, end)) or self.d.pattern(
            "names_someone", lambda: r"\b(?:" + self.d.title_alt + r")\b", re.I
        ).search(self.norm, start, end) is not None

    def speech_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """Reported speech cut where the speaker goes on to a second claim: "A and that B",
        "A, adding that B", "A, but he also made clear that B", "would A and would B"."""
        cut = self.d.pattern(
            "speech_pieces.cut",
            lambda: opening(
            r"(?:,?\s+(?:and|but)\s+that\s+|,\"?\s+(?:adding|saying|warning|insisting)\s+(?:that\s+)?"
            r"|,\"?\s+adding,\s+[^,\"]{3,80},\s+(?:that\s+)?"  # "A, adding, in a remark ..., that B"
            r"|,\s+telling\s+(?:[\w.'-]+\s+){1,4}?that\s+"  # "rejected the label, telling Hurriyet that ..."
            r"|,\"?\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?(?:which|who|whom),?\s+(?:he|she|they|it)\s+"
            r"(?:said|says|added|claimed|insisted|argued|alleged),?\s+"  # "A, which he said had B"
            r"|,?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:also\s+)?"  # "said A and urged restraint":
            r"(?=(?:urged|urges|called\s+on|calls\s+on|called\s+for|calls\s+for)\b)"  # the appeal, its verb
            r"|,?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:also\s+|later\s+|then\s+)?(?:"
            + self._speech()
            + r"|made clear)\s+(?:that\s+)?"
            + r"|\s+(?:and|but)\s+(?=(?:would|will|could|should|might|must|can|cannot|did|does)\s)"
            + r"|\s+(?:and|but)\s+(?=(?:had|has|have)\s+\w+ed\b)"  # "had urged A and had raised B"
            + r"|(?<=\")\s+and\s+(?=(?:had|has|was|were|remained|remains|[a-z]{3,}ed)\s)"  # '"A" and kept B'
            # "said A and expected B", "A and remains B": the speaker's own second stance (words18)
            + r"|\s+and\s+(?=(?:expect|remain|hope|want|regret|welcome|reserve)(?:s|ed)?\s)"
            + r"|,?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:also\s+)?(?=(?:"  # "said A and demanded B"
            + self.d.alt["conjoined_acts"]
            + r")\b))"),
        )
        # '"A," adding that B': the first piece keeps its closing quotation mark
        found = cut.finditer(self.norm[start:end])
        cuts = [(m.start() + 2 * m.group().startswith(',"'), m.end()) for m in found]
        cuts += self._new_subjects(start, end)
        pieces, at = [], start
        for a, b in sorted(cuts):
            if start + a < at or self.norm[start : start + a].count('"') % 2:
                continue  # inside a quotation, or inside the last cut
            pieces.append((at, start + a))
            at = start + b
        pieces.append((at, end))
        appeal = self.APPEAL.fullmatch  # "said A and urged restraint.": two words, a claim all the same
        long = [(a, b) for a, b in pieces if len(self.norm[a:b].split()) >= 3 or appeal(self.norm, a, b)]
        return long or [(start, end)]

    NEW_SUBJECT = re.compile(r",\"?\s+(?:and|but)\s+(?=\S)")
    CLAUSE_VERB = re.compile(
        r"\s*(?:\"|(?:(?!and\b|or\b)[a-z][\w'-]*\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|could"
        r"|can|cannot|must|should|remains?|remained|[a-z]+ed)\b)"
    )
    PRONOUN_CLAUSE = re.compile(
        r"(?:he|she|they|we|I)\s+(?:(?:also|still|later|since|now)\s+)?"
        r"(?:is|are|was|were|has|have|had|will|would|could|can|cannot|[a-z]{3,}ed)\b"
        r"|it\s+(?:(?:also|still|now)\s+)?(?:has|had)\s+[a-z]+ed\b"
    )  # "A, but he voiced support for B", "A, but it has soured the mood": the speaker's second claim

    def _new_subjects(self, start: int, end: int) -> list[tuple[int, int]]:
        """Where reported speech goes on with a new subject and its verb: "A, and China "respects
        B"", "A, but Canberra has no wish to ...", "A, and he has said the same to B": a second
        claim of the same speaker (the subject an actor or a personal pronoun)."""
        out = []
        for m in self.NEW_SUBJECT.finditer(self.norm[start:end]):
            at = start + m.end()
            first = self.mention_at(at)
            listed = any(x.end == start + m.start() for x in self.mentions)  # "A, B, and C have ...": a list
            named = first is not None and not listed and self.CLAUSE_VERB.match(self.norm[first.end : end])
            pm = None if named or first is not None else self.PRONOUN_CLAUSE.match(self.norm[at:end])
            if pm and self.d.speech_re_any.fullmatch(pm.group().split()[-1]):
                pm = None  # "A, and he warned that B": the cut of :meth:`speech_pieces`, after the verb
            if named or pm:  # ('"A," and he has ...': the first piece keeps its closing mark)
                out.append((m.start() + 2 * m.group().startswith(',"'), m.end()))
        return out

    IN_WORDS = re.compile(r",\s*in\s+(?P<who>[^,\"]{2,60}?)(?:'s|s')\s+(?:own\s+)?words\s*[.!]?\s*$")
    """ "..., in Boric's words.": the speaker named last, by the words that are theirs."""

    def _said_last(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "CLAUSE, a Japanese government official said." / "CLAUSE, said X.": the speaker comes last."""
        st = self.norm[ss:se]
        if st.lstrip().startswith('"'):
            return False  # a quotation and its attribution: _quotations' job
        wm = self.IN_WORDS.search(st) if "words" in st else None
        if wm and not self.covered(ss, ss + wm.start()):  # 'Peru had "crossed a line", in Boric's words.'
            who, _near = self.subject(ss + wm.start("who"), ss + wm.end("who"), voice)
            lead = self._dateline(line) if ss == line.start else 0
            if who is not None and self.add_claim(who, ss + lead, ss + wm.start(), form=line.form):
                voice.heard(who, n)
                return True
        cut = max(0, len(st) - 160)  # the speaker comes last: look at the sentence's end only
        cut = st.find(",", cut) if "," in st[cut:] else len(st)
        if not self._speaks(ss + cut, se) and "according to" not in st[cut:] and " report" not in st:
            return False  # no verb of saying in the tail: the pattern below cannot match
        tail = self.d.pattern(
            "said_last.tail",
            lambda: r",\s*(?:(?P<said>"
            + self._speech()
            + r")\s+(?P<who2>(?:[^,\s]+\s+){0,5}[^,\s]+?)"
            r"|(?P<who>(?:[^,\s]+\s+){0,7}[^,\s]+?(?:,\s+(?:[^,\s\"]+\s+){0,7}[^,\s\"]+?,)?)\s+(?:"
            + self._speech()
            + r"|reported|reports)"  # "..., Pakistani television reported.": (not a verb of saying elsewhere)
            r"(?:\s+(?:reporters|journalists|the\s+press|the\s+media"
            r"|a\s+(?:news\s+)?(?:conference|briefing))"
            r"|(?<=told)\s+(?P<whom>(?:the\s+)?(?:[\w'.-]+\s+){0,5}?[A-Z][\w'.&-]*(?:\s+[\w'.&-]+){0,2}?)"
            r"(?:,\s+(?:the|a|an)\s+[^,\"]{2,40},?)?(?:\s+by\s+(?:tele)?phone)?)?"  # (audit21) "CLAUSE,
            # witnesses told the Ghana News Agency (, the state agency).": whom they told, the outlet
            r"|(?P<acc>according to)\s+(?P<who3>(?:[^,\s]+\s+){0,7}[^,\s]+?))"
            r"(?:\s+(?:on|in|at|last|this)\s+[\w ]{1,30}?"
            r"|\s+(?:late\s+|early\s+)?" + self.WEEKDAY  # "..., officials said Friday." (audit20b)
            + r"(?:\s+(?:night|morning|evening|afternoon))?)?"
            r"(?:,\s*(?:citing|according to)\s+[^,]{2,60}?)?"
            r"(?:,\s*(?:as|while|after|before|when|in\s+(?:the|a|an|what|its)|amid|days?\s+after|hours\s+after)\s+"
            r"[^,\"]{2,120}?)?"  # ", as Seoul held drills.", ", in the worst attack this year."
            r"\s*[.!]?\s*$",
        ).search(st[cut:])
        if tail:  # offsets into the sentence
            tail = _Shifted(tail, cut)
        elif ss == line.start and (lead := self._dateline(line)):
            return self._lede_said(line, n, ss + lead, se, voice)
        if not tail or self.covered(ss, ss + tail.start()):
            return False
        if (st[: tail.start()].rstrip(" ,.!?").endswith('"') and not tail.group("acc")) or st[
            : tail.start()
        ].count('"') % 2:
            return False  # '"...," X said': the quotation's job
        group = "who2" if tail.group("said") else "who3" if tail.group("acc") else "who"
        if group == "who2" and (
            not self.d.pattern(
                "said_last.who2",
                lambda: r"(?:(?:an?|the)\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,4}(?:" + self.d.title_alt + r")\b)",
            ).match(tail.group("who2"))
            or re.search(
                r"\b(?:would|will|is|are|was|were|has|had|could|must|should|can|to\s+[a-z]+)\b",
                tail.group("who2"),
            )
        ):
            return False  # ", said the government had lied", ", urged Egypt to wait": a clause, not a speaker
        if re.match(r"(?:our|this)\s", tail.group(group), re.I):
            return False  # "..., our correspondent reports.": the article's own reporter, no source
        who, _near = self.subject(ss + tail.start(group), ss + tail.end(group), voice)
        if who is None:  # "..., residents and officials said.": sources the article does not name
            who = self._source_named(ss + tail.start(group), ss + tail.end(group))
        reported = group == "who" and self.REPORTED_END.search(tail.group())  # "..., Kyodo reported."
        if (
            (group == "who3" or reported)
            and who is not None
            and self.actors[who]["type"] == "media"
            and self.d.speech_re.search(st, 0, tail.start())
        ):
            return False  # "X said Y, according to TASS": X's words through the outlet, not the outlet's
        lead = self._dateline(line) if ss == line.start else 0  # "SEOUL, May 3 (Wire) - ": not the claim
        via = self.outlet_at(ss + tail.start("whom"), ss + tail.end("whom")) if tail.group("whom") else None
        if who is None or not self.add_claim(
            who, ss + lead, ss + tail.start(), form=line.form, direct=False, via=via
        ):
            return False
        voice.heard(who, n)
        return True

    REPORTED_END = re.compile(r"\s(?:reported|reports)\b")

    LEDE_SAID = re.compile(
        r",\s+(?P<who>(?:[^,\s\"]+\s+){0,5}[^,\s\"]+?)\s+(?:said|say|says|reported|announced|confirmed)"
        r"(?:\s+(?:on|in|at|last|this)\s+\w+)?,\s+(?=\S)"
    )

    def _lede_said(self, line: Line, n: int, start: int, se: int, voice: _Voice) -> bool:
        """ "GEORGETOWN, Nov. 25 (Reuters) - CLAUSE, Guyanese officials said, the most serious ...": a
        wire's first sentence that names its source after the first clause, then goes on: the
        clause is the source's (what follows the source is not)."""
        m = self.LEDE_SAID.search(self.norm, start, se)
        clause = self.norm[start : m.start()] if m else ""
        if m is None or clause.count('"') % 2 or len(clause.split()) < 6:
            return False  # inside a quotation, or too short for a clause of its own
        a, b = m.span("who")
        who = self.subject(a, b, voice)[0] or self._source_named(a, b)
        if who is None or who == "article" or self.covered(start, m.start()):
            return False
        if self.add_claim(who, start, m.start(), form=line.form, direct=False):
            voice.heard(who, n)
        return True

    ASIDE_TAIL = r"(?:\s+\w+ly)?(?:\s+(?:on|in|at|to)\s+[^,\"]{2,40}?)?,\s"
    """What follows the verb of an aside ("he wrote on social media, "), up to the comma's first
    space: after the verbs, the aside's pattern, and its quick test (a verb before a comma), which
    most sentences fail in a quarter of the time the pattern takes (its speaker may be any words)."""

    def _aside(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "Its troops, he said, were "a guarantee of peace"", "Her view is shared, diplomats say,
        in ...": a speaker set between commas inside the claim. The claim is what follows the
        aside when that carries a quotation (the quoted words), else the whole sentence."""
        st = self.norm[ss:se]
        if not self._speaks(ss, se):
            return False  # no verb of saying: the pattern below cannot match
        hint = self.d.pattern("aside.hint", lambda: r"\s(?:" + self._speech() + ")" + self.ASIDE_TAIL)
        if not hint.search(st):
            return False  # no verb before a comma (most sentences): the pattern below cannot match
        am = self.d.pattern(  # "New Delhi and Kabul, he wrote on social media, had formed ..."
            "aside",
            lambda: r"(?P<lead>(?:[^,\"]|(?<=\d),(?=\d)){3,120}?),\s+(?P<who>[^,\"]{2,60}?)\s+"
            r"(?:" + self._speech() + ")" + self.ASIDE_TAIL + r"+(?=\S)",
        ).match(st)
        if not am or self.d.speech_re_any.search(am.group("lead")):
            return False
        rest = st[am.end() :]
        if len(rest.split()) < 2 or self.covered(ss, se):
            return False
        a, b = ss + am.start("who"), ss + am.end("who")
        pm = re.fullmatch(r"(he|she|they|it)", am.group("who"), re.I)
        if pm:
            who = self.pronoun_at(a, n, voice, pm.group(1))
        else:
            if re.match(r"the\s+(?:[\w-]+\s+){0,2}?[\w-]*[^s\s]\s*$", am.group("who"), re.I):
                # "Tokyo, the minister said, had ...": the minister named before, if there is one
                who = self.described(a, b) or self._source_named(a, b) or self.speaker_at(a, b)
                who = who or self._described_person(a, b, n, voice)  # ", the 61-year-old added,"
            else:
                who = self._source_named(a, b) or self.speaker_at(a, b) or self.described(a, b)
            if who is None or len(am.group("who").split()) > 6:
                return False
        lead = self._dateline(line) if ss == line.start else 0
        colon = st.rfind(": ", lead, am.end("lead"))
        if colon != -1:  # "A coast guard officer was less amused: the lighthouse, he said, was ...": the
            np = self.COLON_OPENER.match(st, lead, colon)  # words after the colon, the opener's
            source = np and self._source_named(ss + np.start(1), ss + np.end(1))
            who = source if pm and source else who
            lead = colon + 2
        if who is None:
            return False
        # "A and B, he said, formed "an axis"": the members are part of the claim
        named = len(self.mentions_in(ss, ss + am.end("lead")))
        members = named > 1 and self.names_grouping(ss + am.end(), se)
        subject = self.ASIDE_SUBJECT.fullmatch(self.norm, ss + lead, ss + am.end("lead"))
        if subject and not members:
            # "Kazakhstan, he said, "will not be ...,"": the clause with its subject and the aside (as
            # curators cut it), up to where reported speech ends or the speaker goes on
            pieces = self.speech_pieces(ss + lead, self._reported_end(ss + am.end(), se))
        else:
            start = ss + am.end() if '"' in rest and not members else ss + lead
            pieces = [(start, self._reported_end(ss + am.end(), se))]  # (not ", though Washington ...")
            if start == ss + lead and self._comparison_after_said(line, ss, se):
                pieces = [(start, ss + am.end("lead"))]  # "..., the army said, the latest ...": the
                # words end at the aside; the comparison after it is the article's (audit20c)
        if any([self.add_claim(who, a, b, form=line.form, direct=False) for a, b in pieces]):
            voice.said(who, n)
        return True

    COLON_OPENER = re.compile(
        r"\s*((?:[Aa]n?|[Tt]he)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+?)(?=\s*,|\s+(?:was|were|is|are|had|has|put|went|who)\b)"
    )
    """The noun phrase opening a sentence whose words follow a colon ("A US Coast Guard officer, who
    ..., was less amused: ..."): an unnamed source, if it is one."""

    ASIDE_SUBJECT = re.compile(
        r"\s*(?!(?:If|When|As|Asked|After|Before|Since|Once|Although|Though|While|Because|Unless|In|On|At)\b)"
        r"(?:[\w'\u2019.-]+\s+){0,2}[\w'\u2019.-]+\s*"
    )
    """The subject of a clause an aside interrupts ("Kazakhstan, he said, ...", "The Houthis, the source
    added, ..."): three words or fewer, no subordinate opening."""

    SPACED_DASH = re.compile(r"\s-\s")

    def _dash_source(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "Kenya armed the rebels - Ugandan army spokesman Felix Kulayigye.": a source after a
        closing dash (a bullet's or a wire summary's way of attributing) says what comes before it."""
        st = self.norm[ss:se]
        if "-" not in st or not self.SPACED_DASH.search(st):
            return False  # no dash between spaces: the pattern below cannot match
        dm = re.search(r"\s-\s+(?P<who>(?:[\w.'-]+\s+){0,5}[\w.'-]+?)\s*[.)]?\s*$", st)
        if not dm or '"' in st[dm.start() :] or self.covered(ss, ss + dm.start()):
            return False
        a, b = ss + dm.start("who"), ss + dm.end("who")
        ms = [m for m in self.mentions_in(a, b)]
        rest = re.sub(r"\s+", " ", "".join(  # what the source part says besides names and titles
            ch for k, ch in enumerate(self.norm[a:b]) if not any(m.start <= a + k < m.end for m in ms)
        )).strip(" ,")  # fmt: skip
        plain = self.d.source_modifiers | {"the", "a", "an", "of", "and", "'s"}
        words = [w for w in re.findall(r"[\w.'-]+", self.d.pattern(
            "dash_source.titles", lambda: r"\b(?:" + self.d.title_alt + r")\b"
        ).sub("", rest))
                 if not w[:1].isupper() and w.lower() not in plain]  # fmt: skip
        if not ms or words:
            return False  # "... - a move Moscow hates": a clause, not a source
        people = [m for m in ms if self.actors[m.actor]["type"] == "person"]
        who = (people or ms)[-1].actor
        bullet = BULLET.match(line.text) if ss == line.start else None
        lead = bullet.end() if bullet else self._dateline(line) if ss == line.start else 0
        if self.add_claim(who, ss + lead, ss + dm.start(), form=line.form, direct=False):
            voice.heard(who, n)
        return True

    PIECE_IN = re.compile(
        r"\b(?:editorial|commentary|column|op-ed|leader|opinion\s+piece)\s+(?:in|of|by)\s+(?:the\s+)?$"
    )
    """ "An editorial in the Global Times described ...": the outlet's own words."""

    AND_THEN = re.compile(
        r"(?:,\s*and|\s+and\s*,\s*(?:in|on|at|via|through|speaking|writing)\b[^,\"]{0,80},)"
        r"\s+(?:(?:also|then|later|further)\s+)?$"
    )
    """ "X seized a tanker, and", "X summoned the ambassador and, in a statement," before the verb."""
    SUBJECT_ASIDE = re.compile(
        r",\s*(?:(?:who|which|known|speaking|writing|citing|according|quoted|as|in|an?|the|whose|asked|answering"
        r"|questioned|interviewed|responding|replying|addressing|visiting|talking|pressed|now|formerly|once|on|near"
        r"|reached|contacted|where|one\s+of|being|having|held|detained|jailed|imprisoned|living|based"
        r"|then|until|previously|himself|herself|themselves|still|long|however|meanwhile|for\s+(?:his|her|its|their)\s+part"
        r"|director|head|chair(?:man|woman|person)?|president|leader|secretary|spokes(?:man|woman|person)|professor"
        r"|analyst|researcher|chief|deputy|founder|co-founder|editor|member|commander|governor|ambassador|envoy"
        r"|advis[eo]r|coordinator|fellow|lecturer|executive|senior)\b"
        r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:'s|s')\s)[^,]*,\s*(?:(?:has|have|had|also|\w+ly)\s+){0,2}$"
    )  # "Turkey, Azerbaijan's ally,", "Sudan's army, which is fighting X, has repeatedly (accused)",
    # "Sameer Haddadin, director of the Al-Quds Center in Amman," (a bare title)
    """The subject's end, ", and (then)", and an aside before the verb: searched in every subject,
    compiled once (and only where a comma is: both open with one)."""
    NOT_NAMED_ASIDE = re.compile(
        r",\s*(?:(?:and\s+)?who\s+(?:asked|spoke|did\s+not|would\s+not|declined|requested|was\s+not|were\s+not)"
        r"|speaking)\b[^\"]*\b(?:named|anonymity|identified|(?:his|her|their)\s+names?|to\s+the\s+press"
        r"|to\s+speak\s+publicly|publicly)\b"
    )
    """ ", who asked not to be named,", ", speaking on condition of anonymity,", ", who asked me not to
    print his name,": an aside that says the source is not named."""
    ANONYMOUS_ONE = re.compile(r"\s*(?:[Aa]n?|[Oo]ne)\s+((?!of\b)[a-z][\w-]*(?:\s+[\w'-]+){0,6}?)\s*")
    """ "A surveyor from the regional land registry", "a member of the Mexican delegation": one person,
    by what the article calls them (before an aside that says they are not named)."""
    RELATIVE_ASIDE = re.compile(
        r",\s*(?:who|which|whose)\b[^\"]*,\s*(?:(?:has|have|had|also|\w+ly)\s+){0,2}$"
    )
    """ "The EU, which keeps Italian, Spanish and French warships there, said": a relative clause
    before the verb, commas and all (a list in it), when ``SUBJECT_ASIDE`` finds no aside and it
    names no person."""
    DOCUMENT_VERB = re.compile(
        opening(r"\b(?:statement|message|letter|post|video|note|communiqu[eé]|release|tweet)\s+$", re.I), re.I
    )
    """A document before a verb of saying: the verb is its participle ("a statement posted on ...")."""
    DOCUMENT_WORDS = required(DOCUMENT_VERB.pattern, DOCUMENT_VERB.flags)

    def _document_before(self, text: str, end: int) -> bool:
        """``DOCUMENT_VERB.search(text, 0, end)``, as a truth value. Its match ends at ``end`` (past
        spaces only), so one of its nouns (:attr:`DOCUMENT_WORDS`, shorter than 40 characters) ends
        right before them: the words as plain strings there first, where the pattern under ``re.I``
        is tried at every position of the text (asked of every verb of saying a sentence holds)."""
        if not may_hold(self.DOCUMENT_WORDS, text[:end].rstrip()[-40:], caseless=True):
            return False
        return self.DOCUMENT_VERB.search(text, 0, end) is not None

    NOUN_BEFORE = re.compile(
        r"\b(?:other|member|the|these|those|many|several|some|all|both|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve|fifteen|twenty|\d+|neighbouring|neighboring|[Gg]ulf|[Aa]rab|[Ww]estern)\s+$"
    )
    """A word before "states", "claims" that makes it a noun ("twelve other states, said"): not the verb."""

    ONE_OF_THEM = re.compile(r"\s*(?:[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome) of (?:them|those|these)\s*,?\s*")
    A_SPOKESPERSON = re.compile(
        r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.'-]+\s+){0,4}?spokes(?:man|woman|person)\s*,?\s*"
    )
    ING_WORD = re.compile(r"[a-z]+ing\b")
    ING_AND = re.compile(r"\s[a-z]+ing\s[^,;:\"]*\sand\s+$")
    """ "X issued a statement backing Cairo's position and (calling on ...)": a participle before
    another, both the sentence subject's (not Cairo's)."""
    BASED_IN_BEFORE = re.compile(
        r"\w[\w.,'-]*\s+(?:based\s+)?(?:in|from|at)\s+$|\b(?:[Rr]esidents|[Pp]eople|[Cc]itizens|[Ii]nhabitants)\s+of\s+$"
    )

    def subject(self, start: int, end: int, voice: _Voice) -> tuple[str | None, bool]:
        """Who speaks in the subject ``[start, end)`` before a speech verb, and whether it is near it.

        A parenthetical before the verb (", who spoke on condition of anonymity,", ", speaking
        to reporters,") is skipped; a person beats any other actor; a pronoun is the last speaker;
        "the spokesperson", "the ministry" is the last actor so described.
        """
        start = self._after_colon(start, end)
        region = self.norm[start:end]
        verb = self._speech_in(start, end) and next(
            (v for v in self.d.speech_re_any.finditer(region)
             if not self._document_before(region, v.start())
             and not (v.group().endswith("s") and self.NOUN_BEFORE.search(region, 0, v.start()))
             and not self._in_as_aside(region, v)),
            None,
        )  # not "In a statement posted on Facebook, it said": there the verb qualifies the statement
        if verb:  # "X said it supported ... and called ...": the subject comes before the first verb
            region = region[: verb.start()]
        start, region = self._past_as_aside(start, region)
        opened = self.DESCRIBED_OPENS.match(region) if ", the " in region else None
        if opened is not None:  # "In a speech on Tuesday, the 61-year-old leader praised ... and said"
            who = self._described_person(start + opened.start("d"), start + opened.end("d"),
                                         self.line_of(start), voice)
            if who is not None:  # the person described, named just before (audit20c)
                return who, True
            if region.lstrip().startswith(("Asked", "Speaking", "Addressing")):  # ("Asked whether Tonga
                start, region = start + opened.start("d"), region[opened.start("d") :]  # could pay, the
                # finance minister said": a participle's subject is the clause's; the opener names no one)
        summoned = self.SUMMONED_TO.search(region) if " to" in region else None
        if summoned is not None:  # "X summoned the Russian ambassador, Y, to complain that": X (audit20c)
            return self.subject(start, start + summoned.start(), voice)
        told = self.ADDRESSEE_OPENER.match(region) if region[:1] in "IDAFS" else None
        if told is not None and told.end() < len(region.rstrip()):
            start, region = start + told.end(), region[told.end() :]  # (whom it was written to, not who)
        sub = self.SUBORDINATE_SUBJECT.search(region) if " " in region else None
        if sub is not None:  # "France summoned Y's envoy after the minister accused ...": the minister
            start, region = start + sub.start("rest"), sub.group("rest")
        elif region.strip() and (
            ("," in region and self.AND_THEN.search(region))
            or (region.rstrip().endswith(",") and self.ING_WORD.match(self.norm[end : end + 20]))
            or (  # (first what its match ends with: each space of the region opens a try that runs to
                # its end and back)
                region[-1:].isspace()
                and region.rstrip().endswith("and")
                and self.ING_AND.search(region)
                and self.ING_WORD.match(self.norm[end : end + 20])
            )
        ):
            opener = self._sentence_subject(start, end)  # "X seized a tanker, and accused ...",
            if opener is not None:  # "X rejected the draft, saying ...": X, whoever the clause names
                return opener, True
        if self.ONE_OF_THEM.fullmatch(region) and not self.mentions_in(start, end):
            # (not one the actor rules drafted a source of its own)
            earlier = [
                c.speaker
                for c in self.claims
                if c.end <= start and self.actors.get(c.speaker, {}).get("unnamed")
            ]
            if earlier and earlier[-1] != "unknown-speaker":  # "One of them said": the unnamed sources before
                return earlier[-1], True
        quoted = [(start + q.start(), start + q.end()) for q in DQUOTE.finditer(region)]
        paren = self.SUBJECT_ASIDE.search(region) if "," in region else None
        if (paren is None or "wh" not in paren.group()[:8]) and ", wh" in region:
            # (a relative clause that opens before an aside it holds: "X, which groups A with B, the
            # C and seven other states, said")
            rel = self.RELATIVE_ASIDE.search(region)
            wider = rel is not None and (paren is None or (
                rel.start() < paren.start() and not re.search(r";|,\s+(?:and|but)\s", rel.group())
            ))  # (not across a clause of its own: "X, which A, was B; C, and D's secretariat, in E,")
            if rel and wider and not any(
                # "whose spokesman, Abdul Qahar Balkhi, said": the name is the subject
                self.actors[m.actor]["type"] == "person" for m in self.mentions_in(start + rel.start(), end)
            ):
                paren = rel
        if paren:
            named = self._apposed_body(start, region, paren)
            if named is not None:
                return named, True
            region = region[: paren.start()]
            hidden = self.NOT_NAMED_ASIDE.match(paren.group()) and self.ANONYMOUS_ONE.fullmatch(region)
            if hidden and not any(  # "A surveyor from the land registry, who asked not to be
                self.actors[m.actor]["type"] == "person" for m in self.mentions_in(start, start + len(region))
            ):  # named, said": that one unnamed person, not a place or body the words name
                a, b = start + hidden.start(1), start + hidden.end(1)
                return self._unnamed_source(
                    self.text[a:b].translate(FOLD), (a, b), "A source the article does not name."
                ), True
        ms = [
            m
            for m in self.mentions_in(start, start + len(region))
            if self.actors[m.actor]["type"] != "media" and not any(a <= m.start < b for a, b in quoted)
            and self.norm[m.end : m.end + 6] != "-based"  # "The Paris-based magazine": where, not who
        ]
        owned = self._owned_outlet(start, start + len(region)) if ms and "s " in region else None
        if owned is not None:  # "China's state-run Global Times said": the outlet, not its country
            return owned, True
        if not ms:  # "The Global Times wrote that ...": an outlet that speaks itself (not "(Reuters) -")
            ms = [
                m
                for m in self.mentions_in(start, start + len(region))
                if (
                    not re.search(  # not "in a statement quoted by the Spanish agency EFE, the mission said"
                        r"(?:\(|\b(?:told|to|in|by|with|on|via|according\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3})$",
                        self.norm[start : m.start],
                    )
                    or self.PIECE_IN.search(self.norm[start : m.start])  # "An editorial in the Global Times"
                )
                and self.norm[m.end : m.end + 1] != ")"
                and self.norm[m.end : m.end + 6] != "-based"
            ]
        located = [
            m for m in ms
            if self.actors[m.actor]["type"] == "state"
            and self.BASED_IN_BEFORE.search(self.norm[start : m.start])
        ]  # "a Western diplomat in Lusaka", "the secretariat in Gaborone": where they are, not who speaks
        if located and located[-1] is ms[-1]:
            line = self.lines[self.line_of(start)]
            lead = start + (self._dateline(line) if start == line.start else 0)  # "LIMA, May 2 - People in"
            rest = [m for m in ms if m not in located and m.start >= lead]
            upto = start + len(region.rstrip(" ,"))
            source = None if rest else self._source_named(lead, upto) or self._plain_source(lead, upto)
            if source:  # ("Opposition politicians in Kenya", "People in Kampala": they, not Kenya)
                return source, True
            office = None if not rest or self.actors[rest[-1].actor]["type"] in ("person", "media") else (
                self._state_office(rest[-1], start + len(region))
            )
            if office is not None:  # "Angola's ambassador in Windhoek said": that ambassador (words22)
                return office, True
            if rest:  # a person beats any other actor: "NAME, head of the X Institute in Accra,"
                m = next((m for m in reversed(rest) if self.actors[m.actor]["type"] == "person"), rest[-1])
                return m.actor, m.end >= start + len(region) - 45
        indefinite = region.lstrip().lower().startswith(("a ", "an ", "one ", "another "))
        role = self._role_of(start, region) if ms and indefinite else None
        if role is not None:  # "An officer of the Border Force", "A minister in Mr. X's government": one
            return role, True  # unnamed person, not the body or the person it belongs to
        people = [m for m in ms if self.actors[m.actor]["type"] == "person"]
        if ms and not people and self.A_SPOKESPERSON.fullmatch(region):
            # "A Ugandan government spokesman, quoted by ..., said": one unnamed person, not Uganda
            # (not "a Chinese embassy official": there the embassy speaks)
            source = self._source_named(start, start + len(region.rstrip(" ,")))
            if source is not None:
                return source, True
        pm = self.d.pattern("subject.pronoun", lambda: opening(
            r"\b(he|she|they|it)(?:,?\s+(?:further|also|again|later|then|\w+ly|in\s+turn|too|meanwhile|however"
            r"|for\s+(?:his|her|its|their)\s+part),?)?\s*$",
            re.I,
        ), re.I).search(region)  # "He in turn accused", "She, for her part, said"
        held = self._relative_it(start, region, pm) if pm and pm.group(1).lower() == "it" else None
        if held is not None:  # "Russia has never recognised the zone, which it says ...": Russia
            return held, True
        if pm and (not people or re.search(r",\s*" + re.escape(pm.group(0)) + r"$", region)):
            # "Speaking in Nuuk on Monday, he said": the pronoun is the subject, not the place
            who = self.pronoun_at(start + pm.start(), self.line_of(start), voice, pm.group(1))
            if who is not None or not ms:
                return who, who is not None
        if not people and ms and self.actors[ms[-1].actor]["type"] not in ("person", "media"):
            office = self._state_office(ms[-1], start + len(region))
            if office is not None:  # "Lithuania's interior minister, quoted by LRT, said": that minister
                return office, True
        if "spokes" in region:
            spokes = self._spokesperson(start, start + len(region), people)
            if spokes is not None:
                return spokes, True
        if people and region.rstrip(" ,").endswith("s office"):
            office = self._his_office(start, start + len(region), voice)
            if office is not None:  # "Prime Minister X's office said": the office's words, not X's
                return office, True
        if people or ms:
            m = (people or ms)[-1]
            near = m.end >= start + len(region.rstrip(" ,")) - 45
            return m.actor, near
        described = (
            self.described(start, start + len(region))
            or self._its_body(start, start + len(region))
            or self._his_office(start, start + len(region), voice)
            or self._the_government(start, start + len(region))
            or self._their_title(start, start + len(region))
            or self._described_person(start, start + len(region), self.line_of(start), voice)
            or self._plain_source(start, start + len(region))
            or self._plain_source_opened(start, start + len(region))
            or self._described_source(start, start + len(region))
            or self._named_unmarked(start, start + len(region))
        )
        return described, described is not None

    DESCRIBED_SOURCE = re.compile(
        r"\s*(?:(?:However|But|Meanwhile|And),?\s+)?(?:[Tt]he|[A-Z][\w'-]+(?:'s|s'))\s+"
        r"(?P<words>(?:(?!(?:has|have|had|is|are|was|were|also|still|will|would)\b)[\w-]+\s+){0,3}?"
        r"(?P<head>[a-z]+(?:er|or|ist|ian)|staff|bureau)"
        r"(?:\s+(?:for|of)\s+[A-Z][^,;:\"()]{2,40}?)?)\s*,?\s*"
    )
    SAID_NEXT = re.compile(r"(?:said|says|say|told)\b")

    def _described_source(self, start: int, end: int) -> str | None:
        """One unnamed source a subject only describes by a role ("However, the coroner said", "The
        weather bureau says", "the hospital's staff said": lee27), no actor named in it and no person
        so described before (:meth:`_described_person` first), before "said", "says" or "told": as
        the text words it. Not an office a person named elsewhere holds ("The Member for Fremantle",
        "Brisbane's Lord Mayor": a title, the holder's; :meth:`_title_holder` knows only some)."""
        lead = self.SUBORDINATE_LEAD.match(self.norm, start, end)  # ("While A, the weather bureau says")
        start = lead.end() if lead else start
        dm = self.DESCRIBED_SOURCE.fullmatch(self.norm, start, end)
        if dm is None or not self.SAID_NEXT.match(self.norm, end) or self.mentions_in(start, end):
            return None
        a, b = dm.span("words")
        words = self.text[a:b].translate(FOLD)
        return self._unnamed_source(words, (a, b), "A source the article does not name.")

    SUBORDINATE_LEAD = re.compile(
        r"\s*(?:While|Although|Though|As|After|When|Since|Because|With|Despite)\s[^\"]{2,160}?,\s+(?=\S[^,]*$)"
    )
    PLAIN_SUBJECT_ACTS = re.compile(
        r"(?P<subject>[^,;:\"]{2,60}?)\s+(?:are|is|was|were|have|has|had|will|would|can|could|did|do|does"
        r"|[a-z]+ed)\b[^;:\"]{2,160}?,?\s+(?:and|but)\s+(?:also\s+)?$"
    )

    def _plain_source_opened(self, start: int, end: int) -> str | None:
        """Unnamed people (:attr:`PLAIN_SOURCE`) who speak after a clause the subject region opens
        with: "While few details are available, fire authorities say ...", or in a clause of their
        own (", but union leaders say"), before an auxiliary ("Local commanders have warned"), or
        after their own act, the verb of saying the second of two ("Police are questioning two men
        but say ...", "Doctors performed tests and said ...": lee27)."""
        lead = self.SUBORDINATE_LEAD.match(self.norm, start, end)
        lead = lead or self.CLAUSE_THEN.search(self.norm, start, end)
        if lead is not None:  # (", but union leaders say": the clause the conjunction opens)
            return self._plain_source(lead.end(), end)
        aux = self.AUXILIARY_LAST.search(self.norm, start, end)
        if aux is not None:  # ("Local commanders have warned", "Scientists have already predicted")
            return self._plain_source(start, aux.start())
        acts = self.PLAIN_SUBJECT_ACTS.fullmatch(self.norm, start, end)
        if acts is not None:
            joined = self.JOINED.match(self.norm, start, acts.end("subject"))  # ("But airlines are ...")
            return self._plain_source(joined.end() if joined else start, acts.end("subject"))
        return None

    JOINED = re.compile(r"\s*(?:But|And|Yet|So|Still|However,?)\s+")
    CLAUSE_THEN = re.compile(r",\s+(?:but|and|while|whereas)\s+(?=[^,;\"]{2,60}$)")
    AUXILIARY_LAST = re.compile(
        r"\s+(?:has|have|had)(?:\s+(?:also|already|earlier|previously|repeatedly|\w+ly))*\s*$"
    )


    OWNER_OF_OUTLET = re.compile(r"(?:'s|s'|\u2019s)\s+(?:[\w-]+\s+){0,3}")
    OUTLET_TAIL = re.compile(
        r"(?:\s+(?:newspaper|daily|weekly|paper|news\s+agency|agency|broadcaster|television|radio|website))?\s*,?\s*"
    )

    def _owned_outlet(self, start: int, end: int) -> str | None:
        """The outlet a subject names after its owner's possessive: "China's state-run Global Times",
        "Britain's Guardian newspaper" speak, not the state named first (claims29); None for any
        other subject (a mention after the outlet, words between that are not "X's ...")."""
        ms = self.mentions_in(start, end)
        if len(ms) < 2 or self.actors[ms[-1].actor]["type"] != "media":
            return None
        if not self.OUTLET_TAIL.fullmatch(self.norm, ms[-1].end, end) or not re.fullmatch(
            r"\s*(?:[-*\u2022]\s+)?", self.norm[start : ms[0].start]
        ):
            return None
        if any(
            self.actors[a.actor]["type"] in ("person", "media")
            or not self.OWNER_OF_OUTLET.fullmatch(self.norm, a.end, b.start)
            for a, b in itertools.pairwise(ms)
        ):  # (not "Kenya's president told the Nation": no possessive just before the outlet)
            return None
        return ms[-1].actor

    NAME_ONLY = re.compile(
        r"\s*(?:[-*\u2022]\s+)?(?:[Tt]he\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4})\s*,?\s*"
    )

    def _named_unmarked(self, start: int, end: int) -> str | None:
        """The actor a subject names by all of ``[start, end)`` when the actor rules found that name
        elsewhere (an actor's label or alias) but marked no mention here: "Chadema said in a
        statement that ...", after "Lissu's Chadema party" (claims29); None for any other words, a
        name two actors share or an outlet's (not "The Herald, citing the ministry, said": the
        ministry's words, which the citing rules give)."""
        nm = self.NAME_ONLY.fullmatch(self.norm, start, end)
        if nm is None:
            return None
        name = nm.group(1)
        hits = {
            a["id"] for a in self.actors.values()
            if not a.get("unnamed") and a["type"] != "media" and (a["label"] == name or name in a["aliases"])
        }  # fmt: skip
        return hits.pop() if len(hits) == 1 else None

    RELATIVE_IT = re.compile(r"(?:,\s*which|\s(?!what\b)[a-z]{3,})\s+it\s*$")
    SUBJECT_VERB = re.compile(
        r"\s+(?:(?:has|have|had|is|was|can|could|will|would|may|might|must)\b|(?:never|not|also)\s|[a-z]+ed\b)"
    )
    IT_KINDS = ("state", "government-body", "organization", "armed-force")

    def _relative_it(self, start: int, region: str, pm: re.Match[str]) -> str | None:
        """Whom "it" stands for when it opens a relative clause inside the clause of a state or body
        that is its subject: "Russia has never recognised the zone, which it says Oslo declared",
        "whether Jordan can keep bombing a neighbour it says it wants to help": Russia, Jordan, not
        the last speaker (claims29); None otherwise."""
        if not self.RELATIVE_IT.search(region, 0, pm.end()):
            return None
        subjects = [
            m for m in self.mentions_in(start, start + pm.start())
            if self.actors[m.actor]["type"] in self.IT_KINDS and self.SUBJECT_VERB.match(self.norm, m.end)
        ]  # fmt: skip
        return subjects[-1].actor if subjects else None

    AS_ASIDE_BEFORE = re.compile(r",\s+as\s+[^,\"]{2,80}$")

    def _in_as_aside(self, region: str, v: re.Match[str]) -> bool:
        """Is the verb ``v`` inside an aside that "as" opens and a comma closes before the subject:
        "Asked whether X would go to court, as his partners have urged, Y said": Y's verb is "said",
        not "urged" (claims29)."""
        return bool(self.AS_ASIDE_BEFORE.search(region, 0, v.start())) and bool(
            re.match(r"(?:\s+for\s+\w+)?\s*,\s+(?:[A-Z]|the\s)", region[v.end() :])
        )

    AS_ASIDE = re.compile(r",\s+as\s+[^,\"]{2,80},\s+(?=\S)")

    def _past_as_aside(self, start: int, region: str) -> tuple[int, str]:
        """The subject after an "as" aside that holds a verb ("Asked whether ..., as lawmakers have
        demanded for months, the deputy secretary said"): the words after it, not the ones who
        demanded (claims29); the subject unchanged when there is no such aside."""
        am = self.AS_ASIDE.search(region) if ", as " in region else None
        if am is None or not re.search(r"\b[a-z]+ed\b", am.group()) or not region[am.end() :].strip():
            return start, region
        return start + am.end(), region[am.end() :]

    CLAUSE_COLON = re.compile(r"[:;]\s+(?=(?:an?|the|one|two|three|several|some)\s)")

    def _after_colon(self, start: int, end: int) -> int:
        """Where the subject before a verb of saying starts past a colon or a semicolon that opens a
        clause with a noun phrase in lower case ("ECOWAS has no say; a spokesperson for the AU said"):
        "That is a hard sell in X and, if officials are to be believed, in Y
        too: a diplomat quoted by Z said ...": the diplomat, not an actor of the words before it (not
        "a hard week for X: he ... then declared": "he" is X) (claims29)."""
        if ":" not in self.norm[start:end] and ";" not in self.norm[start:end]:
            return start
        cm = max(self.CLAUSE_COLON.finditer(self.norm, start, end), key=lambda m: m.end(), default=None)
        if cm is None or '"' in self.norm[cm.end() : end]:
            return start
        return cm.end()

    FIRST_NAME = re.compile(
        r"\bgave\s+only\s+(?:his|her)\s+first\s+name,\s+(?P<name>[A-Z][\w'-]+)\b(?!\s+[A-Z])"
    )

    def _first_name_given(self, start: int, end: int) -> str | None:
        """ "a farmer who gave only his first name, Ali": the person so named, by that name (someone
        the article names, though only in part: not an unnamed source)."""
        fm = self.FIRST_NAME.search(self.norm, start, end)
        if fm is None:
            return None
        a, b = fm.span("name")
        name = self.text[a:b]
        if slug(name) in self.d.gaz.entries:
            return None  # ("Georgia", "Jordan": a first name that is also a known actor's)
        return self.add_actor(slug(name), surface=(a, b), type="person", label=name)

    def _role_of(self, start: int, region: str) -> str | None:
        """ "An official at India's coast guard", "A minister in Mr. Napat's government, who asked not
        to be named,": an unnamed holder of a role in a body (audit20: drafted as the body, or as the
        person whose government it is)."""
        rm = self.d.pattern("subject.role_of", lambda: (
            r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w-]+\s+){0,2}?(?:" + self.d.title_alt
            + r")\s+(?:of|at|in|for|from|with)\s+[^,;:\"()]{2,60}?)"
            r"(?:\s+(?:also|later|then|further|again|too|separately|earlier|previously|repeatedly|publicly))?\s*,?\s*"
        )).fullmatch(region)  # ("An official from X's party also said": not one "from X's party also")
        if rm is None or not self.mentions_in(start + rm.start(1), start + rm.end(1)):
            return None
        a, b = start + rm.start(1), start + rm.end(1)
        return self._source_named(a, b) or self._unnamed_source(
            self.text[a:b].translate(FOLD), (a, b), "A source the article does not name."
        )

    DESCRIBED_HEAD = re.compile(r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[^,;:\"()]*\b[a-z]+")
    """A subject that describes before it names: "The NATO-led force", "The bloc's executive"."""

    def _apposed_body(self, start: int, region: str, paren: re.Match[str]) -> str | None:
        """ "The UN nuclear watchdog, the IAEA, said": the name in apposition to a described subject
        (:attr:`DESCRIBED_HEAD`) is who speaks, not an actor the description names (forms19)."""
        if not self.DESCRIBED_HEAD.fullmatch(region, 0, paren.start()):
            return None
        aside = re.match(r",\s*(?:the\s+)?", region[paren.start() :])
        a = start + paren.start() + aside.end()
        named = [m for m in self.mentions_in(a, start + paren.end()) if m.start == a]
        if not named or not re.fullmatch(r"\s*,[\s\w]*", self.norm[named[0].end : start + paren.end()]):
            return None  # (not "The ministry, the IAEA's partner, said": the aside describes)
        return named[0].actor if self.actors[named[0].actor]["type"] not in ("person", "media") else None

    ADDRESSEE_OPENER = re.compile(
        r"\s*(?:(?:In|During|After|At|Following)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:letter|message|note|call|meeting|talks|conversation|summit)\s+(?:to|with)"
        r"|After\s+(?:meeting|talks\s+with|speaking\s+(?:to|with))|Speaking\s+(?:to|with))\s[^,\"]{1,80},\s+"
    )
    """ "In a letter to Foreign Minister X, the group said", "After meeting X, the envoy said": an
    opening phrase that names whom the subject wrote to or met, not who speaks (forms19)."""

    DESCRIBED_OPENS = re.compile(
        r"\s*(?:In|During|At|Speaking|Addressing|Asked|Later|On)\b[^,\"]{2,80},\s+"
        r"(?P<d>the\s+(?:\d+-year-old\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
        r"(?=\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b|\s*,?\s*$)"
    )
    """A clause that opens (past an opening phrase) with a person described ("In a speech to
    parliament, the 61-year-old leader praised ..."): its subject, though an actor follows it."""

    SUMMONED_TO = re.compile(
        r"\s+(?:(?:has|had|also|then)\s+)?(?:summoned|called\s+in)\s+[^\"]{3,90}?,?\s+to\s*$"
    )
    """ "X summoned the Russian ambassador, Y, to complain that ...": who summoned complains, not the
    envoy named in between (the envoy is a person, whom :meth:`subject` would take first)."""

    SUBORDINATE_SUBJECT = re.compile(
        r"(?<=[\w)])\s+(?:after|before|when|while|because|until|once|although|though|whereas)\s+"
        r"(?P<rest>(?:the|a|an|[A-Z])[^,;:\"()]*)$"
    )
    """The clause a subordinating word opens mid-sentence, up to the verb: its subject is the
    speaker ("Paris recalled its envoy after the minister accused ..."), not an actor of the main
    clause. Not after a comma ("Lula, after talks with Milei, said": an aside)."""

    PLAIN_SOURCE = (
        r"\s*(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+)?"
        r"((?:[\w'\u2019][\w'\u2019-]*\s+){0,3}?(?P<head>(?i:[a-z]+(?:ers|ors|ists|ians|ants|als)|[a-z]*(?:men|women"
        r"|people)|owners|families|crews|residents|villagers|locals|relatives|survivors|wife|husband|widow|mother"
        r"|father|master|skipper|police|unions|airlines|banks|%s))(?:\s+(?:in|at|on|from|of|near|along)\s+[^,;:\"]{2,60}?)?)"
        r"\s*,?\s*"
    )
    """ "Business owners in Ceuta", "Officials at the Chinese-built pipeline", "The wife of one detained
    skipper", "legal scholars on both sides of the causeway": people the article does not name."""

    VERB_LAST = re.compile(r"\b(?:has|have|had|also|already|privately|would|will|did|do|does|and|or)$")
    HAVE_DONE = re.compile(r"\s+(?:has|have|had)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght)\b")
    """The verb of a clause whose subject is a plain source and whose words follow ("People in X have
    attacked the plan, saying"): where the source's words end (audit20c)."""
    PASSIVE_SAID = re.compile(r"\s*(?:believed|thought|said|reported|understood|feared|expected)\s+to\b")

    def _plain_source(self, start: int, end: int) -> str | None:
        """The unnamed people (:attr:`PLAIN_SOURCE`) that the whole of ``[start, end)`` names before a
        verb of saying, as the text words them; None when it is anything else."""
        did = self.HAVE_DONE.search(self.norm, start, end)
        if did is not None and re.match(r",?\s*[a-z]+ing\b", self.norm[end : end + 20]):
            end = did.start()  # "Opposition politicians in X have attacked Y, saying ...": they
        pm = self.d.pattern("plain_source", lambda: self.PLAIN_SOURCE % self.d.title_alt).fullmatch(
            self.norm, start, end
        )
        if pm is None or self.VERB_LAST.search(pm.group(1)) or self.norm.startswith("states ", end):
            return None  # (not "Several partners of the project have", "... ECOWAS member states": SEVERAL)
        words_before, head = self.norm[pm.start(1) : pm.start("head")], pm.group("head")
        if (
            (head[0].isupper() and not head[:2].isupper() and words_before)  # "Dr Sultan" (but "their MPs")
            or self.d.speech_re_any.search(words_before)
            or re.search(r"\b(?:blam|accus)\w*", words_before)  # "Local residents blame vendors of ..."
            or self.PASSIVE_SAID.match(self.norm, end)  # "People, believed to be as many as 35, ..."
        ):
            return None
        if head.lower() == "police" and pm.end("head") == pm.end(1):  # ("Police say", "local police"):
            police = self._home_body(pm.start("head"), re.match(r"()(police)", head, re.I))  # the police of
            if police is not None:  # the state the sentence opens with, or its paragraph names (lee27)
                return police
        words = self.text[pm.start(1) : pm.end(1)].translate(FOLD)
        return self._unnamed_source(words, pm.span(1), "People the article does not name.")

    SPOKES_SUBJECT = re.compile(
        r"(?:^|,)\s*(?:(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|whose|[Ii]ts|[Tt]heir)\s+)?"
        r"(?P<who>(?:(?!(?:an?|the)\s)[\w.'\u2019-]+\s+){0,4}?spokes(?:man|woman|person)"
        r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:(?:office|ministry|department|secretariat)\s+of\s+(?:the\s+)?)?"
        r"[A-Z][^,\"]{1,70}?)?)\s*,?\s*$"
    )  # ("A spokeswoman for the office of Guatemala's human rights ombudsman": a body's, unnamed)
    """ "a spokesperson for the Foreign Office", "The Mauritanian government spokesman", "whose
    spokesperson": the words before a verb of saying that name a spokesperson and no one else."""

    def _spokesperson(self, start: int, end: int, people: list[Mention]) -> str | None:
        """An unnamed spokesperson who speaks, not the body or state they speak for: the curators'
        form (a named one is a person mention, and wins). A person's possessive ("Tshisekedi's
        spokeswoman") is whose spokesperson it is; "the spokesperson" alone is one named before."""
        sm = self.SPOKES_SUBJECT.search(self.norm[start:end])
        if sm is None or (sm.group("det") != "whose" and " " not in sm.group("who")):
            return None  # "The spokesperson said": the one described before (``described``)
        if sm.group().startswith(",") and any(m.end == start + sm.start() for m in people):
            return None  # "John Smith, spokesman for the African Union, said": the named one
        s, e = start + sm.start("who"), start + sm.end("who")
        bullet = re.match(r"[-*\u2022\u2013\u2014]\s+", self.text[s:e])  # "- Niger's government spokesman
        s += bullet.end() if bullet else 0  # called ...": a bullet's mark is no word of the source's
        if any(m.end > s and self.norm[m.end : m.end + 2] not in ("'s", "\u2019s") for m in people):
            return None
        words = self.text[s:e].translate(FOLD)
        label = f"unnamed {words}"
        same = next((a["id"] for a in self.actors.values() if a.get("unnamed") and a["label"] == label), None)
        if same is not None:
            return self.add_actor(same, surface=(s, e))
        aid = self._unnamed_source(words, (s, e), "A spokesperson the article does not name.")
        body = [m.actor for m in self.mentions_in(s, e) if self.actors[m.actor]["type"] != "person"]
        if body and body[-1] not in self.actors[aid]["affiliation"]:  # whom they speak for
            self.actors[aid]["affiliation"].append(body[-1])
        return aid

    def _their_title(self, start: int, end: int) -> str | None:
        """ "Their leader told TASS that ...", "Its spokesman said ...": a source named by a possessive
        and a title only, an unnamed source (its words as the text has them)."""
        tm = self.d.pattern(
            "their_title",
            lambda: r"\s*((?:[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
            + self.d.title_alt
            + r"))\s*,?\s*",
        ).fullmatch(self.norm[start:end])
        if not tm:
            return None
        s, e = start + tm.start(1), start + tm.end(1)
        words = self.text[s:e].translate(FOLD)
        words = words[0].lower() + words[1:]
        return self._unnamed_source(words, (s, e), "A source the article names by a title only.")

    def _unnamed_source(self, words: str, surface: tuple[int, int], description: str) -> str:
        """An unnamed person source, labelled by the words the text calls it; but "the interior
        minister" is the one person the article names elsewhere with that title ("Interior Minister
        X", "X, the interior minister"): a lead often gives the title first and the name later."""
        titled = self._title_holder(words, surface[0])
        if titled is not None:
            return self.add_actor(titled, surface=surface)
        return self.add_actor(
            unnamed_id(words),
            surface=surface,
            type="person",
            label=f"unnamed {words}",
            unnamed=True,
            description=description,
        )

    def _title_holder(self, words: str, at: int) -> str | None:
        """The one named person the article gives the title ``words`` (after "the", at ``at``) right
        before or after their name; None where the words are not definite, or no one or several fit."""
        title = re.sub(r"^(?:the|The)\s+", "", words)
        if title == words and not re.search(r"\b[Tt]he\s+$", self.norm[max(0, at - 4) : at]):
            return None  # "a minister", "officials": someone the article does not name
        words_re = self.d.pattern("title_holder", lambda: r"(?:[a-z]+\s+){0,2}?(?:" + self.d.title_alt + r")")
        if not words_re.fullmatch(title.lower()):
            return None  # ("the interior minister", not "the minister's aide")
        people = (a for a in self.actors.values() if a["type"] == "person" and not a.get("unnamed"))
        names = {a["label"]: a["id"] for a in people}
        found = set()
        norm = self.norm
        for h in compiled(r"(?i:\b" + re.escape(title).replace(r"\ ", r"\s+") + r")\b").finditer(norm):
            gap = self.TITLE_THEN_NAME.match(norm, h.end())  # "Interior Minister X"
            for name, pid in names.items() if gap else ():
                e = gap.end() + len(name)
                if norm.startswith(name, gap.end()) and not norm[e : e + 1].isalnum():
                    found.add(pid)
            lead = self.NAME_THEN_TITLE.search(norm, max(0, h.start() - 40), h.start())  # "X, France's ..."
            for name, pid in names.items() if lead else ():
                s = lead.start() - len(name)
                if s >= 0 and norm.startswith(name, s) and not norm[s - 1 : s].isalnum():
                    found.add(pid)
        return found.pop() if len(found) == 1 else None

    TITLE_THEN_NAME = re.compile(r"\s*,?\s+")
    NAME_THEN_TITLE = re.compile(r",\s+(?:the\s+|[A-Z][\w-]*'s\s+)?$")

    THE_GOVERNMENT_BEFORE = re.compile(r"\b[Tt]he\s+([Gg]overnment|authorities)\s*,?\s*$")

    def _the_government(self, start: int, end: int) -> str | None:
        """ "the government" (before a verb of saying) when its paragraph has named one state before it
        and no other: that state's government ("Cameroon rejected the charge. ..., the government
        said"). Two states or none: no guess."""
        gm = self.THE_GOVERNMENT_BEFORE.search(self.norm[start:end])
        if not gm:
            return None
        line = self.lines[self.line_of(start)]
        before = self.mentions_in(line.start, start + gm.start())
        states = {m.actor for m in before if self.actors[m.actor]["type"] == "state"}
        if len(states) != 1:
            return None
        return self._state_body(states.pop(), "government", "government-body")

    def _state_body(self, state: str, body: str, type: str) -> str:
        """The ID of ``state``'s ``body`` ("government", "foreign ministry"), drafted on first
        need: labelled by demonym ("Cameroonian government"), tied to its state, and given its
        formal names, unless the gazetteer knows it."""
        bid = self.body_id(state, body)
        if bid not in self.actors:
            name = f"{self.d.demonym_of.get(state) or self.actors[state]['label']} {body}"
            self.add_actor(bid, type=type, label=name[0].upper() + name[1:])
            if bid not in self.d.gaz.entries:
                self.actors[bid]["affiliation"].append(state)
                self.formal_names(bid, state, body)
        return bid

    def _state_office(self, m: Mention, end: int) -> str | None:
        """ "Lithuania's interior minister", "China's ambassador", "NATO's spokeswoman" right before
        ``end`` (a verb of saying): a person the article names by office only, an unnamed source of
        that state or organisation (who speaks for it, but is not it)."""
        om = self.d.pattern(
            "state_office", lambda: r"'s\s+((?:[\w-]+\s+){0,3}?(?:" + self.d.title_alt + r"))"
            r"(?P<post>\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"  # "in Warsaw"
            r"\s*,?\s*"
            r"(?:(?:has|have|had|also|\w+ly)\s+){0,2}"  # "Ethiopia's prime minister has repeatedly said"
        ).fullmatch(self.norm[m.end : end])
        if not om or not om.group(1).split()[-1][0].islower():
            return None  # (but "France's Europe minister": a lower-case office, whatever qualifies it)
        state = m.actor
        office = om.group(1).lower()
        demonym_of = (self.d.demonym_of.get(state) or "").lower()
        named = [  # "Prime Minister Lia Haile of Ethiopia ... Ethiopia's prime minister said": that person
            a["id"] for a in self.actors.values()
            if a["type"] == "person" and not a.get("unnamed") and state in a.get("affiliation", ())
            and any(str(r).lower() in (office, f"{demonym_of} {office}") for r in a.get("roles", ()))
        ]
        if len(named) == 1:
            return self.add_actor(named[0], surface=(m.start, m.end + om.end(1)))
        demonym = self.d.demonym_of.get(state) or self.actors[state]["label"]
        words = f"{demonym} {om.group(1)}"
        aid = self.add_actor(
            slug(f"unnamed {words}"),
            surface=(m.start, m.end + om.end("post" if om.group("post") else 1)),  # ("... in Warsaw")
            type="person",
            label=f"unnamed {words}",
            unnamed=True,
            description="A source the article names by office only.",
        )
        if state not in self.actors[aid]["affiliation"]:
            self.actors[aid]["affiliation"].append(state)
        return aid

    ROLE_APPOSED = re.compile(r"(?:'s|s')\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:[A-Z][a-z]+\.?\s+)?")
    """Between a state or body and a person: a role in apposition ("'s fisheries minister, (General) ")."""

    def _sentence_subject(self, start: int, end: int) -> str | None:
        """The actor that opens the sentence holding ``start`` (after a dateline, "the", a title), if
        ``[start, end)`` holds it: the subject of a verb that follows ", and" or a comma with no
        subject of its own. None when the sentence opens otherwise ("When ...", "In Cairo, ...")."""
        n = self.line_of(start)
        line = self.lines[n]
        ss = self._sentence_around(line, n, start)[0]
        if ss < start:
            return None
        lead = ss + (self._dateline(line) if ss == line.start else 0)
        ms = [m for m in self.mentions_in(lead, end) if self.actors[m.actor]["type"] != "media"]
        if not ms or not re.fullmatch(r"\s*(?:[-*\u2022]\s+)?(?:[Tt]he\s+)?", self.norm[lead : ms[0].start]):
            return None
        subject = [ms[0]]  # "Iran's Revolutionary Guards", "Ghana's navy": the last of a chain of names
        for m in ms[1:]:
            gap = self.norm[subject[-1].end : m.start]  # possessive, no verb: not "Benin sided with Togo"
            if self.actors[m.actor]["type"] == "person" and (
                self.ROLE_APPOSED.fullmatch(gap) or self._title_before_name(subject[-1], gap)
            ):
                subject.append(m)  # "Kenya's fisheries minister, (General) X,": X
                break
            if not re.fullmatch(r"\s*|(?:'s|s')\s*(?:(?![a-z]+(?:ed|ing)\b)[A-Za-z-]+\s+){0,3}", gap):
                break
            subject.append(m)
        return subject[-1].actor

    TITLE_BEFORE_NAME = re.compile(
        r"\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|minister|secretary|chief|head|director"
        r"|ambassador|envoy|commander|adviser|advisor|chairman|chairwoman|chair)\s+"
    )

    def _title_before_name(self, body: Mention, gap: str) -> bool:
        """Is ``gap``, after a body or a state, a title in lower case that the person named next holds:
        "Iran's foreign ministry spokesman Esmaeil Baghaei went further, accusing ...": the
        spokesman speaks, not the ministry (claims29)."""
        return self.actors[body.actor]["type"] != "person" and bool(self.TITLE_BEFORE_NAME.fullmatch(gap))

    def _it_subject(self, at: int, n: int) -> str | None:
        """Whom "it" before ``at`` stands for when the sentence before, in its paragraph, opens
        with a body, a state or an organisation and no one has spoken since: "Ecuador's energy
        ministry rejected the accusation. In a statement, it said ...": the ministry."""
        line = self.lines[n]
        before = [(line.start + s.start_char, line.start + s.end_char) for s in self.sents[n]]
        before = [(a, b) for a, b in before if b <= at]
        if not before:
            return None
        ps, pe = before[-1]
        if any(c.speaker != "article" and ps <= c.start < at for c in self.claims):
            return None  # someone spoke since: the usual rules
        who = self._sentence_subject(ps, pe)
        kinds = ("state", "government-body", "organization", "armed-force")
        return who if who is not None and self.actors[who]["type"] in kinds else None

    def pronoun_at(self, at: int, n: int, voice: _Voice, pronoun: str = "person") -> str | None:
        """Whom "he", "she", "it" or "they" before ``at`` (on line ``n``) stands for.

        The speaker of the nearest claim before ``at`` (within 300 characters; a person for
        "he" and "she"), unless a person is named (or one unnamed source described) after that claim;
        else the last person named before ``at`` outside a quotation, or one unnamed source described
        in the 300 characters before it; else the last speaker. "he" and "she" pass over a person
        the text calls the other (:meth:`_gender`); the default "person" stands for either.
        """
        person_only = pronoun.lower() not in ("it", "they")
        other = {"he": "f", "she": "m"}.get(pronoun.lower())  # "she" is no man the text calls "he"
        if pronoun.lower() == "it":
            body = self._it_subject(at, n)
            if body is not None:
                return body
        line_start = self.lines[n].start
        quoted = [(line_start + q.start(), line_start + q.end()) for q in self.quotes_of(n)]

        plural = pronoun.lower() == "they"  # ("..., they said": no one person named before it)

        def named(m: Mention) -> bool:
            a = self.actors[m.actor]
            return (
                a["type"] == "person"
                and not plural
                and not a.get("unnamed")
                and not any(x <= m.start < y for x, y in quoted)
                and (other is None or self._gender(m.actor) != other)
            )

        earlier = [
            c for c in self.claims
            if c.end <= at + 1 and c.speaker in self.actors and c.speaker != "unknown-speaker"
            and (not person_only or (self.actors[c.speaker]["type"] == "person" and not self.many(c.speaker)))
            and (other is None or self._gender(c.speaker) != other)
        ]  # fmt: skip
        nearest = max(earlier, key=lambda c: c.end, default=None)
        if nearest is not None and at - nearest.end <= 300:
            later = [
                m for m in self.mentions if nearest.end <= m.start < at and (named(m) or self._one_source(m))
            ]
            if not later:
                return nearest.speaker
            return (self._apposition_head(later) or self._subject_over_object(later)).actor
        people = [
            m for m in self.mentions
            if m.end <= at and (named(m) or (at - m.end <= 300 and self._one_source(m)))
        ]  # fmt: skip
        if len(people) > 1 and self.IN_APPOSITION.fullmatch(self.norm, people[-2].end, people[-1].start):
            # "X, adviser to President Y, rejected the charge. He said": X, the subject, not Y in
            return people[-2].actor  # X's apposition (claims24)
        if people:
            return self._subject_over_object(people).actor
        last = voice.speaker  # (but "he" is no woman the text has called "she", as above)
        if last and other and last in self.actors and self.actors[last]["type"] != "person":
            return None  # ("He told parliament" after a newspaper's words: no paper is "he")
        return None if last and other and last in self.actors and self._gender(last) == other else last

    IN_APPOSITION = re.compile(
        r",\s+(?:an?\s+|the\s+)?[^,.;:\"()]{0,60}?\b(?:to|of|for)\s+(?:[A-Z][\w.-]*\s+){0,3}"
    )
    """ "X, (an) adviser to President Y": Y is named inside X's apposition, by X's relation to Y."""

    def _apposition_head(self, people: list[Mention]) -> Mention | None:
        """The person whose apposition names the last of ``people``: "X, spokesman for President Y,
        told reporters ... and he accused ...": X, not Y, named after a claim of someone else's
        (claims29; the same reading as :attr:`IN_APPOSITION` where no claim came before)."""
        if len(people) > 1 and self.IN_APPOSITION.fullmatch(self.norm, people[-2].end, people[-1].start):
            return people[-2]
        return None

    OBJECT_BEFORE = re.compile(
        r"\b(?:with|to|against|toward|towards)\s+(?:(?:the|his|her|their|its)\s+)?(?:[A-Z][\w.'-]*\s+|[a-z]+\s+){0,4}$"
    )
    SUBJECT_OPENS = re.compile(r"(?:[A-Z][\w.'-]*\s+){0,4}$")

    def _subject_over_object(self, people: list[Mention]) -> Mention:
        """The last of ``people``, unless it is named after "with" or "to" in a sentence whose subject
        is another of them: "X repeated his offer of talks with Prime Minister Y. "...," he said": X,
        the subject, not Y (claims24)."""
        last = people[-1]
        opens = max(self.norm.rfind(". ", 0, last.start) + 2, self.lines[self.line_of(last.start)].start)
        first = next((m for m in people if opens <= m.start < last.start and m.actor != last.actor), None)
        if (
            first is not None
            and self.SUBJECT_OPENS.fullmatch(self.norm, opens, first.start)
            and self.OBJECT_BEFORE.search(self.norm, first.end, last.start)
            and "," not in self.norm[first.end : last.start]
        ):
            return first
        return last

    def _not_their_pronoun(self, subject: str, actor: str) -> bool:
        """Does ``subject`` ("he", "she") end with a pronoun the text never uses for ``actor``?"""
        last = subject.split()[-1:]
        other = {"he": "f", "she": "m"}.get(last[0].lower()) if last else None
        return bool(other) and actor in self.actors and self._gender(actor) == other

    GENDERED = re.compile(opening(r"\b(?:(he|his|him)|(she|her))\b", re.I), re.I)

    def _gender(self, actor: str) -> str | None:
        """ "m" or "f" for a named person the text calls "he" or "she": the first such pronoun after a
        mention (within 300 characters), before any other person is named, by most mentions (words18).
        A "she" then stands for no man the text has called "he", and the other way round."""
        cache = self.__dict__.setdefault("_genders", {})
        if actor not in cache:
            votes = {"m": 0, "f": 0}
            if self.actors[actor]["type"] == "person" and not self.actors[actor].get("unnamed"):
                people = [m for m in self.mentions if self.actors[m.actor]["type"] == "person"]
                for k, m in enumerate(people):
                    if m.actor != actor:
                        continue
                    stop = min(people[k + 1].start if k + 1 < len(people) else len(self.norm), m.end + 300)
                    gm = self.GENDERED.search(self.norm, m.end, stop)
                    if gm:
                        votes["m" if gm.group(1) else "f"] += 1
            cache[actor] = None if votes["m"] == votes["f"] else max(votes, key=lambda g: votes[g])
        return cache[actor]

    def _one_source(self, m: Mention) -> bool:
        """Is ``m`` one unnamed person ("one farmer, who asked not to be named, said"), outside any
        quotation? A "he" after it stands for that person rather than a speaker named before."""
        a = self.actors[m.actor]
        n = self.line_of(m.start)
        return a["type"] == "person" and bool(a.get("unnamed")) and not self.many(m.actor) and not any(
            q.start() <= m.start - self.lines[n].start < q.end() for q in self.quotes_of(n)
        )

    PLURAL_HEAD = re.compile(r"(?:people|police|crew|staff|personnel|\w+[^su\W]s)$", re.I)
    """A plural head noun: "officials", "diplomats", "people"; not "boss", "Reuters' bus"."""

    LABEL_HEAD_END = re.compile(r"\s+(?:in|at|from|of|on|close|familiar|with|who)\b")

    def many(self, actor: str) -> bool:
        """Is ``actor`` an unnamed source of several people ("unnamed officials in Kampala")?
        "He added" never stands for them: the head noun before any place is plural."""
        a = self.actors[actor]
        if not a.get("unnamed"):
            return False
        head = self.LABEL_HEAD_END.split(a["label"], maxsplit=1)[0]
        return bool(self.PLURAL_HEAD.search(head.strip()))

    ITS_BODY_BEFORE = re.compile(r"\b(?:its|their|the country's)\s+([a-z ]+?)\s*$", re.I)

    def _its_body(self, start: int, end: int) -> str | None:
        """ "its foreign ministry", "their army": the body of the state named last before ``start``."""
        bm = self.ITS_BODY_BEFORE.search(self.norm[start:end])
        if not bm or bm.group(1).lower() not in self.d.body_type:
            return None
        state = next(
            (
                m.actor
                for m in reversed(self.mentions)
                if m.end <= start and self.actors[m.actor]["type"] == "state"
            ),
            None,
        )
        if state is None:
            return None
        body = bm.group(1).lower()
        return self._state_body(state, body, self.d.body_type[body])

    HIS_OFFICE = re.compile(
        r"(?:(?<![\w'])(?P<office>(?P<pron>[Hh]is|[Hh]er)\s+office)|(?<=\w)['\u2019]s\s+(?P<own>office))\s*,?\s*$"
    )

    def _his_office(self, start: int, end: int, voice: _Voice) -> str | None:
        """ "his office said", "In a statement, her office said": the office of the person the pronoun
        stands for (a government body of that person's state), not the person, nor no one (audit19c);
        "Prime Minister X's office said": X's office, not X (forms20)."""
        om = self.HIS_OFFICE.search(self.norm, start, end)
        if om is None:
            return None
        own = om.group("own") is not None  # "Prime Minister X's office"
        at, om_end = (om.start("own"), om.end("own")) if own else (om.start("office"), om.end("office"))
        n = self.line_of(at)
        opened = max(self.norm.rfind(". ", self.lines[n].start, at) + 2, self.lines[n].start)
        first = next(  # "Minister X summoned Ambassador Y, his office said": the sentence's subject
            (m.actor for m in self.mentions_in(opened, at) if self.actors[m.actor]["type"] == "person"), None
        )
        if own:  # the person whose name ends at the "'s", or no one
            first = next((m.actor for m in self.mentions_in(opened, at) if m.end == om.start()), None)
        who = first if own else first or self.pronoun_at(
            at, n, voice, "he" if om.group("pron").lower() == "his" else "she"
        )
        if who is None or self.actors[who]["type"] != "person" or self.actors[who].get("unnamed"):
            return None
        oid = f"{who}-office"
        if oid not in self.actors:
            state = self._presidents_state(who, om.start() if own else None)
            label = f"Office of the President of {self.actors[state]['label']}" if state else None
            label = label or f"Office of {self.actors[who]['label']}"
            self.add_actor(oid, type="government-body", label=label)
            self.actors[oid]["affiliation"].extend(self.actors[who]["affiliation"])
        return self.add_actor(oid, surface=(at, om_end))

    PRESIDENT_BEFORE = re.compile(r"(?<![Vv]ice )(?<![Vv]ice-)\bPresident\s+$")

    def _presidents_state(self, who: str, name_end: int | None) -> str | None:
        """The state whose sitting president ``who`` is ("President X's office", a gazetteer or drafted
        role "President"), when the draft ties them to one state: their office is that state's
        presidency, as curators label it ("Office of the President of Mozambique")."""
        a = self.actors[who]
        entry = self.d.gaz.entries.get(who)
        current = self.current_roles(entry)
        roles = [x for r in current for x in (r["office"], *r["titles"])]
        titled = any(
            str(r).split(" of ")[0].strip().lower() == "president" for r in (*roles, *a.get("roles", ()))
        )
        if not titled and name_end is not None:  # "President X's office": the title right before the name
            start = next((m.start for m in self.mentions if m.actor == who and m.end == name_end), None)
            titled = start is not None and bool(
                self.PRESIDENT_BEFORE.search(self.norm, max(0, start - 12), start)
            )
        states = [x for x in a.get("affiliation", ()) if self.actors.get(x, {}).get("type") == "state"]
        if not states and entry and entry.state and entry.state in self.actors:
            states = [entry.state]
        return states[0] if titled and len(states) == 1 else None

    DESCRIBED_BEFORE = re.compile(
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[\w-]+\s+){0,2}?)([a-z][\w-]+|Minister|Ministry|President|Premier"
        r"|Ambassador|Envoy|Secretary|Chancellor|Spokesman|Spokeswoman|Spokesperson|Commander)"
        r"(?:\s+(?:also|later|then|further|again|too|separately|earlier|previously|repeatedly|publicly))?\s*,?\s*$"
    )

    def described(self, start: int, end: int) -> str | None:
        """ "the spokesperson", "the ministry", "the diplomat": the last actor named so before ``start``."""
        dm = self.DESCRIBED_BEFORE.search(self.norm[start:end])
        if not dm:
            return None
        noun = dm.group(2).lower()
        if noun in ("army", "military"):  # "Bolivian troops crossed ..., the army said": the army whose
            opens = max(self.norm.rfind(". ", 0, start), self.lines[self.line_of(start)].start)  # troops
            here = self.norm[opens:start]  # the sentence names (a name, not a mention: see _armies)
            for a in self.actors.values():
                if a["type"] == "armed-force" and any(x in here for x in a["aliases"]):
                    return a["id"]  # (audit20c)
        kinds = self.d.rules["described_types"].get(noun)  # "the newspaper": the last outlet named
        if kinds:
            before = [m for m in reversed(self.mentions) if m.end <= start]
            if noun in ("company", "firm") and self.firms:  # the last company, not the think tank after it
                before = [m for m in before if m.actor in self.firms] or before
            for m in before:
                if self.actors[m.actor]["type"] in kinds:
                    return m.actor
        named = r"\b" + re.escape(noun) + r"s?\b"  # (compiled only for a name that may hold the noun)

        def fits_noun(name: str) -> bool:  # an ASCII name holds an ASCII noun in lower case to match
            if noun.isascii() and name.isascii() and noun not in name.lower():
                return False
            return compiled(named, re.I).search(name) is not None

        fits = []
        said: dict[str, set[str]] = {}  # each fit's words of names and titles, to match those before the noun
        for m in reversed([m for m in self.mentions if m.end <= start]):
            a = self.actors[m.actor]
            entry = self.d.gaz.entries.get(m.actor)  # "the president": the sitting one named last
            roles = self.current_roles(entry)
            offices = [x for r in roles for x in (r["office"], *r["titles"])]
            names = [a["label"], *a.get("roles", []), *a.get("aliases", []), *offices]
            if m.actor not in fits and any(fits_noun(x) for x in names):
                fits.append(m.actor)
                said[m.actor] = set(" ".join(names).lower().split())
        words = dm.group(1).lower().split()
        if len(fits) > 1 and words:  # "the Armenian defence minister": the minister so titled, not the
            best = max(fits, key=lambda a: sum(w in said[a] for w in words))  # last one named (audit20c)
            if any(w in said[best] for w in words):
                return best
        if len(fits) > 1:  # "Vietnam's deputy minister summoned a Chinese envoy, the ministry said":
            opener = self._sentence_opener(start)  # the one of the state the sentence opens with
            own = [a for a in fits if opener and self._is_state(opener) and opener in self._own(a)]
            return own[0] if own else fits[0]
        return fits[0] if fits else self._home_body(start, dm)

    HOME_BODY = re.compile(
        r"(?:(?P<office>foreign|defen[cs]e|interior|justice|finance|information|energy|trade|health|home)\s+)?"
        r"(?P<body>ministry|police|army|navy|coast\s+guard)"
    )
    """The bodies of a state a news story names by their noun alone ("the defence ministry said",
    "according to the police"): a ministry only with what it is for ("the ministry" alone is the
    last one named, or no one's)."""

    def _home_state(self) -> str | None:
        """The state a story is filed from: the one its dateline names ("LODWAR, Kenya - "), else the
        one whose capital it is ("BUJUMBURA, May 3 (Reuters) - ")."""
        return self._filed_from() or self._dateline_capital(lead=True)

    def _home_body(self, start: int, dm: re.Match[str]) -> str | None:
        """ "Denmark will keep its checks ..., the justice ministry said", "BUJUMBURA - ... , according
        to the police": a state body named by its noun alone, no actor so named before it, is that
        of the state the sentence opens with, else of the one state its paragraph names before it,
        else of the state the dateline names (whose police speak in a story filed from there)."""
        words = " ".join((dm.group(1) + dm.group(2)).lower().split())
        hm = self.HOME_BODY.fullmatch(words)
        if hm is None or (hm.group("body") == "ministry" and not hm.group("office")):
            return None
        opener = self._sentence_opener(start)
        state = opener if opener and self._is_state(opener) else None
        if state is None:
            line = self.lines[self.line_of(start)]
            states = {m.actor for m in self.mentions_in(line.start, start) if self._is_state(m.actor)}
            state = states.pop() if len(states) == 1 else None if states else self._home_state()
        if state is None or state not in self.d.gaz.entries:
            return None
        self.add_actor(state)  # (a dateline's state may be named nowhere else)
        body = words if hm.group("office") else " ".join(hm.group("body").split())  # ("coast  guard")
        kind = "government-body" if hm.group("office") or body == "police" else "armed-force"
        bid = self._state_body(state, body, kind)
        s = start + dm.start()
        s += 4 if self.norm[s : s + 4].lower() == "the " else 0
        return self.add_actor(bid, surface=(s, start + dm.end(2)))

    def _sentence_opener(self, at: int) -> str | None:
        """The state, or the actor, the sentence holding ``at`` opens with (its first mention)."""
        line = self.lines[self.line_of(at)]
        stop = max(self.norm.rfind(". ", line.start, at), line.start - 2) + 2
        first = min((m for m in self.mentions if stop <= m.start < at), key=lambda m: m.start, default=None)
        if first is None:
            return None
        states = [x for x in self._own(first.actor) if self._is_state(x)]
        return states[0] if len(states) == 1 else first.actor

    PERSON_DESCRIPTION = (
        r"\s*(?:the|The)\s+((?:\d+-year-old\s+)?(?:[a-z][\w-]*\s+){0,2}(?:\d+-year-old|[a-z][\w-]*(?:er|or|ist|ian|man|woman|men)"
        r"|priest|elder|pilot|nun|monk|imam|widow|veteran|mother|father|son|daughter|(?:%s))"
        r"(?:\s+of\s+[^,;:\"]{2,40}?)?)\s*,?\s*"  # "the former head of Oepoli village"
    )
    """ "the fish trader", "the 61-year-old", "the younger man", "the envoy", "the 49-year-old officer":
    a person described."""
    UNNAMED_ASIDE = re.compile(
        r",\s*(?:who|speaking)\b[^,\"]{0,80}?\b(?:named|anonymity|identified|his name|her name)\b"
    )
    OWN_APPOSITION = re.compile(r"\s*,\s*(?:\d+\s*,\s*)?")
    NOT_A_PERSON = frozenset(
        {"paper", "newspaper", "order", "border", "chamber", "power", "quarter", "centre", "center", "tanker"}
        | {"carrier", "river", "water", "letter", "number", "matter"}
    )

    def _described_person(self, start: int, end: int, n: int, voice: _Voice) -> str | None:
        """ "the fish trader said", "the 61-year-old added", "the younger man said": a person the
        article named before and now describes (the curators make the description an alias of the
        person): whom "he" or "she" would stand for there, when named in this paragraph or the
        last (else "the harbour master" may be someone new); None when ``[start, end)`` is no
        such description or names someone itself."""
        dm = self.d.pattern(
            "person_description", lambda: self.PERSON_DESCRIPTION % self.d.title_alt
        ).fullmatch(self.norm, start, end)
        if dm is None or dm.group(1).split()[-1] in self.NOT_A_PERSON:
            return None
        if any(self.actors[m.actor]["type"] == "person" for m in self.mentions_in(start, end)):
            return None  # (it names someone itself; "the former head of Oepoli village" names a place)
        if self.UNNAMED_ASIDE.match(self.norm, end):  # "The skipper, who did not want to be named, told"
            words = self.text[dm.start(1) : dm.end(1)].translate(FOLD)
            surface = (dm.start(1), dm.end(1))
            return self._unnamed_source(words, surface, "A source the article does not name.")
        who = self.pronoun_at(start, n, voice)
        if who is None or self.actors[who]["type"] != "person" or who == self._in_answer_of:
            return None  # (one who answers does not describe themselves: "The captain says", someone new)
        if self.actors[who].get("unnamed") and dm.group(1).split()[-1] not in self.actors[who]["label"]:
            return None  # ("A surveyor, who ..., said A. The minister said B": the minister is no surveyor)
        if self._titled_otherwise(who, dm.group(1).split()[-1].lower()):
            return None  # ("President X said A. The consul ... The envoy said B": the envoy is not X)
        since = self.lines[max(n - 1, 0)].start  # named in this paragraph or the last: not a new face
        last = max((m.end for m in self.mentions_in(since, start) if m.actor == who), default=None)
        if last is None:
            return None
        new = self.d.pattern(  # "... according to a SADC official ..., the official said": someone new
            "someone_new", lambda: r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:" + self.d.title_alt + r")\b"
        )
        for m in new.finditer(self.norm, last, start):
            if not self.OWN_APPOSITION.fullmatch(self.norm, last, m.start()):  # (not "X, 58, a fisherman")
                return None
        return who

    SAME_TITLE: ClassVar[dict[str, tuple[str, ...]]] = {
        "envoy": ("envoy", "ambassador", "consul", "representative", "diplomat", "emissary", "commissioner",
                  "charg"),
        "ambassador": ("ambassador", "envoy"),
        "consul": ("consul", "envoy"),
        "spokesman": ("spokes",),
        "spokeswoman": ("spokes",),
        "spokesperson": ("spokes",),
        "minister": ("minister", "secretary"),
        "president": ("president",),
        "governor": ("governor",),
        "mayor": ("mayor",),
        "senator": ("senator",),
    }
    """A title in a description ("the envoy") and the words of the titles it may stand for."""

    def _titled_otherwise(self, who: str, noun: str) -> bool:
        """Is ``who`` known by titles (before the name in the text, or in the gazetteer) none of which
        a description by ``noun`` could stand for: "President X" is not "the envoy" (claims24)."""
        words = self.SAME_TITLE.get(noun)
        if words is None:
            return False
        entry = self.d.gaz.entries.get(who)
        known = [str(r) for r in self.actors[who].get("roles", ())]
        if entry:
            known += [x for r in entry.roles for x in (r["office"], *r["titles"])]
        known = [k.lower() for k in known if k.strip(" -")]
        return bool(known) and not any(w in k for k in known for w in words)

    def outlet_at(self, start: int, end: int) -> str | None:
        """The outlet named in ``[start, end)``: one the gazetteer knows, or a name with a media cue."""
        known = [x for x in self.mentions_in(start, end) if self.actors[x.actor]["type"] == "media"]
        if known:
            return known[0].actor
        om = self.d.outlet_re.search(self.norm[start:end]) or self.d.outlet_after_re.search(
            self.norm[start:end]
        )
        if not om:
            return None
        s, e = start + om.start("name"), start + om.end("name")
        inside = [x.actor for x in self.mentions_in(s - 60, e + 60) if x.start < e and s < x.end]
        if inside and self.actors[inside[0]]["type"] == "media":
            return inside[0]  # "said on Top Channel that": the word "Channel" of a medium named, not another
        if self.DESCRIBED_OUTLET.search(self.norm, max(0, s - 4), s):  # "The Daily Monitor, a Kampala
            named = [m.actor for m in self.mentions if s - 6 <= m.end <= s]
            papers = [a for a in named if self.actors[a]["type"] == "media"]
            return papers[-1] if papers else None  # newspaper,": a place that describes the paper
        more = self.OUTLET_NAME_GOES_ON.match(self.norm, e, end)
        if more and more.group("word") and more.group("word") not in self.d.rules["outlet_words"]:
            more = re.match(r"(?:\s+[A-Z][\w.&'-]*)+", self.norm[e:end])  # (not "the Times and Reuters")
            e += more.end() if more else 0
        elif more:  # "the Daily Clarion", "Channel 12", "the Press and Journal": the name goes on
            e = more.end()
        if self.norm[max(0, s - 4) : s].lower() == "the " and self.norm[s:e] in self.d.rules["outlet_words"]:
            s -= 4  # "The Herald": one word of a paper's name is no name without its article
        owner = self.POSSESSOR_BEFORE_NAME.match(self.text, s, e)
        if owner and owner.group(1) in self.d.state_names:  # "Colombia's El Tiempo newspaper": El Tiempo
            s = owner.end()
        name = self.text[s:e]
        if name in self.d.not_names:  # "The news agency 24.kg": no outlet named "The"
            return None
        oid = self.add_actor(slug(name), surface=(s, e), type="media", label=name.translate(FOLD))
        if self.actors[oid]["type"] == "person" and oid not in self.d.gaz.entries:
            self.actors[oid]["type"] = "media"  # "the Daily Clarion", first taken for a person's name
        return oid

    DESCRIBED_OUTLET = re.compile(r"\ban?\s+$")
    OUTLET_NAME_GOES_ON = re.compile(r"(?:\s+(?:[A-Z][\w.&'-]*|\d+\b)|\s+and(?=\s+(?P<word>[A-Z]\w*)))+")
    """The rest of an outlet's name after the word that marks it: capitalised words, a number
    ("Channel 12"), and "and" before another such word ("the Press and Journal")."""

    OWN_WORDS = re.compile(r"\bin (?:his|her|their) (?:words|view|telling|account)\b")

    def _two_acts(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "A spokesperson demanded that Tokyo "withdraw" the claim and called it "a provocation"",
        "The council issued a statement reaffirming A and urging B": one named subject, at the head
        of its sentence, and two verbs of what it says or asks joined by "and" (:attr:`TWO_ACTS`):
        each verb with what follows it, up to the other, is the subject's claim (the rule of last
        resort, where no other rule of reported speech drafted the sentence)."""
        if line.form != "body" or " and " not in self.norm[ss:se] or '"' not in self.norm[ss:se]:
            return False
        lead = self._dateline(line) if ss == line.start else 0
        m = self.d.pattern("two_acts", lambda: (
            r"\s*(?P<subj>[A-Z][^,\"]{1,80}?)(?:,[^,\"]{2,80},)?\s+(?:also\s+)?(?P<v1>(?:"
            + self.d.alt["conjoined_acts"] + r"|" + self.d.alt["characterising_verbs"]
            + r"|issued\s+a\s+statement)\b)"
            r"(?P<one>[^;]+?)\s+and\s+(?:later\s+|also\s+|then\s+)?(?P<v2>(?:"
            + self.d.alt["conjoined_acts"] + r"|" + self.d.alt["characterising_verbs"]
            + r"|urging|asking|calling|warning|acknowledged)\b)"
        )).match(self.norm, ss + lead, se)
        if m is None or self.norm.count('"', ss, m.start("v2")) % 2:
            return False
        people = self.mentions_in(m.start("subj"), m.end("subj"))
        if not people or any(self.actors[p.actor]["type"] == "media" for p in people):
            return False
        who = self.subject(m.start("subj"), m.start("v1"), voice)[0]
        if who is None or who == "article":
            return False
        one = (m.start("v1"), m.end("one"))
        two = (m.start("v2"), se)
        made = False
        for a, b in (one, two):
            if b - a > 12 and not self.covered(a, b):
                made = self.add_claim(who, a, b, form=line.form, direct=False) is not None or made
        if made:
            voice.heard(who, n)
        return made

    def _continuation(self, line: Line, n: int, ss: int, se: int, voice: _Voice) -> bool:
        """ "That influence, in his view, ...": the last speaker goes on."""
        st = self.norm[ss:se]
        phrases = self.d.alt["continuation"]
        own_words = self.OWN_WORDS.search  # (asked only of a quotation after a speaker)
        if not (voice.speaker and n - voice.line <= 1 and ('"' not in st or own_words(st))):
            return False  # a quotation is _quotations' job, unless "in his words" says whose it is
        found = self.d.pattern("continuation", lambda: opening(r"\b(" + phrases + r")\b", re.I), re.I)
        if not found.search(st):
            return False
        if not self.covered(ss, se) and self.add_claim(voice.speaker, ss, se, form=line.form, direct=False):
            voice.line = n
        return True

    INDIRECT_RULES = (
        _according_to,
        _accused,
        _charge_that,
        _citing,
        _quoted_as_saying,
        _characterised,
        _said_last,
        _dash_source,
        _aside,
        _speech_clause,
        _continuation,
        _two_acts,
    )
    """The rules of reported speech :meth:`_indirect` tries in order on a sentence (the first that
    applies wins), as functions: no bound method made for each per sentence."""
    PART_RULES = (_accused, _characterised, _according_to)
    """The rules of :attr:`INDIRECT_RULES` that may draft only a part of their sentence (an
    accusation, a label), leaving a speech clause before it (:meth:`_speech_before`)."""

    SOURCE_WHO = re.compile(
        r"\s*,?\s*(?![.!?])((?:[^\s\",]+\s+){0,7}?[^\s\",]+),\s*(?:who|whom)\b[^,\"]{1,120},(\s*[a-z]+)"
    )  # (not '"...". The official, who ..., said': a sentence of its own, see :meth:`_source_named`)
    """The source after a quotation, then a clause on them, then the verb: ", a senior official in
    the ministry, who asked not to be named because he was not authorised to speak, told ..."."""
    SOURCE_WHO_WORDS = required(SOURCE_WHO.pattern) or ("",)

    DASH_SOURCE_AFTER = re.compile(r"\s*[-]\s*(\S+(?:\s+\S+)?)\s*$")
    ACCORDING_TO_AFTER = re.compile(r"\s*,?\s*according\s+to\s+([^,.;\"]{2,60})")
    SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")
    SENTENCE_MARK = re.compile(r"[.!?]")
    INITIALS = re.compile(r"\b(?:[A-Z]\.)+")
    SENTENCE_END_INSIDE = re.compile(r"[.!?]\s")

    DOCUMENT_FROM = re.compile(
        r"\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|press\s+release|readout|letter)"
        r"\s+(?:from|by|issued\s+by|released\s+by)\s+"
    )
    """ "a statement from", "a communique issued by": the words of whoever follows, through a document."""
    DOCUMENT_SAID = re.compile(
        r"\s*((?:an?|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|press\s+release|readout|letter)"
        r"\s+(?:from|by|issued\s+by|released\s+by)\s+[^,;:\"]{2,80}?\s+)(?:said|says|added|adds|stated)\b(.{0,60})"
    )
    OFFICE_END = re.compile(r"['\u2019]s\s+office\s*,?\s*$")

    def _quotations(self, line: Line, n: int, voice: _Voice) -> None:
        """Quotations with their speaker: after the quote, before it, a trailing "- Name", or the last one."""
        t, base = line.text, line.start
        speech, pronouns = self._speech(), self.d.rules["pronouns"]
        pattern = self.d.pattern
        for q in self.quotes_of(n):
            qs, qe = base + q.start(1), base + q.end(1)
            after = t[q.end() : q.end() + 60]
            before = t[max(0, q.start() - 60) : q.start()]
            who = None
            via = None
            rel = (  # '"...," an official, who asked not to be named, said'
                self.SOURCE_WHO.match(t, q.end())
                if any(w in t[q.end() :] for w in self.SOURCE_WHO_WORDS)
                else None
            )
            said = pattern("quotations.said", lambda: r"\s*(?:" + speech + r")\b")
            if rel and said.fullmatch(rel.group(2)):
                a, b = base + rel.start(1), base + rel.end(1)
                who = self.speaker_at(a, b) or self._source_named(a, b)
                via = self._told(base + rel.end())
            verb = who is None and self._speech_in(base + q.end(), min(base + q.end() + 60, line.end))
            am = verb and pattern(  # (no verb in ``after``: no match)
                "quotations.after",
                lambda: r"\s*,?\s*(?:-\s*)?((?:[^\s\"]+\s+){0,6}?)(?:" + speech + r")\b(.{0,60})",
            ).match(after)
            if am and self.SENTENCE_END_INSIDE.search(self.INITIALS.sub("", am.group(1))):  # not "U.N."
                am = None  # the attribution of the next sentence, not of this quotation
            if am and self._closed_before(t, q.start(), q.end()):
                am = None  # ('"A." Unions say B.': so too after words a full stop closes, lee27)
            if who is None and am is None and t.startswith(",", q.end() - 2, q.end()):
                am = pattern(  # '"...," Ramon Alcaraz, a spokesman for the coast guard, told reporters'
                    "quotations.after_apposition",
                    lambda: r"\s*((?:[A-Z][\w.'-]*\s+){1,4}?[A-Z][\w.'-]*,\s+"  # the name, its apposition
                    r"[a-z0-9][^,\".!?;]{2,100}?,\s+)(?:"
                    + speech
                    + r")\b(.{0,60})",
                ).match(t[q.end() : q.end() + 200])
            if who is None and am is None and t.startswith(",", q.end() - 2, q.end()):
                am = self.DOCUMENT_SAID.match(t[q.end() : q.end() + 200])  # '"...," a statement from the PM's
                # office said': longer than the words the pattern above allows (claims24)
            possessive = "'s " in t[q.end() : q.end() + 80] and t.startswith(",", q.end() - 2, q.end())
            if who is None and am is None and possessive:
                am = pattern(  # '"...," Uzbek President X's foreign policy adviser, Y, told AFP': Y, whose
                    # title runs past the words the pattern above allows (the possessor's own title)
                    "quotations.after_possessive",
                    lambda: r"\s*(?:[\w.-]+\s+){0,5}?[\w.-]+['\u2019]s\s+[a-z][\w -]{2,40}?,\s+"
                    r"((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+)(?:" + speech + r")\b(.{0,60})",
                ).match(t[q.end() : q.end() + 200])
            if am:
                at = base + q.end() + am.start(1)
                subj = am.group(1)  # '"..." with Honiara, he said': the words after the last comma
                if (cut := subj.rfind(",") + 1) and subj[cut:].strip():
                    at, subj = at + cut, subj[cut:]
                if doc := self.DOCUMENT_FROM.match(subj):  # '"...," a statement from X said': X's
                    at, subj = at + doc.end(), subj[doc.end() :]  # words (claims24)
                office = self.OFFICE_END.search(subj) and self._his_office(at, at + len(subj), voice)
                who = office or self.speaker_at(at, at + len(subj))  # "..." spokesperson X told
                if who is None and subj.split()[-1:] and subj.split()[-1] in pronouns:
                    p = subj.split()[-1].lower()  # ("she said": a woman; "they" as before: a person)
                    gendered = p in ("he", "she")
                    who = self._described_before(line, n, q.start(), p) if gendered else None
                    who = who or self.pronoun_at(base + q.start(), n, voice, p if gendered else "person")
                if who is None and subj.lstrip()[:4] in ("the ", "The "):  # '"...," the fish trader said'
                    who = self._described_person(at, at + len(subj), n, voice)
                if who is None and not am.group(1).strip() and not re.match(r"\s+that\b", am.group(2)):
                    # "...," said X, an aide to ... (not '"..." and wrote that Kenya ...')
                    at = base + q.end() + am.start(2)
                    nm = re.match(r"\s*((?:\S+\s+){0,7}?\S+?)(?:,|\.|$|\s+(?:on|in|at)\b)", am.group(2))
                    if nm and not self._titled_after(at, line.end):  # (not "said its spokesman, X")
                        who = self.speaker_at(at + nm.start(1), at + nm.end(1))
                    if who is None:  # "...," said the Minister of Petroleum and Mines, Ana Soares.
                        who = self._titled_after(at, line.end)
                via = self._told(base + q.end() + am.start(2))
            if who is None:
                dm = self.DASH_SOURCE_AFTER.match(after)
                if dm:
                    who = self.speaker_at(base + q.end() + dm.start(1), base + q.end() + dm.end(1))
            if who is None and (acc := self.ACCORDING_TO_AFTER.match(after)):
                at = base + q.end() + acc.start(1)  # '"...," according to the Malian army.'
                who = self.speaker_at(at, at + len(acc.group(1)))
            if who is None and self._speaks(base + max(0, q.start() - 60), base + q.start()):  # else no match
                bm = pattern(  # (from a word's start, each word whole: the same match, not tried at every
                    # letter, nor again with each word cut short, which the space after it never follows)
                    "quotations.before",
                    lambda: r"(?<!\S)(\S++(?:\s++\S++){0,2})\s+(?:"
                    + speech
                    + r")(?:\s+[^\".:]{1,40})?\s*[:,]?\s*$",
                ).search(before)
                if bm:
                    at = base + q.start() - len(before) + bm.start(1)
                    who = self.speaker_at(at, at + len(bm.group(1)))
                    if who is None and bm.group(1).split()[-1] in pronouns:
                        p = bm.group(1).split()[-1].lower()
                        who = self.pronoun_at(at, n, voice, p if p in ("he", "she") else "person")
                pm = None if who else pattern(  # "The Malian army, in a statement, said: "...""
                    # (possessive runs: a run cut short is followed by no comma, the match is the same)
                    "quotations.before_aside",
                    lambda: r"([^,\"]{2,60}+),\s*(?:in|on|at|via|through|speaking|writing)\b[^,\"]{0,80}+,\s+"
                    r"(?:" + speech + r")\s*[:,]?\s*$",
                ).search(before)
                if pm:
                    at = base + q.start() - len(before) + pm.start(1)
                    who = self.speaker_at(at, at + len(pm.group(1)))
            if who is None and "headline" in before:  # 'The daily X ran the figure under the headline "..."'
                who = self._headline_outlet(line, n, base + q.start())
            if who is None and not self.covered(qs, qe):  # 'Mokhele was blunt. "..."': the one introduced
                who = self._lead_in(line, n, q.start())
            if who is None and am and voice.speaker and self._not_their_pronoun(am.group(1), voice.speaker):
                voice.speaker = None  # ('"A," he said' after a woman's words: not hers, nor what he says on)
            if who is None and voice.speaker and n - voice.line <= 2 and not self.covered(qs, qe):
                tail = self.SENTENCE_MARK.split(t[: q.start()])[-1].strip(' -"')
                if len(tail) < 40 and not self.mentions_in(
                    base + q.start() - len(tail) - 1, base + q.start()
                ):
                    who, via = (
                        self._voice_before(n, base + q.start(), voice)
                        if not tail and (am is None or t.startswith('."', q.end() - 2))  # (a sentence
                        # of its own, no words say whose)
                        else (voice.speaker, voice.via)  # ('"A," the minister said.': the paragraph's)
                    )
            if who and am:  # '"...," he told Y, adding that B': B is the speaker's next claim
                self._adding(line, n, base + q.end() + am.end(1), who, via)
            lead = self._quote_lead(line, n, q, am) if who and am else None
            if lead is not None and not self.covered(*lead):
                if self.add_claim(who, *lead, form=line.form, direct=True, via=via):
                    voice.said(who, n, via)
                continue
            if who and not self.covered(qs, qe):
                qe = self._completed_by(n, q) or qe  # '"If they come," she said, "we will leave."': one
                # a quotation of several sentences is a claim per sentence
                cuts = (
                    [qs] + [qs + m.end() for m in self.SENTENCE_BREAK.finditer(self.norm[qs:qe])] + [qe]
                )
                made = [
                    self.add_claim(who, a, b, form=line.form, direct=True, via=via)
                    for a, b in itertools.pairwise(cuts)
                ]
                if any(made):
                    voice.said(who, n, via)

    def _closed_before(self, t: str, start: int, end: int) -> bool:
        """Is a quotation ``t[start:end]`` of a line's text a sentence of its own (it opens one, a
        full stop closes it inside the mark, a capital follows: '"We will stay." Unions say ...'),
        so that the verb of saying after it is the next sentence's? Not '"Why?" he asked', '"No."
        she said.', nor words that close the sentence they are quoted in ('as "fantasy." X said')."""
        return (
            t.startswith('."', end - 2)
            and bool(re.match(r"\s+[A-Z]", t[end : end + 3]))
            and bool(re.search(r"(?:^|[.!?]['\"]?\s+)$", t[max(0, start - 4) : start]))
        )

    def _voice_before(self, n: int, at: int, voice: _Voice) -> tuple[str | None, str | None]:
        """The last speaker before ``at`` on line ``n``, for a quotation there that names none: the
        voice, unless it was heard after ``at`` (a line's reported speech is drafted before its
        quotations, so a long paragraph's later speaker is the voice by then: '"A." ... X said B.'),
        then whoever's words end last before ``at`` on it or the two lines before, if anyone's."""
        if voice.line != n or not any(c.start >= at and c.speaker == voice.speaker for c in self.claims):
            return voice.speaker, voice.via
        since = self.lines[max(0, n - 2)].start
        earlier = [
            c for c in self.claims
            if since <= c.start and c.end <= at and c.speaker not in ("article", UNKNOWN_SPEAKER)
        ]
        if not earlier:
            return voice.speaker, voice.via
        last = max(earlier, key=lambda c: c.end)
        return last.speaker, last.via

    SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"\u201d]?\s+)([A-Z][^.!?\"]{4,200}?[.!?])\s*$")
    DESCRIBED_LEAD = re.compile(
        r"(?:[A-Z][^,\"]{2,60},\s+)?[Tt]he\s+(?P<d>\d+-year-old|(?:\d+-year-old\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
        r"(?:\s+(?:in|at|from|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
        r"\s+(?:[a-z]+s|[a-z]+ed|had|has|was|is|would|could|did|does)\b"
    )

    def _described_before(self, line: Line, n: int, qat: int, pronoun: str) -> str | None:
        """Whom "he" or "she" after a quotation stands for when the sentence just before it opens with
        a description of someone ("The skipper in Peterhead had a simpler way of putting it.
        "...," he said"; "Back on the beach, the chief fisherman unfolds his arms. "...," he said"):
        the speaker of an earlier claim the same description introduced, else the one unnamed
        source whose label holds its last word, else for an age ("The 44-year-old") the last person
        named in this paragraph or the one before (claims29); None when the sentence opens otherwise."""
        sm = self.SENTENCE_BEFORE.search(line.text, 0, qat)
        dm = self.DESCRIBED_LEAD.match(sm.group(1)) if sm else None
        if dm is None:
            return None
        a, b = line.start + sm.start(1) + dm.start("d"), line.start + sm.start(1) + dm.end("d")
        if self.mentions_in(a, b):
            return None
        head = dm.group("d").split()[-1]
        other = {"he": "f", "she": "m"}[pronoun]

        def fits(who: str | None) -> bool:
            return who is not None and self.actors[who]["type"] == "person" and self._gender(who) != other

        said = [  # the same description before, as the tag of someone's words: "the 58-year-old chief
            c.speaker for c in self.claims  # fisherman said"
            if c.end <= a and any(
                0 <= m.start() - c.end <= 12
                or (
                    0 <= c.start - m.end() <= 60
                    and not self.SENTENCE_END_INSIDE.search(self.norm, m.end(), c.start)
                )  # ("the fisherman said that A", not "... the fisherman. X said that A")
                for m in re.finditer(r"\bthe\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r"\b", self.norm[: a])
            )
        ]
        if said and fits(said[-1]):
            return said[-1]
        unnamed = {x["id"] for x in self.actors.values() if x.get("unnamed") and head in x["label"].split()}
        if len(unnamed) == 1 and fits(next(iter(unnamed))):
            return next(iter(unnamed))
        if not head.endswith("-year-old"):
            return None
        since = self.lines[max(n - 1, 0)].start
        named = [
            m for m in self.mentions_in(since, a)
            if self.actors[m.actor]["type"] == "person" and not self.actors[m.actor].get("unnamed")
        ]  # fmt: skip
        return named[-1].actor if named and fits(named[-1].actor) else None

    SENTENCE_CLOSED = re.compile(r"(?:^|[.!?:])\s*$")

    def _lead_in(self, line: Line, n: int, at: int) -> str | None:
        """ 'Mokhele was blunt. "The royalties are a scandal."': a quotation that opens its sentence with
        no verb of saying around it is the words of the person the sentence before (on this line,
        else the last sentence of the line before) opens with, when that sentence names one person
        and quotes no one; else None."""
        if not self.SENTENCE_CLOSED.search(line.text, 0, at):
            return None
        cut = line.start + at  # (the sentence spaCy runs on into the quotation: "X was blunt: "...")
        sents = [(line.start + x.start_char, min(line.start + x.end_char, cut)) for x in self.sents[n]]
        sents = [(a, b) for a, b in sents if a < cut and self.norm[a:b].strip()]
        if not sents and n > 0 and self.lines[n - 1].form == "body" and self.sents[n - 1]:
            prev, last = self.lines[n - 1], self.sents[n - 1][-1]
            sents = [(prev.start + last.start_char, prev.start + last.end_char)]
        if not sents:
            return None
        a, b = sents[-1]
        if '"' in self.norm[a:b]:
            return None
        ms = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] != "media"]
        people = {m.actor for m in ms if self.actors[m.actor]["type"] == "person"}
        if len(people) != 1 or self.actors[ms[0].actor]["type"] != "person" or ms[0].start - a > 40:
            return None
        return ms[0].actor

    CONDITION_OPENS = re.compile(r"(?:If|When|Unless|Until|Once|As long as)\s[^\"]*,$")
    SAID_BETWEEN = re.compile(r"\"\s+(?:\S+\s+){1,4}?(?:said|says|added|asked|told\s+\w+),\s*$")

    def _completed_by(self, n: int, q: re.Match[str]) -> int | None:
        """ '"If the Japanese come," she said, "I will sell them squid."': a quotation that opens
        with a condition, split by its attribution, is one claim with the quotation that completes
        it; the end of that one, or None."""
        if not self.CONDITION_OPENS.match(q.group(1)):
            return None
        base, quotes = self.lines[n].start, self.quotes_of(n)
        nxt = next((x for x in quotes if x.start() >= q.end()), None)
        if nxt is None or not self.SAID_BETWEEN.fullmatch(self.norm, base + q.end() - 1, base + nxt.start()):
            return None
        return base + nxt.end(1)

    HEADLINE_BEFORE = re.compile(r"\b(?:under|with)\s+(?:the\s+)?headlines?\s*:?\s*$")
    RAN = re.compile(r"\s+(?:then\s+|also\s+)?(?:ran|runs|printed|prints|published|publishes|carried)\b")

    def _headline_outlet(self, line: Line, n: int, at: int) -> str | None:
        """ 'Le Nouvelliste ran the figure under the headline "The hunt continues."', '... by the paper
        Kibris Postasi, which quoted it under the headline "..."': the headline is the outlet's words,
        the one that ran it, printed it ("by X") or quoted it (", which ...")."""
        if not self.HEADLINE_BEFORE.search(self.norm, line.start, at):
            return None
        ss, _se = self._sentence_around(line, n, at)
        media = [m for m in self.mentions_in(ss, at) if self.actors[m.actor]["type"] == "media"]
        if not media:
            return None
        ran = [
            m for m in media
            if self.RAN.match(self.norm, m.end) or self.norm[m.end : m.end + 8].startswith(", which")
            or self.norm[max(0, m.start - 20) : m.start].rstrip().endswith(("by", "by the"))
        ]  # fmt: skip
        return ran[-1].actor if ran else None

    def _titled_after(self, at: int, end: int) -> str | None:
        """The person named after an office and a comma at ``at`` ("the Minister of Petroleum and
        Mineral Resources, Francisco da Costa Monteiro"), before the sentence ends; else None."""
        stop = re.search(r"[.!?](?:\s|$)", self.norm[at:end])
        people = [m for m in self.mentions_in(at, at + (stop.start() if stop else min(160, end - at)))
                  if self.actors[m.actor]["type"] == "person"]  # fmt: skip
        if people and re.fullmatch(
            r"\s*(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|for|the))*\s*,\s*",
            self.norm[at : people[0].start],
        ):
            return people[0].actor
        if people and self.d.pattern(  # "the spokesman, Pavel Orlov", "Russia's deputy foreign minister,
            # X": a title in lower case, then the name (not whom "the spokesman" stood for, nor the state)
            "titled_after.lower",
            lambda: (
                r"\s*(?:the|its|his|her|their|[A-Z][\w-]*'s)\s+(?:[\w'-]+\s+){0,3}?(?:"
                + self.d.title_alt
                + r")\s*,\s*"
            ),
        ).fullmatch(self.norm, at, people[0].start):
            return people[0].actor
        return None

    ADDING = re.compile(
        r",\s+(?:adding|saying|noting|insisting|warning)\s+(?:that\s+)?"
        r"|,\s+(?:though|although|but)\s+(?:he|she|they)\s+(?:also\s+)?(?:conceded|admitted|acknowledged|added"
        r"|noted|warned|insisted|argued)\s+(?:that\s+)?"  # '"...," X told Y, though he conceded that B'
    )

    def _adding(self, line: Line, n: int, at: int, who: str, via: str | None) -> None:
        """After an attribution at ``at``: ", adding (that) B" (in the same sentence, outside any
        quotation) is the same speaker's claim B."""
        ends = [line.start + x.end_char for x in self.doc_sents[n] if line.start + x.end_char > at]
        if not ends:
            return
        end = ends[0]
        am = self.ADDING.search(self.norm[at:end])
        am = am or self.AND_QUOTED.search(self.norm[at:end])  # '"A," she told a briefing, and the coast
        if not am or '"' in self.norm[at : at + am.start()] or self.covered(at + am.end(), end):  # guard had
            return  # acted "in accordance with the law"': the same speaker's next claim, in her words
        self.add_claim(who, at + am.end(), end, form=line.form, direct=False, via=via)

    AND_QUOTED = re.compile(
        r",\s+and\s+(?=(?:the|an?|its|his|her|their|[A-Z])[^,\"]{0,60}?\s(?:had|has|have|was|were|is|are|would|will"
        r"|should|could|must|can|remains?)\b[^\"]{0,80}\")"
    )

    SENTENCE_ENDS = re.compile(r"(?<!\b[A-Z])[.!?]\s+(?=[A-Z]|$)")

    def _quote_lead(self, line: Line, n: int, q: re.Match[str], am: re.Match[str]) -> tuple[int, int] | None:
        """ 'Benin would "not beg" for good relations, he told ...': a quotation that carries on the
        speaker's own clause, attributed after it, is the whole clause (from the sentence's start
        to the comma before the attribution). None when the sentence opens with the quotation,
        names its speaker before it ('X said "..."'), or the quotation is several sentences."""
        base = line.start
        at = base + q.start()
        starts = [base + x.start_char for x in self.doc_sents[n] if base + x.start_char <= at]
        if not starts:
            return None
        start = starts[-1] + (self._dateline(line) if starts[-1] == base else 0)
        ends = list(self.SENTENCE_ENDS.finditer(self.norm[start:at]))
        if ends:  # "Baku struck a cautious tone. "...": spaCy does not end a sentence before a quotation
            start += ends[-1].end()
        pre = self.norm[start:at]
        if (
            len(pre.split()) < 2
            or '"' in pre
            or re.search(r"[:,]\s*$", pre)
            or self.d.pattern("quote_lead", lambda: r"\b(?:" + self._speech() + r"|according to)\b")
            .search(pre)
            or re.search(r"[.!?]\s+[A-Z]", q.group(1))
        ):
            return None
        comma = am.group(1).rfind(",")
        end = base + q.end() + (am.start(1) + comma if comma != -1 else 0)
        return start, end

    OPENS = re.compile(
        r"[\s,;:-]*(?:(?:together|now|then|so|also|meanwhile|again|in turn|instead),?\s+"
        r"(?=it|they|he|she))?"
        r"(?:it|they|he|she|this|that|these|those|its|their|his|her|but|and|yet|still|instead)\b",
        re.I,
    )
    """A clause that opens on a pronoun or a joining word (tried on every clause, compiled once)."""
    ADDS = re.compile(
        r"[\s,;:-]*(?:what\s+is\s+more|what's\s+more|worse(?:\s+still)?|moreover|furthermore|in\s+addition)\s*,",
        re.I,
    )
    """A sentence that opens by adding to the words just before ("Officials say Kenya trains them.
    Worse, Nairobi pays them."): right after someone's words, theirs too (neverfact15). Not "also"
    or "too": "The European Union also backed Chisinau" is the article's own report."""

    def _others_words_end(self, lo: int, hi: int) -> bool:
        """Does someone else's claim (not the article's) end in ``[lo, hi]``? Newest first: words
        that end the last line were drafted last (a loop, not any() over a generator: asked by
        every line)."""
        if lo > self._claims_end:
            return False  # (see covered)
        for c in reversed(self.claims):  # noqa: SIM110
            if lo <= c.end <= hi and c.speaker != "article":
                return True
        return False

    def _others_words_on(self, start: int, end: int) -> bool:
        """Does someone else's claim (not the article's) overlap ``[start, end)``? Newest first:
        those on the sentence asked about were drafted last."""
        if start >= self._claims_end:
            return False  # (see covered)
        for c in reversed(self.claims):  # noqa: SIM110
            if c.start < end and start < c.end and c.speaker != "article":
                return True
        return False

    def _article_voice(self, line: Line, n: int) -> None:
        """The article's own sentences (clauses of headlines) that name an actor.

        Never a sentence that attributes anything (a speech verb, "according to", a quotation,
        a hedge such as "reportedly") nor one that names a grouping: those are someone's words,
        and an allegation is never drafted as the article's fact.
        """
        # the last sentence was someone's words (on this line, or ending the last), and this one
        # may carry them on when it opens with a pronoun or a conjunction
        last = self.lines[n - 1].end if n > 0 else 0
        carried = n > 0 and self._others_words_end(last - 3, last + 1)
        clauses = self._clauses(line, n)
        listed: str | None = None  # who announced a list of charges this paragraph goes on to give
        said_of_all = self._is_title(line) and (
            any(self._says_tail(a, b) for a, b in clauses)
            or self.d.pattern(  # "Kenya Backs Rebels, Says Uganda", "..., Officials Say": all of it theirs
                "claims.title_says_tail",
                lambda: r",\s+(?:(?:" + self._speech() + r")\s+(?:[\w.'-]+\s*){1,5}|(?:[\w.'-]+\s+){1,5}(?:"
                + self._speech() + r")|" + self.PLURAL_CLAIM + r")\s*$",
                re.I,
            ).search(self.norm[line.start : line.end])
        )
        for ss, se in clauses:
            qa = self.Q_LABEL.match(self.norm[ss:se]) if ss == line.start else None
            ss += qa.end() if qa else 0  # "Q: Brazil has offered to mediate.": not the label
            if line.form != "headline" and self.norm[line.start : ss].count('"') % 2:
                continue  # 'He put it plainly. "We will close the river. We do not need Accra."': inside
                # a quotation whose speaker no rule found: someone's words, never the article's
            if self.covered(ss, se):
                issuer = self._issuer_voice(line, ss, se)
                if issuer is not None and not self.covered(ss, issuer):  # its own part, before others' words
                    self._issuer_claims(line, ss, issuer)
                    continue
                if issuer is not None and self._issuer_heard(ss, issuer):  # "It calls on Eritrea to ..."
                    self._issuer_claims(line, ss, issuer)
                    continue
                lead = None if carried or line.form == "headline" else self._lead_fact(line, n, ss, se)
                if lead is not None:  # "X seized a tanker, and accused it of ...": the act is the article's
                    self.add_claim("article", *lead, form=line.form)
                elif line.form != "headline" and (hedged := self._hedged_only(ss, se)):
                    self._unknown_speaker(line, ss, hedged)  # "X is reportedly ..., although Y says"
                elif line.form == "body" and (charged := self._charge_unnamed(ss, se)):
                    self._unknown_speaker(line, ss, charged)  # "The charge that X ..., and Y denies it"
                elif line.form == "body" and (tail := self._open_tail(ss, se)) and (
                    hedged := self._hedged_only(*tail)
                ):  # "Officials say A, although Guatemala is believed to have moved ...": in no one's name
                    self._unknown_speaker(line, tail[0], hedged)
                # "X called it nonsense; Riga did not respond.", "..., police said, the first such incident."
                note = self._no_comment_part(line, ss, se) or self._comparison_after_said(line, ss, se)
                self._add_note(line, note or self._act_after_words(line, ss, se))
                carried = self._others_words_on(ss, se)
                continue
            unverified = line.form != "headline" and self.UNVERIFIED.match(self.norm[ss:se])
            guess = self._speculative(line, n, ss, se) and not unverified
            guess = guess and not (line.form != "headline" and self.NO_COMMENT.match(self.norm[ss:se]))
            if self.norm[ss:se].rstrip().endswith("?") or guess:
                continue  # (not "Reuters could not verify the report.": no guess, whatever "could" says)
            issuer = self._issuer_voice(line, ss, se)
            if issuer is not None:  # a statement's own voice: "The Ministry rejects ..."
                self._issuer_claims(line, ss, issuer)
                continue  # (what follows may still carry on the words before: ``carried`` stays)
            if line.form != "headline" and (
                unverified
                or self.NO_COMMENT.match(self.norm[ss:se])
                or self.TOLL.match(self.norm[ss:se])
                or self.WORDS_FELL_SHORT.match(self.norm[ss:se])
            ):
                self.add_claim("article", ss, se, form=line.form)  # "He did not say what ...": the article's
                continue  # (what follows may still carry on the words before: ``carried`` stays)
            if line.form == "body" and (writer := self._writers_charge(ss, se)) is not None:
                self.add_claim(writer, ss, se, form=line.form, direct=True, status="alleged")
                carried = True  # "I am sure Lomé pays them. That is how ...": the next goes on with it
                continue
            if (line.form == "body" or self._above_byline(line, n)) and self._writers_own(line, ss, se):
                self.add_claim("article", ss, se, form=line.form)  # "I do not accept his map.": the writer's
                carried = False
                continue
            opens = self.OPENS.match(self.norm[ss:se])
            title = line.form == "headline" and self._is_title(line)
            sentence = (
                self._sentence_around(line, n, ss)
                if line.form != "headline"
                else (ss, se) if title else (line.start, line.end)
            )  # fmt: skip
            adds = carried and not opens and line.form == "body" and (
                self.ADDS.match(self.norm[ss:se]) or self._adds_to_charge(ss, se)
            )
            on_words = self.WORDS_AS_THING.match(self.norm, ss) is not None  # "That complaint is fair."
            if opens and carried and (on_words or self._writer_goes_on(line, ss, se)):
                opens = None  # "It does not speak for me.": after others' words, a column's writer speaks
            if said_of_all or self.attributed(*sentence, acts=title) or (carried and (opens or adds)):
                lead = None if title or carried else self._lead_fact(line, n, ss, se)
                cut_short = se < sentence[1] and not (title or carried)
                if lead is None and cut_short and not self.attributed(ss, se):
                    # "A has threatened X, while B has accused C of Y": a clause cut before another
                    # subject's words, read as the lead of its whole sentence (the same tests)
                    lead = self._lead_fact(line, n, ss, sentence[1])
                    lead = lead if lead is not None and lead[1] <= se else None
                carried = True
                if title and not said_of_all and self._title_accusation(ss, se):
                    continue
                if lead is not None:  # "X seized a tanker, and accused it of ...": the act is the article's
                    self.add_claim("article", *lead, form=line.form)
                if not title and not said_of_all:  # "..., the army said, the first such incident this year."
                    self._add_note(line, self._comparison_after_said(line, ss, se))
                if self.named_grouping(ss, se) and len(self.mentions_in(ss, se)) >= 2:
                    self._unknown_speaker(line, ss, se)
                elif lead is None and not title and (hedged := self._hedged_only(ss, se)):
                    self._unknown_speaker(line, ss, hedged)  # "X is reportedly ...": in no one's name
                elif lead is None and line.form == "body" and (charged := self._charge_unnamed(ss, se)):
                    self._unknown_speaker(line, ss, charged)  # "The charge that X ...": in no one's name
                continue
            referred = line.form == "body" and self._grouping_referred(line, n, *sentence)
            if referred or self.names_grouping(*sentence):  # a grouping named: never the article's voice
                carried = True
                if (referred or self.names_grouping(ss, se)) and len(self.mentions_in(ss, se)) >= 2:
                    self._unknown_speaker(line, ss, se)
                continue
            if line.form == "body" and self._made_charge(line, ss, se):
                carried = True  # "That charge has been made by X before": X's charge, never the article's
                continue
            went_on, carried = carried, False
            announces = line.form == "body" and len(self.norm[ss:se].split()) >= 3
            if announces and self._announces(self.norm[ss:se]):
                self.add_claim("article", ss, se, form=line.form)  # "X went further.": the article's report
                continue  # of how X spoke; the next sentence is X's words (see _announced)
            if line.form == "headline" and self._charges_a_person(ss, se) and self._title_accusation(ss, se):
                continue  # "Lima blames 'mafias' and Morales allies": the accuser's allegation about him
            bare = line.form == "headline" and self.BARE_CHARGE.match(self.norm, ss, se)
            if bare and self._title_accusation(ss, se):
                continue  # "Pakistan shuts crossing, blames Kabul": no subject of its own: the charge
            kind, _pol, _at = self.cue(ss, se)
            if kind in self.d.rules["alleging_kinds"] and self.DENIES.search(self.norm[ss:_at]):
                kind = "rejection"  # "The UAE has denied arming the RSF": its denial, not the charge
            ms = [m for m in self.mentions_in(ss, se) if self.actors[m.actor]["type"] != "media"]
            first = min([m.start for m in ms], default=ss)
            plain = not ms and line.form in ("body", "bullet") and self._plain_fact(ss, se)  # "Oil rose 2%"
            own = line.form in ("body", "bullet") and self._own_sentence(line, n, ss, se)  # a statement's own
            if (not (ms or title or plain or own) or (
                kind is None and not own and not self._stated(line, ss, first, se)
            )) and not (
                (line.form == "body" and self._narrative(line, n, ss, se))
                or (not ms and self._column_voice(line, n, ss, se, went_on))
            ):  # "Talks resume Friday.", a column's "The checks have produced queues and not much else."
                continue  # the title is the article's claim, whatever it names
            if kind in self.d.rules["alleging_kinds"]:  # an accusation in no one's name
                if line.form == "headline" and ms:  # "Kenya Secretly Arming Rebels": alleged
                    self.add_claim(self.unknown(), ss, se, form=line.form, direct=False, status="alleged")
                continue
            if line.form == "body" and self.BIO.match(self.norm[ss:se]):
                continue  # "Dewi Kartika is a columnist based in Jakarta.": the writer's note, no claim
            letterhead = n <= 2 and self.LETTERHEAD.match(self.norm[ss:se])
            if letterhead and (len(self.ISSUER_NAMED.findall(self.norm)) >= 2 or self._one_voice()):
                continue  # "MINISTRY OF FOREIGN AFFAIRS OF ROMANIA": a statement's letterhead, no claim
            if line.form != "headline" and (
                self._attributed_next(line, n, se) or self._summed_later(line, n, se)
            ):
                continue  # "X did Y. That is the finding of a UN report.": someone's words
            announcer = listed or (self._announced(line, n, ss) if line.form == "body" else None)
            if announcer is not None:  # "The army's spokesman went further. The UAE ...": his words
                self.add_claim(announcer, ss, se, form=line.form, direct=False)
                if listed is None and self._announced(line, n, ss, listing=True):
                    listed = announcer  # "He listed Kenya's crimes. A. B. C.": the rest of the paragraph too
                continue
            backshifted = self._backshifted(line, ss, se)
            if backshifted is not None:  # "X said Kenya was to blame. Rwanda had paid them.": X's
                self.add_claim(backshifted, ss, se, form=line.form, direct=False)
                continue
            across = None if ms else self._words_go_on_across(line, n, ss, se) or self._words_go_on_within(
                line, n, ss, se
            )
            if across is not None:  # "X say the boats were armed.\n\nThe rifles came from ...": X's
                self.add_claim(across[0], ss, se, form=line.form, direct=False, status=across[1])
                continue
            source = self.SOURCE_ACTS.match(self.norm, ss, se)
            who = self._source_named(source.start(1), source.end(1)) if source else None
            if who is not None:  # "Moroccan officials dismissed the charge as propaganda.": theirs
                self.add_claim(who, ss, se, form=line.form, direct=False)
                continue
            self.add_claim("article", ss, se, form=line.form)

    GROUPING_PRONOUN = re.compile(opening(
        r"\b(?:its|their)\s+(?:(?:founding|core|other|newest|latest|main|chief|leading)\s+)?(?:members?|core|heart"
        r"|backbone|pillars?|founders?|ranks|centre|center|driving\s+force|engine|leaders?|linchpin|lynchpin|mainstays?"
        r"|hub|helm|head|spine|(?:junior|senior)\s+partners?)\b"
        r"|\b(?:heart|core|centre|center|head|helm|hub|part|members?)\s+of\s+it\b|\b(?:is|are|was|were)\s+(?:also\s+)?in\s+it\b"
        r"|\b(?:have|has|had)\s+(?:also\s+|since\s+|already\s+)?(?:joined|signed\s+(?:up|on))\s*(?:[.,;]|$)"
        r"|\b(?:round|rounds|rounded)\s+(?:it|them)\s+out\b|\b(?:complete|completes|completed)\s+the\s+(?:trio"
        r"|quartet|group|bloc|axis|alliance|line-?up|club)\b"
        r"|\b(?:lead|leads|led|join|joins|joined|form|forms|formed|make\s+up|makes\s+up|made\s+up|anchor|anchors"
        r"|anchored|belong\s+to|belongs\s+to|drive|drives|drove|dominate|dominates|dominated)\s+(?:it\b|(?:the|this"
        r"|that)\s+(?:new\s+)?(?:group|grouping|bloc|axis|alliance|camp|coalition|club|front|triangle|network|pact)\b)",
        re.I,
    ), re.I)  # fmt: skip

    def _grouping_referred(self, line: Line, n: int, ss: int, se: int) -> bool:
        """Does the sentence ``[ss, se)`` point back by pronoun to a grouping the sentence before
        names ("Lima warns of an axis. Bolivia and Venezuela are its members.", "... lead it")? Its
        members are that grouping's, never the article's fact (neverfact20)."""
        if not self.GROUPING_PRONOUN.search(self.norm, ss, se):
            return False
        before = [(line.start + s.start_char, line.start + s.end_char) for s in self.sents[n]
                  if line.start + s.end_char <= ss + 1]  # fmt: skip
        if not before and n > 0 and self.lines[n - 1].form == "body" and self.sents[n - 1]:
            prev, last = self.lines[n - 1], self.sents[n - 1][-1]
            before = [(prev.start + last.start_char, prev.start + last.end_char)]
        return bool(before) and self.names_grouping(*before[-1])

    BARE_CHARGE = re.compile(r"[\s,;:|\u2013\u2014-]*(?:accuse[sd]?|blame[sd]?)\s", re.I)
    """A headline's clause that opens on its charge, its subject the title's ("..., blames Kabul")."""

    WRITER_SAYS = re.compile(
        r"\s*(?:(?:But|And|So|Still|Yet|Now),?\s+)?I\s+(?:(?:do|did|would|could|can|cannot|also|still|really|only"
        r"|have|had)\s+)*(?:not\s+|no\s+)?(?:think|believe|doubt|accept|agree|disagree|understand|admire|hope|know"
        r"|see|want|wish|like|worry|regret|welcome|support|oppose|reject|trust|thank|urge|ask|am|reason)\b"
    )
    """A column's writer giving a view ("I do not accept ...", "I am tired of ...", "I hope ..."), not
    their life ("I have fished this river since I was a boy")."""
    WRITER_ASKS = re.compile(
        r"\s*(?:(?:And|But|So|First|Second|Third|Finally),?\s+)?(?:It|They|Both|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
        r"|(?:The|Our|Its|Both)\s+(?:[\w-]+\s+){0,3}?[a-z]+)\s+should\s+(?!be\s+(?:able|allowed)\b)\w"
    )
    """A column's call on someone ("Santiago should drop the talk of The Hague", "It should publish its
    study"): the writer's appeal, the article's voice (only in a column: elsewhere "X should ..." is
    too often someone's words carried on)."""
    VERDICT = re.compile(
        r"\s*(?:(?:But|And|Still|Yet|So),?\s+)?(?:That|This|He|She|They|It)\s+(?:is|was|are|were)\s+"
        r"(?:(?:not|also|partly|quite|entirely|simply|half|only|exactly|precisely)\s+)*(?:(?:a|an|the)\s+)?"
        r"(?:[\w-]+\s+)?(?:nonsense|propaganda|right|wrong|fair|unfair|true|untrue|false|absurd|generous|mistaken"
        r"|misleading|wise|unwise|sensible|accurate|inaccurate|cynical|unlikely|exaggeration|overstatement"
        r"|(?:good|clever|convenient|memorable|useful|neat)\s+(?:line|story|phrase|argument))\b"
    )
    """A column's judgement of the words just before it: "That is nonsense.", "He was right to say it."."""

    WORDS_JUDGED = re.compile(
        r"\s*(?:(?:But|And|Yet),?\s+)?(?:These|Those|Such|This|That|The|Her|His|Its|Their|Neither)\s+(?:[\w-]+\s+)?"
        r"(?:claims?|accusations?|allegations?|assertions?|reports?|charges?|insinuations?|account|version)\s+"
        r"(?:(?:is|are|was|were|has|have|had)\s+(?:(?:also|simply|entirely|completely)\s+)?(?:no|never|not|false"
        r"|unfounded|baseless|groundless|untrue)\b|could\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b)"
    )
    """A sentence on words it only names, not carries ("These claims have no basis in fact.", "Her
    account could not be independently verified."): a verdict of the article's; not "The claim that
    ... could not be verified", which carries the claim."""

    WRITER_SURE = re.compile(
        r"\s*(?:(?:But|And|So|Yet|Still|Now),?\s+)?I\s+(?:(?:am|'m|was|remain)\s+(?:\w+ly\s+|quite\s+)?(?:sure"
        r"|certain|convinced|confident|positive)|have\s+no\s+doubt|(?:also\s+)?(?:know|suspect|bet))\s+(?:that\s+)?"
        r"(?=[A-Z]|(?:the|its|their)\s)"
        r"|\s*(?:(?:But|And|So|Yet),?\s+)?(?:That|This)\s+is\s+(?:exactly\s+|precisely\s+)?how\s+(?=[A-Z]|(?:the|its|their)\s)"
        # fact24: the writer's certainty without "I": "There is no doubt that ..." (and CERTAIN_OPENER)
        r"|\s*(?:(?:But|And|So|Yet),?\s+)?(?:There\s+(?:is|can\s+be)\s+no\s+doubt|It\s+is\s+(?:clear|obvious|plain"
        r"|undeniable|beyond\s+doubt))\s+that\s+(?=[A-Z]|(?:the|its|their)\s)"
    )
    _CERTAIN = (
        r"\s*(?:(?:but|and|so|yet),?\s+)?(?:clearly|undeniably|obviously|plainly|evidently|unquestionably"
        r"|indisputably|make\s+no\s+mistake)\s*[,:]\s*"
    )
    CERTAIN_OPENER = re.compile(r"(?:^|[.!?]\s+|\n)" + _CERTAIN + "$", re.I)
    CERTAIN_OPENS = re.compile(_CERTAIN + r"(?=[A-Z]|(?:the|its|their)\s)", re.I)
    """The writer's certainty that opens a sentence before its clause ("Clearly, Lomé moved the
    posts."): in a column, the clause after it is the writer's charge, as after "I am sure" (fact24)."""

    def _writers_charge(self, ss: int, se: int) -> str | None:
        """A column's writer sure of another's act ("I am sure Lomé pays the smugglers.", "I know
        that Accra ...", "That is how Moscow paid them."): the writer's own charge, alleged, in the
        writer's name (the article's voice holds views, never an unproven charge); the writer, else
        None (neverfact20b)."""
        sure = self.WRITER_SURE.match(self.norm, ss, se) or self.CERTAIN_OPENS.match(self.norm, ss, se)
        after = sure.end() if sure is not None else ss
        if sure is None and not self.CERTAIN_OPENER.search(self.norm, max(0, ss - 40), ss):
            return None
        if '"' in self.norm[ss:se]:
            return None
        writer = self._columnist()
        other = any(m.actor != writer for m in self.mentions_in(after, se))
        if writer is None or not (other or self.d.demonym_re.search(self.norm, after, se)):
            # (an actor, or a people named by its demonym: "Togolese gendarmes fired on the ferry")
            return None
        return writer

    def _writers_own(self, line: Line, ss: int, se: int) -> bool:
        """In a column with a byline (:meth:`_columnist`), a sentence in which its writer gives a view
        (:attr:`WRITER_SAYS`: "I do not accept his map.", "I think we should go.") or that judges the
        words just before it (:attr:`VERDICT`, in any article), or words it only names
        (:attr:`WORDS_JUDGED`): the writer's view, the article's voice, though it follows others'
        words. Never one in quotation marks, one that hedges, guesses, names a grouping or marks hearsay,
        nor one with a verb of saying whose subject is not the writer ("I am told ...")."""
        st = self.norm[ss:se]
        judged = self.WORDS_JUDGED.match(st)
        if judged:
            st = "x" * judged.end() + st[judged.end() :]  # (the words it names are no one's here)
        elif not (
            self.VERDICT.match(st)
            or ((self.WRITER_SAYS.match(st) or self.WRITER_ASKS.match(st)) and self._columnist() is not None)
        ):
            return False
        if '"' in st or self.norm[line.start : ss].count('"') % 2 or self.d.has_hedge(st):
            return False
        if self.d.has_speculation(st) or self.names_grouping(ss, se) or self.hearsay(ss, se):
            return False
        for w in self.d.attribution_re.finditer(st):  # "I do not think ...", not "I am told ..."
            if re.match(r"\s+(?:it|so)\b", st[w.end() :]):
                continue  # "He was right to say it.": the words just judged, none of their own
            mine = re.search(r"\bI\s+(?:[a-z']+\s+){0,3}$", st[: w.start()])
            if mine is None or re.match(r"I\s+(?:am|was|have\s+been|had\s+been)\b", mine.group()):
                return False
        return True

    SOURCE_ACTS = re.compile(
        r"\s*((?:[A-Z][\w'-]+\s+)?(?:[a-z]+\s+)?(?:officials|diplomats|analysts|sources|critics|lawmakers|observers"
        r"|commentators|experts))\s+(?:\w+ly\s+)?(?:dismissed|rejected|denied|condemned|criticised|criticized|welcomed"
        r"|praised|called|described|branded|hailed|derided|mocked|questioned|disputed)\b"
    )
    """Sources the article does not name, doing with words what a speaker does ("Moroccan officials
    dismissed the charge as propaganda"): their claim, not the article's."""

    DENIES = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disputed?)\s+(?:\w+\s+)?$")
    """A denial right before an accusation's cue: the sentence reports the denial."""

    REFERRED = re.compile(
        opening(r"\b(?:reject|den(?:y|ies|ied)|dismiss|disput|refut|rebuff|trad(?:e|es|ed|ing)|exchang)\w*\s+"
        r"(?:(?:the|these|those|such|this|that|its|their|his|her|any|all|fresh|new|mutual)\s+){0,2}"
        r"(?:[\w-]+\s+){0,2}?(?:accusations?|charges?|claims?|allegations?|reports?|suspicions?)\b"
        r"(?!\s+(?:that|of)\b)", re.I),
        re.I,
    )
    """ "Caracas rejected the accusation", "A and B trade accusations": an act towards words the
    sentence names without carrying them, no hearsay of its own (not "denied claims that ...")."""

    WORDS_COLON = re.compile(
        opening(r"\b(?:charges?|claims?|accusations?|allegations?|message|verdict|view|suspicions?|theory|argument"
        r"|line|story|narrative|version|conclusion|assessment|reading|case|fear|belief|warning|answer|name|word"
        r"|term|label|phrase|culprits?|suspects?|explanation|diagnosis|mood|feeling|consensus|thinking|assumption"
        r"|take|upshot|gist)"  # "Kampala's take: ...", "The upshot, for Kampala: ..." (fact24)
        r"(?:,?\s+(?:from|of|in|by|for|about|on)\s+[\w.' -]{1,40}?)?\s*:\s+\S", re.I),
        re.I,
    )
    """ "The charge from Kampala: Kenya armed them": someone's words, introduced by a colon (so "Nairobi
    names the culprits: Ugandan troops.", "Kenya has a theory about who burned the huts: ..." (fact23))."""

    def hearsay(self, start: int, end: int, headline: bool = False, *, sentence: bool = False) -> bool:
        """Does ``[start, end)`` mark hearsay, an accusation, a claimed grouping, a hedge or a guess
        (the one test of :attr:`Drafter.hearsay_re`, a grouping word or name; in a claim's own words
        also a short quotation, a question, words after a colon)? Words that only name an accusation
        to reject it do not count. Of the ``sentence`` around a claim only the first two count: its
        report of an act beside someone's quoted view ("Brazil sent frigates, in what Argentina called
        'a provocation'") asserts no one's words, but one beside an accusation may be that accusation."""
        st = self.REFERRED.sub(lambda m: "x" * len(m.group()), self.norm[start:end])
        if self.d.hearsay_found(st) or self.names_grouping(start, end):
            return True
        return not sentence and bool(
            self.d.hearsay_own_found(st)
            or st.rstrip().rstrip("\"')").endswith("?")
            or (not headline and (DQUOTE.search(st) or self.d.words_colon_found(st)))
        )

    ANSWERED = re.compile(
        r"\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:charge|accusation|allegation|claim)\b|which\s+[A-Z])"
    )
    """ "a charge Cotonou has rejected": a claim that reports how a charge was answered (the charge
    is the sentence's other claim, someone's)."""

    HEAD_SOURCE = re.compile(
        r"\s[-\u2013\u2014:]\s+(?:[\w.'-]+\s+){0,3}?(?:[A-Z][\w.'-]*|officials?|sources?|ministry|minister|army"
        r"|police|military|government|spokes\w+|report|media|diplomats?|analysts?|residents|witnesses)\W*$"
    )
    """A headline that names its source after a dash: "Tehran armed the rebels \u2013 Saudi officials"."""

    COORDINATED = re.compile(
        r"\s*[,;]\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|some|several|two|three)\s|[A-Z])"
        r"(?!(?:[^,;]*?\s)?(?:also|too|likewise|similarly|as\s+well|either|so|it|this"
        r"|that(?!\s+(?:the|a|an|its|his|her|their|these|those|[A-Z][a-z]+)\s))\b)"
    )
    """Where a sentence's own clause ends and a coordinated clause with a subject and words of its
    own begins ("Egypt closed the crossing, and Israeli officials said the move was overdue"): the
    words are the second clause's, not the first's, unless it points back to it ("and officials
    said it also ...", "and Kampala says so"); not "..., and accused its crew of ...": the same
    subject's act and accusation, one thing."""

    DENIED_CLAUSE = re.compile(opening(
        r"\b(?:den(?:y|ies|ied)|denying)\s+(?:that\s"
        r"|(?!(?:any|all|it|this|that|them|the\s+(?:charges?|claims?|accusations?|allegations?|reports?|account))\b)"
        r"(?:[\w'-]+\s+){1,4}?(?:had|has|have|was|were|is|are|did|would|will|could)\s"
        r"|(?:the|its|his|her|their|a|an)\s+(?:[\w'-]+\s+){0,2}?[a-z]+ed\s+(?:into|across|over|on|at|to|the|a|an|its|their)\s)"
    ))
    """A denial of a whole clause ("denied that ...", "denies its drone had crossed ...", "denies the
    drone crossed into ..."): the clause is an accusation, only named by the one who denies it."""

    LABEL = re.compile(
        r"\s*(?:[-\u2022*]\s*)?(?!(?:breaking|update|updated|analysis|interview|opinion|comment|explainer|live"
        r"|watch|exclusive|factbox|timeline|photos?|video|editorial|q\s*&\s*a|profile|news|headline|correction"
        r"|note|read\s+more|see\s+also|in\s+brief|background|context)\s*:)[^:\n]{2,40}:\s+\S",
        re.I,
    )
    """ "Officials: Kenya armed the rebels": a headline's or a bullet's words, labelled with who says
    them (not "BREAKING:", "Analysis:")."""

    SCARE_VERB = re.compile(r"[A-Z][\w.-]*\s+([\"'])[a-z][\w-]*(?:\s+[a-z][\w-]*)?\1\s+\w"
                            r"|^\s*(?:[\w.'-]+\s+){0,2}?(?:[A-Z][\w.-]*|soldiers|troops|forces|police|guards|officers"
                            r"|army|navy|militias?|rebels|agents|spies|officials|patrols?|gunboats?|jets|drones|gunmen"
                            r"|fighters|men)\s+([\"'])[a-z][\w-]*(?:\s+[\w-]+){0,3}\2\s+(?:on|in|at|near|across|along|over|into|off"
                            r"|against|from|during|after|before|outside|inside)\s"
                            r"|^\s*(?:[\w.'-]+\s+){0,3}?(?!(?:an?|the|of|for|to|its|his|her|their)\s)[\w.-]+\s+"
                            r"([\"'])[a-z][\w-]*(?:\s+[\w-]+){2,5}\3\W*$")
    """ 'Kenya "armed" Somali rebels': a headline's predicate in quotation marks, its way of saying
    the charge is someone's (not 'Tiraspol cries "encirclement"', 'Rejects "Security Guarantee" Demand'); at
    the title's end, a short subject's whole predicate: "Bolivian officers 'shipped rifles to Puno'"
    (neverfact20; not "... unless Ukraine 'capitulates completely'", a clause deep in the title, nor
    "Moscow promises a 'mirror response'", an object); a short subject's quoted predicate and a place
    after it: "Guinean soldiers 'fired first' on the Mano" (fact24b)."""

    HEAD_SOURCE_LABEL = re.compile(
        r"\s*(?:[\w'-]+\s+){0,2}?(?:reports?|sources?|officials?|documents?|files|papers|cables?|memos?|dossier|media"
        r"|witnesses|insiders|prosecutors|diplomats|investigators|intelligence|probe|investigation|leaks?)\s*:\s",
        re.I,
    )
    HEAD_SHOWS = re.compile(
        r",\s+(?:[\w.'-]+\s+){0,3}?(?:documents?|files|papers|records|report|reports|probe|investigation|study"
        r"|images|footage|video|emails|messages|cables?|leaks?|memos?|dossier|letters?|recordings?|data|sources"
        r"|intelligence|inquiry|audit|review|analysis|evidence)\s+(?:shows?|showed|reveals?|revealed|suggests?"
        r"|suggested|indicates?|indicated|finds?|found|alleges?|alleged)\W*$",
        re.I,
    )

    def _head_sourced(self, line: Line, start: int) -> bool:
        """Does a headline name the source of its words outside the claim at ``start``: a label
        before it ("Report: ...", "Sources: ..."), a tail ("..., documents show", "..., leaked files
        reveal") or a speaker in brackets at its end ("... (Peru)")? (neverfact20)"""
        text = self.norm[line.start : line.end]
        head = self.HEAD_SOURCE_LABEL.match(text)
        if head is not None and line.start + head.end() <= start + 1:
            return True
        if self.HEAD_SHOWS.search(text):
            return True
        bracket = re.search(r"\(([^()]{2,40})\)\W*$", text)
        if bracket is None:
            return False
        return self._label_speaks(line.start + bracket.start(1), line.start + bracket.end(1))

    QUOTED_SUBJECT = re.compile(r"\s*([\"'])[A-Za-z][^\"'\n:]{1,30}\1\s+[a-z]")
    """ "'Bolivian hand' behind Puno unrest": a headline that opens on someone's words in quotation
    marks, a predicate after them (not '"We cannot eat coal": a ...', a title quote; neverfact20b)."""

    def _labelled_or_quoted(self, words: str) -> bool:
        """Does a headline or a bullet carry its predicate in quotation marks (:attr:`SCARE_VERB`),
        open on a quoted subject (:attr:`QUOTED_SUBJECT`) or a speaker's label before a colon
        (:attr:`LABEL`)?"""
        return bool(
            self.SCARE_VERB.search(words) or self.LABEL.match(words) or self.QUOTED_SUBJECT.match(words)
        )

    def _holds_others(self, c: DraftClaim) -> bool:
        """Does claim ``c`` cover half of someone else's drafted words (or they half of it)? Then it
        carries them, and is never the article's fact, whichever rules made the two."""
        start, end = c.start, c.end
        for x in self.claims:
            if x.start >= end or x.end <= start or x is c or x.speaker == "article":
                continue  # (no overlap, the cheapest test, first: most claims are elsewhere)
            overlap = min(end, x.end) - max(start, x.start)
            if overlap >= min(end - start, x.end - x.start) / 2:
                return True
        return False

    VIA_CARRIED = 400
    """How far (characters) a speaker's next words carry the outlet of their last ones when nothing
    names another medium between them ("X told Dawn that ... He added that ...")."""
    OWN_WIRE = re.compile(r"\((?P<wire>[A-Z][\w.&' -]{1,30})\)\s*[-\u2013\u2014]")
    """ "NAIROBI (Reuters) -": the wire whose copy the article is."""

    def outlets_named(self) -> None:
        """A medium named in the sentence of someone's words, outside them, is the outlet they came
        through ("..., he told Dawn", "In a statement carried by Tasnim, the Guards said",
        "The paper quoted an official as saying ...", "X said, as quoted by Y"), when the sentence
        names one medium only and it is not the speaker. The article's own wire ("(Reuters) -")
        is no outlet between the speaker and the article: "told Reuters" there is "told us". A
        speaker's next words, soon after and with no other medium named between, came through
        the same outlet (see :attr:`VIA_CARRIED`)."""
        media = [m for m in self.mentions if self.actors[m.actor]["type"] == "media"]
        if not media:
            return  # most drafts: no medium named at all
        wm = self.OWN_WIRE.search(self.norm, 0, self.lines[min(2, len(self.lines) - 1)].end)
        name = wm.group("wire").strip() if wm else None
        wire = {a for a, v in self.actors.items() if name and name in (v["label"], *v.get("aliases", ()))}
        for c in self.claims:
            if c.via in wire:
                c.via = None  # "told Reuters" in Reuters copy: told the article itself
            if c.via or c.speaker in ("article", "unknown-speaker"):
                continue
            if self.actors[c.speaker]["type"] == "media":
                continue  # an outlet's own report: no outlet between it and the article
            n = self.line_of(c.start)
            ss, se = self._sentence_around(self.lines[n], n, c.start)
            se = max(se, c.end)
            named = {
                m.actor for m in media
                if ss <= m.start < se and not c.start <= m.start < c.end and m.actor != c.speaker
                and not (m.start >= c.end and (self._another_speaks(c, m.start) or self._outlet_opens(c, m)))
            }  # fmt: skip
            if len(named) == 1 and not named & wire:
                c.via = named.pop()
        last: dict[str, DraftClaim] = {}
        for c in sorted(self.claims, key=lambda c: c.start):
            before = last.get(c.speaker)
            near = before is not None and before.via and c.start - before.end < self.VIA_CARRIED
            between = near and any(before.end <= m.start < c.end for m in media)  # another medium named
            if near and not between and c.via is None and c.speaker != "article":
                c.via = before.via  # "He added that ...", "In the same interview he ...": still theirs
            last[c.speaker] = c

    OUTLET_OPENS = re.compile(
        r"[\"\s]*(?:,\s*(?:while|whereas|and|but)|;)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
    )
    OUTLET_ACTS = re.compile(
        r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:quoted|reported|cited|wrote|said|published|carried)\b"
    )

    def _outlet_opens(self, c: DraftClaim, m: Mention) -> bool:
        """ "X said A, while the Anadolu news agency quoted Y as saying B": the medium after the claim
        opens a clause of its own (it quotes, reports), so it is not the outlet of ``c`` (audit19c)."""
        return bool(
            self.OUTLET_OPENS.fullmatch(self.norm, c.end, m.start)
            and self.OUTLET_ACTS.match(self.norm, m.end)
        )

    def _another_speaks(self, c: DraftClaim, at: int) -> bool:
        """Between claim ``c`` and ``at``, does another actor speak ("A, and one of whom, the minister
        X, told Jeune Afrique ...")? Then a medium at ``at`` is that speaker's outlet, not ``c``'s."""
        return self._speaks(c.end, at) and any(
            m.actor != c.speaker and self.actors[m.actor]["type"] != "media"
            for m in self.mentions_in(c.end, at)
        )

    BLAME_ASIDE = re.compile(
        r"(?:\(|,\s|\s[-\u2013\u2014]\s)\s*[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,3}?\s+(?:has\s+|have\s+)?(?:long\s+)?"
        r"(?:blames?|blamed|accuses|accused|alleges|alleged|suspects|suspected)\s+[^()\u2013\u2014,]{2,80}?"
        r"(?:\)|,\s|\s[-\u2013\u2014]\s)"
    )
    """ "The sinking (La Paz blames a gunboat) killed three.", "The sinking, Lima blames Quito, ...": an
    aside that names whose charge the sentence carries, inside the article's own report (fact25)."""

    def never_fact(self) -> None:
        """The last check of the house rule on claims, whichever rule drafted them: a claim in the
        article's own voice is asserted only when nothing in its sentence (a body sentence, the
        whole of it; a headline's or a bullet's own words) marks hearsay (see
        :meth:`hearsay`); otherwise it is alleged, by an unknown speaker, at a lower confidence
        (in doubt, downgrade; never upgrade). No claim is alleged in the article's voice."""
        for c in self.claims:
            if c.speaker != "article" or (c.form == "headline" and c.kind == "accusation" and c.holder):
                continue  # (the title's report of an accusing: see _title_accusation)
            n = self.line_of(c.start)
            line = self.lines[n]
            ss, se = self._sentence_around(line, n, c.start) if line.form == "body" else (c.start, c.end)
            own = (
                self.ANSWERED.match(self.norm[c.start : c.end])
                or self.ISSUER.match(self.norm[ss:se])
                or (c.start == ss and self._state_issuer(ss, se))
            )
            # (a lede's report opens after its dateline, "TOKYO (Reuters) - Japan lodged ...")
            opens = c.start == ss or (ss == line.start and c.start == ss + self._dateline(line))
            lead = opens and c.end < se and (
                self.COORDINATED.match(self.norm, c.end, se)
                or self.LEAD_WORDS.match(self.norm, c.end, se)
                or self.SEMI_CUT.match(self.norm, c.end, se)
            )
            # "X is said to ...; Congo produces about 25,000.": a clause of its own after the hedge
            after_cut = c.start > ss and c.end == se and not self.hearsay(c.start, se, sentence=True)
            after_cut = after_cut and self.AFTER_CUT.search(self.norm[ss : c.start])
            after_cut = after_cut and not self.GUESSED.search(self.norm[c.start : c.end])  # (in doubt, no)
            whole = (ss, se) != (c.start, c.end)
            # "..., the army said, the first such incident this year": the article's measure, after the words
            compared = c.start > ss and re.match(r"(?:in\s+)?(?:the|its|their)\s", self.norm[c.start : c.end])
            compared = compared and self._comparison_after_said(line, ss, se) == (c.start, c.end)
            acted = c.start > ss and self._act_after_words(line, ss, c.end) == (c.start, c.end)
            after_cut = after_cut or bool(compared) or acted
            around = not (own or lead or after_cut) and whole and self.hearsay(ss, se, sentence=True)
            words = self.norm[c.start : c.end]
            sourced = c.form == "headline" and self.HEAD_SOURCE.search(words)
            sourced = sourced or (c.form in ("headline", "bullet") and self._labelled_or_quoted(words))
            # "The new axis: Moscow, Tehran and Pyongyang": a grouping in the label before the words
            label = c.form == "headline" and self.norm.rfind(":", line.start, c.start)
            sourced = sourced or (bool(label) and label > 0 and self.names_grouping(line.start, label))
            sourced = sourced or (c.form == "headline" and self._head_sourced(line, c.start))
            after = line.form == "body" and (self._said_next(line, n, se) or self._summed_later(line, n, se))
            under = line.form == "body" and (
                self._under_charges(n) or self._caps_label(line, c.start) or self._echoes_title_charge(n, c)
                or self._reported_act_goes_on(line, n, c)
            )
            under = under or (line.form in ("body", "bullet") and self._under_charges_list(line, n))  # fact28
            # "Kenya armed Gedo rebels" and a lede "Somalia's president made the charge ...": theirs
            title = c.form == "headline" and self._is_title(line)
            charged = title and self._charge_made_next(line, n, line.end)
            after = after or under or charged
            own_words = self.hearsay(c.start, c.end, c.form == "headline") or self._holds_others(c)
            own_words = own_words or self._charged(c, words) or bool(self.BLAME_ASIDE.search(words))
            if (c.status != "asserted" or around or sourced or after or own_words) and (
                c.kind == "rejection" and c.holder and self.ANSWERED.match(words)
            ):  # "..., an accusation Uganda rejected.": the denier's words, not no one's
                c.speaker, c.status, c.direct, c.confidence = c.holder, "reported", False, 0.5
            elif c.status != "asserted" or around or sourced or after or own_words:
                c.speaker, c.status, c.direct, c.confidence = self.unknown(), "alleged", False, 0.5
                blamer = None if own or sourced or after or c.form != "body" else self._subject_speaks(c)
                if blamer is not None and blamer[1] == "alleged" and blamer[0] != c.speaker:
                    c.speaker = blamer[0]  # "Quito blamed the outage on Lima.": Quito's charge, not no one's
            elif (tagged := self._whose_by_form(line, n, c)) is not None:  # "(TASS)", "Second, ...": fact28
                c.speaker, c.status, c.direct, c.confidence = *tagged, False, 0.5
            elif (  # (each pattern's words as plain strings first: most claims hold none of them)
                (
                    may_hold(self.DENIED_CLAUSE_WORDS, words, caseless=False)
                    and self.DENIED_CLAUSE.search(self.norm, c.start, c.end)
                )
                or (
                    may_hold(self.PROTESTED_ACT_WORDS, words, caseless=False)
                    and self.PROTESTED_ACT.search(self.norm, c.start, c.end)
                )
                or (self.TAKEN_ACT.search(self.norm, c.start, c.end) and not self._issued_statement())
            ):
                # "Baku denies the drone crossed into Armenian airspace": the denier's words, which
                # carry the accusation they answer; never the article's fact. So a protest at an act
                # or a demand that it stop: "Peru lodged a protest over Bolivian troops crossing ..."
                who = self._sentence_subject(c.start, c.end)
                c.speaker, c.status, c.direct, c.confidence = who or self.unknown(), "reported", False, 0.5
                if who is None:
                    c.status = "alleged"
            elif (quoted := self._quote_opened(c)) is not None:
                # '"Baku moved its guns. It shelled Sotk," the envoy said.': words inside quotation
                # marks are their speaker's, never the article's
                c.speaker, c.status, c.direct, c.confidence = quoted, "reported", True, 0.5
                if quoted == self.unknown():
                    c.status, c.direct = "alleged", False
            elif not own and (spoken := self._subject_speaks(c)) is not None:
                # "The RSF denied any role.", "Diplomats in Addis Ababa doubt that ...": the subject's words
                c.speaker, c.status, c.direct, c.confidence = *spoken, False, 0.5
                self._since_when(c)

    PROTESTED_ACT = re.compile(opening(
        r"\b(?:(?:protest(?:s|ed)?|(?:lodged|lodges|filed|files|sent|sends)\s+(?:a\s+)?(?:formal\s+|strong\s+)?protest"
        r"|(?:raised?|raises|voiced?|voices|expressed|expresses)\s+(?:\w+\s+)?concerns?|sounded\s+the\s+alarm"
        r"|complain(?:s|ed)?)\s+(?:over|about|against|at|of)|object(?:s|ed)?\s+to|condemn(?:s|ed)?|denounc(?:es|ed)"
        r"|allud(?:es|ed)\s+to)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'-]+\s+){0,2}?(?:troops|soldiers|forces|agents"
        r"|officers|spies|militias?|militants|fighters|rebels|drones|jets|aircraft|warships|ships|boats|patrols?|units"
        r"|police|guards|gunmen|smugglers)\s+(?:[a-z]+ly\s+)?(?!during\b|including\b)[a-z]+ing\b"
        r"|\b(?:demand(?:s|ed)?|insist(?:s|ed)?|urg(?:es|ed)|call(?:s|ed)\s+on)\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?"
        r"(?:to\s+)?(?:stop|stops|cease|ceases|end|ends|halt|halts)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b"
        r"|\bunless\s+(?:[\w'-]+\s+){1,4}?(?:stop|stops|ceases?|ends?|halts?)\s+[a-z]+ing\b"
        r"|\b(?:it|they|he|she|officials|police|authorities|prosecutors)\s+(?:identified|described|branded"
        r"|labell?ed)\s+as\s"
    ))
    """A protest at another's act, a demand that it stop, someone's naming of people ("Peru lodged
    a protest over Bolivian troops crossing the border", "demanded that Bolivia stop arming the
    protesters", "two men it identified as Bolivian agents"): the act is the protester's charge,
    never the article's fact (neverfact20b)."""

    _ACT = (
        r"(?:occupation|annexation|seizure|invasion|incursions?|blockade|detention|abduction|kidnapping|expulsion"
        r"|deportation|shelling|bombing|killings?|burning|beating|sinking|shooting|massacre|torture|looting"
        r"|destruction|confiscation|raids?|attacks?|persecution|harassment|mistreatment|demolition)"
    )
    TAKEN_ACT = re.compile(opening(
        r"\b(?:[Pp]rotest\w*|march(?:es|ed|ing)?|[Rr]all(?:y|ies|ied|ying)|[Dd]emonstrat\w*|vigil|sit-in|riot(?:s|ed|ing)?"
        r"|took\s+to\s+the\s+streets|gathered|summon\w*|boycott\w*|apolog\w*|compensation|justice|explanation)\b"
        r"[^.;:]{0,40}?\b(?:against|over|at|for|protest|denounce|condemn)\s+"
        r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+'s\s+(?:[\w-]+\s+)?" + _ACT + r"\b|" + _ACT
        + r"\s+of\s+[^.;:]{1,60}?\s+by\s|(?:[\w-]+\s+){1,3}?(?:shot|killed|burned|burnt|seized|beaten|wounded"
        r"|detained|abducted|kidnapped|sunk|looted|destroyed|arrested|jailed|tortured)\s+by\s)"
        r"|\b(?:demand(?:s|ed)?|insist(?:s|ed)?|urg(?:es|ed)|call(?:s|ed)\s+on|ask(?:s|ed)?|wants?|wanted|press(?:es|ed)?)"
        r"\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:to\s+)?(?:(?:punish|prosecute|arrest|discipline|jail|sack|extradite"
        r"|bring\s+to\s+justice)\s+(?:the\s+|those\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:who|that)\s|[^.;:]{0,50}?"
        r"\b(?:its|their|[\w-]+'s)\s+(?:soldiers|troops|police|guards|forces|officers|patrols?)\s+(?:had\s+)?(?:shot"
        r"|killed|burned|burnt|seized|beat|wounded|detained|abducted|kidnapped|sank|looted|destroyed)\b)"
        r"|\b(?:[Vv]ideo|[Ff]ootage|[Ii]mages?|[Pp]hotos?|[Pp]hotographs|[Pp]ictures|[Rr]ecordings?|[Dd]ocuments?|[Ee]vidence"
        r"|[Cc]lips?|[Ff]ilm)\s*,?\s+(?:which\s+[^.;:,]{1,40}?\s+(?:released|published|posted|issued|provided"
        r"|distributed|shared|circulated|supplied)\b[^.;:,]{0,30}?,\s+|(?:released|published|posted|issued|provided"
        r"|distributed|shared|circulated|supplied)\s+by\s+)[^.;:]{0,60}?\b(?:shows?|showed"
        r"|reveals?|revealed|proves?|proved|can\s+be\s+seen|(?:is|are|were|was)\s+seen)\b"
        r"|\b(?:regret(?:s|ted)|deplor(?:es|ed))\s+(?:the\s+fact\s+)?that\s"
    ))  # fmt: skip
    """A protest at an act someone is said to have done ("marched against Guinea's occupation of
    ...", "protested over the killing of two farmers by Guinean troops"), a demand that the doers be
    punished ("demanded that Conakry punish the soldiers who shot ..."), or what material released
    by someone shows ("The video, released by Monrovia, shows ..."), wire copy's regret at a
    that-clause ("Monrovia regrets that Guinean soldiers fired ..."): the act is the protester's, the
    demander's, the releaser's or the regretter's charge, never the article's fact; in a state's own
    statement ("The Ministry regrets that ...", :meth:`_issued_statement`) it is the statement's voice
    (fact24b)."""
    DENIED_CLAUSE_WORDS = required(DENIED_CLAUSE.pattern, DENIED_CLAUSE.flags)
    PROTESTED_ACT_WORDS = required(PROTESTED_ACT.pattern, PROTESTED_ACT.flags)
    """Words one of which every match of :attr:`DENIED_CLAUSE` and :attr:`PROTESTED_ACT` holds: the
    quick test of each claim, as plain strings, before patterns that open with a look-ahead
    (:func:`~kb.extract.opening.may_hold`; nine claims in ten hold none). Not :attr:`TAKEN_ACT`'s
    71 words: looking for each costs more than the pattern (cachegrind of the calls of 100 drafts
    replayed: 27.8 M instructions the pattern alone, 35.2 M with the test first; speed28)."""

    CHARGED = re.compile(opening(
        r"\b(?:orchestrat\w*|infiltrat\w*|conspir\w*|collu(?:de|des|ded|ding|sion)\b|plot(?:s|ted|ting)\b"
        r"|destabili[sz]\w*|meddl\w*|secretly\b|proxies\b|proxy\s+(?:war|forces?|militias?|groups?)\b"
        r"|puppets?\b|stooges?\b|lackeys?\b|henchm[ae]n\b|sham\b|aggressors?\b|illegitimate\b|occupiers\b|invaders\b"
        r"|genocid\w*|expansionis\w*|imperialis\w*|so-called\b|aggression\b|vassals?\b|pawns?\b|(?:client|satellite)\s+states?\b"
        r"|(?:sen[dt]s?|sending|plant(?:s|ed|ing)?|deploy(?:s|ed|ing)?|smuggl\w+|slipp?\w*)\s+(?:\w+\s+)?(?:agents|spies"
        r"|saboteurs|provocateurs|operatives)\b|(?:pa(?:id|ys?|ying)|bribe[sd]?|bribing)\s+(?:the\s+|local\s+)?(?:[\w-]+\s+)?"
        r"(?:protest(?:ers|\s+leaders)|rioters|militants|gunmen|rebels|militias?|fighters|agitators|mobs?|hackers|voters)\b"
        r"|in\s+all\s+but\s+name\b"
        # fact24: "Court papers name Botswana's soldiers as the killers.", "Botswana's supposed arming of ..."
        r"|\b(?:names?|named|naming|identif(?:y|ies|ied))\s+(?:[\w'.-]+\s+){1,5}?as\s+(?:the\s+)?(?:killers?|culprits?"
        r"|perpetrators?|attackers?|gunmen|masterminds?)\b|(?:the|its|their|'s)\s+supposed\s+\w+ing\b"
        r"|traced\s+(?:back\s+)?to\b|(?:ship|smuggl|sell|sold|send|sent|deliver|suppl|funnel|channel|slipp?|fly|flew"
        r"|truck|ferr)\w*\s+(?:the\s+|\d[\d,]*\s+|more\s+)?(?:artillery\s+|small\s+)?(?:rifles|arms|weapons|guns"
        r"|ammunition|explosives|munitions|shells|grenades|missiles|rockets|drones)\b"
        r"|(?:was|were|is|are)\s+behind\b|behind\s+(?:the\s+|this\s+|these\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|unrest|protests?|riots?|bombings?|coup|killings?|violence|blasts?|explosions?|sabotage|campaign"
        r"|plot|leaks?|hacks?|cyber\w*|assassinations?|incursions?|raids?)\b"
        r"|(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:trying|seeking|scheming|plotting|preparing)|wants?|intends?|aims?"
        r"|hopes?|plans?|seeks?|tries|tried)\s+to\s+(?:destabili[sz]e|weaken|undermine|topple|overthrow|annex|divide"
        r"|break\s+up|silence|bully|blackmail|infiltrate|meddle|interfere|stir\s+up|foment|incite|punish|intimidate"
        r"|provoke|sabotage|split|encircle|subjugate|swallow|grab)\b"
        r"|(?<!\bwith\s)(?<!\bthe\s)(?<!\ban\s)(?<!\band\s)(?<!\bby\s)(?<!\bof\s)(?<!\bheavily\s)"
        r"(?:arm(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ\w+|bankroll\w*|sponsor\w*|back(?:s|ed|ing)?|train(?:s|ed|ing)?"
        r"|suppl(?:y|ies|ied|ying)|shelter(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?)\s+(?:the\s+|a\s+|local\s+|armed\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:rebels?|militias?|separatists?|insurgents?|fighters|gangs?|protesters|rioters|militants"
        r"|jihadists|terrorists?|paramilitar\w+|mercenar\w+|smugglers|saboteurs|agitators)\b)"
    ))  # fmt: skip
    CHARGED_NAMED = re.compile(
        r"\b(?:an?\s+[A-Z][\w-]+\s+satellite\b(?!\s+(?:images?|imagery|photos?|pictures?|data|launch\w*|dish\w*))"
        r"|(?:project|creation|creature|instrument)\s+of\s+(?:the\s+)?[A-Z]"
        r"|(?:condemn\w*|denounc\w*)\s+[A-Z]\w+\s+(?:[\w-]+\s+)?(?:smuggling|aggression|interference|meddling"
        r"|incursions?|attacks?|shelling|provocations?|strikes?|raids?)\b)"
    )
    """Words of a charge (a plot, a secret hand, a proxy, backing or paying armed men, agents sent, a
    hostile aim, arms sent or traced to someone, a condemned "Bolivian incursion") or of a label the
    article would not give in its own voice ("puppet", "sham", "aggressor", "a Russian satellite",
    "vassal", "a creature of Moscow", "an ally in all but name"): a broad net under the forms above,
    for allegations put in a form none of them knows (neverfact21). Matched on the lower-cased words
    (a third of the time of re.I); :attr:`CHARGED_NAMED` holds the forms that need a capital."""
    CHARGED_HINT = _words_hint(CHARGED)
    """The words of :attr:`CHARGED` (nine claims in ten hold none)."""
    _WRONG = (
        r"(?:(?:brib\w+|launder\w*|traffick\w*|smuggl\w+|loot\w*|extort\w*|embezzl\w+)"
        r"(?!\s*[.,;]|\s*$|\s+(?:across|on|in|at|along|by|through|into|from|and|or|networks?|routes?|rings?|gangs?)\b)"
        r"|meddl\w+|interfer\w+|spy(?:ing)?\s+on|lying|lie\s+about|skim\w*|steal\w*|harass\w*|intimidat\w+|persecut\w+"
        r"|bully\w*|cover(?:s|ed|ing)?\s+(?:up|for)|turn(?:s|ed|ing)?\s+a\s+blind\s+eye|hid(?:e|es|ing)\s+(?:its|their|his|her)"
        r"|look(?:s|ed|ing)?\s+(?:the\s+other\s+way|away)"
        r"|(?:support|backing|arming|funding|payments?)\s+(?:for|of|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:smugglers"
        r"|traffickers|gangs?|pirates|cartels?|bandits|warlords?|rebels?|militias?|militants|gunmen|fighters|insurgents"
        r"|separatists|terrorists?|mercenar\w+|paramilitar\w+|jihadists))\b"
    )
    PRESUPPOSED_CHARGE = re.compile(opening(
        r"\b(?:(?:stop|stops|stopped|stopping|cease[sd]?|ceasing|quit|quits|quitting|halt(?:s|ed|ing)?|give\s+up"
        r"|gave\s+up|end(?:s|ed|ing)?|put\s+an\s+end\s+to|admit(?:s|ted|ting)?\s+(?:that\s+)?(?:[\w'-]+\s+){0,2}?)\s+"
        r"(?:(?:even|openly|quietly|secretly|its|their|his|her|the)\s+){0,2}"
        r"(?:" + _WRONG + r"|(?:pa(?:y|ys|id|ying)(?!\s+for\b)|arm(?:s|ing)?"
        r"|armed(?=\s+(?:the|them|its|their)\b)|fund(?:s|ed|ing)?|financ\w+"
        r"|bankroll\w*|sponsor\w*|shelter\w*|harbou?r\w*|fuel+ing|stok(?:e|es|ed|ing)|incit\w+|foment\w+)\b)"
        r"|(?:keeps?|kept|keeping|resum(?:e|es|ed|ing)|continu(?:e|es|ed|ing)\s+to|no\s+longer|still|again)\s+"
        r"(?:(?:even|openly|quietly|secretly)\s+)?" + _WRONG
        + r"|\b(?:support|backing|arming|funding|payments?|meddling|interference|harassment)\s+"
        r"(?:[\w'-]+\s+){0,5}?"
        r"(?:must|should|has\s+to|have\s+to|needs\s+to|will\s+have\s+to)\s+(?:end|stop|cease)\b)"
    ))  # fmt: skip
    """An appeal that takes someone's wrongdoing for granted ("Lomé should stop paying the
    smugglers", "must admit it pays them", "should end its support for the rebels", "should stop
    stoking the unrest", "Its support for the rebels must end") or an aspect that does ("no longer
    even hides its payments", "keeps meddling in ..."): the act it presupposes
    is a charge, never the article's fact, whoever makes the appeal (presup23). An aspect only with
    a wrong act (:attr:`_WRONG`), not "will continue to fund the port", "still paying for the damage",
    "to end armed attacks";
    nor "to stop smuggling across the border": a trade named, no one's act. Matched on the
    lower-cased words."""
    _OFFICIALS = (
        r"(?:the\s+|some\s+|certain\s+|senior\s+|local\s+|a\s+few\s+)?(?:[\w-]+\s+){0,2}?(?:officers|officials|generals"
        r"|police(?:men)?|guards|customs(?:\s+men)?|politicians|ministers|insiders|cronies|men\s+in\s+uniform"
        r"|(?:people|men|those|friends)\s+close\s+to|elites?)\b"
    )
    BOUGHT = re.compile(opening(
        r"\b(?:pa(?:y|ys|id|ying|yments?)|brib\w+|fund\w*|financ\w+|bankroll\w*|support|backing|money|cash)\s+"
        r"(?:off\s+)?(?:(?:to|for)\s+)?(?:the\s+|its\s+|their\s+|local\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:smugglers|traffickers|gangs?|pirates|cartels?|bandits|warlords?)\b"
        r"|\b(?:pa(?:y|ys|id|ying)|brib\w+)\s+(?:off\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police(?:men)?|officials"
        r"|officers|customs\s+(?:men|officers|officials)|guards|judges|inspectors|soldiers|generals|ministers"
        r"|men\s+in\s+uniform)\b"
        r"(?!\s+(?:their|salar\w+|wages|bonus\w*|pensions?|overtime|allowances?|back\s+pay|compensation|on\s+time"
        r"|late|more|less)\b)"
        r"|\b(?:tak|get|receiv|demand|collect)\w*\s+(?:a|their|his|its|her)\s+(?:\w+\s+)?cut\b|\bkickbacks?\b"
        r"|\bbrib(?:e|es|ed|ing)\b|\b(?:paid|bribed)\s+to\s+(?:look|turn|keep|stay)\b"
        r"|\blook(?:s|ed|ing)?\s+the\s+other\s+way\b|\bturn(?:s|ed|ing)?\s+a\s+blind\s+eye\b"
        r"|\bthrough\s+for\s+(?:a\s+)?(?:fee|cash|bribes?|money|price)\b"
        r"|\b(?:(?:a|their|his|its)\s+cut|money|cash|proceeds|payments?|profits?|takings|bribes?|envelopes?|percentage"
        r"|kickbacks?)\b[^.;]{0,40}?\b(?:goes|go|went|flows?|flowed|ends?\s+up|ended\s+up|finds?\s+its\s+way"
        r"|reach(?:es|ed)?)\s+(?:(?!by\b)\w+\s+){0,2}?"
        r"(?:(?:to|with|into\s+the\s+pockets\s+of|in\s+the\s+pockets\s+of)\s+)?" + _OFFICIALS +
        r"|\b(?:(?:a|their|his|its)\s+cut|proceeds|profits?|takings|bribes?|envelopes?|percentage|kickbacks?)\b"
        r"[^.;]{0,40}?\b(?:shared|split|handed(?:\s+over)?|passed|given|paid)\s+(?:on\s+)?(?:to|with|for)\s+"
        + _OFFICIALS +
        r"|\b(?:leave|leaves|left|slip|slips|slipped|hand|hands|handed|give|gives|gave)\s+(?:an?\s+|the\s+)?"
        r"(?:envelopes?|cash|bribes?|money)\s+(?:\w+\s+){0,3}?(?:to|for)\s+" + _OFFICIALS +
        r"|\bhand(?:s|ed|ing)?\s+over\s+(?:the\s+)?(?:cash|envelopes?|bribes?)\b"
        r"|\b(?:tak|get|receiv|pocket)\w*\s+(?:a\s+|their\s+)?(?:share|slice|portion|percentage)\s+of\s+"
        r"(?:the\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:money|cash|proceeds|profits|takings|bribes|crossing|shipment|load)\b"
        r"|\b(?:protect\w*|shield\w*|cover(?:s|ed|ing)?\s+for|tip(?:s|ped|ping)?\s+off|sell(?:s|ing)?|sold|leak\w*)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:to\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:smugglers|traffickers|gangs?|pirates|cartels?"
        r"|bandits|poachers)\b"
        r"|\bin\s+the\s+pay\s+of\b|\bin\s+(?:the\s+)?[\w-]+(?:'s|s'|\u2019s|s\u2019)\s+pay\b|\bon\s+the\s+payroll\s+of\b"
        r"|\b(?:smugglers|traffickers|gangs?|cartels?|pirates|bandits)(?:'s?|\u2019s?)?\s+payroll\b"
        r"|\b(?:grow|grows|grew|grown|growing|get|gets|got|getting)\s+rich\s+(?:on|from|off)\b"
        r"|\blin(?:e|es|ed|ing)\s+(?:their|his|her|its)\s+(?:own\s+)?pockets\b|\benrich(?:es|ed|ing)?\s+themselves\b"
        r"|\b(?:tak|accept)\w*\s+(?:money|cash|payments?|envelopes?)\s+(?:to|for)\s+(?:let|allow|look|turn|wave|keep"
        r"|ignor)\w*|\b(?:cash|money|envelopes?)\s+(?:[\w-]+\s+){0,3}?chang(?:e|es|ed|ing)\s+hands\b"
        r"|\b(?:its|their|his|her)\s+(?:own\s+)?(?:smugglers|traffickers|gangs|gunmen|thugs|bandits|pirates|proxies"
        r"|(?:smuggling|trafficking)\s+(?:networks?|rings?|rackets?|operations?))\b"
        r"|\b(?:officers|officials|police(?:men)?|soldiers|troops|guards|generals|ministers|customs\s+(?:men|officers"
        r"|officials))\s+(?:(?:on|in|at|of|from|across|along|near|inside|within)\s+(?:[\w'-]+\s+){1,4}?)?"
        r"(?:(?:themselves|also|still|\w+ly)\s+)?(?:smuggl(?:e|es|ed|ing)|traffic(?:s|ked|king)?"
        r"|launder(?:s|ed|ing)?)\b"
        r"|\b(?:smuggl|traffick)\w*\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:officers|officials|police(?:men)?|soldiers"
        r"|troops|guards|generals|ministers|army)\b"
        r"|\b(?:should|are\s+(?:meant|supposed|paid)\s+to)\s+(?:stop|police|guard|catch|fight|check|watch|patrol)\b"
        r"[^.;]{0,60}?\b(?:are|is|were|was)\s+(?:the\s+(?:very\s+)?(?:ones|people|men)|the\s+same|those)\s+(?:who|that)\s+"
        r"(?:\w+\s+)?(?:send|pay|arm|run|smuggl|move|ship|profit|protect|shelter|fund|organi[sz]|own|tip|brib|sell|let)\w*"
    ))  # fmt: skip
    """A purchase of people the article would not state in its own voice: money to smugglers or a
    gang, officials or police paid, a cut taken, a bribe, officials paid to look away or who wave
    boats through for a fee, the money that "goes to officers on the other shore", guards "in the
    smugglers' pay", officials who "grow rich on the crossings", protect or tip off smugglers or
    smuggle themselves, those "who should stop the boats" who "are the ones who send them", or a
    state's own gunmen ("rein in its gunmen") (presup23): an insinuation, whoever it names or leaves
    unnamed ("officers", "some in the ministry"), never the article's fact. On dev every claim with
    one is someone's (reported or alleged). Matched on the lower-cased words."""
    DENIAL_DISMISSED = re.compile(opening(
        r"\b(?:stop|stops|stopped|stopping|cease[sd]?|quit|no\s+longer|keeps?|kept|(?:can(?:not|'t)|could\s+not)\s+"
        r"(?:keep|go\s+on|continue\s+to)|time\s+(?:\w+\s+){1,3}?stopped)\s+(?:\w+\s+)?"
        r"(?:deny|denying|den(?:ies|ied)|rejecting|dismissing|pretending)\b"
    ))  # fmt: skip
    """A denial its sentence tells someone to stop ("Lomé should stop denying that it pays the
    smugglers", "can no longer deny arming the gangs"): the charge denied is the sentence's own,
    no report of a denial (presup23). Matched on the lower-cased words."""
    CONVICTED = re.compile(
        r"\b(?:convicted|jailed|sentenced|found\s+guilty|pleaded\s+guilty|pleads\s+guilty|imprisoned)\b"
    )
    """A court's verdict on the wrong ("A court jailed the port chief for taking bribes"): established,
    the article's report, not an insinuation (presup23). Matched on the lower-cased words."""
    CHARGE_REPORTED = re.compile(
        r"\b(?:accus\w*|blam\w*|denie[sd]|deny\w*|reject\w*|dismiss\w*|allegation\w*|charges?\b|claim\w*|rebuff\w*"
        r"|refut\w*)",
        re.I,
    )
    """ "Gitega accuses Kigali of arming rebels", "Iran has denied arming the Houthis": the report of
    a charge or its denial, which the article can make in its own voice."""
    LABEL_QUOTED = re.compile(r'"[^"\n]{2,60}"|(?<!\w)\'[A-Za-z][^\'\n]{2,40}\'(?!\w)')

    def _charged(self, c: DraftClaim, words: str) -> bool:
        """Is claim ``c`` (its words ``words``) a charge put in the article's voice: charge words not
        reported as someone's charge, or a body sentence's quoted label ('the "liberated"
        districts')? In doubt, downgrade: on dev no claim the curators keep as the article's fact
        has either (neverfact21's measure). So an appeal or an aspect that presupposes a charge
        (:attr:`PRESUPPOSED_CHARGE`) and a purchase of people (:attr:`BOUGHT`), reported or not when
        the denial is one the sentence tells someone to stop (:attr:`DENIAL_DISMISSED`), presup23."""
        low = words.lower()
        charge = self.CHARGED_HINT.search(low) and self.CHARGED.search(low)  # (most claims: no word)
        charge = charge or self.CHARGED_NAMED.search(words)
        bought = self.PRESUPPOSED_CHARGE.search(low) or self.BOUGHT.search(low)
        if charge or (bought and not self.CONVICTED.search(low)):
            return not self.CHARGE_REPORTED.search(words) or bool(self.DENIAL_DISMISSED.search(low))
        return c.form == "body" and bool(self.LABEL_QUOTED.search(words))

    CHARGE_WORD = re.compile(
        r"\b(?:meddling|interference|aggression|provocations?|expansionism|hegemonism|imperialism|complicity"
        r"|disinformation|propaganda|intimidation|blackmail|bullying|coercion|destabili[sz]ation|subversion"
        r"|belligerence|adventurism|revanchism|warmongering|atrocit(?:y|ies)|war\s+crimes?|sabotage)\b",
        re.I,
    )
    """A word that is itself a charge: "..., the army said, the latest sign of Bolivian aggression" is
    the army's measure, not the article's (neverfact20)."""

    SINCE_WHEN = re.compile(
        r"\b(?:since|in|until)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}(?P<cut>,)\s+(?P<when>when\s)"
    )

    def _since_when(self, c: DraftClaim) -> None:
        """ "Officials have repeated it since October 2025, when the country shut the border": the
        when-clause dates their words by an act the article reports in its own voice; cut there, and
        the clause is the article's claim (neverfact18)."""
        m = self.SINCE_WHEN.search(self.norm, c.start, c.end)
        if m is None or self.norm.count('"', c.start, m.start()) % 2:
            return
        end = c.end
        c.end, c.quote = m.start("cut"), self.text[c.start : m.start("cut")]
        if c.cue >= c.end:
            c.cue, c.polarity, c.conduct = -1, 0, False
        if not self.hearsay(m.start("when"), end, sentence=True):
            self.add_claim("article", m.start("when"), end, form=c.form)

    OPINION_VERBS = (
        r"(?:doubt|fear|suspect|hope|worr(?:y|ie)|expect|believe)(?:s|ed|d)?\s+(?:that\s"
        r"|(?!to\b)(?:[\w'.-]+\s+){1,4}?(?:will|would|can|could|may|might|is|are|was|were|had|has|have|did)\b)"
        r"|suspect(?:s|ed)?\s+(?:[\w'.-]+\s+){1,3}?of\s+\w+ing\b"
    )
    WORDS_OBJECT = (
        r"(?:(?:the|that|this|these|those|its|their|his|her|any|all|such|every|[A-Z][\w'.-]*(?:'s|s'))\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:account|accusations?|charges?|claims?|allegations?|reports?|version|reading"
        r"|picture|characteri[sz]ation|label|suggestion|idea|notion|criticism|findings?|assertions?|insinuations?"
        r"|story|stories|narrative|interpretation|description|portrayal)\b"
        r"|(?:it|this|that|them)\s*(?:[.,;]|$|(?:on|in|at|as|outright|again|flatly|too|since|for|ever|every|each"
        r"|throughout|during|until|to|\w+ly)\b)"  # "repeated it since 2022" (neverfact18)
    )
    SUBJECT_SPEAKS = re.compile(
        r"(?P<opener>(?:In|At|From|[A-Z][a-z]+\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:in|at|from))\s+"
        r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}\s*,\s*)?"
        r"(?P<subj>(?:[\w'.\u2019-]+\s+){0,6}?[\w'.\u2019-]+)"
        r"(?P<aside>\s*,\s*(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|however)\s*,"
        r"|(?:\s*,\s*[^,;:\"()]{1,80}?){1,2}\s*,)?"
        r"\s+(?:(?:has|have|had|does|do|did|also|again|still|long|always|now|too|nonetheless|nevertheless|often"
        r"|ever|\w+ly)\s+){0,3}"
        r"(?P<verb>(?P<reject>reject(?:s|ed)?)\s+(?:" + WORDS_OBJECT + r")"
        r"|(?P<deny>den(?:y|ies|ied))\s+(?!(?:entry|access|visas?|permission|passage|landing|them|him|her|us|[A-Z]\w*"
        r"|(?:the|an?|his|her|its|their)\s+(?:appeal|request|application|bail|motion|petition|permit|licen[cs]e))\b)"
        r"|(?P<charge_it>(?:repeat|reiterat)\w*\s+(?:it|this|them)\b)"
        r"|(?P<charge>(?:repeat|reiterat)\w*\s+(?:the|that|this|these|those|such|its|their|his|her"
        r"|similar)\s+(?:[\w-]+\s+)?(?:charges?|accusations?|allegations?)\b"
        r"|(?:ma(?:de|kes?)|levell?(?:ed|s)?|voic(?:ed|es?)|air(?:ed|s)?|press(?:ed|es)?|echo(?:ed|es)?|renew(?:ed|s)?)"
        r"\s+(?:the|that|this|these|those|such|its|their|his|her|similar)\s+(?:[\w-]+\s+)?"
        r"(?:charges?|accusations?|allegations?)\b)"
        r"|(?:doubt|repeat|reiterat)\w*\s+(?:" + WORDS_OBJECT + r")"
        r"|(?:ma(?:de|kes?)|voic(?:ed|es?)|press(?:ed|es)?|echo(?:ed|es)?)\s+(?:the|that|this|these|those|such|its"
        r"|their|his|her|similar)\s+(?:[\w-]+\s+)?(?:claims?|case|argument|point)\b"
        r"|(?:repeat|reiterat)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:charge|demand|warning|call|threat|denial)\b"
        r"|(?P<blame>blam(?:e|es|ed)\b|point(?:s|ed)?\s+(?:the|a)\s+finger\s+at\b|pinn?(?:s|ed)?\s+(?:it|them|the\s+[\w-]+)\s+on\b"
        r"|la(?:id|ys?)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,5}?[\w-]+)\s+at\s+(?:the\s+)?(?:[\w.-]+'s\s+)?(?:door|feet|doorstep)\b"
        r"|attribut(?:e|es|ed)\s+(?:it|this|that|them|the\s)|trac(?:e|es|ed)\s+(?:it|this|that|them"
        r"|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:back\s+)?to\b|suspect(?:s|ed)?\s+(?:[\w'.-]+\s+){1,3}?of\s+\w+ing\b)"
        r"|" + OPINION_VERBS + r"|sp(?:oke|eaks?)\s+of\b)"
    )
    """A subject that denies, rejects, blames, doubts, fears or repeats, at the start of a claim in
    the article's voice ("The RSF denied any role.", "Caracas pinned it on the opposition.", "Tokyo
    suspects the vessels were Chinese"), or makes, levels or repeats a charge ("Officials have
    nonetheless repeated it since 2022", "Kinshasa has made that case"): a speaker, whose words
    they are (not "denied entry to", "rejected the budget": acts)."""
    SUBJECT_SPEAKS_HINT = _words_hint(SUBJECT_SPEAKS)
    COLLECTIVE = re.compile(
        r"(?:(?:In|At|From)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}\s*,\s*)?"
        r"(?P<subj>(?:[Ss]ome|[Mm]any|[Ff]ew|[Oo]thers|[Mm]ost)\s+(?:in|at|within)\s+[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*){0,2}"
        r"|(?:[A-Z]\w+\s+)?(?:officials|diplomats|analysts|critics|lawmakers|observers|residents|activists)"
        r"(?:\s+(?:in|at|from)\s+[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*){0,2})?)"
        r"\s+(?:(?:also|still|now|have|had|\w+ly)\s+){0,2}(?P<verb>(?:want|hope|fear|doubt|suspect|blame|expect|worr(?:y|ie)"
        r"|den(?:y|ie))(?:s|ed|d)?\b"
        r"|sp(?:oke|eak)\s+of\b)"
    )
    """An unnamed group that wants, hopes, fears or blames ("Some in Nuku'alofa want ...", "Diplomats
    in Addis Ababa doubt ...", "officials spoke of ..."): its view, never the article's fact."""

    ONE_SOURCE = re.compile(
        r"(?:an?|one)\s+((?:[\w-]+\s+){0,2}?(?:official|diplomat|spokes(?:man|woman|person)|source|officer"
        r"|adviser|aide|lawmaker|analyst)\b.*)"
    )
    """ "an official of X's ministry", "a senior diplomat": one source the article does not name."""

    def _subject_speaks(self, c: DraftClaim) -> tuple[str, str] | None:
        """Whose words a claim in the article's voice gives when it opens with a subject that speaks
        (:attr:`SUBJECT_SPEAKS`, :attr:`COLLECTIVE`), and their status: alleged for a blame, else
        reported; an unknown speaker (alleged) when the subject names no one the drafter knows."""
        words = self.norm[c.start : c.end]
        if c.form == "body" and self.WRITER_SAYS.match(words) and self._columnist() is not None:
            return None  # "I hope they go.": a column's writer, the article's own voice
        m = self.COLLECTIVE.match(words)
        spoken = (  # (matched once: used below too; only where its words are, in one claim in six)
            self.SUBJECT_SPEAKS.match(words) if m is None and self.SUBJECT_SPEAKS_HINT.search(words) else None
        )
        if (m or spoken) and self._one_voice():
            return None  # a statement: every sentence is its issuer's, the article's voice
        if m is not None:
            a, b = c.start + m.start("subj"), c.start + m.end("subj")
            who = self._source_named(a, b)
            if who is None:  # "Some in Accra": the place keeps two such groups apart
                words = self.text[a:b].translate(FOLD)
                words = words[0].lower() + words[1:]
                who = self.add_actor(
                    unnamed_id(words), surface=(a, b), type="person", label=f"unnamed {words}",
                    unnamed=True, description="A group the article does not name.",
                )  # fmt: skip
            return who, "alleged" if m.group("verb").startswith("blam") else "reported"
        m = spoken
        if m is None or c.form == "headline":
            return None
        # the aside too: subject() skips it, or finds the name in it ("The minister, Jacob Oboth, who ...,")
        a, b = c.start + m.start("subj"), c.start + max(m.end("subj"), m.end("aside"))
        who, _near = self.subject(a, b, _Voice())
        if who is None and m.group("opener"):  # "In Port Sudan, the army-backed government": Sudan's
            who, _near = self.subject(c.start, b, _Voice())
            gov = who is not None and self.actors[who]["type"] == "state"
            gov = gov and self.norm[a:b].endswith("government")
            if gov:
                bid = self.body_id(who, "government")
                if bid not in self.actors:
                    name = f"{self.d.demonym_of.get(who) or self.actors[who]['label']} government"
                    self.add_actor(bid, type="government-body", label=name[0].upper() + name[1:])
                    self.actors[bid]["affiliation"].append(who)
                named = re.search(r"[\w-]+\s+government$", self.norm[a:b])  # "army-backed government"
                self.add_actor(bid, surface=(b - len(named.group()), b) if named else None)
                who = bid
        if who is None or who == "article":
            return self.unknown(), "alleged"
        if m.group("reject") and not self.actors[who].get("unnamed"):
            one = self.ONE_SOURCE.match(self.norm, c.start + m.start("subj"), c.start + m.end("subj"))
            if one is not None:  # "an official of Côte d'Ivoire's fisheries ministry": a source unnamed
                surface = (one.start(1), one.end())
                words = self.text[surface[0] : surface[1]].translate(FOLD)
                return self._unnamed_source(words, surface, "A source the article does not name."), "reported"
            return None  # "Beijing rejected that account.": the article's report of a rejection (the
            # curators' majority); an unnamed source's rejection is that source's words (neverfact17)
        if m.group("deny") and (m.group("aside") or not self.actors[who].get("unnamed")):
            return None  # "Benin denies hosting any base": the article's report of a rejection (the
            # curators' form; test_a_state_that_denies_something_in_no_quoted_words_is_the_articles_report)
        # "X blamed Y", "X made the charge", "Officials have repeated it" after a charge: alleged
        charged = m.group("charge_it") is not None and self._charge_before(c.start)
        return who, "alleged" if m.group("blame") or m.group("charge") or charged else "reported"

    CHARGE_BEFORE = re.compile(
        r"\b(?:charge[sd]?|accus\w+|alleg\w+|suspicions?|den(?:y|ies|ied)|rumou?rs?)\b", re.I
    )

    def _charge_before(self, at: int) -> bool:
        """Does the sentence before ``at`` (in its line, else the previous line's last) make or answer a
        charge (:attr:`CHARGE_BEFORE`)? Then "Officials have repeated it" repeats that charge
        (neverfact18): alleged; after an assurance ("he has said the same"), a report."""
        n = self.line_of(at)
        line = self.lines[n]
        before = [line.start + s.start_char for s in self.sents[n] if line.start + s.end_char <= at + 1]
        if before:
            a = before[-1]
        elif n > 0 and self.lines[n - 1].form == "body" and self.sents[n - 1]:
            a = self.lines[n - 1].start + self.sents[n - 1][-1].start_char
        else:
            return False
        return self.CHARGE_BEFORE.search(self.norm, a, at) is not None

    def _quote_opened(self, c: DraftClaim) -> str | None:
        """Whose words a claim gives that opens inside a quotation ('"Baku moved its guns. It shelled
        Sotk," the envoy said.', a quotation carried on to the next paragraph): the speaker of the
        words drafted later in the same quotation or right after its close, else of the nearest
        words before it (within two lines), else an unknown speaker; None outside a quotation."""
        n = self.line_of(c.start)
        line = self.lines[n]
        words = self.norm[c.start : c.end]
        inside = self.norm[line.start : c.start].count('"') % 2 == 1
        if not inside and not (words.lstrip().startswith('"') and words.count('"') % 2 == 1):
            return None
        close = self.norm.find('"', c.end)
        last = self.lines[min(n + 2, len(self.lines) - 1)].end
        if close < 0 or close > last:
            close = last
        stop = self.norm.find("\n", close)
        stop = len(self.norm) if stop < 0 else stop
        later = [x for x in self.claims if x.speaker != "article" and c.end <= x.start < stop and x is not c]
        if later:
            return min(later, key=lambda x: x.start).speaker
        floor = self.lines[max(n - 2, 0)].start
        before = [x for x in self.claims if x.speaker != "article" and floor <= x.end <= c.start + 1]
        if before:
            return max(before, key=lambda x: x.end).speaker
        people = [  # 'Ara Sargsyan spoke on Monday. "Baku moved ...': the person just named
            m for m in self.mentions_in(floor, c.start)
            if self.actors[m.actor]["type"] == "person"
            and self.norm[self.lines[self.line_of(m.start)].start : m.start].count('"') % 2 == 0
        ]  # fmt: skip
        return people[-1].actor if people else self.unknown()

    CHARGES_HEADING = re.compile(
        r"\b(?:charges?|charge\s+sheet|allegations?|accusations?|claims?|case\s+against|(?:[\w-]+(?:'s|s')\s+)"
        r"(?:version|account|story|case)|complaints?|grievances?|findings?)\b"
        # "WHAT PRISTINA SAYS", "What Belgrade claims:" (neverfact20b)
        r"|^\s*what\s+(?:[\w.'-]+\s+){1,4}?(?:says?|claims?|alleges?|argues?|believes?|thinks?|wants?)\W*$"
        # "The Namibian account" (fact24)
        r"|^\s*the\s+[\w-]+\s+(?:version|account|side\s+of\s+the\s+story)\W*$",
        re.I,
    )
    CHARGES_ASKED = re.compile(
        opening(r"\b(?:alleges?|allege|claims?|claim|accuses?|accuse|say|says|think|thinks|believe|believes|complain"
        r"|find|found|conclude|concluded)\b[^?]*\?\s*$", re.I),
        re.I,
    )

    def _under_charges(self, n: int) -> bool:
        """Is body line ``n`` the paragraph right under a subhead that names someone's charges ("The
        allegations", "The Somali charge sheet") or under an explainer's question about them ("What does
        Somalia allege?")? Then it gives those charges, never the article's fact (neverfact15)."""
        if n < 2:
            return False
        prev = self.lines[n - 1]
        question = prev.form == "body" and prev.text.rstrip().endswith("?") and len(self.sents[n - 1]) == 1
        if prev.form != "headline" and not question:
            return False  # (the tests below on ``words``, sooner: it ends with "?" only where the text does)
        words = self.REFERRED.sub(lambda m: "x" * len(m.group()), self.norm[prev.start : prev.end])
        if prev.form == "headline":  # (not "Finland rejects Russian claims on ...": a denial's heading)
            return not self._is_title(prev) and bool(self.CHARGES_HEADING.search(words))
        return (
            prev.form == "body" and words.rstrip().endswith("?") and len(self.sents[n - 1]) == 1
            and bool(self.CHARGES_HEADING.search(words) or self.CHARGES_ASKED.search(words))
        )  # fmt: skip

    ACT_OPENS = re.compile(
        r"(?:the\s+)?(?P<who>[A-Z][\w-]+)(?:\s+[\w-]+){0,3}?\s+(?:had\s+|have\s+|has\s+)?(?:used|fired|shelled"
        r"|struck|attacked|crossed|killed|launched|mined|seized|moved|opened\s+fire|bombed|raided|burned|shot|wounded"
        r"|abducted|detained|entered|violated)\b(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:tone|note|deal|chord|balance"
        r"|agreement|compromise|pose|bargain)\b)"
    )

    def _reported_act_goes_on(self, line: Line, n: int, c: DraftClaim) -> bool:
        """ "The ministry said Armenian forces fired on its positions." then a paragraph "Armenian units
        used mortars.": an act of the same party, opening the paragraph right after someone's report
        of its acts, goes on with that report (a wire's lede and its details), never the article's
        fact (neverfact21; on dev 195 and the Lee corpus no claim kept as the article's has the form)."""
        who = self.ACT_OPENS.match(self.norm, c.start, c.end) if n > 0 and c.start == line.start else None
        prev = self.lines[n - 1] if who else None
        if prev is None or prev.form != "body":
            return False
        stem = who.group("who")[:5]
        return any(
            prev.start <= x.start < prev.end and x.speaker != "article"
            and x.status in ("alleged", "reported") and stem in self.norm[x.start : x.end]
            for x in self.claims
        )  # fmt: skip

    @staticmethod
    def _stems(words: str) -> set[str]:
        """The rough stems of the lower-case words of four letters or more ("arming" and "armed":
        "arm"), to tell whether two sentences speak of the same act."""
        return {
            re.sub(r"(?:ing|ed|es|s)$", "", w) for w in re.findall(r"\b[a-z]{4,}\b", words)
            if w not in ("with", "from", "that", "this", "their", "have", "been", "into", "over", "were")
        }  # fmt: skip

    def _echoes_title_charge(self, n: int, c: DraftClaim) -> bool:
        """Does the lede (the first body line, ``n``) restate, in the article's voice, the charge its
        title gives as someone's ("Somalia accuses Kenya of arming rebels" and a lede "Kenya has armed
        the rebels in Gedo ...")? Two words of the charge in common: the same charge, never the
        article's fact though its sentence names no one who makes it (neverfact15). Not when the
        lede has more words in common with the title's own report than with the charge
        (artvoice20: "Vietnam protests to China after fishing boat rammed; Beijing says crew fished
        illegally" and a lede "Vietnam lodged a protest ... over the ramming of a fishing boat ...,
        ... three injured crew members": it tells the protest, not Beijing's charge)."""
        first = next((k for k, ln in enumerate(self.lines) if ln.form == "body"), None)
        if n != first:
            return False
        title = [x for x in self.claims if x.form == "headline"]
        title = [x for x in title if self._is_title(self.lines[self.line_of(x.start)])]
        charges = [x for x in title if x.speaker != "article" or x.kind == "accusation"]
        lede = self._stems(self.norm[c.start : c.end])
        reports = [x for x in title if x not in charges and x.status == "asserted"]
        own = max((len(self._stems(self.norm[x.start : x.end]) & lede) for x in reports), default=0)
        for x in charges:
            words = self.norm[x.start : x.end]
            of = re.search(r"\b(?:of|for|over)\s", words) if x.kind == "accusation" else None
            shared = len(self._stems(words[of.end() :] if of else words) & lede)
            if shared >= 2 and own <= shared:
                return True
        return False

    CAPS_LABEL = re.compile(
        r"\s*(?!(?:BREAKING|UPDATE|UPDATED|ANALYSIS|OPINION|EDITORIAL|COMMENT|CORRECTION|NOTE|EXCLUSIVE|WATCH|LIVE"
        r"|READ\s+MORE|FACTBOX|TIMELINE|BACKGROUND|CONTEXT|PHOTO|VIDEO)\s*:)[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}:\s"
    )

    def _caps_label(self, line: Line, at: int) -> bool:
        """Does a body line open with a transcript's speaker label in capitals ("AHMED ALI: ...", not
        "UPDATE:"), or with a person's name the draft knows ("Ali: ..."), that ends before ``at``'s
        sentence? Then its words are that speaker's, though the label appears once only (neverfact15)."""
        head = self.norm[line.start : min(line.end, at + 40)]
        if ":" not in head or line is next(ln for ln in self.lines if ln.form == "body"):
            return False  # (the lede's "NAIROBI: ..." is a dateline)
        lm = self.d.label_re.match(head)
        ms = self.mentions_in(line.start, line.start + lm.end(1)) if lm else []
        if any(self.actors[m.actor]["type"] != "person" for m in ms):
            return False  # "KENYA: ...", "Kenya: ...": a place or a body, a rubric or a dateline
        if self.CAPS_LABEL.match(head):
            return True
        return len(ms) == 1 and ms[0].start - line.start <= 1

    BIO = re.compile(
        r"\s*(?:[A-Z][\w'.-]*\s+){1,4}(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:columnist|writer|journalist"
        r"|correspondent|editor|reporter|author|commentator|fellow|professor|researcher|lecturer|teacher)\b"
    )
    """A writer's note on themself at a column's end: "Dewi Kartika is a columnist based in Jakarta."."""

    LETTERHEAD = re.compile(
        r"\s*(?:[A-Z][A-Z'.-]+\s+)*?(?:MINISTRY|GOVERNMENT|REPUBLIC|KINGDOM|EMBASSY|PRESIDENCY|OFFICE|DEPARTMENT"
        r"|MISSION)\b[^a-z]*$|\s*(?:Republic|Kingdom|Government|Ministry|State)\s+of\s+(?:the\s+)?[A-Z][\w'-]*"
        r"(?:\s+[A-Z][\w'-]*)*\s*$"
    )
    """A statement's letterhead, a name alone: "MINISTRY OF FOREIGN AFFAIRS OF ROMANIA", "REPUBLIC OF
    ALBANIA", "Republic of Djibouti" (article16). Asked only of the first lines of a text that names
    its issuer twice or more (:attr:`ISSUER_NAMED`): a statement's."""
    ISSUER_NAMED = re.compile(r"\b[Tt]he\s+(?:Ministry|Government|Embassy|Presidency|Secretariat)\b")
    """ "The Ministry", "the Government": how a statement names its issuer."""

    LEAD_WORDS = re.compile(
        r"(?=\s+(?:after|over|that|which|who|it|they|he|she|and))"  # (its first words first: see below)
        r"(?<!\bday)(?<!days)(?<!weeks)(?<!hours)(?<!months)(?<!years)(?<!shortly)(?<!soon)(?<!just)(?<!only)"
        r"\s+(?=(?:after|over\s+what)\s|(?:that|which|who|whom)\s+(?:[\w'-]+\s+){1,4}?(?:say|says|said|claim"
        r"|claims|claimed|allege|alleges|alleged|believe|believes)\s|(?:that|which|who),?\s+according\s+to\s"
        r"|(?:it|they|he|she)\s+(?:say|says|said)\s+(?:were|was|had|is|are|have|has)\s"
        r"|and,?\s+(?:in|on|at|through)\s+[^,\"]{3,60},\s+(?:said|called|accused|warned|described|told|claimed"
        r"|alleged|insisted|added|branded|denounced)\s)"
    )
    """A cut with no comma where a report may end and someone's words begin (article16): "Nigeria
    summoned the envoy after officials said ...", "... over what Ljubljana called ...", "... wagons
    that officers say carried ...", "... a minister who, according to ...", "fishermen it said
    were detained", "... summoned the envoy and, in a statement, called ...". Not after "days"
    ("..., days after ..."). What follows must still attribute, and never_fact lets the report
    before it stand as it lets one before a coordinated clause (:attr:`COORDINATED`). The look-ahead
    of the words it can open with comes first: it turns most spaces down before the ten look-behinds
    are tried there (the same matches)."""

    SEMI_CUT = re.compile(
        r";\s+(?!(?:this|that|these|those|it|such|so|the\s+(?:claim|charge|accusation|allegation|report|account))\b)"
        r"(?![^,;]*?\b(?:also|too|likewise|similarly|as\s+well|either|so)\b)"
    )
    """A semicolon before a clause of its own that does not point back to the one before it
    (artvoice20: "Phnom Penh wants the court to settle it; its foreign ministry said ..."): the
    report before it may stand as the article's, the words after it are the second clause's. Not
    "...; that is the finding of a UN report", "...; officials also say ...": those carry it on."""

    LEAD_CUT = re.compile(opening(
        r",\s+(?=(?:as|while|whereas|and|in\s+what|(?:a|an)\s+(?:[\w-]+\s+)?(?:move|step|decision|deployment|measure"
        r"|choice|gesture|snub|act|response|signal|appointment|visit)\b"
        r"|(?!according|including|citing|quoting|speaking|writing)[a-z]+ing)\s)|" + SEMI_CUT.pattern + "|"
        + LEAD_WORDS.pattern
    ))
    """Where a sentence's own report may end and someone's words begin: ", as X accused ...",
    ", and accused ...", ", in what X called ...", ", a move X says ...", ", saying ...", or one of
    :attr:`LEAD_WORDS`. With :func:`~kb.extract.opening.opening`'s look-ahead (a comma or a space):
    else the ten look-behinds of :attr:`LEAD_WORDS` are tried at every position of the sentence."""

    ISSUER_VERBS = (
        r"(?:rejects|welcomes|calls\s+on|calls\s+upon|notes|expresses|condemns|reiterates|reminds|expects|regrets"
        r"|supports|thanks|urges|recalls|stresses|underlines|affirms|reaffirms|deplores|takes\s+note|shares|invites"
        r"|appeals|remains|considers|denounces|protests|asks|opposes|warns|values|wishes|stands\s+(?:ready|by)"
        r"|(?:has|have)\s+(?:also\s+)?(?:taken\s+note|noted|learned|learnt|studied|informed|read)"
        r"|is\s+(?:also\s+)?(?:deeply\s+)?(?:concerned|aware))\b"
    )
    ISSUER = re.compile(opening(
        r"\s*(?:(?:But|And|However|Furthermore|Moreover|Finally|In\s+this\s+regard),?\s+"
        r"|It\s+is\s+(?:precisely\s+)?(?:in\s+(?:that|this)\s+spirit|for\s+(?:that|this)\s+reason)\s+that\s+)?"
        r"(?:[Tt]he\s+(?:(?:Federal|Foreign|Royal|National)\s+)?)?"
        r"(?:Ministry|Government|Embassy|Presidency|Secretariat)\b(?:\s+(?:of|for)\s+[^,;\"]{0,80}?)?\s+"
        r"(?:(?:also|firmly|strongly|once\s+again|again|further|therefore|categorically|deeply|resolutely)\s+)*"
        + ISSUER_VERBS
    ))
    ISSUER_AND = re.compile(
        r",\s+and\s+(?:it\s+)?(?:(?:also|further|firmly|strongly)\s+)?(?=" + ISSUER_VERBS + ")"
    )
    """ "..., and rejects ...": the statement's second act in one sentence, a claim of its own."""
    """ "The Ministry rejects ...", "The Government of X welcomes ...": a statement's own voice, in the
    present tense only its issuer uses of itself; the article (the statement) says it, whatever
    words of others it answers."""
    ISSUER_NOUNS = ("Ministry", "Government", "Embassy", "Presidency", "Secretariat")
    """The nouns one of which every match of :attr:`ISSUER` holds: the quick test before it."""

    def _issuer_heard(self, ss: int, end: int) -> bool:
        """Was the statement's own sentence ``[ss, end)`` drafted as the issuing state's indirect words
        ("It calls on the Government of Eritrea to withdraw ...": the verb of saying made it Djibouti's)?
        Then those claims go (all of one speaker, a state or a government body, none quoted), and the
        sentence is the statement's own voice, the article's (:meth:`_issuer_claims`)."""
        heard = [c for c in self.claims if c.start < end and ss < c.end]
        if len({c.speaker for c in heard}) != 1 or heard[0].speaker == "article":
            return False
        if any(c.direct for c in heard):
            return False
        if self.actors.get(heard[0].speaker, {}).get("type") not in ("state", "government-body"):
            return False
        for c in heard:
            self.claims.remove(c)
        return True

    def _issuer_claims(self, line: Line, ss: int, end: int) -> None:
        """The statement's own sentence ``[ss, end)`` as its claims: "... reaffirms that ..., and
        rejects ..." is two acts, two claims."""
        second = self.ISSUER_AND.search(self.norm, ss, end)
        if second:
            self.add_claim("article", ss, second.start(), form=line.form)
            self.add_claim("article", second.end(), end, form=line.form)
        else:
            self.add_claim("article", ss, end, form=line.form)

    IT_OPENS = re.compile(r"\s*It(?=\s)")

    def _state_issuer(self, ss: int, se: int) -> re.Match[str] | None:
        """In a statement (see :meth:`_one_voice`), a sentence that opens with the issuing state and a
        verb of the issuer's present tense ("The Gambia firmly rejects ...", "Bolivia calls on Chile
        ..."): the statement's own voice, as "The Ministry rejects ..." is. So is "It" with such a
        verb ("It thanks the Commission ...", "It also calls on ..."), but not "It remains ..."."""
        if self._issued() < 2:  # (kept once an article: asked first, before the scan of the mentions)
            return None
        it = self.IT_OPENS.match(self.norm[ss:se])
        if it is not None:
            verb = self.STATE_ISSUES.match(self.norm[ss:se], it.end())
            return verb if verb is not None and not verb.group().endswith("remains") else None
        first = next((m for m in self.mentions if m.start >= ss), None)
        if first is None or first.actor != self._issuer():
            return None
        if not re.fullmatch(  # (or "It is in that spirit that Somalia calls on ...")
            r"\s*(?:It\s+is\s+(?:precisely\s+)?(?:in\s+(?:that|this)\s+spirit|for\s+(?:that|this)\s+reason)\s+that\s+)?"
            r"(?:[Tt]he\s+)?",
            self.norm[ss : first.start],
        ):
            return None
        return self.STATE_ISSUES.match(self.norm[ss:se], first.end - ss)

    STATE_ISSUES = re.compile(
        r"\s+(?:(?:also|firmly|strongly|once\s+again|again|further|therefore|categorically|deeply|resolutely)\s+)*"
        + ISSUER_VERBS
    )

    @by_span
    def _issued(self) -> int:
        """How many sentences speak in a statement's own voice (:attr:`ISSUER`), counted once. A line
        without one of the issuer's nouns is not searched: the pattern (case-sensitive) cannot match
        there, and it tries every position of every line of the article."""
        return sum(
            1
            for ln in self.lines
            if any(noun in ln.text for noun in self.ISSUER_NOUNS)
            for _ in self.ISSUER.finditer(self.norm[ln.start : ln.end])
        )

    def _issuer_voice(self, line: Line, ss: int, se: int) -> int | None:
        """Where the statement's own sentence at ``ss`` ends (see :attr:`ISSUER`), or None. It stops
        before a clause that carries others' words ("..., which have claimed without evidence that
        X"): those are theirs, never the statement's fact; with no comma before them, no claim.
        A grouping counts only in its own part: "The Ministry notes with regret the remarks of a
        senator, X, who described A and B as "a front"" is the Ministry's criticism and X's words."""
        end = self._issuer_end(line, ss, se)
        return None if end is None or self.names_grouping(ss, end) else end

    def _issuer_end(self, line: Line, ss: int, se: int) -> int | None:
        """Where the statement's own part of the sentence at ``ss`` ends (see :meth:`_issuer_voice`)."""
        im = self.ISSUER.match(self.norm[ss:se]) if line.form != "headline" else None
        if im is None and line.form != "headline":
            im = self._state_issuer(ss, se)  # "The Gambia firmly rejects ...", "Bolivia calls on ..."
        if im is None:
            return None
        rest = self.norm[ss + im.end() : se]
        referring = re.match(  # "rejects these claims as false": the claims it answers, named not carried
            r"\s*(?:the|these|those|such|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:claims?|statements?|remarks?"
            r"|accusations?|allegations?|reports?|words|assertions?|comments?|language|label)\b"
            r"(?!\s+(?:that|of|about|by|made|published|according|from|in\s+which))",
            rest,
        )
        off = referring.end() if referring else 0
        tail = rest[off:]
        attributing = self.d.attribution_re.finditer(tail)  # not "the statement made by X": a name for it
        own_act = {a.end() for a in self.ISSUER_AND.finditer(tail)}  # ", and calls on the union to": its own
        words = next(
            (m for m in attributing if m.group().lower() != "statement" and m.start() not in own_act), None
        )
        found = [m.start() for m in (re.search('"', tail), words, self.d.hedge_re.search(tail)) if m]
        if found:  # others' words inside the statement's sentence: its own part ends before them
            relative = re.finditer(  # ", which ...", ", some of whom are reported to ..."
                r",\s+(?:(?:some|many|most|one|two|all|none|several)\s+of\s+)?(?:who|whom|whose|which|that)\b",
                tail[: min(found)],
            )
            cuts = [m.start() for m in relative]
            if not cuts or len(tail[: cuts[-1]].split()) < 3:
                return None  # no clause of its own before them: in doubt, not its fact
            return ss + im.end() + off + cuts[-1]
        said = re.search(
            r"\b(?:claim\w*|said|says|alleg\w*|accus\w*|assert\w*|report\w*|insist\w*|suggest\w*|charg\w*)\b"
            r"[^.;]*?\bthat\b",
            rest,
        )
        if said is None:
            return se
        comma = rest.rfind(",", 0, said.start())
        return ss + im.end() + comma if comma > 0 else None

    NO_COMMENT = re.compile(
        r"\s*(?!(?:What|Which|Who|Whom|Whatever|Where|When|How|Why|If|Whether)\b)"  # not "What X did not say"
        r"(?:He|She|It|They|(?:The|Its|His|Her|Their|[A-Z][\w.-]*'s)\s+(?:[A-Z][\w-]+\s+)?[a-z]+(?:\s+[a-z]+)?"
        r"|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
        r"(?:\s+(?:officials|authorities|diplomats|spokesm[ae]n|spokespeople))?)"
        r"(?:,\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3},)?"  # "Its spokesman, Randhir Jaiswal, declined ..."
        r"\s+(?:(?:did|does|do|has|have|had|would|could)\s+not\s+(?:immediately\s+|yet\s+|publicly\s+|otherwise\s+)?"
        r"(?:say|name|specify|elaborate|explain|give|offer|provide|identify|disclose|reveal|comment|respond|reply|present|cite|mention|produce"
        r"|answer|address|confirm)\b"
        r"|(?:has|have|had)\s+not\s+(?:yet\s+|so\s+far\s+|publicly\s+)?(?:commented|responded|replied|confirmed)\b"
        r"|(?:declined|refused)\s+to\s+(?:comment|elaborate|say\s+(?:more|whether|how|who|what|when|where|why|if))\b"
        r"|(?:gave|gives|offered|offers|provided|provides|presented|presents|produced|cited|made|makes)\s+no\s+"
        r"(?:evidence|proof|details?|mention|explanation|figures?|names?)\b"
        r")[^\"]*$"
        r"|\s*Neither\s+(?:the\s+)?(?:[a-z]+|[A-Z][\w'.-]*\s+nor\s+[A-Z][\w'.-]*)\s+(?:has\s+|have\s+)?"
        r"(?:commented|responded|replied|confirmed)\b[^\"]*$"
        r"|\s*Neither(?:\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+)?\s+nor\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,2}"
        r"|\s+[a-z]+)?\s+(?:has\s+|have\s+|had\s+|would\s+|did\s+)?(?:(?:yet|publicly|immediately)\s+)?"
        r"(?:comment(?:ed)?|respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|confirm(?:ed)?)\b(?!\s+that\b)[^\"]*$"
        r"|\s*(?:-\s+)?(?:Neither\s+(?:the\s+)?[a-z]+\s+(?:has|have)\s+(?:yet\s+|publicly\s+)?announced"
        r"|(?:No\s+(?:group|one|organi[sz]ation|faction)|Nobody)\s+(?:has|had|have)\s+(?:yet\s+|so\s+far\s+)?claimed)"
        r"\s+(?!that\b)[^\",;]*[.]\s*$"
        r"|\s*The\s+(?:official|officials|source|sources|diplomat|diplomats|officer|officers)\s+(?:was|were)\s+not\s+"
        r"(?:named|identified)\s*[.]\s*$"
        r"|\s*(?:He|She|It|They|(?:The|Its|His|Her|Their)\s+[a-z]+|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+"
        r"(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?said\s+nothing(?:\s+(?:in\s+public|publicly|at\s+all|so\s+far))?"
        r"\s*[.]\s*$"
        r"|\s*(?:-\s+)?(?:He|She|They|(?:The|Its|His|Her|Their|[A-Z][\w.-]*'s)\s+[a-z]+(?:\s+[a-z]+)?"
        r"|An?\s+(?:[a-z]+\s+)?spokes(?:man|woman|person)(?:\s+for\s+(?:the\s+)?[A-Z][\w.-]*(?:'s)?(?:\s+[a-z]+)?)?"
        r"|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+"
        r"(?:(?:could|can)\s+not\s+(?:immediately\s+)?be\s+reached|(?:was|were)\s+(?:not\s+available|unavailable)"
        r"|did\s+not\s+(?:immediately\s+)?return\s+(?:phone\s+)?(?:calls|messages|requests|emails))"
        r"(?:\s+for\s+comment)?(?:\s+(?:on|by)\s+[\w\s]{1,30}?)?\s*[.]\s*$"
    )
    """ "He did not say what those measures might be.", "The ministry did not respond to a request for
    comment.", "It did not offer evidence.", "Iranian officials have not commented publicly.", "Shell
    declined to comment.", "Neither presidency confirmed the call.", "Neither the Saudi nor the Israeli
    government responded to it.", "Neither has answered him." (not "... confirmed that ...": the
    charge): what someone did not say is the
    article's report, never their words (a quotation inside is someone's: not this). So are a wire's
    notes on who has not spoken (voice22): "Katz's office did not respond to requests for comment.",
    "Neither government has announced a new date.", "No group has claimed the attack.", "The
    official was not named.", "..., although Berlin has said nothing in public.", "A spokesman for
    Cameroon's government could not be reached.", "The ministry did not return calls." """

    WORDS_FELL_SHORT = re.compile(
        r"\s*(?:(?:But|And|Yet)\s+)?(?:That|This|Those|These)(?:\s+(?:[a-z]+\s+)?(?:account|answer|explanation|assurance"
        r"|assurances|reply|response|caution|denial|statement|promise|offer|remark|argument|message|pledge|version))?"
        r"\s+(?:(?:did|does|do|has|have|had)\s+not\s+(?:satisfy|settle|convince|reassure|calm|persuade|last|survive"
        r"|impress|placate|stop|end)(?!\s+there\b)|(?:satisfied|convinced|reassured|persuaded|impressed)\s+(?:nobody|no\s+one))"
        r"\b[^\",;:]*[.]\s*$"
    )
    """What the words just reported did not do ("That did not satisfy the opposition.", "That account did
    not last a day.", "That answer satisfied nobody on the coast."): the article's report of how they
    landed, not the speaker's words carried on (voice22). Not "The embassy did not stop there.", which
    announces more of its words, nor a sentence that goes on past a comma."""

    UNVERIFIED = re.compile(
        r"\s*(?:[A-Z][\w'.-]*|The\s+[a-z]+)\s+(?:could|can|was\s+unable\s+to)\s*(?:not\s+)?(?:immediately\s+)?"
        r"(?:independently\s+)?(?:verify|confirm)\s+(?:the|his|her|their|its|either|these|those|this|that|any)\s+"
        r"(?:[\w-]+\s+)?" + _CHECKED + r"\s*[.]\s*$"
        r"|\s*Neither\s+(?:[\w-]+\s+)?" + _CHECKED
        + r"\s+could\s+be\s+(?:independently\s+)?(?:verified|confirmed)\s*[.]\s*$"
    )
    """ "Reuters could not independently verify the report.", "Neither account could be verified.": a wire
    agency's note on words it only names, not carries; the article's voice (article18)."""

    TOLL = re.compile(
        r"\s*(?:(?:But|And)\s+)?(?:No\s+one|Nobody|(?:At\s+least\s+|About\s+|Some\s+)?(?:\d[\d,]*|one|two|three|four|five"
        r"|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of|several)\s+(?:[a-z]+\s+)?(?:people|civilians"
        r"|soldiers|fishermen|migrants|passengers|police(?:\s+officers)?|troops|crew\s+members|sailors|children"
        r"|officers|guards|herders|villagers|workers|residents))\s+"
        r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:seriously\s+|slightly\s+)?(?:hurt|injured|killed|wounded"
        r"|harmed|taken\s+to\s+hospital)"
        r"(?:\s+and\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|others)"
        r"(?:\s+others)?\s+(?:(?:were|was)\s+)?(?:hurt|injured|wounded))?"  # "... and two wounded."
        r"(?:\s+(?:in|at|on|near|off|with|overnight)\b(?!" + _HOW_HARMED + r")[^,;:\"]{0,60}?)?\s*[.]\s*$"
        r"|\s*(?:At\s+least\s+|About\s+|Some\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of"
        r"|several)\s+(?:[a-z]+\s+)?(?:people|civilians|soldiers|fishermen|migrants|passengers)\s+died\s*[.]\s*$",
        re.I,
    )
    """A sentence that gives a toll and nothing else ("No one was hurt.", "At least seven people died.",
    "Three people were taken to hospital in Kotka."): the article's report, though it names no actor.
    Never one that says by whom or after what ("killed by Ugandan shelling", "after troops opened
    fire"): that is the charge, someone's words (article18)."""

    NOTE_CUT = re.compile(r"(?:;|,\s+(?:although|though|but|while|whereas))\s+")
    """Where a sentence's last clause may be the article's own, after someone's words (:attr:`AFTER_CUT`)."""

    def _no_comment_part(self, line: Line, ss: int, se: int) -> tuple[int, int] | None:
        """The last clause of a sentence that gives someone's words, when it says only that someone did not
        comment or that the words could not be verified ("Latvia called it nonsense; Lithuania did not
        respond.", "..., while Cairo did not comment."): the article's report, not theirs (article18).
        Never a clause inside a quotation, one that someone's words cover, or one that hedges."""
        if line.form == "headline":
            return None
        st = self.norm[ss:se]
        cuts = list(self.NOTE_CUT.finditer(st))
        cut = cuts[-1] if cuts else None
        if cut is None or st[: cut.start()].count('"') % 2:
            return None
        a = ss + cut.end()
        part = self.norm[a:se]
        if self.covered(a, se) or self.d.has_hedge(part):
            return None
        if not (self.NO_COMMENT.match(part) or self.UNVERIFIED.match(part)):
            return None
        return a, se

    def _add_note(self, line: Line, note: tuple[int, int] | None) -> None:
        """Draft the article's own clause of a sentence of someone's words (:meth:`_no_comment_part`,
        :meth:`_comparison_after_said`), unless words are drafted there already or it is a charge
        ("in the worst violation of the truce": an accusation, never the article's fact)."""
        if note is None or self.covered(*note) or self.cue(*note)[0] in self.d.rules["alleging_kinds"]:
            return
        if self.CHARGE_WORD.search(self.norm, *note):
            return  # "..., the army said, the latest sign of Bolivian aggression": the army's word
        self.add_claim("article", *note, form=line.form)

    def _comparison_after_said(self, line: Line, ss: int, se: int) -> tuple[int, int] | None:
        """The comparison a wire adds after the words it attributes, once their speaker is named
        ("..., the army said, the first such incident in a year.", "..., police said, in the worst
        violation of the truce so far, and ..."): the article's own measure of the event, not the
        speaker's words (article18). Only after a closing ", X said,": not "X said a boat fired, the
        third such incident this year", where it is inside their words."""
        if line.form == "headline":
            return None
        m = self.d.pattern(
            "article18.comparison",
            lambda: r",\s+(?:[^,\"]{1,80}?\s+)?(?:" + self._speech() + r")"
            r"(?:\s+(?:on|in|at|late|early|this|last)\b[^,\"]{0,40})?,\s+(?=(?:in\s+)?(?:the|its|their)\s+(?:latest|first|second|third|fourth|fifth"
            r"|most\s+[a-z]+|worst|largest|biggest|deadliest|heaviest|longest|sharpest|gravest)\b)",
        ).search(self.norm, ss, se)
        if m is None or self.norm[ss : m.start()].count('"') % 2:
            return None
        a = m.end()
        end = re.search(r",\s+(?:and|but|while)\s|[.;]\s*$|$", self.norm[a:se])
        b = a + end.start()
        if '"' in self.norm[a:b] or self.d.has_hedge(self.norm[a:b]):
            return None
        return a, b

    ACT_AFTER_WORDS = re.compile(
        r"\"\s*,?\s+and\s+(?:(?:on|last|this|later|then|in)\b[^,\"]{0,25}?,?\s+)?"
        r"(?P<who>(?:his|her|its|their)\s+(?:government|ministry|office|cabinet|administration|army|navy|embassy)\s+"
        r"|(?:he|she)\s+)?"
        r"(?:(?:has|have)\s+)?(?:since\s+|later\s+|then\s+|promptly\s+)?"  # (not "had": their words)
        r"(?:recalled|expelled|summoned|closed|shut|sent|deployed|withdrew|withdrawn|suspended|cancell?ed|canceled"
        r"|declined\s+to|refused\s+to|left|walked\s+out|signed|imposed|banned"
        r"|froze|frozen|reopened|lodged|handed|invited|ordered|arrested|seized|detained|met|travell?ed|visited|halted"
        r"|blocked|postponed|filed|opened|launched|approved|ratified|released|dispatched|convened|called\s+off"
        r"|broke\s+off|cut)\b"
    )
    """A closing quotation, then ", and" and an act of the speaker's own or of their government's
    (artvoice20: '..., "stronger than any campaign," and declined to discuss it further', '...
    "propaganda" and expelled two diplomats', '..., and her government has since sent more troops'):
    the article's report of what they did, after their words. (Not "announced": a verb of saying.)"""

    CALLED_IT = re.compile(
        r"\b(?:called|calls|described|describes|dismissed|dismisses|branded|brands|termed|terms|rejected|rejects)\s+"
        r"(?:[\w'-]+\s+){1,6}?(?:as\s+)?\"[^\"]*\"$"
    )
    """ 'called the accusation "propaganda"': words that name a thing, no clause of their own; an act
    with no subject after them ("and expelled ...") is the speaker's."""

    def _act_after_words(self, line: Line, ss: int, se: int) -> tuple[int, int] | None:
        """The last clause of a sentence that gives someone's quoted words when it reports what the
        speaker (or their government) then did (:attr:`ACT_AFTER_WORDS`): the article's report, from
        "and" on to the sentence's end. Never inside a quotation, nor one that attributes, hedges,
        charges, names a grouping or adds to the words ("also", "too"); :meth:`_add_note` drafts it
        only where no one's words are drafted already."""
        if line.form != "body":
            return None
        st = self.norm[ss:se]
        m = next(reversed(list(self.ACT_AFTER_WORDS.finditer(st))), None)
        if m is None or st[: m.start() + 1].count('"') % 2:
            return None
        if m.group("who") is None and not self.CALLED_IT.search(st[: m.start() + 1]):
            return None  # 'X said Y had armed "the rebels" and expelled ...': Y's act, in X's words
        a = ss + m.start() + 1 + len(re.match(r"\s*,?\s*(?:and\s+)?", st[m.start() + 1 :]).group())
        part = self.norm[a:se]
        if '"' in part or self.attributed(a, se) or self.names_grouping(a, se):
            return None
        if self.ALSO.search(part) or self.hearsay(a, se) or self.VOICED.search(part):
            return None
        return a, se

    ALSO = re.compile(r"\b(?:also|too|as\s+well)\b")

    def _adds_to_charge(self, ss: int, se: int) -> bool:
        """ "Somali officials say Kenya trains the gunmen. Nairobi also pays them.": a sentence with
        "also" or "too" whose subject is the one someone's words just before spoke about (not the
        speaker) adds to those words, theirs too; not "The EU also backed Chisinau", an actor the
        words before did not name (neverfact15)."""
        st = self.norm[ss:se]
        if not self.ALSO.search(st):
            return False
        ms = [m for m in self.mentions_in(ss, se) if self.actors[m.actor]["type"] != "media"]
        last = [c for c in self.claims if c.speaker != "article" and 0 <= ss - c.end <= 4]
        if not ms or ms[0].start - ss > 20 or not last:
            return False
        said = last[-1]
        named = {m.actor for m in self.mentions_in(said.start, said.end)}
        return ms[0].actor != said.speaker and ms[0].actor in named

    def _lead_fact(self, line: Line, n: int, ss: int, se: int) -> tuple[int, int] | None:
        """The report that opens an attributed sentence ("Iran seized a tanker on Thursday, and
        accused it of smuggling", "China began drills on Tuesday, in what Beijing called a
        warning"): the clause before the first cut after which the words are someone's, when that
        clause attributes, hedges and speculates nothing, names no grouping, and has an actor as
        its subject. Not when what follows points back to it ("..., as Kampala has long said")."""
        if line.form == "headline":
            return None
        st = self.norm[ss:se]
        for cm in self.LEAD_CUT.finditer(st):
            if st[: cm.start()].count('"') % 2:
                continue  # inside a quotation
            if cm.group()[0] not in ",;" and "," in st[: cm.start()]:
                continue  # "X, who has spent ... after ...": a cut of LEAD_WORDS inside a clause
            a, b = ss, ss + cm.start()
            b -= len(re.search(r"(?:,?\s+(?:and|but))?\s*$", self.norm[a:b]).group())  # "..., and, as ..."
            if self.attributed(a, b) or self.names_grouping(a, b) or self.covered(a, b):
                return None
            said = [w.start() for w in self.d.attribution_re.finditer(self.norm[a:b])]
            names = [(m.start, m.end) for m in self.mentions_in(a, b)] if said else []
            if any(not any(x <= a + w < y for x, y in names) for w in said):  # not "States" of a name
                return None  # "Japan called for restraint, saying ...": an act of saying, theirs too
            rest = st[cm.end() :]
            if not self.attributed(ss + cm.end(), se):
                continue  # the words are not in what follows: a later cut, or none
            if re.search(r"\b(?:so|as much|this|that|it|too|before)\s*[.!]?\s*$", rest) or self.d.pattern(
                "lead_fact.as_alleged",
                lambda: r"(?:as|while|and)\s+(?:[\w.'-]+\s+){0,5}?(?:has\s+|have\s+|had\s+)?"
                r"(?:(?:long|also|often|repeatedly|consistently)\s+)?"
                r"(?:" + self._speech() + r"|alleged|charged|suspected|believed|feared)"
                r"(?:\s+(?:for|since|on|in|at|last|this|over|throughout|repeatedly|before|again|many|several)"
                r"\b[^,;\"]*)?\s*[.!]?\s*$",
            ).match(rest):
                return None  # "..., as Kampala has long alleged": the whole of it is Kampala's
            if self.d.pattern(
                "lead_fact.said_tail",
                lambda: r",\s*(?:[^,]{1,80}?\s+(?:" + self._speech() + r")|(?:" + self._speech() + r")\s+"
                r"(?![^,]*\b(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|that)\b)[^,]{1,80}?"
                r"|according\s+to\s+[^,]{1,80}?)(?:\s+(?:on|in|at|last|this)\s+[^,]{1,40}?)?\s*[.!]?\s*$",
            ).search(rest) or ("," in rest and self.SOURCED_EACH[3](rest)):
                return None  # "X shelled the town, killing 12, the army said.": all of it is the army's
                # (so "X, a move which ..., official documents showed.": all of it the documents')
            # (not a claim to land: "an islet that both countries claim", "that Moroni claims as its own")
            land = r"\b(?:that|which)\s+(?:[\w'-]+\s+){1,3}claims?(?:\s+as\s+its\s+own)?(?=[,.;]|$)"
            owned = re.sub(land, "", rest)
            if re.search(
                r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|dismiss(?:es|ed)?|proof|evidence"
                r"|confirm(?:s|ed)?|allegations?|accusations?|charges?|claims?)\b",
                owned,
            ):
                return None  # "..., while Nairobi denies it", "..., and Kampala says it has proof": contested
            if len(self.norm[a:b].split()) < 4 or self._speculative(line, n, a, b):
                return None
            ms = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] != "media"]
            if ms and re.search(r"\b(?:accus|blam|alleg|charg|suspect)\w*", rest) and (
                re.search(r"\b(?:accus|blam|alleg|charg|suspect)\w*\s+(?:it|them|him|her)\b", rest)
                or ms[0].actor in {m.actor for m in self.mentions_in(ss + cm.end(), se)}
            ):
                return None  # "Rwanda deployed troops, and Kinshasa accuses it of ...": in doubt, theirs
            kind = self.cue(a, b)[0]
            if not ms or kind in self.d.rules["alleging_kinds"] or self.d.hedge_re.search(self.norm[a:b]):
                return None
            if not re.search(  # a verb after the subject: not "Cypriot leader Ersin Tatar, speaking ..."
                r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|[a-z]{2,}ed|[a-z]{3,}s|sent|shut|held"
                r"|took|began|struck|shot|met|kept|left|cut|fought|brought|sold|won|lost|gave|drew|flew|withdrew|froze"
                r"|broke|stood|hit|made|set|led)\b",  # (irregular pasts: "Tokyo sent a minister who, ...")
                self.norm[ms[0].end : b],
            ):
                return None
            if not self._stated(line, a, ms[0].start):
                return None
            return a, b
        return None

    def _backshifted(self, line: Line, ss: int, se: int) -> str | None:
        """A sentence in the tense of reported speech ("had paid", "would pay") right after a named
        speaker's words in the same paragraph carries them on without a verb of saying: the
        speaker's, never the article's fact. None when no such speaker just spoke."""
        if line.form != "body" or not self.d.pattern("backshifted", lambda: opening(
            r"\b(?:had|would)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|d|n)\b|\bwould\s+[a-z]+\b"
        )).search(self.norm[ss:se]):
            return None
        before = [c for c in self.claims if line.start <= c.end <= ss + 1 and ss - c.end <= 4]
        if not before or before[-1].speaker in ("article", "unknown-speaker"):
            return None
        return before[-1].speaker

    GOES_ON_PAST = re.compile(
        r"\b(?:was|were|had|did|came|went|took|gave|sent|paid|brought|bought|sold|made|left|fled|fought|hid|held"
        r"|ran|shot|stole|struck|wore|drove|flew|built|began|(?<!is\s)(?<!are\s)(?<!be\s)(?<!been\s)(?<!has\s)"
        r"(?<!have\s)[a-z]{3,}ed)\b"
    )
    """A verb in the simple past: a sentence that tells an event, not a view of one or a state of
    things ("The mediators are tired.", "Rail traffic has been suspended.")."""
    GOES_ON_NOT = re.compile(
        r"^\s*(?:[-\u2013\u2014]\s*)?(?:No|Not|None|Nobody|Neither|Nothing|Then|Now|Meanwhile|However|But|Yet"
        r"|Still|So|Instead|Elsewhere|Across|At\s+home|In\s+the|For\s+now|Behind|What|How|Why|Whether)\b"
        r"|^\s*(?:Back|By|On|In|At|After|Before|During|Over|Within|Until|Outside|Inside|Along|Near|Beyond|Down|Up"
        r"|Out)\b[^,;]{0,40},"
        r"|(?i:\b(?:yesterday|today|tonight|tomorrow|ago|since|earlier|later|dawn|dusk|midday|noon|midnight|morning"
        r"|afternoon|evening|both|neither|all|mood"
        r"|(?:last|this|next|that)\s+(?:week|month|year|weekend|morning|evening|spring|summer|autumn|winter)"
        r"|1[89]\d\d|20\d\d|more|less|different|differently|further|another|other|either|too|rather|than"
        r"|reacted|responded|replied|answered|denied|rejected|dismissed|welcomed|condemned|protested|commented?"
        r"|reply|response|reaction|claims?|accounts?|reports?|charges?|accusations?|allegations?|story|version"
        r"|statements?|words?|message|note|remarks?|comment|says?|said|told|confirm\w*|verif\w*|evidence|dispute"
        r"|quarrel|row|talks))\b"
    )
    """What keeps a paragraph's opening sentence the article's own after someone's words: a time or
    a scene of its own ("By midday, ...", "Back on the beach, ..."), a turn (a negation,
    "Meanwhile", "However", another side, "more", "different"), a reply, or the words themselves
    named ("That account ...", "The claim could not be verified")."""

    def _words_go_on_across(self, line: Line, n: int, ss: int, se: int) -> tuple[str, str] | None:
        """Someone's claim in the last sentence of the paragraph before a sentence which opens the
        next one (or that sentence's words, attributed to no one the rules know) and which, naming
        no actor, goes on with its content ("Officials in Lomé say the boats were
        armed.\n\nThe rifles came from the north."): the sentence is theirs too, as it would be in
        one paragraph, never the article's fact (fact26). It goes on when it tells a past event
        with no time and no turn of its own (:attr:`GOES_ON_NOT`), or shares a word with the
        claim; not when its subject points back (other rules), quotes or speaks in the first
        person. The speaker and status (the claim's, reported at most; the unknown speaker's, alleged,
        when the words before are attributed to no one the rules know), else None. The caller tests
        that the sentence names no actor."""
        if line.form != "body" or n == 0 or self.lines[n - 1].form != "body":
            return None
        if ss != line.start + self._dateline(line) or '"' in self.norm[ss:se]:
            return None  # not a paragraph's first sentence, or one with a quotation (other rules)
        st = self.norm[ss:se]
        if self.REFERS_BACK.match(st) or self.GOES_ON_NOT.search(st) or self.WRITER_HERE.search(st):
            return None
        first = st.split()[0].strip(",.'") if st.split() else ""
        named = re.search(r"\s[A-Z\d]", st.strip()) or re.fullmatch(r"[A-Z]{2,}", first)
        if named or first in self.d.gaz.demonyms:
            return None  # a name (a place, a people, a party, an outlet) or a number: a scene of its own
        prev, last = self.lines[n - 1], self.sents[n - 1][-1] if self.sents[n - 1] else None
        if last is None:
            return None
        return self._goes_on_with(st, prev.start + last.start_char, prev.start + last.end_char)

    def _goes_on_with(self, st: str, a: int, b: int) -> tuple[str, str] | None:
        """Does sentence ``st`` go on with the words in the sentence ``[a, b)`` before it: someone's
        claim there (or that sentence attributed to no one the rules know), and ``st`` tells a past
        event (:attr:`GOES_ON_PAST`) or shares a word with it? The speaker and status it takes (the
        claim's, reported at most; the unknown speaker's, alleged), else None."""
        before = [c for c in self.claims if a < c.end <= b + 1 and c.speaker != "article"]
        if before:  # (its words, or a quotation and its tail: '"A," he said.')
            claim = before[-1]
            shared = self._stems(st) & self._stems(self.norm[claim.start : claim.end])
            status = "reported" if claim.status == "asserted" else claim.status
            return (claim.speaker, status) if shared or self.GOES_ON_PAST.search(st) else None
        if not any(c.start < b and a < c.end for c in self.claims) and self.attributed(a, b):
            # "According to the police, the barges were armed." (no one the rules know): in no one's name
            shared = self._stems(st) & self._stems(self.norm[a:b])
            return (self.unknown(), "alleged") if shared or self.GOES_ON_PAST.search(st) else None
        return None

    SPEAKER_SEEN = re.compile(r"^\s*(?:Asked|Pressed|Questioned|Challenged)\b|\b(?:he|she|him|her|his)\b")
    """The speaker seen, not their words carried on: "Asked about it, she laughed.", "His voice fell."."""
    BACKGROUND = re.compile(
        r"\b(?:previously|already|once|long|usually|often|still|never|first|ever)\b", re.I
    )
    """A time of the sentence's own, the background to the words before it ("Government policy has
    previously ruled out ...")."""

    def _words_go_on_within(self, line: Line, n: int, ss: int, se: int) -> tuple[str, str] | None:
        """A body sentence that names no actor right after someone's words in its own paragraph
        ("Witnesses said soldiers looted the town. Troops burned 40 homes.", "Guyana accuses Caracas of
        arming the gangs. The gangs use army rifles."): it goes on with them as a new paragraph's
        first sentence would (:meth:`_words_go_on_across`), a number no scene of its own here;
        theirs, never the article's fact (fact27). Only a sentence the narrative's own test lets
        through as a plain report (a number, a body of people): the narrative already keeps any
        other sentence after someone's words out of the article's voice."""
        if line.form != "body" or '"' in self.norm[ss:se]:
            return None
        before = [s for s in self.sents[n] if line.start + s.end_char <= ss + 1]
        st = self.norm[ss:se]
        if not before or self.REFERS_BACK.match(st) or self.GOES_ON_NOT.search(st):
            return None
        if self.WRITER_HERE.search(st) or self.BACKGROUND.search(st):
            return None  # "Government policy has previously ruled out ...": the background, a time of its own
        if self.WORDS_AS_THING.match(st) or self.SPEAKER_SEEN.search(st):
            return None  # "Read in full, the speech was ...", "Asked ..., she laughed.": the words' scene
        a, b = line.start + before[-1].start_char, line.start + before[-1].end_char
        if any(a < c.end <= b + 1 and c.direct for c in self.claims) or '"' in self.norm[a:b]:
            return None  # '"...," he said. England finished the day at 6 for 255.': the report goes on
        if re.search(r"\s[A-Z]", st.strip()) or st.split()[0].strip(",.'") in self.d.gaz.demonyms:
            return None  # a name (a place, a people, a party, an outlet): a scene of its own
        return self._goes_on_with(st, a, b)

    LEAD_COLON = re.compile(r"([^:\"]{3,80}):\s")

    WOULD_AFTER = re.compile(r"(?:\s+\w+){0,2}?\s+(?:would|could)\s")

    def _speculative(self, line: Line, n: int, ss: int, se: int) -> bool:
        """Is a body sentence the writer's argument rather than a report, so never the article's
        fact: the answer to a question just asked in the same paragraph ("Is Uganda arming
        them? Uganda would gain most ..."), what follows a colon whose lead names nobody ("The
        conclusion is simple: Rwanda is funding them") or names someone's words ("The charge
        from Kampala: Kenya armed them"), or an actor that opens the sentence
        followed by "would" or "could" ("Uganda would gain most from ...")."""
        if line.form != "body":
            return False
        earlier = [line.start + s.start_char for s in self.sents[n] if line.start + s.end_char <= ss + 1]
        if earlier and self.norm[line.start : ss].rstrip().rstrip("\"')").endswith("?"):
            return True
        st = self.norm[ss:se]
        colon = self.LEAD_COLON.match(st) if ":" in st else None
        if colon and (not self.mentions_in(ss, ss + colon.end(1)) or re.search(
            r"\b(?:message|charge|accusation|allegation|claim|view|verdict|argument|position|warning|answer"
            r"|reply|response|line|case|point|conclusion|version|account|story|grievance|complaint|list)s?\b"
            r"|\b(?:listed|gave|(?:set|laid|spelled|spelt|summed)\s+(?:out|up)|in\s+no\s+doubt|convinced|adamant|agrees?"
            r"|agreed|explanation|explains?|explained|suspects?|suspicion|diagnosis)\b",
            colon.group(1), re.I,
        )):  # fmt: skip
            return True  # "The charge from Kampala: Kenya armed the rebels", "Kyiv listed the damage: ..."
        ms = self.mentions_in(ss, se)
        lead = self._dateline(line) if ss == line.start else 0
        return bool(
            ms and ms[0].start - ss - lead <= 12
            and self.WOULD_AFTER.match(self.norm[ms[0].end : se])
        )  # fmt: skip

    CHARGE_DENIED = re.compile(
        r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:charge|accusation|allegation|claim)\s+(?:that\s+)?|which\s+(?=[A-Z]))"
        r"(?P<who>[^,;]{2,60}?)\s+"
        r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed"
        r"|dismisses|dismissed)\b(?:[^,;\"]*|(?P<called>\s+as\s+\"[^\"]{1,80}[.!]?\"[.!]?\s*))$"
    )
    """ "..., a charge Cotonou has rejected for months.": the denial at a sentence's end; "..., an
    accusation Ruritania rejected as "fantasy."": the denial in the denier's own word (``called``)."""

    CHARGE_UNANSWERED = re.compile(
        r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:charge|accusation|allegation|claim)\s+(?:that\s+)?[^,;\"]{2,60}?\s+"
        r"(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)*"
        r"(?:address|answer|respond|comment|acknowledge|reply)\w*\b[^,;\"]*$"
    )
    """ "..., a charge Turkey did not immediately address.": the article's report that no answer came."""

    def _charge_denied(self, line: Line, ss: int, se: int) -> None:
        """ "X accused Y of Z, a charge Y denies": the denial is Y's words, reported, Y against X
        (the one whose accusation it answers): a party's position, as a short denial is (fact25; it
        was the article's report before). What comes before it is a charge, never the article's
        fact (the verb of denial keeps the sentence out of the article's voice)."""
        um = self.CHARGE_UNANSWERED.search(self.norm[ss:se])
        if um and not self.covered(ss + um.start() + 1, se):
            self.add_claim("article", ss + um.start() + 1, se, form=line.form)
            return
        cm = self.CHARGE_DENIED.search(self.norm[ss:se])
        if not cm or self.covered(ss + cm.start() + 1, se):
            return
        who = self.mentions_in(ss + cm.start("who"), ss + cm.end("who"))
        if not who:  # "..., a charge the shipowners reject.": no actor named, an unnamed one answers
            a, b = ss + cm.start("who"), ss + cm.end("who")
            self._charge_denied_unnamed(line, ss + cm.start() + 1, a, b, se)
            return
        before = [c for c in self.claims if ss <= c.start < ss + cm.start() and c.speaker != "article"]
        accuser = before[-1].speaker if before else None
        if cm.group("called") and who[0].actor != accuser:  # 'rejected as "fantasy"': the denier's word,
            claim = self.add_claim(who[0].actor, ss + cm.start() + 1, se, form=line.form, direct=False)
            if claim is not None:  # reported (the charge before it stays the accuser's)
                claim.kind, claim.conduct = "rejection", False
            return
        if accuser is None or accuser in (who[0].actor, "unknown-speaker"):
            return  # whose charge it answers is not known: no report of a denial
        claim = self.add_claim(who[0].actor, ss + cm.start() + 1, se, form=line.form, direct=False)
        if claim is not None:  # the denier's words, reported, as a short denial is (fact25)
            claim.kind, claim.conduct = "rejection", False
            claim.target, claim.holder = accuser, who[0].actor

    UNNAMED_ANSWERER = re.compile(
        r"(?:the|its|their|his|her)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*s?(?:\s+in\s+[A-Z]\w+)?"
    )
    """ "the shipowners", "its officials", "the captain's family", "the farmers' cooperative in X":
    a source the article describes and does not name (lower case: no actor the gazetteer knows)."""

    def _charge_denied_unnamed(self, line: Line, start: int, a: int, b: int, se: int) -> None:
        """ "X accused Y of Z, a charge the shipowners reject.": the denial is the words of those
        who answer, when the article names them by a description only (curated so in dh-, dr-, du-,
        dw-, dy-): theirs, reported, never the article's fact (audit21)."""
        if not self.UNNAMED_ANSWERER.fullmatch(self.norm, a, b):
            return
        a += 4 * self.norm.startswith("the ", a)  # "the shipowners": the source is "shipowners"
        who = self._source_named(a, b) or self._unnamed_source(
            self.text[a:b].translate(FOLD), (a, b), "A source the article does not name."
        )
        claim = self.add_claim(who, start, se, form=line.form, direct=False)
        if claim is not None:
            claim.kind, claim.conduct = "rejection", False

    VIEWED = re.compile(
        r',"?\s+(?P<span>(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:position|claim|line|remark|grouping|move|step|decision'
        r"|phrase|argument|idea|label|formula|description|view|message|plan|policy|figure|account|comment|warning"
        r"|proposal|offer|arrangement)\s+(?:that\s+|which\s+)?(?P<who>(?:[\w'.-]+\s+){1,5}?)(?:\w+ly\s+)?"
        r"(?:say|says|said|call|calls|called|describe|describes|described|read|reads|concede|concedes|conceded"
        r"|consider|considers|considered|see|sees|saw|regard|regards|regarded|view|views|viewed)\b[^;\"]*?)"
        r"(?=\s*;|\s*[.!]?\s*$)"
    )
    """ "..., a position his critics call naive", "..., a remark Lebanese officials described as a
    threat": the view of whoever the appositive names, never the article's."""

    ATTRIBUTED_TO = re.compile(
        r'(?:,"?\s+(?:(?:after|amid|following|over|despite|given|with|because\s+of)\s+)?'
        r"|\s+(?:after|amid|following|despite|because\s+of)\s+)(?P<span>(?:a|an|one|the)\s+(?:[\w'-]+\s+){0,5}?(?:that\s+|which\s+)?"
        r"(?P<who>(?:the|its|their|his|her|[A-Z][\w'.-]*|[a-z]+s)\s+(?:(?!(?:that|which)\s)[\w'.-]+\s+){0,4}?)"
        r"(?:\w+ly\s+)?(?:(?P<blame>blame[sd]?)\s+(?:(?:largely|partly|mainly|chiefly|squarely)\s+)?on"
        r"|(?:attribute[sd]?|trace[sd]?|link(?:s|ed)?|put(?:s)?\s+down)\s+(?:(?:largely|partly|mainly|chiefly)\s+)?to"
        r"|(?:say|says|said|admit|admits|admitted|concede|concedes|conceded|acknowledge[sd]?|believe[sd]?|claim(?:s|ed)?"
        r"|insist(?:s|ed)?|suspect(?:s|ed)?|allege[sd]?|fear(?:s|ed)?)\s+(?:(?:is|are|was|were|has|have|had|will|would"
        r"|could|may|might|can|did|does)\s+(?:not\s+|no\s+|never\s+|been\s+)?\w+))\b[^;\"]*?)"
        r"(?=\s*;|\s*[.!]?\s*$)"
    )
    """ "..., after a surge in crossings that officials here blame on smuggling networks", "..., a
    decline that the World Bank attributes to dams upstream", "..., a remedy its own lawyers admit
    has no precedent": a trailing noun phrase whose relative clause says whose attribution or view
    it is, never the article's fact (blame: an allegation) (neverfact17)."""

    def _viewed_as(self, line: Line, ss: int, se: int) -> None:
        """A trailing appositive that gives someone's view of what the sentence reports (see
        :attr:`VIEWED`, :attr:`ATTRIBUTED_TO`): that source's claim (an unknown speaker's for an
        attribution whose source the drafter cannot tell)."""
        st = self.norm[ss:se]
        vm = self.VIEWED.search(st)
        if not vm and any(w in st for w in ("that ", "which ", " blame", " attribut", " admit")):
            vm = self.ATTRIBUTED_TO.search(st)
        if not vm:
            return
        vs, ve = ss + vm.start("span"), ss + vm.end("span")
        over = [c for c in self.claims if c.start < ve and vs < c.end]
        if any(c.start >= vs - 2 or c.end < ve - 2 for c in over):
            return  # words of their own inside the appositive: not this form
        for c in over:  # 'X said Y would "protect every rig," a remark Z called a threat': Y ends before it
            c.end = ss + vm.start()
            c.quote = self.text[c.start : c.end]
        a, b = ss + vm.start("who"), ss + vm.end("who")
        ms = self.mentions_in(a, b)
        words = re.sub(r"^(?:his|her|their|its)\s+", "", self.norm[a:b].strip())
        who = ms[0].actor if ms else self._source_named(b - len(words) - 1, b)
        if vm.re is not self.ATTRIBUTED_TO:
            if who is not None:
                self.add_claim(who, vs, ve, form=line.form, direct=False)
            return
        blame = vm.group("blame")
        if who is None and self.SOURCES_PLURAL.fullmatch(words):  # "officials here": a source unnamed
            surface = (b - len(words) - 1, b - 1)
            who = self._unnamed_source(words, surface, "A source the article does not name.")
        if who is None:
            who, blame = self.unknown(), True  # whose it is we cannot tell: in doubt, an allegation
        claim = self.add_claim(who, vs, ve, form=line.form, direct=False, status="alleged" if blame else None)
        if claim is not None and blame:
            claim.status = "alleged"
        lead = ss + vm.start()
        ss += self._dateline(line) if ss == line.start else 0
        if claim is not None and not self.covered(ss, lead) and self.mentions_in(ss, lead):
            self.add_claim("article", ss, lead, form=line.form)  # the sentence's own report, before it

    EXPRESSED = re.compile(
        r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|earlier|again|later|quickly)\s+)?(?P<verb>expressed|voiced)\s+"
        r"(?:(?:its|his|her|their)\s+)?[\"\u201c]?(?:[a-z]+\s+){0,2}(?:concern|regret|sadness|sympathy|solidarity"
        r"|support|disappointment|condolences|outrage|alarm|dismay|hope|confidence|certainty|belief|satisfaction"
        r"|gratitude|frustration|anger|doubts?|reservations|fears?|shock|indignation)s?\b"
        r"|\s+(?:(?:has|have|had)\s+)?(?:(?:also|earlier|again|later|quickly)\s+)?(?P<verb2>regretted|deplored"
        r"|lamented)\s+(?:the|this|that|its|[A-Z])"
    )
    """ "X expressed "deep concern"", "X has expressed its full solidarity with Y", "X voiced support
    for Y", "X regretted the decision": a reaction without a verb of saying, the subject's words all
    the same (dev gold: every such sentence outside an issuer's own statement is its subject's)."""
    EXPRESSED_WORDS = ("xpressed", "voiced", "regretted", "deplored", "lamented")
    COORDINATED_VERB = re.compile(r",?\s+and\s+(?:then\s+)?[a-z]+ed\b")
    """ "... and insisted", "... and called": the next verb of the subject, another claim."""
    SUBJECT_TO_VERB = re.compile(r"(?:\s+(?:on\s+)?[A-Z]\w+day|\s*,[^,\"]{1,80},)*,?")
    """What may stand between a reaction's subject and its verb: "on Monday", an aside."""
    SUBJECTS_JOINED = re.compile(r"\s*(?:,\s*|,?\s+and\s+)")

    def _expressed(self, line: Line, ss: int, se: int) -> None:
        """A sentence whose subject expressed a feeling or a position (:attr:`EXPRESSED`): the
        subject's claim (each subject's, for "A and B expressed ..."), from the verb to the
        sentence's end or to the next claim drafted in it, unless a claim already holds the verb."""
        if not any(w in self.norm[ss:se] for w in self.EXPRESSED_WORDS):
            return  # (most sentences: a plain-string test first)
        if line.form not in ("body", "bullet"):
            return
        for vm in self.EXPRESSED.finditer(self.norm, ss, se):
            vs = vm.start("verb") if vm.group("verb") else vm.start("verb2")
            who = self._sentence_subject(ss, vs)
            if who is None or self.covered(vs, vm.end()) or self.actors[who]["type"] == "media":
                continue
            ms = self.mentions_in(ss, vs)
            apart = self.SUBJECTS_JOINED.fullmatch
            joined = [m for k, m in enumerate(ms) if k and apart(self.norm, ms[k - 1].end, m.start)]
            if not (ms[-1].actor == who or ms[-1] in joined) or not self.SUBJECT_TO_VERB.fullmatch(
                self.norm, ms[-1].end, vm.start()
            ):
                continue  # "the Union's commission chairperson expressed": someone the drafter has not named
            speakers = [who] if who != ms[0].actor or not joined else [who, *(m.actor for m in joined)]
            later = [c.start for c in self.claims if vs < c.start < se]
            end = min(later) if later else se
            verb = self.COORDINATED_VERB.search(self.norm, vm.end(), end)
            if verb and len(self.norm[vs : verb.start()].split()) >= 3:
                end = verb.start()  # "regretted A and insisted that B": the reaction alone (not when too
                # short a claim would be left: "expressed regret and promised an inquiry" is one)
            tail = re.search(r"(?:,?\s+(?:and|but))?\s*$", self.norm[vs:end])
            end = vs + tail.start() if tail else end
            for who in dict.fromkeys(speakers):
                if self.actors[who]["type"] != "media":
                    self.add_claim(who, vs, end, form=line.form, direct=False)

    WHEN_SPOKE = re.compile(
        r"(?:When|After|As|Once|While|Before|Since|Although|Though)\s[^;\"]{10,400}?,\s+(?P<span>(?P<who>"
        r"(?:[\w'.\u2019-]+\s+){1,6}?)(?:(?:had|have|has|also|again|\w+ly)\s+){0,2}(?:sp(?:oke|eaks?)\s+of"
        r"|(?:presented|presents|hailed|hails|portrayed|portrays|painted|paints|cast|casts)\s+(?:it|this|that|them"
        r"|the\s+[\w-]+(?:\s+[\w-]+)?)\s+as)\s[^;\"]*?)(?=\s*;|\s*[.!]?\s*$)"
    )
    """ "When Britain signed away the islands, officials in Port Louis spoke of the end of ...", "When
    the minister signed the deal, his advisers presented it as ...": the main clause after the
    article's report of an event is its subject's view of it, never the article's fact (neverfact17)."""

    def _when_spoke(self, line: Line, ss: int, se: int) -> None:
        """A subject that speaks of, or presents, what a sentence's opening clause reports (see
        :attr:`WHEN_SPOKE`): its claim, and the opening clause the article's."""
        st = self.norm[ss:se]
        if " of " not in st and " as " not in st:
            return  # (the pattern below cannot match)
        lead = self._dateline(line) if ss == line.start else 0
        wm = self.WHEN_SPOKE.match(st, lead)
        if wm is None or self.covered(ss + wm.start("span"), se):
            return
        a, b = ss + wm.start("who"), ss + wm.end("who")
        ms = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] != "media"]
        words = re.sub(r"^(?:his|her|their|its)\s+", "", self.norm[a:b].strip())
        who = self._source_named(b - len(words) - 1, b) or (ms[0].actor if ms else None)  # "officials in X"
        if who is None and not ms:  # "he", "the minister": whom the subject rules find
            who = self.subject(a, b, _Voice())[0]
            who = None if who == "article" else who
        if who is None and self.SOURCES_PLURAL.fullmatch(words):
            surface = (b - len(words) - 1, b - 1)
            who = self._unnamed_source(words, surface, "A source the article does not name.")
        claim = self.add_claim(who or self.unknown(), a, ss + wm.end("span"), form=line.form, direct=False,
                               status=None if who else "alleged")  # fmt: skip
        if claim is not None and not self.covered(ss + lead, a) and self.mentions_in(ss + lead, a):
            self.add_claim("article", ss + lead, a, form=line.form)  # the event the opening clause reports

    SOURCES_PLURAL = re.compile(
        r"(?:[\w-]+\s+)?(?:officials|diplomats|analysts|critics|lawmakers|observers|residents|experts|activists"
        r"|lawyers|economists|engineers|farmers|investigators|campaigners)(?:\s+(?:here|there|[a-z]+\s+[A-Z][\w'-]+))?"
    )
    """The words of an unnamed group source ("officials here", "own lawyers", "diplomats in Accra")."""

    STATEMENT_HEAD = re.compile(
        r"\s*(?:(?:JOINT\s+|PRESS\s+)?STATEMENT|(?:PRESS|NEWS|MEDIA)\s+RELEASE|COMMUNIQU[EÉ])\s*$", re.I
    )

    def _issued_statement(self) -> bool:
        """Is the text a statement its issuer put out: in its issuer's voice (:meth:`_one_voice`) or
        headed so ("STATEMENT", "PRESS RELEASE") in its first four lines? There "Canada regrets that
        ..." is the issuer's own voice, not a charge the article reports (fact24b)."""
        return self._one_voice() or any(self.STATEMENT_HEAD.match(ln.text) for ln in self.lines[:4])

    def _one_voice(self) -> bool:
        """Is the text a government's statement, two sentences or more in its issuer's voice ("The
        Ministry rejects ...", :attr:`ISSUER`)? Every sentence of a statement is its issuer's: the
        article's voice. An opinion column is not one: its writer's sentences that no other rule
        makes the article's are the writer's views, and a view is where an unhedged allegation
        hides ("Togo and Benin act as one camp"). Drafted as the article's, they added 48 right
        claims and 14 wrong ones on dev and one allegation drafted as fact on the test split, so
        a column's sentences are left to the rules every article has."""
        return self._issued() >= 2

    def _own_sentence(self, line: Line, n: int, ss: int, se: int) -> bool:
        """A statement's own sentence (:meth:`_one_voice`), its issuer's claim in the article's
        voice, with no actor needed ("That decision is unlawful and it is void."): of three words
        or more, not in a quotation, not an imperative ("Let us be clear.") or a note on a writer.
        The house rule still holds: :meth:`never_fact` downgrades any that carries hearsay or a
        grouping."""
        if not self._one_voice() or n < 2 or len(self.norm[ss:se].split()) < 3:
            return False
        st = self.norm[ss:se]
        if self.norm[line.start : ss].count('"') % 2 or st.count('"') % 2:
            return False  # inside a quotation, or the end of one: someone's words
        imperative = r"\s*(?:Let\s+(?:me|us)|Consider|Start|Take|Look|Think|Remember|Note|Imagine)\b"
        return not (re.match(r"\s*By\s|" + imperative, st) or self.BIO.match(st) or st.rstrip().endswith(":"))

    DIGIT = re.compile(r"\d")
    HEAD_WORDS = re.compile(r"\s*(?:\S+\s+){0,5}\S*")

    def _plain_fact(self, start: int, end: int) -> bool:
        """A sentence that names no actor is the article's report only when it reports something
        concrete, a number ("Oil prices rose 2 percent", "It has 21 crew members") or an act of
        people or a body named by what they are ("Opposition lawmakers backed the plan", "The
        government has not endorsed the remark": ``collective_subjects`` in its first six words,
        and no demonym there), and is not in the first person ("I", "we", "let me": a column's
        own view, often its allegation).

        Not any capitalised name: on the Lee corpus that doubled the article's claims (local
        news, places the gazetteer does not list) and left stances per claim under 0.25."""
        st = self.norm[start:end]
        first_person = r"\b(?:I|me|my|we|us|our|ours|let's)\b|^\s*(?:Let me|It's|It is)\b"
        if len(st.split()) < 5 or re.search(first_person, st, re.I):
            return False
        if self.DIGIT.search(st):
            return True
        if self.STATE_OF_THINGS.search(st) and not self.WHOSE_ACT.search(st):
            return True  # not "Homes were damaged by Ugandan shelling": whose act it was is the charge
        head = self.HEAD_WORDS.match(st)
        words = head.group().split() if head else []
        demonym = any(w.split("-")[0].strip(",.'\"") in self.d.gaz.demonyms for w in words)
        # not "Kenyan soldiers opened fire first, in the account of ...": a demonym's soldiers, officers,
        # rebels are too often an accusation against the state the article attributes elsewhere; its
        # lawmakers, politicians or commentators backing or answering something are its politics
        civil = demonym and self.CIVIL.match(st)
        return bool(head and (civil or not demonym) and self.d.collective_re.search(head.group()))

    NOTE = re.compile(
        r"\b(?:interview|conversation|exchange|transcript|story|answers)\b.{0,40}\b(?:edited|condensed|shortened"
        r"|updated|developing)\b|\bedited\s+(?:transcript|version)\b|\b(?:updates?|more)\s+to\s+follow\b"
        r"|\bcheck\s+back\b|\bfollow\s+our\b",
        re.I,
    )
    """An editor's note on the text ("The interview has been edited for length.", "This story will be
    updated."): no claim."""

    CARRIES_CHARGE = re.compile(
        r"\b(?:charges?|claims?|accusations?|allegations?|suspicions?|theory|theories|rumou?rs?|assertions?"
        r"|suggestions?|belief)\b[^.;:]{0,80}?\bthat\b",
        re.I,
    )
    """A sentence that carries a charge ("What makes it political is the charge, now repeated by two
    deputies, that the water is being sold"): someone's words, never the article's report."""

    QUALIFIED = re.compile(
        r"\b(?:presumed|purported|suspected|alleged|apparent|apparently|supposed|so-called|hallmarks?)\b",
        re.I,
    )
    """Words that make a sentence a suspicion, not a report ("The presumed drone came down")."""
    NOTE_WORDS = required(NOTE.pattern, NOTE.flags)
    CARRIES_CHARGE_WORDS = required(CARRIES_CHARGE.pattern, CARRIES_CHARGE.flags)
    QUALIFIED_WORDS = required(QUALIFIED.pattern, QUALIFIED.flags)
    """Words one of which every match of :attr:`NOTE`, :attr:`CARRIES_CHARGE` and :attr:`QUALIFIED`
    holds: the quick tests, as plain strings (:func:`~kb.extract.opening.may_hold`), before patterns
    under ``re.I`` that open with a word boundary (``re`` enters them at every position)."""

    REFERS_BACK = re.compile(
        r"\s*(?:(?:But|And|Yet|So|Then),?\s+)?(?:It|Its|They|Their|Them|He|His|She|Her|This|That|These|Those|Such"
        r"|(?:Some|Many|Most|All|None|One|Two|Several)\s+of\s+(?:them|these|those|this|it))\b"
    )
    """A sentence whose subject points back to the one before ("They also supplied rifles.")."""

    MOOD = re.compile(
        r"\s*[^,;]{0,40}?\b(?:is|are|was|were)\s+(?:\w+\s+)?\w+"
        r"(?:\s+and\s+[^,;]{0,40}?\b(?:is|are|was|were)\s+(?:\w+\s+)?\w+)?\s*\.\s*"
    )
    """A short description, a thing and how it was ("The talks were long and the mood was grim."):
    scene-setting, not a report."""

    VOICED = re.compile(opening(
        r"\b(?:(?:held|holds?|maintains?|maintained|insists?|insisted|believes?|believed|argues?|argued|contends?"
        r"|contended|thinks?|thought|fears?|feared|suspects?|suspected|reckons?|reckoned|claims?|claimed|alleges?"
        r"|alleged|says?|said|sees?|saw|knows?|knew|concedes?|conceded|admits?|admitted|accepts?|accepted|assumed?"
        r"|assumes|concluded?|concludes|expects?|expected|estimated?|estimates|judged?|judges)"
        r"\s+(?:\w+\s+)?that(?!\s+way)|as\s+(?:[\w'-]+\s+){1,4}(?:sees?|saw|puts?|tells?|told|says?|said|has|had)\s+it"
        r"|accus\w*|blam(?:e|es|ed|ing)|ascrib\w*|attribut\w*|trac(?:es?|ed)\s+(?:[\w'-]+\s+){0,4}?to"
        r"|den(?:y|ies|ied|ial)|point(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:to|at)|at\s+[\w'-]+\s+door"
        r"|responsible|claim(?:s|ed)?\s+responsibility|implicat\w*|shows?|showed|shown|reveal\w*|prove[sdn]?|suggest\w*|warn\w*|advis\w*)\b",
        re.I,
    ), re.I)  # fmt: skip
    """A verb that carries someone's view or charge ("Delhi has long held that ...", "The army ascribed
    the ambush to ...", "laid the attack at Kigali's door", "Records point to ..."): their words."""

    FORCES = frozenset({
        "troops", "soldiers", "forces", "army", "armed", "military", "officer", "officers", "police",
        "policemen", "guard", "guards", "patrol", "patrols", "boat", "boats", "vessel", "vessels", "ship",
        "ships", "warships", "navy", "coastguard", "drone", "drones", "jet", "jets", "plane", "planes",
        "aircraft", "helicopters", "artillery", "shelling", "shells", "rocket", "rockets", "missile",
        "missiles", "fire", "gunmen", "fighters", "militia", "militias", "rebels", "agent", "agents",
        "spies", "intelligence", "official", "officials", "ministry", "government", "authorities",
        "trawler", "trawlers", "smugglers", "operatives", "commandos", "mercenaries", "cash", "money",
        "weapons", "arms", "oil", "backing", "support", "hand", "involvement", "role", "meddling",
        "interference", "regime", "junta", "cargo", "warplanes", "gunships", "tanks", "bombers", "marines",
        "paratroopers", "snipers", "security", "naval", "air", "airstrikes", "strikes", "raids", "settlers",
    })  # fmt: skip
    """What a demonym before it makes an act of a state ("Kenyan officers", "Algerian drones",
    "Iranian oil"): where a charge hides; not "Kenyan politicians", "Greek newspapers"."""

    def _forces_of(self, st: str) -> bool:
        """Does ``st`` name a state's forces, agents or goods by a demonym ("Kenyan soldiers", "Kenyan-backed
        rebels", "Emirati cargo planes")? See :attr:`FORCES`."""
        words = [w.strip(",.;:'\"()") for w in st.split()]
        for i, w in enumerate(words):
            head, _, tail = w.partition("-")
            after = (x.lower() for x in words[i + 1 : i + 3])
            if head in self.d.gaz.demonyms and (tail or self.FORCES.intersection(after)):
                return True
        return False

    def _goes_on(self, line: Line, n: int, ss: int, st: str) -> bool:
        """Does a sentence whose subject points back ("It will outlive this one too.", "That meeting has
        been postponed.") go on with the article's own report right before it, in its paragraph? Not
        after anyone's words, and not people's further acts ("They also sank two boats.", "Some of them
        drove the vans."): a list of acts goes on with whoever charged the first."""
        people = re.match(r"\s*(?:(?:But|And|Yet|So|Then),?\s+)?(?:They|Their|Them|\w+\s+of\s+them)\b", st)
        if people or re.search(r"\b(?:also|too|as\s+well)\b", st):
            return False
        before = [s for s in self.sents[n] if line.start + s.end_char <= ss + 1]
        if not before:
            return False
        a, b = line.start + before[-1].start_char, line.start + before[-1].end_char
        return any(c.speaker == "article" and c.start <= a + 3 and c.end >= b - 3 for c in self.claims)

    def _narrative(self, line: Line, n: int, ss: int, se: int) -> bool:
        """A body sentence the reporter tells in their own voice that names no actor ("Hearings
        continue until Friday.", "The bridge has been closed since May."): the article's report, as
        the curators take every such sentence. Only of four words or more, opening with a capital
        (not a clause's tail), where every sentence before it in the paragraph is the article's own
        report and, if it opens the paragraph, a claim comes before it past the headlines (a story under
        way, not a lone line). Never in the first person (a column's view, where an allegation
        hides), a heading (":"), an exclamation, an editor's note (:attr:`NOTE`), a guess
        (:attr:`GUESSED`), a charge carried (:attr:`CARRIES_CHARGE`), a suspicion
        (:attr:`QUALIFIED`), a view or a charge carried by its verb (:attr:`VOICED`: "Delhi has long
        held that ..."), a demonym's forces (:meth:`_forces_of`: "Kenyan officers trained the
        gunmen"), a subject that points back other than on the article's report just before it
        (:meth:`_goes_on`: not "They also supplied rifles."), a pair of moods (:attr:`MOOD`: "The
        talks were long and the mood was grim.") or right after someone's words.
        The callers' tests still apply: attribution, hedges, groupings, charges stay out.

        An actor named with no cue the rules know ("Herrera left the next day for talks in
        Washington.") is the article's report too, unless :attr:`VOICED` finds whose words it carries
        (artvoice19b: the guard on any actor named cost 20 right on dev, none wrong)."""
        st = self.norm[ss:se]
        dashed = r"\s*(?:[-\u2013\u2014]\s+)?[A-Z0-9]"  # (past a dateline's or a list's dash: voice22)
        if not re.match(dashed, st) or len(self.lines) < 2:  # (a draft keeps no blank line)
            return False  # not a text of one line (a digest's story, its paragraphs run together)
        first_person = r"\b(?:I|me|my|we|us|our|ours|let's)\b|^\s*(?:Let me|It's|It is)\b"
        if len(st.split()) < 4 or st.rstrip().endswith((":", "!")) or re.search(first_person, st, re.I):
            return False
        if (
            (may_hold(self.NOTE_WORDS, st, caseless=True) and self.NOTE.search(st))
            or self.GUESSED.search(st)
            or (may_hold(self.CARRIES_CHARGE_WORDS, st, caseless=True) and self.CARRIES_CHARGE.search(st))
        ):
            return False
        qualified = may_hold(self.QUALIFIED_WORDS, st, caseless=True) and self.QUALIFIED.search(st)
        if self.VOICED.search(st) or qualified or self._forces_of(st):
            return False  # "Delhi has held that ...", "The presumed drone ...", "Kenyan officers trained ..."
        if self.WHOSE_ACT_HIDDEN.search(st) and self._columnist() is not None:
            return False  # a column's "Each week their agents pay ...": whose act, where a charge hides
        answers = self.WORDS_AS_THING.match(st) is not None  # "Both statements were polite.": on the words
        if self.REFERS_BACK.match(st) and not answers and not self._goes_on(line, n, ss, st):
            return False  # "Its drones had struck a school.": may go on with a charge before it
        if (mood := self.MOOD.fullmatch(st)) and " and " in mood.group():
            return False  # "The talks were long and the mood was grim.": scene-setting
        for s in () if answers else self.sents[n]:  # every sentence before it in the paragraph the article's
            a, b = line.start + s.start_char, line.start + s.end_char
            if b > ss + 1:
                continue
            told_here = any(c.speaker == "article" and c.start < b and a < c.end for c in self.claims)
            if not told_here and not self._unclaimed_plain(a, b):
                return False  # "According to the dossier, ... They also ... The rifles came from ..."
        opens = self.norm[line.start : ss].strip() == ""
        if opens and not self._lede(n, st) and not self._under_way(n) and not any(
            c.start < ss and self.lines[self.line_of(c.start)].form != "headline" for c in self.claims
        ):
            return False  # a story already under way (a claim before it, past the headlines), not a lone line
        return answers or not self._after_words(ss)

    WORDS_AS_THING = re.compile(
        r"\s*(?:(?:[A-Z][\w'-]*\s+){1,3}[\w'-]+,\s+|[A-Z][\w'-]*\s+[\w'-]+\s+[\w'-]+,\s+)?"
        r"(?:[Tt]he|[Bb]oth|[Ee]ach|[Nn]either|[Ee]ither|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:statements?|remarks?|speech(?:es)?|replies|reply|letters?|communiqu[e\u00e9]s?|responses?"
        r"|words|phrases?|language|arguments?|complaints?|assertions?|points?)"
        r"(?:,[^,]{1,60},)?\s+(?:(?:was|were|is|are|has|have|had|did|do|does|went|drew|got|read|sounded)\b)"
    )
    """A sentence whose subject is the words just given, taken as a thing ("Both statements were
    polite.", "In Kye-Ossi, the remark went down badly.", "Read in full, the speech was about
    schoolbooks.", "That complaint is fair.", "These remarks do not reflect the facts."): the
    article's account of them, which cannot carry them on. Not a charge's own nouns ("That
    accusation is true"): an article vouching for a charge is left to the rules that keep it out.
    The narrative's other vetoes (a guess, a view voiced, what the words show) still apply."""

    def _under_way(self, n: int) -> bool:
        """Is a story under way before line ``n``: a body paragraph above it of six words or more,
        not a byline, even one no rule drafted ("The quarrel is old. ...", then "What has changed is
        the mood.")? A paragraph that follows one is the narrative going on, not a lone line under a
        headline (a caption, a digest's item): measured on dev, +4 right claims, none wrong."""
        return any(
            ln.form == "body" and not self._is_byline(ln) and len(ln.text.split()) >= 6
            for ln in self.lines[:n]
        )

    def _column_voice(self, line: Line, n: int, ss: int, se: int, went_on: bool) -> bool:
        """In a column (:meth:`_columnist`), a body sentence of its writer that names no actor ("The
        checks have produced queues and not much else.", "I have read those agreements.") or one of
        its headlines right above the byline ("The bridge is not a border."): the writer's report
        or view, the article's voice, in the first person too (as the curators take a columnist's
        sentences, voice23). Only a whole sentence of three words or more, opening with a capital;
        right after anyone's words (``went_on``, :meth:`_after_words`) only one with the writer in
        it in the first person (:attr:`WRITER_HERE`); and none of the narrative's vetoes
        (:meth:`_narrative`: no guess, charge carried, suspicion, view or charge voiced, demonym's
        forces, subject that points back other than on the writer's own report) nor a signpost
        (:attr:`SIGNPOST`), nor someone unnamed (:attr:`WHOSE_ACT_HIDDEN`: "their agents", "someone"):
        whose act it was is where a charge hides. The callers' tests still apply: attribution,
        hedges, groupings, charges stay out."""
        st = self.norm[ss:se]
        if not (line.form == "body" or self._above_byline(line, n)) or self._columnist() is None:
            return False  # (a body sentence, or one of the headlines right above the byline)
        if self.norm[line.start : ss].count('"') % 2:
            return False
        if len(st.split()) < 3 or not re.match(r"\s*[A-Z]", st) or st.rstrip().endswith((":", "!")):
            return False
        writer_or_words = self.WRITER_HERE.search(st) or self.WORDS_AS_THING.match(st)  # (see WORDS_AS_THING)
        if (went_on or self._after_words(ss)) and not writer_or_words:
            return False  # (right after someone's words, only the writer in the first person is the writer)
        noted = may_hold(self.NOTE_WORDS, st, caseless=True) and self.NOTE.search(st)
        if self.SIGNPOST.match(st) or noted or self.GUESSED.search(st):
            return False
        charged = may_hold(self.CARRIES_CHARGE_WORDS, st, caseless=True) and self.CARRIES_CHARGE.search(st)
        if charged or self.VOICED.search(st) or (
            may_hold(self.QUALIFIED_WORDS, st, caseless=True) and self.QUALIFIED.search(st)
        ):
            return False
        if self._forces_of(st) or self.WHOSE_ACT_HIDDEN.search(st):
            return False  # "Kenyan officers ...", "their agents pay ...", "... are armed by ...": whose act
        mine = self.WRITER_HERE.search(st) is not None
        return mine or not (self.REFERS_BACK.match(st) and not self._goes_on(line, n, ss, st))

    def _above_byline(self, line: Line, n: int) -> bool:
        """Is line ``n`` a headline right above a byline (a column's title or standfirst: "Berlin
        should stop treating it like one" above "By ...")?"""
        return line.form == "headline" and any(self._is_byline(ln) for ln in self.lines[n + 1 : n + 3])

    def _writer_goes_on(self, line: Line, ss: int, se: int) -> bool:
        """Is a body sentence of a column (:meth:`_columnist`) that opens on a pronoun or a joining
        word right after others' words its writer's, in the first person, naming no actor ("That was
        naive of me.", "But it does not speak for us.")? Not "And we all know Lomé pays them.": a
        charge against one named. Outside a quotation only; :meth:`_column_voice` still applies."""
        if line.form != "body" or self._columnist() is None or self.norm[line.start : ss].count('"') % 2:
            return False
        if '"' in self.norm[ss:se] or self.WRITER_HERE.search(self.norm, ss, se) is None:
            return False
        return not any(self.actors[m.actor]["type"] != "media" for m in self.mentions_in(ss, se))

    WRITER_HERE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves)\b")
    """The first person outside a quotation: in a column, its writer (not "US")."""
    WHOSE_ACT_HIDDEN = re.compile(
        r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir|[Ss]omeone|[Ss]omebody|[Ww]hoever)\b"
        r"|\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?"
        r"(?:[a-z]+ed|[a-z]+en|paid|sent|led|held|built|fought|bought|made|run)\s+by\b"
    )
    """Someone the sentence points to without naming them: a third person ("their agents pay ..."),
    an indefinite one ("someone is being paid to ..."), an agent described ("The smugglers are armed
    by the same people who ..."): in a column, whose act it was is where its writer's charge hides."""
    SIGNPOST = re.compile(r"\s*(?:By\s|Let\s+me\b|Consider\s+(?:the|this|these)\b)")
    """A byline or a column's signpost to what follows ("Let me be blunt.", "Consider the sequence."):
    no claim."""

    def _lede(self, n: int, st: str) -> bool:
        """Is line ``n`` a story's lede, its first paragraph past the headlines with more paragraphs
        after it, and ``st`` a sentence of six words or more ("Every few weeks a wooden supply boat
        leaves Palawan for ..."): the article's narrative opens there (voice22). Not a lone line
        under a headline ("The vessel is being escorted to the port of Mombasa."): a caption or
        digest item, no story under way."""
        if len(st.split()) < 6 or any(ln.form != "headline" for ln in self.lines[:n]):
            return False
        return any(ln.form == "body" for ln in self.lines[n + 1 :])

    def _unclaimed_plain(self, a: int, b: int) -> bool:
        """Is ``[a, b)`` a sentence no rule gave to anyone and that carries no one's words: no claim
        on it, no actor named, no quotation mark, no attribution or hedge, no grouping ("That fear
        is understandable.", "Both statements were polite.")? A narrative may go on after it
        (voice22); not after "According to the dossier, ...", the dossier's claim, nor after
        "Armenian officials gave a grim list.", which announces their words (no people named by
        what they are, no capitalised word past the first)."""
        st = self.norm[a:b]
        if any(c.start < b and a < c.end for c in self.claims) or '"' in st or self.mentions_in(a, b):
            return False
        if re.search(r"\s[A-Z]", st.strip()) or self.d.collective_re.search(st):
            return False
        first = st.split()[0].strip(",.'") if st.split() else ""
        if first in self.d.gaz.demonyms:
            return False
        return not (self.attributed(a, b) or self.names_grouping(a, b) or self.VOICED.search(st))

    def _after_words(self, ss: int) -> bool:
        """Does someone's claim end right at ``ss``? A sentence there may carry their words on, so
        it is not the article's own voice (:meth:`_stated`, :meth:`_narrative`)."""
        return any(c.speaker != "article" and -5 <= ss - c.end < 0 for c in self.claims)

    CIVIL = re.compile(
        r"\s*(?:[A-Z][\w-]+\s+){1,2}(?:lawmakers|legislators|politicians|commentators|parties|voters|senators"
        r"|deputies|opposition\s+leaders)\b(?:\s+from\s+[\w ]{1,30}?)?\s+(?:have\s+|had\s+|were\s+|was\s+)?"
        r"(?:\w+ly\s+)?(?:backed|welcomed|criticised|criticized|condemned|rejected|answered|supported|opposed"
        r"|praised|applauded|less|more)\b"
    )
    """ "Peruvian lawmakers from several parties backed the deployment", "Chadian lawmakers were less
    cautious": a country's politics, in the article's voice."""

    STATE_OF_THINGS = re.compile(opening(
        r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:\w+ly\s+)?"
        r"(?:closed|stranded|suspended|halted|shut|cancelled|canceled|evacuated|reopened|hurt|injured|wounded"
        r"|damaged|displaced)\b"
    ))
    """ "Hundreds of lorries are stranded at the crossing", "Rail traffic has been suspended": what has
    happened to things and people, the article's report though it names no actor."""

    WHOSE_ACT = re.compile(
        r"\bby\b|\b(?:in|during|after|under)\s+(?:[\w-]+\s+){0,2}(?:shelling|fire|strikes?|attacks?|raids?"
        r"|bombing|bombardment|artillery|drones?|troops|forces|soldiers|rockets?|missiles?)\b"
    )
    """An agent or a cause that names whose act it was ("by rebels", "in Ugandan shelling")."""

    ANNOUNCES = re.compile(
        r"\b(?:(?:went|go|goes|going)\s+(?:even\s+|much\s+|a\s+step\s+)?further"
        r"|(?:gave|gives|offered|offers|had|has|took|takes|told)\s+(?:an?\s+)?(?:very\s+|rather\s+|quite\s+)?"
        r"(?:different|contrasting|harsher|blunter|darker|starker|other)\s+(?:account|view|version|story|picture)"
        r"|struck\s+an?\s+(?:different|harsher|softer|sharper|more\s+\w+)\s+tone"
        r"|(?:was|were|is|are)\s+(?:less|more|even\s+more|far\s+more|much\s+more)\s+(?:restrained|diplomatic|guarded"
        r"|blunt|forthcoming|direct|candid|outspoken|explicit|strident|cautious)"
        r"|sees?\s+it\s+differently|saw\s+it\s+differently|put\s+it\s+(?:more\s+)?bluntly|(?:was|were)\s+blunter"
        r"|did\s+not\s+mince\s+(?:(?:his|her|their|its)\s+)?words"
        # fact24: "X has told his story many times.", "X remembers it well."
        r"|(?:told|tells|tell|recounted|recounts|recount)\s+(?:his|her|their|its|the)\s+story"
        r"(?:\s+(?:many|several|countless|a\s+dozen|a\s+hundred)\s+times|\s+(?:often|again|before))?"
        r"|(?:remembers?|remembered|recalls?|recalled)\s+it\s+(?:well|clearly|vividly|differently)"
        # neverfact20: "X was blunt.", "X went into detail.", "X spelled it out.", "X named names."
        r"|(?:was|were)\s+(?:(?:just\s+as|even\s+more|more|much\s+more|far\s+more)\s+)?(?:blunt|unequivocal|categorical"
        r"|specific|precise|emphatic|forthright|unambiguous)"
        r"|went\s+into\s+(?:(?:more|greater|some|great|much|further)\s+)?detail|offered\s+(?:more\s+|some\s+|further\s+)?details"
        r"|(?:spelled|spelt)\s+(?:it|this|that)\s+out|named\s+names|pointed\s+the\s+finger|did\s+not\s+hesitate"
        r"|(?:has|had|have)\s+no\s+doubts?|(?:has|had|have)\s+a\s+(?:simple\s+|clear\s+)?(?:theory|explanation|suspect)"
        r"|(?:sees?|saw)\s+a\s+pattern"
        r"|laid\s+out\s+(?:his|her|their|its|the)\s+(?:evidence|case|argument|charges)"
        r"|(?:told|tells|tell)\s+(?:[\w-]+\s+)?an?\s+(?:very\s+)?(?:different|other)\s+(?:story|account|version)"
        r"|(?:answer|reply|response|verdict)\s+(?:was|came)\s+(?:swift|quick|immediate|short|simple|blunt|clear)"
        r"|^\s*here\s+is\s+(?:what\s+[^.]{3,80}|[\w.'-]+(?:'s|s')\s+(?:case|account|version|argument))"
        r"|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:convinced|certain|adamant|emphatic|in\s+no\s+doubt)"
        r"|(?:view|message|position|answer|reply|verdict|argument|case|charge|accusation|report|findings|conclusions?|words"
        r"|assessment|statement|letter|communiqu[e\u00e9]|dossier|memo|testimony|account|recollection|timeline"
        r"|chronology|evidence|description)"
        # fact24: "Her message to Lomé was plain.", "The evidence, Accra insists, is overwhelming."
        r"(?:\s+to\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?|,[^,]{2,40},)?\s+(?:is|was|are|were)\s+"
        r"(?:(?:just\s+as\s+|even\s+more\s+|more\s+|as\s+)?(?:simple|clear|plain|blunt|straightforward|unambiguous|unequivocal"
        r"|damning|explicit|stark|specific|detailed|categorical|harrowing|vivid|grim|chilling|graphic|overwhelming|precise))"
        # fact24: "X paints a grim picture.", "X points to a pattern.", "The complaint runs to 40 pages."
        r"|(?:paints?|painted)\s+an?\s+(?:[\w-]+\s+)?picture|(?:points?|pointed)\s+to\s+a\s+pattern"
        r"|(?:runs?|ran)\s+to\s+(?:\d+|[a-z]+)\s+pages"
        r"|(?:described|describe|recounted|recount|recalled|recall|detailed)\s+(?:the\s+scene|the\s+attack"
        r"|what\s+(?:they|he|she)\s+(?:saw|had\s+seen|heard|had\s+heard)|(?:the|their|his|her)\s+(?:ordeal|experience"
        r"|night|morning|day))"
        r"|(?:makes?|made|has|had|levels?|levell?ed|offers?|offered|advances?|advanced|lays?\s+out|laid\s+out"
        r"|sets?\s+out|presents?|presented)\s+(?:(?:a|an|the|its|his|her|their|two|three|four|five|several|many"
        r"|some|serious|new|fresh|grave|specific|detailed|simple|different)\s+)*(?:charges?|claims?|accusations?"
        r"|allegations?|theory|theories|case|argument|explanation|version)"
        r"|(?:story|account|picture|view|version)\s+(?:is|was)\s+(?:very\s+|quite\s+|rather\s+)?different"
        r"|(?:listed|lists|enumerated|catalogued|cataloged|recited|reeled\s+off|rattled\s+off)\s+(?:[\w.'-]+(?:'s|s')\s+"
        r"|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:crimes|charges|grievances|complaints|sins|abuses"
        r"|violations|accusations|allegations|misdeeds|offences|offenses)"
        r"|(?:was|is|were|are)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:catalogue|catalog|litany|list|string|series|inventory)\s+of\s+"
        r"(?:charges|accusations|allegations|grievances|complaints|crimes)"
        r"|(?:version|account|story|argument|case|charge|reasoning|thinking|logic|theory|narrative)(?:\s+of\s+events)?"
        r"\s+(?:runs|ran|goes|went)\s+(?:roughly\s+|something\s+)?(?:as\s+follows|like\s+this)"  # neverfact15
        r"|^\s*(?:ask|talk\s+to|speak\s+to|listen\s+to)\s+(?:anyone|anybody|people|residents|locals|fishermen"
        r"|farmers|traders|any\s+[\w-]+)\b[^.]{0,60}"  # "Ask anyone in Aflao. The smugglers ...": theirs
        # neverfact20b: "X's case rests on one claim.", "The pattern is clear."
        r"|(?:case|argument|charge|accusation|dossier|complaint)\s+rests?\s+on\s+(?:one|a|two|three|several|the)\s+"
        r"(?:[\w-]+\s+)?(?:claims?|charges?|allegations?|assertions?|accusations?|points|counts|grounds)"
        r"|pattern\s+(?:is|was)\s+(?:clear|obvious|unmistakable|plain)"
        r"|^\s*the\s+(?:list|catalogue|litany|charge\s+sheet|indictment)\s+(?:was|is)\s+(?:very\s+)?(?:long|lengthy"
        r"|extensive|detailed|familiar))"
        # "... went further on Monday.", "... laid out the evidence on Tuesday." (neverfact20b)
        r"(?:\s+(?:on|last|this|late\s+on|early\s+on)\s+[a-z]+|\s+(?:yesterday|today|later))?\s*[.:]?\s*$",
        re.I,
    )
    """A sentence that announces someone's words ("X went further.", "Y gave a different account.")."""
    _ANNOUNCES_FOUND = Branches.of(ANNOUNCES).found
    """:attr:`ANNOUNCES` as a truth value, branch by branch on the lower case of an ASCII sentence, only
    the branches whose words it holds (see :class:`Branches`): it tries its forty branches at the
    start of every word of the sentence."""
    ANNOUNCES_HINT = _words_hint(ANNOUNCES)
    """The words of :attr:`ANNOUNCES` (two sentences in three hold none)."""

    def _announces(self, text: str) -> bool:
        """:attr:`ANNOUNCES` found in ``text``, tried only where :attr:`ANNOUNCES_HINT` finds a word."""
        if text.isascii() and self.ANNOUNCES_HINT.search(text.lower()) is None:
            return False
        return self._ANNOUNCES_FOUND(text)

    LISTS = re.compile(
        opening(
            r"\b(?:listed|lists|enumerated|catalogued|cataloged|recited|reeled\s+off|rattled\s+off|(?:makes?|made|rests?\s+on)\s+"
            r"(?:two|three|four|five|six|several|many)|catalogue|catalog|litany|list|string|series|inventory)\b",
            re.I,
        ),
        re.I,
    )
    """An announcement of several charges ("He listed Kenya's crimes.", "The speech was a litany of
    charges."): the sentences after it in its paragraph are the announcer's, one by one."""

    def _announced(self, line: Line, n: int, ss: int, *, listing: bool = False) -> str | None:
        """Who the sentence before ``ss`` (in its paragraph) announces as speaking next: "The
        army's spokesman went further. The UAE and Chad ...": the spokesman's words, never the
        article's. The announcer is its first person, else its first actor, else unknown. With
        ``listing``, only an announcement of several charges (:attr:`LISTS`)."""
        before = [
            (line.start + s.start_char, line.start + s.end_char) for s in self.sents[n]
            if line.start + s.end_char <= ss + 1
        ]  # fmt: skip
        if not before and n > 0 and self.lines[n - 1].form == "body" and self.sents[n - 1]:
            # "The minister went further.\n\nBolivia had sent agents ...": a wire's one-sentence
            # paragraphs announce the next paragraph's words (neverfact20), and "The report makes
            # several charges.\n\nA. B. C." lists them all there (neverfact20b)
            prev, last = self.lines[n - 1], self.sents[n - 1][-1]
            before = [(prev.start + last.start_char, prev.start + last.end_char)]
        if not before or not self._announces(self.norm[before[-1][0] : before[-1][1]]):
            return None
        if listing and not self.LISTS.search(self.norm[before[-1][0] : before[-1][1]]):
            return None
        a, b = before[-1]
        ms = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] != "media"]
        people = [m for m in ms if self.actors[m.actor]["type"] == "person"]
        who = (people or ms)[0].actor if (people or ms) else None
        return who or self.unknown()

    PLURAL_CLAIM = r"(?:[\w.'-]+\s+)?[\w.'-]*(?:s|men|people|police)\s+claim"
    """A title's tail of a plural speaker and "claim" ("..., villagers claim", "..., Namibian fishermen
    claim"): the word the speech verbs leave out, as it is also a noun ("drops island claim") (fact24)."""

    def _says_tail(self, start: int, end: int) -> bool:
        """Is a title's clause only a speaker and a verb of saying ("..., officials say", "...; UN
        says")? Then every clause of the title is that speaker's, none the article's."""
        words = self.norm[start:end].strip(" .,;:-").split()
        ends = self.d.pattern("says_tail.ends", lambda: r"\b(?:" + self._speech() + r")$", re.I)
        opens = self.d.pattern("says_tail.opens", lambda: r"(?:" + self._speech() + r")\s+[A-Z]", re.I)
        return 1 <= len(words) <= 5 and bool(
            ends.search(" ".join(words))
            or re.fullmatch(self.PLURAL_CLAIM, " ".join(words), re.I)  # "..., villagers claim"
            or opens.match(" ".join(words))  # "..., Says Uganda"
        )

    CHARGE_VERB = re.compile(r"\b(?:accuse[sd]?|blame[sd]?|suspects?)\s+", re.I)
    CHARGED_ENDS = re.compile(r"\b(?:of|for|over|after|near|in|on|at|with|amid|as)\b|[,:;]")

    def _charges_a_person(self, start: int, end: int) -> bool:
        """Does a headline's clause accuse, blame or suspect a person: one it names, the surname of
        a person the article names in full, or a name the draft knows nothing of ("Lima blames
        'mafias' and Morales allies")? Then the charge is the accuser's allegation about that
        person, not the article's report of an accusing, as it is between states and bodies."""
        am = self.CHARGE_VERB.search(self.norm, start, end)
        if am is None:
            return False
        if any(self.actors[m.actor]["type"] == "person" for m in self.mentions_in(am.end(), end)):
            return True
        names = set(re.findall(r"\b[A-Z][\w'-]+", self.norm[am.end() : end]))  # a title's surname alone,
        if any(  # the person named in full in the body ("Morales" for "Evo Morales")
            a["type"] == "person" and not a.get("unnamed") and len(a["label"].split()) > 1
            and a["label"].split()[-1] in names
            for a in self.actors.values()
        ):
            return True
        # whom it charges (up to "of", "for", "over" ...) holds a name that is no actor of the draft
        # and no word of a name the gazetteer knows: in doubt, a person ("... and Morales allies");
        # not in a title that capitalises every word
        line = self.lines[self.line_of(start)]
        words = self.norm[line.start : line.end].split()
        if sum(w[:1].isupper() for w in words) > len(words) / 2:
            return False
        obj = self.CHARGED_ENDS.search(self.norm, am.end(), end)
        stop = obj.start() if obj else end
        known = [(m.start, m.end) for m in self.mentions_in(am.end(), stop)]
        return any(
            n.group() not in self.d.proper_words and not any(a <= am.end() + n.start() < b for a, b in known)
            for n in re.finditer(r"(?<![\w'-])[A-Z][a-z][\w'-]*", self.norm[am.end() : stop])
        )  # (a state, a capital, a demonym the gazetteer knows is no one unknown)

    def _title_accusation(self, start: int, end: int) -> bool:
        """ "Manila Accuses Beijing of ...", "Niger ... accuses Cotonou of ...", "Tallinn suspects
        sabotage": the title reports the accusing, the article's asserted claim of kind accusation
        (the curators' convention), its stance the accuser's; what the accuser charges stays the
        accuser's allegation in the body's claim. The accuser is the clause's last actor before
        the verb, else the title's first ("Venezuela suspends deal, accuses Trinidad"). A passive
        ("X Accused of ..."), a hedge or a grouping ("blames 'terrorist axis'") leave it an
        allegation, never the article's: by an unknown speaker, or by the accuser."""
        am = self.CHARGE_VERB.search(self.norm[start:end])
        ms = [m for m in self.mentions_in(self.lines[self.line_of(start)].start, end)
              if self.actors[m.actor]["type"] not in ("media",)]  # fmt: skip
        if not am or not ms or ms[0].start >= start + am.start():
            return False
        passive = re.match(r"(?:of|for)\b", self.norm[start + am.end() : end], re.I)  # "X Accused of ..."
        near = [m for m in ms if start <= m.start < start + am.start()]
        accuser = self.unknown() if passive else (near or ms)[-1 if near else 0].actor
        words = self.norm[start : start + am.start()] + " " + self.norm[start + am.end() : end]  # (no verb)
        framed = not (passive or self.names_grouping(start, end) or self.d.has_hedge(words)
                      or self.d.has_speculation(words))  # fmt: skip
        # "Finland detains 70 migrants, accuses Russia of staging border push": a clause with no
        # subject of its own holds only the charge, the accuser's words (in doubt, downgrade)
        framed = framed and bool(self.norm[start : start + am.start()].strip(" ,;:-|\u2013\u2014"))
        # "Lima accuses La Paz: Bolivian officers shipped rifles": after the colon, the charge itself,
        # in the accuser's words (neverfact20b)
        framed = framed and not re.search(r":\s+\S", self.norm[start + am.end() : end])
        # "Lima blames 'smuggling mafias' and Morales allies": a charge against a person named in it
        # is the accuser's allegation about that person, never the article's report (in doubt,
        # downgrade; no dev title charges a person otherwise, states and bodies are the rule)
        framed = framed and not self._charges_a_person(start, end)
        claim = self.add_claim("article" if framed else accuser, start, end, form="headline",
                               direct=None if framed else False, status="alleged")  # fmt: skip
        if claim is None and not framed:  # "..., blames Kabul": a charge of two words, a headline's
            claim = self.add_claim(accuser, start, end, form="headline", status="alleged")
        if claim:
            claim.kind = "accusation"
            accused = [m for m in self.mentions_in(start + am.end(), end)]
            claim.target = accused[0].actor if accused else None
            if framed:
                claim.status, claim.holder = "asserted", accuser
        return True

    def _sentence_around(self, line: Line, n: int, at: int) -> tuple[int, int]:
        """The whole sentence that holds ``at``: a clause of it is attributed if any part is."""
        for sent in self.sents[n]:
            ss, se = line.start + sent.start_char, line.start + sent.end_char
            if ss <= at < se:
                return ss, se
        return at, line.end

    def _next_sentence(self, line: Line, n: int, se: int) -> tuple[int, int] | None:
        """The sentence after the one ending at ``se``: in its line, else the next body line's first."""
        following = [
            (line.start + s.start_char, line.start + s.end_char) for s in self.sents[n]
            if line.start + s.start_char >= se - 1
        ]  # fmt: skip
        if not following and n + 1 < len(self.lines) and self.lines[n + 1].form == "body":
            nxt = self.lines[n + 1]
            following = [(nxt.start + s.start_char, nxt.start + s.end_char) for s in self.sents[n + 1]][
                :1
            ]
        return following[0] if following else None

    SO_SAYS = re.compile(
        r"\s*(?:(?:or\s+)?so\b|(?:at\s+(?:least|any\s+rate),?\s+)?(?:that|this)(?:,?\s+at\s+(?:least|any\s+rate),?)?"
        r"\s+(?:is|was|has\s+been)\s+(?:what|how|(?:(?:the\s+(?:[\w.-]+\s+){0,2}?)?[\w.'\u2019-]+(?:'s|s'|\u2019s)"
        r"|the|their|his|her|its)\s+(?:official\s+|(?-i:[A-Z][\w-]+)\s+)?(?:view|claim|account"
        r"|version|line|charge|belief|assessment|conclusion|verdict|reading|case|argument|position|contention"
        r"|finding|suspicion|theory|story)\b)"
        r"|(?:[\w.'\u2019-]+\s+){1,5}?(?:(?:has|have|had|also|long|still|certainly)\s+){0,2}(?:says?|said|claims?|claimed"
        r"|insists?|insisted|maintains?|maintained|believes?|believed|thinks?|thought|contends?|contended)\s+so"
        r"(?=\s*(?:[,.;!]|$)|\s+(?:too|as\s+well|at\s+least|publicly|openly|repeatedly)\b))",
        re.I,
    )
    """ "Serbia massed troops. So says Pristina.", "That, at least, is what Baku says.", "That, at any
    rate, is the Peruvian version." (neverfact20), "Kenyan officials say so, at least." (fact23): the
    sentence before was someone's words."""

    def _said_next(self, line: Line, n: int, se: int) -> bool:
        """Does the next sentence say, in so many words, that this one was someone's (:attr:`SO_SAYS`)?"""
        nxt = self._next_sentence(line, n, se)
        said = nxt and self.SO_SAYS.match(self.norm[nxt[0] : nxt[1]])
        return bool(said and (self.attributed(*nxt) or not said.group().rstrip().endswith(("what", "how"))))

    POINTS_BACK = re.compile(
        r"\s*(?:that|this|these|those|the (?:claim|claims|allegation|allegations|account|report|charge)"
        r"|such (?:claims|accusations)|or so|so)\b",  # "Kenya armed them. Or so Kampala insists."
        re.I,
    )
    CALLED_A_LIE = re.compile(
        # "X took Goma with Rwandan help. Kigali calls that a lie." (neverfact15): contested;
        # "X armed them. Of that, officials have no doubt.", "The evidence, Mogadishu says, is ...",
        # "Mogadishu says it can prove it.", "Nairobi's denials ...": someone's words, pointed back at
        r"\s*(?:[\w.'-]+\s+){1,5}?(?:says?|said|calls?|called|insists?|insisted)\s+(?:that|this|it|the\s+(?:claims?"
        r"|charges?|accusations?|allegations?|reports?))\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:an?\s+)?(?:\w+\s+)?"
        r"(?:lies?|false|untrue|baseless|groundless|nonsense|fabricat\w*|propaganda|fiction|fake|slander|smear"
        r"|absurd|ridiculous|unfounded|preposterous|disinformation|misinformation|fantas(?:y|ies)|invent\w*"
        r"|libel\w*|defamatory|slanderous|hoax)\b"  # "Bolivia called the claim absurd." (neverfact20)
        r"|\s*(?:of|on|about)\s+(?:that|this|it)\s*,\s+(?:[\w.'-]+\s+){1,5}?(?:ha(?:ve|s|d)\s+no\s+doubts?|(?:is|are|was"
        r"|were)\s+(?:\w+\s+)?(?:sure|certain|convinced|adamant|clear)|agrees?|agreed|insists?|insisted)\b"
        r"|\s*the\s+(?:evidence|proof)\s*,\s+(?:[\w.'-]+\s+){1,5}?(?:says?|said|insists?|insisted|claims?|claimed)\b"
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:says?|said|insists?|insisted|claims?|claimed)\s+(?:that\s+)?(?:it|they|he|she)\s+"
        r"(?:can|could|will|has|have|had)\s+(?:\w+\s+)?(?:prove|proof|evidence)\b"
        r"|\s*(?:[\w.'-]+(?:'s|s')\s+)?(?:repeated\s+|angry\s+|flat\s+)?(?:denials?|rebuttals?)\b",
        re.I,
    )
    DENIED_NEXT = re.compile(  # "Rwanda commands the M23. Kigali denies this.": contested, so not a fact
        r"\s*(?:[\w.'-]+\s+){1,5}?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
        r"(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|dismisses|dismissed|dismiss"
        r"|contests|contested|contest|refutes|refuted|refute)\s+"
        r"(?:this|it|that|them|any such|\w+ing|the (?:claims?|charges?|accusations?|allegations?"
        r"|reports?|account|version|story))\b"
        r"(?!\s*(?:,[^,]{0,80},\s*)?(?:that|of|about|by)\b)"  # not "the claim, ..., that X"
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:(?:says?|said|insists?|insisted|maintains?|maintained)\s+otherwise"
        r"|disagrees?\s*[.;]|disagreed\s*[.;]|(?:tells?|told)\s+a\s+(?:very\s+)?different\s+story)",
        re.I,
    )
    """ "Rwanda commands the M23. Kigali denies this.", "Bolivian officials reject this.", "Bolivia says
    otherwise." (the last two: neverfact20): the sentence before is contested."""
    UNVERIFIED_NEXT = re.compile(  # "Kenya armed them. This could not be independently verified."
        r"\s*(?:(?:that|this|it|these|those|the\s+(?:claims?|account|reports?|figures?|allegations?|charges?))\s+"
        r"(?:(?:could|can|cannot|has|have|had)\s*(?:not\s+)?(?:yet\s+)?(?:be|been)|(?:was|were)\s+not)"
        r"|none\s+of\s+(?:this|it|that|these|those|them|the\s+(?:[\w-]+\s+)?\w+)\s+(?:(?:could|can|has|have|had)"
        r"\s+(?:yet\s+)?(?:be|been)|was|were))\s+(?:independently\s+)?(?:verified|confirmed|corroborated)"
        # "Reuters could not confirm the account.", "There was no independent confirmation." (neverfact20)
        r"|\s*(?:[\w.'-]+\s+){1,4}?(?:could\s+not|cannot|was\s+unable\s+to|were\s+unable\s+to|(?:has|have|had)\s+"
        r"(?:not\s+been\s+able|been\s+unable|yet)\s+to|did\s+not)\s+(?:independently\s+)?(?:verify|confirm"
        r"|corroborate)\s+(?:this|it|that|these|those|them|the\s+(?:[\w-]+\s+)?(?:claims?|accounts?|reports?"
        r"|allegations?|charges?|figures?|details?|assertions?|information))\b"
        r"|\s*there\s+(?:is|was|has\s+been)\s+no\s+(?:independent\s+)?(?:confirmation|verification|corroboration)\b",
        re.I,
    )

    HELD_NEXT = re.compile(
        r"\s*(?:[\w.'\u2019-]+\s+){1,5}?(?:(?:has|have|had|is|are|was|were|also|long|never|always|still|\w+ly)\s+){0,3}"
        r"(?:maintain(?:s|ed)?\s+(?:so|as\s+much)|(?:maintain(?:s|ed)?|insist(?:s|ed)?\s+on|st(?:ands?|ood)\s+by|stuck\s+to"
        r"|sticks?\s+to)\s+(?:the|that|this|its|their|his|her)\s+(?:charges?|claims?|accusations?|allegations?|account"
        r"|story|version)|(?:insist(?:s|ed)?\s+on|st(?:ands?|ood)\s+by)\s+(?:it|that|this)\b"
        r"|(?:wavered|backed\s+(?:down|away))\s+from\s+(?:it|that|this|the)\b|(?:convinced|certain|sure)\s+of\s+(?:it|that|this)\b"
        r"|said\s+as\s+much\b"
        r"|(?:voiced|made|pressed|levell?ed|repeated|aired)\s+(?:that|this|the|such)\s+(?:[\w-]+\s+)?"
        r"(?:suspicions?|charges?|accusations?|allegations?|claims?|case)\b"
        r"|(?:offered|offers|provided|provides|gave|gives|given|produced|presented)\s+no\s+(?:evidence|proof)\b"
        r"|(?:did|does|do)\s+not\s+(?:offer|provide|give|produce|present)\s+(?:any\s+)?(?:evidence|proof)\b)"
        r"|\s*no\s+(?:evidence|proof)\s+(?:has|have|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:offered|provided|given|produced"
        r"|presented)\b|\s*(?:nobody|no\s+one)\s+has\s+(?:yet\s+|ever\s+)?(?:proven|proved)\s+(?:it|that|this)\b",
        re.I,
    )
    """The next sentence holds the one before as someone's, unproven: "Kinshasa insists on it.",
    "Officials stand by the charge.", "Kinshasa has said as much for years.", "Kinshasa offered no
    evidence.", "No proof has been offered." (neverfact18), "The source did not provide evidence."
    (neverfact20)."""

    SUMMED = re.compile(
        r"\s*(?:(?:these|those|all\s+(?:of\s+)?(?:these|those|(?:the\s+)?(?:two|three|four|five|six))|both|each\s+of"
        r"\s+(?:these|those|the))\s+(?:[\w-]+\s+)?(?:charges|claims|allegations|accusations|findings)\b"
        r"|(?:these|those|they|all\s+three|both)\s+(?:are|were)\s+(?:all\s+)?(?:among\s+|some\s+of\s+|part\s+of\s+)?"
        r"(?:the|its|their|his|her|[\w.'-]+(?:'s|s'))\s+(?:[\w-]+\s+)?(?:charges|claims|allegations|accusations"
        r"|findings|conclusions)\b)",
        re.I,
    )
    """A sentence that sums up the paragraph's sentences before it as charges: "These are among the
    charges in the dossier.", "All three claims come from Lima." (neverfact20)."""

    def _summed_later(self, line: Line, n: int, se: int) -> bool:
        """Does a later sentence of the paragraph sum up the sentence ending at ``se`` with the
        ones before it as someone's charges (:attr:`SUMMED`)? Not only the next sentence: "A. B.
        These are the dossier's charges." makes A someone's too."""
        low = line.text.lower()
        nouns = ("charges", "claims", "allegations", "accusations", "findings", "conclusions")
        if not any(w in low for w in nouns):
            return False
        return any(
            self.SUMMED.match(self.norm, line.start + s.start_char, line.start + s.end_char)
            for s in self.sents[n] if line.start + s.start_char >= se - 1
        )  # fmt: skip

    def _attributed_next(self, line: Line, n: int, se: int) -> bool:
        """Does the next sentence say whose words this one was ("That is according to ...",
        "This was the conclusion of ...", "The claim could not be verified")?"""
        nxt = self._next_sentence(line, n, se)
        if nxt is None:
            return False
        a, b = nxt
        opens = self.POINTS_BACK.match(self.norm[a:b])
        lie = self.CALLED_A_LIE.match(self.norm[a:b])
        after = self.norm[a:b]
        held = may_hold  # (the words of each pattern as plain strings first: most sentences hold none)
        denied = lie or (held(self.DENIED_NEXT_WORDS, after, caseless=True) and self.DENIED_NEXT.match(after))
        unverified = held(self.UNVERIFIED_NEXT_WORDS, after, caseless=True) and self.UNVERIFIED_NEXT.match(
            after
        )
        charged = (
            self._charge_made(after)
            or self.HELD_NEXT.match(after)
            or (held(self.SOURCED_NEXT_WORDS, after, caseless=True) and self.SOURCED_NEXT.match(after))
        )
        return bool((opens and self.attributed(a, b)) or denied or unverified or charged)

    SOURCED_NEXT = re.compile(
        # "The account came from Peruvian officials.", "Those details come from the ministry."
        r"\s*(?:the|that|this|these|those|such|all\s+(?:the|this|that))\s+(?:account|accounts|information|details"
        r"|claims?|version|story|figures?|allegations?|charges?|accusations?)\s+(?:all\s+)?(?:comes?|came|originat\w+)"
        r"\s+from\b"
        # "The source of this account is ...", "The ministry is the only source for this."
        r"|\s*the\s+(?:only\s+|sole\s+|main\s+)?source\s+(?:of|for)\s+(?:this|that|these|the)\b"
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:is|was|are|were)\s+the\s+(?:only|sole|main)\s+sources?\s+(?:of|for)\s+"
        r"(?:this|that|these|the)\b"
        # "Officials gave that account on Monday.", "Officials told us so.", "We have this from ..."
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:gave|give|gives|offered|offers|told|tell|tells)\s+(?:(?:that|this|the|their|its"
        r"|his|her)\s+(?:account|version|story)\b|us\s+so\b)"
        r"|\s*we\s+have\s+(?:this|that|it)\s+from\b"
        r"|\s*(?:that|this)\s+is\s+how\s+(?:[\w.'-]+\s+){1,5}?(?:describes?|tells?|sees?|puts?|presents?|frames?)\s+it\b"
        # "Or that is the story in Windhoek.", "That, at least, is the Namibian line." (fact24)
        r"|\s*(?:or\s+)?(?:that|this)\s*,?\s+(?:at\s+least\s*,?\s+)?(?:is|was)\s+(?:at\s+least\s+)?(?:the|their|its"
        r"|[\w.'-]+(?:'s|s'))\s+(?:[\w-]+\s+)?(?:story|version|line|account|claim|position)\b(?!\s+of\b)"
        # "La Paz has yet to respond to the claim.", "La Paz called the accusation a provocation."
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:(?:has|have|had)\s+(?:not\s+)?(?:yet\s+)?(?:to\s+)?|did\s+not\s+(?:immediately\s+)?)?"
        r"(?:respond|reply|replied|comment|react)\w*\s+(?:to|on)\s+(?:the|that|this|these|those|such)\s+(?:[\w-]+\s+)?"
        r"(?:claims?|charges?|accusations?|allegations?|account)\b"
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:calls?|called|branded|brands?|labell?ed|describ\w+)\s+(?:the|that|this|these"
        r"|those|such)\s+(?:[\w-]+\s+)?(?:claims?|charges?|accusations?|allegations?|account)\b"
        # "La Paz says the opposite.", "La Paz has a different version.", "Its account is very different."
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:says?|said|insists?|insisted|maintains?|maintained)\s+the\s+opposite\b"
        r"|\s*(?:[\w.'-]+\s+){1,5}?(?:has|have|had|gave|gives|offers?|offered|tells?|told)\s+an?\s+(?:very\s+|quite\s+"
        r"|rather\s+|entirely\s+|completely\s+)?(?:different|opposing|conflicting|contrary)\s+(?:version|account|story)\b"
        r"|\s*(?:[\w.'-]+\s+){0,3}?[\w.'-]+(?:'s|s')\s+(?:own\s+)?(?:version|account|story)\s+(?:(?:of\s+events\s+)?"
        r"(?:is|was)\s+(?:very\s+|quite\s+|rather\s+|entirely\s+|completely\s+)?different|differs|differed)\b"
        # "Everyone on our side of the fence knows it.", "Few in Aflao doubt it.", "It is an open secret."
        r"|\s*(?:everyone|everybody|anyone|people|locals|residents)\s+(?:[\w.'-]+\s+){0,7}?(?:knows?|knew|believes?"
        r"|says?|suspects?|whispers?)\s+(?:it|this|that|so|as\s+much)\s*[.!]?\s*$"
        r"|\s*(?:few|nobody|no\s+one)\s+(?:[\w.'-]+\s+){0,7}?doubts?\s+(?:it|this|that)\b"
        r"|\s*(?:it|this|that)\s+is\s+an\s+open\s+secret\s*[.!]?\s*$"
        # "The source asked not to be named.", "The officials spoke on condition of anonymity."
        r"|\s*(?:the|both|all|these|those|he|she|they)\s+(?:[\w-]+\s+){0,2}?(?:asked|requested|spoke|declined|agreed"
        r"|talked)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity|on\s+(?:the\s+)?condition\s+of\s+anonymity"
        r"|to\s+be\s+(?:named|identified)\s+only)\b",
        re.I,
    )
    """The next sentence names the source of the one before or contests it (neverfact20): "The
    account came from Peruvian officials.", "That is how officials describe it.", "La Paz has yet to
    respond to the claim.", "La Paz called the accusation a provocation.", "La Paz says the
    opposite.", "Bolivia's account is very different." Not a bare "X has not commented.", which
    may follow the article's own report."""
    DENIED_NEXT_WORDS = required(DENIED_NEXT.pattern, DENIED_NEXT.flags)
    UNVERIFIED_NEXT_WORDS = required(UNVERIFIED_NEXT.pattern, UNVERIFIED_NEXT.flags)
    SOURCED_NEXT_WORDS = required(SOURCED_NEXT.pattern, SOURCED_NEXT.flags)
    """Words one of which every match of :attr:`DENIED_NEXT`, :attr:`UNVERIFIED_NEXT` and
    :attr:`SOURCED_NEXT` holds (:func:`~kb.extract.opening.may_hold`: the quick test, as plain
    strings, before the patterns under ``re.I``; most next sentences hold none)."""

    CHARGE_MADE = re.compile(
        r"\b(?:made|makes|levell?ed|levels|repeated|repeats|voiced|voices|aired|airs)\s+(?:the|that|this|these|those"
        r"|such)\s+(?:charges?|accusations?|claims?|allegations?)\b"
        r"|^\s*such\s+(?:is|was|are|were)\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:charges?|accusations?"
        r"|claims?|allegations?|account|version|story)\b"
        r"|^\s*(?:the|that|this|these|those|both|all|such|each\s+of\s+the)\s+(?:[\w-]+\s+)?(?:charges?"
        r"|accusations?|claims?|allegations?)\s+(?:all\s+)?(?:comes?|came|originat\w+)\s+from\b",
        re.I,
    )
    """A sentence that says the one before was someone's charge: "Somalia's president made the charge
    on Monday.", "Such is the charge from Tehran.", "Both charges come from Yerevan." (the last two:
    neverfact15). After a title, the lede's first sentence that says so makes the title theirs."""
    CHARGE_MADE_WORDS = required(CHARGE_MADE.pattern, CHARGE_MADE.flags)

    def _charge_made(self, text: str) -> bool:
        """:attr:`CHARGE_MADE` in ``text``; first the quick test of the words every match holds
        (:data:`CHARGE_MADE_WORDS`, lower case: on an ASCII text only, as ``re.I`` folds more)."""
        if not may_hold(self.CHARGE_MADE_WORDS, text, caseless=True):
            return False
        return self.CHARGE_MADE.search(text) is not None

    def _charge_made_next(self, line: Line, n: int, se: int) -> bool:
        """Does the next sentence say the one ending at ``se`` was someone's charge (:attr:`CHARGE_MADE`)?"""
        nxt = self._next_sentence(line, n, se)
        return bool(nxt and self._charge_made(self.norm[nxt[0] : nxt[1]]))

    def _after_speech(self, ss: int) -> bool:
        """Does a sentence at ``ss`` follow someone's words closely (within 250 characters)?"""
        return any(c.speaker != "article" and -5 <= ss - c.end < 250 for c in self.claims)

    HEDGED = re.compile(
        r"\b(?:reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)"
        r"\s+(?:widely\s+|also\s+)?(?:(?:said|believed|thought|understood|reported|alleged|rumou?red)\s+to"
        r"|held\s+responsible(?=\s+for\b)))\b",
        re.I,
    )
    """The hedges by which the article passes on what it cannot source: "X is reportedly ...",
    "Y is said to ...", "Z is held responsible for ..." (fact24)."""
    HEDGED_WORDS = ("reported", "alleged", "purportedly", "supposedly", "said", "believed", "thought",
                    "understood", "rumo", "held")  # fmt: skip
    """What every match of :attr:`HEDGED` holds, in lower case: an ASCII clause whose lower case
    holds none of them has no hedge (under ``re.I`` an ASCII text matches ASCII words only where
    its lower case holds them); the quick test before the pattern, tried at every position."""

    def _hedged_only(self, ss: int, se: int) -> int | None:
        """Where an allegation the article passes on in no one's name ends, or None: a clause
        with a hedge of :attr:`HEDGED` and an actor, and no one who says it (no other word of
        attribution, no long quotation), not already someone's claim; it ends before the next
        clause (", although officials say ..."). Its claim is the unknown speaker's, alleged."""
        st = self.norm[ss:se]
        low = st.lower()
        if st.isascii() and not any(w in low for w in self.HEDGED_WORDS):
            return None  # no hedge (the quick test of HEDGED_WORDS)
        hm = self.HEDGED.search(st)
        if hm is None or st.rstrip().endswith("?"):
            return None
        cut = re.compile(r",\s+(?:and|but|although|though|while|whereas|which|who|as|with)\b|;|\s[-\u2014]\s")
        nxt = cut.search(st, hm.end())
        end = ss + nxt.start() if nxt else se
        rest = self.HEDGED.sub(lambda m: "x" * len(m.group()), self.norm[ss:end])
        if any(len(q.split()) > 4 for q in DQUOTE.findall(rest)) or self.d.attribution_re.search(rest):
            return None
        if self.covered(ss, end) or not (
            any(self.actors[m.actor]["type"] != "media" for m in self.mentions_in(ss, end))
            or self.d.demonym_re.search(self.norm[ss:end])
            or self._named_before_hedge(self.norm[ss:end])
            or self.SUBJECT_HEDGED.match(self.norm, ss, end)
        ):
            return None
        return end

    CHARGE_NOUN = re.compile(
        r"\s*(?:(?:the|such|new|fresh|persistent|growing|unconfirmed)\s+)?(?:charges?|claims?|accusations?|allegations?"
        r"|suspicions?|reports?|rumou?rs?)\s+that\s"
        r"|\s*there\s+(?:is|are|were|was|have\s+been|has\s+been)\s+(?:(?:also|long|growing|persistent|unconfirmed|new"
        r"|fresh|widespread)\s+)*(?:charges?|claims?|accusations?|allegations?|suspicions?|reports?|rumou?rs?)\s+that\s",
        re.I,
    )
    """A sentence that opens with a charge carried by a noun, in no one's name: "The charge that ...",
    "Reports that ...", "The suspicion that ...", "There are accusations that ..." (neverfact18)."""

    def _charge_unnamed(self, ss: int, se: int) -> int | None:
        """Where a charge the article passes on in no one's name ends (:attr:`CHARGE_NOUN`), or None:
        as :meth:`_hedged_only`, its clause names an actor and no one who makes the charge, and ends
        before the next clause (", and Minsk denies it"). Its claim is the unknown speaker's, alleged."""
        cm = self.CHARGE_NOUN.match(self.norm, ss, se)
        if cm is None:
            return None
        cut = re.compile(r",\s+(?:and|but|although|though|while|whereas|which|who|as|with)\b|;|\s[-\u2014]\s")
        nxt = cut.search(self.norm, cm.end(), se)
        end = nxt.start() if nxt else se
        rest = self.norm[cm.end() : end]
        if any(len(q.split()) > 4 for q in DQUOTE.findall(rest)) or self.d.attribution_re.search(rest):
            return None  # "Reports that X, carried by state radio, ...": a source named
        if self.covered(ss, end) or not (
            any(self.actors[m.actor]["type"] != "media" for m in self.mentions_in(cm.end(), end))
            or self.d.demonym_re.search(rest)
        ):
            return None
        return end

    CHARGE_MADE_BY = re.compile(
        r"\s*(?:that|this|the|such|these|those|similar)\s+(?:[a-z]+\s+)?(?:charges?|claims?|accusations?"
        r"|allegations?)\s+(?:has|have|had|was|were|is|are)\s+(?:(?:long|often|repeatedly|also|already)\s+)?"
        r"(?:been\s+)?(?:made|levell?ed|raised|repeated|voiced|aired|pressed)\s+by\s",
        re.I,
    )
    """A sentence whose subject is a charge someone has made: "That charge has been made by Israeli
    officials before, and Egypt has always rejected it": the makers' charge again, alleged, not the
    article's report (it was drafted as the article's rejection, overlapping the charge)."""

    CHARGE_CLAUSE_END = re.compile(r",\s+(?:and|but|although|though|while|whereas|which)\b|;")
    NEXT_CLAUSE = re.compile(r"[\s,;]*(?:and\s+)?")
    """Where the charge's clause ends, and where the next clause's words begin ("..., and Egypt ...")."""

    def _made_charge(self, line: Line, ss: int, se: int) -> int | None:
        """The charge of :attr:`CHARGE_MADE_BY` drafted as its makers' (the first actor after "by";
        the unknown speaker when none is drafted), alleged, an accusation; where its clause ends
        (before ", and ...", ";"), or None when the sentence does not open so."""
        cm = self.CHARGE_MADE_BY.match(self.norm, ss, se)
        if cm is None:
            return None
        nxt = self.CHARGE_CLAUSE_END.search(self.norm, cm.end(), se)
        end = nxt.start() if nxt else se
        makers = [m for m in self.mentions_in(cm.end(), end) if self.actors[m.actor]["type"] != "media"]
        who = makers[0].actor if makers else self.unknown()
        claim = self.add_claim(who, ss, end, form=line.form, direct=False, status="alleged")
        if claim is not None:
            claim.kind = "accusation"
        return end

    OPEN_TAIL = re.compile(r"[\s,;\"\u201d]*(?:and|but|although|though|while|whereas)\s+")

    def _open_tail(self, ss: int, se: int) -> tuple[int, int] | None:
        """The clause after the last drafted claim of a sentence when a conjunction opens it and no
        claim covers it ("..., although Guatemala is believed to ..."), else None (neverfact18)."""
        low = self.norm[ss:se].lower()
        if not any(w in low for w in self.HEDGED_WORDS):
            return None  # no hedge (the quick test of :meth:`_hedged_only`, which is all it is for)
        last = max((c.end for c in self.claims if ss <= c.start < se), default=None)
        if last is None or last >= se:
            return None
        m = self.OPEN_TAIL.match(self.norm, last, se)
        if m is None or self.covered(m.end(), se):
            return None
        return m.end(), se

    SUBJECT_HEDGED = re.compile(
        r"[\s\W]*(?:[\w'-]+\s+){1,6}?"
        r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:also\s+)?(?:reportedly|allegedly|(?:is|are|was|were|have\s+been"
        r"|has\s+been)\s+(?:also\s+)?(?:said|believed|thought|reported)\s+to(?!\s+(?:the|an?|its|their|[A-Z])\b))\b"
    )
    """A sentence whose subject, a common noun, is followed by its hedge ("The gunmen reportedly
    fled ...", "Two armoured vehicles were reportedly moved ...", "The soldiers are believed to have
    crossed back ..."): the article passes on what it cannot source, even with no actor named; the
    unknown speaker's allegation, never the article's fact (audit21: dm-, do-, dq-, dy-)."""

    def _named_before_hedge(self, st: str) -> bool:
        """Does ``st`` open with a capitalised name the hedge follows ("RED-Tabara has reportedly
        claimed ...", "The Wagner Group is said to ..."): an actor the gazetteer does not know."""
        nm = re.match(
            r"[\s\W]*(?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?:(?:has|have|had|is|are|was|were)\s+)?",
            st,
        )
        return bool(nm and self.HEDGED.match(st, nm.end()))

    def _unknown_speaker(self, line: Line, ss: int, se: int) -> None:
        """A grouping named in words the drafter cannot attribute: alleged, by an unknown speaker."""
        self.add_claim(self.unknown(), ss, se, form=line.form, direct=False, status="alleged")

    def _stated(self, line: Line, ss: int, first: int, se: int | None = None) -> bool:
        """A sentence with no cue is the article's claim when an actor is its subject, the first
        thing it names (at ``first``), or when it names two actors or more after a subject of
        its own ("The 2022 agreement, brokered by the United States, allowed Israel to ...",
        "Last month a Chinese cutter sailed into Indonesia's zone") and reports rather than
        guesses (no "could", "may", "whether"). Not a demonym alone: "Rwandan troops are
        fighting ..." is too often an allegation that the article attributes elsewhere."""
        if line.form == "headline":  # the title, not a section heading ("The Kremlin's Signal")
            return self._is_title(line)
        if first - ss - self._dateline(line) * (ss == line.start) > 30 and (
            se is None
            or len({m.actor for m in self.mentions_in(ss, se) if self.actors[m.actor]["type"] != "media"}) < 2
            or self.GUESSED.search(self.norm[ss:se])
        ):
            return False
        return not self._after_words(ss)

    GUESSED = re.compile(
        opening(r"\b(?:could|might|may|would|whether|perhaps|if)\b|\b(?:shows?|showed|shown|suggest\w*|indicat\w*"
        r"|reveal\w*|prove[sdn]?|confirm\w*|mean[st]?|impl(?:y|ies|ied))\s+that\b", re.I),
        re.I,
    )
    """A sentence that guesses, weighs what may happen or gives what something shows ("Documents
    obtained by X show that ..."): someone's reading, not the article's report."""

    def _is_title(self, line: Line) -> bool:
        """Is ``line`` the article's title (its first line, a headline)?"""
        return line.form == "headline" and line is next(ln for ln in self.lines if ln.text.strip())

    LEDE_DATELINE = re.compile(
        r"[A-Z][A-Z .'/-]{2,}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,|\s*\(|\s+-))?"  # "TRIPOLI, Libya"
        r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]{0,40}\)\s*)?[-:]\s*"
    )
    """The dateline that opens a lede (see :meth:`_dateline`, asked some 40 times an article), compiled
    once. Not named DATELINE: :class:`~kb.extract.drafter.Draft` puts ActorRules, whose DATELINE (a
    dateline anywhere) would win, first."""

    def _dateline(self, line: Line) -> int:
        """The length of a dateline that opens the lede ("TAIPEI, May 12 (Wire) - ") or of a live
        blog entry's time ("14:05 - ", "[10:32] ", fact28), or 0."""
        dm = self.LEDE_DATELINE.match(line.text) or self.ENTRY_TIME.match(line.text)
        return dm.end() if dm else 0

    ENTRY_TIME = re.compile(
        r"\[?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT|local(?:\s+time)?))?\]?"
        r"(?:\s*[-\u2013\u2014:]+\s*|\s+)(?=[A-Z\[\"'])",
        re.I,
    )
    """The time that opens a live blog's entry ("14:05 - ", "[10:32] ", "8.45am: ", "10:20 BST "): the
    entry's words open after it, as a lede's after its dateline (fact28)."""

    COLON_LABEL = re.compile(r"[^:]{2,40}:\s")
    STAMPED_LABEL = re.compile(
        r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local))?\s*[-\u2013\u2014]?\s+)"
        r"([^:\d][^:]{1,38}):\s",
        re.I,
    )
    """A body line of a live blog that opens with its time, then a speaker's name and a colon."""

    def attributed(self, start: int, end: int, *, acts: bool = False) -> bool:
        """Does ``[start, end)`` say whose words it carries, or hedge them?

        With ``acts`` (a headline's clause), a verb of saying followed by the one it addresses or
        by "of", "for", "over", "against" is an act the headline reports, not a quotation: "Egypt
        Warns Ethiopia Over Nile Dam", "African Union Calls for Talks".
        """
        st = self.norm[start:end]
        quoted = (DQUOTE.findall(st) if '"' in st else []) + (SQUOTE.findall(st) if "'" in st else [])
        form = self.lines[self.line_of(start)].form
        headline = form == "headline"
        scare = headline and all(len(q.split()) <= 4 for q in quoted)  # 'Rejects "Security Guarantee" Demand'
        labelled = headline or form == "bullet"
        if labelled and self.COLON_LABEL.match(st) and self._label_speaks(start, start + st.index(":")):
            return True  # "Kremlin: Kyiv plotting attack": the words of whoever comes before the colon
        if form == "body" and (stamp := self.STAMPED_LABEL.match(st)) and self._label_speaks(
            start + stamp.start(1), start + stamp.end(1)
        ):
            return True  # a live blog's "09:14 Kenyan police: Ugandan troops crossed ..." (fact23)
        return bool(
            (quoted and not scare)
            or (not scare and '"' in st.strip().rstrip('"').lstrip('"')[1:])  # the other mark is elsewhere
            or self._unnamed_match(self.d.attribution_re, start, end, acts=acts)
            or self.d.has_hedge(st)  # the article's own allegation: never drafted as its fact
            or self._sourced(st)  # "..., per a leaked report", "... (UN experts)"
            or self.d.has_speculation(st)  # "Uganda may have armed them": the writer's guess
            or self._unnamed_match(self.d.bloc_word_re, start, end)
        )

    SOURCED_BRANCHES = (  # "To Kampala, ...": its view; "per a leaked report"
        r"^\s*(?:(?:To|For)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?(?:'s\s+[a-z]+)?"
        r"|From\s+where\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s+(?:sits|stands|sat|stood))\s*,\s",  # (fact24)
        r"\bper\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:reports?|sources?|officials?|statements?|documents?|memo|study|assessment|intelligence|diplomats?)\b",
        r"\((?:[^()]{0,40}\s)?(?:experts?|officials?|sources?|report|panel|monitors|analysts|diplomats"
        r"|intelligence|says|said|according|citing|via|police|army|military|ministry|witnesses|residents"
        r"|activists)\b[^()]{0,30}\)\s*[.!]?\s*$",  # (fact24: "... (Namibian police).")
        r",\s+(?:[\w-]+\s+){0,7}(?:suspect|suspects|fear|fears|believe|believes|charged|charges"
        r"|(?<!the )(?<!a )charge|allege|alleges|shows?|showed"
        r"|indicates?|indicated|suggests?|suggested|reveals?|revealed|found|finds|reads?|estimates?|estimated"
        r"|agree|agrees|recall|recalls|recalled|remember|remembers|remembered|swear|swears|swore|testify"
        r"|testifies)\s*[.!]?\s*$"  # (fact24: "..., witnesses agree.", "..., the survivors recall.")
        # fact24: "..., by the fishermen's account.", "..., on the evidence of ...", "..., if X is right."
        r"|,\s+(?:by|on)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+(?:'s|s')\s+(?:own\s+)?account\b[^,]*$"
        r"|,\s+on\s+the\s+(?:evidence|word|testimony)\s+of\b[^,]*$"
        r"|,\s+if\s+(?:[\w'.-]+\s+){1,5}?(?:is|are|was|were)\s+(?:right|correct|to\s+be\s+believed|telling\s+the\s+truth)"
        r"\s*[.!]?\s*$"
        # fact24: "A, Windhoek's argument goes, B.", "A, the thinking in Windhoek goes, B."
        r"|,\s+(?:[\w'.-]+\s+){0,3}?(?:argument|thinking|reasoning|logic|version|story|line)\s+(?:in\s+[\w'.-]+\s+)?"
        r"(?:goes|runs|went|ran)\s*,"
        # fact24: "..., goes the Namibian version.", "..., charges Windhoek.", "..., which Gaborone disputes."
        r"|,\s+(?:so\s+)?(?:goes|runs|went|ran)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:version|argument|story|account|line"
        r"|thinking|reasoning|theory|claim)\b[^,]*$"
        r"|,\s+(?:charges|alleges|contends|counters|argues|insists|claims)\s+[A-Z][^,]{0,60}$"
        r"|,\s+(?:which|something|a\s+(?:charge|claim|version|view)|an\s+(?:accusation|allegation|account))\s+"
        r"(?:[\w'.-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:disputes?|disputed|rejects?|rejected|contests?"
        r"|contested|denies|denied|deny)\b[^,;]*$",
    )
    SOURCED = re.compile("|".join(SOURCED_BRANCHES), re.I)
    SOURCED_EACH = tuple(re.compile(b, re.I).search for b in SOURCED_BRANCHES)
    """A source named beside the claim, without a verb of saying: "per a leaked report", a
    bullet's trailing "(UN experts)", "..., diplomats suspect.", "..., leaked documents show.",
    "..., a soon to be published book will reveal." (up to seven words before the verb).
    Whoever it is, the sentence is not the article's fact."""

    def _sourced(self, text: str) -> bool:
        """``SOURCED.search(text)`` as a truth value, branch by branch (:attr:`SOURCED_EACH`): the
        alternation tries its four branches at every position of a sentence, while alone the
        first is tried at its start only, the last two skip to their "(" or "," at C speed, and
        the second ("per a leaked report") only where its word is (in an ASCII text, whose lower
        case holds "per" wherever the pattern under ``re.I`` can match it)."""
        start, per, bracket, comma = self.SOURCED_EACH
        if start(text) or (("(" in text) and bracket(text)) or ("," in text and comma(text)):
            return True
        return (not text.isascii() or "per" in text.lower()) and per(text) is not None

    def names_grouping(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` name a grouping outside a known actor's name: a grouping word
        ("axis", "blocs", "proxies", not "in front of"), a quoted group name ("the "Shield
        Union""), a bloc noun after a verb of forming? Such words are never the article's fact."""
        if self._unnamed_match(self.d.bloc_word_re, start, end):
            return True
        span = self.named_grouping(start, end)  # (not "formed the Alliance of Sahel States": a known one)
        return span is not None and self.named_alliance(*span) is None

    def _label_speaks(self, start: int, end: int) -> bool:
        """Is a headline's label before a colon a speaker ("Kremlin: ...", "Egypt's FM: ...") rather
        than a rubric ("Analysis: ...", "Greenland's Balancing Act: ...")? Only when it is a name."""
        ms = self.mentions_in(start, end)
        if not ms:
            return False
        rest = self.norm[start : ms[0].start] + self.norm[ms[-1].end : end]
        return len(re.findall(r"[A-Za-z]+", rest.replace("'s", ""))) <= 1

    @by_span
    def _grouping_word_in(self, start: int, end: int) -> bool:
        """Might ``[start, end)`` hold a grouping word? False only where the quick test of
        ``Drafter.bloc_word_hint`` finds none of the words in an ASCII text (``bloc_word_re`` then
        matches nothing there). Kept by span: several rules ask about the same claim or sentence
        (more than half the asks repeat one)."""
        st = self.norm[start:end]
        hint = self.d.bloc_word_hint
        return hint is None or not st.isascii() or hint.search(st.lower()) is not None

    def _unnamed_match(self, pattern: re.Pattern[str], start: int, end: int, *, acts: bool = False) -> bool:
        """Does ``pattern`` match in ``[start, end)`` outside an actor's name? "The United States",
        "the Polisario Front": a word of saying or grouping inside a name is part of the name.
        With ``acts``, a match followed by an actor or by "of/for/over/against" does not count."""
        if pattern is self.d.bloc_word_re and not self._grouping_word_in(start, end):
            return False  # no grouping word at all (see Drafter.bloc_word_hint)
        if pattern is self.d.attribution_re and self.d.attribution_hint is not None:
            st = self.norm[start:end]
            if st.isascii() and not self.d.attribution_hint.search(st.lower()):
                return False  # no word of attribution at all (the same quick test)
        ms = self.mentions_in(start, end)
        names = [(m.start, m.end) for m in ms]
        text, scan, not_grouping = self.norm[start:end], pattern, self.d.not_grouping_re
        if text.isascii() and pattern.pattern in self.d.twins:  # the same matches, on the lower case
            # (sooner; the words found are only ever compared in lower case below)
            text, scan = text.lower(), self.d.twins[pattern.pattern]
            not_grouping = self.d.twins.get(not_grouping.pattern, not_grouping)
        if pattern is self.d.bloc_word_re:  # "in front of", "a refugee camp": no grouping
            names += [(start + x.start(), start + x.end()) for x in not_grouping.finditer(text)]
        for m in scan.finditer(text):
            at = start + m.start()
            if any(a <= at < b for a, b in names):
                continue
            after = self.norm[start + m.end() : end]
            if (
                acts
                and not re.match(r"(?i:accus|blam|alleg|claim)", m.group())
                and (
                    re.match(r"\s+(?:of|for|over|against)\b", after, re.I)
                    or (
                        m.group().lower() not in self.d.rules["characterising_verbs"]  # "Calls Kyiv 'Regime'"
                        and any(
                            re.fullmatch(r"\s+(?:the\s+)?", self.norm[start + m.end() : x.start])
                            and not re.match(  # "Analyst Warns Kenya Is Arming Rebels": a quotation after all
                                r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|plans?|\w+ing)\b",
                                self.norm[x.end : end],
                                re.I,
                            )
                            for x in ms
                        )
                    )
                )
            ):
                continue
            if self._denial(start, at, m.group(), after):
                continue
            if pattern is self.d.attribution_re and self._speech_act(start, at, m.group(), after):
                continue
            if pattern is self.d.attribution_re and (
                self._states_noun(start, at, m.group()) or self._territorial(m.group(), after)
            ):
                continue
            return True
        return False

    THAT_AFTER = re.compile(r"\s+that\b")
    NEGATED_BEFORE = re.compile(r"\b(?:not|never|no longer|declined to|refused to)\s+(?:\w+\s+)?$")
    SAID_NOTHING = re.compile(r"\s+(?:little|nothing|not\s+a\s+word|no\s+more)\b")
    SAID_LITTLE = re.compile(
        r"\s+(?:little|nothing|not\s+a\s+word|no\s+more)\s*(?:[.,;]|$|(?:in|about|on|of|publicly|since|so"
        r"|to|at|during|beyond|else|more|further|new)\b)"
    )
    """ "has said little in public", "said nothing about the talks": no words (not "said nothing had
    changed": what was said is that nothing had)."""

    def _speech_act(self, start: int, at: int, word: str, after: str) -> bool:
        """A word of saying that reports an act, not words the sentence carries: negated ("did
        not say", "has not claimed"), or followed by what is asked for or warned against ("called
        for an immediate ceasefire", "warned against any change"), or "an estimated" figure.
        Not when a quotation or a "that" clause follows: those are someone's words."""
        if '"' in after or self.THAT_AFTER.match(after):
            return False
        before = self.norm[max(start, at - 25) : at].lower()
        low = word.lower()
        if self.NEGATED_BEFORE.search(before):
            return low not in ("according to",)
        if low in ("called", "calls", "warned", "warns", "urged", "urges") and re.match(
            r"\s+(?:for|against)\b", after
        ):
            return True
        if low.startswith("argu") and re.match(
            r"\s+(?:(?:for|since)\s+(?:[\w-]+\s+){1,2})?(?:over|about|with\s+each\s+other)\b", after
        ):
            return True  # "A and B have argued for decades over the border": a quarrel, not words
        if self.SAID_NOTHING.match(after):
            return True  # "the ministry at first said little": silence, not words
        if low.startswith("add") and re.match(
            r"\s+(?:(?:another|a|an|new|fresh|yet\s+another)\s+)(?:[\w-]+\s+)?(?:layer|dimension|twist|complication"
            r"|wrinkle|element|level|voice)s?\b|\s+to\s+(?:the\s+)?(?:pressure|tension|tensions|strain|confusion)\b",
            after,
        ):
            return True  # "Beijing adds another layer": an act, not words
        return low == "estimated" and before.endswith("an ")

    CLAIMED_PLACE = re.compile(
        r"\b(?:which|that)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:(?:also\s+)?(?:claims?|claimed)\s+and\s+)?$"
    )

    def _claimed_place(self, before: str, verb: str) -> bool:
        """ "the islands, which China claims and calls the Diaoyu", "waters that Kinshasa claims as its
        own": a claim to a place, or a name for it, in a clause about the place; no words said."""
        return verb.lower() in ("claims", "claimed", "claim", "calls", "called") and bool(
            self.CLAIMED_PLACE.search(before)
        )

    OWNED_BEFORE = re.compile(r"(?:\w's|\ws'|\b(?:its|their|his|her|our))\s+(?:[a-z-]+\s+){0,2}$")
    OWNED_NOUN = re.compile(
        r"(?:claims|reports|calls|demands|promises)\s*(?:[,.;]|(?:had|have|are|were|would|will|could|may"
        r"|might|remain|lack|in|to|over|on|of|and|or|for|about|against)\b)"
    )

    def _owned_noun(self, before: str, rest: str) -> bool:
        """ "a tribunal found that China's sweeping claims had no basis": a plural noun after a
        possessive and before its verb, not a verb of saying with the owner as its subject
        (not "Kenya's president claims the island is ...") (audit18d)."""
        return bool(self.OWNED_NOUN.match(rest)) and bool(self.OWNED_BEFORE.search(before))

    TERRITORY = re.compile(
        r"\s+(?:(?:all|part|most|much)\s+(?:or\s+(?:part|all)\s+)?of\s+(?:the\s+)?[A-Z]|sovereignty\s+over\b"
        r"|(?:\w+\s+){1,2}nautical\s+miles\b|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:islands?|islets?|territory|territories"
        r"|waters|airspace|seabed|continental\s+shelf)\b"
        r"|(?:(?:about|roughly|nearly|almost|some)\s+(?:half|a\s+third|two-thirds)\s+of\s+)?(?:the\s+)?"
        r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?=\s*[;.]|\s*,(?!\s*(?:\w+\s+)?(?:is|are|was|were|has|have|had|will"
        r"|would|could|should|must|can|may|might)\b)|\s+(?:since|for\s+(?:decades|years|a\s+century)|as\s+"
        r"(?:its|part)|in\s+full)\b))"
    )  # "Caracas has long claimed the Essequibo, a ...", "Guatemala claims about half of Belize" (audit20c)

    def _territorial(self, verb: str, after: str) -> bool:
        """ "Greece claims ten nautical miles of airspace", "Guatemala has claimed all or part of Belize":
        a claim to territory, a state's standing position, not words it says (not "claimed its
        waters were being fished": a clause, its words)."""
        tm = self.TERRITORY.match(after) if verb.lower() in ("claims", "claimed", "claim") else None
        rest = re.split(r"[,;]|\b(?:although|though|but|and)\b", after[tm.end() :])[0] if tm else ""
        return tm is not None and not re.search(
            r"\b(?:is|are|was|were|has|have|had|will|would|could|should|must|can|may|might)\b", rest
        )

    STATES_BEFORE = re.compile(
        r"(?:^|\s)(?:the|member|sovereign|coastal|littoral|island|neighbouring|neighboring|other|both|all|several"
        r"|many|some|most|few|small|rogue|failed|frontline|client|buffer|successor|signatory|contracting"
        r"|participating|individual|nuclear|independent|these|those|such|its|their|our|two|three|four|five|six"
        r"|seven|eight|nine|ten|twelve|\d+|Gulf|Baltic|Arab|African|Asian|European|Nordic|Balkan|Caribbean"
        r"|Pacific|Sahel|Central|Western|Eastern|Southern|Northern|ECOWAS|EU|NATO|ASEAN)\s+$"
    )

    def _states_noun(self, start: int, at: int, word: str) -> bool:
        """ "states" as countries, not a verb of saying: "member states", "two sovereign states",
        "the Baltic states", "Southern African states" (a determiner, a number, a region or a
        demonym before it); "The report states that ..." stays a verb."""
        if word.lower() != "states":
            return False
        before = self.norm[max(start, at - 30) : at]
        last = before.split()[-1] if before.split() else ""
        return bool(self.STATES_BEFORE.search(before)) or last in self.d.gaz.demonyms

    def _denial(self, start: int, at: int, verb: str, after: str) -> bool:
        """ "The UAE has repeatedly denied arming the RSF.", "Benin denies hosting any base.": a
        state or a body that opens the sentence denies something, in no words the text quotes:
        the denial is the article's report, as "Ethiopia rejected the charge" is. Not "denied
        that ...", and never a person's denial (that is their claim)."""
        if verb.lower() not in ("denied", "denies") or re.match(r"\s+that\b", after) or '"' in after:
            return False
        ms = self.mentions_in(start, at)
        if not ms or self.actors[ms[0].actor]["type"] in ("person", "media"):
            return False
        return bool(  # only the subject (after a bullet) before the verb, not "X did Y, a charge Z denies"
            re.fullmatch(r"\s*(?:[•◦▪*·]\s+)?(?:the\s+)?", self.norm[start : ms[0].start], re.I)
            and re.fullmatch(r"(?:\s*,\s*for\s+(?:its|their|his|her)\s+part\s*,)?"
                             r"(?:\s+(?:has|have|had|again|also|repeatedly|consistently|flatly|\w+ly))*\s+",
                             self.norm[ms[0].end : at])
        )  # fmt: skip

    def line_of(self, at: int) -> int:
        """The index of the line that holds ``at`` (its end included), found by bisection over the
        lines' starts (kept once a draft: the lines never change); StopIteration if none does."""
        starts = self.__dict__.get("_line_starts")
        if starts is None:
            starts = self._line_starts = [ln.start for ln in self.lines]
        k = bisect_right(starts, at) - 1
        if k < 0 or at > self.lines[k].end:
            raise StopIteration(at)
        return k

    OUTLET_AFTER = re.compile(r"\s*(?:the\s+)?(\S+(?:\s+\S+){0,3})")

    def _told(self, at: int) -> str | None:
        """The outlet in "told the Inquirer" / "said in an interview with X" right after ``at``."""
        m = self.OUTLET_AFTER.match(self.norm[at : at + 60])
        if not m:
            return None
        outlet = [x for x in self.mentions_in(at, at + m.end()) if self.actors[x.actor]["type"] == "media"]
        if not outlet and self.THE_OUTLET.match(self.norm, at):  # "his daughter told the paper": the paper
            named = [x.actor for x in self.mentions_in(max(0, at - 800), at)]
            media = [a for a in named if self.actors[a]["type"] == "media"]
            return media[-1] if media else None  # the last named before, not far back
        return outlet[0].actor if outlet else None

    THE_OUTLET = re.compile(
        r"\s*the\s+(?:paper|newspaper|daily|weekly|magazine|agency|news\s+agency|channel|station|broadcaster"
        r"|network|website|site)\b(?!\s+[A-Z])"
    )
    """ "told the paper", "told the agency": the outlet named last, by what it is (not "the daily X")."""

    SCHOLARS = frozenset({"lecturer", "fellow", "historian", "academic", "specialist"})
    """Who a source is, in an apposition after the name, beside the titles ("a lecturer at ...")."""

    def _appositive(self, rest: str) -> bool:
        m = re.match(
            # (whole words: not "an associ|ate professor at")
            r"\s*,\s*(?:an?|the)\s+((?:[\w-]+\s+){0,4}?)([\w-]+)(?:\s+(?:from|at|of|with|for|to)\b|\s*,)",
            rest,
        )
        if not m:
            return False
        words = f"{m.group(1)}{m.group(2)}".lower().split()
        titles = {t.lower() for t in self.d.rules["titles"]} | self.SCHOLARS
        return any(w in titles or " ".join(words[k : k + 2]) in titles for k, w in enumerate(words))

    HEADLINE_LABEL = re.compile(r"([^:\"]{2,40}):\s+")

    def _clauses(self, line: Line, n: int) -> list[tuple[int, int]]:
        out = []
        for sent in self.sents[n]:
            ss, se = line.start + sent.start_char, line.start + sent.end_char
            if line.form == "bullet":
                ss = max(ss, line.start + BULLET.match(line.text).end()) if BULLET.match(line.text) else ss
            elif ss == line.start and line.form == "body":
                ss += self._dateline(line)  # "TAIPEI, May 12 (Wire) - ": the lede starts after it
            pieces = [(ss, se)]
            if line.form == "headline":  # "X Rejects Y as Z Threatens W": two claims
                label = self.HEADLINE_LABEL.match(self.norm[ss:se])
                if label and not self._label_speaks(ss, ss + label.end(1)):
                    ss += label.end()  # "Analysis: ...", "BREAKING: ...": a label, not the claim
                cut = [ss + m.start() for m in self.HEAD_JOINTS.finditer(self.norm[ss:se])]
                # not "Japan protests as ...", "Seven dead as ...": two words are no claim of their own
                cut = [c for c in cut if self.norm[c] != " " or len(self.norm[ss:c].split()) > 2]
                # "X keeps Y shut, accuses Z", "X accuses Y; Z cries W", "X rejects Y as Z presses W"
                bounds = [ss, *cut, se]
                pieces = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
                pieces = [(a + (4 if self.norm[a : a + 4] == " as " else 0), b) for a, b in pieces]
            else:  # "X declined Y—something that Z has been championing": two claims
                pieces = self._coordinated(ss, se)
                dash = []
                if len(pieces) == 1 and "\u2014" in self.text[ss:se]:  # (most clauses have none)
                    dash = [ss + m.start() for m in re.finditer("\u2014", self.text[ss:se])]
                for at in dash:
                    left, right = (ss, at), (at + 1, se)
                    if all(self.cue(*p)[0] and self.mentions_in(*p) for p in (left, right)):
                        pieces = [left, right]
                        break
            out.extend(pieces)
        return out

    HEAD_JOINTS = re.compile(
        r"\s(?:as|while)\s(?=[A-Z]|\w+\s+\w+\s+\w)|;\s|,\s(?=[a-z]{2,}(?:s|ed)\s)"
        r"(?!(?:[a-z]+ss|this|its|his|hers|theirs|ours|yours|was|is|has|as|us|across|always|perhaps|whereas|unless"
        r"|plus|whose|towards|besides)\s)"
    )
    """Where a headline holds two claims: "X rejects Y as Z presses W", "X accuses Y; Z cries W", and
    at a comma only before a verb of the same subject, "X keeps Y shut, accuses Z" (article16). Not
    "The temples belong to the dead, not to the generals", "On Migingo, a rock in Lake Victoria,
    two governments ...", "X and Y fight over Z, mostly in print", "A is dying, and both ...": one
    claim each in the curated dev titles."""

    JOINT = re.compile(r"[;,]\s+(?:(?:and|but|yet|while|whereas)\s+)?(?:the\s+)?")
    JOINT_VERB = re.compile(
        r"(?:\s+(?!and\b|or\b)[a-z][\w'-]*){0,2}?\s+(?:is|are|was|were|has|have|had|will|would|still|also|[a-z]+ed)\b"
    )
    """Where :meth:`_coordinated` cuts a sentence, and the verb that must follow: compiled once."""

    def _coordinated(self, ss: int, se: int) -> list[tuple[int, int]]:
        """A sentence cut where an actor takes over as the subject of a new clause: "...; yet the
        Polisario Front is still firing ..., Algeria still hosts ..., and the UN mission has ...".

        A cut at ';' or at a comma (with or without "and", "but", "yet", "while") that an actor
        follows, then a verb within a few words; never inside a quotation."""
        joint, verb = self.JOINT, self.JOINT_VERB
        bounds = [ss]
        for m in joint.finditer(self.norm[ss:se]):
            at = ss + m.end()
            if self.norm[ss : ss + m.start()].count('"') % 2:
                continue  # inside a quotation
            first = self.mention_at(at)
            if first is not None and verb.match(self.norm[first.end : se]):
                bounds += [ss + m.start(), at]
        bounds.append(se)
        return [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]

    # fact28: a source tag after or before a sentence, the way wire digests, live blogs and posts
    # attribute ("... overnight (TASS).", "... - state media.", "..., via Xinhua.", "KCNA: ...")
    _TAG_NOUN = (
        r"(?:media|(?:state\s+)?(?:television|TV|radio|news\s+agency|broadcaster)|officials?|sources?|witnesses"
        r"|ministry|spokes(?:man|woman|person)|prosecutors|investigators)"
    )
    SOURCE_TAIL = re.compile(
        r"(?:\s*[(\[]\s*(?:(?:source|sources|via|credit)\s*:\s*)?(?P<paren>[^()\[\]\n]{2,40}?)\s*[)\]]"
        r"|,\s+(?:via|per)\s+(?P<via>[^,;:()\n]{2,40}?)|:\s+(?P<colon>[^,;:()\n]{2,40}?)"
        r"|\s-\s+(?P<dash>[^,;:()\n]{2,40}?))\s*[.)]?\s*$"
    )
    """A source tag at a sentence's end: in brackets, after "via" or "per", after a colon or a
    dash; what it holds is tested by :meth:`_tag_source`."""
    SOURCE_HEAD = re.compile(r"\s*(?:[-\u2022*]\s*)?(?P<who>[^:\n\"]{2,30}?)\s*:\s+$")
    """A source tag before a sentence ("TASS: ...", "State media: ...")."""

    def _whose_by_form(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Whose words the article's claim ``c`` gives by the form around it: a source tag
        (:meth:`_source_tagged`) or a list of someone's charges (:meth:`_list_item_goes_on`); the
        speaker and status, else None (fact28)."""
        return (
            self._source_tagged(line, n, c) or self._list_item_goes_on(line, n, c)
            or self._cited_evidence(line, n, c) or self._charge_named_again(c)
            or self._doers_go_on(line, n, c) or self._backer_named_again(c) or self._hedged_thing_again(c)
            or self._colon_list_item(line, n, c) or self._translated(line, n, c)
        )  # fmt: skip

    def _source_tagged(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Does a source tag say whose words the article's claim ``c`` gives: a medium or a source
        in brackets at its sentence's end ("Georgian troops shelled Tskhinvali overnight (TASS).",
        "... [state media]"), after "via" or "per" or a colon (", via Xinhua.", ": TASS."), a
        source noun after a dash that names no one the rules know ("- state media.", "- Ossetian
        officials."), or a medium as a label before it ("KCNA: South Korean drones ...")? The
        speaker and status: the medium's or the named source's, reported; an unnamed source's
        words are the unknown speaker's, alleged (fact28). Not an abbreviation after the name it
        stands for ("the State Security Service (VDD)"), nor a bracket that is no source."""
        if line.form not in ("body", "bullet"):
            return None
        ss, se = self._sentence_around(line, n, c.start) if line.form == "body" else (c.start, line.end)
        se = max(se, c.end)
        tail = self.SOURCE_TAIL.search(self.norm, ss, se)
        if tail is not None:
            group = next(g for g in ("paren", "via", "colon", "dash") if tail.group(g) is not None)
            a, b = tail.span(group)
            if group == "paren" and self._abbreviates(ss, tail.start(), self.norm[a:b]):
                return None
            return self._tag_source(a, b, media_only=group != "dash")
        head = self.SOURCE_HEAD.fullmatch(self.norm, line.start, c.start) if c.start > line.start else None
        if head is not None:
            return self._tag_source(*head.span("who"), media_only=True)
        return None

    def _tag_source(self, a: int, b: int, *, media_only: bool) -> tuple[str, str] | None:
        """The speaker and status a source tag ``[a, b)`` gives: a medium (or, unless ``media_only``,
        any actor) it names whole, or anyone's figures ("Tigray health bureau figures"), reported; a
        source noun with at most two words before it ("state media", "Ossetian officials", "local
        police"), the unknown speaker's, alleged; else None."""
        words = self.norm[a:b]
        ms = self.mentions_in(a, b)
        if ms:
            rest = "".join(ch for k, ch in enumerate(words) if not any(m.start <= a + k < m.end for m in ms))
            plain = r"\b(?:the|'s|news\s+agency|agency|state|official)(?!\w)"
            rest = re.sub(plain, "", rest, flags=re.I).strip(" ,.")
            figures = re.fullmatch(r"(?:[\w-]+\s+){0,2}(?:figures|data|estimates?|count|tally)", rest, re.I)
            if rest and not figures:
                return None  # more than a name: a clause, not a tag ("(Tigray health bureau figures)": a tag)
            who = ms[-1].actor
            if media_only and not figures and self.actors[who]["type"] != "media":
                return None
            return who, "reported"
        counted = r"\s*[A-Z][\w'-]*\s+(?:[\w'-]+\s+){0,3}(?:figures|data|estimates|count|tally)\s*"
        if re.fullmatch(counted, words):
            return self.unknown(), "alleged"  # "(Tigray health bureau figures)": someone's count
        if media_only and not re.search(r"\bmedia\b|\b(?:television|TV|radio|agency)\b", words):
            return None
        quantity = r"(?!(?:both|all|some|several|many|most|few|two|three|four|five|\d[\d,]*)\b)"
        tag = re.fullmatch(
            r"\s*(?:the\s+)?" + quantity + r"(?:[\w'-]+\s+){0,2}?" + self._TAG_NOUN + r"\s*", words, re.I
        )
        return (self.unknown(), "alleged") if tag else None

    def _abbreviates(self, ss: int, at: int, words: str) -> bool:
        """Is ``words`` (a bracket's content at ``at``) the abbreviation of the name right before it
        ("the Korean Central News Agency (KCNA)", "Reuters news agency (Reuters)"): its letters the
        initials of the capitalised words there, or the same actor named right before?"""
        before = self.norm[max(ss, at - 120) : at].split()[-8:]
        caps = "".join(w[0] for w in before if w[:1].isupper())
        if re.fullmatch(r"[A-Z][A-Za-z]{1,7}", words) and words.upper() in caps.upper():
            return True
        inside = {m.actor for m in self.mentions_in(at, at + len(words) + 4)}
        return any(m.actor in inside and at - m.end <= 2 for m in self.mentions_in(max(ss, at - 120), at))

    # fact28: the later items of a list of someone's charges, past its first item
    ITEM_FIRST = re.compile(
        r"\s*(?:[-\u2013\u2014]\s*)?(?:First(?:ly)?,|First\s+of\s+all,|\(?(?:a|i|1)[.)]\s)"
    )
    ITEM_LATER = re.compile(
        r"\s*(?:[-\u2013\u2014]\s*)?(?:(?:Second|Third|Fourth|Fifth|Sixth|Seventh)(?:ly)?,|Finally,|Lastly,"
        r"|\(?(?:[b-h]|ii|iii|iv|v|vi|[2-9])[.)]\s)"
    )
    """An enumerated item past the first ("Second, ...", "Finally, ...", "(b) ...", "3) ...") and the
    first ("First, ...", "(a) ...", "1) ...")."""
    LIST_LEAD = re.compile(
        r"\b(?:makes?|made|lists?|listed|sets?\s+out|lays?\s+out|laid\s+out|raises?|raised|levels?|levell?ed"
        r"|rests?\s+on|has|had)\s+(?:two|three|four|five|six|several|a\s+number\s+of|a\s+series\s+of|a\s+string\s+of)"
        r"\s+(?:[\w-]+\s+)?(?:points|charges|claims|accusations|allegations|complaints|grievances|arguments|counts)\b",
        re.I,
    )
    """A sentence that announces a list of someone's points ("Kinshasa makes two points.")."""

    def _list_item_goes_on(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Is the article's claim ``c`` an enumerated item past the first ("Second, Kigali sells
        ...", "(b) Baku moved ...") of a list whose first item ("First, ...", "(a) ...") is in its
        paragraph or a few lines above it, and that list someone's: a claim of someone's on an
        earlier item, or a lead-in right before the first item that announces a list of someone's
        points ("Kinshasa makes two points.") or that says whose words follow ("According to the
        complaint:")? The item is theirs too, never the article's fact (fact28). The speaker and
        status (an earlier item's speaker, reported at most; an announcer's; else the unknown
        speaker's, alleged), else None. A first item under such a lead-in is tested the same way."""
        if line.form not in ("body", "bullet"):
            return None
        ss = self._sentence_around(line, n, c.start)[0] if line.form == "body" else line.start
        later = self.ITEM_LATER.match(self.norm, ss, c.end)
        if later is None and self.ITEM_FIRST.match(self.norm, ss, c.end) is None:
            return None
        if ss == line.start and len(self.sents[n]) != 1:
            return None  # a numbered paragraph of several sentences ("(6) Austria respects ..."): no item
        items: list[tuple[int, int]] = []  # the sentences of the list before ``c``, back to its first item
        for k in range(n, max(-1, n - 9), -1):
            ln = self.lines[k]
            if ln.form == "headline" or (k < n and ss == line.start and len(self.sents[k]) != 1):
                break  # (a list of lines: items of one sentence each)
            for s in reversed(self.sents[k]):
                a, b = ln.start + s.start_char, ln.start + s.end_char
                if b <= ss + 1:
                    items.append((a, b))
                    if self.ITEM_FIRST.match(self.norm, a, b):
                        break
            if items and self.ITEM_FIRST.match(self.norm, *items[-1]):
                break
        if later is not None and not (items and self.ITEM_FIRST.match(self.norm, *items[-1])):
            return None  # no first item above it: a "Finally, ..." of the narrative
        first = items[-1] if later is not None else (ss, c.end)
        earlier = [x for x in self.claims if first[0] <= x.start < ss and x.speaker != "article"]
        if later is not None and earlier:
            return earlier[-1].speaker, "reported" if earlier[-1].status == "asserted" else earlier[-1].status
        lead = self._list_lead(first[0])
        if lead is None:
            return None
        a, b = lead
        st = self.norm[a:b]
        if self.LIST_LEAD.search(st) or self._announces(st):
            ms = [m for m in self.mentions_in(a, b) if self.actors[m.actor]["type"] != "media"]
            return (ms[0].actor, "reported") if ms else (self.unknown(), "alleged")
        if st.rstrip().endswith(":") and (self.attributed(a, b) or self.hearsay(a, b)):
            return self.unknown(), "alleged"
        return None

    def _list_lead(self, at: int) -> tuple[int, int] | None:
        """The sentence right before ``at`` (in its paragraph, else the last of the body line above)."""
        n = self.line_of(at)
        line = self.lines[n]
        before = [(line.start + s.start_char, line.start + s.end_char) for s in self.sents[n]
                  if line.start + s.end_char <= at + 1]  # fmt: skip
        if before:
            return before[-1]
        if n > 0 and self.lines[n - 1].form != "headline" and self.sents[n - 1]:
            prev, last = self.lines[n - 1], self.sents[n - 1][-1]
            return prev.start + last.start_char, prev.start + last.end_char
        return None

    def _under_charges_list(self, line: Line, n: int) -> bool:
        """Is line ``n`` one of a run of one-sentence items (body lines or bullets) right under a
        subhead or a lead-in line that names someone's charges ("The main accusations", "What Kinshasa
        alleges", "The allegations, in brief:")? Past its first item (:meth:`_under_charges`) the list
        goes on with those charges, never the article's fact (fact28)."""
        if line.form not in ("body", "bullet") or len(self.sents[n]) != 1:
            return False
        for k in range(n - 1, max(0, n - 8), -1):
            ln = self.lines[k]
            if ln.form not in ("body", "bullet") or len(self.sents[k]) != 1:
                return False
            if self._under_charges(k):
                return True
            head = self.REFERRED.sub(lambda m: "x" * len(m.group()), self.norm[ln.start : ln.end])
            if k < n - 1 and head.rstrip().endswith(":") and self.CHARGES_HEADING.search(head):
                return True  # "The allegations, in brief:" and its items
        return False

    CITED_WHO = re.compile(
        r"\s*(?P<subj>(?:[\w.'-]+\s+){0,5}?[\w.'-]+)\s+(?:(?:has|had|also)\s+)?(?:cited|cites|pointed\s+to|points\s+to"
        r"|referred\s+to|refers\s+to|invoked|invokes|produced|produces|quoted|quotes)\s+(?:[\w'-]+\s+){1,5}?"
        r"(?:who|that|which)\s+(?:(?:had|has|have|allegedly|reportedly)\s+)?[a-z]+(?:ed|en|wn|t|s)?\b"
    )
    """A subject that cites someone or something that did or found something ("Sudan's envoy cited a
    pilot who flew Emirati weapons into Darfur", "pointed to a study that found ..."): the act or
    the finding is the subject's evidence, their claim."""

    def _cited_evidence(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Is the article's claim ``c`` a subject citing someone or something that did or found
        something (:attr:`CITED_WHO`)? What the one cited did is the citer's claim, never the
        article's fact (fact28): the citer's, reported; the unknown speaker's, alleged, when the
        subject names no one the rules know."""
        m = self.CITED_WHO.match(self.norm, c.start, c.end)
        if m is None or line.form != "body":
            return None
        who, _near = self.subject(m.start("subj"), m.end("subj"), _Voice())
        if who is None or who == "article":
            return self.unknown(), "alleged"
        return who, "reported"

    ACT_AS_NOUN = re.compile(
        r"\b(?P<who>[A-Z][\w-]+)(?:'s|\u2019s)?\s+(?:[\w-]+\s+)?(?P<noun>backing|support|arming|funding|financing"
        r"|sponsorship|deliveries|shipments|supplies|supply|training|sheltering|harbou?ring|interference|meddling)"
        r"\s+(?:of|for|to|in|with)\s"
    )
    """A party's act named as a noun ("Rwanda's backing of the M23", "Rwandan support for the rebels",
    "Iran's drone deliveries to Russia")."""
    _CHARGE_STEMS = (
        (r"back|supp|arm|fund|financ|spons", r"(?:back|support|arm|fund|financ|sponsor|bankroll)"),
        (r"deliv|ship", r"(?:deliver|suppl|ship|sen[dt])"),
        (r"train", r"train"),
        (r"shelt|harb", r"(?:shelter|harbo)"),
        (r"interf|medd", r"(?:interfer|meddl)"),
    )
    """The verbs a charge's noun names ("support" for "backed", "deliveries" for "supplies")."""

    ARMED_OBJECT = (
        r"(?:the\s+|local\s+|armed\s+)?(?:[\w-]+\s+)?(?:rebels?|militias?|separatists?|insurgents?|fighters|gangs?"
        r"|militants|gunmen|mercenar\w+|paramilitar\w+|jihadists|terrorists?)\b"
    )

    def _charge_named_again(self, c: DraftClaim) -> tuple[str, str] | None:
        """Does the article's claim ``c`` name as a noun a party's act that someone charged it with
        before ("Kinshasa accuses Rwanda of backing the M23." then "Rwanda's backing of the M23 has
        cost it aid.")? The noun takes the charge for granted: the accuser's allegation, never the
        article's fact (fact28). Only where an earlier claim, someone's or the report of a charge,
        names the same party and the act's verb; the speaker (that claim's, else the unknown
        speaker) and "alleged", else None."""
        m = self.ACT_AS_NOUN.search(self.norm, c.start, c.end)
        if m is None:
            return None
        mention = self.mention_at(m.start("who"))
        party = mention.actor if mention is not None else self.d.gaz.demonyms.get(m.group("who"))
        if party is None:
            return None  # ("Rwandan support ...": a demonym names its state)
        obj = self.norm[m.end() : c.end].split()[:4]
        armed = re.match(self.ARMED_OBJECT, " ".join(obj), re.I) is not None
        named = {w.strip(",.;:'") for w in obj if w[:1].isupper()}
        verbs = next(v for k, v in self._CHARGE_STEMS if re.match(k, m.group("noun")))
        stem = re.compile(r"\b" + verbs, re.I)
        for x in reversed([x for x in self.claims if x.end <= c.start]):
            words = self.norm[x.start : x.end]
            charge = x.speaker != "article" or self.CHARGE_REPORTED.search(words)
            same = any(y.actor == party for y in self.mentions_in(x.start, x.end))
            what = armed or (self._stems(" ".join(obj).lower()) & self._stems(words.lower())) or any(
                w in words for w in named
            )  # (the same act on the same people: not "Rwanda's support for the peace talks")
            if charge and same and what and stem.search(words):
                return (x.speaker if x.speaker != "article" else self.unknown()), "alleged"
        return None

    DOERS_BACK = re.compile(r"\s*(?:The|These|Those)\s+(?:same\s+)?(?P<head>[a-z]{3,}s)\s+(?!of\b)")
    """A definite plural subject that points back ("The drones ...", "These same ships ...")."""

    def _doers_go_on(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Does the article's claim ``c``, a paragraph's (or a live blog entry's) first sentence,
        point back by a definite plural subject to the doers of someone's charge that ends the
        paragraph before ("Kyiv says Russian drones hit a hospital.\\n\\nThe drones were launched from
        Belgorod.")? It tells more of the same doers' act: the charge's speaker's words (reported at
        most), never the article's fact, though it names a place (fact28). Only the doers, among the
        first words of the charge; not what they acted on ("The hospital reopened on Tuesday.")."""
        if line.form != "body" or n == 0 or self.lines[n - 1].form != "body" or not self.sents[n - 1]:
            return None
        if c.start != line.start + self._dateline(line):
            return None
        m = self.DOERS_BACK.match(self.norm, c.start, c.end)
        if m is None:
            return None
        prev, last = self.lines[n - 1], self.sents[n - 1][-1]
        a, b = prev.start + last.start_char, prev.start + last.end_char
        for x in [x for x in self.claims if a <= x.start < b and x.speaker != "article"][-1:]:
            doers = self.norm[x.start : x.end].split()[:5]
            if m.group("head") in [w.strip(",.;:'\"") for w in doers]:
                return x.speaker, "reported" if x.status == "asserted" else x.status
        return None

    BACKER = re.compile(
        r"\b(?:backers?|sponsors?|patrons?|paymasters?|armou?rers?|bankrollers?)\b"
        r"|\w-(?:backed|funded|armed|sponsored|supported|financed|trained)\b"
        r"|\b(?:which|who|that|having)\s+(?:had\s+|has\s+)?(?:armed|backed|funded|bankrolled|sponsored|financed"
        r"|trained)\b"
    )
    """A party named as an armed group's backer in passing ("Kenya, the rebels' main backer, ...", "the
    Rwandan-backed M23", "the RSF's Emirati patrons", "Abu Dhabi, which armed the RSF, ...")."""
    BACKING_VERB = re.compile(r"\b(?:back|support|arm|fund|financ|sponsor|bankroll|train|patron)", re.I)

    def _backer_named_again(self, c: DraftClaim) -> tuple[str, str] | None:
        """Does the article's claim ``c`` name a party in passing as the backer of people someone
        charged it with backing before ("Somalia accuses Kenya of arming the Gedo rebels." then
        "Kenya, the rebels' main backer, sent a delegation.")? The aside takes the charge for
        granted: the accuser's allegation, never the article's fact (fact28). Only where an earlier
        charge (someone's claim or the report of a charge) of backing names both the party and the
        people backed; the speaker (that claim's, else the unknown speaker) and "alleged", else None."""
        words = self.norm[c.start : c.end]
        if self.BACKER.search(words) is None:
            return None
        here = self._parties_in(c.start, c.end)
        if len(here) < 2:
            return None
        for x in reversed([x for x in self.claims if x.end <= c.start]):
            said = self.norm[x.start : x.end]
            charge = x.speaker != "article" or self.CHARGE_REPORTED.search(said)
            both = len(here & self._parties_in(x.start, x.end)) >= 2
            if charge and both and self.BACKING_VERB.search(said):
                return (x.speaker if x.speaker != "article" else self.unknown()), "alleged"
        return None

    def _parties_in(self, start: int, end: int) -> set[str]:
        """The actors ``[start, end)`` names (by name or by a demonym) and the armed people it names
        by their noun ("rebel", "militia")."""
        found = {m.actor for m in self.mentions_in(start, end)}
        for w in re.findall(r"[A-Z][\w-]+", self.norm[start:end]):
            state = self.d.gaz.demonyms.get(w.split("-")[0])
            if state is not None:
                found.add(state)
        for w in re.findall(self.ARMED_OBJECT, self.norm[start:end], re.I):
            found.add(w.split()[-1].lower().rstrip("s"))
        return found

    HEDGED_THING = re.compile(
        r"\b(?:alleged|suspected|purported|supposed)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{4,})\b"
    )
    """A thing the article hedges ("an alleged plot by Azerbaijani agents", "the suspected saboteurs")."""

    def _hedged_thing_again(self, c: DraftClaim) -> tuple[str, str] | None:
        """Does the article's claim ``c`` open on a definite noun for a thing the article hedged
        before ("... foiled an alleged plot by Azerbaijani agents." then "The plot was discovered in
        March.")? Dropping the hedge does not make it a fact: the same words' speaker (the claim
        with the hedge, else the unknown speaker), alleged (fact28)."""
        hedged = self.__dict__.get("_hedged_things")
        if hedged is None:  # (once a draft: where each hedged noun first comes)
            hedged = {}
            for h in self.HEDGED_THING.finditer(self.norm):
                hedged.setdefault(h.group("noun"), h.start())
            self.__dict__["_hedged_things"] = hedged
        if not hedged:
            return None
        m = re.match(r"\s*The\s+(?:[A-Z][\w-]+\s+)?(?P<noun>[a-z]{4,})\b", self.norm[c.start : c.end])
        at = hedged.get(m.group("noun"), c.start) if m is not None else c.start
        if at >= c.start:
            return None
        x = [x for x in self.claims if x.start <= at < x.end and x.speaker != "article"]
        return (x[0].speaker if x else self.unknown()), "alleged"

    def _colon_list_item(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Is the article's claim ``c`` an item past the first of a list after a colon, cut by
        semicolons, whose lead says whose list it is ("Lima lists its grievances: A; B; C.",
        "According to the complaint: A; B.")? The item is the lead's speaker's (reported; the
        unknown speaker's, alleged, when the lead names no one), never the article's fact (fact28)."""
        if line.form != "body":
            return None
        ss, _se = self._sentence_around(line, n, c.start)
        colon = self.norm.rfind(":", ss, c.start)
        if colon < 0 or ";" not in self.norm[colon : c.start] or '"' in self.norm[ss:colon]:
            return None
        lead = self.norm[ss:colon]
        listed = self.LISTS.search(lead) or self.LIST_LEAD.search(lead) or self.CHARGES_HEADING.search(lead)
        if not (listed or self._announces(lead + ".") or self.attributed(ss, colon)):
            return None
        ms = [m for m in self.mentions_in(ss, colon) if self.actors[m.actor]["type"] != "media"]
        return (ms[0].actor, "reported") if ms else (self.unknown(), "alleged")

    TRANSLATION_LEAD = re.compile(
        r"^\s*(?:the\s+following\s+is\s+|below\s+is\s+|here\s+is\s+)?(?:an?\s+|the\s+)?(?:(?:full|unofficial|official"
        r"|english)\s+)?(?:translations?|translated\s+(?:text|version))\s+of\s+[^\n]{0,80}?\b(?:statement|communiqu[e\u00e9]|letter"
        r"|speech|remarks|note|declaration|message|address|interview|decree)\b"
        r"|^\s*\(?\s*(?:translated|translation)\s+(?:from|of)\s+[^\n]{0,80}?\b(?:by|of)\s",
        re.I,
    )
    """A line that says the text it leads or closes is a translation of someone's words ("The
    following is a translation of the ministry's statement.", "(Translated from a statement by the
    defence ministry.)")."""

    def _translated(self, line: Line, n: int, c: DraftClaim) -> tuple[str, str] | None:
        """Is the article's claim ``c`` in a text the article gives as a translation of someone's
        words: under a line that says so, back to the last headline, or in the paragraph right
        above a note that says so ("(Translated from a statement by the defence ministry.)")? The
        words are the translated text's issuer's (reported; the unknown speaker's, alleged, when
        the line names no one), never the article's fact (fact28)."""
        if line.form != "body":
            return None
        marks = []  # the lines above it, back to the last headline
        for k in range(n - 1, max(-1, n - 12), -1):
            if self.lines[k].form == "headline":
                break
            marks.append(k)
        below = n + 1 if n + 1 < len(self.lines) and self.lines[n + 1].form == "body" else None
        for k in [*marks, *([below] if below is not None else [])]:
            ln = self.lines[k]
            words = self.norm[ln.start : ln.end]
            if len(words.split()) > 25 or not self.TRANSLATION_LEAD.search(words):
                continue
            if k == below and not re.match(r"\s*\(?\s*(?:translated|translation)\b", words, re.I):
                continue
            follows = r"\s*(?:the\s+following|below|here)\s+is\b"
            leads = words.rstrip().endswith(":") or re.match(follows, words, re.I)
            if k != below and not leads:
                continue  # ("A translation of the statement was posted on ...": no lead to the text below)
            ms = [m for m in self.mentions_in(ln.start, ln.end) if self.actors[m.actor]["type"] != "media"]
            return (ms[0].actor, "reported") if ms else (self.unknown(), "alleged")
        return None

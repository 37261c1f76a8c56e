"""The drafter: a spaCy pipeline built from the data files, and the state of one draft."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from kb.extract.actors import ActorRules, sentence_case_label
from kb.extract.affixes import fast_affixes
from kb.extract.claims import ClaimRules
from kb.extract.learned import StanceModel
from kb.extract.opening import required
from kb.extract.rules import (
    BULLET,
    FOLD,
    ID_LENGTH,
    Branches,
    Caseless,
    DraftClaim,
    DraftFlag,
    Gazetteer,
    Line,
    Mention,
    Rules,
    Sent,
    alternation,
    fit_ids,
    fold_typography,
    lower_twin,
    remembered,
    short_id,
    slug,
)
from kb.extract.stances import StanceRules
from kb.text import find_all

CLAIM_TO = re.compile(
    r"\bclaim\s+(?:to|over)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:both|all)\s+(?:[A-Z][\w'.-]*,?\s+|(?:and|countries|sides|governments|states|nations)\s+){0,5}?claim"
    r"(?=\s*[,.;]|\s+(?:the|as|it|them)\b)(?!\s+it\s+(?:is|was|has|had)\b)"
    r"|\b(?:reject|den(?:y|ies|ied)|dismiss|disput|refut|rebuff)\w*\s+(?:the|this|that|these|those|such|any|his"
    r"|her|its|their)\s+(?:[a-z]+\s+)?claim(?=\s*(?:[.;]|$)|\s+as\b|,\s+(?:telling|saying|adding)\b)"
)
"""A state's claim to a place ("Tonga's claim to Minerva", "its claim over the Essequibo"), what
states all claim ("an area both countries claim,", "Vietnam, Taiwan and China all claim the
islands": voice22): their title, the article's report, not a hedge as "claim" is elsewhere (see
``has_hedge``). So the claim a denial answers ("Suriname rejected the claim.", "dismissed the
claim as a fantasy": reject22): the charge is someone else's, the denial the denier's reported words
(a short denial is its subject's claim, reported, as "Suriname denied the charge." is); not when the
claim's words follow ("rejects the claim, made by X, that Y": Y stays X's allegation)."""


def _counted_once_ruler(nlp: Any, name: str, phrase_matcher_attr: str | None, annotated: bool = False) -> Any:
    """spaCy's ``EntityRuler`` that checks it has patterns once, not on every document: its check
    counts every pattern of every actor ID each time, a tenth of a draft's time. ``annotated``: a
    ruler before it in the pipeline sets every token's entity annotation of every document (as the
    first ruler's ``set_ents(..., default="outside")`` does), so this one need not check it token by
    token, and writes only the entities it adds."""
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Span

    class _Ruler(EntityRuler):
        def _require_patterns(self) -> None:
            if not getattr(self, "_has_patterns", False):
                super()._require_patterns()
                self._has_patterns = len(self) > 0

        def match(self, doc: Any) -> list[tuple[int, int, int]]:
            """spaCy's matches, without calling the token ``Matcher`` the drafter gives no pattern
            (and the warning filter around it): two thirds of the ruler's time on every line."""
            if self.token_patterns:
                return super().match(doc)
            self._require_patterns()
            found = {(m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end}
            return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

        def set_annotations(self, doc: Any, matches: list[tuple[int, int, int]]) -> None:
            """spaCy's ``set_annotations`` (same entities, same order), with the tokens already in
            an entity gathered once instead of a ``Span`` and its tokens built for every match."""
            self.added = (doc, [])
            if not matches and (self.annotated or doc.has_annotation("ENT_IOB", require_complete=True)):
                return  # nothing new, and every token's entity annotation is set (by the ruler before;
                # none of the drafter's components blocks a token): ``set_ents`` would write the same
            entities = list(doc.ents)
            typed = {i for e in entities for i in range(e.start, e.end)}
            new_entities = []
            seen_tokens: set[int] = set()
            for match_id, start, end in matches:
                if not self.overwrite and not typed.isdisjoint(range(start, end)):
                    continue
                if start not in seen_tokens and end - 1 not in seen_tokens:  # spaCy checks the ends only
                    if match_id in self._ent_ids:
                        label, ent_id = self._ent_ids[match_id]
                        span = Span(doc, start, end, label=label, span_id=ent_id)
                    else:
                        span = Span(doc, start, end, label=match_id)
                    new_entities.append(span)
                    entities = [e for e in entities if not (e.start < end and e.end > start)]
                    seen_tokens.update(range(start, end))
            self.added = (doc, new_entities)
            if entities and not new_entities:
                return  # the doc's entities as they are, set by the ruler before (the only components
                # of the pipeline that set any): ``set_ents`` would write them again, token by token
            if self.annotated and not self.overwrite:  # the new entities overlap none: every other
                doc.set_ents(new_entities, default="unmodified")  # token keeps what it has (an entity's
                return  # B or I, label and ID, or O), as writing all the entities again would give it
            doc.set_ents(entities + new_entities, default="outside")  # what ``doc.ents =`` does, minus
            # building every span anew from its (label, start, end)
            self.kept = (doc, sorted(entities + new_entities, key=lambda e: e.start))  # ``doc.ents`` now

        added: tuple[Any, list[Any]] = (None, [])
        """The last document this ruler marked and the entities it added to it (none where it
        found none), each a ``Span`` (read by :meth:`Drafter.title_starts`)."""

        kept: tuple[Any, list[Any]] = (None, [])
        """The last document whose entities this ruler wrote whole, and those entities in the order
        of ``doc.ents`` (the spans it built, read by :meth:`Drafter.named` instead of building them
        again from the document's tokens)."""

    ruler = _Ruler(nlp, name, phrase_matcher_attr=phrase_matcher_attr)
    ruler.annotated = annotated
    return ruler


CLOCK = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
"""A time's full stop: spaCy keeps "a.m." whole, so a sentence that ends with one ends there only
where a new one plainly starts ("... until 5 a.m. Pakistan's ministry said", audit20b)."""
CLOCK_NEXT = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
})  # fmt: skip
"""What follows a time inside its sentence ("5 a.m. Friday"; "GMT" is upper case, so no start)."""


def _token_keeping_sentencizer(nlp: Any, name: str) -> Any:
    """spaCy's ``Sentencizer`` (its default punctuation, the same sentence starts) that reads what
    it needs of a token, whether its text is sentence-ending punctuation and whether it is
    punctuation at all, from a table by the token's ``orth`` instead of building its text anew
    from the string store for every token of every line; and that keeps the tokens of the last
    document it split (:attr:`kept`), which the actor step reads next, instead of building them
    again (see :meth:`Drafter.tokens`), with its sentences as offsets (see :meth:`Drafter.sentences`)
    and the tokens that look like a name (see :meth:`Drafter.name_starts`)."""
    from spacy.pipeline import Sentencizer

    class _Sentencizer(Sentencizer):
        kept: tuple[Any, list[Any], list[Sent], list[int]] = (None, [], [], [])
        """The last document split, its tokens (a ``Token`` reads the document's arrays as they
        are when asked, so the entities set after this step are seen through it too), its
        sentences (``Doc.sents`` as offsets: this step's starts are the document's, a fresh
        document's tokens having none set before) and the indices of its tokens that look like a
        name (:meth:`Drafter.namey`)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.kinds: dict[int, int] = {}
            """By a token's ``orth``: 2 a sentence-ending mark (its text in ``punct_chars``), 1 other
            punctuation (``is_punct``), 3 a time's full stop (:data:`CLOCK`), 4 a word that looks
            like a name (:meth:`Drafter.namey`: letters, never one of the others), 0 anything else;
            a token's kind is its lexeme's."""

        def predict(self, docs: Any) -> list[list[bool]]:
            """Spacy's ``predict``, the same guesses (a sentence starts at the first token, and at
            the first token that is neither kind of punctuation after a sentence-ending mark)."""
            guesses = []
            kinds, punct = self.kinds, self.punct_chars
            for doc in docs:
                toks = list(doc)
                sents: list[Sent] = []
                names: list[int] = []  # (the actor step's people rule reads them: one pass, not two)
                self.kept = (doc, toks, sents, names)
                doc_guesses = [False] * len(toks)
                start, seen_period = 0, False
                for i, token in enumerate(toks):
                    kind = kinds.get(token.orth)
                    if kind is None:
                        text = token.text
                        kind = kinds[token.orth] = (
                            2 if text in punct else 1 if token.is_punct else 3 if text in CLOCK
                            else 4 if Drafter.namey(token) else 0
                        )  # fmt: skip
                    if seen_period and kind != 1 and kind != 2:  # (a time, a word is no punctuation)
                        doc_guesses[start] = True
                        last = toks[i - 1]  # a span's end_char: its last token's idx and length
                        sents.append(Sent(toks[start].idx, last.idx + len(last)))
                        start, seen_period = i, False
                    elif kind == 2:
                        seen_period = True
                    if kind == 4:
                        names.append(i)
                    elif kind == 3 and i + 1 < len(toks):  # "until 5 a.m. Pakistan's ...": a sentence ends
                        nxt = toks[i + 1].text  # (not "5 a.m. Friday", "9 a.m. GMT", "a.m. local time")
                        seen_period = nxt[:1].isupper() and nxt[1:2].islower() and nxt not in CLOCK_NEXT
                if toks:
                    doc_guesses[start] = True
                    last = toks[-1]
                    sents.append(Sent(toks[start].idx, last.idx + len(last)))
                guesses.append(doc_guesses)
            return guesses

    return _Sentencizer(name)


def _lower_hint(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` at all in a lower-cased ASCII text (None where a word is not ASCII): the
    quick test before a pattern of the same words under ``re.I``. Under ``re.I`` an ASCII text
    matches ASCII words only where its lower case holds them, so where this finds nothing, neither
    does that pattern; and a case-sensitive pattern that opens with a set of first letters lets
    ``re`` skip to them at C speed."""
    low = sorted({w.lower() for w in words}, key=len, reverse=True)
    return re.compile(alternation(low, ignorecase=False)) if all(w.isascii() for w in low) else None


LEXICAL_ATTRIBUTES = ("LOWER", "IS_ALPHA", "IS_LOWER", "IS_PUNCT", "LIKE_NUM", "LANG")
"""The attributes of a word (a spaCy lexeme) that the blank pipeline computes when it first meets
the word: those the drafter reads (``lower_``, matched by the title ruler and read by the actor
rules; ``is_alpha``, ``is_lower``; ``is_punct``, read by the sentencizer) and the vocabulary's
language. spaCy computes 23 by default, a Python call each (``like_num``, ``shape_``, ``like_url``,
``is_stop``, ...): 5.7 microseconds a new word, some 30 words an article of fresh text, and every
word of the gazetteer's patterns at set-up. A rule that reads another lexical attribute of a token
(a token's ``like_num``) must add it here: without it the attribute reads as unset (False, 0 or "")."""

DRAFTER_VERSION = "27"
"""The version of the drafting rules (code and ``kb/data/extraction.yaml``): bumped whenever a
rule changes what a draft says, and written into every draft as ``article.generator``, so that a
drafted link can always be traced to the rules that made it."""


@lru_cache(maxsize=1)
def _default_drafter() -> Drafter:
    return Drafter()


def draft_annotation(
    text: str, article_id: str, *, text_file: str, title: str | None = None, annotated: str | None = None
) -> dict[str, Any]:
    """A draft annotation of ``text`` (see :class:`Drafter`), with the default data files."""
    return _default_drafter().draft(text, article_id, text_file=text_file, title=title, annotated=annotated)


class Drafter:
    """A spaCy pipeline built from a gazetteer and a rule set; :meth:`draft` is pure."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        rules: Rules | None = None,
        model: str | None = None,
        *,
        learned: bool = True,
    ):
        import spacy
        from spacy.attrs import IDS
        from spacy.language import Language

        if not Language.has_factory("geokb_entity_ruler"):
            Language.factory(
                "geokb_entity_ruler", default_config={"phrase_matcher_attr": None, "annotated": False}
            )(_counted_once_ruler)
        self.gaz = gazetteer or Gazetteer.load()
        self.rules = rules or Rules.load()
        self.stance_model: StanceModel | None = StanceModel.load() if learned else None
        """The learned stance step (:mod:`kb.extract.learned`); None drafts by the rules alone."""
        self.nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
        if not model:  # (a model's own layers read the other attributes: its vocabulary keeps them all)
            getters = self.nlp.vocab.lex_attr_getters
            self.nlp.vocab.lex_attr_getters = {IDS[a]: getters[IDS[a]] for a in LEXICAL_ATTRIBUTES}
        fast_affixes(self.nlp)  # (the same tokens: see kb.extract.affixes)
        for abbreviation in self.rules["abbreviations"]:  # "Marcos Sr. said": no sentence ends there
            self.nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        # "Petro wrote on X. He added ...": the platform, not an initial (spaCy keeps "X." whole)
        self.nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
        # spaCy's tokenizer keeps the tokens of each space-separated chunk it has split, but only of
        # its first 10,000 chunks: 350 Lee articles hold 11,500 distinct ones, the speed corpus 13,700,
        # and a chunk past the cap is split anew by the affix patterns each time it comes (half the
        # tokenizer's time once the cache is full). Same tokens: the cache keeps what the split gave.
        self.nlp.tokenizer.max_cache_size = 200_000
        if not Language.has_factory("geokb_sentencizer"):
            Language.factory("geokb_sentencizer")(_token_keeping_sentencizer)
        self.sentencizer: Any = None
        """The pipeline's sentencizer, where the drafter adds one (a model with a parser has none)."""
        if "parser" not in self.nlp.pipe_names and "senter" not in self.nlp.pipe_names:
            self.sentencizer = self.nlp.add_pipe("geokb_sentencizer", name="sentencizer")
        names = self.nlp.add_pipe("geokb_entity_ruler", name="actors", config={"phrase_matcher_attr": "ORTH"})
        self.names = names
        """The ruler of the gazetteer's names and demonyms (see :meth:`named`)."""
        patterns = []
        for e in self.gaz.entries.values():
            for alias in {e.label, *e.aliases}:
                patterns.append({"label": "ACTOR", "pattern": alias.translate(FOLD), "id": e.id})
        aliases = {p["pattern"] for p in patterns}
        for d, state in self.gaz.demonyms.items():
            if d not in aliases:  # "UK" is the state itself, not a demonym
                patterns.append({"label": "DEMONYM", "pattern": d, "id": state})
        names.add_patterns(patterns)
        titles = self.nlp.add_pipe(
            "geokb_entity_ruler", name="titles", config={"phrase_matcher_attr": "LOWER", "annotated": True}
        )
        titles.add_patterns([{"label": "TITLE", "pattern": t} for t in self.rules["titles"]])
        self.titles = titles
        """The ruler of titles ("minister", "spokesman"), the last step (see :meth:`title_starts`)."""
        self.surnames: dict[str, str] = {}
        for e in self.gaz.entries.values():  # a surname alone only where the gazetteer lists it
            if e.type == "person" and e.label.split()[-1] in e.aliases:
                self.surnames.setdefault(e.label.split()[-1], e.id)
        demonym_of: dict[str, str] = {}
        for d, state in self.gaz.demonyms.items():
            demonym_of.setdefault(state, d)
        self.demonym_of = demonym_of
        """A state's first demonym, for the IDs of its bodies: ``"romania" -> "Romanian"``."""
        self.id_stem = {s: slug(self._initials(e) or demonym_of.get(s) or e.label)
                        for s, e in self.gaz.entries.items() if e.type == "state"}  # fmt: skip
        """The first part of the IDs of a state's bodies: its demonym (``romanian-foreign-ministry``),
        or the initials it goes by, as curators write them (``us-embassy``, ``uae-foreign-ministry``)."""
        states = {
            a: e.id for e in self.gaz.entries.values() if e.type == "state" for a in (e.label, *e.aliases)
        }
        self.state_names = {**states, **self.gaz.demonyms}
        self.states_by_alias: dict[str, list[str]] = {}
        """The states of the gazetteer by each alias they go by (every state a capital may stand for):
        looked up where a rule would otherwise scan the gazetteer for each name it meets."""
        for e in self.gaz.entries.values():
            if e.type == "state":
                for a in e.aliases:
                    self.states_by_alias.setdefault(a, []).append(e.id)
        bodies = {b: typ for typ, names in self.rules["bodies"].items() for b in names}
        self.body_type = {b.lower(): typ for b, typ in reversed(list(bodies.items()))}
        self.body_re = re.compile(
            r"(?P<who>"
            + alternation(
                sorted(self.state_names, key=len, reverse=True), ignorecase=False, not_after=r"[\w.]"
            )
            + r")(?P<pos>'s)?\s+"
            r"(?:(?:interim|transitional|caretaker|provisional|federal|new)\s+(?=government\b))?"
            r"(?P<body>(?i:"
            + alternation(sorted(bodies, key=len, reverse=True))
            + r"))(?![\w\u2011-])"
            r"(?!\s+(?:presence|bases?|exercises?|drills|operations?|build-?up|deployments?"
            r"|activit(?:y|ies)|aid|spending|budget|cooperation|ties|campaign|offensive|strikes?|action|intervention|involvement"
            r"|hardware|equipment|assistance|support|capabilit(?:y|ies)|might|power|junta|rule|takeover|coup"
            r"|troops|soldiers|forces)\b)"
        )
        """ "Romania's foreign ministry", "the Saudi government", "Haiti's transitional government": a
        body of a state; not "Russia's military presence" (the state's presence, not its military's), nor
        "Sudan's army-led government" (the state's government, which the army leads), nor
        "Syrian government forces" (the army's: :meth:`Actors._troops`)."""
        self.formal_body_re = re.compile(
            r"(?P<body>Ministry of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2}|Government|Presidency"
            r"|Embassy)\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:Republic|State|Kingdom)\s+of\s+(?:the\s+)?)?(?P<who>"
            + alternation(sorted(states, key=len, reverse=True), ignorecase=False, not_after=r"[\w.]")
            + r")(?![\w-])"
        )
        """ "the Ministry of Foreign Affairs of the Republic of Bulgaria", "the Government of Chile": a
        state's body by its formal name (statements, communiques)."""
        self.bare_body_words = (
            "ministry", "foreign office", "coast guard", "border guard", "the army", "the navy"
        )  # fmt: skip
        """What every bare body below holds, so that a lower-cased ASCII line without any of them
        holds no bare body (under ``re.I`` an ASCII text matches ASCII words only where its lower
        case holds them): the quick test before ``bare_body_re``, which tries its bodies at every
        position of every line (most lines name no ministry)."""
        bare = sorted(
            [b for b in bodies if any(w in b for w in self.bare_body_words)] + ["army", "navy"],
            key=len,
            reverse=True,
        )  # ("the army", "the navy": after "the" only, see ActorRules._bodies)
        self.bare_body_re = re.compile(
            r"(?<![\w'])(?P<body>(?i:" + alternation(bare) + r"))(?!\w)(?P<in>\s+in\s+)?"
        )
        """ "the foreign ministry", "the energy ministry in Astana": a body whose state the text
        gives beside it or has just named (see :meth:`~kb.extract.actors.ActorRules._bodies`)."""
        words = "|".join(map(re.escape, self.rules["outlet_words"]))
        nouns = "|".join(map(re.escape, self.rules["outlet_nouns"]))
        self.outlet_re = re.compile(
            r"(?<![\w.&'-])(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w.&'-]*\s+){0,4}?(?:(?:"
            + words
            + r")(?:-[A-Z][\w]*)?\b|[A-Z][\w.&'-]*(?=\s+(?:"
            + nouns
            + r")\b)))"
        )
        """An outlet by its name: "the Global Times", "the Daily Nation", "the Post-Courier", "Digi24
        television"; never from inside a word ("told eTV that": no outlet "TV", a name the article
        does not hold as a word, which made the draft unreadable)."""
        self.outlet_after_re = re.compile(
            r"\b(?:" + nouns + r")\s+(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})"
        )
        """ "the state broadcaster EBC": an outlet named after what it is."""
        self.attribution_re = re.compile(
            r"(?<!\w)"
            + alternation(sorted(self.rules.speech | set(self.rules["attribution"]), key=len, reverse=True))
            + r"(?!\w)",
            re.I,
        )
        """Words by which a sentence carries someone's words: never the article's own voice."""
        self.bloc_word_re = re.compile(
            r"(?<!\w)"
            + alternation(self.rules["bloc_nouns"] + self.rules["grouping_words"], word_end=True)
            + r"(?!\w)",
            re.I,
        )
        grouping = sorted({w.lower() for w in self.rules["bloc_nouns"] + self.rules["grouping_words"]})
        self.bloc_word_hint = (
            re.compile(alternation(sorted(grouping, key=len, reverse=True), ignorecase=False))
            if all(w.isascii() for w in grouping)
            else None
        )
        """Any grouping word at all in a lower-cased ASCII text: the quick test before
        ``bloc_word_re``, which tries its words at every position under ``re.I`` (ten times slower,
        and most sentences have none). Under ``re.I`` an ASCII text matches ASCII words only where
        its lower case holds them, so where this finds nothing, neither does that pattern."""
        self.not_grouping_re = re.compile(
            r"(?<!\w)"
            + alternation(sorted(self.rules["not_groupings"], key=len, reverse=True))
            + r"(?!\w)",
            re.I,
        )
        """ "in front of", "a refugee camp": a grouping word that names no grouping."""
        self.twins = {
            p.pattern: twin
            for p in (self.attribution_re, self.bloc_word_re, self.not_grouping_re)
            if (twin := lower_twin(p)) is not None
        }
        """The lower-case twins (:func:`~kb.extract.rules.lower_twin`) of the patterns
        :meth:`~kb.extract.claims.ClaimRules._unnamed_match` scans, by their source."""
        self.hedge_re = re.compile(
            r"(?<!\w)" + alternation(self.rules["hedges"], word_end=True) + r"(?!\w)", re.I
        )
        self.speculation_re = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, self.rules["speculation"])) + r")(?!\w)", re.I
        )
        """Speculation ("may have", "likely"): never the article's fact, nobody's allegation by that."""
        self.hedge_found = Caseless(self.hedge_re).found
        self.speculation_found = Caseless(self.speculation_re).found
        """``hedge_re.search`` and ``speculation_re.search`` as truth values, on the lower case of an
        ASCII text (see :class:`~kb.extract.rules.Caseless`)."""
        self.hearsay_re = re.compile(r"(?<!\w)(?:" + "|".join(self.rules["hearsay"]) + r")(?!\w)", re.I)
        """The one test of hearsay, accusation, hedge or guess that a sentence in the article's own
        voice must pass to stay asserted (see :meth:`~kb.extract.claims.ClaimRules.never_fact`)."""
        own = "|".join(self.rules["hearsay_own"])
        self.hearsay_own_re = re.compile(r"(?<!\w)(?:" + own + r")(?!\w)", re.I)
        """Someone's label or view inside a claim's own words ("which Ankara labels ..."): hearsay there,
        not in the rest of its sentence."""
        self.hearsay_found = Branches(self.rules["hearsay"]).found
        self.hearsay_own_found = Branches(self.rules["hearsay_own"]).found
        self.words_colon_found = Caseless(ClaimRules.WORDS_COLON).found
        """``hearsay_re.search``, ``hearsay_own_re.search`` and ``WORDS_COLON.search`` as truth
        values, on the lower case of an ASCII text (see :class:`~kb.extract.rules.Caseless`; the
        hearsay patterns branch by branch, see :class:`~kb.extract.rules.Branches`)."""
        self.attribution_hint = _lower_hint(self.rules.speech | set(self.rules["attribution"]))
        self.hedge_hint = _lower_hint(self.rules["hedges"])
        self.speculation_hint = _lower_hint(self.rules["speculation"])
        """Quick tests before ``attribution_re``, ``hedge_re`` and ``speculation_re`` (see
        :meth:`has_hedge`)."""
        self._hedged: dict[str, bool] = {}
        self._speculative: dict[str, bool] = {}
        """The answers of :meth:`has_hedge` and :meth:`has_speculation` by text."""
        self.tone_re = {
            p: re.compile(
                r"(?<!\w)" + alternation(sorted(words, key=len, reverse=True), ignorecase=False) + r"(?!\w)"
            )
            for p, words in ((-1, self.rules["tone"]["negative"]), (1, self.rules["tone"]["positive"]))
        }
        """Words of each tone (lower case), for the polarity of a stance no cue places. The look-behind
        stands before the words, not after each first letter (``not_after``): the words open with
        nearly every letter, so ``re`` gains nothing by skipping to them and would test the look-behind
        at every letter of a word (the same matches, 1.6 times sooner on the claims of 150 articles)."""
        self.demonym_re = re.compile(
            alternation(
                sorted(self.gaz.demonyms, key=len, reverse=True), ignorecase=False, not_after=r"[\w.]"
            )
            + r"(?!\w)"
        )
        self.proper_words = {
            w
            for e in self.gaz.entries.values()
            for name in (e.label, *e.aliases)
            for w in re.findall(r"[A-Z][a-z]+", name)
        } | {w for d in self.gaz.demonyms for w in d.split()}
        """Every capitalised word of a name or demonym the gazetteer knows: a label opening with one
        keeps its capital (see :func:`~kb.extract.actors.sentence_case_label`)."""
        self.bloc_noun_re = re.compile(
            r"(?<!\w)" + alternation(self.rules["bloc_nouns"], word_end=True) + r"(?!\w)", re.I
        )
        offices = "|".join(map(re.escape, sorted(self.rules["office_titles"], key=len, reverse=True)))
        self.office_re = re.compile(r"(?<![\w-])(" + offices + r")\s+$")
        """An office title right before a name ("Prime Minister X"), for the check of a known person's
        office (see :meth:`~kb.extract.actors.ActorRules.wrong_titles`): built once."""
        self.office_comma_re = re.compile(r"(?<![\w-])(" + offices + r"),\s+$", re.I)
        """An office title and a comma before a name, in any case ("the Australian Foreign Minister, X",
        "the Taliban's foreign minister, X"): the same check."""
        self.office_after_re = re.compile(
            r",\s+(?P<surface>(?:the\s+|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:'s|\u2019s)\s+"
            r"|[A-Z][\w-]+\s+)?(?:(?P<deputy>(?i:deputy|vice))\s+)?(?P<title>(?i:" + offices + r")))"
            r"(?=\s*[,;.]|\s+(?:said|says|told)\b)"
        )
        """An office title in apposition after a name ("X, Russia's deputy foreign minister, said"): the
        same check, with "deputy" or "vice" part of the title said."""
        nouns = "|".join(map(re.escape, self.rules["bloc_nouns"]))
        self.bloc_re = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, self.rules["bloc_cues"])) + r")\s+"
            r"(?:\"(?P<quoted>[^\"]*?\b(?:" + nouns + r")\b[^\"]*?)[.,]?\"|"
            r"(?P<name>(?:[^\"'.,]{0,60}?\s)?(?:" + nouns + r")(?:\s+of\s+\w+)?)\b)",
            re.I,
        )
        """A grouping after a cue that names one ("formed an axis", "called them a "bloc of
        convenience""), tried on every claim (see :meth:`~kb.extract.stances.StanceRules.stances_and_blocs`):
        built once, not for every article."""
        self.speech_alt = alternation(sorted(self.rules.speech, key=len, reverse=True))
        self.speech_re_any = re.compile(r"\b(?:" + self.speech_alt + r")\b")
        """A verb of saying anywhere (compiled once)."""
        """The speech verbs as one alternation (a group), longest first, for the patterns of reported
        speech; a trie (:func:`~kb.extract.rules.alternation`): it is tried at every position."""
        self.speech_re = re.compile(self.speech_alt)
        """A verb of saying anywhere, as written: the quick test before a pattern that tries the
        verbs after other parts at every position of a sentence. A pattern that opens with the
        verbs' first letters lets ``re`` skip to them at C speed."""
        self.quoted_group_re = re.compile(  # (a trie: it is tried on every quotation)
            r"(?<!\w)"
            + alternation(sorted(self.rules["quoted_group_nouns"], key=len, reverse=True), ignorecase=False)
            + r"(?!\w)"
        )
        self.label_re = re.compile(r"\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*:\s+\S")
        """A transcript line's speaker label: "HERRERA: ...", "Frontera Semanal: ..."."""
        self.title_alt = alternation(sorted(self.rules["titles"], key=len, reverse=True), ignorecase=False)
        """The titles as one alternation (a group), longest first; a case-sensitive trie: the
        patterns that use it never run under ``re.I``."""
        self.demand_re = (
            r"\b(?:urged|urges|urging|called on|calls on|call on|calling on|pressed|presses|pressing"
            r"|demanded|demands|expects|expected)\s+(?:the\s+)?"
        )
        """A demand made of whoever follows it: "urged Kenya to ...", a stance against them."""
        self.acts_of_speech = set(self.rules["characterising_verbs"]) | {
            "accused",
            "accuses",
            "denied",
            "denies",
            "blamed",
            "blames",
            "urged",
            "urges",
            "demanded",
        } | {  # the plural present, as sources of several people speak: "Indonesian officials deny ..."
            "accuse", "deny", "blame", "reject", "dismiss", "condemn", "denounce", "dispute", "concede",
            "admit", "suspect", "describe", "criticise", "criticize", "welcome", "praise", "note", "claim",
            "allege", "complain", "stress", "maintain", "explain", "caution", "recall",
        }  # fmt: skip
        """Verbs by which a source speaks without a verb of saying: "a spokesperson condemned ..."."""
        self.alt = {
            key: alternation(self.rules[key])
            for key in ("headline_speech", "characterising_verbs", "continuation", "conjoined_acts")
        }
        """Word lists as regex alternations, built once (not on every sentence)."""
        collective = sorted(self.rules["collective_subjects"], key=len, reverse=True)
        self.collective_re = re.compile(r"\b" + alternation(collective) + r"\b", re.I)
        """People or a body named by what they are, the subject of a report that names no actor."""
        self.org_heads = set(self.rules["organisation_heads"])
        self.source_modifiers = set(self.rules["source_modifiers"])
        self.honorifics = set(self.rules["honorifics"])
        self.not_names = set(self.rules["not_names"]) | self.honorifics
        self.patterns: dict[str, re.Pattern[str]] = {}
        """The patterns the rules build from the word lists above, by name (see :meth:`pattern`)."""
        self._words_of: dict[str, tuple[str, ...] | None] = {}
        """The words of those patterns, by name (see :meth:`words_of`)."""

    def pattern(self, name: str, source: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
        """The pattern ``name``, compiled from ``source()`` the first time a rule asks for it.

        Many rules splice a word list (the speech verbs, the titles: 0.3-2 KB of source) into a
        pattern; built on every sentence, that string is made, hashed and looked up in ``re``'s
        cache some 10,000 times per 100 articles. ``source`` must read nothing of the
        article, only this drafter's rules: the pattern is the same for every article.
        """
        compiled = self.patterns.get(name)
        if compiled is None:
            compiled = self.patterns[name] = re.compile(source(), flags)
        return compiled

    def words_of(self, name: str) -> tuple[str, ...] | None:
        """The words one of which every match of the pattern ``name`` holds (:func:`required`; None
        where it finds none), read once from the pattern :meth:`pattern` compiled: the quick test
        (:func:`~kb.extract.opening.may_hold`) before a pattern that opens with a word boundary or a
        look-ahead, which ``re`` enters at every position of a text."""
        if name not in self._words_of:
            p = self.patterns[name]
            self._words_of[name] = required(p.pattern, p.flags)
        return self._words_of[name]

    def has_hedge(self, text: str) -> bool:
        """``hedge_re.search(text)``, as a truth value; first the quick test of ``hedge_hint`` (most
        clauses hold no hedge, and ``hedge_re`` tries its words at every position under ``re.I``).
        Kept by text: several rules ask about the same clause (a fifth of the asks repeat one)."""
        return remembered(self._hedged, text, self._has_hedge)

    def _has_hedge(self, text: str) -> bool:
        if self.hedge_hint is not None and text.isascii() and not self.hedge_hint.search(text.lower()):
            return False
        if not self.hedge_found(text):
            return False
        if "claim" not in text:  # ("claim." too: "rejected the claim.")
            return True
        return self.hedge_found(CLAIM_TO.sub(lambda m: "x" * len(m.group()), text))  # (no hedge but that)

    def has_speculation(self, text: str) -> bool:
        """``speculation_re.search(text)``, as a truth value, after the quick test of its hint (kept by
        text, as :meth:`has_hedge`)."""
        return remembered(self._speculative, text, self._has_speculation)

    def _has_speculation(self, text: str) -> bool:
        hint = self.speculation_hint
        if hint is not None and text.isascii() and not hint.search(text.lower()):
            return False
        return self.speculation_found(text)

    _namey_by_orth: dict[int, bool] = {}  # noqa: RUF012  (a cache shared by all drafters, on purpose)
    """:meth:`namey` by the token's ``orth`` (the hash of its text, the same in every vocabulary):
    asked some 700 times an article, and ``tok.text`` builds a new string each time."""

    @staticmethod
    def _initials(state: Any) -> str | None:
        """The initials a state goes by, if the gazetteer has them ("US", "UAE", "DRC"): the capitals
        of its name's words ("Democratic Republic of the Congo"), not another acronym ("PRC" of China)."""
        initials = "".join(w[0] for w in state.label.split() if w[0].isupper())
        known = len(initials) > 1 and any(a.replace(".", "") == initials for a in state.aliases)
        return initials if known else None

    def _split(self, doc: Any) -> tuple[Any, list[Any], list[Sent], list[int]] | None:
        """What the sentencizer kept of ``doc`` (its tokens, sentences and name starts) where ``doc``
        was the last document it split; else None (read by :meth:`tokens`, :meth:`sentences` and
        :meth:`name_starts`)."""
        kept = self.sentencizer.kept if self.sentencizer is not None else None
        return kept if kept is not None and kept[0] is doc else None

    def tokens(self, doc: Any) -> list[Any]:
        """``list(doc)``: the tokens the sentencizer built for ``doc`` where it was the last document
        it split (iterating a Doc builds every token anew)."""
        kept = self._split(doc)
        return kept[1] if kept is not None else list(doc)

    APOSTROPHE_NAME = re.compile(
        r"[A-Z](?:[a-z]+['\u2019][a-z]{2,}|['\u2019][A-Z][a-z]{2,})|Ma?c[A-Z][a-z]{2,}"
    )
    """ "O'Donnell", "Sing'oei": a name with an apostrophe inside (not "Kenya's": the tokenizer
    splits a possessive off); "McDonald", "MacKenzie": a second capital after "Mc" or "Mac"."""

    def named(self, doc: Any) -> list[Any]:
        """The entities of ``doc`` that the name ruler set (``ACTOR`` and ``DEMONYM``; they stay as it
        set them: the title ruler after it only adds entities on tokens outside them), as spans in
        the order of ``doc.ents``, where ``doc`` was the last document it marked; else ``doc.ents``
        (titles with them). ``doc.ents`` builds a span for every entity of the line anew."""
        kept = self.names.kept
        return kept[1] if kept[0] is doc else list(doc.ents)

    def name_starts(self, doc: Any) -> list[int]:
        """The indices of the tokens of ``doc`` that look like a name (:meth:`namey`), in order: as
        the sentencizer found them where ``doc`` was the last document it split (it reads every
        token's ``orth`` already; the people rule would read them all again)."""
        kept = self._split(doc)
        return kept[3] if kept is not None else [k for k, t in enumerate(doc) if self.namey(t)]

    def title_starts(self, doc: Any) -> list[int]:
        """The indices of the tokens of ``doc`` where a title's entity opens (``TITLE``, "B"), in
        order: the starts of the entities the title ruler added, where ``doc`` was the last document
        it marked (the only ruler of titles, and the last step: no later one moves them); else read
        token by token."""
        added = self.titles.added
        if added[0] is doc:
            return sorted(e.start for e in added[1])
        return [t.i for t in doc if t.ent_type_ == "TITLE" and t.ent_iob_ == "B"]

    def sentences(self, doc: Any) -> list[Sent]:
        """``doc.sents`` as offsets into the line, as the sentencizer found them where ``doc`` was
        the last document it split (``Doc.sents`` builds a span and reads its ends for every
        sentence)."""
        kept = self._split(doc)
        return kept[2] if kept is not None else [Sent(s.start_char, s.end_char) for s in doc.sents]

    @staticmethod
    def namey(tok: Any) -> bool:
        """Does the token look like a name: "Kenya", "Odhiambo" (capital, then lower case letters)?"""
        known = Drafter._namey_by_orth.get(tok.orth)
        if known is None:
            if len(Drafter._namey_by_orth) > 500_000:  # a long-lived service: keep the cache bounded
                Drafter._namey_by_orth.clear()
            t = tok.text
            known = Drafter._namey_by_orth[tok.orth] = (
                len(t) > 1 and t[0].isupper() and t[1:].islower() and t.isalpha()
            ) or bool(Drafter.APOSTROPHE_NAME.fullmatch(t))
        return known

    # -- the whole draft -------------------------------------------------------------------

    def draft(
        self,
        text: str,
        article_id: str,
        *,
        text_file: str,
        title: str | None = None,
        annotated: str | None = None,
    ) -> dict[str, Any]:
        """The draft of ``text``; ``annotated`` is when it is drafted ("2025-03-01T09:30:00Z"),
        passed in by the caller so that the same call always gives the same draft."""
        d = Draft(self, text)
        d.run()
        first = next((ln for ln in d.lines if ln.text.strip()), None)
        heading = title or (text[first.start : first.end].strip() if first else article_id)
        draft = d.annotation(article_id, heading[:300], text_file)
        if annotated is not None:
            draft["article"]["annotated"] = annotated
        return draft


RUN_ON_OPENS = re.compile(r"(?<=[.!?])\s+(?=\"\S)|(?<=[.!?]')\s+(?=\"\S)")
SENTENCE_ENDS = re.compile(r'[.!?]["\']?\s+(?=["A-Z])')
"""Where a sentence ends and a quotation mark opens the next one (the mark then held by a word):
the place a paragraph began, if a quotation was left open before it (:func:`paragraphs_run_together`)."""


def paragraphs_run_together(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of the line ``text[start:end]`` that lost the breaks between them: a
    quotation that runs on over paragraphs leaves its mark open at a paragraph's end and opens
    the next paragraph with a mark again ('"A. B.' then '"C," she said.'), so a sentence that
    opens with a mark while one is still open ('"A. B. "C," she said.') began a paragraph (wire
    copy and feeds that flatten paragraphs into one line). Spans of ``text``: the whole line when
    nothing was run together."""
    if text.count('"', start, end) < 3:
        return [(start, end)]
    pieces, at = [], start
    for m in RUN_ON_OPENS.finditer(text, start, end):
        if (
            text.count('"', at, m.start()) % 2  # (a mark still open: the paragraph ran on)
            and len(SENTENCE_ENDS.findall(text, text.rfind('"', at, m.start()), m.start())) <= 1
            and text.count('"', m.end(), end) >= 2  # (and the quotation it opens closes)
        ):  # (not a mark left open by mistake, the article's own sentences after it: at most
            # two sentences in a paragraph of a quotation, and one that closes after it)
            pieces.append((at, m.start()))
            at = m.end()
    return [*pieces, (at, end)]


class Draft(ActorRules, ClaimRules, StanceRules):
    """The state of one draft: actors found so far, mentions, claims, flags."""

    ENDS_SENTENCE = re.compile(r"""[.!?:;]["')]*$""")

    def __init__(self, drafter: Drafter, text: str) -> None:
        self.d = drafter
        self.text = text
        self.norm = fold_typography(text)
        self.lines: list[Line] = []
        for m in re.finditer(r"[^\n]+", self.norm):
            if not m.group().strip():
                continue
            for start, end in paragraphs_run_together(self.norm, m.start(), m.end()):
                line = self.norm[start:end]
                stripped = line.strip()
                if BULLET.match(line):
                    form = "bullet"
                elif len(stripped.split()) <= 25 and not self.ENDS_SENTENCE.search(stripped):
                    form = "headline"
                else:
                    form = "body"
                self.lines.append(Line(start, end, line, form))
        self.actors: dict[str, dict[str, Any]] = {}
        self.mentions: list[Mention] = []
        self.claims: list[DraftClaim] = []
        self.flags: list[DraftFlag] = []
        self.memberships: list[dict[str, Any]] = []
        self.firms: set[str] = set()  # companies named by a noun ("grid operator Fingrid"): "the company"
        self.groups: set[str] = set()  # groups a people's word describes ("Paraguayan shipowners")
        self.secretariats: dict[str, str] = {}  # a secretariat that speaks -> its organisation
        self._named_inside: set[int] = set()  # where a grouping named inside a statement starts (stances)
        self.docs: list[Any] = []
        self.sents: list[list[Sent]] = []
        self.doc_sents: list[list[Sent]] = []

    def run(self) -> None:
        self.find_actors()
        self.find_claims()
        self.never_fact()
        self.outlets_named()
        self.stances_and_blocs()
        self.learned_stances()
        self.wrong_titles()
        self.passing_places()
        self.idle_legislatures()
        self.idle_groups()

    def annotation(self, article_id: str, title: str, text_file: str) -> dict[str, Any]:
        actors = []
        owner: dict[str, str] = {}  # an alias names one actor: the first that has it keeps it
        for a in self.actors.values():
            a["aliases"] = [x for x in a["aliases"] if owner.setdefault(x, a["id"]) == a["id"]]
            # (``v not in ([], None)``, but a truthy value, nearly every one, passes without a new
            # empty list and two comparisons: a falsy one is dropped only if None or an empty list)
            out = {k: v for k, v in a.items() if v or (v is not None and v != []) or k == "wikidata"}
            if a.get("unnamed"):
                out["label"] = sentence_case_label(a["label"], self.text, self.d.proper_words)
            if a.get("existence") == "alleged" and "existence_claim" not in a:
                out["existence"] = "established"
            actors.append(out)
        claims = []
        for c in self.claims:
            out = c.record()
            spans = find_all(self.text, c.quote)
            if len(spans) > 1:
                out["occurrence"] = 1 + next(i for i, sp in enumerate(spans) if sp.start >= c.start - 2)
            claims.append(out)
        flags = []
        for k, f in enumerate(sorted(self.flags, key=lambda f: f.at)):
            out = {"id": f"flag-{k + 1}", **f.record()}
            spans = find_all(self.text, f.surface)
            if len(spans) > 1:
                out["occurrence"] = 1 + next(i for i, sp in enumerate(spans) if sp.start >= f.at - 2)
            flags.append(out)
        body = {"actors": actors, "claims": claims, "memberships": self.memberships, "flags": flags}
        ids = [r["id"] for part in body.values() for r in part]
        too_long = {i: short_id(i) for i in ids if len(i) > ID_LENGTH}
        if too_long:  # (rare: a draft whose IDs all fit is returned as built)
            body = fit_ids(body, too_long)
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
                "generator": f"geokb-drafter {DRAFTER_VERSION}",
            },
            **body,
        }

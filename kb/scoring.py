"""How close a draft annotation is to a curated one: precision, recall and F1 per layer.

Matching rules (the same for every article):

actors
    by canonical ID, leaving out the drafter's ``unknown-speaker``: a placeholder for words in
    no one's name, like ``article`` never an actor of a curated annotation, and the claims rule
    below asks the drafter for it. ``resolved`` also counts a draft actor whose label or an
    alias is a name of a curated actor (the drafter found the person under another slug: a
    transliteration of the name, say). Claims and what hangs off them use the resolved map.
claims
    the same speaker, and quote spans that overlap by at least half of the longer one;
    one-to-one, best overlap first. A curated *alleged* claim in the article's voice (the
    article reports an allegation without naming who makes it) is matched by a draft claim of
    the unknown speaker: that is what the drafter must say for such words, since a draft in the
    article's voice counts as an allegation made fact (below).
stances
    (matched claim, target, polarity); the holder is not compared.
memberships
    (member, group).
flags
    the same kind and actor, and the same surface or overlapping spans; one-to-one.
vias
    (matched claim, outlet) over the matched claims only: who the words came through, where the
    claim itself was found (a claim the draft misses is the claims layer's loss, not this one's).

Beside the scores, :func:`allegations_as_fact` counts the one error that matters more than
any score: an alleged claim or membership of the curated annotation that the draft puts in the
article's own voice (speaker ``article``) or gives status ``asserted``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from kb.annotation import ARTICLE_SPEAKER, UNKNOWN_SPEAKER, Annotation

__all__ = ["AsFact", "Score", "allegations_as_fact", "match_claims", "score"]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def _set_score(draft: set, gold: set) -> Score:
    return Score(len(draft & gold), len(draft - gold), len(gold - draft))


def _key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).replace("\u2011", "-").split())


def actor_map(draft: Annotation, gold: Annotation) -> dict[str, str]:
    """Draft actor ID -> curated actor ID, by ID or else by a shared name."""
    names: dict[str, str] = {}
    for a in gold.actors:
        for n in (a.label, *a.aliases):
            names.setdefault(_key(n), a.id)
    gold_ids = {a.id for a in gold.actors}
    out = {"article": "article"}
    for a in draft.actors:
        if a.id in gold_ids:
            out[a.id] = a.id
            continue
        hit = next((names[_key(n)] for n in (a.label, *a.aliases) if _key(n) in names), None)
        out[a.id] = hit or a.id
    return out


def match_claims(draft: Annotation, gold: Annotation, amap: dict[str, str]) -> dict[str, str]:
    """Each drafted claim's curated counterpart (draft id -> gold id): the same speaker (an
    unknown speaker stands for the article's voice of an allegation) and spans that overlap by at
    least half the longer one; the best overlaps are paired first, each claim once."""

    def same_speaker(d, g) -> bool:
        said = amap.get(d.speaker, d.speaker)
        unattributed = g.speaker == ARTICLE_SPEAKER and g.status == "alleged" and said == UNKNOWN_SPEAKER
        return said == g.speaker or unattributed

    pairs: list[tuple[float, str, str]] = []
    for d in draft.claims:
        for g in gold.claims:
            if not same_speaker(d, g):
                continue
            overlap = min(d.span.end, g.span.end) - max(d.span.start, g.span.start)
            longer = max(d.span.end - d.span.start, g.span.end - g.span.start)
            if overlap > 0 and overlap >= longer / 2:
                pairs.append((overlap / longer, d.id, g.id))
    matched: dict[str, str] = {}
    used: set[str] = set()
    for _ratio, d_id, g_id in sorted(pairs, reverse=True):
        if d_id not in matched and g_id not in used:
            matched[d_id] = g_id
            used.add(g_id)
    return matched


def _flag_score(draft: Annotation, gold: Annotation, amap: dict[str, str]) -> Score:
    """Flags paired one to one: the same kind and actor, and the same surface or overlapping
    spans (exact surfaces first, then the widest overlap). The curators disagree on how much
    of "Prime Minister X" a wrong title covers (the title alone in the older batches, the title
    and the name since ``dj-*``); both point at the same error in the same place."""
    pairs: list[tuple[int, int, int, int]] = []
    for i, d in enumerate(draft.flags):
        actor = amap.get(d.actor, d.actor)
        for j, g in enumerate(gold.flags):
            if (d.kind, actor) != (g.kind, g.actor):
                continue
            overlap = min(d.span.end, g.span.end) - max(d.span.start, g.span.start)
            same = _key(d.surface) == _key(g.surface)
            if same or overlap > 0:
                pairs.append((int(same), overlap, i, j))
    used_d: set[int] = set()
    used_g: set[int] = set()
    for _same, _overlap, i, j in sorted(pairs, reverse=True):
        if i not in used_d and j not in used_g:
            used_d.add(i)
            used_g.add(j)
    n = len(used_d)
    return Score(n, len(draft.flags) - n, len(gold.flags) - n)


def score(draft: Annotation, gold: Annotation) -> dict[str, Score]:
    """Scores of ``draft`` against ``gold`` (see the module docstring)."""
    amap = actor_map(draft, gold)
    gold_actors = {a.id for a in gold.actors}
    drafted = [a.id for a in draft.actors if a.id != UNKNOWN_SPEAKER]
    out = {
        "actors": _set_score(set(drafted), gold_actors),
        "actors (resolved)": _set_score({amap[a] for a in drafted}, gold_actors),
    }
    matched = match_claims(draft, gold, amap)
    out["claims"] = Score(len(matched), len(draft.claims) - len(matched), len(gold.claims) - len(matched))

    def stances(ann: Annotation, claim_id, target_map) -> set:
        return {
            (claim_id(c.id), target_map(s.target), s.polarity)
            for c in ann.claims
            for s in c.stances
            if s.polarity != 0
        }

    d_st = stances(draft, lambda c: matched.get(c, f"draft:{c}"), lambda t: amap.get(t, t))
    g_st = stances(gold, lambda c: c, lambda t: t)
    out["stances"] = _set_score(d_st, g_st)
    out["memberships"] = _set_score(
        {(amap.get(m.member, m.member), amap.get(m.group, m.group)) for m in draft.memberships},
        {(m.member, m.group) for m in gold.memberships},
    )
    out["flags"] = _flag_score(draft, gold, amap)
    curated = {g.id: g for g in gold.claims}
    out["vias"] = _set_score(
        {(matched[c.id], amap.get(c.via, c.via)) for c in draft.claims if c.via and c.id in matched},
        {(g_id, curated[g_id].via) for g_id in matched.values() if curated[g_id].via},
    )
    return out


@dataclass(frozen=True)
class AsFact:
    """Alleged claims and memberships of the curated annotation, and how many the draft made fact."""

    claims: int
    claims_as_fact: int
    memberships: int
    memberships_as_fact: int

    @property
    def total(self) -> int:
        return self.claims_as_fact + self.memberships_as_fact

    def __add__(self, other: AsFact) -> AsFact:
        return AsFact(
            self.claims + other.claims,
            self.claims_as_fact + other.claims_as_fact,
            self.memberships + other.memberships,
            self.memberships_as_fact + other.memberships_as_fact,
        )


def allegations_as_fact(draft: Annotation, gold: Annotation) -> AsFact:
    """Alleged claims and memberships of ``gold`` that ``draft`` gives status asserted or speaker article.

    Stricter than claim matching, on purpose: a draft claim counts against a curated alleged one
    when their spans overlap by half of the *shorter* of the two, whoever the draft says speaks.
    An alleged membership counts when the draft holds the same (member, group) on a claim of its
    own that is asserted or in the article's voice.
    """
    amap = actor_map(draft, gold)

    def as_fact(c) -> bool:
        return c.status == "asserted" or c.speaker == "article"

    alleged = [c for c in gold.claims if c.status == "alleged"]
    claims_as_fact = 0
    for g in alleged:
        for d in draft.claims:
            overlap = min(d.span.end, g.span.end) - max(d.span.start, g.span.start)
            shorter = min(d.span.end - d.span.start, g.span.end - g.span.start)
            if overlap > 0 and overlap >= shorter / 2 and as_fact(d):
                claims_as_fact += 1
                break
    gold_claims = {c.id: c for c in gold.claims}
    draft_claims = {c.id: c for c in draft.claims}
    alleged_members = {
        (m.member, m.group) for m in gold.memberships if gold_claims[m.claim].status == "alleged"
    }
    members_as_fact = {
        (amap.get(m.member, m.member), amap.get(m.group, m.group))
        for m in draft.memberships
        if as_fact(draft_claims[m.claim])
    }
    return AsFact(len(alleged), claims_as_fact, len(alleged_members), len(alleged_members & members_as_fact))

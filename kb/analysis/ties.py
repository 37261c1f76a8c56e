"""An article's ties, derived from its annotation as it is written, and kept in its own graph.

:func:`ties_of` gives exactly the ties :func:`~kb.analysis.evidence.load_alignment_input`
reads back for that article (the tests hold the two equal on every bundled annotation),
but from the annotation in hand, without reading the store. :func:`tie_quads` writes them
into the graph ``{base}graph/{article}/ties``: inside the article's graph prefix, so the
same transaction that writes or replaces the article writes or drops its ties, on every
write path (one article, the bulk loader), and a crash can never leave the two apart.

A tie graph is an index, not anybody's statement: a ``gk:Tie`` records that a claim (or a
curated part-of link) links two actors with a sign, and what that weighs by default. It
uses its own properties (``gk:tieSource``, ``gk:tiePolarity``...), never ``gk:holder`` or
``gk:polarity``, so no query that reads stances or memberships ever finds a tie instead,
and a claim's content never appears outside its content graph as if it were asserted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kb import vocab
from kb.analysis.evidence import ActorInfo, Tie, _tie_key
from kb.analysis.graph import Weights, contribution
from kb.annotation import ARTICLE_SPEAKER, Annotation
from kb.iris import Minter, TextMinter, lit, nt_lit, nt_literal
from kb.vocab import as_text

GK, PROV, RDF, STATUS, XSD = map(as_text, (vocab.GK, vocab.PROV, vocab.RDF, vocab.STATUS, vocab.XSD))

__all__ = ["ArticleEvidence", "article_evidence", "tie_quads", "tie_statements", "ties_graph", "ties_of"]

_DEFAULT = Weights()
_UNRECORDED = "geokb drafter (version not recorded)"


@dataclass(frozen=True)
class ArticleEvidence:
    """What one article adds to the alignment: its ties, the actors it names, who speaks."""

    article: str
    ties: tuple[Tie, ...]
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    spoken: dict[str, int] = field(default_factory=dict)
    """Claims each speaker speaks in this article (actors and the article's own voice)."""
    method: str = "curated"


def ties_graph(base: str, article_id: str) -> NamedNode:
    """The graph of one article's ties (inside the article's graph prefix)."""
    return Minter(base).iri("graph", article_id, "ties")


def ties_of(ann: Annotation, base: str) -> list[Tie]:
    """The ties of one annotated article, as the store gives them back once it is written. Pure.

    >>> from kb.annotation import bundled_annotations, load_annotation
    >>> ties = ties_of(load_annotation(bundled_annotations()[0]), "https://example.org/")
    >>> sorted({t.kind for t in ties})
    ['co-membership', 'membership', 'stance', 'structural']
    """
    m = Minter(base)
    art = ann.article
    doc = m.article(art.id).value
    generator = (art.generator or _UNRECORDED) if art.method == "drafted" else None
    made = {"article": doc, "annotation": art.method, "generator": generator, "date": art.published}
    claims = {}
    for c in ann.claims:
        if c.speaker == ARTICLE_SPEAKER:
            speaker = m.author(art.id).value
            label = art.author or f"the author of “{art.title}”"
        else:
            speaker, label = m.actor(c.speaker).value, ann.actor(c.speaker).label
        claims[c.id] = {
            "claim": m.claim(art.id, c.id).value,
            "status": c.status,
            "confidence": float(lit(float(c.confidence)).value),  # as the store gives it back
            "quote": art.text[c.span.start : c.span.end],
            "speaker": speaker,
            "speaker_label": label,
            "via": m.actor(c.via).value if c.via else None,
            **made,
        }
    ties: list[Tie] = []
    for c in ann.claims:
        seen: set[tuple[str, str]] = set()
        stances: set[tuple[tuple[str, ...], int]] = set()  # one per stance node, as the store keeps it
        for s in c.stances:
            pair = (s.holder, s.target)
            parts = (*pair,) if pair not in seen else (*pair, "1" if s.polarity > 0 else "-1")
            seen.add(pair)
            if (parts, s.polarity) in stances:
                continue
            stances.add((parts, s.polarity))
            sign = (s.polarity > 0) - (s.polarity < 0)
            ties.append(Tie("stance", m.actor(s.holder).value, m.actor(s.target).value, sign, **claims[c.id]))
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ms in ann.memberships:
        c = claims[ms.claim]
        member, group = m.actor(ms.member).value, m.actor(ms.group).value
        ties.append(Tie("membership", member, group, 1, **c))
        groups[(c["claim"], group)].add(member)
    by_iri = {v["claim"]: v for v in claims.values()}
    for (claim, _group), members in sorted(groups.items()):
        for a, b in combinations(sorted(members), 2):
            ties.append(Tie("co-membership", a, b, 1, **by_iri[claim]))
    parts_of = {(m.actor(a.id).value, m.actor(o).value) for a in ann.actors for o in a.affiliation}
    for part, whole in sorted(parts_of):
        ties.append(Tie("structural", part, whole, 1, **made))
    ties.sort(key=_tie_key)
    return ties


def article_evidence(ann: Annotation, base: str) -> ArticleEvidence:
    """Everything the alignment reads from one article, from its annotation. Pure."""
    m = Minter(base)
    method = ann.article.method
    actors = {}
    for a in ann.actors:
        misnamed = {f.surface for f in ann.flags if f.actor == a.id and f.kind == "wrong-name"}
        actors[m.actor(a.id).value] = ActorInfo(
            iri=m.actor(a.id).value,
            label=a.label,
            type=a.type,
            aliases=tuple(sorted(set(a.aliases) - misnamed)),
            identifier=a.id,
            wikidata=a.wikidata,
            hidden=tuple(sorted(set(a.aliases) & misnamed)),
            annotations=frozenset({method}),
        )
    spoken: dict[str, int] = {}
    for c in ann.claims:
        who = m.author(ann.article.id).value if c.speaker == ARTICLE_SPEAKER else m.actor(c.speaker).value
        spoken[who] = spoken.get(who, 0) + 1
    return ArticleEvidence(m.article(ann.article.id).value, tuple(ties_of(ann, base)), actors, spoken, method)


def tie_quads(ties: Iterable[Tie], base: str, article_id: str) -> list[Quad]:
    """The quads of one article's tie graph (:func:`tie_statements`, as pyoxigraph quads)."""
    lines = "".join([f"{s} {p} {o} {g} .\n" for s, p, o, g in tie_statements(ties, base, article_id)])
    return list(ox.parse(lines.encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def tie_statements(ties: Iterable[Tie], base: str, article_id: str) -> list[tuple[str, str, str, str]]:
    """The quads of one article's tie graph, as N-Triples text (:mod:`kb.mapping` writes them):
    one ``gk:Tie`` per tie, with its default weight.

    ``gk:tieWeight`` is the tie's contribution under the default weights, so that a SPARQL
    user sums a pair's weight in one pattern; the other knobs re-weigh from the rest. The
    article, how it was annotated and its date are said once, of the graph.
    """
    m = TextMinter(base)
    g = m.iri("graph", article_id, "ties")
    ties = list(ties)
    out = [
        (g, RDF.type, GK.TieGraph, g),
        (g, PROV.wasDerivedFrom, m.article_graph(article_id), g),
        (g, GK.tieArticle, m.article(article_id), g),
    ]
    if ties:  # what every tie of the article shares is said once, of the graph
        out.append((g, GK.tieMethod, GK[ties[0].annotation.capitalize()], g))
        if ties[0].date:
            out.append((g, GK.tieDate, nt_literal(ties[0].date, XSD.date), g))
    for n, t in enumerate(ties):
        node = m.iri("tie", article_id, str(n))
        out += [
            (node, RDF.type, GK.Tie, g),
            (node, GK.tieKind, nt_lit(t.kind), g),
            (node, GK.tieSource, "<" + t.source + ">", g),  # minted by ties_of
            (node, GK.tieTarget, "<" + t.target + ">", g),
            (node, GK.tiePolarity, nt_lit(t.polarity), g),
            (node, GK.tieWeight, nt_lit(contribution(t, _DEFAULT)), g),
        ]
        if t.claim:
            out.append((node, GK.tieClaim, "<" + t.claim + ">", g))
            out.append((node, GK.tieStatus, STATUS[t.status or "asserted"], g))
            out.append((node, GK.tieConfidence, nt_lit(float(t.confidence)), g))
    return out

"""Map an annotation to RDF quads: what the article says, never as fact.

Graph layout, in the spirit of nanopublications (one article = one set of graphs, all
under ``{base}graph/{article}/`` so that they can be replaced together):

``{base}graph/{article}/article``
    The annotation graph: the article and its text, the actors as the annotator identified
    them (labels, aliases, Wikidata links, roles as stated), mentions and evidence spans
    (W3C Web Annotation selectors), the attribution record of every claim (who said it, via
    which outlet, where in the text, how sure) and the data-quality flags.
``{base}graph/{article}/claim/{claim}``
    One graph per claim holding only its *content*: the stances, memberships and events the
    speaker claims. The claim's record in the annotation graph points to it with
    ``gk:hasContent``, so nothing a speaker says lands in the default graph as fact. A claim
    whose annotation gives none of these has no content graph and no ``gk:hasContent``.
``{base}graph/{article}/ties``
    The article's ties, an index the alignment reads instead of every claim in the KB
    (:mod:`kb.analysis.ties`): derived here so that every write path writes it, and dropped
    with the article's other graphs.

The default graph is left empty. IRIs are a pure function of the base and the annotation's
IDs, so the same input always gives the same quads; no blank nodes are minted, which keeps
round trips through other RDF tools comparable quad for quad.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kb import vocab
from kb.annotation import ARTICLE_SPEAKER, Annotation, Article, Claim
from kb.iris import Minter, TextMinter, article_graph_prefix, lit, nt_lit, nt_literal
from kb.text import Span, quote_context
from kb.vocab import as_text

__all__ = [
    "MappedArticle",
    "Minter",
    "annotation_to_nquads",
    "annotation_to_quads",
    "article_graph_prefix",
    "lit",
]

# The vocabulary as N-Triples text: the mapping writes N-Quads lines, not pyoxigraph terms.
DCT, EVENT, EXISTENCE, FLAG, GK, KIND, OA, PROV, RDF, RDFS, SCHEMA, SKOS, STATUS, WD, XSD = map(
    as_text,
    (
        vocab.DCT,
        vocab.EVENT,
        vocab.EXISTENCE,
        vocab.FLAG,
        vocab.GK,
        vocab.KIND,
        vocab.OA,
        vocab.PROV,
        vocab.RDF,
        vocab.RDFS,
        vocab.SCHEMA,
        vocab.SKOS,
        vocab.STATUS,
        vocab.WD,
        vocab.XSD,
    ),
)
ACTOR_TYPES = {name: tuple(map(str, classes)) for name, classes in vocab.ACTOR_TYPES.items()}

Statement = tuple[str, str, str, str]
"""One quad as the N-Triples text of its subject, predicate, object and graph."""

_UNKNOWN_PROPERTIES = {
    "published": SCHEMA.datePublished,
    "publisher": SCHEMA.publisher,
    "author": SCHEMA.author,
    "url": SCHEMA.url,
}


@dataclass(frozen=True)
class MappedArticle:
    """One article's quads as N-Quads, with what a bulk load's journal needs to know."""

    nquads: bytes
    graphs: tuple[str, ...]
    """The IRIs of the article's graphs, sorted."""
    quads: int


def annotation_to_nquads(ann: Annotation, base: str) -> MappedArticle:
    """All quads of one article, its tie graph included, as N-Quads. Pure: the same input gives
    the same bytes.

    Why text: the store loads N-Quads, and writing them straight from the annotation costs
    a third of making pyoxigraph terms and serialising those (``bench/ingest_profile.py``);
    the text is what pyoxigraph would write for the same quads, byte for byte.
    """
    from kb.analysis.ties import tie_statements, ties_of  # kb.analysis imports this module: import when used

    statements = [*_quads(ann, _minter(base)), *tie_statements(ties_of(ann, base), base, ann.article.id)]
    nquads = "".join([f"{s} {p} {o} {g} .\n" for s, p, o, g in statements])
    graphs = tuple(sorted(g[1:-1] for g in {st[3] for st in statements}))
    return MappedArticle(nquads.encode("utf-8"), graphs, len(statements))


def annotation_to_quads(ann: Annotation, base: str) -> list[Quad]:
    """All quads of one article, its tie graph included, in :func:`annotation_to_nquads`'s order."""
    return list(ox.parse(annotation_to_nquads(ann, base).nquads, format=ox.RdfFormat.N_QUADS))


@lru_cache(maxsize=16)
def _minter(base: str) -> TextMinter:
    """One minter per base and process (the base is checked once)."""
    return TextMinter(base)


def _iri(value: str) -> str:
    """A user's IRI (an article's URL) as N-Triples text, checked: one that is no IRI raises ValueError."""
    return str(NamedNode(value))


def _fragment(node: str, name: str) -> str:
    """``<iri#name>`` for a node ``<iri>``."""
    return node[:-1] + "#" + name + ">"


def _making(g: str, art: Article, m: TextMinter) -> Iterator[Statement]:
    """How the annotation graph came about (PROV): by a person's hand, or drafted by a program,
    and when, if the annotation says (``article.annotated``).

    SPARQL users leave drafted articles out with one pattern on the activity's method, and
    an explanation can name the drafter version that made a link. The time is the
    annotation's own, never the time of mapping: an unknown time stays unknown, and loading
    the same annotation again gives the same quads.
    """
    method, generator = art.method, art.generator
    making = _fragment(g, "making")
    agent = m.annotator(method, generator)
    yield (g, RDF.type, PROV.Entity, g)
    yield (g, PROV.wasGeneratedBy, making, g)
    yield (making, RDF.type, PROV.Activity, g)
    if art.annotated:
        when = nt_literal(art.annotated, XSD.dateTime)
        yield (making, PROV.endedAtTime, when, g)
        yield (g, PROV.generatedAtTime, when, g)
    yield (making, GK.annotationMethod, GK[method.capitalize()], g)
    yield (making, PROV.wasAssociatedWith, agent, g)
    yield (agent, RDF.type, PROV.Agent, g)
    if method == "drafted":
        yield (agent, RDF.type, PROV.SoftwareAgent, g)
        yield (agent, RDFS.label, nt_lit(generator or "geokb drafter (version not recorded)"), g)
    else:
        yield (agent, RDF.type, PROV.Person, g)
        yield (agent, RDFS.label, nt_lit("a curator (the annotation does not name the person)"), g)


def _quads(ann: Annotation, m: TextMinter) -> Iterator[Statement]:
    art = ann.article
    g = m.article_graph(art.id)
    doc = m.article(art.id)

    def t(s: str, p: str, o: str, graph: str = g) -> Statement:
        return (s, p, o, graph)

    def evidence(node: str, span: Span) -> Iterator[Statement]:
        """A Web Annotation target: the article, narrowed by position and quote selectors."""
        target = _fragment(node, "target")
        pos = _fragment(node, "position")
        quo = _fragment(node, "quote")
        prefix, suffix = quote_context(art.text, span)
        yield t(node, GK.evidence, target)
        yield t(target, RDF.type, OA.SpecificResource)
        yield t(target, OA.hasSource, doc)
        yield t(target, OA.hasSelector, pos)
        yield t(target, OA.hasSelector, quo)
        yield t(pos, RDF.type, OA.TextPositionSelector)
        yield t(pos, OA.start, nt_lit(span.start))
        yield t(pos, OA.end, nt_lit(span.end))
        yield t(quo, RDF.type, OA.TextQuoteSelector)
        yield t(quo, OA.exact, nt_lit(art.text[span.start : span.end]))
        yield t(quo, OA.prefix, nt_lit(prefix))
        yield t(quo, OA.suffix, nt_lit(suffix))

    # the article, and what it does not tell us
    yield t(doc, RDF.type, SCHEMA.NewsArticle)
    yield t(doc, RDF.type, PROV.Entity)
    yield t(doc, SCHEMA.identifier, nt_lit(art.id))
    yield t(doc, SCHEMA.headline, nt_lit(art.title))
    yield t(doc, SCHEMA.text, nt_lit(art.text))
    yield t(doc, GK.textSha256, nt_lit(art.sha256))
    yield t(doc, GK.annotationMethod, GK[art.method.capitalize()])
    if art.language:
        yield t(doc, SCHEMA.inLanguage, nt_lit(art.language))
    for name, prop in _UNKNOWN_PROPERTIES.items():
        value = getattr(art, name)
        if value is None:
            yield t(doc, GK.unknown, prop)
        elif name == "published":
            yield t(doc, prop, nt_literal(value, XSD.date))
        elif name == "url":
            yield t(doc, prop, _iri(value))
        else:
            yield t(doc, prop, nt_lit(value))
    author = m.author(art.id)
    yield t(author, RDF.type, PROV.Agent)
    yield t(author, RDF.type, GK.ArticleVoice)
    yield t(author, RDFS.label, nt_lit(f"the author of “{art.title}”" if not art.author else art.author))
    yield t(doc, PROV.wasAttributedTo, author)
    yield t(g, RDF.type, GK.AnnotationGraph)
    yield t(g, DCT.subject, doc)
    yield from _making(g, art, m)

    # actors
    for actor in ann.actors:
        a = m.actor(actor.id)
        yield t(a, RDF.type, GK.Actor)
        if actor.existence == "established":  # an alleged bloc or a proposed force acts for no one yet
            yield t(a, RDF.type, PROV.Agent)
        for cls in ACTOR_TYPES[actor.type]:
            yield t(a, RDF.type, cls)
        yield t(a, RDFS.label, nt_lit(actor.label))
        yield t(a, SCHEMA.identifier, nt_lit(actor.id))
        misnamed = {f.surface for f in ann.flags if f.actor == actor.id and f.kind == "wrong-name"}
        for alias in actor.aliases:  # a flagged wrong name is found by search, never shown as a name
            yield t(a, SKOS.hiddenLabel if alias in misnamed else SKOS.altLabel, nt_lit(alias))
        if actor.wikidata:  # the same thing, without OWL's copying of all we say onto Wikidata's item
            yield t(a, SKOS.exactMatch, WD[actor.wikidata])
            yield t(a, SCHEMA.sameAs, WD[actor.wikidata])
        for other in actor.affiliation:
            yield t(a, GK.affiliatedWith, m.actor(other))
        if actor.unnamed:
            yield t(a, GK.unnamed, nt_lit(True))
        if actor.description:
            yield t(a, SCHEMA.description, nt_lit(actor.description))
        yield t(a, GK.existence, EXISTENCE[actor.existence])
        if actor.existence_claim:
            yield t(a, GK.existenceClaim, m.claim(art.id, actor.existence_claim))
        for role, span in actor.roles:  # IRIs from where the role is stated, not list position
            r = m.iri("role", art.id, actor.id, f"{span.start}-{span.end}")
            yield t(a, GK.statedRole, r)
            yield t(r, RDF.type, GK.StatedRole)
            yield t(r, RDFS.label, nt_lit(role))
            yield t(r, GK.inArticle, doc)
            yield from evidence(r, span)
        yield t(doc, SCHEMA.mentions, a)

    # mentions: every place an alias occurs
    for mention in ann.mentions:  # IRIs from content (actor, offset), not list position: stable under edits
        node = m.iri("mention", art.id, mention.actor, str(mention.span.start))
        yield t(node, RDF.type, GK.Mention)
        yield t(node, RDF.type, OA.Annotation)
        yield t(node, OA.motivatedBy, OA.identifying)
        yield t(node, OA.hasBody, m.actor(mention.actor))
        yield t(node, OA.hasTarget, _fragment(node, "target"))  # Web Annotation requires a target
        yield t(node, GK.inArticle, doc)
        yield from evidence(node, mention.span)

    # claims: the attribution record here, the content (if the annotation gives any) in its own graph
    stating = {x.claim for x in (*ann.memberships, *ann.events)}
    for claim in ann.claims:
        yield from _claim_quads(ann, claim, m, t, evidence, bool(claim.stances) or claim.id in stating)

    # memberships and events, each in the graph of the claim that states it
    for ms in ann.memberships:
        node = m.iri("membership", art.id, ms.id)
        cg = m.claim_graph(art.id, ms.claim)
        yield (node, RDF.type, GK.ClaimedMembership, cg)
        yield (node, GK.member, m.actor(ms.member), cg)
        yield (node, GK.group, m.actor(ms.group), cg)
        yield (node, GK.statedIn, m.claim(art.id, ms.claim), cg)
    for ev in ann.events:
        node = m.iri("event", art.id, ev.id)
        cg = m.claim_graph(art.id, ev.claim)
        yield (node, RDF.type, GK.Event, cg)
        yield (node, GK.eventType, EVENT[ev.type], cg)
        yield (node, GK.eventSubject, m.actor(ev.subject), cg)
        if ev.object:
            yield (node, GK.eventObject, m.actor(ev.object), cg)
        if ev.status:
            yield (node, GK.eventStatus, GK[ev.status.capitalize()], cg)
        yield (node, GK.statedIn, m.claim(art.id, ev.claim), cg)

    # data-quality flags: our judgement of the source, never a silent correction
    for flag in ann.flags:
        node = m.iri("flag", art.id, flag.id)
        yield t(node, RDF.type, GK.DataQualityFlag)
        yield t(node, GK.flagKind, FLAG[flag.kind])
        yield t(node, GK.concerns, m.actor(flag.actor))
        yield t(node, GK.surfaceForm, nt_lit(flag.surface))
        if flag.expected:
            yield t(node, GK.expectedForm, nt_lit(flag.expected))
        yield t(node, RDFS.comment, nt_lit(flag.note))
        yield t(node, GK.confidence, nt_lit(float(flag.confidence)))
        yield t(node, GK.inArticle, doc)
        yield from evidence(node, flag.span)


def _claim_quads(  # type: ignore[no-untyped-def]
    ann: Annotation, claim: Claim, m: TextMinter, t, evidence, content: bool
) -> Iterator[Statement]:
    """A claim's record, and its content graph when it has ``content`` (stances, memberships,
    events): a claim the annotation gives no content gets no gk:hasContent, rather than a link
    to an empty graph that a reader would take for "claims nothing"."""
    art = ann.article
    node = m.claim(art.id, claim.id)
    cg = m.claim_graph(art.id, claim.id)
    speaker = m.author(art.id) if claim.speaker == ARTICLE_SPEAKER else m.actor(claim.speaker)
    yield t(node, RDF.type, GK.Claim)
    yield t(node, RDF.type, SCHEMA.Claim)
    yield t(node, RDF.type, PROV.Entity)
    yield t(node, SCHEMA.identifier, nt_lit(claim.id))
    yield t(node, PROV.wasAttributedTo, speaker)
    yield t(node, SCHEMA.author, speaker)  # the terms ClaimReview users look for
    yield t(node, SCHEMA.appearance, m.article(art.id))
    yield t(node, SCHEMA.text, nt_lit(art.text[claim.span.start : claim.span.end]))
    if claim.via:
        yield t(node, GK.reportedVia, m.actor(claim.via))
    yield t(node, GK.inArticle, doc_iri := m.article(art.id))
    yield t(node, SCHEMA.isPartOf, doc_iri)
    yield t(node, GK.quote, nt_lit(art.text[claim.span.start : claim.span.end]))
    yield t(node, GK.direct, nt_lit(claim.direct))
    yield t(node, GK.textForm, GK[claim.form.capitalize()])
    yield t(node, GK.claimKind, KIND[claim.kind])
    yield t(node, GK.epistemicStatus, STATUS[claim.status])
    yield t(node, GK.confidence, nt_lit(float(claim.confidence)))
    if claim.note:
        yield t(node, RDFS.comment, nt_lit(claim.note))
    if claim.when_text:  # the claim's own date is its article's (schema:datePublished): not copied
        yield t(node, GK.whenText, nt_lit(claim.when_text))
    if claim.when:
        yield t(node, GK.when, nt_literal(claim.when, XSD.date))
    yield from evidence(node, claim.span)
    if content:
        yield t(node, GK.hasContent, cg)
        yield t(cg, RDF.type, GK.ClaimContent)
    seen: set[tuple[str, str]] = set()
    for stance in claim.stances:  # named by holder and target, so that editing others leaves it be
        pair = (stance.holder, stance.target)
        parts = [*pair] if pair not in seen else [*pair, "1" if stance.polarity > 0 else "-1"]
        seen.add(pair)
        s = m.iri("stance", art.id, claim.id, *parts)
        yield (s, RDF.type, GK.Stance, cg)
        yield (s, GK.holder, m.actor(stance.holder), cg)
        yield (s, GK.target, m.actor(stance.target), cg)
        yield (s, GK.polarity, nt_lit(stance.polarity), cg)
        yield (s, GK.statedIn, node, cg)

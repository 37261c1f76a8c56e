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
    ``gk:hasContent``, so nothing a speaker says lands in the default graph as fact.

The default graph is left empty. IRIs are a pure function of the base and the annotation's
IDs, so the same input always gives the same quads; no blank nodes are minted, which keeps
round trips through other RDF tools comparable quad for quad.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kb.annotation import ARTICLE_SPEAKER, Annotation, Claim
from kb.text import Span, quote_context
from kb.vocab import (
    ACTOR_TYPES,
    DCT,
    EVENT,
    EXISTENCE,
    FLAG,
    GK,
    KIND,
    OA,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STATUS,
    WD,
    XSD,
)

__all__ = ["Minter", "annotation_to_quads", "article_graph_prefix", "lit"]

_UNKNOWN_PROPERTIES = {
    "published": SCHEMA.datePublished,
    "publisher": SCHEMA.publisher,
    "author": SCHEMA.author,
    "url": SCHEMA.url,
}


@dataclass(frozen=True)
class Minter:
    """Mints the instance IRIs of one KB under its base IRI."""

    base: str

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def iri(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(map(_segment, parts)))

    def actor(self, actor_id: str) -> NamedNode:
        return self.iri("actor", actor_id)

    def article(self, article_id: str) -> NamedNode:
        return self.iri("article", article_id)

    def author(self, article_id: str) -> NamedNode:
        return self.iri("article", article_id, "author")

    def claim(self, article_id: str, claim_id: str) -> NamedNode:
        return self.iri("claim", article_id, claim_id)

    def annotator(self, method: str, generator: str | None) -> NamedNode:
        """Who made an annotation: one node for curators, one per drafter version."""
        if method == "drafted":
            return self.iri("agent", "drafter", generator or "unknown-version")
        return self.iri("agent", "curator")

    def article_graph(self, article_id: str) -> NamedNode:
        return self.iri("graph", article_id, "article")

    def claim_graph(self, article_id: str, claim_id: str) -> NamedNode:
        return self.iri("graph", article_id, "claim", claim_id)


@lru_cache(maxsize=65_536)
def _segment(part: str) -> str:
    """One IRI path segment, percent-encoded (cached: the same actor IDs recur in every article)."""
    return quote(part, safe="-._~")


def article_graph_prefix(base: str, article_id: str) -> str:
    """The IRI prefix shared by every graph of one article (and by no other article's)."""
    return Minter(base).iri("graph", article_id).value + "/"


def annotation_to_quads(ann: Annotation, base: str) -> list[Quad]:
    """All quads of one annotated article. Pure: the same input gives the same list."""
    return list(_quads(ann, Minter(base)))


def lit(value: object) -> Literal:
    """A typed literal in canonical form: booleans, integers, decimals, else a plain string."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    if isinstance(value, float):
        # canonical lexical form ("1", "0.9"), as stores such as Oxigraph keep it
        return Literal(format(Decimal(str(round(value, 6))).normalize(), "f"), datatype=XSD.decimal)
    return Literal(str(value))


def _making(g: NamedNode, method: str, generator: str | None, m: Minter) -> Iterator[Quad]:
    """How the annotation graph came about (PROV): by a person's hand, or drafted by a program.

    SPARQL users leave drafted articles out with one pattern on the activity's method, and
    an explanation can name the drafter version that made a link.
    """
    making = NamedNode(g.value + "#making")
    agent = m.annotator(method, generator)
    yield Quad(g, RDF.type, PROV.Entity, g)
    yield Quad(g, PROV.wasGeneratedBy, making, g)
    yield Quad(making, RDF.type, PROV.Activity, g)
    yield Quad(making, GK.annotationMethod, GK[method.capitalize()], g)
    yield Quad(making, PROV.wasAssociatedWith, agent, g)
    yield Quad(agent, RDF.type, PROV.Agent, g)
    if method == "drafted":
        yield Quad(agent, RDF.type, PROV.SoftwareAgent, g)
        yield Quad(agent, RDFS.label, lit(generator or "geokb drafter (version not recorded)"), g)
    else:
        yield Quad(agent, RDF.type, PROV.Person, g)
        yield Quad(agent, RDFS.label, lit("a curator (the annotation does not name the person)"), g)


def _quads(ann: Annotation, m: Minter) -> Iterator[Quad]:
    art = ann.article
    g = m.article_graph(art.id)
    doc = m.article(art.id)

    def t(s: NamedNode, p: NamedNode, o: NamedNode | Literal, graph: NamedNode = g) -> Quad:
        return Quad(s, p, o, graph)

    def evidence(node: NamedNode, span: Span) -> Iterator[Quad]:
        """A Web Annotation target: the article, narrowed by position and quote selectors."""
        target = NamedNode(node.value + "#target")
        pos = NamedNode(node.value + "#position")
        quo = NamedNode(node.value + "#quote")
        prefix, suffix = quote_context(art.text, span)
        yield t(node, GK.evidence, target)
        yield t(target, RDF.type, OA.SpecificResource)
        yield t(target, OA.hasSource, doc)
        yield t(target, OA.hasSelector, pos)
        yield t(target, OA.hasSelector, quo)
        yield t(pos, RDF.type, OA.TextPositionSelector)
        yield t(pos, OA.start, lit(span.start))
        yield t(pos, OA.end, lit(span.end))
        yield t(quo, RDF.type, OA.TextQuoteSelector)
        yield t(quo, OA.exact, lit(art.text[span.start : span.end]))
        yield t(quo, OA.prefix, lit(prefix))
        yield t(quo, OA.suffix, lit(suffix))

    # the article, and what it does not tell us
    yield t(doc, RDF.type, SCHEMA.NewsArticle)
    yield t(doc, RDF.type, PROV.Entity)
    yield t(doc, SCHEMA.identifier, lit(art.id))
    yield t(doc, SCHEMA.headline, lit(art.title))
    yield t(doc, SCHEMA.text, lit(art.text))
    yield t(doc, GK.textSha256, lit(art.sha256))
    yield t(doc, GK.annotationMethod, GK[art.method.capitalize()])
    if art.language:
        yield t(doc, SCHEMA.inLanguage, lit(art.language))
    for name, prop in _UNKNOWN_PROPERTIES.items():
        value = getattr(art, name)
        if value is None:
            yield t(doc, GK.unknown, prop)
        elif name == "published":
            yield t(doc, prop, Literal(value, datatype=XSD.date))
        elif name == "url":
            yield t(doc, prop, NamedNode(value))
        else:
            yield t(doc, prop, lit(value))
    author = m.author(art.id)
    yield t(author, RDF.type, PROV.Agent)
    yield t(author, RDF.type, GK.ArticleVoice)
    yield t(author, RDFS.label, lit(f"the author of “{art.title}”" if not art.author else art.author))
    yield t(doc, PROV.wasAttributedTo, author)
    yield t(g, RDF.type, GK.AnnotationGraph)
    yield t(g, DCT.subject, doc)
    yield from _making(g, art.method, art.generator, m)

    # actors
    for actor in ann.actors:
        a = m.actor(actor.id)
        yield t(a, RDF.type, GK.Actor)
        if actor.existence == "established":  # an alleged bloc or a proposed force acts for no one yet
            yield t(a, RDF.type, PROV.Agent)
        for cls in ACTOR_TYPES[actor.type]:
            yield t(a, RDF.type, cls)
        yield t(a, RDFS.label, lit(actor.label))
        yield t(a, SCHEMA.identifier, lit(actor.id))
        misnamed = {f.surface for f in ann.flags if f.actor == actor.id and f.kind == "wrong-name"}
        for alias in actor.aliases:  # a flagged wrong name is found by search, never shown as a name
            yield t(a, SKOS.hiddenLabel if alias in misnamed else SKOS.altLabel, lit(alias))
        if actor.wikidata:  # the same thing, without OWL's copying of all we say onto Wikidata's item
            yield t(a, SKOS.exactMatch, WD[actor.wikidata])
            yield t(a, SCHEMA.sameAs, WD[actor.wikidata])
        for other in actor.affiliation:
            yield t(a, GK.affiliatedWith, m.actor(other))
        if actor.unnamed:
            yield t(a, GK.unnamed, lit(True))
        if actor.description:
            yield t(a, SCHEMA.description, lit(actor.description))
        yield t(a, GK.existence, EXISTENCE[actor.existence])
        if actor.existence_claim:
            yield t(a, GK.existenceClaim, m.claim(art.id, actor.existence_claim))
        for n, (role, span) in enumerate(actor.roles, 1):
            r = m.iri("role", art.id, actor.id, str(n))
            yield t(a, GK.statedRole, r)
            yield t(r, RDF.type, GK.StatedRole)
            yield t(r, RDFS.label, lit(role))
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
        yield t(node, OA.hasTarget, NamedNode(node.value + "#target"))  # Web Annotation requires a target
        yield t(node, GK.inArticle, doc)
        yield from evidence(node, mention.span)

    # claims: the attribution record here, the content in its own graph
    for claim in ann.claims:
        yield from _claim_quads(ann, claim, m, t, evidence)

    # memberships and events, each in the graph of the claim that states it
    for ms in ann.memberships:
        node = m.iri("membership", art.id, ms.id)
        cg = m.claim_graph(art.id, ms.claim)
        yield Quad(node, RDF.type, GK.ClaimedMembership, cg)
        yield Quad(node, GK.member, m.actor(ms.member), cg)
        yield Quad(node, GK.group, m.actor(ms.group), cg)
        yield Quad(node, GK.statedIn, m.claim(art.id, ms.claim), cg)
    for ev in ann.events:
        node = m.iri("event", art.id, ev.id)
        cg = m.claim_graph(art.id, ev.claim)
        yield Quad(node, RDF.type, GK.Event, cg)
        yield Quad(node, GK.eventType, EVENT[ev.type], cg)
        yield Quad(node, GK.eventSubject, m.actor(ev.subject), cg)
        if ev.object:
            yield Quad(node, GK.eventObject, m.actor(ev.object), cg)
        if ev.status:
            yield Quad(node, GK.eventStatus, GK[ev.status.capitalize()], cg)
        yield Quad(node, GK.statedIn, m.claim(art.id, ev.claim), cg)

    # data-quality flags: our judgement of the source, never a silent correction
    for flag in ann.flags:
        node = m.iri("flag", art.id, flag.id)
        yield t(node, RDF.type, GK.DataQualityFlag)
        yield t(node, GK.flagKind, FLAG[flag.kind])
        yield t(node, GK.concerns, m.actor(flag.actor))
        yield t(node, GK.surfaceForm, lit(flag.surface))
        if flag.expected:
            yield t(node, GK.expectedForm, lit(flag.expected))
        yield t(node, RDFS.comment, lit(flag.note))
        yield t(node, GK.confidence, lit(float(flag.confidence)))
        yield t(node, GK.inArticle, doc)
        yield from evidence(node, flag.span)


def _claim_quads(ann: Annotation, claim: Claim, m: Minter, t, evidence) -> Iterator[Quad]:  # type: ignore[no-untyped-def]
    art = ann.article
    node = m.claim(art.id, claim.id)
    cg = m.claim_graph(art.id, claim.id)
    speaker = m.author(art.id) if claim.speaker == ARTICLE_SPEAKER else m.actor(claim.speaker)
    yield t(node, RDF.type, GK.Claim)
    yield t(node, RDF.type, SCHEMA.Claim)
    yield t(node, RDF.type, PROV.Entity)
    yield t(node, SCHEMA.identifier, lit(claim.id))
    yield t(node, PROV.wasAttributedTo, speaker)
    yield t(node, SCHEMA.author, speaker)  # the terms ClaimReview users look for
    yield t(node, SCHEMA.appearance, m.article(art.id))
    yield t(node, SCHEMA.text, lit(art.text[claim.span.start : claim.span.end]))
    if claim.via:
        yield t(node, GK.reportedVia, m.actor(claim.via))
    yield t(node, GK.inArticle, doc_iri := m.article(art.id))
    yield t(node, SCHEMA.isPartOf, doc_iri)
    yield t(node, GK.quote, lit(art.text[claim.span.start : claim.span.end]))
    yield t(node, GK.direct, lit(claim.direct))
    yield t(node, GK.textForm, GK[claim.form.capitalize()])
    yield t(node, GK.claimKind, KIND[claim.kind])
    yield t(node, GK.epistemicStatus, STATUS[claim.status])
    yield t(node, GK.confidence, lit(float(claim.confidence)))
    if claim.note:
        yield t(node, RDFS.comment, lit(claim.note))
    yield t(node, GK.hasContent, cg)
    yield from evidence(node, claim.span)
    yield t(cg, RDF.type, GK.ClaimContent)
    seen: set[tuple[str, str]] = set()
    for stance in claim.stances:  # named by holder and target, so that editing others leaves it be
        pair = (stance.holder, stance.target)
        parts = [*pair] if pair not in seen else [*pair, "1" if stance.polarity > 0 else "-1"]
        seen.add(pair)
        s = m.iri("stance", art.id, claim.id, *parts)
        yield Quad(s, RDF.type, GK.Stance, cg)
        yield Quad(s, GK.holder, m.actor(stance.holder), cg)
        yield Quad(s, GK.target, m.actor(stance.target), cg)
        yield Quad(s, GK.polarity, lit(stance.polarity), cg)
        yield Quad(s, GK.statedIn, node, cg)

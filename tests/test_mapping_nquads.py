"""The mapping writes N-Quads itself: the text must be what pyoxigraph writes for the same quads.

Since session 10 :func:`kb.mapping.annotation_to_nquads` writes each term's N-Triples text
instead of making pyoxigraph terms and serialising them. These hold that text to pyoxigraph's
own writer, byte for byte, on the bundled article and on one full of hostile strings (quotes,
backslashes, newlines, control characters, non-BMP characters, noncharacters), and hold each
hostile string to come back whole when the N-Quads are read.
"""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from kb.analysis.ties import tie_quads, tie_statements, ties_of
from kb.annotation import Annotation
from kb.iris import TextMinter, nt_lit, nt_literal
from kb.mapping import annotation_to_nquads, annotation_to_quads
from kb.vocab import GK, RDFS, SCHEMA, XSD

from .conftest import BASE

HOSTILE = 'a "quoted" \\ back\\slash\nnew line\r\ttab \x00\x07\x1f\x7f \ufffe\uffff 🜂 𝔘 — “curly” \u2028'


def _hostile(ann: Annotation) -> Annotation:
    """``ann`` with hostile strings wherever the annotation has free text the mapping writes."""
    art = dataclasses.replace(
        ann.article,
        title=f"title {HOSTILE}",
        text=ann.article.text + f"\n{HOSTILE}\n",  # appended: every span still points where it did
        author=f"author {HOSTILE}",
        publisher=f"publisher {HOSTILE}",
        language="en-GB",
        url="https://example.org/news/é?q=1&r=%C3%A9#top",
    )
    first, *rest = ann.actors
    actors = (dataclasses.replace(first, label=f"label {HOSTILE}", description=HOSTILE), *rest)
    claims = tuple(dataclasses.replace(c, note=f"note {HOSTILE}") for c in ann.claims)
    flags = tuple(dataclasses.replace(f, note=HOSTILE, expected=HOSTILE) for f in ann.flags)
    return dataclasses.replace(
        ann, article=art, actors=actors, claims=claims, flags=flags, actor_index={a.id: a for a in actors}
    )


def _as_pyoxigraph_writes(nquads: bytes) -> bytes:
    return ox.serialize(list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)), format=ox.RdfFormat.N_QUADS)


@pytest.mark.parametrize("hostile", [False, True], ids=["bundled", "hostile"])
def test_nquads_are_what_pyoxigraph_writes_for_the_same_quads(annotation, hostile):
    ann = _hostile(annotation) if hostile else annotation
    mapped = annotation_to_nquads(ann, BASE)
    assert mapped.nquads == _as_pyoxigraph_writes(mapped.nquads)
    quads = list(ox.parse(mapped.nquads, format=ox.RdfFormat.N_QUADS))
    assert mapped.quads == len(quads) == mapped.nquads.count(b"\n")
    assert mapped.graphs == tuple(sorted({q.graph_name.value for q in quads}))
    assert annotation_to_quads(ann, BASE) == quads


def test_hostile_strings_come_back_whole(annotation):
    ann = _hostile(annotation)
    quads = set(annotation_to_quads(ann, BASE))
    g = ox.NamedNode(f"{BASE}graph/{ann.article.id}/article")
    doc = ox.NamedNode(f"{BASE}article/{ann.article.id}")
    actor = ox.NamedNode(f"{BASE}actor/{ann.actors[0].id}")
    expected = [
        ox.Quad(doc, SCHEMA.headline, ox.Literal(ann.article.title), g),
        ox.Quad(doc, SCHEMA.text, ox.Literal(ann.article.text), g),
        ox.Quad(doc, SCHEMA.publisher, ox.Literal(ann.article.publisher), g),
        ox.Quad(doc, SCHEMA.inLanguage, ox.Literal("en-GB"), g),
        ox.Quad(doc, SCHEMA.url, ox.NamedNode(ann.article.url), g),
        ox.Quad(actor, RDFS.label, ox.Literal(ann.actors[0].label), g),
        ox.Quad(actor, SCHEMA.description, ox.Literal(HOSTILE), g),
    ]
    for claim in ann.claims:
        node = ox.NamedNode(f"{BASE}claim/{ann.article.id}/{claim.id}")
        expected.append(ox.Quad(node, RDFS.comment, ox.Literal(claim.note), g))
        direct = ox.Literal("true" if claim.direct else "false", datatype=XSD.boolean)
        expected.append(ox.Quad(node, GK.direct, direct, g))
    assert [q for q in expected if q not in quads] == []


def test_an_url_that_is_no_iri_is_refused_as_before(annotation):
    bad = dataclasses.replace(annotation, article=dataclasses.replace(annotation.article, url="not an iri"))
    with pytest.raises(ValueError):
        annotation_to_nquads(bad, BASE)


def test_a_lone_surrogate_is_refused(annotation):
    bad = dataclasses.replace(annotation, article=dataclasses.replace(annotation.article, title="\ud800"))
    with pytest.raises(ValueError):  # pyoxigraph's Literal refuses it too
        annotation_to_nquads(bad, BASE)


def test_literal_escaping_matches_pyoxigraph_for_every_code_point():
    # every character but the surrogates, in runs of 256 (one literal each: quick, and each
    # character's escape is checked in place between others)
    points = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    for i in range(0, len(points), 256):
        text = "".join(map(chr, points[i : i + 256]))
        assert nt_lit(text) == nt_literal(text) == str(ox.Literal(text)), hex(points[i])
    for value in (True, False, 0, -7, 10**20, 0.9, 1.0, 1 / 3, 2.5e-7, "plain", "é"):
        assert nt_lit(value) == str(ox.Literal(value) if isinstance(value, str) else _lit(value)), value
    assert nt_literal("2025-03-03", str(XSD.date)) == str(ox.Literal("2025-03-03", datatype=XSD.date))


def _lit(value: object) -> ox.Literal:
    from kb.iris import lit

    return lit(value)


def test_text_minter_mints_the_same_iris():
    from kb.iris import Minter

    text, terms = TextMinter(BASE), Minter(BASE)
    for name, args in [
        ("actor", ("a b/c",)),
        ("article", ("x",)),
        ("author", ("x",)),
        ("claim", ("x", "ç 1")),
        ("annotator", ("drafted", "geokb drafter 2")),
        ("article_graph", ("x",)),
        ("claim_graph", ("x", "c")),
    ]:
        assert getattr(text, name)(*args) == str(getattr(terms, name)(*args)), name
    with pytest.raises(ValueError):
        TextMinter("not a base")


def test_tie_quads_are_the_tie_statements(annotation):
    ties = ties_of(annotation, BASE)
    statements = tie_statements(ties, BASE, annotation.article.id)
    quads = tie_quads(ties, BASE, annotation.article.id)
    assert [tuple(map(str, (q.subject, q.predicate, q.object, q.graph_name))) for q in quads] == statements


def test_mapping_and_tie_graphs_share_one_text_vocabulary():
    """One text namespace per vocabulary namespace, whoever writes with it, and its terms are
    the N-Triples text of the pyoxigraph terms."""
    from kb import mapping, vocab
    from kb.analysis import ties

    for name in ("GK", "PROV", "RDF", "STATUS", "XSD"):
        assert getattr(mapping, name) is getattr(ties, name)
        assert getattr(mapping, name).type == str(getattr(vocab, name).type)

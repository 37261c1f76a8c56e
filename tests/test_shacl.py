"""SHACL: what geokb produces conforms; a broken annotation fails with a readable message."""

from __future__ import annotations

import pyoxigraph as ox

from kb.errors import GeokbError
from kb.ingest import ingest_annotation
from kb.mapping import annotation_to_quads
from kb.store import OxigraphStore
from kb.validate import validate_quads
from kb.vocab import GK, PROV

from .conftest import BASE


def test_the_whole_store_conforms(built_store):
    report = validate_quads(built_store.quads())
    assert report.conforms, report.summary()


def test_a_claim_without_speaker_is_reported_by_name(annotation):
    quads = [
        q
        for q in annotation_to_quads(annotation, BASE)
        if not (q.predicate == PROV.wasAttributedTo and q.subject.value.endswith("/azarov-derail-peace"))
    ]
    report = validate_quads(quads)
    assert not report.conforms
    (v,) = report.violations
    assert v.focus.endswith("claim/starmer-putin/azarov-derail-peace")
    assert v.path == "prov:wasAttributedTo"
    assert "exactly one speaker" in v.message


def test_bad_polarity_and_membership_without_claim_are_caught(annotation):
    quads = []
    stance = "/stance/starmer-putin/headline-starmer-rejects-putin/"
    for q in annotation_to_quads(annotation, BASE):
        if q.predicate == GK.polarity and stance in q.subject.value:
            q = ox.Quad(q.subject, q.predicate, ox.Literal("5", datatype=q.object.datatype), q.graph_name)
        if q.predicate == GK.statedIn and "/membership/" in q.subject.value:
            continue
        quads.append(q)
    report = validate_quads(quads)
    text = report.summary()
    assert "polarity is -1, 0 or 1" in text
    assert text.count("geokb holds none as fact") == 3


def test_ingest_refuses_what_fails_validation(annotation, monkeypatch):
    from kb import ingest

    def broken(ann, base):
        return [q for q in annotation_to_quads(ann, base) if q.predicate != GK.claimKind]

    monkeypatch.setattr(ingest, "annotation_to_quads", broken)
    s = OxigraphStore(None)
    try:
        ingest_annotation(s, annotation, BASE)
    except GeokbError as exc:
        assert "fails SHACL validation" in str(exc) and "gk:claimKind" in str(exc)
    else:
        raise AssertionError("invalid RDF was written")
    assert len(s) == 0

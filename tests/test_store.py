"""The embedded Oxigraph store: atomic, idempotent per-article replacement, on disk."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
import pytest

from kb.annotation import load_annotation, parse_annotation
from kb.errors import StoreError
from kb.ingest import build, ingest_annotation
from kb.mapping import annotation_to_quads
from kb.repository import dataset_graph, delete_article, replace_article
from kb.store import open_store

from .conftest import BASE


def _snapshot(store) -> set[ox.Quad]:
    """The articles' quads: everything but the store's record of its base (kb.repository)."""
    return {q for q in store.quads() if q.graph_name != dataset_graph(BASE)}


def test_reingest_is_idempotent(store, annotation):
    before = _snapshot(store)
    ingest_annotation(store, annotation, BASE)
    ingest_annotation(store, annotation, BASE)
    assert _snapshot(store) == before
    assert len(_snapshot(store)) == len(annotation_to_quads(annotation, BASE))
    # the dataset, the base it records, and its write stamp (token, previous, article written)
    assert len(store) == len(_snapshot(store)) + 5


def test_a_changed_annotation_replaces_the_old_one_entirely(store, annotation):
    fewer = replace(
        annotation, claims=annotation.claims[:3], memberships=(), events=(), actors=annotation.actors
    )
    fewer = replace(fewer, actors=tuple(a for a in annotation.actors if a.existence == "established"))
    ingest_annotation(store, fewer, BASE, shacl=False)
    assert _snapshot(store) == set(annotation_to_quads(fewer, BASE))


def test_a_failing_build_changes_nothing(store, article_dir):
    before = _snapshot(store)
    path = article_dir / "starmer-putin.yaml"
    path.write_text(
        path.read_text("utf-8").replace("quote: derail Trump's", "quote: derail Biden's"), "utf-8"
    )
    report = build(store, [path], BASE)
    assert not report.ok and "derail Biden" in report.errors[0][1]
    assert _snapshot(store) == before


def test_articles_are_independent(store, annotation):
    other = replace(annotation, article=replace(annotation.article, id="second-article"))
    ingest_annotation(store, other, BASE)
    assert len(_snapshot(store)) == 2 * len(annotation_to_quads(annotation, BASE))
    delete_article(store, BASE, "second-article")
    assert _snapshot(store) == set(annotation_to_quads(annotation, BASE))


def test_prefix_of_one_article_id_does_not_touch_another(store, annotation):
    longer = replace(annotation, article=replace(annotation.article, id="starmer-putin-2"))
    ingest_annotation(store, longer, BASE)
    n = len(store)
    delete_article(store, BASE, "starmer")  # a prefix of both IDs, but not an article
    replace_article(store, BASE, "starmer-putin", annotation_to_quads(annotation, BASE))
    assert len(store) == n


def test_hostile_text_round_trips_exactly(annotation):
    text = 'He said: "}} ; DROP ALL ; <script>alert(1)</script> \\ \u0000x"\n\ttab \U0001f600 end.'
    text = text.replace("\u0000", "")
    data = {
        "article": {"id": "hostile", "title": 'A "title" with } braces', "text": "x"},
        "actors": [{"id": "someone", "type": "person", "label": '<b>Some</b> "one"', "aliases": ["He"]}],
        "claims": [
            {"id": "c1", "speaker": "someone", "quote": text[9:], "kind": "statement", "status": "reported"}
        ],
    }
    ann = parse_annotation(data, text)
    s = open_store("memory:")
    ingest_annotation(s, ann, BASE)
    assert _snapshot(s) == set(annotation_to_quads(ann, BASE))
    (row,) = list(s.query("SELECT ?q WHERE { GRAPH ?g { ?c gk:quote ?q } }"))
    assert row["q"].value == text[9:]


def test_store_persists_on_disk(tmp_path, annotation):
    s = open_store(tmp_path / "store")
    ingest_annotation(s, annotation, BASE)
    n = len(s)
    s.close()
    again = open_store(tmp_path / "store")
    assert len(again) == n
    again.close()


def test_unknown_scheme_is_a_clear_error():
    with pytest.raises(StoreError, match="no store backend"):
        open_store("ftp://example.org/kb")


def test_quads_outside_the_article_are_refused(store, annotation):
    stray = ox.Quad(
        ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o"), ox.DefaultGraph()
    )
    before = _snapshot(store)
    with pytest.raises(StoreError, match="outside the graphs"):
        replace_article(store, BASE, "starmer-putin", [*annotation_to_quads(annotation, BASE), stray])
    assert _snapshot(store) == before


def test_bundled_file_loads_from_the_installed_package(bundled_path):
    assert load_annotation(bundled_path).article.id == "starmer-putin"

"""The tie index: ties derived from the annotation equal ties read from the store, kept by deltas."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pyoxigraph import Quad

from kb.analysis import align, load_alignment_input
from kb.analysis.index import aligned, aligned_json, index_from_input, load_index
from kb.analysis.live import LiveAlignment
from kb.analysis.record import input_digest, run_id
from kb.analysis.ties import article_evidence, ties_graph, ties_of
from kb.annotation import Annotation, load_annotation
from kb.checks import dataset_findings
from kb.errors import GeokbError, NotFoundError
from kb.ingest import ingest_annotation
from kb.mapping import annotation_to_quads, lit
from kb.repository import delete_article
from kb.store import Store, open_store
from kb.validate import validate_quads
from kb.vocab import GK
from tests.conftest import BASE

DATA = Path(__file__).resolve().parent.parent / "kb" / "data"


def _annotations() -> list[Annotation]:
    """Every annotation under kb/data that loads (the bundled article and the eval sets)."""
    out = []
    for path in sorted(DATA.rglob("*.yaml")):
        try:
            out.append(load_annotation(path))
        except GeokbError:
            continue  # gazetteer and rule files, not annotations
    return out


ANNOTATIONS = _annotations()


def test_there_are_annotations_to_compare() -> None:
    assert len(ANNOTATIONS) > 5
    assert any(a.memberships for a in ANNOTATIONS)
    assert any(x.affiliation for a in ANNOTATIONS for x in a.actors)


@pytest.mark.parametrize("ann", ANNOTATIONS, ids=lambda a: a.article.id)
def test_ties_of_equals_what_the_store_gives_back(ann: Annotation) -> None:
    store = open_store("memory:")
    ingest_annotation(store, ann, BASE, shacl=False)
    read = load_alignment_input(store)
    assert ties_of(ann, BASE) == read.ties
    ev = article_evidence(ann, BASE)
    assert set(ev.actors) == set(read.actors)
    for iri, info in ev.actors.items():
        assert info == read.actors[iri]
    assert ev.spoken == read.claims_spoken


@pytest.mark.parametrize("ann", ANNOTATIONS[:6], ids=lambda a: a.article.id)
def test_the_tie_graph_passes_shacl_and_the_dataset_checks(ann: Annotation) -> None:
    quads = annotation_to_quads(ann, BASE)
    g = ties_graph(BASE, ann.article.id)
    assert any(q.graph_name == g for q in quads)
    assert validate_quads(quads).conforms
    assert dataset_findings(quads) == []


def test_a_broken_tie_fails_shacl(annotation: Annotation) -> None:
    quads = annotation_to_quads(annotation, BASE)
    tie = next(q.subject for q in quads if q.predicate == GK.tieKind)
    broken = [q for q in quads if not (q.subject == tie and q.predicate == GK.tieSource)]
    assert validate_quads(broken).conforms is False
    doubled = [*quads, Quad(tie, GK.tiePolarity, lit(7), quads[0].graph_name)]
    assert validate_quads(doubled).conforms is False


def test_the_index_of_a_full_read_equals_the_index_kept_by_deltas() -> None:
    store = open_store("memory:")
    for ann in ANNOTATIONS:
        ingest_annotation(store, ann, BASE, shacl=False)
    full = load_alignment_input(store)
    kept = index_from_input(load_alignment_input(open_store("memory:")))
    for ann in ANNOTATIONS:
        kept.put(article_evidence(ann, BASE))
    got = kept.input()
    assert got.ties == full.ties
    assert set(got.actors) == set(full.actors)
    assert got.claims_spoken == full.claims_spoken
    assert got.claims_spoken_by == full.claims_spoken_by
    assert index_from_input(full).input().ties == full.ties


def test_replacing_and_deleting_an_article_replaces_and_drops_its_tie_graph(annotation: Annotation) -> None:
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    g = ties_graph(BASE, annotation.article.id)

    def ties_in_store() -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?t a gk:Tie }} }}"
        return int(next(iter(store.query(query)))["n"].value)

    assert ties_in_store() == len(ties_of(annotation, BASE)) > 0
    fewer = replace(annotation, claims=annotation.claims[:1], memberships=(), events=())
    ingest_annotation(store, fewer, BASE, shacl=False)
    assert ties_in_store() == len(ties_of(fewer, BASE)) < len(ties_of(annotation, BASE))
    delete_article(store, BASE, annotation.article.id)
    assert ties_in_store() == 0
    assert not store.query(f"ASK {{ GRAPH {g} {{ ?s ?p ?o }} }}")


def test_sparql_users_read_pair_weights_from_the_tie_graphs(store: Store) -> None:
    rows = store.query(
        "SELECT ?a ?b (SUM(?w) AS ?weight) WHERE { GRAPH ?g { ?t a gk:Tie ; gk:tieSource ?a ; "
        "gk:tieTarget ?b ; gk:tieWeight ?w } } GROUP BY ?a ?b"
    )
    sums: dict[tuple[str, str], float] = {}
    for r in rows:
        a, b = r["a"].value, r["b"].value
        key = (a, b) if a < b else (b, a)
        sums[key] = sums.get(key, 0.0) + float(r["weight"].value)
    G = align(store).graph
    assert sums
    for (a, b), w in sums.items():
        if a != b and round(w, 6):
            assert G[a][b]["weight"] == pytest.approx(w, abs=1e-6)


# -- co-alignment, on every store backend -------------------------------------------------------


def test_aligned_agrees_with_the_alignment_graph(store: Store) -> None:
    index = load_index(store)
    G = align(store).graph
    checked = 0
    for actor in sorted(G.nodes):
        for a in aligned(index, actor, limit=1000):
            assert a.score > 0
            assert a.score == pytest.approx(a.direct + a.shared)
            edge = G[actor][a.actor]["weight"] if G.has_edge(actor, a.actor) else 0.0
            assert a.direct == pytest.approx(edge)
            assert a.claims
            checked += 1
    assert checked > 0


def test_aligned_ranks_same_sign_stances_on_a_shared_target_and_names_the_claims(store: Store) -> None:
    index = load_index(store)
    for actor in sorted(index.stances):
        answer = aligned(index, actor, limit=50)
        scores = [a.score for a in answer]
        assert scores == sorted(scores, reverse=True)
        for a in answer:
            if a.shared > 0:
                assert a.targets
                assert {c["holder"] for c in a.claims} & {actor, a.actor}


def test_aligned_resolves_names_and_refuses_unknown_actors(store: Store) -> None:
    index = load_index(store)
    out = aligned_json(index, "keir-starmer", limit=3)
    assert out["actor"] == BASE + "actor/keir-starmer"
    assert len(out["aligned"]) <= 3
    with pytest.raises(NotFoundError):
        aligned(index, BASE + "actor/nobody")
    with pytest.raises(GeokbError):
        aligned_json(index, "no such actor at all")


# -- the live alignment ---------------------------------------------------------------------


def align_run_id(a) -> str:  # type: ignore[no-untyped-def]
    return run_id(input_digest(a.data.ties), {**a.clustering.parameters, "weights": a.weights.as_dict()})


def _edges(G) -> dict[frozenset, float]:  # type: ignore[no-untyped-def]
    return {frozenset((u, v)): w for u, v, w in G.edges(data="weight")}


def test_a_write_through_the_live_alignment_matches_a_full_read() -> None:
    store = open_store("memory:")
    for ann in ANNOTATIONS[:3]:
        ingest_annotation(store, ann, BASE, shacl=False)
    live = LiveAlignment(store, BASE, background=False)
    live.state()
    for ann in ANNOTATIONS[3:8]:
        ingest_annotation(store, ann, BASE, shacl=False)
        live.written(ann)
    assert live.status()["computed"] == "full" and not live.status()["pending"]
    mine, full = live.alignment(), align(store)
    assert mine.data.ties == full.data.ties
    assert _edges(mine.graph) == _edges(full.graph)
    assert mine.clustering.assignment == full.clustering.assignment
    assert live.status()["id"] == align_run_id(full)


def test_full_rebuild_writes_the_tie_graphs_of_a_store_that_has_none(annotation: Annotation) -> None:
    store = open_store("memory:")
    ingest_annotation(store, annotation, BASE)
    g = ties_graph(BASE, annotation.article.id)

    def graph() -> list[str]:
        rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        return sorted(" ".join(str(r[v]) for v in ("s", "p", "o")) for r in rows)

    before = graph()
    store.update(f"DROP GRAPH {g}")  # a store built before tie graphs existed
    assert graph() == []
    LiveAlignment(store, BASE, background=False).full()
    assert graph() == before != []


def test_shared_scores_from_arrays_equal_the_loop_and_follow_deltas() -> None:
    from kb.analysis.index import _shared, _shared_slowly

    store = open_store("memory:")
    for ann in ANNOTATIONS:
        ingest_annotation(store, ann, BASE, shacl=False)
    index = load_index(store)

    def check() -> int:
        n = 0
        for actor in sorted(index.stances):
            fast, slow = _shared(index, actor), _shared_slowly(index, actor, index.stance_weight)
            assert {k: v for k, v in fast.items() if v} == {k: v for k, v in slow.items() if v}
            n += sum(1 for v in slow.values() if v)
        return n

    assert check() > 0
    fewer = replace(ANNOTATIONS[0], claims=ANNOTATIONS[0].claims[:2], memberships=(), events=())
    index.put(article_evidence(fewer, BASE))  # the cached arrays of the changed stances go
    check()
    index.drop(article_evidence(ANNOTATIONS[1], BASE).article)
    check()

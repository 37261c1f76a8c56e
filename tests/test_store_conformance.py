"""What every store backend must do: the interface of kb.store.Store, on each registered backend."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kb.errors import QueryError

G1, G2 = ox.NamedNode("http://kb.test/g1"), ox.NamedNode("http://kb.test/g2")
S, P = ox.NamedNode("http://kb.test/s"), ox.NamedNode("http://kb.test/p")


def quad(i: int, g: ox.NamedNode) -> ox.Quad:
    return ox.Quad(S, P, ox.Literal(f"o{i} “quoted” \\ {{}}"), g)


def test_extend_quads_named_graphs_len(empty_store):
    s = empty_store
    assert len(s) == 0 and s.named_graphs() == []
    s.extend([quad(1, G1), quad(2, G1), quad(3, G2)])
    assert len(s) == 3
    assert set(s.named_graphs()) == {G1, G2}
    assert set(s.quads(G1)) == {quad(1, G1), quad(2, G1)}
    assert set(s.quads()) == {quad(1, G1), quad(2, G1), quad(3, G2)}


def test_bulk_add_adds_the_graphs_of_n_quads(empty_store):
    s = empty_store
    s.extend([quad(1, G1)])
    v = s.version
    s.bulk_add(ox.serialize([quad(2, G2), quad(3, G2)], format=ox.RdfFormat.N_QUADS), [G2.value])
    assert s.version > v
    assert set(s.quads(G2)) == {quad(2, G2), quad(3, G2)} and set(s.quads(G1)) == {quad(1, G1)}


def test_update_and_query_with_the_kb_prefixes(empty_store):
    s = empty_store
    s.update(f"INSERT DATA {{ GRAPH {G1} {{ {S} rdfs:label 'x' }} }}")
    (row,) = s.query("SELECT ?l WHERE { GRAPH ?g { ?s rdfs:label ?l } }")
    assert row["l"].value == "x"
    assert bool(s.query(f"ASK {{ GRAPH {G1} {{ ?s ?p ?o }} }}"))  # a server may hold graphs of its own
    assert not s.query(f"ASK {{ GRAPH {G2} {{ ?s ?p ?o }} }}")  # Virtuoso answers ASK as a SELECT
    triples = list(s.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {G1} {{ ?s ?p ?o }} }}"))
    assert [t.object.value for t in triples] == ["x"]
    with pytest.raises(QueryError):
        s.query("SELECT ?x WHERE { ?x ?y }")


def test_dataset_of_a_query_can_be_chosen(empty_store):
    s = empty_store
    s.extend([quad(1, G1), quad(2, G2)])
    rows = list(s.query("SELECT ?o WHERE { ?s ?p ?o }", default_graph=[G2]))
    assert [r["o"] for r in rows] == [quad(2, G2).object]


def test_clear_empties_and_every_write_bumps_the_version(empty_store):
    s = empty_store
    v0 = s.version
    s.extend([quad(1, G1)])
    v1 = s.version
    s.update(f"DROP SILENT GRAPH {G1}")  # SILENT: Virtuoso refuses DROP of a graph never CREATEd
    v2 = s.version
    assert len(s) == 0
    s.extend([quad(2, G2)])
    s.clear()
    assert v0 < v1 < v2 < s.version
    assert len(s) == 0 and s.named_graphs() == []
    s.query("ASK {}")  # reading does not change it
    assert s.version == v2 + 2


def test_a_store_is_a_context_manager(empty_store):
    with empty_store as s:
        s.extend([quad(1, G1)])
        assert len(s) == 1

"""Alignment analysis on the bundled article: clusters, explanations, weights, the recorded run."""

from __future__ import annotations

import pytest

from kb.analysis import Weights, align, record_alignment
from kb.analysis.report import explanation_json
from kb.errors import AmbiguousName, NotFoundError
from kb.validate import validate_quads
from tests.conftest import BASE

A = BASE + "actor/"
STARMER, MACRON, MERZ = A + "keir-starmer", A + "emmanuel-macron", A + "friedrich-merz"
PUTIN, RUSSIA, MIROSHNIK = A + "vladimir-putin", A + "russia", A + "rodion-miroshnik"


@pytest.fixture(scope="module")
def alignment(built_store):
    return align(built_store)


@pytest.mark.parametrize("seed", range(5))
def test_the_expected_camps_for_every_seed(built_store, seed):
    c = align(built_store, seed=seed).clustering
    assert c.same(STARMER, MACRON) and c.same(MACRON, MERZ)
    assert c.same(PUTIN, RUSSIA) and c.same(RUSSIA, MIROSHNIK)
    assert not c.same(STARMER, PUTIN)


def test_folding_parts_into_wholes_keeps_the_camps(built_store):
    result = align(built_store, weights=Weights(fold_parts=True))
    G = result.graph
    assert PUTIN not in G and STARMER not in G  # folded into their states
    assert PUTIN in G.nodes[RUSSIA]["parts"] and MIROSHNIK in G.nodes[RUSSIA]["parts"]
    uk, france, germany = (result.resolve(n) for n in ("Starmer", "Macron", "Merz"))
    assert (uk, france, germany) == (A + "united-kingdom", A + "france", A + "germany")
    assert result.clustering.same(uk, france) and result.clustering.same(france, germany)
    assert not result.clustering.same(uk, result.resolve("Putin"))


def test_every_tie_in_an_explanation_cites_claims_that_exist(built_store, alignment):
    statuses = {
        r["c"].value: r["s"].value.rsplit("/", 1)[1]
        for r in built_store.query(
            "SELECT ?c ?s WHERE { GRAPH ?g { ?c a gk:Claim ; gk:epistemicStatus ?s } }"
        )
    }
    checked = 0
    for actor in alignment.graph:
        expl = alignment.explain(actor, top=None)
        for edge in expl.ties_inside + expl.ties_outside:
            assert edge.claims, (actor, edge.other)
            for item in edge.evidence:
                if item.kind != "structural":
                    assert statuses[item.claim] == item.status
                    assert item.quote and item.speaker
                    checked += 1
        for edge in expl.structure:
            assert all(item.kind == "structural" and item.claim is None for item in edge.evidence)
    # each tie is seen from both of its ends
    assert checked == 2 * sum(1 for t in alignment.data.ties if t.kind != "structural" and t.polarity)


def test_the_alleged_bloc_ties_weigh_as_alleged(built_store):
    base = align(built_store)
    edge = base.graph[MACRON][MERZ]
    ((tie, w),) = edge["evidence"]
    assert (tie.kind, tie.status, tie.confidence) == ("co-membership", "alleged", 0.9)
    assert w == pytest.approx(0.5 * 0.4 * 0.9)
    lighter = align(built_store, weights=Weights().with_status(alleged=0.1)).graph[MACRON][MERZ]["weight"]
    assert lighter == pytest.approx(0.5 * 0.1 * 0.9)
    same = align(built_store, weights=Weights().with_status(asserted=0.3)).graph[MACRON][MERZ]["weight"]
    assert same == pytest.approx(edge["weight"])
    halved = align(built_store, weights=Weights(membership=0.25)).graph[MACRON][MERZ]["weight"]
    assert halved == pytest.approx(edge["weight"] / 2)


def test_stances_of_different_status_add_up_on_one_edge(alignment):
    edge = alignment.graph[STARMER][PUTIN]
    by_claim = {t.claim.rsplit("/", 1)[1]: (t.status, w) for t, w in edge["evidence"]}
    assert by_claim == {
        "headline-starmer-rejects-putin": ("asserted", -1.0),
        "starmer-not-answering-to-putin": ("reported", -0.75),
    }
    assert edge["weight"] == pytest.approx(-1.75)
    assert (edge["positive"], edge["negative"]) == (0.0, pytest.approx(1.75))


def test_reported_frustration_and_cohesion_follow_from_the_edges(alignment):
    c = alignment.clustering
    bad = [
        (u, v, w)
        for u, v, w in alignment.graph.edges(data="weight")
        if (c.same(u, v) and w < 0) or (not c.same(u, v) and w > 0)
    ]
    assert c.frustration_count == len(bad)
    assert c.frustration_weight == pytest.approx(sum(abs(w) for *_, w in bad))
    russia = c.cluster_of(RUSSIA)
    assert russia.cohesion == 1.0 and russia.internal_negative == 0
    assert sorted(len(cl.members) for cl in c.clusters) == sorted(
        len([n for n in alignment.graph if c.assignment[n] == cl.id]) for cl in c.clusters
    )


def test_pair_explanation_gives_direct_ties_or_the_chain(alignment):
    direct = alignment.explain_pair("Starmer", "Putin")
    assert direct.same_cluster is False and direct.direct is not None
    assert direct.direct.weight == pytest.approx(-1.75) and direct.direct.agrees
    chain = alignment.explain_pair("Macron", "Putin")
    assert chain.direct is None
    assert chain.path[0] == MACRON and chain.path[-1] == PUTIN and len(chain.path) >= 3
    assert all(h.evidence for h in chain.hops)
    data = explanation_json(chain)
    assert data["hops"][0]["claims"]


def test_actor_names_resolve_like_a_reader_would_type_them(alignment):
    assert alignment.resolve("boris starmer") == STARMER  # the article's misnaming is an alias
    assert alignment.resolve("MACRON") == MACRON
    assert alignment.resolve("keir-starmer") == STARMER
    with pytest.raises(NotFoundError, match="no actor"):
        alignment.resolve("Napoleon")
    with pytest.raises(AmbiguousName, match="may be") as info:  # a word two actors share
        alignment.resolve("unnamed")
    assert len(info.value.candidates) >= 2 and all(c["label"] for c in info.value.candidates)


def test_centrality_tables_agree_with_sparql(built_store, alignment):
    tables = alignment.centrality(top=5)
    top = tables["targeted"][0]
    (row,) = built_store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s a gk:Stance ; gk:target <{top['actor']}> }} }}"
    )
    assert top["label"] == "United Kingdom" and top["stances"] == int(row["n"].value) == 7
    assert top["negative_share"] == 1.0
    assert tables["vocal"][0]["label"] == "Keir Starmer" and tables["vocal"][0]["claims"] == 5
    assert tables["bridging"][0]["betweenness"] >= tables["bridging"][-1]["betweenness"] > 0


def test_the_run_is_recorded_with_provenance_and_replaced_on_rerun(store):
    result = align(store)
    before = len(store)
    run = record_alignment(store, result, BASE)
    added = len(store) - before
    assert added > 0
    rows = list(
        store.query(f"""
        SELECT ?run ?cluster ?algorithm ?seed ?alleged ?started ?digest WHERE {{
          GRAPH ?g {{
            ?cluster gk:clusterMember <{MACRON}> ; prov:wasGeneratedBy ?run .
            ?run a prov:Activity ; gk:algorithm ?algorithm ; gk:seed ?seed ; prov:startedAtTime ?started ;
                 gk:inputDigest ?digest ; gk:statusWeight [ gk:status status:alleged ; gk:weight ?alleged ] .
            ?g prov:wasGeneratedBy ?run .
          }} }}""")
    )
    assert len(rows) == 1
    assert rows[0]["run"] == run and rows[0]["seed"].value == "0" and rows[0]["alleged"].value == "0.4"
    assert bool(
        store.query(
            f"ASK {{ GRAPH ?g {{ <{rows[0]['cluster'].value}> gk:clusterMember <{STARMER}>, <{MERZ}> }} }}"
        )
    )
    # the same run again changes nothing, not even its time; forced, it replaces its graph
    started = rows[0]["started"]
    assert record_alignment(store, align(store), BASE) == run
    assert len(store) - before == added
    (again,) = store.query(f"SELECT ?t WHERE {{ GRAPH ?g {{ <{run.value}> prov:startedAtTime ?t }} }}")
    assert again["t"] == started
    assert record_alignment(store, align(store), BASE, force=True) == run
    assert len(store) - before == added
    other = record_alignment(store, align(store, seed=7), BASE)
    assert other != run and len(store) - before == 2 * added
    # the article's graphs are untouched and the whole store still validates
    assert validate_quads(store.quads()).conforms

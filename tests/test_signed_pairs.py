"""The alignment clustered from the pairs' exact sums (kb.analysis.graph.signed_pairs) against the old
path through the networkx graph with every tie (alignment_graph, signed_clusters, structural_balance),
kept here as the reference: random dated ties, windows, weights and seeds (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.analysis.alignment import Alignment, align_input
from kb.analysis.clusters import signed_clusters, structural_balance
from kb.analysis.drift import window_alignment
from kb.analysis.evidence import ActorInfo, AlignmentInput, Tie
from kb.analysis.explain import explain_actor
from kb.analysis.graph import Weights, alignment_graph, pair_units, signed_pairs
from kb.analysis.index import index_from_input
from kb.analysis.params import AlignmentParams
from kb.analysis.record import input_digest, run_id
from kb.analysis.timeline import window_input

DAY0 = date(2025, 1, 1)
KINDS = ["stance", "stance", "stance", "membership", "co-membership", "structural"]
STATUS = ["asserted", "reported", "alleged", None]


@st.composite
def inputs(draw, max_actors: int = 12, max_ties: int = 60) -> AlignmentInput:
    """Actors (some unnamed by any tie, some named only by ties) and dated ties in a few articles:
    few distinct weights, so that praise and blame between two actors can offset each other to 0."""
    n = draw(st.integers(2, max_actors))
    known = draw(st.sets(st.integers(0, n - 1), max_size=n))
    actors = {f"a{i:02d}": ActorInfo(f"a{i:02d}", f"Actor {i}") for i in sorted(known)}
    articles = draw(st.integers(1, 6))
    dated = [draw(st.one_of(st.none(), st.integers(0, 40))) for _ in range(articles)]
    ties = []
    for _ in range(draw(st.integers(0, max_ties))):
        kind = draw(st.sampled_from(KINDS))
        u, v = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
        k = draw(st.integers(0, articles - 1))
        day = dated[k]
        ties.append(
            Tie(
                kind,
                f"a{u:02d}",
                f"a{v:02d}",
                1 if kind == "structural" else draw(st.sampled_from([1, -1, -1, 0])),
                claim=None if kind == "structural" else f"c{len(ties)}",
                status=None if kind == "structural" else draw(st.sampled_from(STATUS)),
                confidence=draw(st.sampled_from([1.0, 0.5, 0.25, 0.3])),
                speaker=f"a{u:02d}",
                article=f"art{k}",
                annotation=draw(st.sampled_from(["curated", "drafted"])),
                date=None if day is None else (DAY0 + timedelta(days=day)).isoformat(),
            )
        )
    return AlignmentInput(actors=actors, ties=ties)


weights = st.builds(
    Weights,
    status=st.fixed_dictionaries(
        {
            "asserted": st.sampled_from([1.0, 0.8]),
            "reported": st.sampled_from([0.75, 0.5]),
            "alleged": st.sampled_from([0.4, 0.1]),
        }
    ).map(MappingProxyType),
    membership=st.sampled_from([0.5, 1.0, 0.3]),
    structural=st.sampled_from([1.0, 0.5, 2.0]),
    fold_parts=st.booleans(),
    drafted=st.sampled_from([0.5, 1.0, 0.2]),
)
days = st.one_of(st.none(), st.integers(0, 40).map(lambda d: DAY0 + timedelta(days=d)))


def reference(data: AlignmentInput, w: Weights, seed: int, resolution: float) -> Alignment:
    """The old path: the graph with every tie, clustered and balanced from it."""
    G = alignment_graph(data, w)
    clustering = signed_clusters(G, seed=seed, resolution=resolution)
    now = datetime.now(UTC)
    return Alignment(data, G, clustering, w, structural_balance(G), now, now)


def same(a: Alignment, ref: Alignment) -> None:
    params = {k: v for k, v in a.clustering.parameters.items() if k in ref.clustering.parameters}
    assert a.clustering.assignment == ref.clustering.assignment
    assert a.clustering.clusters == ref.clustering.clusters
    assert (a.clustering.frustration_count, a.clustering.frustration_weight, a.clustering.total_weight) == (
        ref.clustering.frustration_count,
        ref.clustering.frustration_weight,
        ref.clustering.total_weight,
    )
    assert params == ref.clustering.parameters
    assert a.balance == ref.balance
    ref_summary = ref.summary()
    ref_summary["parameters"] = {**a.clustering.parameters, "weights": a.weights.as_dict()}
    assert a.summary() == ref_summary
    assert a.nodes == sorted(ref.graph) and [a.label(n) for n in a.nodes] == [ref.label(n) for n in a.nodes]


@given(inputs(), weights, days, days, st.booleans(), st.integers(0, 3), st.sampled_from([0.0, 0.0, 0.5]))
@settings(max_examples=300, deadline=None)
def test_a_window_clustered_from_the_pairs_is_the_one_clustered_from_the_graph(
    data, w, since, until, undated, seed, resolution
):
    if since and until and since > until:
        since, until = until, since
    kwargs = dict(since=since, until=until, include_undated=undated)
    a = align_input(data, weights=w, seed=seed, resolution=resolution, **kwargs)
    windowed = window_input(data, since, until, include_undated=undated) if since or until else data
    ref = reference(windowed, w, seed, resolution)
    same(a, ref)
    p = {**a.clustering.parameters, "weights": w.as_dict()}
    assert run_id(input_digest(a.data.ties), p) == run_id(input_digest(ref.data.ties), p)
    for actor in a.nodes[:3]:  # the graph built on demand explains as the reference does
        assert a.explain(actor, top=None) == explain_actor(ref.graph, ref.clustering, actor, top=None)


@given(inputs(), weights, st.integers(0, 3))
@settings(max_examples=200, deadline=None)
def test_the_pairs_are_the_graphs_nodes_and_weights(data, w, seed):
    G = alignment_graph(data, w)
    p = signed_pairs(data, w)
    assert p.nodes == sorted(G) and p.edges == G.number_of_edges()
    assert p.labels == {n: d["label"] for n, d in G.nodes(data=True)}
    for i, row in enumerate(p.adj):
        u = p.nodes[i]
        assert row == {p.nodes.index(v): d["weight"] for v, d in sorted(G[u].items()) if d["weight"]}
        assert list(row) == sorted(row)


@given(inputs(), days, days, st.booleans())
@settings(max_examples=150, deadline=None)
def test_a_window_from_the_index_answers_as_the_graph_of_its_ties(data, since, until, undated):
    if since and until and since > until:
        since, until = until, since
    if not (since or until):
        since = DAY0
    index = index_from_input(data)
    params = AlignmentParams(since=since, until=until, include_undated=undated)
    a, run = window_alignment(index, params)
    data = index.window(since, until, include_undated=undated)
    recount = window_input(data, since, until, include_undated=undated, cut=True)  # from its ties, one by one
    assert (data.actors, data.claims_spoken, data.claims_spoken_by) == (
        recount.actors,
        recount.claims_spoken,
        recount.claims_spoken_by,
    )
    ref = reference(data, Weights(), 0, 0.0)
    same(a, ref)
    assert run["id"] == run_id(
        input_digest(ref.data.ties), {**a.clustering.parameters, "weights": Weights().as_dict()}
    )
    assert list(a.graph.edges(data=True)) == list(ref.graph.edges(data=True))


@given(inputs(), weights, days, days, st.booleans())
@settings(max_examples=100, deadline=None)
def test_a_window_adds_its_articles_pair_sums_as_its_ties_add_up(data, w, since, until, undated):
    if since and until and since > until:
        since, until = until, since
    index = index_from_input(data)
    window = index.window(since, until, include_undated=undated)
    assert window.pair_units is not None and len(window.pair_units) >= len({t.article for t in window.ties})
    added: dict[tuple[str, str], int] = {}
    for share in window.pair_units:
        for key, n in share.items():
            added[key] = added.get(key, 0) + n
    assert added == pair_units(window.ties)  # default weights: the articles' sums, added
    plain = AlignmentInput(actors=window.actors, ties=window.ties)  # no sums kept: read from the ties
    assert signed_pairs(window, w) == signed_pairs(plain, w)  # any weights: the kept sums or the ties
    assert signed_pairs(window) == signed_pairs(plain)

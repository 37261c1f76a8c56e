"""Incremental alignment against a full recompute, over random sequences of writes (hypothesis).

Each example writes and replaces small made-up articles one by one. After every write the
live alignment applies the article's delta to its tie index and re-clusters locally; the
full path reads the whole store and clusters from scratch. They must give the same signed
graph, edge for edge, and partitions whose frustration differs by at most
:data:`TOLERANCE` of the graph's total absolute weight. The incremental partition is also
never worse than the previous partition carried over to the new graph (local moving only
ever lowers the frustration).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.analysis import load_alignment_input
from kb.analysis.clusters import frustration
from kb.analysis.live import LiveAlignment, full_alignment
from kb.analysis.record import input_digest
from kb.ingest import ingest_annotation, parse_submission
from kb.store import open_store
from tests.conftest import BASE

TOLERANCE = 0.25
"""Incremental frustration <= full frustration + TOLERANCE x total |weight| (stated in the README)."""

ACTORS = [f"a{i}" for i in range(6)]
LABELS = {
    a: f"Actor {name}"
    for a, name in zip(ACTORS, ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"], strict=True)
}
QUOTES = [f"Quote number {i} was said." for i in range(6)]
TEXT = " ".join(QUOTES) + " " + " ".join(LABELS.values()) + "."

actor = st.sampled_from(ACTORS)
stance = st.fixed_dictionaries({"holder": actor, "target": actor, "polarity": st.sampled_from([-1, 0, 1])})
claim = st.fixed_dictionaries(
    {
        "speaker": st.sampled_from(["article", *ACTORS]),
        "status": st.sampled_from(["asserted", "reported", "alleged"]),
        "confidence": st.sampled_from([1.0, 0.7, 0.4]),
        "stances": st.lists(stance, max_size=3),
        "members": st.lists(actor, max_size=3, unique=True),
        "group": st.sampled_from(ACTORS[4:]),
    }
)
article = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["p", "q", "r", "s"]),  # few IDs: many writes replace an article
        "drafted": st.booleans(),
        "claims": st.lists(claim, max_size=4),
        "parts": st.lists(st.tuples(actor, actor), max_size=2),
    }
)


def _annotation(spec: dict):  # type: ignore[no-untyped-def]
    """A valid annotation from a drawn spec (self-stances and self-memberships left out)."""
    actors = []
    for a in ACTORS:
        wholes = sorted({w for p, w in spec["parts"] if p == a and w != a})
        kind = "bloc" if a in ACTORS[4:] else "state"  # the last two are groups others can belong to
        actors.append({"id": a, "type": kind, "label": LABELS[a], "affiliation": wholes})
    claims, memberships = [], []
    for i, c in enumerate(spec["claims"]):
        stances = [s for s in c["stances"] if s["holder"] != s["target"]]
        claims.append(
            {
                "id": f"c{i}",
                "speaker": c["speaker"],
                "quote": QUOTES[i],
                "kind": "statement",
                "status": _status(c["speaker"], c["status"]),
                "confidence": c["confidence"],
                "stances": stances,
            }
        )
        for m in c["members"]:
            if m != c["group"]:
                memberships.append({"id": f"m{i}-{m}", "member": m, "group": c["group"], "claim": f"c{i}"})
    data = {
        "article": {"id": spec["id"], "title": f"Article {spec['id']}", "text": "t.txt"},
        "actors": actors,
        "claims": claims,
        "memberships": memberships,
    }
    if spec["drafted"]:
        data["article"]["annotation"] = "drafted"
        data["article"]["generator"] = "test-drafter 1"
    return parse_submission(data, TEXT)


def _status(speaker: str, drawn: str) -> str:
    """The article's voice asserts (or alleges); an actor's claim is reported (or alleged)."""
    if speaker == "article":
        return "asserted" if drawn == "reported" else drawn
    return "reported" if drawn == "asserted" else drawn


def _weights(G) -> dict[frozenset, float]:  # type: ignore[no-untyped-def]
    return {frozenset((u, v)): w for u, v, w in G.edges(data="weight")}


def _edges(G) -> dict[frozenset, tuple[float, float, float]]:  # type: ignore[no-untyped-def]
    return {frozenset((u, v)): (d["weight"], d["positive"], d["negative"]) for u, v, d in G.edges(data=True)}


@given(st.lists(article, min_size=1, max_size=6), st.integers(0, 2))
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_incremental_equals_full(writes, first) -> None:  # type: ignore[no-untyped-def]
    store = open_store("memory:")
    for spec in writes[:first]:  # some articles before the index is read
        ingest_annotation(store, _annotation(spec), BASE, shacl=False)
    live = LiveAlignment(store, BASE, background=False)
    live.background = True  # the full recompute is not run: what is compared is the incremental one
    live._schedule = lambda: None  # type: ignore[method-assign]
    live.state()
    for spec in writes[first:]:
        ann = _annotation(spec)
        before = live.state().clustering.assignment
        ingest_annotation(store, ann, BASE, shacl=False)
        live.written(ann)
        full = full_alignment(load_alignment_input(store))
        skeleton, inc = live.state().skeleton, live.state().clustering
        assert set(skeleton.nodes) == set(full.graph.nodes)
        assert _weights(skeleton) == _weights(full.graph)  # the graph patched by the delta
        whole = live.alignment()  # the graph with its evidence, as readers get it
        assert whole.data.ties == full.data.ties
        assert _edges(whole.graph) == _edges(full.graph)
        assert live.index.digest() == input_digest(full.data.ties)
        total = full.clustering.total_weight
        assert inc.frustration_weight <= full.clustering.frustration_weight + TOLERANCE * total + 1e-9
        carried = {n: before.get(n, -1 - i) for i, n in enumerate(sorted(skeleton.nodes))}
        assert inc.frustration_weight <= frustration(skeleton, carried)[1] + 1e-9
    store.close()

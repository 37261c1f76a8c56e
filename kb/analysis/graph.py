"""The signed actor graph: one undirected edge per pair of actors, weighted by its evidence.

Each tie contributes ``polarity x status weight x confidence``, times the membership
discount for memberships and co-memberships and the drafted discount for ties that come
from a machine-drafted (not yet reviewed) article; structural (part-of) ties contribute the
structural weight, or, with ``fold_parts``, fold the part into its whole instead. An edge's
``weight`` is the sum of its contributions, so praise and criticism between the same two
actors offset each other, and its ``evidence`` keeps every tie behind that sum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from operator import attrgetter
from types import MappingProxyType

import networkx as nx

from kb.analysis._gc import paused_gc
from kb.analysis.evidence import AlignmentInput, Tie

__all__ = [
    "DEFAULT_STATUS_WEIGHTS",
    "SignedPairs",
    "Weights",
    "alignment_graph",
    "contribution",
    "fold_map",
    "pair_units",
    "signed_pairs",
]

DEFAULT_STATUS_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"asserted": 1.0, "reported": 0.75, "alleged": 0.4}
)
"""How much a claim counts by its epistemic status.

The article's own voice counts fully; a statement it attributes to someone counts less,
because we only know that it was said; an allegation counts least, because even the
speaker presents it as an imputation about someone else.
"""


@dataclass(frozen=True)
class Weights:
    """The knobs of the signed graph; every figure in an explanation follows from these.

    ``membership`` discounts ties that come from a claimed membership (being named as a
    member is weaker evidence of alignment than a stance taken). ``structural`` is the
    weight of a part-of link when parts are not folded into their wholes. ``drafted``
    discounts every tie from an article that :mod:`kb.extract` drafted and nobody has
    reviewed yet: a rule-based draft misreads more than a curator does, so by default its
    ties count half as much as the same ties curated.
    """

    status: Mapping[str, float] = field(default_factory=lambda: DEFAULT_STATUS_WEIGHTS)
    membership: float = 0.5
    structural: float = 1.0
    fold_parts: bool = False
    drafted: float = 0.5

    def with_status(self, **status: float) -> Weights:
        """A copy with some status weights changed: ``w.with_status(alleged=0.1)``."""
        return replace(self, status=MappingProxyType({**self.status, **status}))

    def __reduce__(self) -> tuple:
        """Pickled as plain values (a MappingProxyType does not pickle): the service sends
        weights to, and alignments from, its worker processes."""
        values = (self.membership, self.structural, self.fold_parts, self.drafted)
        return (_weights, (dict(self.status), *values))

    def as_dict(self) -> dict[str, object]:
        return {
            "status": dict(self.status),
            "membership": self.membership,
            "structural": self.structural,
            "fold_parts": self.fold_parts,
            "drafted": self.drafted,
        }


def _weights(status: dict[str, float], *rest: object) -> Weights:
    return Weights(MappingProxyType(status), *rest)  # type: ignore[arg-type]


def contribution(tie: Tie, weights: Weights) -> float:
    """The signed weight one tie adds to its edge.

    >>> from kb.analysis.evidence import Tie
    >>> contribution(Tie("stance", "a", "b", -1, status="alleged", confidence=0.5), Weights())
    -0.2
    >>> drafted = Tie("stance", "a", "b", -1, status="alleged", confidence=0.5, annotation="drafted")
    >>> contribution(drafted, Weights())
    -0.1
    """
    if tie.kind == "structural":
        w = tie.polarity * weights.structural
    else:
        w = tie.polarity * weights.status.get(tie.status or "", 0.0) * tie.confidence
        if tie.kind in ("membership", "co-membership"):
            w *= weights.membership
    if tie.annotation == "drafted":
        w *= weights.drafted
    return round(w, 12)


UNITS = 10**12
"""A contribution is rounded to 12 decimals (:func:`contribution`): as an integer of these
units it is exact, so an edge's sum does not depend on the order its ties are added in, and
the tie index (:class:`~kb.analysis.index.TieIndex`) patches it by deltas to the very value
a full read sums (:func:`edge_weight`)."""


def in_units(w: float) -> int:
    """A contribution (12 decimals at most) as an exact integer of :data:`UNITS`."""
    return round(w * UNITS)


def edge_weight(units: int) -> float:
    """An edge's weight from the exact sum of its ties' contributions (rounded to 9 decimals).

    >>> edge_weight(in_units(0.1) + in_units(0.2)), 0.1 + 0.2
    (0.3, 0.30000000000000004)
    """
    return round(units / UNITS, 9)


def fold_map(ties: list[Tie]) -> dict[str, str]:
    """Each actor that is part of another -> the outermost whole it belongs to.

    An actor that is part of two unrelated wholes is ambiguous and is not folded; cycles
    are broken by not folding the actors on them.
    """
    parent: dict[str, set[str]] = {}
    for t in ties:
        if t.kind == "structural":
            parent.setdefault(t.source, set()).add(t.target)
    root: dict[str, str] = {}
    for node in sorted(parent):
        seen = [node]
        cur = node
        while len(parent.get(cur, ())) == 1:
            (nxt,) = parent[cur]
            if nxt in seen:
                break
            seen.append(nxt)
            cur = nxt
        else:
            if cur != node:
                root[node] = cur
    return root


def alignment_graph(data: AlignmentInput, weights: Weights | None = None) -> nx.Graph:
    """The undirected signed graph of ``data``'s actors.

    Nodes are actor IRIs with ``label``, ``type``, ``claims_spoken`` and (when folding)
    ``parts``; edges carry ``weight`` (signed sum), ``positive`` and ``negative`` (the sums
    of each sign, both >= 0) and ``evidence``: a list of ``(tie, contribution)``.

    >>> from kb.analysis.evidence import AlignmentInput, ActorInfo, Tie
    >>> d = AlignmentInput(ties=[Tie("stance", "a", "b", 1, status="asserted"),
    ...                          Tie("stance", "b", "a", -1, status="alleged")])
    >>> G = alignment_graph(d)
    >>> round(G["a"]["b"]["weight"], 2), G["a"]["b"]["positive"], G["a"]["b"]["negative"]
    (0.6, 1.0, 0.4)
    """
    with paused_gc():
        return _alignment_graph(data, weights or Weights())


def _alignment_graph(data: AlignmentInput, weights: Weights) -> nx.Graph:
    folded = fold_map(data.ties) if weights.fold_parts else {}
    G = nx.Graph()
    for iri, info in data.actors.items():
        if iri not in folded:
            G.add_node(iri, label=info.label, type=info.type, claims_spoken=0, parts=[])
    for iri, n in data.claims_spoken.items():
        node = folded.get(iri, iri)
        if node in G:
            G.nodes[node]["claims_spoken"] += n
    for part, whole in folded.items():
        if whole in G:
            G.nodes[whole]["parts"].append(part)
    status = dict(weights.status)
    edges: dict[tuple[str, str], list] = {}  # (u, v) with u < v -> [weight, positive, negative, evidence]
    # a tie's contribution and its units depend on five fields that take few values: worked out
    # once per combination, not once per tie (this loop runs once per tie of the whole KB)
    worth: dict[tuple, tuple[float, int]] = {}
    for tie in data.ties:
        if tie.kind == "structural" and weights.fold_parts:
            continue
        what = (tie.kind, tie.polarity, tie.status, tie.confidence, tie.annotation)
        if (found := worth.get(what)) is None:
            found = worth[what] = _worth(tie, weights, status)
        w, units = found
        u, v = tie.source, tie.target
        if folded:
            u, v = folded.get(u, u), folded.get(v, v)
        if u == v or w == 0:
            continue
        key = (u, v) if u < v else (v, u)
        e = edges.get(key)
        if e is None:
            e = edges[key] = [0, 0.0, 0.0, []]
        e[0] += units  # exact, in any order
        if w > 0:
            e[1] += w
        else:
            e[2] -= w
        e[3].append((tie, w))
    for u, v in edges:
        for node in (u, v):
            if node not in G:
                G.add_node(node, label=node, type=None, claims_spoken=0, parts=[])
    G.add_edges_from(
        (
            u,
            v,
            {
                "weight": edge_weight(w),
                "positive": pos,
                "negative": neg,
                "evidence": ev,
            },
        )
        for (u, v), (w, pos, neg, ev) in edges.items()
    )
    return G


@dataclass(frozen=True)
class SignedPairs:
    """The signed graph as clustering reads it, without networkx and without the ties behind each edge.

    ``nodes`` are :func:`alignment_graph`'s nodes sorted by IRI; ``adj[i]`` maps the position
    of each neighbour of ``nodes[i]`` (in order) to the edge's ``weight`` when that is not 0;
    ``edges`` counts every pair with ties, those whose ties offset each other to 0 as well;
    ``labels`` has each node's label as the graph's node carries it.
    """

    nodes: list[str]
    adj: list[dict[int, float]]
    edges: int
    labels: dict[str, str | None]


def signed_pairs(data: AlignmentInput, weights: Weights | None = None) -> SignedPairs:
    """The nodes and edge weights of :func:`alignment_graph` (``data``, ``weights``), summed as exact
    integers per pair of actors: what clustering and the balance read, at a fraction of the cost
    of a graph that keeps every tie (which an explanation alone needs).

    >>> from kb.analysis.evidence import Tie
    >>> d = AlignmentInput(ties=[Tie("stance", "a", "b", 1, status="asserted"),
    ...                          Tie("stance", "b", "a", -1, status="alleged")])
    >>> p = signed_pairs(d)
    >>> p.nodes, p.adj, p.edges
    (['a', 'b'], [{1: 0.6}, {0: 0.6}], 1)
    """
    weights = weights or Weights()
    with paused_gc():
        folded = fold_map(data.ties) if weights.fold_parts else {}
        labels = {iri: info.label for iri, info in data.actors.items() if iri not in folded}
        if data.pair_units is not None and weights == Weights():  # an index's window, default knobs
            units: dict[tuple[str, str], int] = {}
            for share in data.pair_units:
                for key, n in share.items():
                    units[key] = units.get(key, 0) + n
        else:
            units = pair_units(data.ties, weights, folded)
        for u, v in units:
            labels.setdefault(u, u)
            labels.setdefault(v, v)
        nodes = sorted(labels)
        index = {n: i for i, n in enumerate(nodes)}
        adj: list[dict[int, float]] = [{} for _ in nodes]
        for (u, v), total in units.items():
            if w := edge_weight(total):  # ties that offset each other (to 9 decimals): an edge of weight 0
                i, j = index[u], index[v]
                adj[i][j] = w
                adj[j][i] = w
        adj = [dict(sorted(row.items())) for row in adj]
    return SignedPairs(nodes, adj, len(units), labels)


def pair_units(
    ties: Iterable[Tie], weights: Weights | None = None, folded: Mapping[str, str] | None = None
) -> dict[tuple[str, str], int]:
    """Each pair of actors (the lesser IRI first) -> the exact sum of its ties' units under
    ``weights`` (:func:`in_units`), the ends ``folded`` into their wholes first: a pair whose ties
    offset each other is there with 0, a tie worth nothing (or within one actor) is not.
    Sums add up, so a window's are its articles' added (what a tie index keeps per article).

    >>> from kb.analysis.evidence import Tie
    >>> pair_units([Tie("stance", "b", "a", 1, status="asserted"),
    ...             Tie("stance", "a", "b", -1, status="asserted")])
    {('a', 'b'): 0}
    """
    weights = weights or Weights()
    folded = folded or {}
    status = dict(weights.status)
    ties = ties if isinstance(ties, (list, tuple)) else list(ties)
    units: dict[tuple[str, str], int] = {}
    worth: dict[tuple, int] = {}  # as in _alignment_graph: a tie's units once per kind of tie
    for what, (u, v) in zip(map(_what, ties), map(_ends, ties), strict=True):  # read in C
        if (n := worth.get(what)) is None:
            n = worth[what] = _units_of(what, weights, status)
        if not n:
            continue
        if folded:
            u, v = folded.get(u, u), folded.get(v, v)
        if u == v:
            continue
        key = (u, v) if u < v else (v, u)
        units[key] = units.get(key, 0) + n
    return units


_what = attrgetter("kind", "polarity", "status", "confidence", "annotation")
"""The fields a tie's contribution depends on (:func:`_worth`)."""
_ends = attrgetter("source", "target")


def _units_of(what: tuple, weights: Weights, status: dict[str, float]) -> int:
    """The units of a tie with these :data:`_what` fields (0 for a part-of tie when parts are folded)."""
    kind, polarity, stat, confidence, annotation = what
    if kind == "structural" and weights.fold_parts:
        return 0
    tie = Tie(kind, "", "", polarity, status=stat, confidence=confidence, annotation=annotation)
    return _worth(tie, weights, status)[1]


def _worth(tie: Tie, weights: Weights, status: dict[str, float]) -> tuple[float, int]:
    """A tie's contribution (:func:`contribution`, as the graph has always computed it) and its units."""
    if tie.kind == "structural":
        w = tie.polarity * weights.structural
        if tie.annotation == "drafted":
            w = round(w * weights.drafted, 12)
    else:
        w = tie.polarity * status.get(tie.status, 0.0) * tie.confidence  # type: ignore[arg-type]
        if tie.kind != "stance":
            w *= weights.membership
        if tie.annotation == "drafted":
            w *= weights.drafted
        w = round(w, 12)
    return w, round(w * UNITS)

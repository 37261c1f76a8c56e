"""The interactive graph page: actors as nodes, stances and memberships as edges.

Why it is built here and not in the API: ``geokb graph -o FILE`` writes the same page as
one self-contained file, so the data, the layout and the HTML are the library's; the
service only serves them.

Three steps, each a pure function:

:func:`graph_view`
    turns an :class:`~kb.analysis.Alignment` into plain JSON: pyvis node and edge records
    (shape by actor type, colour by cluster, size by how often an actor is quoted or
    targeted; edge colour by polarity, dashes by epistemic status, width by weight), each
    with its evidence under ``gk`` (quote, speaker, via, article, status, claim IRI);
:func:`layout`
    places the nodes once, on the server: clusters side by side on a spiral, each laid out
    by NetworkX's spring model, so the browser draws a frozen picture instead of running a
    physics simulation that never settles at 2,000 nodes;
:func:`render_graph_page`
    the HTML, with every asset either served by the API (``assets="served"``) or inlined
    (``assets="inline"``): the page never asks any other host for anything.

Everything that came from article text travels as JSON inside a ``<script
type="application/json">`` element (Jinja's ``tojson`` escapes ``<``, ``>``, ``&`` and
``'``), and the page's script only ever puts it into the DOM as text.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import networkx as nx
from pyvis.network import Network

from kb.analysis import Alignment, Weights, align
from kb.analysis.drift import drift
from kb.analysis.graph import contribution
from kb.browse import list_articles
from kb.cache import LRUCache
from kb.pages import env
from kb.settings import Settings, default
from kb.store import Store
from kb.taskpool import TaskRunner

__all__ = [
    "TYPE_SHAPES",
    "graph_view",
    "layout",
    "render_graph_page",
    "store_graph_view",
    "vendor_dir",
]

TYPE_SHAPES: dict[str, str] = {
    "person": "dot",
    "state": "square",
    "government-body": "triangleDown",
    "organization": "triangle",
    "media": "diamond",
    "bloc": "hexagon",
    "armed-force": "star",
}
"""vis-network shape by actor type; actors of unknown type are drawn as an ``ellipse``."""

UNKNOWN_SHAPE = "ellipse"

CLUSTER_COLOURS = (
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948",
    "#76b7b2", "#ff9da7", "#9c755f", "#e15759", "#8cd17d",
)  # fmt: skip
"""Tableau 10; clusters past the tenth and single actors share a neutral grey."""
OTHER_CLUSTER = "#b9c0c8"

POLARITY_COLOURS = {1: "#2e8b57", -1: "#c0392b", 0: "#8a939c"}
MEMBERSHIP_COLOUR = "#3b6fb6"
ALLEGED_MEMBERSHIP_COLOUR = "#d97706"
STRUCTURAL_COLOUR = "#a3acb5"

STATUS_DASHES: dict[str | None, Any] = {
    "asserted": False,
    "reported": [10, 6],
    "alleged": [2, 5],
    None: False,
}
"""Solid for what the article asserts, dashed for reported, dotted for alleged."""
STATUS_OPACITY = {"asserted": 1.0, "reported": 0.85, "alleged": 0.55, None: 0.7}

EDGE_KINDS = ("stance", "membership", "structural")
"""Co-memberships are left out: they are derived from memberships, which are drawn."""

_HERE = Path(str(files("kb")))
_STATIC = _HERE / "static"


def vendor_dir() -> Path:
    """The directory of vis-network as pyvis installs it (served by the API, inlined in files)."""
    import pyvis

    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def graph_view(
    alignment: Alignment,
    articles: list[dict[str, Any]] | None = None,
    *,
    initial_nodes: int = default("graph_initial_nodes"),
    max_edges: int = default("graph_max_edges"),
    physics: bool = False,
    title: str = "geokb graph",
    api: str | None = None,
    annotation: str | None = None,
) -> dict[str, Any]:
    """The page's data: nodes, edges, clusters, articles and vis-network options.

    ``initial_nodes`` caps how many actors are drawn at first (the most quoted, targeted
    and connected); the page lets the user expand from there. ``api`` is the URL prefix of
    the service for links in the side panel, None for a file that has no service. Above
    ``max_edges`` ties, the ties with the same ends, kind, polarity and status become one
    edge with their count and summed weight, so a large KB still draws. ``annotation`` says
    which articles ``alignment`` was computed from (``"curated"``: drafted ones left out), so
    that the page can tell its reader.
    """
    data, G, clustering = alignment.data, alignment.graph, alignment.clustering
    weights: Weights = alignment.weights
    article_index = {a["iri"]: i for i, a in enumerate(articles or [])}
    article_list = [
        {"id": a["id"], "title": a["title"], "iri": a["iri"], "date": a.get("date")} for a in articles or []
    ]

    def article_of(iri: str | None) -> int | None:
        if iri is None:
            return None
        if iri not in article_index:
            article_index[iri] = len(article_list)
            article_list.append({"id": iri.rsplit("/", 1)[-1], "title": iri, "iri": iri, "date": None})
        return article_index[iri]

    ties = [t for t in data.ties if t.kind in EDGE_KINDS and t.source != t.target]
    targeted: Counter[str] = Counter(t.target for t in ties if t.kind == "stance")
    node_articles: dict[str, set[int]] = defaultdict(set)
    for t in ties:
        a = article_of(t.article)
        if a is not None:
            node_articles[t.source].add(a)
            node_articles[t.target].add(a)

    cluster_of = dict(clustering.assignment)
    colours = {
        cl.id: CLUSTER_COLOURS[i] if i < len(CLUSTER_COLOURS) and len(cl.members) > 1 else OTHER_CLUSTER
        for i, cl in enumerate(clustering.clusters)
    }
    actors = set(data.actors) | {t.source for t in ties} | {t.target for t in ties}
    spoken = data.claims_spoken
    strength = {
        n: sum(abs(d["weight"]) for *_, d in G.edges(n, data=True)) if n in G else 0.0 for n in actors
    }

    def importance(n: str) -> tuple[float, str]:
        return (-(spoken.get(n, 0) + targeted[n] + strength[n]), n)

    ranked = sorted(actors, key=importance)
    labels = {n: data.actors[n].label if n in data.actors else n for n in actors}
    sizes = {n: round(10 + 6 * math.sqrt(spoken.get(n, 0) + targeted[n]), 1) for n in actors}
    fonts = {n: _font_size(rank, len(ranked)) for rank, n in enumerate(ranked)}
    footprints = {n: _footprint(labels[n], sizes[n], fonts[n]) for n in actors}
    positions = {} if physics else layout(G, cluster_of, seed=0, footprints=footprints)
    for _ in range(3):  # however large the graph, the most central labels are legible at first
        legible = math.ceil(LEGIBLE_PX / _fit_scale(positions, footprints, ranked[:initial_nodes]))
        small = [
            n for n in ranked[:CENTRAL_LABELS] if n in positions and fonts[n] < min(legible, 8 * FONT_SIZE)
        ]
        if not small:
            break
        for n in small:
            fonts[n] = min(legible, 8 * FONT_SIZE)
            footprints[n] = _footprint(labels[n], sizes[n], fonts[n])
        positions = _separate(positions, footprints)

    net = Network(directed=True, cdn_resources="local")
    for n in ranked:
        info = data.actors.get(n)
        label = labels[n]
        typ = info.type if info else None
        cluster = cluster_of.get(n)
        place = positions.get(n)
        where = {"x": round(place[0], 1), "y": round(place[1], 1)} if place else {}
        net.add_node(
            n,
            label=label,
            shape=TYPE_SHAPES.get(typ or "", UNKNOWN_SHAPE),
            color=colours.get(cluster, OTHER_CLUSTER) if cluster is not None else OTHER_CLUSTER,
            size=sizes[n],
            font={"size": fonts[n]},
            widthConstraint={"maximum": _wrap_width(fonts[n])},
            **where,
            gk={
                "type": typ,
                "aliases": list(info.aliases) if info else [],
                "hidden": list(info.hidden) if info else [],  # for search only: a source's wrong names
                "wikidata": info.wikidata if info else None,
                "cluster": cluster,
                "spoken": spoken.get(n, 0),
                "targeted": targeted[n],
                "articles": sorted(node_articles[n]),
            },
        )

    pair_count: Counter[tuple[str, str]] = Counter()
    merged_ties = _edge_ties(ties, weights, max_edges)
    dates_of: dict[int, list[str | None]] = {}
    if len(merged_ties) < len(ties):  # the dates each merged edge spans, for the time range control
        first = {_merge_key(t): id(t) for t, *_ in merged_ties}
        for t in ties:
            dates_of.setdefault(first[_merge_key(t)], []).append(t.date)
    for i, (t, w, count, articles) in enumerate(merged_ties):
        key = (min(t.source, t.target), max(t.source, t.target))
        k = pair_count[key]
        pair_count[key] += 1
        gk = {
            "kind": t.kind,
            "polarity": t.polarity,
            "status": t.status if t.kind != "structural" else "structural",
            "weight": round(w, 4),
            "quote": t.quote,
            "speaker": (data.actors[t.speaker].label if t.speaker in data.actors else t.speaker_label),
            "via": (data.actors[t.via].label if t.via in data.actors else t.via),
            "article": article_of(t.article),
            "claim": t.claim,
            "annotation": t.annotation,
            "generator": t.generator,
            "voice": _voice(t),
            "date": t.date,
        }
        if count > 1:  # merged: the first tie speaks for the rest
            gk["count"] = count
            gk["articles"] = sorted({a for a in map(article_of, articles) if a is not None})
            dated = sorted(d for d in dates_of.get(id(t), ()) if d)
            gk["dates"] = [dated[0], dated[-1]] if dated else None  # the first and last day it spans
        net.add_edge(t.source, t.target, **_edge_style(t.kind, t.polarity, t.status, w, k), id=f"e{i}", gk=gk)

    nodes, edges, *_ = net.get_network_data()
    clusters = [
        {
            "id": cl.id,
            "size": len(cl.members),
            "colour": colours[cl.id],
            "label": ", ".join(alignment.label(m) for m in sorted(cl.members, key=importance)[:3])
            + (" …" if len(cl.members) > 3 else ""),
        }
        for cl in clustering.clusters
    ]
    dated = sorted({t.date for t in ties if t.date})
    return {
        "meta": {
            "dates": {"first": dated[0], "last": dated[-1], "undated": sum(1 for t in ties if not t.date)}
            if dated
            else None,
            "title": title,
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "api": api,
            "annotation": annotation,
            "nodes": len(nodes),
            "edges": len(edges),
            "initial": [n["id"] for n in nodes[:initial_nodes]],
            "weights": weights.as_dict(),
        },
        "nodes": nodes,
        "edges": edges,
        "clusters": clusters,
        "articles": article_list,
        "types": sorted({n["gk"]["type"] or "unknown" for n in nodes}),
        "drift": _drift_by_actor(alignment, dated),
        "options": _options(len(edges), physics),
    }


def _drift_by_actor(alignment: Alignment, dated: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Each actor's moves between camps over time (:mod:`kb.analysis.drift`), for the side panel.

    Windows of 30 days every 7, widened so that there are at most about 52 of them however long
    the KB's span: the page shows the broad moves, ``/clusters/windows`` any window.
    """
    if len(dated) < 2:
        return {}
    span = (date.fromisoformat(dated[-1]) - date.fromisoformat(dated[0])).days
    step = max(7, span // 52 + 1)
    found = drift(
        alignment.data,
        window=timedelta(days=max(30, 4 * step)),
        step=timedelta(days=step),
        weights=alignment.weights,
        seed=alignment.clustering.parameters.get("seed", 0),
    )
    moves = found.summary()["moves"]
    out: dict[str, list[dict[str, Any]]] = {}
    for m in moves:
        out.setdefault(m["actor"], []).append(m)
    return out


def _edge_ties(ties: list[Any], weights: Weights, max_edges: int) -> list[tuple[Any, float, int, list[Any]]]:
    """(tie, weight, count, articles) per edge: one per tie, or merged when there are too many."""

    if len(ties) <= max_edges:
        return [(t, contribution(t, weights), 1, [t.article]) for t in ties]
    merged: dict[tuple[Any, ...], list[Any]] = {}
    for t in ties:
        entry = merged.setdefault(_merge_key(t), [t, 0.0, 0, []])
        entry[1] += contribution(t, weights)
        entry[2] += 1
        entry[3].append(t.article)
    return [(t, w, n, arts) for t, w, n, arts in merged.values()]


def _merge_key(t: Any) -> tuple[Any, ...]:
    """Ties with the same key become one edge when there are too many to draw."""
    return (t.source, t.target, t.kind, t.polarity, t.status, t.annotation)


def _voice(t: Any) -> str | None:
    """``"article"`` when the article speaks in its own voice (its author IRI), else None.

    The author's label repeats the article's headline, which the page already names once
    per article: the page says "the article's own voice" instead.
    """
    return "article" if t.speaker and t.article and t.speaker == f"{t.article}/author" else None


def store_graph_view(
    store: Store,
    *,
    annotation: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_undated: bool = False,
    tasks: TaskRunner | None = None,
    timeout: float = 0.0,
    **kwargs: Any,
) -> dict[str, Any]:
    """:func:`graph_view` of the default alignment of everything in ``store``.

    ``annotation="curated"`` leaves machine-drafted articles out altogether; ``since`` and
    ``until`` keep the articles published in that window (undated ones with ``include_undated``).
    ``tasks`` and ``timeout``: where the alignment runs, and for how long at most (see :func:`align`).
    """
    windowed = since is not None or until is not None

    def kept(a: dict[str, Any]) -> bool:
        if annotation not in (None, a["annotation"]):
            return False
        if not windowed or a["date"] is None:
            return not windowed or include_undated
        return (since is None or a["date"] >= since.isoformat()) and (
            until is None or a["date"] <= until.isoformat()
        )

    articles = [a for a in list_articles(store) if kept(a)]
    window = {"since": since, "until": until, "include_undated": include_undated} if windowed else {}
    alignment = align(store, annotation=annotation, tasks=tasks, timeout=timeout, **window)
    return graph_view(alignment, articles, annotation=annotation, **kwargs)


def served_graph_view(
    cache: LRUCache,
    store: Store,
    settings: Settings,
    annotation: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_undated: bool = False,
    tasks: TaskRunner | None = None,
) -> dict[str, Any]:
    """What the service's graph page draws, computed once per version of ``store`` (the
    alignment in one of ``tasks``' workers, within ``GEOKB_ALIGNMENT_TIMEOUT``)."""
    key = (
        "graph",
        store.version,
        settings.graph_initial_nodes,
        settings.graph_max_edges,
        annotation,
        since,
        until,
        include_undated,
    )
    return cache.get(
        key,
        lambda: store_graph_view(
            store,
            initial_nodes=settings.graph_initial_nodes,
            max_edges=settings.graph_max_edges,
            title="geokb graph",
            api="",
            annotation=annotation,
            since=since,
            until=until,
            include_undated=include_undated,
            tasks=tasks,
            timeout=settings.alignment_timeout,
        ),
    )


def _edge_style(kind: str, polarity: int, status: str | None, weight: float, parallel: int) -> dict[str, Any]:
    if kind == "structural":
        colour, dashes = STRUCTURAL_COLOUR, [1, 3]
    elif kind == "membership":
        colour = ALLEGED_MEMBERSHIP_COLOUR if status == "alleged" else MEMBERSHIP_COLOUR
        dashes = STATUS_DASHES.get(status, False)
    else:
        colour, dashes = POLARITY_COLOURS[polarity], STATUS_DASHES.get(status, False)
    style: dict[str, Any] = {
        "color": {
            "color": colour,
            "highlight": colour,
            "hover": colour,
            "opacity": STATUS_OPACITY.get(status, 1.0),
        },
        "dashes": dashes,
        "width": round(1 + 3 * min(abs(weight), 2.0), 2),
    }
    if parallel:  # a second tie between the same two actors curves away from the first
        side = "curvedCW" if parallel % 2 else "curvedCCW"
        style["smooth"] = {"enabled": True, "type": side, "roundness": 0.15 * ((parallel + 1) // 2)}
    return style


def _options(edges: int, physics: bool) -> dict[str, Any]:
    return {
        "physics": {"enabled": True, "solver": "barnesHut", "stabilization": {"iterations": 1000}}
        if physics
        else {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": edges > 3000,
            "hideEdgesOnZoom": edges > 3000,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "font": {"size": FONT_SIZE, "face": "system-ui, sans-serif"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": LABEL_DRAW_THRESHOLD, "maxVisible": 30}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "selectionWidth": 2,
        },
    }


FONT_SIZE = 18
"""Label size in canvas pixels of the least central actor; the most central get up to twice as
large, so that when the view is zoomed out their labels are the ones still drawn."""
LABEL_DRAW_THRESHOLD = 8
"""vis-network skips a label whose size on screen is below this many pixels: the rest on zoom."""
LEGIBLE_PX = 12
"""The smallest label, in screen pixels, that the most central actors get at the first fit."""
CENTRAL_LABELS = 30
"""How many of the most central actors are labelled at the first fit of a large graph."""
_VIEWPORT = (1000.0, 760.0)
"""The canvas the first fit is planned for: a laptop's browser window less the side bar."""
_CHAR_WIDTH = 0.62
"""A conservative average glyph width of a sans-serif face, in ems (DejaVu Sans is about 0.55)."""
_LABEL_GAP = 12.0
_WORK = 60_000
"""Node-passes :func:`_separate` may spend (120 passes up to 500 actors, fewer above): enough
for a few hundred actors to settle; on larger graphs some overlaps may remain, among labels
that are only drawn when zoomed in, and the server's layout stays around a second."""


def _font_size(rank: int, count: int) -> int:
    """The label size of the actor of importance ``rank`` (0: the most central) of ``count``."""
    share = 1 - rank / max(count - 1, 1)
    return round(FONT_SIZE * (1 + 0.6 * share**3))


def _fit_scale(
    positions: dict[str, tuple[float, float]],
    footprints: dict[str, tuple[float, float, float, float]],
    ids: list[str],
) -> float:
    """About the zoom vis-network's first fit of ``ids`` (the actors drawn first) will choose."""
    boxes = []
    for n in ids:
        if n in positions:
            (x, y), b = positions[n], footprints[n]
            boxes.append((x + b[0], y + b[2], x + b[1], y + b[3]))
    if not boxes:
        return 1.0
    width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
    height = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    return min(_VIEWPORT[0] / max(width, 1.0), _VIEWPORT[1] / max(height, 1.0))


def _wrap_width(font: int) -> int:
    """Long labels wrap at about twenty characters, so a label is never much wider than tall."""
    return round(20 * _CHAR_WIDTH * font)


def _footprint(label: str, size: float, font: int) -> tuple[float, float, float, float]:
    """Where a node and its label below it are drawn, as (left, right, top, bottom) offsets.

    An over-estimate of what vis-network draws (the browser test measures the real boxes):
    the shape is ``size`` around the centre, the label a few pixels under it, wrapped at
    :func:`_wrap_width`.
    """
    wrap = _wrap_width(font)
    lines, line = 1, 0.0
    for word in label.split():
        w = _CHAR_WIDTH * font * (len(word) + 1)
        if line and line + w > wrap:
            lines, line = lines + 1, 0.0
        line += w
    width = min(_CHAR_WIDTH * font * len(label), wrap) if lines == 1 else wrap
    half = max(size, width / 2 + 2)
    return (-half, half, -size, size + 6 + lines * font * 1.25)


def layout(
    G: nx.Graph,
    cluster_of: dict[str, int],
    *,
    seed: int = 0,
    footprints: dict[str, tuple[float, float, float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions in pixels: each cluster laid out on its own, the clusters on a spiral.

    Why not one spring layout of the whole graph: NetworkX takes about 8 s for 2,000 nodes
    here, while the clusters are small and a spring layout of each takes milliseconds; and
    a picture where each cluster is a visible group is what the reader is looking for.
    With ``footprints`` (each node's drawn box with its label, from :func:`_footprint`),
    the nodes are then pushed apart until no two boxes overlap, so labels stay legible.
    Deterministic for a given ``seed``.
    """
    groups: dict[int, list[str]] = defaultdict(list)
    for n in sorted(G.nodes, key=str):
        groups[cluster_of.get(n, -1)].append(n)
    order = sorted(groups.values(), key=lambda ms: (-len(ms), ms[0]))
    placed: dict[str, tuple[float, float]] = {}
    area = 0.0
    golden = math.pi * (3 - math.sqrt(5))
    for i, members in enumerate(order):
        radius = 75 * math.sqrt(len(members))
        if footprints and len(members) > 300:  # a sunflower: room for every label on its disc
            boxes = [footprints.get(n, (0.0, 0.0, 0.0, 0.0)) for n in members]
            room = sum((b[1] - b[0] + _LABEL_GAP) * (b[3] - b[2] + _LABEL_GAP) for b in boxes)
            radius = max(radius, 1.1 * math.sqrt(room / math.pi))
        local = _cluster_layout(G, members, seed)
        distance = 1.15 * math.sqrt(area / math.pi) + radius if i else 0.0
        area += math.pi * (radius + 40) ** 2
        cx, cy = distance * math.cos(i * golden), distance * math.sin(i * golden)
        for n, (x, y) in local.items():
            placed[n] = (cx + radius * x, cy + radius * y)
    return _separate(placed, footprints) if footprints else placed


def _separate(
    placed: dict[str, tuple[float, float]],
    boxes: dict[str, tuple[float, float, float, float]],
) -> dict[str, tuple[float, float]]:
    """Push overlapping boxes apart along the axis where they overlap least, until none do.

    Each pass files every box under the cells of a grid (as fine as a typical box) that it
    covers and compares only boxes that share a cell, so a pass costs about linear time
    even when a few central actors have large labels; a few dozen passes settle a layout.
    """
    names = sorted(placed)
    xs = [placed[n][0] for n in names]
    ys = [placed[n][1] for n in names]
    bs = [boxes.get(n, (0.0, 0.0, 0.0, 0.0)) for n in names]
    sides = sorted(max(b[1] - b[0], b[3] - b[2]) for b in bs) or [1.0]
    cell = sides[len(sides) // 2] + _LABEL_GAP
    count = len(names)
    for _ in range(max(20, min(120, _WORK // max(count, 1)))):
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(count):
            x, y, b = xs[i], ys[i], bs[i]
            for gx in range(math.floor((x + b[0]) / cell), math.floor((x + b[1]) / cell) + 1):
                for gy in range(math.floor((y + b[2]) / cell), math.floor((y + b[3]) / cell) + 1):
                    grid[(gx, gy)].append(i)
        moved = False
        seen: set[int] = set()
        for members in grid.values():
            if len(members) < 2:
                continue
            for k, i in enumerate(members):
                a = bs[i]
                for j in members[k + 1 :]:
                    pair = i * count + j
                    if pair in seen:
                        continue
                    seen.add(pair)
                    b = bs[j]
                    ox = min(xs[i] + a[1], xs[j] + b[1]) - max(xs[i] + a[0], xs[j] + b[0]) + _LABEL_GAP
                    oy = min(ys[i] + a[3], ys[j] + b[3]) - max(ys[i] + a[2], ys[j] + b[2]) + _LABEL_GAP
                    if ox <= 0 or oy <= 0:
                        continue
                    moved = True
                    if ox < oy:  # apart sideways, each to the side it already leans to
                        step = ox / 2 * (1 if xs[i] >= xs[j] else -1)
                        xs[i] += step
                        xs[j] -= step
                    else:
                        step = oy / 2 * (1 if ys[i] >= ys[j] else -1)
                        ys[i] += step
                        ys[j] -= step
        if not moved:
            break
    return {n: (xs[i], ys[i]) for i, n in enumerate(names)}


def _cluster_layout(G: nx.Graph, members: list[str], seed: int) -> dict[str, tuple[float, float]]:
    """Positions in the unit disc: a spring layout for small clusters, else a sunflower."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) <= 300:
        sub = nx.Graph()
        sub.add_nodes_from(members)
        sub.add_edges_from(
            (u, v, {"w": 0.1 + max(d["weight"], 0.0)}) for u, v, d in G.subgraph(members).edges(data=True)
        )
        pos = nx.spring_layout(sub, seed=seed, weight="w", iterations=60)
        return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}
    ranked = sorted(members, key=lambda n: -G.degree(n, weight=None))  # the busiest in the middle
    golden = math.pi * (3 - math.sqrt(5))
    out = {}
    for k, n in enumerate(ranked):
        r = math.sqrt((k + 0.5) / len(ranked))
        out[n] = (r * math.cos(k * golden), r * math.sin(k * golden))
    return out


def render_graph_page(
    view: dict[str, Any], *, assets: Literal["served", "inline"], static: str = "/static"
) -> str:
    """The page as HTML. ``served``: assets from ``static`` (the API); ``inline``: one file."""
    if assets not in ("served", "inline"):
        raise ValueError("assets must be 'served' or 'inline'")
    inline: dict[str, str] = {}
    if assets == "inline":
        vendor = vendor_dir()
        inline = {
            "vis_css": (vendor / "vis-network.css").read_text(encoding="utf-8"),
            "vis_js": (vendor / "vis-network.min.js").read_text(encoding="utf-8"),
            "css": (_STATIC / "graph.css").read_text(encoding="utf-8"),
            "js": (_STATIC / "graph.js").read_text(encoding="utf-8"),
        }
        for name, text in inline.items():  # an asset must not be able to end its own element
            if "</script" in text.lower() or "</style" in text.lower():
                raise ValueError(f"asset {name} cannot be inlined")
    return env.get_template("graph.html").render(
        view=view,
        assets=assets,
        static=static.rstrip("/"),
        inline=inline,
        shapes=TYPE_SHAPES,
        colours={
            "positive": POLARITY_COLOURS[1],
            "negative": POLARITY_COLOURS[-1],
            "neutral": POLARITY_COLOURS[0],
            "membership": MEMBERSHIP_COLOUR,
            "alleged_membership": ALLEGED_MEMBERSHIP_COLOUR,
            "structural": STRUCTURAL_COLOUR,
        },
    )

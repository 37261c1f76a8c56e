"""Plain-text and JSON renderings of an alignment, for the CLI and the notebook alike."""

from __future__ import annotations

import dataclasses
import textwrap
from typing import Any

from kb.analysis.alignment import Alignment
from kb.analysis.explain import ActorExplanation, EdgeExplanation, EvidenceItem, PairExplanation
from kb.errors import QueryError

__all__ = ["clusters_table", "explanation_json", "explanation_text", "pair_text", "tables_text"]


def clusters_table(alignment: Alignment, *, width: int = 100) -> str:
    s = alignment.summary()
    fr, bal = s["frustration"], s["balance"]
    head = (
        f"{len(s['clusters'])} clusters over {s['actors']} actors and {s['edges']} edges "
        f"({s['ties']} ties); frustration: {fr['edges']} edges, weight {fr['weight']:g} of {fr['of']:g}"
    )
    if bal["triangles"]:
        head += f"; balanced triangles: {bal['balanced']}/{bal['triangles']}"
    lines = [head, "", f"{'cluster':>7}  {'size':>4}  {'cohesion':>8}  members"]
    for c in s["clusters"]:
        names = ", ".join(m["label"] for m in c["members"])
        cohesion = "-" if c["cohesion"] is None else f"{c['cohesion']:.2f}"
        wrapped = textwrap.wrap(names, width - 27) or [""]
        lines.append(f"{c['id']:>7}  {c['size']:>4}  {cohesion:>8}  {wrapped[0]}")
        lines += [" " * 27 + w for w in wrapped[1:]]
    return "\n".join(lines)


def _evidence_line(e: EvidenceItem, alignment: Alignment) -> str:
    if e.kind == "structural":
        return f"part of: {alignment.label(e.source)} -> {alignment.label(e.target)} ({e.made_by})"
    who = e.speaker_label or (alignment.label(e.speaker) if e.speaker else "?")
    via = f" via {alignment.label(e.via)}" if e.via else ""
    src, dst = alignment.label(e.source), alignment.label(e.target)
    what = {
        "stance": f"{src} {'for' if e.polarity > 0 else 'against'} {dst}",
        "membership": f"{src} member of {dst}",
        "co-membership": f"{src} and {dst} in one group",
    }[e.kind]
    made = f" [{e.made_by}]" if e.annotation == "drafted" else ""
    status = f"{e.status} ({e.confidence:g}){made}"
    return f"{e.contribution:+.3g} {what}; {status}, {who}{via}: “{e.quote}” <{e.claim}>"


def _edge_lines(edge: EdgeExplanation, alignment: Alignment) -> list[str]:
    mark = "" if edge.agrees else "  (disagrees with the partition)"
    out = [f"  {edge.weight:+.3g}  {edge.other_label} [cluster {edge.other_cluster}]{mark}"]
    for e in edge.evidence:
        out += textwrap.wrap(
            _evidence_line(e, alignment), 110, initial_indent="          ", subsequent_indent="            "
        )
    return out


def explanation_text(expl: ActorExplanation, alignment: Alignment) -> str:
    others = [alignment.label(m) for m in expl.cluster_members if m != expl.actor]
    lines = [
        f"{expl.label} is in cluster {expl.cluster}" + (f" with {', '.join(others)}" if others else ", alone")
    ]
    lines.append(f"net support for this placement: {expl.support:+.3g}")
    for title, edges in (
        ("ties inside the cluster", expl.ties_inside),
        ("ties to other clusters", expl.ties_outside),
        ("structure (not claims)", expl.structure),
    ):
        lines.append(f"{title}:" + ("" if edges else " none"))
        for edge in edges:
            lines += _edge_lines(edge, alignment)
    return "\n".join(lines)


def pair_text(pair: PairExplanation, alignment: Alignment) -> str:
    a, b = alignment.label(pair.a), alignment.label(pair.b)
    same = {True: "the same cluster", False: "different clusters", None: "no clustering"}[pair.same_cluster]
    lines = [f"{a} and {b}: {same}"]
    if pair.direct:
        lines.append("direct ties:")
        lines += _edge_lines(pair.direct, alignment)
    elif pair.path:
        lines.append("no direct tie; shortest chain: " + " - ".join(alignment.label(n) for n in pair.path))
        for hop in pair.hops:
            lines += _edge_lines(hop, alignment)
    else:
        lines.append("not connected by any claim")
    return "\n".join(lines)


def tables_text(tables: dict[str, list[dict[str, Any]]]) -> str:
    out = []
    for name, rows in tables.items():
        out.append(f"{name}:")
        if not rows:
            out.append("  (none)")
            continue
        cols = [c for c in rows[0] if c != "actor"]
        widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
        out.append("  " + "  ".join(c.ljust(widths[c]) for c in cols))
        out += ["  " + "  ".join(str(r[c]).ljust(widths[c]) for c in cols) for r in rows]
    return "\n".join(out)


def explanation_json(expl: ActorExplanation | PairExplanation) -> dict[str, Any]:
    """An explanation as plain JSON types, with each edge's claim list spelled out."""
    data = dataclasses.asdict(expl)
    edges = (
        [
            ("ties_inside", expl.ties_inside),
            ("ties_outside", expl.ties_outside),
            ("structure", expl.structure),
        ]
        if isinstance(expl, ActorExplanation)
        else [("hops", expl.hops)] + ([("direct", [expl.direct])] if expl.direct else [])
    )
    for key, items in edges:
        target = data[key] if key != "direct" else [data["direct"]]
        for d, edge in zip(target, items, strict=True):
            d["claims"] = list(edge.claims)
    if isinstance(expl, ActorExplanation):
        data["support"] = expl.support
    return data


def explain_json(
    alignment: Alignment,
    *,
    actor: str | None = None,
    a: str | None = None,
    b: str | None = None,
    top: int = 10,
) -> dict[str, Any]:
    """Why ``actor`` sits where it does, or what connects ``a`` and ``b``, as JSON (``/clusters/explain``)."""
    if actor is not None and a is None and b is None:
        return explanation_json(alignment.explain(actor, top=top))
    if actor is None and a is not None and b is not None:
        return explanation_json(alignment.explain_pair(a, b))
    raise QueryError("give either 'actor', or both 'a' and 'b'")


def aligned_text(answer: dict[str, Any]) -> str:
    """:func:`~kb.analysis.index.aligned_json` as a table, with each actor's strongest claim."""
    lines = [f"most aligned with {answer['label']}:"]
    if not answer["aligned"]:
        lines.append("  (nobody: no shared target with the same sign, no positive direct tie)")
    for n, a in enumerate(answer["aligned"], 1):
        on = ", ".join(t["label"] for t in a["targets"])
        more = a["shared_targets"] - len(a["targets"])
        lines.append(
            f"{n:>3}. {a['label']}  score {a['score']:g} (direct {a['direct']:g}, shared {a['shared']:g})"
            + (f"  on {on}" if on else "")
            + (f" and {more} more" if more > 0 else "")
        )
        for c in a["claims"][:2]:
            if c["quote"]:
                lines.append(
                    f"       {c['holder_label']} -> {c['target_label']} ({c['polarity']:+d}): “{c['quote']}”"
                )
    return "\n".join(lines)

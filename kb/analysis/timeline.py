"""Ties over time: which fall in a window, and an actor's stances period by period.

Pure functions over :class:`~kb.analysis.evidence.Tie` records, whose ``date`` is the
publication date of the article that holds them. They work the same on ties read from a
store (:func:`~kb.analysis.evidence.load_alignment_input`) or from any index that keeps
ties with their dates. An undated tie is never placed in time: it is left out of a window
unless asked for, and listed apart in a timeline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from kb.analysis.evidence import AlignmentInput, Tie
from kb.errors import QueryError

__all__ = ["PERIODS", "actor_timeline", "as_date", "in_window", "period_of", "timeline_of", "window_input"]

PERIODS = ("day", "week", "month")


def as_date(value: date | str | None, what: str = "date") -> date | None:
    """A date from a ``date`` or an ISO ``YYYY-MM-DD`` string; a :class:`QueryError` otherwise.

    >>> as_date("2025-03-02"), as_date(None)
    (datetime.date(2025, 3, 2), None)
    """
    if value is None or isinstance(value, date):
        return value
    try:
        if len(str(value)) == 10:  # fromisoformat would also take "20250302"
            return date.fromisoformat(str(value))
    except ValueError:
        pass
    raise QueryError(f"{what}: '{value}' is not a date (YYYY-MM-DD)")


def in_window(
    ties: Iterable[Tie], since: date | None, until: date | None, *, include_undated: bool = False
) -> list[Tie]:
    """The ties dated from ``since`` to ``until`` (both inclusive, None: open), in their order.

    Undated ties only with ``include_undated``; part-of links (``structural``) always, as
    they are the KB's structure rather than anybody's dated word.

    >>> ts = [Tie("stance", "a", "b", 1, date="2025-01-10"), Tie("stance", "a", "c", -1),
    ...       Tie("stance", "b", "c", 1, date="2025-02-10")]
    >>> [t.target for t in in_window(ts, date(2025, 2, 1), None)]
    ['c']
    >>> [t.target for t in in_window(ts, date(2025, 2, 1), None, include_undated=True)]
    ['c', 'c']
    """
    lo = since.isoformat() if since else None
    hi = until.isoformat() if until else None
    if lo and hi and lo > hi:
        raise QueryError(f"since {lo} is after until {hi}: an empty window")
    out = []
    for t in ties:
        if t.kind == "structural":
            out.append(t)
        elif t.date is None:
            if include_undated:
                out.append(t)
        elif (lo is None or t.date >= lo) and (hi is None or t.date <= hi):
            out.append(t)
    return out


def window_input(
    data: AlignmentInput,
    since: date | None = None,
    until: date | None = None,
    *,
    include_undated: bool = False,
) -> AlignmentInput:
    """The part of ``data`` dated ``since`` to ``until`` (both inclusive; None: open), as :func:`in_window`.

    The actors kept are those the window's ties name; their claim counts are the claims of
    the window (the claims that carry a tie in it).

    >>> from kb.analysis.evidence import ActorInfo
    >>> d = AlignmentInput(actors={"a": ActorInfo("a", "A"), "b": ActorInfo("b", "B")},
    ...     ties=[Tie("stance", "a", "b", -1, claim="c1", speaker="a", date="2025-03-01"),
    ...           Tie("stance", "a", "b", 1, claim="c2", speaker="a", date="2025-05-01")])
    >>> part = window_input(d, until=date(2025, 3, 31))
    >>> [t.claim for t in part.ties], part.claims_spoken
    (['c1'], {'a': 1})
    """
    ties = in_window(data.ties, since, until, include_undated=include_undated)
    named = {a for t in ties for a in (t.source, t.target)}
    spoken: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for t in ties:
        if t.claim and t.speaker:
            spoken[t.annotation][t.speaker].add(t.claim)
    by = {m: {k: len(v) for k, v in who.items()} for m, who in spoken.items()}
    counts: dict[str, int] = defaultdict(int)
    for who in by.values():
        for k, n in who.items():
            counts[k] += n
    return AlignmentInput(
        actors={k: v for k, v in data.actors.items() if k in named},
        ties=ties,
        claims_spoken=dict(counts),
        claims_spoken_by=by,
    )


def period_of(day: date, period: str) -> tuple[str, date]:
    """The name and first day of the ``period`` (``day``, ``week``: ISO, ``month``) ``day`` falls in.

    >>> period_of(date(2025, 3, 5), "week"), period_of(date(2025, 3, 5), "month")[0]
    (('2025-W10', datetime.date(2025, 3, 3)), '2025-03')
    """
    if period == "day":
        return day.isoformat(), day
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", day - timedelta(days=day.weekday())
    if period == "month":
        return f"{day.year}-{day.month:02d}", day.replace(day=1)
    raise QueryError(f"unknown period '{period}'; one of: {', '.join(PERIODS)}")


def actor_timeline(
    ties: Iterable[Tie],
    actor: str,
    *,
    period: str = "month",
    labels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """``actor``'s stances (``by``) and the stances toward it (``toward``), period by period.

    Each period counts positive, negative and neutral stances each way and lists them with
    their claims; undated stances are counted apart under ``undated``, never placed in time.

    >>> ts = [Tie("stance", "a", "b", 1, claim="c1", date="2025-01-10"),
    ...       Tie("stance", "c", "a", -1, claim="c2", date="2025-01-20"),
    ...       Tie("stance", "a", "c", -1, claim="c3")]
    >>> t = actor_timeline(ts, "a")
    >>> [(p["period"], p["by"], p["toward"]) for p in t["periods"]]
    [('2025-01', {'positive': 1, 'negative': 0, 'neutral': 0}, {'positive': 0, 'negative': 1, 'neutral': 0})]
    >>> t["undated"]["by"]["negative"]
    1
    """
    period_of(date(2000, 1, 1), period)  # an unknown period fails before any work
    labels = labels or {}
    buckets: dict[str, dict[str, Any]] = {}
    undated = _bucket("undated", None)
    for t in ties:
        if t.kind != "stance" or actor not in (t.source, t.target) or t.source == t.target:
            continue
        if t.date is None:
            bucket = undated
        else:
            name, start = period_of(date.fromisoformat(t.date), period)
            bucket = buckets.setdefault(name, _bucket(name, start))
        way = "by" if t.source == actor else "toward"
        other = t.target if way == "by" else t.source
        bucket[way][{1: "positive", -1: "negative"}.get(t.polarity, "neutral")] += 1
        bucket["stances"].append(
            {
                "direction": way,
                "other": other,
                "other_label": labels.get(other, other),
                "polarity": t.polarity,
                "status": t.status,
                "claim": t.claim,
                "quote": t.quote,
                "speaker": t.speaker,
                "speaker_label": t.speaker_label,
                "via": t.via,
                "article": t.article,
                "date": t.date,
                "annotation": t.annotation,
            }
        )
    for b in (*buckets.values(), undated):
        b["stances"].sort(key=lambda s: (s["date"] or "", s["direction"], s["other"], s["claim"] or ""))
    return {
        "actor": actor,
        "label": labels.get(actor, actor),
        "period": period,
        "periods": [buckets[k] for k in sorted(buckets)],
        "undated": undated,
    }


def _bucket(name: str, start: date | None) -> dict[str, Any]:
    counts = {"positive": 0, "negative": 0, "neutral": 0}
    return {
        "period": name,
        "start": start.isoformat() if start else None,
        "by": dict(counts),
        "toward": dict(counts),
        "stances": [],
    }


def timeline_of(
    data: AlignmentInput,
    actor: str,
    *,
    period: str = "month",
    since: date | None = None,
    until: date | None = None,
) -> dict[str, Any]:
    """:func:`actor_timeline` over ``data``'s ties, within ``since``..``until`` (undated ones kept apart)."""
    ties = in_window(data.ties, since, until, include_undated=True) if since or until else data.ties
    labels = {iri: info.label for iri, info in data.actors.items()}
    out = actor_timeline(ties, actor, period=period, labels=labels)
    return {"since": since and since.isoformat(), "until": until and until.isoformat(), **out}

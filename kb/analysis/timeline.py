"""Ties over time: which fall in a window, and an actor's stances period by period.

Pure functions over :class:`~kb.analysis.evidence.Tie` records, whose ``date`` is the
publication date of the article that holds them. They work the same on ties read from a
store (:func:`~kb.analysis.evidence.load_alignment_input`) or from any index that keeps
ties with their dates. An undated tie is never placed in time: it is left out of a window
unless asked for, and listed apart in a timeline.

A window of a large KB is not cut out of all its ties (a pass over every tie of 100k
articles per question) but looked up: :class:`DateView` keeps the articles of a tie index
(:class:`~kb.analysis.index.TieIndex`) in date order, so a window's articles are two
bisections away, and :meth:`~kb.analysis.index.TieIndex.window` gives the window's
:class:`~kb.analysis.evidence.AlignmentInput` from them. :class:`Dated` is what the alignment
over time (:mod:`kb.analysis.drift`) reads: an index, or a plain input read from a store
(:class:`InputWindows`, the reference the tests hold the index to).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from kb.analysis.evidence import ActorInfo, AlignmentInput, Tie
from kb.errors import QueryError

if TYPE_CHECKING:
    from kb.analysis.ties import ArticleEvidence

__all__ = [
    "PERIODS",
    "TIMELINE_LIMIT",
    "DateView",
    "Dated",
    "InputWindows",
    "Labels",
    "actor_timeline",
    "as_date",
    "bounds",
    "day_timeline",
    "in_window",
    "period_of",
    "stance_timeline",
    "tie_order",
    "timeline_of",
    "window_input",
]

PERIODS = ("day", "week", "month")
TIMELINE_LIMIT = 100
"""Stances a timeline lists per period by default (the API's and the CLI's ``limit``)."""
_LAST = "\U0010ffff"  # after every IRI: (day, _LAST) sorts after every (day, article)


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
    lo, hi = bounds(since, until)
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


def bounds(since: date | None, until: date | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as ISO strings (a tie's ``date`` compares as one); an empty window fails.

    >>> bounds(date(2025, 1, 1), None)
    ('2025-01-01', None)
    """
    lo = since.isoformat() if since else None
    hi = until.isoformat() if until else None
    if lo and hi and lo > hi:
        raise QueryError(f"since {lo} is after until {hi}: an empty window")
    return lo, hi


def window_input(
    data: AlignmentInput,
    since: date | None = None,
    until: date | None = None,
    *,
    include_undated: bool = False,
    cut: bool = False,
) -> AlignmentInput:
    """The part of ``data`` dated ``since`` to ``until`` (both inclusive; None: open), as :func:`in_window`.

    The actors kept are those the window's ties name; their claim counts are the claims of
    the window (the claims that carry a tie in it). With ``cut``, ``data``'s ties are that
    window's already (:meth:`~kb.analysis.index.TieIndex.window` looked them up by date): they
    are counted, not cut again (a tenth of a 49k-tie window's CPU).

    >>> from kb.analysis.evidence import ActorInfo
    >>> d = AlignmentInput(actors={"a": ActorInfo("a", "A"), "b": ActorInfo("b", "B")},
    ...     ties=[Tie("stance", "a", "b", -1, claim="c1", speaker="a", date="2025-03-01"),
    ...           Tie("stance", "a", "b", 1, claim="c2", speaker="a", date="2025-05-01")])
    >>> part = window_input(d, until=date(2025, 3, 31))
    >>> [t.claim for t in part.ties], part.claims_spoken
    (['c1'], {'a': 1})
    """
    ties = data.ties if cut else in_window(data.ties, since, until, include_undated=include_undated)
    named = set(itertools.chain.from_iterable(map(_ends, ties)))  # read in C: a window holds 49k ties
    claims = {x for x in map(_spoken, ties) if x[0] and x[1]}  # each claim once per speaker and method
    by: dict[str, dict[str, int]] = {}
    for (method, speaker), n in Counter((m, s) for _, s, m in claims).items():
        by.setdefault(method, {})[speaker] = n
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


_ends = operator.attrgetter("source", "target")
_spoken = operator.attrgetter("claim", "speaker", "annotation")


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
    labels: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """``actor``'s stances (``by``) and the stances toward it (``toward``), period by period.

    Each period counts positive, negative and neutral stances each way and lists them with
    their claims, by date; undated stances are counted apart under ``undated``, never placed
    in time. ``limit`` caps the stances listed per period (the first by date), never the
    counts: the busiest actor of a large KB takes hundreds of thousands of stances, which no
    answer should spell out.

    >>> ts = [Tie("stance", "a", "b", 1, claim="c1", date="2025-01-10"),
    ...       Tie("stance", "c", "a", -1, claim="c2", date="2025-01-20"),
    ...       Tie("stance", "a", "c", -1, claim="c3")]
    >>> t = actor_timeline(ts, "a", limit=1)
    >>> [(p["period"], p["by"], p["toward"]) for p in t["periods"]]
    [('2025-01', {'positive': 1, 'negative': 0, 'neutral': 0}, {'positive': 0, 'negative': 1, 'neutral': 0})]
    >>> [s["claim"] for s in t["periods"][0]["stances"]], t["undated"]["by"]["negative"]
    (['c1'], 1)
    """
    by: list[Tie] = []
    toward: list[Tie] = []
    for t in ties:
        if t.kind != "stance" or t.source == t.target:
            continue
        if t.source == actor:
            by.append(t)
        elif t.target == actor:
            toward.append(t)
    return stance_timeline(by, toward, actor, period=period, labels=labels, limit=limit)


def stance_timeline(
    by: Iterable[Tie],
    toward: Iterable[Tie],
    actor: str,
    *,
    period: str = "month",
    labels: Mapping[str, str] | None = None,
    limit: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> dict[str, Any]:
    """:func:`actor_timeline` of the stances ``by`` the actor and ``toward`` it, dated ``since``..``until``
    (undated ones always, apart).

    Sorted by date, each side's stances are grouped by day and counted by polarity at C speed
    (``groupby``, ``Counter``): what is done once per stance in Python is only a filter, so the
    300k stances of a busy actor take a fraction of a second. Only the days that can hold the
    first ``limit`` stances of a period are sorted in full and listed.
    """
    period_of(date(2000, 1, 1), period)  # an unknown period fails before any work
    lo, hi = bounds(since, until)
    sides: dict[str, tuple[Iterable[tuple[str, list[Tie]]], list[Tie]]] = {}
    for way, ties in (("by", by), ("toward", toward)):
        dated, loose = _by_date(ties if isinstance(ties, list) else list(ties))
        if lo:
            dated = dated[bisect.bisect_left(dated, lo, key=_DAY) :]
        if hi:
            dated = dated[: bisect.bisect_right(dated, hi, key=_DAY)]
        sides[way] = (((day, list(group)) for day, group in itertools.groupby(dated, key=_DAY)), loose)
    return day_timeline(sides, actor, period=period, labels=labels, limit=limit)


def day_timeline(
    sides: Mapping[str, tuple[Iterable[tuple[str, list[Tie]]], list[Tie]]],
    actor: str,
    *,
    period: str = "month",
    labels: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """:func:`stance_timeline` from each way's stances grouped by day already: ``sides`` maps ``by`` and
    ``toward`` to (the dated stances as ``(day, stances)`` in date order, the undated ones).

    What a tie index hands over from its days (:class:`~kb.analysis.dated.StanceDays`), so a
    timeline reads only the days of its window; :func:`stance_timeline` groups the stances
    themselves and ends here too, which keeps the two answers the same.
    """
    period_of(date(2000, 1, 1), period)  # an unknown period fails before any work
    labels = labels or {}
    buckets: dict[str, dict[str, Any]] = {}
    listed: dict[str, list[tuple[str, Tie]]] = defaultdict(list)
    undated = _bucket("undated", None)
    of_day: dict[str, tuple[str, date]] = {}
    for way in ("by", "toward"):
        groups, loose = sides[way]
        side: dict[str, int] = defaultdict(int)  # the stances listed so far per period, this side
        for day, stances in groups:
            if (p := of_day.get(day)) is None:
                p = of_day[day] = period_of(date.fromisoformat(day), period)
            if (bucket := buckets.get(p[0])) is None:
                bucket = buckets[p[0]] = _bucket(*p)
            _count(bucket[way], stances)
            if limit is None or side[p[0]] < limit:  # later days come after the first `limit`
                listed[p[0]] += [(way, t) for t in stances]
                side[p[0]] += len(stances)
        _count(undated[way], loose)
        listed["undated"] += [(way, t) for t in loose]
    out = []
    for name, bucket in [*((k, buckets[k]) for k in sorted(buckets)), ("undated", undated)]:
        chosen = sorted(listed.get(name, ()), key=_listed)[:limit]
        bucket["stances"] = [_stance(way, t, labels) for way, t in chosen]
        out.append(bucket)
    return {
        "actor": actor,
        "label": labels.get(actor, actor),
        "period": period,
        "periods": out[:-1],
        "undated": out[-1],
    }


_DAY = operator.attrgetter("date")
_POLARITY = operator.attrgetter("polarity")


def _by_date(ties: list[Tie]) -> tuple[list[Tie], list[Tie]]:
    """``ties`` sorted by date, and the undated ones apart.

    Keyed on the date alone, the sort runs in C; it fails only when an undated tie (None) is
    compared, and only then are the two split first, in Python.
    """
    try:
        dated = sorted(ties, key=_DAY)
    except TypeError:  # None among the dates
        return sorted([t for t in ties if t.date], key=_DAY), [t for t in ties if not t.date]
    if dated and not dated[0].date:  # one tie alone is never compared
        return [], dated
    return dated, []


def _count(counts: dict[str, int], stances: list[Tie]) -> None:
    n = Counter(map(_POLARITY, stances))
    counts["positive"] += n[1]
    counts["negative"] += n[-1]
    counts["neutral"] += len(stances) - n[1] - n[-1]


def _listed(item: tuple[str, Tie]) -> tuple[str, ...]:
    """The order of a period's stances: by date, direction, the other actor, claim, polarity."""
    way, t = item
    return (t.date or "", way, t.target if way == "by" else t.source, t.claim or "", str(t.polarity))


def _stance(way: str, t: Tie, labels: Mapping[str, str]) -> dict[str, Any]:
    other = t.target if way == "by" else t.source
    return {
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
    limit: int | None = None,
) -> dict[str, Any]:
    """:func:`actor_timeline` over ``data``'s ties, within ``since``..``until`` (undated ones kept apart).

    The reference for :meth:`~kb.analysis.index.TieIndex.timeline`, which answers the same
    from the index without a pass over every tie.
    """
    ties = in_window(data.ties, since, until, include_undated=True) if since or until else data.ties
    labels = {iri: info.label for iri, info in data.actors.items()}
    out = actor_timeline(ties, actor, period=period, labels=labels, limit=limit)
    return {"since": since and since.isoformat(), "until": until and until.isoformat(), **out}


def tie_order(t: Tie) -> str:
    """A tie's place in a full read's order (:func:`~kb.analysis.evidence._tie_key`) as one string.

    The fields joined by NUL (which no IRI or ID holds, and which sorts before every other
    character) compare as their tuple does, in one comparison: a window's 47k ties sort in
    half the time.

    >>> from kb.analysis.evidence import _tie_key
    >>> a, b = Tie("stance", "x", "y", 1, claim="c"), Tie("stance", "x", "yz", -1, claim="c")
    >>> (tie_order(a) < tie_order(b)) == (_tie_key(a) < _tie_key(b))
    True
    """
    return "\0".join((t.kind, t.source, t.target, t.claim or "", t.article or "", str(t.polarity)))


class Labels(Mapping[str, str]):
    """Actor IRI -> label, read from an index's actor infos when asked, not copied: a timeline
    shows the labels of the few stances it lists, not of every actor its stances touch."""

    def __init__(self, infos: Mapping[str, ActorInfo]) -> None:
        self.infos = infos

    def __getitem__(self, iri: str) -> str:
        return self.infos[iri].label

    def __iter__(self) -> Iterator[str]:
        return iter(self.infos)

    def __len__(self) -> int:
        return len(self.infos)


# -- windows looked up, not cut: the articles in date order ------------------------------------


class Dated(Protocol):
    """Ties with their dates, by window: what the alignment over time reads."""

    def window(
        self, since: date | None, until: date | None, *, include_undated: bool = False
    ) -> AlignmentInput:
        """An input holding at least the ties of ``since``..``until`` (as :func:`in_window` keeps them),
        with their actors; :func:`~kb.analysis.alignment.align_input` cuts the window itself."""
        ...

    def span(self, annotation: str | None = None) -> tuple[date, date] | None:
        """The first and last date of a dated tie (of articles annotated that way); None if none."""
        ...


class InputWindows:
    """:class:`Dated` over ties already read (from a store): every window is the whole input.

    The store-based path: each window is cut from every tie (:func:`window_input`), which
    costs a pass over the KB per window.
    """

    def __init__(self, data: AlignmentInput) -> None:
        self.data = data

    def window(
        self, since: date | None, until: date | None, *, include_undated: bool = False
    ) -> AlignmentInput:
        return self.data

    def span(self, annotation: str | None = None) -> tuple[date, date] | None:
        ties = self.data.only(annotation).ties
        dates = [t.date for t in ties if t.date]
        return (date.fromisoformat(min(dates)), date.fromisoformat(max(dates))) if dates else None


class DateView:
    """A tie index's articles in date order: a window's articles are two bisections away.

    It follows the index's ``articles`` (IRI -> :class:`~kb.analysis.ties.ArticleEvidence`)
    by :meth:`sync`: an article's evidence is replaced whole on each write, so comparing each
    article's evidence with the one seen last (by identity) finds what changed in one pass
    over the names, and only those move in the order. It keeps:

    ``keys``
        ``(date, article)`` of every dated article that holds ties, sorted;
    ``undated``
        the articles with ties and no date;
    ``structural``
        each article's part-of ties, which belong to every window (:func:`in_window`);
    ``methods``
        actor -> annotation method -> how many articles annotated that way name it, so a
        window's actors carry the same ``annotations`` as a full read gives them.

    >>> from kb.analysis.ties import ArticleEvidence
    >>> view = DateView()
    >>> arts = {"a1": ArticleEvidence("a1", (Tie("stance", "x", "y", 1, date="2025-01-02"),)),
    ...         "a2": ArticleEvidence("a2", (Tie("stance", "y", "x", -1, date="2025-01-01"),))}
    >>> view.sync(arts, 1).between("2025-01-02", None)
    ['a1']
    """

    def __init__(self) -> None:
        self._clear()
        self.version: int | None = None

    def _clear(self) -> None:
        self.keys: list[tuple[str, str]] = []
        self.undated: set[str] = set()
        self.structural: dict[str, tuple[Tie, ...]] = {}
        self.methods: dict[str, dict[str, int]] = {}
        self.seen: dict[str, ArticleEvidence] = {}
        self._infos: dict[str, ActorInfo] = {}  # an actor's info with its annotations, until they change

    def sync(self, articles: Mapping[str, ArticleEvidence], version: int) -> DateView:
        """Bring the view up to ``articles`` (at the index's ``version``); returns itself."""
        if version == self.version and len(articles) == len(self.seen):
            return self
        changed = [a for a, ev in articles.items() if self.seen.get(a) is not ev]
        some_gone = len(self.seen) + len(changed) > len(articles)
        gone = [a for a in self.seen if a not in articles] if some_gone else []
        if len(changed) + len(gone) > max(64, len(self.keys) // 8):  # many: sort once, not insert one by one
            self._clear()
            for a, ev in articles.items():
                self._add(a, ev, bulk=True)
            self.keys.sort()
        else:
            for a in [*changed, *gone]:
                if a in self.seen:
                    self._remove(a)
                if a in articles:
                    self._add(a, articles[a])
        self.version = version
        return self

    def between(self, lo: str | None, hi: str | None) -> list[str]:
        """The dated articles from ``lo`` to ``hi`` (ISO dates, inclusive; None: open), in date order."""
        i = bisect.bisect_left(self.keys, (lo,)) if lo else 0
        j = bisect.bisect_right(self.keys, (hi, _LAST)) if hi else len(self.keys)
        return [a for _, a in self.keys[i:j]]

    def info(self, actor: str, infos: Mapping[str, ActorInfo]) -> ActorInfo | None:
        """``infos[actor]`` with ``annotations``: how the articles that name it were annotated
        (None when no article names it); kept until an article that names it changes."""
        if (got := self._infos.get(actor)) is None:
            found = frozenset(m for m, n in self.methods.get(actor, {}).items() if n > 0)
            if not found or actor not in infos:
                return None
            got = self._infos[actor] = replace(infos[actor], annotations=found)
        return got

    def _add(self, article: str, ev: ArticleEvidence, *, bulk: bool = False) -> None:
        self.seen[article] = ev
        for iri in ev.actors:
            self._infos.pop(iri, None)
            m = self.methods.setdefault(iri, {})
            m[ev.method] = m.get(ev.method, 0) + 1
        if not ev.ties:
            return
        if (day := ev.ties[0].date) is None:  # an article's ties share its date
            self.undated.add(article)
        elif bulk:
            self.keys.append((day, article))
        else:
            bisect.insort(self.keys, (day, article))
        if parts := tuple(t for t in ev.ties if t.kind == "structural"):
            self.structural[article] = parts

    def _remove(self, article: str) -> None:
        ev = self.seen.pop(article)
        for iri in ev.actors:
            self._infos.pop(iri, None)
            m = self.methods.get(iri, {})
            m[ev.method] = m.get(ev.method, 0) - 1
        self.undated.discard(article)
        self.structural.pop(article, None)
        if ev.ties and (day := ev.ties[0].date) is not None:
            i = bisect.bisect_left(self.keys, (day, article))
            if i < len(self.keys) and self.keys[i] == (day, article):
                del self.keys[i]

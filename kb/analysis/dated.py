"""Each actor's stances by day, kept by a tie index, so that a timeline costs its days, not its stances.

The busiest actor of 100k synthetic articles takes and receives about 300k stances; a
timeline by week of its last 30 days sorted all of them by date to keep a few thousand
(1.0 s). :class:`StanceDays` files every stance under its holder and its target, by the
day it is dated (its article's publication date) and way (``by`` the actor, ``toward``
it), with each actor's days in order: a window of a timeline is two bisections away and
reads only its own days' stances (:meth:`StanceDays.groups`), which
:func:`~kb.analysis.timeline.day_timeline` counts and lists as
:func:`~kb.analysis.timeline.stance_timeline` does from the stances themselves.

The index (:class:`~kb.analysis.index.TieIndex`) files each stance as it links it and
takes it out as it unlinks it, so the days follow every write; they are derived, never
saved, and filed again when a saved index is read.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from kb.analysis.evidence import Tie

__all__ = ["WAYS", "StanceDays"]

WAYS = ("by", "toward")
"""A stance taken by the actor, and one taken toward it: the two sides of a timeline."""


class StanceDays:
    """Actor -> day (ISO date; None: undated) -> way -> its stances (by ``id``: one goes in O(1)).

    Only stances between two different actors are filed, as a timeline lists them.

    >>> days = StanceDays()
    >>> for t in (Tie("stance", "a", "b", 1, claim="c1", date="2025-01-10"),
    ...           Tie("stance", "c", "a", -1, claim="c2", date="2025-01-02"),
    ...           Tie("stance", "a", "c", 1, claim="c3")):
    ...     days.add(t)
    >>> [(day, [t.claim for t in ts]) for day, ts in days.groups("a", "by", None, None)]
    [('2025-01-10', ['c1'])]
    >>> [t.claim for t in days.undated("a", "by")], [d for d, _ in days.groups("a", "toward", None, None)]
    (['c3'], ['2025-01-02'])
    """

    def __init__(self) -> None:
        self.days: dict[str, dict[str | None, tuple[dict[int, Tie], dict[int, Tie]]]] = {}
        self.order: dict[str, list[str]] = {}
        """Actor -> its dated days, sorted."""

    def add(self, t: Tie) -> None:
        """File ``t`` (a stance; anything else, or one toward its own holder, is not filed)."""
        if t.kind != "stance" or t.source == t.target:
            return
        for way, actor in enumerate((t.source, t.target)):
            self._day(actor, t.date)[way][id(t)] = t

    def remove(self, t: Tie) -> None:
        """Take ``t`` out (or a tie equal to it, as :meth:`~kb.analysis.index.TieIndex._unlink` does)."""
        if t.kind != "stance" or t.source == t.target:
            return
        for way, actor in enumerate((t.source, t.target)):
            ways = self.days.get(actor, {}).get(t.date)
            if ways is None:
                continue
            mine = ways[way]
            if mine.pop(id(t), None) is None:  # an equal tie, not this one: as the index does
                same = next((k for k, x in mine.items() if x == t), None)
                if same is not None:
                    del mine[same]
            if not ways[0] and not ways[1]:
                self._drop_day(actor, t.date)

    def build(self, ties: Iterable[Tie]) -> None:
        """File many ties at once (an index read back from its file), each actor's days sorted once."""
        for t in ties:
            if t.kind == "stance" and t.source != t.target:
                for way, actor in enumerate((t.source, t.target)):
                    self._day(actor, t.date, bulk=True)[way][id(t)] = t
        for days in self.order.values():
            days.sort()

    def groups(self, actor: str, way: str, lo: str | None, hi: str | None) -> Iterator[tuple[str, list[Tie]]]:
        """``actor``'s dated stances of one ``way``, day by day from ``lo`` to ``hi`` (inclusive; None:
        open), in date order; days with none that way are skipped."""
        days = self.order.get(actor, [])
        i = bisect.bisect_left(days, lo) if lo else 0
        j = bisect.bisect_right(days, hi) if hi else len(days)
        filed, w = self.days.get(actor, {}), WAYS.index(way)
        for day in days[i:j]:
            if ties := filed[day][w]:
                yield day, list(ties.values())

    def undated(self, actor: str, way: str) -> list[Tie]:
        """``actor``'s undated stances of one ``way``."""
        ways = self.days.get(actor, {}).get(None)
        return list(ways[WAYS.index(way)].values()) if ways else []

    def _day(
        self, actor: str, day: str | None, *, bulk: bool = False
    ) -> tuple[dict[int, Tie], dict[int, Tie]]:
        filed = self.days.setdefault(actor, {})
        ways = filed.get(day)
        if ways is None:
            ways = filed[day] = ({}, {})
            if day is not None:
                days = self.order.setdefault(actor, [])
                if bulk:
                    days.append(day)
                else:
                    bisect.insort(days, day)
        return ways

    def _drop_day(self, actor: str, day: str | None) -> None:
        filed = self.days[actor]
        del filed[day]
        if day is not None:
            days = self.order[actor]
            del days[bisect.bisect_left(days, day)]
            if not days:
                del self.order[actor]
        if not filed:
            del self.days[actor]

"""A seeded generator of synthetic annotated articles, in the project's own annotation format.

The articles go through the real loader and mapping (``parse_annotation``,
``annotation_to_quads``), not a shortcut, so what the benchmarks measure is what a real
corpus costs. Shapes: a pool of actors (states, people affiliated with them, organisations,
media) with aliases; who appears in an article follows a Zipf law, so a few actors are
everywhere and most are rare; 10-20 claims per article, about 20% reported (a named
speaker, sometimes via an outlet), 10% alleged (accusations), the rest in the article's
own voice; one article in ten alleges a bloc with two to four members.

Time: with ``start`` (a date), article ``n`` is published ``n // per_day`` days after it.
:func:`drift_articles` writes a small world of two camps and one actor that changes sides at
a known date: the planted drift that :mod:`kb.analysis.drift` must find and explain.

Use: ``python bench/synth.py N OUTDIR [START]`` writes N pairs of ``.yaml`` and ``.txt`` files
(dated from START, ten a day, when given); ``python bench/synth.py drift OUTDIR`` the drift
world; :func:`annotations` yields parsed :class:`kb.annotation.Annotation` objects.
"""

from __future__ import annotations

import bisect
import itertools
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from kb.annotation import Annotation, parse_annotation

__all__ = ["Corpus", "DriftWorld", "annotations", "articles", "drift_articles"]

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ne",
    "so",
    "vu",
    "ti",
    "da",
    "pe",
    "zo",
    "ri",
    "an",
    "el",
    "or",
    "us",
    "in",
    "ba",
    "ko",
    "ve",
]
WORDS = [
    "talks",
    "ceasefire",
    "sanctions",
    "border",
    "troops",
    "aid",
    "summit",
    "grain",
    "pipeline",
    "election",
    "treaty",
    "deal",
    "security",
    "guarantees",
    "negotiations",
    "envoy",
    "pressure",
    "strikes",
    "corridor",
    "reserves",
    "tariffs",
    "drones",
]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass(frozen=True)
class _Actor:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    affiliation: str | None = None


class Corpus:
    """A fixed actor pool and a seeded article generator over it."""

    def __init__(
        self, actors: int = 3000, seed: int = 0, *, start: date | None = None, per_day: int = 10
    ) -> None:
        self.start, self.per_day = start, per_day
        rng = random.Random(seed)
        pool: list[_Actor] = []
        taken: set[str] = set()

        def fresh(parts: int, suffix: str = "") -> str:
            """A name no other actor uses (aliases must point at one actor only)."""
            while (name := _name(rng, parts) + suffix) in taken:
                pass
            taken.add(name)
            return name

        states = max(10, actors // 15)
        for i in range(states):
            name = fresh(2, "ia")
            capital = fresh(2)
            pool.append(_Actor(f"state-{i}", "state", name, (name, capital)))
        for i in range(actors - states - actors // 20 - actors // 30):
            first, last = _name(rng, 2), fresh(3)
            state = f"state-{rng.randrange(states)}"
            pool.append(_Actor(f"person-{i}", "person", f"{first} {last}", (f"{first} {last}", last), state))
        for i in range(actors // 20):
            name = fresh(2, " Council")
            pool.append(_Actor(f"org-{i}", "organization", name, (name,)))
        for i in range(actors // 30):
            name = fresh(2, " Times")
            pool.append(_Actor(f"media-{i}", "media", name, (name,)))
        rng.shuffle(pool)  # Zipf rank independent of type
        self.pool = pool
        self.media = [a for a in pool if a.type == "media"]
        self.speakers = [a for a in pool if a.type in ("person", "state", "organization")]
        weights = [1 / (rank + 1) for rank in range(len(pool))]
        self._cum = list(itertools.accumulate(weights))
        self.seed = seed

    def published(self, n: int) -> str | None:
        """Article ``n``'s date: ``n // per_day`` days after ``start``; None when undated."""
        return (self.start + timedelta(days=n // self.per_day)).isoformat() if self.start else None

    def _zipf(self, rng: random.Random) -> _Actor:
        return self.pool[bisect.bisect(self._cum, rng.random() * self._cum[-1])]

    def article(self, n: int) -> tuple[dict[str, Any], str]:
        """Article ``n``: its annotation (as the YAML would parse) and its text."""
        rng = random.Random(f"{self.seed}:{n}")
        used: dict[str, tuple[_Actor, str]] = {}  # id -> (actor, alias used in the text)

        def use(actor: _Actor) -> str:
            if actor.id not in used:
                used[actor.id] = (actor, rng.choice(actor.aliases))
            return used[actor.id][1]

        lines = [f"Report {n}"]
        claims = []
        memberships = []
        for k in range(rng.randint(10, 20)):
            target = self._zipf(rng)
            holder = self._zipf(rng)
            while holder.id == target.id or holder.type == "media":
                holder = self._zipf(rng)
            words = " ".join(rng.choice(WORDS) for _ in range(6))
            quote = f"{words} {n}-{k}"
            polarity = rng.choice((1, -1))
            verb = "backs" if polarity > 0 else "opposes"
            roll = rng.random()
            claim: dict[str, Any] = {"id": f"c{k}", "quote": quote}
            if roll < 0.2:  # reported: a named speaker, a direct quote, sometimes via an outlet
                claim.update(speaker=holder.id, status="reported", kind="statement", direct=True)
                lines.append(f"{use(holder)} said: “{quote}”, on {use(target)}.")
                if rng.random() < 0.3:
                    outlet = rng.choice(self.media)
                    claim["via"] = outlet.id
                    lines[-1] += f" (as quoted by {use(outlet)})"
                claim["stances"] = [{"target": target.id, "polarity": polarity}]
            elif roll < 0.3:  # alleged: an accusation by a named speaker about the target
                claim.update(speaker=holder.id, status="alleged", kind="accusation", direct=False)
                lines.append(f"{use(holder)} claimed that {use(target)} is behind {quote}.")
                claim["stances"] = [{"target": target.id, "polarity": -1}]
            else:  # asserted: the article's own voice
                claim.update(speaker="article", status="asserted", kind="statement")
                lines.append(f"{use(holder)} {verb} {use(target)}: {quote}.")
                claim["stances"] = [{"holder": holder.id, "target": target.id, "polarity": polarity}]
            claim["quote"] = quote
            claims.append(claim)
        if rng.random() < 0.1:  # an alleged bloc
            speaker = rng.choice(self.speakers)
            members: list[_Actor] = []
            size = rng.randint(2, 4)
            while len(members) < size:
                m = self._zipf(rng)
                if m.type in ("person", "state") and m not in members and m.id != speaker.id:
                    members.append(m)
            bloc_id = f"bloc-{n}"
            bloc_name = f"{_name(rng, 2)} axis {n}"
            quote = f"{' and '.join(use(m) for m in members)} form a {bloc_name}"
            lines.append(f"{use(speaker)} alleged that {quote}.")
            claims.append(
                {
                    "id": "bloc",
                    "speaker": speaker.id,
                    "quote": quote,
                    "status": "alleged",
                    "kind": "accusation",
                    "stances": [{"target": bloc_id, "polarity": -1}],
                }
            )
            used[bloc_id] = (_Actor(bloc_id, "bloc", bloc_name, (bloc_name,)), bloc_name)
            memberships = [
                {"id": f"m{i}", "member": m.id, "group": bloc_id, "claim": "bloc"}
                for i, m in enumerate(members)
            ]
        actors = []
        for actor, alias in used.values():
            entry: dict[str, Any] = {
                "id": actor.id,
                "type": actor.type,
                "label": actor.label,
                "aliases": [alias],
            }
            if actor.type == "bloc":
                entry.update(existence="alleged", existence_claim="bloc")
            actors.append(entry)
        data = {
            "article": {
                "id": f"synthetic-{n}",
                "title": f"Report {n}",
                "text": f"synthetic-{n}.txt",
                "language": "en",
                "annotation": "curated",
                "published": self.published(n),
            },
            "actors": actors,
            "claims": claims,
        }
        if memberships:
            data["memberships"] = memberships
        return data, "\n".join(lines) + "\n"


def articles(
    n: int, *, actors: int = 3000, seed: int = 0, start: int = 0, dated: date | None = None, per_day: int = 10
) -> Iterator[tuple[dict[str, Any], str]]:
    corpus = Corpus(actors, seed, start=dated, per_day=per_day)
    for i in range(start, start + n):
        yield corpus.article(i)


def annotations(
    n: int, *, actors: int = 3000, seed: int = 0, start: int = 0, dated: date | None = None, per_day: int = 10
) -> Iterator[Annotation]:
    for data, text in articles(n, actors=actors, seed=seed, start=start, dated=dated, per_day=per_day):
        yield parse_annotation(data, text, data["article"]["id"])


@dataclass(frozen=True)
class DriftWorld:
    """Two camps (``west-*`` and ``east-*``) and ``swing``, which sides with west before
    ``drift_at`` and with east from that day on. Planted claims have IDs ``swing-*``."""

    start: date
    drift_at: date
    days: int
    camp_size: int = 5
    seed: int = 0

    def labels(self) -> dict[str, str]:
        rng = random.Random(f"drift:{self.seed}")
        ids = [f"{side}-{i}" for side in ("west", "east") for i in range(self.camp_size)] + ["swing"]
        names: dict[str, str] = {}
        for i in ids:
            while (name := _name(rng, 3) + "ia") in names.values():
                pass
            names[i] = name
        return names


def drift_articles(world: DriftWorld, *, claims: int = 6) -> Iterator[tuple[dict[str, Any], str]]:
    """One article a day from ``world.start`` for ``world.days`` days: friendly claims inside each
    camp, hostile ones across, and two claims on ``swing``'s side of the day."""
    labels = world.labels()
    for n in range(world.days):
        yield _drift_article(world, labels, n, claims)


def _drift_article(
    world: DriftWorld, labels: dict[str, str], n: int, claims: int
) -> tuple[dict[str, Any], str]:
    """Day ``n`` of the drift world: its annotation and its text."""
    camps = {side: [f"{side}-{i}" for i in range(world.camp_size)] for side in ("west", "east")}
    day = world.start + timedelta(days=n)
    rng = random.Random(f"drift:{world.seed}:{n}")
    lines = [f"Daily report {n}"]
    out: list[dict[str, Any]] = []
    used: set[str] = set()

    def claim(cid: str, holder: str, target: str, polarity: int) -> None:
        quote = f"{' '.join(rng.choice(WORDS) for _ in range(5))} {n}-{cid}"
        lines.append(f"{labels[holder]} {'backs' if polarity > 0 else 'opposes'} {labels[target]}: {quote}.")
        used.update((holder, target))
        stance = {"holder": holder, "target": target, "polarity": polarity}
        out.append(
            {
                "id": cid,
                "speaker": "article",
                "quote": quote,
                "status": "asserted",
                "kind": "statement",
                "stances": [stance],
            }
        )

    for k in range(claims):
        friendly = rng.random() < 0.5
        side = rng.choice(("west", "east"))
        holder = rng.choice(camps[side])
        other = side if friendly else ("east" if side == "west" else "west")
        target = rng.choice([a for a in camps[other] if a != holder])
        claim(f"c{k}", holder, target, 1 if friendly else -1)
    friends, foes = ("east", "west") if day >= world.drift_at else ("west", "east")
    claim("swing-1", "swing", rng.choice(camps[friends]), 1)
    claim("swing-2", rng.choice(camps[foes]), "swing", -1)
    data = {
        "article": {
            "id": f"drift-{n}",
            "title": f"Daily report {n}",
            "text": f"drift-{n}.txt",
            "language": "en",
            "annotation": "curated",
            "published": day.isoformat(),
        },
        "actors": [
            {"id": a, "type": "state", "label": labels[a], "aliases": [labels[a]]} for a in sorted(used)
        ],
        "claims": out,
    }
    return data, "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    if argv[0] == "drift":  # the planted drift: 120 days from 2025-01-01, swing changes sides on 2025-03-10
        out = Path(argv[1])
        items = drift_articles(DriftWorld(date(2025, 1, 1), date(2025, 3, 10), 120))
        n = 120
    else:
        n, out = int(argv[0]), Path(argv[1])
        dated = date.fromisoformat(argv[2]) if len(argv) > 2 else None
        items = articles(n, dated=dated)
    out.mkdir(parents=True, exist_ok=True)
    for data, text in items:
        aid = data["article"]["id"]
        (out / f"{aid}.txt").write_text(text, "utf-8")
        (out / f"{aid}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    print(f"wrote {n} articles to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])

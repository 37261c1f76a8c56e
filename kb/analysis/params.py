"""The knobs of an alignment run, declared once: the CLI's options, the API's query parameters
and the recorded run's PROV all come from :data:`KNOBS`.

>>> p = AlignmentParams(seed=3, status={"alleged": 0.2})
>>> (p.weights().status["alleged"], p.weights().status["asserted"], p.seed)
(0.2, 1.0, 3)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kb.analysis.graph import DEFAULT_STATUS_WEIGHTS, Weights
from kb.vocab import ANNOTATION_METHODS

__all__ = ["KNOBS", "STATUS_WEIGHT", "AlignmentParams", "Knob"]


@dataclass(frozen=True)
class Knob:
    """One parameter: its name (also the API's query parameter), type, default and bounds."""

    name: str
    type: type
    default: Any
    help: str
    cli: str
    """The CLI's option."""
    predicate: str
    """The local name of its ``gk:`` property on a recorded run."""
    ge: float | None = None
    le: float | None = None
    choices: tuple[str, ...] = ()
    """For a knob that picks one of a list (its default None: no pick); recorded as that concept."""

    @property
    def of_weights(self) -> bool:
        """True for a knob of the signed graph's :class:`Weights`, else one of the clustering's."""
        return self.name in Weights.__dataclass_fields__


KNOBS: tuple[Knob, ...] = (
    Knob("seed", int, 0, "random seed of the clustering", "--seed", "seed", ge=0, le=2**31),
    Knob(
        "resolution",
        float,
        0.0,
        "> 0 splits large friendly groups",
        "--resolution",
        "resolution",
        ge=0,
        le=100,
    ),
    Knob(
        "membership",
        float,
        Weights.membership,
        "discount of ties from a claimed membership",
        "--membership-weight",
        "membershipWeight",
        ge=0,
        le=10,
    ),
    Knob(
        "structural",
        float,
        Weights.structural,
        "weight of a curated part-of link",
        "--structural-weight",
        "structuralWeight",
        ge=0,
        le=10,
    ),
    Knob(
        "fold_parts", bool, False, "fold ministers and leaders into their states", "--fold-parts", "foldParts"
    ),
    Knob(
        "drafted",
        float,
        Weights.drafted,
        "how much a tie from a machine-drafted, unreviewed article counts (curated ones: 1)",
        "--drafted-weight",
        "draftedWeight",
        ge=0,
        le=10,
    ),
    Knob(
        "annotation",
        str,
        None,
        "only articles annotated this way: 'curated' leaves machine-drafted ones out",
        "--annotation",
        "annotationFilter",
        choices=ANNOTATION_METHODS,
    ),
    Knob("since", date, None, "only ties of articles published on or after it", "--since", "windowSince"),
    Knob("until", date, None, "only ties of articles published on or before it", "--until", "windowUntil"),
    Knob(
        "include_undated",
        bool,
        False,
        "with --since/--until, keep the ties of undated articles too",
        "--include-undated",
        "includeUndated",
    ),
)

STATUS_WEIGHT = Knob(
    "status",
    float,
    None,
    "weight of a tie of this epistemic status (defaults: "
    + ", ".join(f"{k}={v}" for k, v in DEFAULT_STATUS_WEIGHTS.items())
    + ")",
    "--status-weight",
    "statusWeight",
    ge=0,
    le=10,
)
"""The status weights: one API query parameter per status, one repeatable CLI option ``STATUS=W``."""


@dataclass(frozen=True)
class AlignmentParams:
    """One setting of every knob; hashable, so it keys the cache of alignments."""

    seed: int = 0
    resolution: float = 0.0
    fold_parts: bool = False
    membership: float = Weights.membership
    structural: float = Weights.structural
    drafted: float = Weights.drafted
    annotation: str | None = None
    since: date | None = None
    until: date | None = None
    include_undated: bool = False
    status: Mapping[str, float] = field(default_factory=dict)
    """Status weights that differ from the defaults."""

    def weights(self) -> Weights:
        w = Weights(
            membership=self.membership,
            structural=self.structural,
            fold_parts=self.fold_parts,
            drafted=self.drafted,
        )
        return w.with_status(**self.status) if self.status else w

    def align_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of :func:`kb.analysis.alignment.align` for this setting."""
        return {
            "weights": self.weights(),
            "seed": self.seed,
            "resolution": self.resolution,
            "annotation": self.annotation,
            "since": self.since,
            "until": self.until,
            "include_undated": self.include_undated,
        }

    def key(self) -> tuple[Any, ...]:
        return (*(getattr(self, k.name) for k in KNOBS), tuple(sorted(self.status.items())))

"""``/clusters``: alignment clusters of the actors, and the claims behind every tie."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from api.deps import get_store
from kb.analysis import DEFAULT_STATUS_WEIGHTS, Alignment, Weights, align
from kb.analysis.report import explanation_json
from kb.errors import NotFoundError, QueryError
from kb.store import Store
from kb.vocab import ANNOTATION_METHODS

router = APIRouter(tags=["analysis"])

Weight = Annotated[float | None, Query(ge=0, le=10)]
AnnotationMethod = Literal[tuple(ANNOTATION_METHODS)]  # type: ignore[valid-type]


class Params:
    """The knobs of a clustering, shared by every ``/clusters`` route."""

    def __init__(
        self,
        seed: Annotated[int, Query(ge=0, le=2**31)] = 0,
        resolution: Annotated[
            float, Query(ge=0, le=100, description="> 0 splits large friendly groups")
        ] = 0.0,
        fold_parts: Annotated[
            bool, Query(description="fold ministers and leaders into their states")
        ] = False,
        asserted: Weight = None,
        reported: Weight = None,
        alleged: Weight = None,
        membership: Annotated[float, Query(ge=0, le=10)] = Weights.membership,
        drafted: Annotated[
            float, Query(ge=0, le=10, description="weight of ties from machine-drafted articles")
        ] = Weights.drafted,
        annotation: Annotated[
            AnnotationMethod | None, Query(description="`curated` leaves machine-drafted articles out")
        ] = None,
    ) -> None:
        status = {
            k: v
            for k, v in (("asserted", asserted), ("reported", reported), ("alleged", alleged))
            if v is not None
        }
        self.weights = Weights(membership=membership, fold_parts=fold_parts, drafted=drafted).with_status(
            **status
        )
        self.annotation = annotation
        self.seed = seed
        self.resolution = resolution

    def key(self) -> tuple[Any, ...]:
        w = self.weights
        return (
            tuple(sorted(w.status.items())),
            w.membership,
            w.fold_parts,
            w.drafted,
            self.annotation,
            self.seed,
            self.resolution,
        )


async def _alignment(request: Request, store: Store, params: Params) -> Alignment:
    """The alignment for these parameters, computed once per state of the store."""
    cache = request.app.state.cache
    key = ("clusters", request.app.state.generation, params.key())
    if key not in cache:
        cache[key] = await run_in_threadpool(
            align,
            store,
            weights=params.weights,
            seed=params.seed,
            resolution=params.resolution,
            annotation=params.annotation,
        )
    return cache[key]


_WEIGHTS_DOC = (
    "Status weights default to "
    + ", ".join(f"{k}={v}" for k, v in DEFAULT_STATUS_WEIGHTS.items())
    + "; every tie counts polarity x status weight x confidence (x membership for claimed memberships,"
    + f" x drafted={Weights.drafted} for ties from machine-drafted articles)."
)


@router.get(
    "/clusters", summary="Alignment clusters with cohesion, frustration and balance", description=_WEIGHTS_DOC
)
async def clusters(
    request: Request, params: Params = Depends(), store: Store = Depends(get_store)
) -> dict[str, Any]:
    return (await _alignment(request, store, params)).summary()


@router.get(
    "/clusters/explain",
    summary="Why an actor is in its cluster, or the claims that connect two actors",
    description="Give `actor` (ID, name or alias: `Macron`), or `a` and `b` for a pair. " + _WEIGHTS_DOC,
    responses={404: {"description": "no such actor"}},
)
async def explain(
    request: Request,
    actor: Annotated[str | None, Query(max_length=200, examples=["Macron"])] = None,
    a: Annotated[str | None, Query(max_length=200)] = None,
    b: Annotated[str | None, Query(max_length=200)] = None,
    top: Annotated[int, Query(ge=1, le=1000)] = 10,
    params: Params = Depends(),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    result = await _alignment(request, store, params)
    try:
        if actor is not None and a is None and b is None:
            return explanation_json(result.explain(actor, top=top))
        if actor is None and a is not None and b is not None:
            return explanation_json(result.explain_pair(a, b))
    except KeyError as exc:
        raise NotFoundError(exc.args[0]) from None
    raise QueryError("give either 'actor', or both 'a' and 'b'")


@router.get("/clusters/centrality", summary="Most targeted, most vocal and most bridging actors")
async def centrality(
    request: Request,
    top: Annotated[int, Query(ge=1, le=1000)] = 10,
    params: Params = Depends(),
    store: Store = Depends(get_store),
) -> dict[str, list[dict[str, Any]]]:
    result = await _alignment(request, store, params)
    return await run_in_threadpool(result.centrality, top=top, seed=params.seed)

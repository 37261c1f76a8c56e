"""Liveness and the store's counts."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool

from api.deps import get_store
from kb.stats import stats
from kb.store import Store

router = APIRouter(tags=["service"])


@router.get("/healthz", summary="Liveness: the service answers and the store is readable")
async def healthz(store: Store = Depends(get_store)) -> dict[str, object]:
    return {"status": "ok", "quads": len(store)}


@router.get("/stats", summary="What the store holds (articles, actors, claims, quads...)")
async def get_stats(store: Store = Depends(get_store)) -> dict[str, int]:
    return await run_in_threadpool(stats, store)

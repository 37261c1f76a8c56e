"""Dependencies shared by the routes: store, settings, query runner, caches and the write token."""

from __future__ import annotations

import inspect
import secrets
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kb.analysis import DEFAULT_STATUS_WEIGHTS, KNOBS, STATUS_WEIGHT, AlignmentParams
from kb.analysis.live import LiveAlignment
from kb.cache import LRUCache
from kb.querypool import QueryRunner
from kb.settings import Settings
from kb.store import Store
from kb.taskpool import TaskRunner

_bearer = HTTPBearer(auto_error=False, description="The token set in GEOKB_TOKEN")


def get_store(request: Request) -> Store:
    return request.app.state.store


def app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_queries(request: Request) -> QueryRunner:
    return request.app.state.queries


def get_tasks(request: Request) -> TaskRunner:
    """The app's worker processes for drafts and alignments (time-limited, killable)."""
    return request.app.state.tasks


def get_cache(request: Request) -> LRUCache:
    """The app's bounded cache of derived answers (alignments, the graph page's data)."""
    return request.app.state.cache


def get_live(request: Request) -> LiveAlignment:
    """The store's tie index and default alignment, kept current by the writes of this app."""
    return request.app.state.live


def require_token(
    settings: Settings = Depends(app_settings),
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
) -> None:
    """Writes need ``Authorization: Bearer <GEOKB_TOKEN>``; with no token set they are off."""
    if not settings.token:
        raise HTTPException(403, "writing is turned off on this service (no GEOKB_TOKEN is set)")
    if credentials is None or not secrets.compare_digest(
        credentials.credentials.encode(), settings.token.encode()
    ):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


def changed(request: Request) -> None:
    """Call after a write: query workers reopen the store, cached answers are dropped."""
    request.app.state.cache.clear()
    request.app.state.queries.invalidate()


def _alignment_params(**values: float | bool | None) -> AlignmentParams:
    status = {s: values.pop(s) for s in DEFAULT_STATUS_WEIGHTS}
    return AlignmentParams(**values, status={s: w for s, w in status.items() if w is not None})


_alignment_params.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [
        inspect.Parameter(
            k.name,
            inspect.Parameter.KEYWORD_ONLY,
            default=k.default,
            annotation=Annotated[
                Literal[k.choices] | None if k.choices else k.type,  # type: ignore[valid-type]
                Query(ge=k.ge, le=k.le, description=k.help),
            ],
        )
        for k in KNOBS
    ]
    + [
        inspect.Parameter(
            status,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[
                float | None,
                Query(ge=STATUS_WEIGHT.ge, le=STATUS_WEIGHT.le, description=f"weight of {status} ties ({w})"),
            ],
        )
        for status, w in DEFAULT_STATUS_WEIGHTS.items()
    ],
    return_annotation=AlignmentParams,
)
alignment_params = _alignment_params
"""The alignment knobs as query parameters, from the same declaration as the CLI's options."""

"""Dependencies shared by the routes: store, settings, query runner and the write token."""

from __future__ import annotations

import secrets

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kb.querypool import QueryRunner
from kb.settings import Settings
from kb.store import Store

_bearer = HTTPBearer(auto_error=False, description="The token set in GEOKB_TOKEN")


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_queries(request: Request) -> QueryRunner:
    return request.app.state.queries


def require_token(
    settings: Settings = Depends(get_settings),
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
    request.app.state.generation += 1
    request.app.state.cache.clear()
    request.app.state.queries.invalidate()

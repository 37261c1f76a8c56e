"""ASGI middleware for HTTP details no route should handle on its own.

- ``HEAD`` on a ``GET`` route answers like ``GET`` without the body (RFC 9110, 9.3.2):
  FastAPI registers ``GET`` alone, so ``HEAD`` got 405.
- A query string whose percent-escapes are not UTF-8 (``?query=%FF``) is refused with 400:
  decoding it the lenient way turned ``%FF`` into U+FFFD, so a query ran on text the
  client never sent.
- A request FastAPI finds invalid gets its 422 even when the body held ``NaN`` or
  ``Infinity``: Python's JSON parser accepts them, the default handler echoes the input
  back, and the strict JSON encoder then failed with a 500 (found by ``bench/fuzz.py``).
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import unquote_to_bytes

from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["HeadAsGetMiddleware", "StrictQueryStringMiddleware", "request_validation_error"]


class HeadAsGetMiddleware:
    """Serve ``HEAD`` as ``GET`` and drop the body, keeping the headers (``Content-Length`` too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class StrictQueryStringMiddleware:
    """Refuse a request whose query string does not decode to UTF-8, before any route parses it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            try:
                for part in scope["query_string"].replace(b"+", b" ").split(b"&"):
                    for side in part.split(b"=", 1):
                        unquote_to_bytes(side).decode("utf-8")
            except UnicodeDecodeError:
                detail = "the query string is not UTF-8: its percent-escapes must encode UTF-8"
                response = JSONResponse({"error": "QueryError", "detail": detail}, status_code=400)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def request_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422, with non-finite numbers in the echoed input written as strings."""
    return JSONResponse({"detail": _finite(jsonable_encoder(exc.errors()))}, status_code=422)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value

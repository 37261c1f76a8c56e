"""ASGI middleware for HTTP details no route should handle on its own.

- ``HEAD`` on a ``GET`` route answers like ``GET`` without the body (RFC 9110, 9.3.2):
  FastAPI registers ``GET`` alone, so ``HEAD`` got 405.
- A query string whose percent-escapes are not UTF-8 (``?query=%FF``) is refused with 400:
  decoding it the lenient way turned ``%FF`` into U+FFFD, so a query ran on text the
  client never sent.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import send_problem
from kb.errors import QueryError

__all__ = ["HeadAsGetMiddleware", "StrictQueryStringMiddleware"]


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
                await send_problem(scope, receive, send, QueryError(detail))
                return
        await self.app(scope, receive, send)

"""ASGI middleware: a request ID and a structured access log line per request, and a body limit.

Written against plain ASGI (not Starlette's ``BaseHTTPMiddleware``) so that responses
stream through untouched and a body over the limit is refused while it arrives, before
the route reads it.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import send_problem
from kb.errors import PayloadTooLarge

__all__ = ["BodyLimitMiddleware", "RequestLogMiddleware"]

access_log = logging.getLogger("geokb.access")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestLogMiddleware:
    """Give every request an ID (``X-Request-Id``, kept when the client sends a sane one) and log it.

    The line is JSON: time, ID, client, method, path, status, bytes sent, total
    milliseconds, and the milliseconds a route spent in the query (``request.state.query_ms``).
    """

    def __init__(self, app: ASGIApp, *, enabled: bool = True) -> None:
        self.app = app
        self.enabled = enabled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status, sent = 500, 0

        async def send_wrapper(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            if self.enabled:
                line: dict[str, Any] = {
                    "ts": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                    "request_id": request_id,
                    "client": (scope.get("client") or ("-",))[0],
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "bytes": sent,
                    "ms": round((time.perf_counter() - started) * 1000, 2),
                }
                query_ms = scope["state"].get("query_ms")
                if query_ms is not None:
                    line["query_ms"] = round(query_ms, 2)
                access_log.info(json.dumps(line))


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, by header or while they stream in."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.max_bytes:
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await _too_large(scope, receive, send, self.max_bytes)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise PayloadTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except PayloadTooLarge:
            if not started:
                await _too_large(scope, receive, send, self.max_bytes)


async def _too_large(scope: Scope, receive: Receive, send: Send, max_bytes: int) -> None:
    exc = PayloadTooLarge(f"the request body is over the limit of {max_bytes:,} bytes")
    await send_problem(scope, receive, send, exc)

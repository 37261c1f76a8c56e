"""Every error answer of the service in one shape: RFC 9457 problem details.

Before, errors came in several bodies: ``{"error", "detail"}`` from geokb's own errors,
``{"detail": "Not Found"}`` from FastAPI's 404/405/401/403, ``{"detail": [...]}`` from its
422 validation errors, ``text/plain`` from the SPARQL endpoint's 415 and from an unexpected
500. A client had to guess which one it got. Now every 4xx and 5xx answer is
``application/problem+json``::

    {"type": "/problems/QueryTimeout", "title": "The query ran past the time limit and was stopped.",
     "status": 503, "detail": "the query ran past the limit of 5 s ...", "instance": "/sparql",
     "error": "QueryTimeout"}

``type`` names the kind of error: ``/problems/{name}`` for geokb's own (the page there
describes it), ``about:blank`` for plain HTTP errors (then ``title`` is the status phrase).
``error`` (the class name, as before) and, for a name that fits several actors,
``candidates`` are extension members; a 422 from parameter validation lists each fault in
``errors``. A 503 carries ``Retry-After``. The SPARQL 1.1 Protocol leaves the body of an
error answer open, so the endpoint answers problem details too.
"""

from __future__ import annotations

import json
import math
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from kb.errors import GeokbError
from kb.formats import PROBLEM

__all__ = ["install", "problem", "problem_response", "send_problem"]


def problem(
    status: int,
    detail: str,
    *,
    type: str = "about:blank",
    title: str | None = None,
    instance: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A problem details object; ``title`` defaults to the status phrase (for ``about:blank``)."""
    body: dict[str, Any] = {
        "type": type,
        "title": title or _phrase(status),
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    return {**body, **extra}


def problem_response(body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    """``body`` as an ``application/problem+json`` answer with its status."""
    data = json.dumps(_finite(body), ensure_ascii=False).encode()
    return Response(data, status_code=body["status"], media_type=PROBLEM, headers=headers)


async def send_problem(scope: Scope, receive: Receive, send: Send, exc: GeokbError) -> None:
    """Answer ``exc`` from ASGI middleware, outside FastAPI's exception handlers."""
    await _from_error(exc, scope.get("path"))(scope, receive, send)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into problem details."""
    app.add_exception_handler(GeokbError, _geokb_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected_error)


def _from_error(exc: GeokbError, path: str | None) -> Response:
    fields = exc.as_json()
    name = fields.pop("error")
    detail = str(fields.pop("detail"))
    body = problem(
        exc.status, detail, type=f"/problems/{name}", title=exc.title(), instance=path, error=name, **fields
    )
    headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after is not None else None
    return problem_response(body, headers)


async def _geokb_error(request: Request, exc: GeokbError) -> Response:
    return _from_error(exc, request.url.path)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else json.dumps(jsonable_encoder(exc.detail))
    body = problem(exc.status_code, detail, instance=request.url.path)
    return problem_response(body, dict(exc.headers or {}))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    """FastAPI's 422: one sentence per fault in ``detail``, the faults themselves in ``errors``."""
    # a body that is not UTF-8 comes back as bytes in "input", which JSON cannot carry: say it in text
    errors = jsonable_encoder(
        [{**e, "input": e["input"].decode("utf-8", "replace")} if isinstance(e.get("input"), bytes) else e
         for e in exc.errors()]
    )
    faults = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())), e.get("msg", "")) for e in errors]
    body = problem(422, "; ".join(faults), instance=request.url.path, errors=errors)
    return problem_response(body)


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    body = problem(500, "an unexpected error on the service's side", instance=request.url.path)
    return problem_response(body)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _finite(value: Any) -> Any:
    """Non-finite numbers (``NaN`` echoed back from a body) as strings: JSON has none."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value

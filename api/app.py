"""The FastAPI application: settings and store come in, routes render what kb computes."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.routes import health, sparql
from kb.errors import AnnotationError, ExportError, GeokbError, QueryError, StoreError
from kb.settings import Settings
from kb.sparql import NotAcceptable
from kb.store import Store

_STATUS = {
    QueryError: 400,
    AnnotationError: 422,
    ExportError: 400,
    NotAcceptable: 406,
    StoreError: 503,
}


def create_app(settings: Settings, store: Store) -> FastAPI:
    """An app serving ``store``; the caller owns the store and closes it."""
    app = FastAPI(
        title="geokb",
        version="0.1.0",
        summary="Attributed claims from news articles, as RDF: who said what about whom, via whom.",
    )
    app.state.settings = settings
    app.state.store = store
    app.include_router(health.router)
    app.include_router(sparql.router)

    @app.exception_handler(GeokbError)
    async def geokb_error(request: Request, exc: GeokbError) -> JSONResponse:
        status = next((s for cls, s in _STATUS.items() if isinstance(exc, cls)), 400)
        return JSONResponse({"error": type(exc).__name__, "detail": str(exc)}, status_code=status)

    return app

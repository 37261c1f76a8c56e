"""The FastAPI application: settings and store come in, routes render what kb computes."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from importlib.resources import files

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.middleware import BodyLimitMiddleware, RequestLogMiddleware
from api.problems import install as install_problems
from api.protocol import HeadAsGetMiddleware, StrictQueryStringMiddleware
from api.routes import (
    actors,
    articles,
    clusters,
    dataset,
    export,
    graph,
    health,
    linked_data,
    ontology,
    pages,
    problems,
    sparql,
)
from kb.analysis.live import LiveAlignment
from kb.cache import LRUCache
from kb.graph_page import vendor_dir
from kb.querypool import InlineQueries, QueryPool, QueryRunner
from kb.settings import Settings
from kb.snapshots import Snapshots
from kb.store import OxigraphStore, Store
from kb.taskpool import InlineTasks, TaskPool, TaskRunner

DESCRIPTION = """\
Attributed claims from news articles, as RDF: who said what about whom, as quoted by whom,
and how sure we are. Nothing a speaker claims is stored as fact: each claim's content lives
in its own named graph, attributed to its speaker and the outlet that carried it.

* `/sparql`: the SPARQL 1.1 Protocol (query only; a browser gets a query page).
* `/actors`, `/claims`, `/blocs`, `/articles`: the KB as JSON, paginated.
* `/clusters`: alignment clusters, with the claims behind every tie.
* `/graph`: the interactive graph of actors and ties (`/graph/data`: what it draws, as JSON).
* `/id/...`: every IRI the KB mints resolves here (HTML, Turtle, TriG, JSON-LD...).
"""


def query_runner(settings: Settings, store: Store) -> QueryRunner:
    """Worker processes over an embedded store (a hard time limit, and a query that crashes
    the engine kills a worker, not the server); inline for a remote server."""
    if isinstance(store, OxigraphStore) and settings.query_workers > 0:
        return QueryPool(
            str(store.path or ""),
            workers=settings.query_workers,
            timeout=settings.query_timeout,
            max_bytes=settings.max_result_bytes,
            snapshots=None if store.read_only else Snapshots(store),
            service_allow=settings.service_allow,
            memory_bytes=settings.query_memory_mb * 2**20,
        )
    return InlineQueries(store, max_bytes=settings.max_result_bytes, service_allow=settings.service_allow)


def task_runner(settings: Settings) -> TaskRunner:
    """Worker processes for drafts and alignments, unless turned off (``GEOKB_TASK_WORKERS=0``)."""
    return TaskPool(settings.task_workers) if settings.task_workers > 0 else InlineTasks()


def create_app(
    settings: Settings, store: Store, runner: QueryRunner | None = None, tasks: TaskRunner | None = None
) -> FastAPI:
    """An app serving ``store``; the caller owns the store, the app owns its worker processes."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.tasks.start()  # the workers import geokb now, not during the first request
        yield
        app.state.live.wait(timeout=30)
        app.state.live.close()  # the index saved beside the store, for the next start
        app.state.queries.close()
        app.state.tasks.close()

    app = FastAPI(
        title="geokb",
        version="0.1.0",
        summary="A geopolitical knowledge base: who said what, about whom, as quoted by whom.",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.queries = runner or query_runner(settings, store)
    app.state.tasks = tasks or task_runner(settings)
    app.state.cache = LRUCache(maxsize=8)  # derived answers, keyed by the store's version
    app.state.live = LiveAlignment(store, settings.base_iri)  # the tie index, read on first use

    for router in (
        pages.router,
        sparql.router,
        actors.router,
        articles.router,
        clusters.router,
        graph.router,
        export.router,
        linked_data.router,
        ontology.router,
        dataset.router,
        health.router,
        problems.router,
    ):
        app.include_router(router)

    app.mount(
        "/static/docs", StaticFiles(directory=str(files("fastapi_offline") / "static")), name="docs-assets"
    )
    app.mount("/static/vendor", StaticFiles(directory=str(vendor_dir())), name="vendor")
    app.mount("/static/graph", StaticFiles(directory=str(files("kb") / "static")), name="graph-assets")
    app.mount("/static", StaticFiles(directory=str(files("api") / "static")), name="static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="geokb API",
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon.png",
        )

    install_problems(app)  # every error answer: RFC 9457 problem details

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
            expose_headers=["X-Request-Id"],
        )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(StrictQueryStringMiddleware)
    app.add_middleware(RequestLogMiddleware, enabled=settings.access_log)
    return app

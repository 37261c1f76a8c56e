"""``python -m api`` (and ``make serve``): build the KB on first run, then serve it."""

from __future__ import annotations

import logging
import sys

import uvicorn

from api.app import create_app
from kb.annotation import bundled_annotations
from kb.errors import GeokbError
from kb.ingest import build
from kb.recovery import finish_alignment
from kb.settings import get_settings, locate_store
from kb.store import store_from_settings
from kb.vocab import SCHEMA


def main() -> int:
    settings = get_settings()
    try:
        store = store_from_settings(settings)
    except GeokbError as exc:
        print(f"geokb: {exc}", file=sys.stderr)
        return 1
    empty = not store.query(f"ASK {{ GRAPH ?g {{ ?a a {SCHEMA.NewsArticle} }} }}")  # stats() reads it all
    if empty:
        report = build(store, bundled_annotations(), settings.base_iri, analysis=True)
        print(f"first run: built the KB from the bundled article ({report.quads_written} quads)")
    app = create_app(settings, store)
    if finish_alignment(store, settings.base_iri, app.state.live):
        print("the last run stopped between writing an article and recording the alignment: recorded it")
    url = f"http://{settings.host}:{settings.port}"
    where = locate_store(settings)
    print(f"geokb serving {where.location} ({where.source})")
    print(f"  home             {url}/")
    print(f"  graph            {url}/graph")
    print(f"  SPARQL endpoint  {url}/sparql   (a query page in a browser)")
    print(f"  API docs         {url}/docs")
    print(f"  health           {url}/healthz")
    if settings.token:
        print("  writes           on: POST /articles with 'Authorization: Bearer $GEOKB_TOKEN'")
    else:
        print("  writes           off: set GEOKB_TOKEN to turn on POST /articles")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="info", access_log=False)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

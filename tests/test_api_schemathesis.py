"""Schemathesis generates requests from the OpenAPI schema: none may get a server error."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from api.app import create_app
from kb.annotation import bundled_annotations, load_annotation
from kb.ingest import ingest_annotation
from kb.settings import Settings
from kb.store import open_store
from tests.conftest import BASE

_store = open_store("memory:")
ingest_annotation(_store, load_annotation(bundled_annotations()[0]), BASE)
# Drafts and alignments inline: their time limits' 503s are tested in test_taskpool.py; a
# fuzzer's hundreds of drafts on a busy machine would hit them and say nothing of the routes.
app = create_app(Settings(base_iri=BASE, token="schema-token", access_log=False, task_workers=0), _store)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call(headers={"Authorization": "Bearer schema-token"})
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:500])

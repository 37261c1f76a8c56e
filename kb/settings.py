"""One settings object for the CLI and the API, read from ``GEOKB_*`` environment variables.

Why one object: the store location, the IRI base and the limits must agree between the
command that builds the store and the server that answers queries over it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "geokb"


class Settings(BaseSettings):
    """Where the store lives, which IRIs it mints, and how the service behaves."""

    model_config = SettingsConfigDict(env_prefix="GEOKB_", env_file=".env", extra="ignore")

    data_dir: Path = _default_data_dir()
    """Directory of the embedded Oxigraph store."""
    store: str = ""
    """Store location: empty for ``data_dir``, ``memory:`` for a throw-away store."""
    base_iri: str = "http://127.0.0.1:8000/id/"
    """Prefix of every IRI the KB mints; the service resolves ``/id/...`` under it."""
    license: str = ""
    """The data licence's IRI (``https://creativecommons.org/licenses/by/4.0/``, say), stated in the
    dataset's VoID/DCAT description and in whole exports; empty: no licence is stated."""
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 10.0
    """Seconds a SPARQL query may run before its worker is stopped and the client gets 503."""
    query_memory_mb: int = 1024
    """Data memory (MB) each query worker may use; past it the query is stopped with 503. 0: no limit."""
    query_workers: int = 2
    """Worker processes answering SPARQL queries (on-disk stores); each runs one query at a time."""
    max_result_bytes: int = 50_000_000
    """Largest serialised SPARQL result the service sends; larger ones get 503 and a hint."""
    max_body_bytes: int = 5_000_000
    """Largest request body accepted (queries, annotations); larger ones get 413."""
    service_allow: list[str] = []
    """SPARQL endpoints a query's ``SERVICE`` may call (a JSON list of IRIs); empty: federation off."""
    token: str = ""
    """Bearer token for write routes; empty turns them off."""
    cors_origins: list[str] = []
    """Origins allowed to call the API from a browser (``["*"]`` for any); empty: none."""
    graph_initial_nodes: int = 400
    """The graph page draws this many actors at first (the most central); the user expands."""
    graph_max_edges: int = 20_000
    """Above this many ties the graph page merges those with the same ends, kind and status."""
    access_log: bool = True
    """One JSON line per request on the ``geokb.access`` logger."""

    store_query_endpoint: str = ""
    """A SPARQL server's query endpoint (default: the usual one under ``store``)."""
    store_update_endpoint: str = ""
    """A SPARQL server's update endpoint (default: the usual one under ``store``)."""
    store_user: str = ""
    """User name for a SPARQL server that needs HTTP Basic authentication."""
    store_password: str = ""
    store_timeout: float = 300.0
    """Seconds to wait for a SPARQL server's answer (its own query limit applies too)."""

    @property
    def store_location(self) -> str:
        return self.store or str(self.data_dir)

    @property
    def store_options(self) -> dict[str, Any]:
        """What a store backend takes besides its location (see :func:`kb.store.open_store`)."""
        return {
            "query_endpoint": self.store_query_endpoint or None,
            "update_endpoint": self.store_update_endpoint or None,
            "auth": (self.store_user, self.store_password) if self.store_user else None,
            "timeout": self.store_timeout,
        }


def default(name: str) -> Any:
    """A setting's default, whatever the environment says (for defaults of functions and options)."""
    return Settings.model_fields[name].default


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()

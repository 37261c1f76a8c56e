"""One settings object for the CLI and the API, read from ``GEOKB_*`` environment variables.

Why one object: the store location, the IRI base and the limits must agree between the
command that builds the store and the server that answers queries over it. So the store is
found by one rule (:func:`locate_store`), whoever asks: ``--store``, then ``GEOKB_STORE``,
then ``GEOKB_DATA_DIR`` (environment or ``.env``), then ``var/store`` of the geokb checkout
the command runs in (where ``make serve`` keeps it), and last the user's data directory.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict

CHECKOUT_STORE = Path("var") / "store"
"""Where a geokb checkout keeps its store (``make serve`` and every command run inside it)."""


def user_data_dir() -> Path:
    """The store's last resort: ``$XDG_DATA_HOME/geokb`` (``~/.local/share/geokb``)."""
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "geokb"


def checkout_root(start: Path | None = None) -> Path | None:
    """The geokb checkout holding ``start`` (the working directory): the nearest folder up
    whose ``pyproject.toml`` names the project ``geokb``, as git finds its repository."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        project = folder / "pyproject.toml"
        if not project.is_file():
            continue
        try:
            if tomllib.loads(project.read_text("utf-8")).get("project", {}).get("name") == "geokb":
                return folder
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
    return None


@dataclass(frozen=True)
class StoreLocation:
    """A store's location and the rule that chose it, for messages that say which store is used."""

    location: str
    source: str
    """``--store``, ``GEOKB_STORE``, ``GEOKB_DATA_DIR``, ``the checkout at DIR`` or ``the user data dir``."""

    @property
    def fallback(self) -> bool:
        """Chosen for want of anything else: worth telling the user, who may expect another."""
        return self.source == "the user data dir"


class Settings(BaseSettings):
    """Where the store lives, which IRIs it mints, and how the service behaves."""

    model_config = SettingsConfigDict(env_prefix="GEOKB_", env_file=".env", extra="ignore")

    data_dir: Path | None = None
    """Directory of the embedded Oxigraph store (unset: see :func:`locate_store`)."""
    store: str = ""
    """Store location (a directory, a server's URL, ``memory:``); before ``data_dir`` when set."""
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
    export_max_quads: int = 500_000
    """Largest store exported as JSON-LD or RDF/XML, which are built whole in memory; past it the
    export is refused (503 from the service, exit 1 from the CLI). N-Quads, N-Triples, TriG and
    Turtle stream in bounded memory and have no such limit."""
    draft_timeout: float = 30.0
    """Seconds ``POST /articles`` may spend reading and drafting an article in its worker
    process; past it the worker is killed and the client gets 503."""
    alignment_timeout: float = 30.0
    """Seconds an alignment (``/clusters``, ``/graph/data``...) may take in its worker process;
    past it the worker is killed and the client gets 503."""
    task_workers: int = 2
    """Worker processes for drafts and alignments; 0: in the service's own threads, with no
    time limit and holding the event loop's interpreter (tests only)."""
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

    store_backend: str = ""
    """The store's kind: ``oxigraph``, ``sparql`` or ``virtuoso`` (empty: by location, where a URL
    is ``sparql``). Virtuoso must be named: it holds graphs of its own and reads every graph
    when a query names none (see :class:`kb.remote.VirtuosoStore`)."""
    store_graphs: str = ""
    """On Virtuoso, the IRI prefix of the KB's graphs (default: ``{base_iri}graph/``)."""
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
        return locate_store(self).location

    @property
    def store_options(self) -> dict[str, Any]:
        """What a store backend takes besides its location (see :func:`kb.store.open_store`)."""
        return {
            "query_endpoint": self.store_query_endpoint or None,
            "update_endpoint": self.store_update_endpoint or None,
            "auth": (self.store_user, self.store_password) if self.store_user else None,
            "timeout": self.store_timeout,
            "graphs": self.store_graphs or self.graph_prefix,
        }

    @property
    def graph_prefix(self) -> str:
        """The prefix every graph of the KB has: ``{base_iri}graph/`` (see :mod:`kb.repository`)."""
        base = self.base_iri if self.base_iri.endswith(("/", "#")) else self.base_iri + "/"
        return base + "graph/"


def locate_store(settings: Settings, given: str | None = None, cwd: Path | None = None) -> StoreLocation:
    """The store every command and the service use: the first of ``given`` (``--store``),
    ``GEOKB_STORE``, ``GEOKB_DATA_DIR``, the checkout's ``var/store``, the user data dir.

    Inside a checkout its ``var/store`` is chosen even before it exists, so ``geokb build``
    there makes the store ``make serve`` reads, never a second one elsewhere.
    """
    if given:
        return StoreLocation(given, "--store")
    if settings.store:
        return StoreLocation(settings.store, "GEOKB_STORE")
    if settings.data_dir is not None:
        return StoreLocation(str(settings.data_dir), "GEOKB_DATA_DIR")
    root = checkout_root(cwd)
    if root is not None:
        return StoreLocation(str(root / CHECKOUT_STORE), f"the checkout at {root}")
    return StoreLocation(str(user_data_dir()), "the user data dir")


def default(name: str) -> Any:
    """A setting's default, whatever the environment says (for defaults of functions and options)."""
    return Settings.model_fields[name].default


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()

"""Every exception geokb raises on purpose, each naming what is at fault, in one tree::

    GeokbError                  400  the base; a caller catches this one
    ├── AnnotationError         422  an annotation (or its article text) is malformed or inconsistent
    ├── QueryError              400  a SPARQL query could not be parsed or evaluated
    │   └── AmbiguousName       400  a name that fits several actors or articles (it lists them)
    ├── ExportError             400  an export in a format or shape geokb cannot produce
    ├── NotFoundError           404  an actor, article or IRI the KB does not hold
    ├── BaseMismatch            409  a write under another base IRI than the store records
    ├── NotAcceptable           406  no representation the client accepts can be produced
    ├── PayloadTooLarge         413  a request body over the service's limit
    ├── UnsupportedMediaType    415  a request body in a media type the route does not read
    ├── InternalError           500  a fault of geokb's, not of the request (a query worker's crash)
    └── Unavailable             503  the service cannot answer now; the request may be fine
        ├── StoreError          503  the store could not be opened, read or written
        ├── QueryTimeout        503  a query ran past the time limit and was stopped
        ├── QueryMemoryExceeded 503  a query past a worker's memory limit, stopped
        ├── QueryWorkerDied     503  the worker answering a query died (the engine crashed on it)
        ├── TaskTimeout         503  a draft or an alignment ran past its time limit and was stopped
        └── ResultTooLarge      503  a serialised result over the size limit

Each class carries its HTTP ``status`` (the API maps an error by that attribute in one
exception handler) and its ``exit_code`` (the CLI prints one line and exits with it), so a
caller never parses a traceback to learn which file, field or query was wrong. No module
defines an exception of its own: they all come from here.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousName",
    "AnnotationError",
    "BaseMismatch",
    "ExportError",
    "GeokbError",
    "InternalError",
    "NotAcceptable",
    "NotFoundError",
    "PayloadTooLarge",
    "QueryError",
    "QueryMemoryExceeded",
    "QueryTimeout",
    "QueryWorkerDied",
    "ResultTooLarge",
    "StoreError",
    "TaskTimeout",
    "Unavailable",
    "UnsupportedMediaType",
    "error_named",
]


class GeokbError(Exception):
    """Base class of every error geokb raises on purpose."""

    status: int = 400
    """The HTTP status the API answers with."""
    exit_code: int = 1
    """The CLI's exit status (2 stays argparse's, for usage errors)."""
    retry_after: int | None = None
    """Seconds after which the same request may succeed (the API's ``Retry-After``), if ever."""

    @classmethod
    def title(cls) -> str:
        """What this kind of error is, the same for every occurrence: its docstring's first line."""
        return (cls.__doc__ or cls.__name__).strip().splitlines()[0]

    def as_json(self) -> dict[str, object]:
        """The API's answer body: which error, and the message."""
        return {"error": type(self).__name__, "detail": str(self)}


class AnnotationError(GeokbError):
    """An annotation file (or the article text it points to) is malformed or inconsistent."""

    status = 422


class QueryError(GeokbError):
    """A SPARQL query could not be parsed or evaluated."""


class AmbiguousName(QueryError):
    """A name (``/claims?speaker=Merz``) fits several actors or articles: the caller picks one."""

    def __init__(self, message: str, candidates: list[dict[str, str | None]] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []
        """Each one that fits: its ``iri`` and ``label``."""

    def as_json(self) -> dict[str, object]:
        return {**super().as_json(), "candidates": self.candidates}


class ExportError(GeokbError):
    """An export was asked for in a format or shape geokb cannot produce."""


class NotFoundError(GeokbError):
    """What was asked for is not in the KB (an actor, an article, an IRI)."""

    status = 404


class BaseMismatch(GeokbError):
    """A build, ingest or submission under another base IRI than the one the store records.

    Loading it would mint a second IRI for every actor and article already there, silently
    doubling the KB: build a new store for the other base, or publish this one under
    another base with ``geokb export --rebase``.
    """

    status = 409
    exit_code = 3


class NotAcceptable(GeokbError):
    """No representation the client accepts can be produced."""

    status = 406


class PayloadTooLarge(GeokbError):
    """A request body is over the service's limit."""

    status = 413


class UnsupportedMediaType(GeokbError):
    """A request body comes in a media type the route does not read."""

    status = 415


class InternalError(GeokbError):
    """Something failed on geokb's side (a query worker's unexpected error): not the client's fault."""

    status = 500


class Unavailable(GeokbError):
    """The service cannot answer now (store, time or size limits); the request itself may be fine."""

    status = 503
    retry_after = 5


class StoreError(Unavailable):
    """The store could not be opened, read or written."""


class QueryTimeout(Unavailable):
    """The query ran past the time limit and was stopped."""


class ResultTooLarge(Unavailable):
    """The serialised result is larger than the configured maximum."""


class QueryMemoryExceeded(Unavailable):
    """A query needed more memory than a query worker may use, and was stopped."""


class TaskTimeout(Unavailable):
    """A draft or an alignment ran past its time limit and was stopped."""


class QueryWorkerDied(Unavailable):
    """The process answering a query died (the engine crashed on it): not the client's fault."""


def error_named(name: str, message: str) -> GeokbError:
    """The error called ``name`` (as passed between processes), or an :class:`InternalError`.

    A query worker sends its error's class name; a name that is not a geokb error, or a
    store failure inside the worker, is the service's fault and never the client's.
    """
    cls = globals().get(name)
    if not (isinstance(cls, type) and issubclass(cls, GeokbError)) or issubclass(cls, StoreError):
        return InternalError(message)
    return cls(message)

"""The exceptions geokb raises: one hierarchy, each message naming what is at fault.

The CLI turns them into a one-line message and an exit code, the API into an HTTP status,
so a caller never has to parse a traceback to learn which file, field or query was wrong.
"""


class GeokbError(Exception):
    """Base class of every error geokb raises on purpose."""


class AnnotationError(GeokbError):
    """An annotation file (or the article text it points to) is malformed or inconsistent."""


class QueryError(GeokbError):
    """A SPARQL query could not be parsed or evaluated."""


class StoreError(GeokbError):
    """The store could not be opened, read or written."""


class ExportError(GeokbError):
    """An export was asked for in a format or shape geokb cannot produce."""


class NotFoundError(GeokbError):
    """What was asked for is not in the KB (an actor, an article, an IRI)."""


class QueryMemoryExceeded(GeokbError):
    """A query needed more memory than a query worker may use, and was stopped (HTTP 503)."""


class QueryWorkerDied(GeokbError):
    """The process answering a query died (the engine crashed on it); not the client's fault (HTTP 503)."""

"""geokb: turn news articles into a knowledge base of attributed claims.

Data flows one way: text -> annotation (:mod:`kb.annotation`) -> RDF (:mod:`kb.mapping`)
-> store (:mod:`kb.store`) -> queries, exports and analysis.
"""

from kb.annotation import Annotation, load_annotation, parse_annotation
from kb.errors import AnnotationError, ExportError, GeokbError, QueryError, StoreError
from kb.mapping import annotation_to_quads
from kb.store import Store, open_store

__all__ = [
    "Annotation",
    "AnnotationError",
    "ExportError",
    "GeokbError",
    "QueryError",
    "Store",
    "StoreError",
    "annotation_to_quads",
    "load_annotation",
    "open_store",
    "parse_annotation",
]

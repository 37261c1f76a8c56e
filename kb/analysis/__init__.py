"""Alignment analysis: who lines up with whom, how strongly, and on which claims.

The pipeline (:func:`align`) reads ties from a store (:mod:`~kb.analysis.evidence`),
builds the signed actor graph (:mod:`~kb.analysis.graph`), clusters it
(:mod:`~kb.analysis.clusters`), explains it (:mod:`~kb.analysis.explain`), ranks actors
(:mod:`~kb.analysis.centrality`) and writes the result back with its provenance
(:mod:`~kb.analysis.record`). Only the first and the last step touch a store.
"""

from kb.analysis.alignment import (
    Alignment,
    align,
    align_input,
    align_with,
    cached_alignment,
    cached_input,
    record_alignment,
    refresh_alignment,
)
from kb.analysis.centrality import centrality
from kb.analysis.clusters import Cluster, Clustering, frustration, signed_clusters, structural_balance
from kb.analysis.evidence import ActorInfo, AlignmentInput, Tie, load_alignment_input
from kb.analysis.explain import explain_actor, explain_pair
from kb.analysis.graph import DEFAULT_STATUS_WEIGHTS, Weights, alignment_graph
from kb.analysis.params import KNOBS, STATUS_WEIGHT, AlignmentParams

__all__ = [
    "DEFAULT_STATUS_WEIGHTS",
    "KNOBS",
    "STATUS_WEIGHT",
    "ActorInfo",
    "Alignment",
    "AlignmentInput",
    "AlignmentParams",
    "Cluster",
    "Clustering",
    "Tie",
    "Weights",
    "align",
    "align_input",
    "align_with",
    "alignment_graph",
    "cached_alignment",
    "cached_input",
    "centrality",
    "explain_actor",
    "explain_pair",
    "frustration",
    "load_alignment_input",
    "record_alignment",
    "refresh_alignment",
    "signed_clusters",
    "structural_balance",
]

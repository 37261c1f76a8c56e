"""The graph patterns of the KB's records, written once for every query that reads them.

A claim's record lives in its article's annotation graph; its stances (and memberships)
live in the claim's own content graph. Queries put these inside ``GRAPH ?g { ... }`` and
``GRAPH ?content { ... }`` and add what else they need with ``;``.
"""

from __future__ import annotations

__all__ = ["CLAIM", "STANCE"]

CLAIM = (
    "?claim a gk:Claim ; prov:wasAttributedTo ?speaker ; gk:quote ?quote ; gk:epistemicStatus ?status ; "
    "gk:confidence ?confidence ; gk:inArticle ?article"
)
"""A claim's record: who said it (?speaker), the exact ?quote, ?status, ?confidence and ?article.
The graph of its content is ``?claim gk:hasContent ?content``, absent when the annotation gives
the claim no stance, membership or event."""

STANCE = (
    "?stance a gk:Stance ; gk:statedIn ?claim ; gk:holder ?holder ; gk:target ?target ; gk:polarity ?polarity"
)
"""A stance in a claim's content: ?holder toward ?target with ?polarity, stated in ?claim."""

"""Draft an annotation from article text, for an analyst to review.

The default pipeline is rule-based spaCy (a blank English tokenizer, the sentencizer and two
``EntityRuler`` s) and stands on its own: no statistical model is needed. What it knows lives
in data files, not here: the gazetteer of actors (``kb/data/gazetteer.yaml``) and the rules
of English news prose (``kb/data/extraction.yaml``: speech verbs, titles, the cue lexicon
of claim kinds and stances, bloc patterns).

The draft is in the annotation format (``annotation: drafted``) and passes the same checks
as a curated file: every quote, alias and flagged surface is exact text of the article.

What it does, in order:

1. actors (``actors.py``): gazetteer aliases (capitals and seats of government as their
   state), bodies of a state ("Romania's foreign ministry"), persons named next to a title, a
   speech verb or "according to", their surnames later on, organisations by their head noun
   and acronym, outlets the gazetteer does not know, unnamed sources ("a senior official, who
   asked not to be named, said");
2. claims (``claims.py``): headlines, quotations with their speaker (before or after the quote,
   "he added", a trailing "- Name"), indirect speech ("X said that ...", "..., X said",
   "According to X (as quoted in Y), ...", "X called Y 'Z'"), interviews, statements after
   "X said:", and the article's own sentences, never one that attributes, hedges or names a
   grouping (an allegation is never drafted as fact);
3. stances (``stances.py``) from the cue lexicon and the tone of the clause around each actor a
   claim names; alleged groupings ("formed 'an anti-X triangle'") with their members;
4. data-quality flags: a known surname with another first name, "former" before an office
   the gazetteer says its holder still holds. Flagged, never corrected.
5. dates (``dates.py``, applied by :func:`kb.ingest.draft_text` after the draft): the
   publication date the source states (HTML metadata, a dateline with a year) and each claim's
   relative time ("on Sunday") resolved against it; undated stays undated.

The steps share one declared state (:class:`kb.extract.rules.DraftState`: the text, its lines,
actors, mentions, :class:`~kb.extract.rules.DraftClaim` s and
:class:`~kb.extract.rules.DraftFlag` s) and nothing else.

Every draft names the rules that made it: ``article.generator`` is
``"geokb-drafter {DRAFTER_VERSION}"``.
"""

from kb.extract.drafter import DRAFTER_VERSION, Drafter, draft_annotation
from kb.extract.rules import Gazetteer, Rules, slug

__all__ = ["DRAFTER_VERSION", "Drafter", "Gazetteer", "Rules", "draft_annotation", "slug"]

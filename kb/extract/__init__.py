"""Draft an annotation from article text, for an analyst to review.

The default pipeline is rule-based spaCy (a blank English tokenizer, the sentencizer and two
``EntityRuler`` s) and stands on its own: no statistical model is needed. What it knows lives
in data files, not here: the gazetteer of actors (``kb/data/gazetteer.yaml``) and the rules
of English news prose (``kb/data/extraction.yaml``: speech verbs, titles, the cue lexicon
of claim kinds and stances, bloc patterns).

The draft is in the annotation format (``annotation: drafted``) and passes the same checks
as a curated file: every quote, alias and flagged surface is exact text of the article.

What it does, in order:

1. actors: gazetteer aliases (capitals and seats of government as their state), persons
   named next to a title, a speech verb or "according to", their surnames later on,
   organisations a titled person is "from", unnamed sources ("Kremlin spokesman warned ...");
2. claims: headlines ("X warns '...'"), quotations with their speaker (before or after the
   quote, "he added", a trailing "– Name"), quotes that carry on the last speaker,
   indirect speech ("X added that ...", "According to X (as quoted in Y), ..."), and the
   article's own sentences that state a stance;
3. stances from the cue lexicon (polarity towards the first actor named after the cue),
   alleged groupings ("makes up an 'anti-X bloc'") with their members;
4. data-quality flags: a known surname with another first name, "former" before an office
   the gazetteer says its holder still holds. Flagged, never corrected.

Every draft names the rules that made it: ``article.generator`` is
``"geokb-drafter {DRAFTER_VERSION}"``.
"""

from kb.extract.drafter import DRAFTER_VERSION, Drafter, draft_annotation
from kb.extract.rules import Gazetteer, Rules, slug

__all__ = ["DRAFTER_VERSION", "Drafter", "Gazetteer", "Rules", "draft_annotation", "slug"]

"""The drafter's entity ruler (kb.extract.drafter, faster on every line) marks what spaCy's does.

Its ``match`` and ``set_annotations`` are rewritten for speed only; a spaCy upgrade that changes
the ruler's rules would make them differ, and this test says so.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import spacy

from kb.extract import Drafter
from kb.extract.rules import fold_typography


def marks(doc) -> list[tuple]:
    return [(t.i, t.ent_iob_, t.ent_type_, t.ent_id_) for t in doc]


def test_the_geokb_ruler_marks_what_spacys_entity_ruler_marks():
    """Both rulers, on every line of the bundled and dev articles. The title ruler trusts the actor
    ruler before it to have set every token's entity annotation (``annotated``) and writes only the
    titles it adds: the same marks as spaCy's own two rulers."""
    drafter = Drafter()
    plain = spacy.blank("en")
    plain.tokenizer = drafter.nlp.tokenizer  # the same tokens (abbreviations as special cases)
    plain.add_pipe("sentencizer")
    for name in ("actors", "titles"):
        ours = drafter.nlp.get_pipe(name)
        config = {"phrase_matcher_attr": ours.phrase_matcher_attr}
        theirs = plain.add_pipe("entity_ruler", name=name, config=config)
        theirs.add_patterns(ours.patterns)
    assert drafter.nlp.get_pipe("titles").annotated
    root = Path(str(files("kb"))) / "data"
    texts = [*sorted((root / "articles").glob("*.txt")), *sorted((root / "eval" / "dev").glob("*.txt"))]
    lines = [ln for f in texts for ln in fold_typography(f.read_text("utf-8")).splitlines() if ln.strip()]
    found = titled = 0
    for a, b in zip(drafter.nlp.pipe(lines), plain.pipe(lines), strict=True):
        assert marks(a) == marks(b), a.text
        found += len(a.ents)
        titled += any(e.label_ == "TITLE" for e in a.ents) and any(e.label_ == "ACTOR" for e in a.ents)
    assert found > 50  # the texts do name actors and titles: the comparison is not empty
    assert titled > 100  # lines with both a title and a name: the case the short path writes

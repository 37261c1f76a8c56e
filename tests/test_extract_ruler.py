"""The drafter's entity ruler (kb.extract.drafter, faster on every line) marks what spaCy's does.

Its ``match`` and ``set_annotations`` are rewritten for speed only; a spaCy upgrade that changes
the ruler's rules would make them differ, and this test says so.
"""

from __future__ import annotations

from importlib.resources import files

import spacy

from kb.extract import Drafter


def marks(doc) -> list[tuple]:
    return [(t.i, t.ent_iob_, t.ent_type_, t.ent_id_) for t in doc]


def test_the_geokb_ruler_marks_what_spacys_entity_ruler_marks():
    drafter = Drafter()
    plain = spacy.blank("en")
    plain.tokenizer = drafter.nlp.tokenizer  # the same tokens (abbreviations as special cases)
    plain.add_pipe("sentencizer")
    for name in ("actors", "titles"):
        ours = drafter.nlp.get_pipe(name)
        config = {"phrase_matcher_attr": ours.phrase_matcher_attr}
        theirs = plain.add_pipe("entity_ruler", name=name, config=config)
        theirs.add_patterns(ours.patterns)
    root = files("kb").joinpath("data")
    texts = [root.joinpath("articles", "starmer-putin.txt").read_text("utf-8")]
    dev = sorted(f.name for f in root.joinpath("eval", "dev").iterdir() if f.name.endswith(".txt"))
    texts += [root.joinpath("eval", "dev", name).read_text("utf-8") for name in dev[:8]]
    lines = [ln for text in texts for ln in text.splitlines() if ln.strip()]
    found = 0
    for a, b in zip(drafter.nlp.pipe(lines), plain.pipe(lines), strict=True):
        assert marks(a) == marks(b), a.text
        found += len(a.ents)
    assert found > 50  # the texts do name actors and titles: the comparison is not empty

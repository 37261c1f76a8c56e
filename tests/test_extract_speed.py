"""Paths the drafter takes for speed only give what the plain ones give: a draft must not change.

``bench/draft_digest.py`` checks whole drafts of three corpora; these check the pieces on
texts no corpus holds.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kb.extract import Drafter
from kb.extract.rules import FOLD, fold_typography

TYPOGRAPHY = "".join(map(chr, FOLD))


@given(st.text(alphabet="ab -'\".\n\u00e9\u0131\u3000" + TYPOGRAPHY, max_size=60))
def test_fold_typography_is_str_translate(text):
    assert fold_typography(text) == text.translate(FOLD)


def test_fold_typography_of_ascii_is_the_text_itself():
    assert all(c >= 128 for c in FOLD)  # what the ASCII shortcut relies on
    assert fold_typography('a "b" - c') == 'a "b" - c'


def test_the_second_ruler_leaves_entities_as_spacy_would_set_them():
    """The title ruler skips ``set_ents`` when it finds nothing new: the tokens' entity
    annotation is the same as a plain ``set_ents`` of the same entities gives."""
    nlp = Drafter().nlp
    for text in ("Kenya said on Monday it would act.", "No one spoke.", "Foreign Minister Li Wei said so."):
        doc = nlp(text)
        again = nlp.make_doc(text)
        again.set_ents(list(doc.ents), default="outside")
        assert [(t.ent_iob, t.ent_type, t.ent_id) for t in doc] == [
            (t.ent_iob, t.ent_type, t.ent_id) for t in again
        ]

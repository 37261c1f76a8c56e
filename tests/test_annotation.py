"""The annotation loader: the bundled article's curation, and every way a file can be wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kb.annotation import load_annotation
from kb.errors import AnnotationError
from kb.text import fold


def _edit(article_dir: Path, change) -> Path:
    path = article_dir / "starmer-putin.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def test_bundled_annotation_has_the_named_and_unnamed_actors(annotation):
    ids = {a.id for a in annotation.actors}
    expected = {
        "keir-starmer",
        "donald-trump",
        "vladimir-putin",
        "emmanuel-macron",
        "friedrich-merz",
        "mykola-azarov",
        "rodion-miroshnik",
        "tigran-meloyan",
        "izvestia",
        "hse-centre-for-mediterranean-studies",
        "russian-foreign-ministry",
        "united-kingdom",
        "united-states",
        "russia",
        "ukraine",
        "france",
        "germany",
        "nato",
        "anti-trump-bloc",
        "european-defence-force",
        "unnamed-analyst",
        "unnamed-russian-mp",
    }
    assert ids == expected


def test_every_span_is_the_exact_text_of_its_quote(annotation):
    text = annotation.article.text
    for claim in annotation.claims:
        exact = text[claim.span.start : claim.span.end]
        assert fold(exact)[0] == fold(claim.quote)[0], claim.id
    for flag in annotation.flags:
        assert fold(text[flag.span.start : flag.span.end])[0] == fold(flag.surface)[0]


def test_traps_of_the_sample_are_caught(annotation):
    text = annotation.article.text
    boris = next(f for f in annotation.flags if f.kind == "wrong-name")
    assert text[boris.span.start : boris.span.end] == "Boris\u202fStarmer"
    assert boris.actor == "keir-starmer"
    assert {f.actor for f in annotation.flags if f.kind == "wrong-title"} == {"donald-trump"}
    assert any(f.actor == "mykola-azarov" and f.kind == "garbled-title" for f in annotation.flags)
    azarov = [c for c in annotation.claims if c.speaker == "mykola-azarov"]
    assert azarov and all(c.via == "izvestia" and c.status == "alleged" for c in azarov)
    bloc = annotation.actor("anti-trump-bloc")
    assert bloc.existence == "alleged" and bloc.existence_claim == "azarov-anti-trump-bloc"
    assert annotation.article.published is None


def test_mentions_resolve_metonyms_and_misnamings(annotation):
    text = annotation.article.text
    by_actor: dict[str, set[str]] = {}
    for m in annotation.mentions:
        by_actor.setdefault(m.actor, set()).add(fold(text[m.span.start : m.span.end])[0])
    assert {"Boris Starmer", "Sir Keir Starmer", "Starmer"} <= by_actor["keir-starmer"]
    assert {"Moscow", "Kremlin", "Russia"} <= by_actor["russia"]
    assert "Russia" not in by_actor.get("russian-foreign-ministry", set())
    assert by_actor["anti-trump-bloc"] == {"anti-Trump bloc"}


def test_quote_not_in_text_names_the_quote_and_the_file(article_dir):
    path = _edit(article_dir, lambda d: d["claims"][0].update(quote="Starmer Accepts Answering"))
    with pytest.raises(AnnotationError) as exc:
        load_annotation(path)
    msg = str(exc.value)
    assert "starmer-putin.yaml" in msg and "Starmer Accepts Answering" in msg and "not found" in msg
    assert "claims[0].quote" in msg


def test_unknown_references_are_all_reported_with_lines(article_dir):
    def change(d):
        d["claims"][6]["speaker"] = "boris-johnson"
        d["memberships"][0]["group"] = "no-such-bloc"

    path = _edit(article_dir, change)
    with pytest.raises(AnnotationError) as exc:
        load_annotation(path)
    msg = str(exc.value)
    assert "unknown speaker 'boris-johnson'" in msg
    assert "unknown actor 'no-such-bloc'" in msg
    lines = msg.splitlines()
    assert len(lines) >= 2
    assert all(re.search(r"starmer-putin\.yaml:\d+: ", line) for line in lines)


def test_invalid_yaml_reports_the_line(article_dir):
    path = article_dir / "starmer-putin.yaml"
    lines = path.read_text("utf-8").splitlines()
    lines[20] = "  - id: [unclosed"
    path.write_text("\n".join(lines), "utf-8")
    with pytest.raises(AnnotationError, match=r"starmer-putin\.yaml:2\d: invalid YAML"):
        load_annotation(path)


def test_schema_violations_name_the_field(article_dir):
    path = _edit(article_dir, lambda d: d["actors"][0].update(wikidata="Q-12", type="alien"))
    with pytest.raises(AnnotationError) as exc:
        load_annotation(path)
    msg = str(exc.value)
    assert "actors[0].wikidata" in msg and "actors[0].type" in msg


def test_alias_must_occur_and_ambiguous_quote_needs_occurrence(article_dir):
    def change(d):
        d["actors"][0]["aliases"].append("Keir Rodney Starmer")
        d["claims"][0].pop("occurrence")

    path = _edit(article_dir, change)
    with pytest.raises(AnnotationError) as exc:
        load_annotation(path)
    msg = str(exc.value)
    assert "'Keir Rodney Starmer' does not occur" in msg
    assert "occurs 2 times" in msg


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("Starmer rejects".encode("cp1252") + b"\x92s", "not UTF-8"),
    ],
)
def test_bad_article_text_is_refused(article_dir, content, message):
    (article_dir / "starmer-putin.txt").write_bytes(content)
    with pytest.raises(AnnotationError, match=message):
        load_annotation(article_dir / "starmer-putin.yaml")


def test_asserted_claims_need_stance_holders(article_dir):
    path = _edit(article_dir, lambda d: d["claims"][0]["stances"][0].pop("holder"))
    with pytest.raises(AnnotationError, match="needs a stance holder"):
        load_annotation(path)

"""Drafting annotations: intake of awkward input, the draft itself, its score, the CLI and ingest."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from kb.annotation import load_annotation, parse_annotation
from kb.cli import main as cli
from kb.errors import AnnotationError
from kb.extract import DRAFTER_VERSION, Drafter, slug
from kb.ingest import article_files, bulk_ingest, draft_file
from kb.intake import read_article
from kb.scoring import Score, score
from kb.store import open_store
from tests.conftest import BASE

DATA = Path(str(files("kb"))) / "data"
EVAL = [DATA / "eval" / "dev" / f"{name}.yaml" for name in ("armenia-azerbaijan", "nile-dam", "scarborough")]


@pytest.fixture(scope="module")
def drafter() -> Drafter:
    return Drafter()


def _draft(drafter: Drafter, gold_path: Path):
    gold = load_annotation(gold_path)
    data = drafter.draft(gold.article.text, gold.article.id, text_file=gold_path.with_suffix(".txt").name)
    return parse_annotation(data, gold.article.text), gold


# --- intake ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"x" * 2_000_001, "MB"),
        (b"<html><body><nav>menu</nav><script>var a=1</script></body></html>", "no article text"),
    ],
)
def test_unusable_input_gets_a_clear_message(data, message):
    with pytest.raises(AnnotationError, match=message):
        read_article(data, "in.txt")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Paris said “no” — naïvely, to Zürich’s envoy.", "cp1252"),
        ("Москва заявила, что Киев отклонил предложение.", "koi8-r"),
        ("Москва заявила, что Киев отклонил предложение.", "cp1251"),
        ("Ankara’s reply: “güçlü” and Kraków’s.", "utf-8-sig"),
    ],
)
def test_legacy_encodings_are_read(text, encoding):
    assert read_article(text.encode(encoding)).text == text


def test_html_gives_the_article_text_without_scripts_or_menus():
    html = (
        "<!doctype html><html><head><title>Site</title><script>alert(1)</script></head><body>"
        "<nav>Home | World</nav><article><h1>Kyiv Rejects Plan</h1><p>Ukraine rejected the plan.</p>"
        "<ul><li>Russia threatened Kyiv.</li></ul></article><footer>© news</footer></body></html>"
    ).encode()
    got = read_article(html)
    assert got.html and "alert" not in got.text and "Home" not in got.text and "©" not in got.text
    assert got.text.splitlines()[0] == "Kyiv Rejects Plan"
    assert "• Russia threatened Kyiv." in got.text


# --- the draft ------------------------------------------------------------------------------


def test_draft_of_the_bundled_article_is_a_valid_annotation(drafter, bundled_path):
    draft, gold = _draft(drafter, bundled_path)
    assert draft.article.method == "drafted"
    assert draft.article.generator == f"geokb-drafter {DRAFTER_VERSION}"
    for c in draft.claims:  # every quote is exact text of the article
        assert gold.article.text[c.span.start : c.span.end] == c.quote
    by_id = {a.id: a for a in draft.actors}
    starmer = by_id["keir-starmer"]  # aliases are exact text: U+202F between the names
    assert starmer.type == "person" and "Boris Starmer" in [a.replace("\u202f", " ") for a in starmer.aliases]
    flags = {(f.kind, f.actor, f.surface.replace("\u202f", " ")) for f in draft.flags}
    assert ("wrong-name", "keir-starmer", "Boris Starmer") in flags
    assert ("wrong-title", "donald-trump", "former U.S. President") in flags
    bloc = by_id["anti-trump-bloc"]
    assert bloc.type == "bloc" and bloc.existence == "alleged"
    claim = next(c for c in draft.claims if c.id == bloc.existence_claim)
    assert claim.via == "izvestia" and claim.status == "alleged"
    derail = next(c for c in draft.claims if c.quote.startswith("derail"))  # carries on Azarov's claim
    assert derail.speaker == claim.speaker and derail.via == "izvestia"
    assert {m.member for m in draft.memberships} == {"keir-starmer", "emmanuel-macron", "friedrich-merz"}


def test_draft_scores_on_the_bundled_article(drafter, bundled_path):
    """The issue's goals on the bundled article: F1 0.85 for actors, 0.75 for claims and stances."""
    draft, gold = _draft(drafter, bundled_path)
    s = score(draft, gold)
    assert s["actors"].f1 >= 0.85
    assert s["claims"].f1 >= 0.75
    assert s["stances"].f1 >= 0.75


@pytest.mark.parametrize("gold_path", EVAL, ids=[p.stem for p in EVAL])
def test_drafts_of_the_evaluation_articles_load_and_find_most_actors(drafter, gold_path):
    draft, gold = _draft(drafter, gold_path)
    s = score(draft, gold)
    assert s["actors (resolved)"].f1 >= 0.8
    assert s["claims"].f1 >= 0.5


def test_scoring_counts_what_it_should(annotation):
    s = score(annotation, annotation)
    assert all(v.f1 == 1.0 for v in s.values())
    data = yaml.safe_load((DATA / "articles" / "starmer-putin.yaml").read_text("utf-8"))
    dropped = data["claims"].pop()
    fewer = parse_annotation(data, annotation.article.text)
    s = score(fewer, annotation)
    assert (s["claims"].tp, s["claims"].fp, s["claims"].fn) == (len(annotation.claims) - 1, 0, 1)
    assert s["stances"].fn == sum(1 for st in dropped.get("stances", []) if st["polarity"])


def test_rules_name_nobody_from_the_bundled_article(annotation):
    """All rules are general: the code and the rule file never name the article's actors."""
    code = "\n".join(p.read_text("utf-8") for p in (Path(str(files("kb"))) / "extract").glob("*.py"))
    rules = (DATA / "extraction.yaml").read_text("utf-8")
    for actor in annotation.actors:
        if actor.type not in ("person", "bloc", "media", "armed-force"):
            continue
        for name in {actor.label, *actor.aliases}:
            if len(name) > 3 and name != "Analyst":
                pattern = re.compile(r"\b" + re.escape(name) + r"\b")
                assert not pattern.search(code), f"{name} in kb/extract/"
                assert not pattern.search(rules), f"{name} in kb/data/extraction.yaml"


def test_hostile_text_is_drafted_as_text(drafter):
    text = (
        'Paris said: "<script>alert(1)</script> is not a plan."\n\n'
        "<img src=x onerror=alert(1)> Envoy Jean Dupont said the plan would fail.\n"
    )
    data = drafter.draft(text, "hostile", text_file="h.txt")
    ann = parse_annotation(data, text)
    assert any("<script>" in c.quote for c in ann.claims)
    assert all(re.fullmatch(r"[a-z0-9-]+", a.id) for a in ann.actors)


def test_ids_joined_past_the_schemas_limit_are_cut_and_the_draft_loads(drafter):
    """A bloc slugged from a whole quotation, joined to a member's ID, passed 80 characters, and the
    draft did not load. Cut IDs stay apart and every reference follows them."""
    text = (
        "Malawi border row deepens\n\n"
        'LILONGWE — An opposition lawmaker said on Tuesday that Malawi was "sleeping while '
        'Lusaka-Harare axis politics decide the future of our lake waters", and that Zambia and Zimbabwe '
        "were already sharing the water between them.\n"
    )
    data = drafter.draft(text, "long-ids", text_file="l.txt")
    ann = parse_annotation(data, text)  # raised "... is too long" before the cut
    ids = [r.id for part in (ann.actors, ann.claims, ann.memberships) for r in part]
    assert ids and all(len(i) <= 80 for i in ids)
    assert len(set(ids)) == len(ids)
    assert any(len(m.member + m.group) > 76 for m in ann.memberships)  # the case the cut is for
    known = {a.id for a in ann.actors}
    assert all({m.member, m.group} <= known for m in ann.memberships)


def test_slug():
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slug("anti\u2011Trump bloc") == "anti-trump-bloc"


# --- the CLI and ingest ---------------------------------------------------------------------


def test_cli_extract_keeps_a_utf8_copy_of_legacy_text(tmp_path, capsys):
    src = tmp_path / "scarborough.txt"
    text = (DATA / "eval" / "dev" / "scarborough.txt").read_text("utf-8")
    src.write_bytes(text.encode("cp1252"))
    assert cli(["extract", str(src), "-o", str(tmp_path / "draft.yaml")]) == 0
    ann = load_annotation(tmp_path / "draft.yaml")
    assert ann.article.text == text and ann.article.method == "drafted"
    assert (tmp_path / "draft.txt").read_text("utf-8") == text
    assert "wrote" in capsys.readouterr().out


def test_text_with_no_actor_says_so(tmp_path, capsys):
    src = tmp_path / "ru.txt"
    src.write_bytes("Москва заявила, что Киев отклонил предложение.".encode("koi8-r"))
    assert cli(["extract", str(src)]) == 1
    assert "no actor found" in capsys.readouterr().err


def test_cli_extract_refuses_binary_with_a_message(tmp_path, capsys):
    src = tmp_path / "photo.txt"
    src.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    assert cli(["extract", str(src)]) == 1
    assert "binary" in capsys.readouterr().err
    assert not (tmp_path / "photo.yaml").exists()


def test_ingest_drafts_texts_skips_bad_files_and_is_idempotent(tmp_path, bundled_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("starmer-putin.yaml", "starmer-putin.txt"):
        (folder / name).write_bytes((bundled_path.parent / name).read_bytes())
    (folder / "nile-dam.txt").write_bytes((DATA / "eval" / "dev" / "nile-dam.txt").read_bytes())
    (folder / "old.txt").write_bytes("Moscow said Kyiv’s “offer” was a trap.\n".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.html").write_bytes(b"\x00\x01\x02binary")
    files_found = [p.name for p in article_files([folder])]
    assert "starmer-putin.txt" not in files_found  # the annotation's own text
    assert {"nile-dam.txt", "old.txt", "empty.txt", "blob.html", "starmer-putin.yaml"} <= set(files_found)

    store_dir = tmp_path / "store"
    assert cli(["--store", str(store_dir), "--base", BASE, "ingest", str(folder)]) == 1  # two bad files
    out = capsys.readouterr()
    assert "3 article(s) (2 drafted from text)" in out.out
    assert "empty.txt" in out.err and "blob.html" in out.err
    s = open_store(str(store_dir))
    first = len(s)
    methods = {r["m"].value for r in s.query("SELECT ?m WHERE { GRAPH ?g { ?d gk:annotationMethod ?m } }")}
    s.close()
    assert methods == {"https://w3id.org/geokb/ns#Curated", "https://w3id.org/geokb/ns#Drafted"}
    assert cli(["--store", str(store_dir), "--base", BASE, "ingest", str(folder)]) == 1
    s = open_store(str(store_dir))
    assert len(s) == first  # re-ingesting changes nothing
    runs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r a gk:ClusteringRun } }"
    assert int(next(iter(s.query(runs)))["n"].value) == 1
    s.close()
    other = tmp_path / "other-store"
    assert cli(["--store", str(other), "--base", BASE, "ingest", "--no-analysis", str(folder)]) == 1
    s = open_store(str(other))
    assert int(next(iter(s.query(runs)))["n"].value) == 0  # no alignment recorded
    s.close()


def test_bulk_ingest_of_a_drafted_file_matches_draft_file(tmp_path):
    src = tmp_path / "nile-dam.txt"
    src.write_bytes((DATA / "eval" / "dev" / "nile-dam.txt").read_bytes())
    ann = draft_file(src)
    store = open_store("memory:")
    report = bulk_ingest(store, [src], BASE)
    assert report.drafted == ["nile-dam"] and report.claims == len(ann.claims) and not report.errors


def test_post_text_only_drafts_and_stores(tmp_path):
    import httpx

    from api.app import create_app
    from kb.settings import Settings
    from tests.conftest import serve

    store = open_store("memory:")
    text = (DATA / "eval" / "dev" / "armenia-azerbaijan.txt").read_text("utf-8")
    auth = {"Authorization": "Bearer t0k"}
    app = create_app(Settings(base_iri=BASE, token="t0k", query_workers=0), store)
    with serve(app) as url:
        r = httpx.post(url + "/articles", json={"text": text}, headers=auth, timeout=120)
        assert r.status_code == 422 and '"id"' in r.json()["detail"]
        assert len(store) == 0
        r = httpx.post(url + "/articles", json={"text": text, "id": "caucasus"}, headers=auth, timeout=120)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["draft"]["article"]["annotation"] == "drafted" and body["claims"] > 0
        app.state.live.wait()  # the run of the write is recorded in the background
        n = len(store)
        r = httpx.post(url + "/articles", json={"text": text, "id": "caucasus"}, headers=auth, timeout=120)
        app.state.live.wait()
        assert r.status_code == 200 and len(store) == n
        r = httpx.post(url + "/articles", json={"text": "", "id": "empty"}, headers=auth, timeout=120)
        assert r.status_code == 422 and len(store) == n
        listed = httpx.get(url + "/articles").json()
        assert [a["annotation"] for a in listed] == ["drafted"]
    json.dumps(body)  # the draft is plain JSON


def test_an_unattributed_allegation_is_matched_by_the_unknown_speaker_not_the_article(annotation):
    """The bundled bullet "Kyiv's alleged crimes ..." names no accuser: curated in the article's
    voice as alleged. A draft must give it the unknown speaker (the article's voice would make it
    a fact), and scoring counts that as the same claim; any other speaker is not."""
    from kb.annotation import UNKNOWN_SPEAKER
    from kb.scoring import allegations_as_fact

    data = yaml.safe_load((DATA / "articles" / "starmer-putin.yaml").read_text("utf-8"))
    gold_claim = next(c for c in data["claims"] if c["id"] == "kyiv-alleged-crimes")
    assert (gold_claim["speaker"], gold_claim["status"]) == ("article", "alleged")

    def draft_with(speaker: str):
        d = yaml.safe_load((DATA / "articles" / "starmer-putin.yaml").read_text("utf-8"))
        unknown = {"id": UNKNOWN_SPEAKER, "type": "person", "label": "unknown speaker", "unnamed": True}
        d["actors"].append(unknown)
        next(c for c in d["claims"] if c["id"] == "kyiv-alleged-crimes")["speaker"] = speaker
        return parse_annotation(d, annotation.article.text)

    unknown = draft_with(UNKNOWN_SPEAKER)
    assert score(unknown, annotation)["claims"].fn == 0
    assert allegations_as_fact(unknown, annotation).claims_as_fact == 0
    assert allegations_as_fact(annotation, annotation).claims_as_fact >= 1  # the article's voice is fact
    other = draft_with("vladimir-putin")
    assert score(other, annotation)["claims"].fn == 1
    # the placeholder is no actor: a draft that needs it is not an actor short of the curated one
    for layer in ("actors", "actors (resolved)"):
        assert score(unknown, annotation)[layer] == score(annotation, annotation)[layer]


def test_scoring_counts_vias_over_matched_claims_only(annotation):
    """A via taken away from a found claim is a miss; a claim taken away is the claims layer's loss."""
    data = yaml.safe_load((DATA / "articles" / "starmer-putin.yaml").read_text("utf-8"))
    named = {m["claim"] for m in data["memberships"]} | {a.get("existence_claim") for a in data["actors"]}
    with_via = [c for c in data["claims"] if c.get("via")]
    free = next(c for c in with_via if c["id"] not in named)  # a claim nothing else points to
    del free["via"]
    s = score(parse_annotation(data, annotation.article.text), annotation)
    assert (s["vias"].tp, s["vias"].fp, s["vias"].fn) == (len(with_via) - 1, 0, 1)
    data["claims"].remove(free)
    s = score(parse_annotation(data, annotation.article.text), annotation)
    assert (s["vias"].tp, s["vias"].fp, s["vias"].fn) == (len(with_via) - 1, 0, 0)


def test_scoring_pairs_flags_on_the_same_error_however_much_of_the_name_they_cover(annotation):
    """A wrong title flagged as "former U.S. President" or as "former U.S. President Donald Trump"
    is one error in one place (the curators' batches differ on it): a pair, once; another actor
    or another place is not."""
    data = yaml.safe_load((DATA / "articles" / "starmer-putin.yaml").read_text("utf-8"))
    flag = next(f for f in data["flags"] if f["surface"] == "former U.S. President")
    n = len(data["flags"])

    def flags_of(surface: str, actor: str = "donald-trump") -> Score:
        flag.update(surface=surface, actor=actor)
        return score(parse_annotation(data, annotation.article.text), annotation)["flags"]

    assert flags_of("former U.S. President Donald Trump") == Score(n, 0, 0)
    assert flags_of("former U.S. President", "keir-starmer") == Score(n - 1, 1, 1)
    flag["occurrence"] = 2  # "Donald Trump" after "former President": next to a flag, not on it
    assert flags_of("Donald Trump") == Score(n - 1, 1, 1)
    del flag["occurrence"]
    data["flags"].append(dict(flag, id="twice", surface="former U.S. President"))
    assert flags_of("former U.S. President") == Score(n, 1, 0)  # one gold flag pairs once


def test_the_rule_mixins_of_a_draft_name_nothing_twice():
    """``Draft`` inherits the actor, claim and stance rules; a pattern or method that two of them
    define under one name is silently the first one's in both (session 16 found ``SUBORDINATE``
    of the stance rules shadowed by the claim rules' shorter list)."""
    from kb.extract.drafter import Draft
    from kb.extract.rules import DraftState

    seen: dict[str, str] = {}
    clashes = []
    for mixin in Draft.__mro__[1:]:
        if mixin in (DraftState, object) or not issubclass(mixin, DraftState):
            continue
        for name in vars(mixin):
            if name.startswith("__"):
                continue
            if name in seen:
                clashes.append((name, seen[name], mixin.__name__))
            seen[name] = mixin.__name__
    assert not clashes


# --- robustness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Ministry of Foreign Affairs of Bolivia rejects the statements made on Monday by Peruvian "
         "officials about the canal on its own territory.\n", "peru"),
        ("Paraguay's foreign ministry regrets the remarks made by Brazilian authorities concerning "
         "the dam.\n",
         "brazil"),
    ],
)
def test_words_made_by_a_demonyms_officials_are_a_stance_toward_their_state(drafter, text, state):
    """The remarks' maker is looked for among people; a demonym's state has no actor yet when the
    stances are drafted (it raised KeyError in session 25, on 3 of the speed corpus's 1,000)."""
    ann = parse_annotation(drafter.draft(text, "words-made", text_file="x.txt"), text)
    assert any(s.target == state and s.polarity == -1 for c in ann.claims for s in c.stances)


@pytest.mark.parametrize(
    "text",
    [
        "The minister told eTV that the border would reopen.\n",
        "Ana Soto told eTV on Friday that the border would reopen, before blaming Peru for the closure.\n",
    ],
)
def test_an_outlet_is_never_read_from_inside_a_word(drafter, text):
    """"eTV" holds the outlet word "TV": an outlet named "TV" is a name the article does not hold as
    a word, and the draft failed to load (session 26, found on a test article by a rule that
    drafted a new clause around it; the first sentence failed on drafter 25 already)."""
    ann = parse_annotation(drafter.draft(text, "etv", text_file="x.txt"), text)
    assert all(not a.id.endswith("tv") or a.id == "etv" for a in ann.actors)


def test_every_article_of_the_speed_corpus_drafts_to_a_valid_annotation(drafter):
    """The speed bench's 1,000 articles (the bundled and dev paragraphs shuffled with synthetic
    lines): paragraphs meet neighbours no curated article gives them, and no rule may raise."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from extract_speed import corpus

    for i, text in enumerate(corpus(1000, 600)):
        parse_annotation(drafter.draft(text, f"speed-{i}", text_file="x.txt"), text, f"speed corpus {i}")

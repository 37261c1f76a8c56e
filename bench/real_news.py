"""Draft real news nobody here wrote (the Lee corpus) and score a hand-checked sample of it.

The Lee corpus is 350 short ABC news articles from 2001, one per line, shipped as test data in
the gensim wheel (``gensim/test/test_data/lee_background.cor``: 300, ``lee.cor``: 50). It is
read from the installed wheel, never copied into this repository; install it with
``pip install -e '.[bench]'``. Article ids are the file's prefix and the 1-based line number:
``lee-bg-017`` is line 17 of ``lee_background.cor``, ``lee-017`` line 17 of ``lee.cor``.

Every article goes through what ``geokb ingest`` does with a text file: decoded by
:func:`kb.intake.read_article`, drafted by :class:`kb.extract.Drafter`, refused when no actor
is found, and validated by :func:`kb.annotation.parse_annotation`. The script prints what the
drafts hold (claims, stances per claim, statuses, flags, suspicious actor names, claims in the
article's own voice) and then scores ``bench/lee_sample.yaml``: drafted claims whose speaker
and status were checked by hand against the article text; and the recall of
``bench/lee_misses.yaml``: reported speech an earlier drafter missed, judged by hand.

Scoring the sample: a sample item matches the current draft's claim, in the same article,
whose quote overlaps the sample's quote by at least half of the shorter of the two spans (the
largest overlap wins). Over matched items it prints *speaker precision* (the drafted speaker
is the true one: ``article`` for ``article``; otherwise the speaker's label or an alias
equals the true name, or either is the other's last words, so "Howard" is "John Howard",
"Scientist David Vaughan" is "David Vaughan" and an unnamed "spokesman" is "the Pentagon
spokesman") and *status agreement*; items no claim matches are counted as no longer drafted.

A name "starts with a function word" when its first word is a conjunction, preposition,
pronoun or determiner other than "the" ("But Mr Howard", "On Sunday", "And", "In", "At",
"When", ...); when it is "The" and one more word given to a person, the surname-like form
("The Bush", "The Israelis"; "The Hague" as a place, "The Guardian" as an outlet and the
longer "The Federal Government" are not counted); or when it is a bare honorific ("Mr",
"Mrs" followed by nothing).

    python bench/real_news.py [--sample-only] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb.annotation import ARTICLE_SPEAKER, Actor, Annotation, Claim, parse_annotation
from kb.errors import AnnotationError
from kb.extract import Drafter
from kb.intake import read_article
from kb.text import Span, find_all

SAMPLE = Path(__file__).with_name("lee_sample.yaml")
MISSES = Path(__file__).with_name("lee_misses.yaml")
FILES = {"lee-bg": "lee_background.cor", "lee": "lee.cor"}

FUNCTION_WORDS = frozenset(
    """a an and as at after also although because before but by despite during for from he
    her his however i if in into it its meanwhile of on once or our over she since so that
    their then these they this those though through to under until we when where whereas
    while with without yet""".split()  # noqa: SIM905  (a word list reads best as text)
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})


@dataclass(frozen=True)
class SampleItem:
    article: str
    quote: str
    speaker: str
    status: str
    drafted_speaker: str
    drafted_status: str
    note: str | None = None


# -- the corpus ------------------------------------------------------------------------------


def corpus() -> list[tuple[str, bytes]]:
    """(article id, raw bytes) for the 350 Lee articles, from the installed gensim wheel."""
    try:
        from importlib.resources import files

        data = files("gensim") / "test" / "test_data"
    except ModuleNotFoundError:
        sys.exit("bench/real_news.py reads the Lee corpus from gensim: pip install -e '.[bench]'")
    out = []
    for prefix, name in FILES.items():
        lines = (data / name).read_bytes().splitlines()
        out += [(f"{prefix}-{i:03d}", raw) for i, raw in enumerate(lines, 1) if raw.strip()]
    return out


def draft(drafter: Drafter, article_id: str, raw: bytes) -> Annotation | str:
    """The validated draft of one article, or why it was refused (as ``geokb ingest`` would)."""
    try:
        text = read_article(raw, article_id).text
    except AnnotationError as e:
        return f"unreadable: {e}"
    data = drafter.draft(text, article_id, text_file=f"{article_id}.txt")
    if not data["actors"]:
        return "no actor found"
    try:
        return parse_annotation(data, text, f"draft of {article_id}")
    except AnnotationError as e:
        return f"invalid draft: {str(e).splitlines()[0]}"


# -- what the drafts hold --------------------------------------------------------------------


def starts_with_function_word(actor: Actor) -> bool:
    """True for names like "But Mr Howard", "On Sunday", "The Bush" or a bare "Mr" (see the module doc)."""
    words = actor.label.split()
    first = words[0].lower().strip(".")
    if first in FUNCTION_WORDS:
        return True
    if first == "the":
        return actor.type == "person" and len(words) == 2
    return len(words) == 1 and first in HONORIFICS


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def report(drafts: dict[str, Annotation], refused: dict[str, str], seconds: float) -> None:
    claims = [c for a in drafts.values() for c in a.claims]
    stances = sum(len(c.stances) for c in claims)
    flags = [f for a in drafts.values() for f in a.flags]
    odd = sorted(
        f"{a.article.id}: {x.label}"
        for a in drafts.values()
        for x in a.actors
        if starts_with_function_word(x)
    )
    print(f"articles read      {len(drafts) + len(refused)}")
    print(f"drafted            {len(drafts)}")
    print(f"refused            {len(refused)}")
    for why, n in Counter(refused.values()).most_common():
        print(f"  {n:4}  {why}")
    print(f"claims             {len(claims)}")
    print(f"stances            {stances}  ({stances / max(1, len(claims)):.3f} per claim)")
    for status, n in sorted(Counter(c.status for c in claims).items()):
        print(f"  {status:16} {n}")
    print(f"claims by article  {sum(c.speaker == ARTICLE_SPEAKER for c in claims)}  (speaker 'article')")
    same = sum(f.expected is not None and _norm(f.expected) == _norm(f.surface) for f in flags)
    print(f"flags              {len(flags)}  ({same} expect exactly the surface they flag)")
    for kind, n in sorted(Counter(f.kind for f in flags).items()):
        print(f"  {kind:16} {n}")
    print(f"function-word names {len(odd)}")
    for line in odd:
        print(f"  {line}")
    print(f"drafting time      {seconds:.2f} s ({len(drafts) + len(refused)} articles)")


# -- the hand-checked sample -----------------------------------------------------------------


def load_sample(path: Path = SAMPLE) -> list[SampleItem]:
    items = yaml.safe_load(path.read_text("utf-8"))["items"]
    return [
        SampleItem(
            article=x["article"],
            quote=x["quote"],
            speaker=x["speaker"],
            status=x["status"],
            drafted_speaker=x["drafted"]["speaker"],
            drafted_status=x["drafted"]["status"],
            note=x.get("note"),
        )
        for x in items
    ]


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(span: Span, claims: tuple[Claim, ...] | list[Claim]) -> Claim | None:
    """The claim whose span overlaps ``span`` most, if by at least half of the shorter span."""
    best, most = None, 0
    for c in claims:
        o = overlap(span, c.span)
        shorter = min(span.end - span.start, c.span.end - c.span.start)
        if o > most and 2 * o >= shorter:
            best, most = c, o
    return best


def same_speaker(truth: str, speaker: str, actor: Actor | None) -> bool:
    """Whether a drafted speaker (its id, and its actor if not the article) is the true one."""
    if _norm(truth) == ARTICLE_SPEAKER or actor is None:
        return _norm(truth) == speaker
    true_words = _words(truth)
    for name in {actor.label, *actor.aliases}:
        words = _words(name)
        shorter, longer = sorted((words, true_words), key=len)
        if shorter and longer[-len(shorter) :] == shorter:
            return True
    return False


def _words(name: str) -> list[str]:
    """A name's words, without a leading article or the drafter's "unnamed"."""
    return re.sub(r"^(the|an?|unnamed) ", "", _norm(name)).split()


def score_sample(sample: list[SampleItem], drafts: dict[str, Annotation], show: bool) -> None:
    matched = speaker_ok = status_ok = 0
    gone: list[SampleItem] = []
    wrong: list[str] = []
    for item in sample:
        ann = drafts.get(item.article)
        spans = find_all(ann.article.text, item.quote) if ann else []
        claim = match(spans[0], ann.claims) if spans else None
        if claim is None:
            gone.append(item)
            continue
        matched += 1
        actor = next((a for a in ann.actors if a.id == claim.speaker), None)
        sp, st = same_speaker(item.speaker, claim.speaker, actor), claim.status == item.status
        speaker_ok += sp
        status_ok += st
        if show and not (sp and st):
            wrong.append(
                f"  {item.article}: {item.quote[:70]!r}\n"
                f"      drafted {claim.speaker} / {claim.status}; true {item.speaker} / {item.status}"
                + (f"\n      note: {item.note}" if item.note else "")
            )
    print(f"\nhand-checked sample  {len(sample)} items from {len({i.article for i in sample})} articles")
    print(f"  matched            {matched}")
    print(f"  no longer drafted  {len(gone)}")
    print(f"  speaker precision  {speaker_ok / max(1, matched):.3f}  ({speaker_ok}/{matched})")
    print(f"  status agreement   {status_ok / max(1, matched):.3f}  ({status_ok}/{matched})")
    if show:
        print("\nwrong in the current draft:")
        print("\n".join(wrong) or "  none")
        for item in gone:
            print(f"  {item.article}: {item.quote[:70]!r}  (no longer drafted)")


def score_misses(path: Path, drafts: dict[str, Annotation], show: bool) -> None:
    """Recall on ``bench/lee_misses.yaml``: reported speech an earlier drafter missed, judged by hand.
    An item is recalled by the claim in someone's words that overlaps its quote most (as
    :func:`match`); its speaker and status are scored as the sample's."""
    items = yaml.safe_load(path.read_text("utf-8"))["items"]
    found = speaker_ok = status_ok = 0
    missed: list[str] = []
    for x in items:
        ann = drafts.get(x["article"])
        spans = find_all(ann.article.text, x["quote"]) if ann else []
        theirs = [c for c in ann.claims if c.speaker != ARTICLE_SPEAKER] if ann else []
        claim = match(spans[0], theirs) if spans else None
        if claim is None:
            missed.append(f"  {x['article']}: {x['quote'][:60]!r}  ({x['form']})")
            continue
        found += 1
        actor = next((a for a in ann.actors if a.id == claim.speaker), None)
        speaker_ok += same_speaker(x["speaker"], claim.speaker, actor)
        status_ok += claim.status == x["status"]
    n = max(1, len(items))
    print(f"\nhand-judged misses  {len(items)} items from {len({x['article'] for x in items})} articles")
    print(f"  recalled           {found / n:.3f}  ({found}/{len(items)}, in someone's words)")
    print(f"  right speaker      {speaker_ok / n:.3f}  ({speaker_ok}/{len(items)})")
    print(f"  right status       {status_ok / n:.3f}  ({status_ok}/{len(items)})")
    if show:
        print("\nstill missed:")
        print("\n".join(missed) or "  none")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sample-only", action="store_true", help="draft only the sample's articles and score it")
    p.add_argument("--show", action="store_true", help="list the sample items the drafter gets wrong")
    args = p.parse_args()
    articles = corpus()
    sample = load_sample()
    if args.sample_only:
        misses = yaml.safe_load(MISSES.read_text("utf-8"))["items"]
        wanted = {i.article for i in sample} | {x["article"] for x in misses}
        articles = [(k, raw) for k, raw in articles if k in wanted]
    drafter = Drafter()
    drafts: dict[str, Annotation] = {}
    refused: dict[str, str] = {}
    start = time.perf_counter()
    for article_id, raw in articles:
        result = draft(drafter, article_id, raw)
        if isinstance(result, str):
            refused[article_id] = result
        else:
            drafts[article_id] = result
    seconds = time.perf_counter() - start
    if not args.sample_only:
        report(drafts, refused, seconds)
    score_sample(sample, drafts, args.show)
    score_misses(MISSES, drafts, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""One SHA-256 per corpus of drafts: proof that a speed change changed no draft.

A change made only for speed must leave every draft as it was. This script drafts every
article of three corpora with :class:`kb.extract.Drafter` and hashes the drafts serialised
canonically (JSON, sorted keys, no whitespace), so two runs on two versions of the code can
be compared by a line of hex each:

* ``articles``: the bundled articles, ``kb/data/articles/*.txt``;
* ``dev``: the dev split of the evaluation, ``kb/data/eval/dev/*.txt`` (the test split is
  never read here: drafts of it are not for rule writers to look at);
* ``lee``: the 350 Lee news articles read from the installed gensim wheel, decoded as
  ``geokb ingest`` decodes them (see ``bench/real_news.py``; ``pip install -e '.[bench]'``).

The drafts are the raw output of :meth:`~kb.extract.Drafter.draft` (before validation), so
an article the ingest would refuse is still compared. ``--dump DIR`` also writes each draft
as ``DIR/<corpus>/<article id>.json``, for ``diff -r`` between two versions.

    python bench/draft_digest.py [--dump DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real_news import corpus as lee_corpus

from kb.errors import AnnotationError
from kb.extract import Drafter
from kb.intake import read_article


def corpora() -> dict[str, Iterator[tuple[str, str]]]:
    """(article id, text) of each corpus, in a fixed order."""
    root = Path(str(files("kb"))) / "data"

    def folder(path: Path) -> Iterator[tuple[str, str]]:
        for f in sorted(path.glob("*.txt")):
            yield f.stem, f.read_text("utf-8")

    def lee() -> Iterator[tuple[str, str]]:
        for article_id, raw in lee_corpus():
            try:
                yield article_id, read_article(raw, article_id).text
            except AnnotationError:
                continue  # unreadable either way: nothing drafted to compare

    return {"articles": folder(root / "articles"), "dev": folder(root / "eval" / "dev"), "lee": lee()}


def canonical(draft: dict) -> bytes:
    """A draft as bytes that two equal drafts always share (sorted keys, fixed separators)."""
    return json.dumps(draft, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dump", type=Path, help="also write each draft as DIR/<corpus>/<id>.json")
    args = p.parse_args()
    drafter = Drafter()
    overall = hashlib.sha256()
    for name, articles in corpora().items():
        digest = hashlib.sha256()
        count = 0
        for article_id, text in articles:
            data = canonical(drafter.draft(text, article_id, text_file=f"{article_id}.txt"))
            digest.update(article_id.encode() + b"\0" + data + b"\n")
            count += 1
            if args.dump:
                out = args.dump / name / f"{article_id}.json"
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(data)
        overall.update(name.encode() + b"\0" + digest.digest())
        print(f"{name:9} {count:4} drafts  {digest.hexdigest()}")
    print(f"{'overall':9} {'':4}         {overall.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Annotation files: the reviewable, hand-editable description of one article.

An annotation is a YAML file validated against ``kb/schema/annotation.schema.json``. The
loader checks what a schema cannot: that every reference names an actor or claim that
exists, and that every quote, alias, role and flagged surface form occurs in the article
text. It computes their character offsets itself, so an annotator never types a number.
Every problem is reported with the file and, where it can be found, the line; all problems
are reported at once, so that one run of ``geokb validate`` lists everything to fix.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import yaml

from kb.errors import AnnotationError
from kb.settings import default
from kb.text import Span, find_all, find_unique, find_words, occurs_as_word
from kb.yaml_safe import load_yaml

__all__ = [
    "ARTICLE_SPEAKER",
    "UNKNOWN_SPEAKER",
    "Actor",
    "Annotation",
    "Article",
    "Claim",
    "Event",
    "Flag",
    "Membership",
    "Mention",
    "Stance",
    "bundled_annotations",
    "decode_text",
    "load_annotation",
    "parse_annotation",
    "utc_instant",
]

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
_STR = "tag:yaml.org,2002:str"


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, with a string made at once: what the safe constructor makes of a string
    scalar is its value, but through a general path (about 500 times an article, a fifth
    of the time it takes to read one)."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if type(node) is yaml.ScalarNode and node.tag == _STR:
            return node.value
        return super().construct_object(node, deep)


ARTICLE_SPEAKER = "article"
"""The speaker ID of what the article asserts in its own voice."""

UNKNOWN_SPEAKER = "unknown-speaker"
"""The drafter's speaker for words it cannot attribute: never the article, so never a fact."""

MAX_TEXT_BYTES = default("max_body_bytes")
"""An article text may be as large as a request body the service accepts (by default)."""


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    language: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    method: str = "curated"
    generator: str | None = None  # what drafted it, with its version ("geokb-drafter 2")
    annotated: str | None = None
    """When the annotation was made (drafted, or last curated), in UTC to the second
    ("2025-03-01T09:30:00Z"); None when the annotation does not say."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    roles: tuple[tuple[str, Span], ...] = ()
    affiliation: tuple[str, ...] = ()
    unnamed: bool = False
    description: str | None = None
    existence: str = "established"
    existence_claim: str | None = None


@dataclass(frozen=True)
class Mention:
    actor: str
    span: Span


@dataclass(frozen=True)
class Stance:
    holder: str
    target: str
    polarity: int


@dataclass(frozen=True)
class Claim:
    id: str
    speaker: str
    quote: str
    span: Span
    kind: str
    status: str
    via: str | None = None
    direct: bool = False
    form: str = "body"
    confidence: float = 1.0
    note: str | None = None
    stances: tuple[Stance, ...] = ()
    when_text: str | None = None
    """The time the text gives for what the claim reports, as written ("on Sunday")."""
    when: str | None = None
    """That time as a date (YYYY-MM-DD), when the article's date resolves it."""


@dataclass(frozen=True)
class Membership:
    id: str
    member: str
    group: str
    claim: str


@dataclass(frozen=True)
class Event:
    id: str
    subject: str
    type: str
    claim: str
    object: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class Flag:
    id: str
    kind: str
    actor: str
    surface: str
    span: Span
    note: str
    expected: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Annotation:
    """One article with everything said in it, references resolved and quotes located."""

    article: Article
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    memberships: tuple[Membership, ...] = ()
    events: tuple[Event, ...] = ()
    flags: tuple[Flag, ...] = ()
    mentions: tuple[Mention, ...] = ()
    source: str = "<annotation>"
    actor_index: dict[str, Actor] = field(default_factory=dict, compare=False, repr=False)

    def actor(self, actor_id: str) -> Actor:
        return self.actor_index[actor_id]


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    raw = resources.files("kb").joinpath("schema/annotation.schema.json").read_text("utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    """The schema's validator, made once, with each ``$ref`` to ``$defs`` written out in place.

    Why: the validator resolves a ``$ref`` through its registry every time it meets one
    (about 150 times per annotation), which was most of the check's cost and a quarter of
    the cost of ingesting an article. ``{"allOf": [definition], ...}`` means what the
    ``$ref`` meant, and reports the same errors at the same paths.
    """
    schema = _schema()
    defs = schema["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(n) for n in node]
        if not isinstance(node, dict):
            return node
        out = {k: inline(v) for k, v in node.items() if k != "$ref"}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            out["allOf"] = [inline(defs[ref.removeprefix("#/$defs/")])]
        elif ref is not None:
            out["$ref"] = ref
        return out

    return jsonschema.Draft202012Validator(inline(schema))


@lru_cache(maxsize=1)
def _fast_validator() -> Any:
    """The same schema compiled by jsonschema-rs, which only says whether an annotation conforms.

    Why: the Python validator took 4 to 6 ms per annotation of 20 claims, half the cost of
    reading one and more than mapping it. A yes from this one (well over 100x faster) ends
    the check; a no goes to :func:`_validator`, whose messages say where and what, so an
    error reads the same as before. ``format`` stays an annotation, as it is for the Python
    validator (no format checker), and ``tests/test_annotation_schema_fast.py`` checks that
    the two never disagree on a yes.
    """
    return jsonschema_rs.validator_for(_schema(), validate_formats=False)


def _conforms(data: Any) -> bool:
    """Whether ``data`` conforms to the schema, by the fast validator; ``False`` when it cannot tell."""
    try:
        return bool(_fast_validator().is_valid(data))
    except (ValueError, TypeError):  # a value JSON has no type for: the full check says what
        return False


def decode_text(data: bytes, source: str) -> str:
    """Decode article text as UTF-8, refusing what is empty, binary or too large."""
    if len(data) > MAX_TEXT_BYTES:
        raise AnnotationError(f"{source}: {len(data)} bytes is over the limit of {MAX_TEXT_BYTES}")
    if b"\x00" in data:
        raise AnnotationError(f"{source}: binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AnnotationError(
            f"{source}: not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise AnnotationError(f"{source}: the article text is empty")
    return text


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or an :class:`AnnotationError` that names the file and why."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise AnnotationError(f"{path}: cannot read: {exc.strerror}") from None


def load_annotation(path: str | Path) -> Annotation:
    """Read, validate and resolve an annotation file and the article text it names."""
    path = Path(path)
    raw = read_bytes(path)
    try:
        source_text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise AnnotationError(f"{path}: not UTF-8") from None
    data = _dates_as_text(_parse_yaml(source_text, str(path)))
    _check_schema(data, source_text, str(path))
    text_path = path.parent / data["article"]["text"]
    try:
        text_bytes = text_path.read_bytes()
    except OSError as exc:
        raise AnnotationError(f"{path}: article text {text_path}: {exc.strerror}") from None
    text = decode_text(text_bytes, str(text_path))
    return parse_annotation(data, text, str(path), _yaml_lines=source_text, _checked=True)


def parse_annotation(
    data: Any,
    text: str,
    source: str = "<annotation>",
    *,
    _yaml_lines: str | None = None,
    _checked: bool = False,
) -> Annotation:
    """Validate an annotation already parsed into Python data against ``text``.

    The ``article.text`` path in ``data`` is ignored here: ``text`` is the article.
    """
    if not _checked:  # load_annotation has checked already
        _check_schema(data, _yaml_lines, source)
    problems = _Problems(source, _yaml_lines)
    article_data = data["article"]
    article = Article(
        id=article_data["id"],
        title=article_data["title"],
        text=text,
        language=article_data.get("language"),
        published=article_data.get("published"),
        publisher=article_data.get("publisher"),
        author=article_data.get("author"),
        url=article_data.get("url"),
        method=article_data.get("annotation", "curated"),
        generator=article_data.get("generator"),
        annotated=_instant(article_data.get("annotated"), problems),
    )
    _check_date(article.published, ("article", "published"), problems)
    claim_ids = _unique_ids(data.get("claims", []), "claims", problems)
    actor_ids = _unique_ids(data["actors"], "actors", problems)
    if ARTICLE_SPEAKER in actor_ids:
        problems.add(("actors",), f"'{ARTICLE_SPEAKER}' is reserved for the article's own voice")

    def ref(path: tuple[Any, ...], value: str | None, ids: set[str], what: str) -> None:
        if value is not None and value not in ids:
            problems.add(path, f"unknown {what} '{value}'")

    actors: list[Actor] = []
    alias_owner: dict[str, str] = {}
    for i, a in enumerate(data["actors"]):
        base = ("actors", i)
        for alias in a.get("aliases", []):
            if alias in alias_owner and alias_owner[alias] != a["id"]:
                problems.add((*base, "aliases"), f"alias '{alias}' also belongs to '{alias_owner[alias]}'")
            alias_owner[alias] = a["id"]
            if not occurs_as_word(text, alias):
                problems.add((*base, "aliases"), f"alias '{alias}' does not occur in the article")
        roles = []
        for role in a.get("roles", []):
            spans = find_all(text, role)
            if not spans:
                problems.add((*base, "roles"), f"role '{role}' does not occur in the article")
            else:
                roles.append((role, spans[0]))
        for other in a.get("affiliation", []):
            ref((*base, "affiliation"), other, actor_ids, "actor")
            if other == a["id"]:
                problems.add((*base, "affiliation"), "an actor cannot be affiliated with itself")
        existence = a.get("existence", "established")
        ref((*base, "existence_claim"), a.get("existence_claim"), claim_ids, "claim")
        if existence != "established" and not a.get("existence_claim"):
            problems.add(base, f"existence '{existence}' needs the claim that states it (existence_claim)")
        actors.append(
            Actor(
                id=a["id"],
                type=a["type"],
                label=a["label"],
                aliases=tuple(a.get("aliases", [])),
                wikidata=a.get("wikidata"),
                roles=tuple(roles),
                affiliation=tuple(a.get("affiliation", [])),
                unnamed=a.get("unnamed", False),
                description=a.get("description"),
                existence=existence,
                existence_claim=a.get("existence_claim"),
            )
        )
    index = {a.id: a for a in actors}
    speakers = actor_ids | {ARTICLE_SPEAKER}

    claims: list[Claim] = []
    for i, c in enumerate(data.get("claims", [])):
        base = ("claims", i)
        ref((*base, "speaker"), c["speaker"], speakers, "speaker")
        ref((*base, "via"), c.get("via"), actor_ids, "actor")
        span = _locate(text, c["quote"], c.get("occurrence"), (*base, "quote"), problems)
        stances = []
        for j, s in enumerate(c.get("stances", [])):
            holder = s.get("holder", c["speaker"])
            if holder == ARTICLE_SPEAKER:
                problems.add(
                    (*base, "stances", j), "a claim in the article's own voice needs a stance holder"
                )
                continue
            ref((*base, "stances", j, "holder"), holder, actor_ids, "actor")
            ref((*base, "stances", j, "target"), s["target"], actor_ids, "actor")
            if holder == s["target"]:
                problems.add((*base, "stances", j), f"'{holder}' cannot hold a stance toward itself")
            stances.append(Stance(holder, s["target"], s["polarity"]))
        if c["status"] == "asserted" and c["speaker"] != ARTICLE_SPEAKER:
            problems.add((*base, "status"), "'asserted' is for the article's own voice; use 'reported'")
        if c["status"] == "reported" and c["speaker"] == ARTICLE_SPEAKER:
            problems.add(
                (*base, "status"),
                "the article's own voice is 'asserted' (or 'alleged' for an allegation it "
                "mentions without saying who makes it)",
            )
        when = c.get("when")
        if when is not None:
            _check_date(when.get("date"), (*base, "when", "date"), problems)
            if not find_all(text, when["text"]):
                problems.add((*base, "when", "text"), f"'{when['text']}' does not occur in the article")
        if span is not None:
            claims.append(
                Claim(
                    id=c["id"],
                    speaker=c["speaker"],
                    quote=c["quote"],
                    span=span,
                    kind=c["kind"],
                    status=c["status"],
                    via=c.get("via"),
                    direct=c.get("direct", False),
                    form=c.get("form", "body"),
                    confidence=c.get("confidence", 1.0),
                    note=c.get("note"),
                    stances=tuple(stances),
                    when_text=when["text"] if when else None,
                    when=when.get("date") if when else None,
                )
            )

    memberships = []
    for i, m in enumerate(data.get("memberships", [])):
        base = ("memberships", i)
        ref((*base, "member"), m["member"], actor_ids, "actor")
        ref((*base, "group"), m["group"], actor_ids, "actor")
        ref((*base, "claim"), m["claim"], claim_ids, "claim")
        group = index.get(m["group"])
        if group is not None and group.type not in ("bloc", "organization", "armed-force"):
            problems.add((*base, "group"), f"'{group.id}' is a {group.type}, not a group")
        memberships.append(Membership(m["id"], m["member"], m["group"], m["claim"]))
    _unique_ids(data.get("memberships", []), "memberships", problems)

    events = []
    for i, e in enumerate(data.get("events", [])):
        base = ("events", i)
        ref((*base, "subject"), e["subject"], actor_ids, "actor")
        ref((*base, "object"), e.get("object"), actor_ids, "actor")
        ref((*base, "claim"), e["claim"], claim_ids, "claim")
        events.append(Event(e["id"], e["subject"], e["type"], e["claim"], e.get("object"), e.get("status")))
    _unique_ids(data.get("events", []), "events", problems)

    flags = []
    for i, f in enumerate(data.get("flags", [])):
        base = ("flags", i)
        ref((*base, "actor"), f["actor"], actor_ids, "actor")
        span = _locate(text, f["surface"], f.get("occurrence"), (*base, "surface"), problems)
        if span is not None:
            flags.append(
                Flag(
                    id=f["id"],
                    kind=f["kind"],
                    actor=f["actor"],
                    surface=f["surface"],
                    span=span,
                    note=f["note"],
                    expected=f.get("expected"),
                    confidence=f.get("confidence", 1.0),
                )
            )
    _unique_ids(data.get("flags", []), "flags", problems)
    problems.raise_if_any()

    phrases = {alias: a.id for a in actors for alias in a.aliases}
    mentions = tuple(Mention(key, span) for span, key in find_words(text, phrases))
    return Annotation(
        article=article,
        actors=tuple(actors),
        claims=tuple(claims),
        memberships=tuple(memberships),
        events=tuple(events),
        flags=tuple(flags),
        mentions=mentions,
        source=source,
        actor_index=index,
    )


def bundled_annotations() -> list[Path]:
    """The annotation files shipped with geokb (the curated sample article)."""
    folder = resources.files("kb").joinpath("data/articles")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml"))


# -- helpers ---------------------------------------------------------------------------


def _dates_as_text(data: Any) -> Any:
    """YAML reads an unquoted ``2025-03-03`` as a date object: the schema wants the text."""
    if not isinstance(data, dict):
        return data
    article = data.get("article")
    if isinstance(article, dict) and isinstance(article.get("published"), date):
        article["published"] = article["published"].isoformat()
    for claim in data.get("claims") or []:
        when = claim.get("when") if isinstance(claim, dict) else None
        if isinstance(when, dict) and isinstance(when.get("date"), date):
            when["date"] = when["date"].isoformat()
    return data


def _check_date(value: str | None, path: tuple[Any, ...], problems: _Problems) -> None:
    """A date the schema's pattern lets through may still be no day of the calendar (2025-02-30)."""
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        problems.add(path, f"'{value}' is not a calendar date (YYYY-MM-DD)")


class _Problems:
    """Collects problems with their place in the file, and raises them all at once."""

    def __init__(self, source: str, yaml_text: str | None) -> None:
        self.source = source
        self.yaml_text = yaml_text
        self.root: yaml.Node | None = None
        self.items: list[tuple[int | None, str, str]] = []

    def add(self, path: tuple[Any, ...], message: str) -> None:
        if self.root is None and self.yaml_text is not None:  # only a failing file pays for lines
            self.root = _compose(self.yaml_text)
            self.yaml_text = None
        self.items.append((_line_of(self.root, path), _dotted(path), message))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        lines = []
        for line, where, message in self.items[:50]:
            at = f"{self.source}:{line}" if line else self.source
            lines.append(f"{at}: {where}: {message}" if where else f"{at}: {message}")
        if len(self.items) > 50:
            lines.append(f"... and {len(self.items) - 50} more")
        raise AnnotationError("\n".join(lines))


def utc_instant(moment: datetime) -> str:
    """``moment`` as an annotation records it: UTC, to the second ("2025-03-01T09:30:00Z").

    One form for one instant, so that the same annotation always maps to the same quads.
    """
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _instant(value: str | None, problems: _Problems) -> str | None:
    """``article.annotated`` in its one form, or None when unknown (never a guess)."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        problems.add(("article", "annotated"), f"'{value}' is not a date and time")
        return None
    return utc_instant(moment)  # the schema has made sure it names its zone


def _parse_yaml(source_text: str, source: str) -> Any:
    return load_yaml(source_text, source, _Loader, "invalid YAML")


def _check_schema(data: Any, yaml_text: str | None, source: str) -> None:
    if not isinstance(data, dict):
        raise AnnotationError(f"{source}: an annotation is a mapping with article, actors and claims")
    article = data.get("article")
    if isinstance(article, dict) and isinstance(article.get("annotated"), datetime):
        # YAML reads an unquoted time as a datetime; the schema checks its text (and its zone)
        article["annotated"] = article["annotated"].isoformat()
    if _conforms(data):
        return
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        problems = _Problems(source, yaml_text)
        for err in errors:
            path = tuple(err.absolute_path)
            if path == ("article", "annotated") and err.validator == "pattern":  # say it, not the regex
                example = "'2025-03-01T09:30:00Z'"
                problems.add(path, f"{err.instance!r} is not a date and time with its zone ({example})")
            else:
                problems.add(path, err.message)
        problems.raise_if_any()


def _unique_ids(items: Iterable[dict[str, Any]], what: str, problems: _Problems) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item["id"] in seen:
            problems.add((what, i, "id"), f"duplicate id '{item['id']}'")
        seen.add(item["id"])
    return seen


def _locate(
    text: str, needle: str, occurrence: int | None, path: tuple[Any, ...], problems: _Problems
) -> Span | None:
    try:
        return find_unique(text, needle, occurrence)
    except LookupError as exc:
        problems.add(path, f"{needle!r}: {exc}")
        return None


def _compose(yaml_text: str | None) -> yaml.Node | None:
    if yaml_text is None:
        return None
    try:
        return yaml.compose(yaml_text, Loader=_Loader)
    except yaml.YAMLError:
        return None


def _line_of(node: yaml.Node | None, path: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at ``path``, or of its deepest existing parent."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    child = v
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            child = node.value[key]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def _dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out

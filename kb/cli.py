"""The ``geokb`` command line: build, query, export, validate, count and analyse the knowledge base.

Errors geokb raises on purpose become one line on stderr (or one per problem) and exit
status 1; usage errors exit 2 (argparse's convention). Nothing here holds logic the
library lacks: each command is a few calls into :mod:`kb`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import yaml

from kb.analysis import (
    KNOBS,
    STATUS_WEIGHT,
    AlignmentParams,
    align_with,
    record_alignment,
)
from kb.analysis.drift import drift_text, drift_with, window_alignment
from kb.analysis.index import aligned_json
from kb.analysis.live import LiveAlignment
from kb.analysis.persist import read_index
from kb.analysis.report import (
    aligned_text,
    clusters_table,
    explanation_json,
    explanation_text,
    pair_text,
    tables_text,
)
from kb.analysis.timeline import PERIODS, TIMELINE_LIMIT
from kb.annotation import bundled_annotations, load_annotation, parse_annotation, read_bytes
from kb.browse import resolve_actor
from kb.errors import GeokbError, StoreError
from kb.export import export, export_stream, omission, streams
from kb.formats import FORMATS, RESULT_FORMATS, get_format
from kb.ingest import BATCH_QUADS, BuildReport, article_files, build, bulk_ingest, given_date
from kb.mapping import annotation_to_quads
from kb.questions import get_question, questions
from kb.results import format_table, serialize_results
from kb.settings import default, get_settings, locate_store
from kb.stats import stats
from kb.store import Store, store_from_settings
from kb.validate import validate_quads
from kb.vocab import ANNOTATION_METHODS, STATUSES

__all__ = ["main"]


def _open(args: argparse.Namespace, *, write: bool) -> Store:
    """The store :func:`kb.settings.locate_store` chooses; stderr says so when it is a fallback."""
    settings = get_settings()
    where = locate_store(settings, args.store)
    location = where.location
    if where.fallback:
        print(
            f"geokb: store: {location} (the user data dir: no --store, GEOKB_STORE or GEOKB_DATA_DIR, "
            "and not inside a geokb checkout)",
            file=sys.stderr,
        )
    if not write and location == "memory:":
        print("geokb: warning: memory: is a new, empty store, so there is nothing to read", file=sys.stderr)
    if not write and "://" not in location and location != "memory:" and not Path(location).exists():
        raise StoreError(f"no store at {location} ({where.source}); run 'geokb build' first")
    try:
        return store_from_settings(settings, location)
    except StoreError:
        if write:
            raise
        return store_from_settings(settings, location, read_only=True)


def _base(args: argparse.Namespace) -> str:
    return args.base or get_settings().base_iri


def cmd_build(args: argparse.Namespace) -> int:
    paths = args.files or bundled_annotations()
    store = _open(args, write=True)
    try:
        # analysis: keep the recorded alignment in step with what was loaded
        report = build(store, paths, _base(args), shacl=not args.no_shacl, analysis=True)
        counts = stats(store)
    finally:
        store.close()
    return _summary("loaded", report, counts)


def _summary(verb: str, report: BuildReport, counts: dict[str, int]) -> int:
    """Each file's errors on stderr, one summary line on stdout; the exit status."""
    for path, message in report.errors:
        print(f"geokb: {path}: not loaded:\n{message}", file=sys.stderr)
    drafted = f" ({len(report.drafted)} drafted from text)" if report.drafted else ""
    print(
        f"{verb} {len(report.articles)} article(s){drafted}, {report.actors} actors, {report.claims} claims, "
        f"{report.quads_written} quads, {len(report.errors)} error(s); store: {counts['quads']} quads, "
        f"{counts['articles']} article(s), {counts['actors']} actors, {counts['claims']} claims"
    )
    return 0 if report.ok else 1


def cmd_ingest(args: argparse.Namespace) -> int:
    files = article_files(args.paths)
    store = _open(args, write=True)
    total = len(files)
    tty = sys.stderr.isatty()

    def progress(report: BuildReport) -> None:
        done = len(report.articles) + len(report.errors)
        bar = "#" * (30 * done // max(total, 1))
        line = (
            f"[{bar:<30}] {done}/{total} files, {len(report.articles)} articles "
            f"({len(report.drafted)} drafted), {report.quads_written:,} quads, {len(report.errors)} errors"
        )
        print(("\r" + line) if tty else line, end="" if tty else "\n", file=sys.stderr, flush=True)

    try:
        report = bulk_ingest(
            store,
            files,
            _base(args),
            shacl=args.shacl,
            batch_quads=args.batch_quads,
            progress=progress,
            analysis=not args.no_analysis,
            published=given_date(args.published),
            workers=args.workers,
        )
        counts = stats(store)
    finally:
        store.close()
    if tty:
        print(file=sys.stderr)
    return _summary("ingested", report, counts)


def cmd_query(args: argparse.Namespace) -> int:
    sparql = Path(args.file).read_text("utf-8") if args.file else args.sparql
    if not sparql:
        raise GeokbError("give a query as an argument or with --file")
    return _run_query(args, sparql)


def _run_query(args: argparse.Namespace, sparql: str) -> int:
    store = _open(args, write=False)
    try:
        results = store.query(sparql)
        if args.format == "table":
            print(format_table(results))
        else:
            sys.stdout.buffer.write(serialize_results(results, args.format))
            sys.stdout.flush()
    finally:
        store.close()
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    if not args.name:
        for q in questions():
            print(f"{q.name:32}  {q.question}")
        return 0
    try:
        q = get_question(args.name)
    except KeyError:
        raise GeokbError(f"no competency question '{args.name}'; 'geokb questions' lists them") from None
    if args.format == "table":
        print(f"# {q.question}")
    return _run_query(args, q.sparql)


def cmd_export(args: argparse.Namespace) -> int:
    fmt = get_format(args.format)
    store = _open(args, write=False)
    settings = get_settings()
    try:
        left = omission(store, fmt, args.graph)
        if streams(fmt):  # chunk by chunk to the file: never the whole dump in memory
            chunks = export_stream(store, fmt, graph=args.graph, rebase=args.rebase, license=settings.license)
        else:
            data = export(
                store,
                fmt,
                graph=args.graph,
                rebase=args.rebase,
                license=settings.license,
                max_quads=settings.export_max_quads,
            )
            chunks = iter([data])
        if left is not None:
            print(f"geokb: {left.note}", file=sys.stderr)
        if not args.output:
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.flush()
            return 0
        partial = Path(args.output).with_name(Path(args.output).name + ".part")
        with contextlib.ExitStack() as stack:  # the file appears whole, or not at all
            stack.callback(partial.unlink, missing_ok=True)
            with partial.open("wb") as out:
                for chunk in chunks:
                    out.write(chunk)
            partial.replace(args.output)
    finally:
        store.close()
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    failed = 0
    if args.files:
        for path in args.files:
            try:
                ann = load_annotation(path)
            except GeokbError as exc:
                print(str(exc), file=sys.stderr)
                failed += 1
                continue
            report = validate_quads(annotation_to_quads(ann, _base(args)))
            print(f"{path}: {report.summary()}")
            failed += not report.conforms
    else:
        store = _open(args, write=False)
        try:
            report = validate_quads(store.quads())
        finally:
            store.close()
        print(f"store: {report.summary()}")
        failed += not report.conforms
    return 1 if failed else 0


def _params(args: argparse.Namespace) -> AlignmentParams:
    """The alignment knobs from the options :func:`_add_knobs` declared."""
    status = {}
    for item in args.status_weight or ():
        name, _, value = item.partition("=")
        if name not in STATUSES or not value:
            raise GeokbError(f"--status-weight takes STATUS=WEIGHT with STATUS one of {', '.join(STATUSES)}")
        try:
            status[name] = float(value)
        except ValueError:
            raise GeokbError(f"--status-weight {item}: '{value}' is not a number") from None
    return AlignmentParams(**{k.name: getattr(args, k.name) for k in KNOBS}, status=status)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (YYYY-MM-DD)") from None


def _add_knobs(parser: argparse.ArgumentParser) -> None:
    """One option per alignment knob (:data:`kb.analysis.KNOBS`), and ``--status-weight``."""
    for k in KNOBS:
        if k.type is bool:
            parser.add_argument(k.cli, dest=k.name, action="store_true", help=k.help)
        elif k.choices:
            parser.add_argument(k.cli, dest=k.name, choices=k.choices, help=k.help)
        elif k.type is date:
            parser.add_argument(k.cli, dest=k.name, type=_iso_date, metavar="YYYY-MM-DD", help=k.help)
        else:
            parser.add_argument(k.cli, dest=k.name, type=k.type, default=k.default, help=k.help)
    parser.add_argument(
        STATUS_WEIGHT.cli, action="append", metavar="STATUS=W", help=STATUS_WEIGHT.help + ", e.g. alleged=0.2"
    )


def cmd_clusters(args: argparse.Namespace) -> int:
    if args.full and not args.record:
        raise GeokbError("--full rebuilds what is recorded: give it with --record")
    if args.window:
        return _drift(args)
    store = _open(args, write=args.record)
    try:
        if args.aligned:
            index = read_index(store, _base(args))  # the one saved beside the store, if it matches
            out = aligned_json(
                index, args.aligned, limit=args.limit, targets=args.targets, weights=_params(args).weights()
            )
            print(json.dumps(out, indent=2, ensure_ascii=False) if args.json else aligned_text(out))
            return 0
        if args.full:  # tie graphs re-derived from the articles, then the default clustering from scratch
            live = LiveAlignment(store, _base(args), background=False)
            run = live.full()
            result = live.state().alignment
            if _params(args).key() != AlignmentParams().key():
                result = align_with(store, _params(args))
                run = record_alignment(store, result, _base(args))
        elif args.since or args.until:  # a window: looked up by date in the tie index
            result, _ = window_alignment(read_index(store, _base(args)), _params(args))
            run = record_alignment(store, result, _base(args)) if args.record else None
        else:
            result = align_with(store, _params(args))
            run = record_alignment(store, result, _base(args)) if args.record else None
    finally:
        store.close()
    if args.explain:
        expl = result.explain(args.explain, top=args.top)
        out = explanation_json(expl) if args.json else explanation_text(expl, result)
    elif args.pair:
        pair = result.explain_pair(*args.pair)
        out = explanation_json(pair) if args.json else pair_text(pair, result)
    elif args.centrality:
        tables = result.centrality(top=args.top, seed=args.seed)
        out = tables if args.json else tables_text(tables)
    else:
        out = result.summary() if args.json else clusters_table(result)
    if args.json:
        if run is not None:
            out = {"run": run.value, **out}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(out)
        if run is not None:
            print(f"recorded as {run.value}")
    return 0


def _drift(args: argparse.Namespace) -> int:
    """``geokb clusters --window 30d --step 7d``: the alignment of each window and the moves."""
    if args.pair or args.centrality:
        raise GeokbError("--window shows the moves between camps: with it, --explain ACTOR only")
    store = _open(args, write=args.record)
    try:
        index = read_index(store, _base(args))  # read once (or the saved one); each window by date
        found = drift_with(index, _params(args), window=args.window, step=args.step, top=args.top)
        actor = resolve_actor(store, _base(args), args.explain).value if args.explain else None
        runs = [record_alignment(store, r.alignment, _base(args)) for r in found.runs] if args.record else []
    finally:
        store.close()
    if args.json:
        out = found.summary(actor=actor)
        if runs:
            out["runs"] = [r.value for r in runs]
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(drift_text(found, actor=actor))
        if runs:
            print(f"recorded {len(runs)} window run(s)")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    store = _open(args, write=False)
    try:
        actor = resolve_actor(store, _base(args), args.actor).value
        index = read_index(store, _base(args))
    finally:
        store.close()
    out = index.timeline(actor, period=args.period, since=args.since, until=args.until, limit=args.limit)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{out['label']}: stances by it (+/-) and toward it (+/-), by {args.period}")
    for p in [*out["periods"], out["undated"]]:
        if p["stances"]:
            by, to = p["by"], p["toward"]
            print(
                f"{p['period']:>10}  by +{by['positive']} -{by['negative']}"
                f"  toward +{to['positive']} -{to['negative']}"
            )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Draft an annotation; the text goes next to it as UTF-8 when it came in another form."""
    from kb.extract import slug
    from kb.ingest import draft_text

    src = Path(args.file)
    out = Path(args.output) if args.output else src.with_suffix(".yaml")
    data = read_bytes(src)
    article_id = args.id or slug(src.stem)
    draft, text = draft_text(
        data, article_id, source=str(src), text_file=src.name, published=given_date(args.published)
    )
    text_path = src
    if data != text.encode("utf-8") or src.parent.resolve() != out.parent.resolve():
        # legacy encoding, HTML, or another folder: the annotation gets a UTF-8 text of its own
        text_path = out.with_suffix(".txt")
        if text_path.resolve() == src.resolve():
            text_path = out.with_name(out.stem + ".utf8.txt")
        text_path.write_text(text, encoding="utf-8")
        draft["article"]["text"] = text_path.name
    parse_annotation(draft, text, f"draft of {src}")  # the draft loads like any annotation
    header = (
        f"# Draft annotation of {src.name}, written by `geokb extract`: review every actor, claim,\n"
        "# stance and flag, then change `annotation: drafted` to `annotation: curated` and set\n"
        "# `annotated` to when you finished the review (or delete it: unknown rather than wrong).\n"
    )
    out.write_text(header + yaml.safe_dump(draft, allow_unicode=True, sort_keys=False, width=100), "utf-8")
    print(
        f"geokb: wrote {out} ({len(draft['actors'])} actors, {len(draft['claims'])} claims, "
        f"{len(draft['memberships'])} memberships, {len(draft['flags'])} flags); text: {text_path}"
    )
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    from kb.graph_page import render_graph_page, store_graph_view  # pyvis and numpy only when asked

    store = _open(args, write=False)
    try:
        view = store_graph_view(
            store,
            initial_nodes=args.initial_nodes,
            max_edges=args.max_edges,
            title=args.title,
            api=args.api,
            annotation=args.annotation,
        )
    finally:
        store.close()
    html = render_graph_page(view, assets="inline")
    Path(args.output).write_text(html, encoding="utf-8")
    m = view["meta"]
    size = len(html.encode()) // 1024
    print(f"geokb: wrote {args.output} ({size} KiB, {m['nodes']} actors, {m['edges']} ties)")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open(args, write=False)
    try:
        counts = stats(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        width = max(map(len, counts))
        for key, value in counts.items():
            print(f"{key:<{width}}  {value}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="geokb", description=__doc__.splitlines()[0])
    p.add_argument(
        "--store",
        help="store location: a directory, a SPARQL server's URL, or memory: (default: GEOKB_STORE, "
        "else GEOKB_DATA_DIR, else var/store of the geokb checkout you are in, else the user data dir)",
    )
    p.add_argument("--base", help="base IRI of minted IRIs (default: GEOKB_BASE_IRI)")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="load annotation files (default: the bundled article) into the store")
    b.add_argument("files", nargs="*", help="annotation YAML files")
    b.add_argument("--no-shacl", action="store_true", help="skip SHACL validation before writing")
    b.set_defaults(func=cmd_build)

    x = sub.add_parser("extract", help="draft an annotation of an article (text or HTML) for review")
    x.add_argument("file", help="the article: plain text in any common encoding, or an HTML page")
    x.add_argument("-o", "--output", help="the annotation to write (default: FILE with .yaml)")
    x.add_argument("--id", help="the article's ID (default: from the file name)")
    x.add_argument(
        "--published", metavar="YYYY-MM-DD", help="the publication date (default: what the source states)"
    )
    x.set_defaults(func=cmd_extract)

    i = sub.add_parser(
        "ingest", help="bulk-load annotations and article texts (drafted on the way), in atomic batches"
    )
    i.add_argument(
        "paths", nargs="+", help="annotation YAML files, text/HTML files, or folders searched for both"
    )
    i.add_argument("--shacl", action="store_true", help="validate each article with SHACL first (slower)")
    i.add_argument("--batch-quads", type=int, default=BATCH_QUADS, help="quads per bulk load, at most")
    i.add_argument(
        "--workers", type=int, help="processes that read, check and map articles (default: one per core)"
    )
    i.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date of the articles that state none (a drafted text's source date gives way "
        "to it; an annotation file's own date never does)",
    )
    i.add_argument(
        "--no-analysis",
        action="store_true",
        help="skip recording the default alignment afterwards (minutes on a 100k-article KB); "
        "`geokb clusters --record` does it later",
    )
    i.set_defaults(func=cmd_ingest)

    q = sub.add_parser("query", help="run a SPARQL query")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("-f", "--file", help="read the query from a file")
    q.add_argument(
        "--format",
        default="table",
        choices=["table", *RESULT_FORMATS, *(f for f in FORMATS if f not in RESULT_FORMATS)],
        help="a results format for SELECT and ASK; an RDF format for CONSTRUCT and DESCRIBE "
        "(jsonld, or json, is compacted with geokb's context; xml is RDF/XML there)",
    )
    q.set_defaults(func=cmd_query)

    cq = sub.add_parser("questions", help="list the competency questions, or run one")
    cq.add_argument("name", nargs="?", help="question name or number, e.g. 06")
    cq.add_argument("--format", default="table", choices=["table", *RESULT_FORMATS])
    cq.set_defaults(func=cmd_questions)

    e = sub.add_parser("export", help="serialise the store")
    e.add_argument("--format", required=True, help=f"one of: {', '.join(FORMATS)}")
    e.add_argument("--graph", help="export one named graph only")
    e.add_argument(
        "--rebase",
        metavar="IRI",
        help="publish under another base: rewrite every IRI under the store's base (e.g. https://w3id.org/NAME/id/)",
    )
    e.add_argument("-o", "--output", help="write to a file instead of stdout")
    e.set_defaults(func=cmd_export)

    v = sub.add_parser(
        "validate", help="check annotation files, or the whole store, against the SHACL shapes"
    )
    v.add_argument("files", nargs="*", help="annotation YAML files (default: the store)")
    v.set_defaults(func=cmd_validate)

    c = sub.add_parser("clusters", help="alignment clusters of the actors, with the claims behind them")
    what = c.add_mutually_exclusive_group()
    what.add_argument("--explain", metavar="ACTOR", help="why ACTOR (ID, name or alias) is in its cluster")
    what.add_argument("--pair", nargs=2, metavar=("A", "B"), help="the claims that connect two actors")
    what.add_argument("--centrality", action="store_true", help="most targeted, vocal and bridging actors")
    what.add_argument(
        "--aligned", metavar="ACTOR", help="the actors most aligned with ACTOR, from the tie index"
    )
    c.add_argument("--json", action="store_true", help="machine-readable output")
    _add_knobs(c)
    c.add_argument("--top", type=int, default=10, help="rows per table, ties per list")
    c.add_argument("--record", action="store_true", help="write the result into the store as a named graph")
    c.add_argument(
        "--full",
        action="store_true",
        help="with --record: re-derive every article's tie graph from the articles and cluster from scratch",
    )
    c.add_argument("--limit", type=int, default=20, help="with --aligned: how many actors")
    c.add_argument(
        "--targets", type=int, default=5, help="with --aligned: shared targets listed per actor (most agreed)"
    )
    c.add_argument(
        "--window",
        metavar="SPAN",
        help="cluster each time window of SPAN (30d, 4w) and show who moved between camps "
        "(with --explain ACTOR: that actor's moves); --since/--until bound the windows",
    )
    c.add_argument("--step", metavar="SPAN", default="7d", help="with --window: from one window to the next")
    c.set_defaults(func=cmd_clusters)

    tl = sub.add_parser("timeline", help="an actor's stances and those toward it, period by period")
    tl.add_argument("actor", help="the actor's ID, name or alias")
    tl.add_argument("--period", choices=PERIODS, default="month")
    tl.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD")
    tl.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD")
    tl.add_argument(
        "--limit", type=int, default=TIMELINE_LIMIT, help="with --json: stances listed per period (all count)"
    )
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(func=cmd_timeline)

    g = sub.add_parser("graph", help="write the interactive graph page as one self-contained HTML file")
    g.add_argument("-o", "--output", required=True, help="the HTML file to write")
    g.add_argument("--title", default="geokb graph")
    g.add_argument(
        "--initial-nodes",
        type=int,
        default=default("graph_initial_nodes"),
        help="actors drawn at first (the most central)",
    )
    g.add_argument("--api", help="URL of a running geokb service, for links from the side panel")
    g.add_argument(
        "--max-edges",
        type=int,
        default=default("graph_max_edges"),
        help="above this many ties, merge like ones",
    )
    g.add_argument("--annotation", choices=ANNOTATION_METHODS, help="'curated' leaves machine drafts out")
    g.set_defaults(func=cmd_graph)

    s = sub.add_parser("stats", help="count what the store holds")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except GeokbError as exc:
        print(f"geokb: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `geokb export ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())

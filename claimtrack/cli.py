"""The ``claimtrack`` command: a thin layer over the public API.

::

    claimtrack extract PATH... [--format jsonl|json|csv|table|parquet] [-o FILE] [--no-context]
                       [--date YYYY-MM-DD] [--source S] [--scheduler local[:N]|ADDRESS]
    claimtrack check PATH... [--format json|table] [--date YYYY-MM-DD] [--source S]
                     [--scheduler local[:N]|ADDRESS]
    claimtrack check --claims FILE.jsonl [--claims FILE2.jsonl] [PATH...] [--format json|table]
    claimtrack explain DOC:SPAN DOC:SPAN [PATH...] [--claims FILE.jsonl] [--format text|json]
    claimtrack ingest|check|history|export --ledger DB ...  (see claimtrack.ledger.cli)

Exit status: 0 when nothing is inconsistent, 1 when inconsistencies were found, 2 on a usage or
input error (the message names the file and the problem; the other files are still processed).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import claimtrack
from claimtrack import (
    Claim,
    ClaimtrackError,
    Comparison,
    Document,
    DocumentError,
    Inconsistency,
)
from claimtrack.io import claim_record, read_claims
from claimtrack.io.parquet import write_parquet
from claimtrack.io.writers import CLAIM_FORMATS, inconsistency_record, write_claims, write_report
from claimtrack.ledger import cli as ledger_cli
from claimtrack.pipeline import default_extractor

if TYPE_CHECKING:
    from claimtrack.dask._cli import Run

__all__ = ["main", "write_report"]

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"bad date {value!r} (want YYYY-MM-DD)") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack", description="Track numeric claims across documents."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, formats, default, help_text in (
        ("extract", (*CLAIM_FORMATS, "parquet"), "jsonl", "list the figures in documents"),
        ("check", ("json", "table"), "table", "flag figures that contradict each other"),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("paths", nargs="+" if name == "extract" else "*", type=Path,
                         metavar="PATH",
                         help=".txt, .md or .jsonl files, or folders holding them")  # fmt: skip
        sub.add_argument("--format", choices=formats, default=default, help=f"default {default}")
        sub.add_argument("--date", type=_date, help="publication date for files that state none")
        sub.add_argument("--source", help="source name for files that state none")
        sub.add_argument("--no-progress", action="store_true", help="never show a progress bar")
        sub.add_argument("--scheduler", metavar="local[:N]|ADDRESS",
                         help="the same work on a Dask cluster: local (a worker process per "
                         "core), local:N (N processes) or a running scheduler's address; "
                         'needs pip install "claimtrack[dask]"')  # fmt: skip
        if name == "extract":
            sub.add_argument(
                "--no-context", action="store_true", help="quantities only, without claim context"
            )
            sub.add_argument("-o", "--output", type=Path, metavar="FILE",
                             help="write there, not to stdout (parquet needs it: a row per "
                             "claim, the ledger's columns; needs claimtrack[parquet])")  # fmt: skip
        else:
            sub.add_argument("--claims", action="append", type=Path, default=[],
                             metavar="FILE.jsonl",
                             help="claim records written by `extract --format jsonl` "
                             "(repeatable), checked as they are")  # fmt: skip
            sub.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X",
                             help="drop inconsistencies whose confidence that the claims "
                             "are about the same thing is below X (0-1; default 0)")  # fmt: skip
            ledger_cli.add_ledger_option(sub)
    _explain_parser(commands)
    ledger_cli.add_parsers(commands, _date)
    return parser


def _explain_parser(commands: Any) -> None:
    help_text = "say why two claims were or were not compared"
    sub = commands.add_parser(
        "explain",
        help=help_text,
        description=help_text
        + (
            ". A claim is DOC:START-END (its span, as extract prints it), DOC:OFFSET (the claim "
            "at that character) or its id."
        ),
    )
    sub.add_argument("first", metavar="DOC:SPAN")
    sub.add_argument("second", metavar="DOC:SPAN")
    sub.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="the run's .txt, .md or .jsonl files, or folders holding them",
    )
    sub.add_argument(
        "--claims",
        action="append",
        type=Path,
        default=[],
        metavar="FILE.jsonl",
        help="claim records written by `extract --format jsonl` (repeatable)",
    )
    sub.add_argument("--format", choices=("text", "json"), default="text", help="default text")
    sub.add_argument("--date", type=_date, help="publication date for files that state none")
    sub.add_argument("--source", help="source name for files that state none")
    sub.add_argument("--no-progress", action="store_true", help="never show a progress bar")


def _progress(docs: Iterator[Document], enabled: bool) -> Iterator[Document]:
    """A progress bar on stderr when it is a terminal and the run lasts over a second."""
    if not enabled or not sys.stderr.isatty():
        return docs
    try:
        from tqdm import tqdm
    except ImportError:
        return docs
    return iter(tqdm(docs, desc="documents", unit="doc", file=sys.stderr, delay=1.0))


class _Errors(list[str]):
    """The input errors of a run: each is printed when it happens; any of them makes exit 2."""

    def __call__(self, error: DocumentError) -> None:
        self.append(str(error))
        print(f"claimtrack: error: {error}", file=sys.stderr)


def _documents(args: argparse.Namespace, errors: _Errors) -> Iterator[Document]:
    docs = claimtrack.read_documents(
        args.paths, published=args.date, source=args.source, on_error=errors
    )
    return _progress(docs, not args.no_progress)


def _document_claims(doc: Document, context: bool, errors: _Errors) -> Iterator[Claim]:
    """What ``extract`` writes for one document, block by block: the claims ``check`` reads (its
    figures and the counts stated by lists of names), or with ``--no-context`` the bare
    quantities. A failure on one document is an error naming it (exit 2); the claims of its
    blocks read before stay, and the run goes on with the other documents."""
    try:
        yield from default_extractor().iter_claims(doc, context=context)
    except Exception as exc:  # a bug of ours must not cost the user the rest of the run
        problem = f"{type(exc).__name__}: {exc}"[:300]
        errors(DocumentError(f"{doc.id}: extraction failed ({problem}); its claims are left out"))


def _all_claims(args: argparse.Namespace, errors: _Errors) -> list[Claim]:
    claims = list(read_claims(args.claims, on_error=errors))
    for doc in _documents(args, errors) if args.paths else ():
        claims += _document_claims(doc, True, errors)
    return claims


def _cluster(
    args: argparse.Namespace, errors: _Errors
) -> contextlib.AbstractContextManager[Run | None]:
    """The Dask cluster ``--scheduler`` names (connected before anything is written), or None."""
    if not getattr(args, "scheduler", None):
        return contextlib.nullcontext()
    from claimtrack.dask import _cli as on_cluster  # Dask is loaded only for a cluster run

    return on_cluster.run(args.scheduler, errors)


def _run_extract(args: argparse.Namespace, out: TextIO) -> list[str]:
    errors = _Errors()
    context = not args.no_context
    with _cluster(args, errors) as cluster:
        if cluster is not None:
            where = {"published": args.date, "source": args.source}
            claims = cluster.claims(args.paths, context=context, **where)
        else:
            docs = _documents(args, errors)
            claims = (c for doc in docs for c in _document_claims(doc, context, errors))
        if args.format == "parquet":
            write_parquet(claims, args.output)
        elif args.output is not None:
            with _opened(args.output) as file:
                write_claims(claims, args.format, file)
        else:
            write_claims(claims, args.format, out)
    return errors


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[TextIO]:
    try:
        file = path.open("w", encoding="utf-8")
    except OSError as exc:
        raise ClaimtrackError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    with file:
        yield file


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"want a number from 0 to 1, got {text!r}")
    return value


def _run_check(args: argparse.Namespace, out: TextIO) -> tuple[list[Inconsistency], list[str]]:
    errors = _Errors()
    claims: list[Claim]
    with _cluster(args, errors) as cluster:
        if args.ledger is not None:  # the table shows no figures by metric: the ledger may be large
            docs = list(_documents(args, errors)) if args.paths else None
            claims, found = [], ledger_cli.check(args.ledger, docs)
        elif cluster is not None:
            given = list(read_claims(args.claims, on_error=errors))
            where = {"published": args.date, "source": args.source}
            claims, found = cluster.check(
                args.paths, given, keep_claims=args.format == "table", **where
            )
        else:
            claims = _all_claims(args, errors)
            found = claimtrack.check_claims(claims)
    found = [i for i in found if i.confidence >= args.min_confidence]
    views = claimtrack.consensus_claims(claims) if args.format == "table" else []
    write_report(found, views, args.format, out)
    return found, errors


def _find_claim(reference: str, claims: Sequence[Claim]) -> Claim:
    """The claim ``reference`` names: an id, ``DOC:START-END`` or ``DOC:OFFSET``."""
    for claim in claims:
        if claim.id == reference:
            return claim
    doc, _, where = reference.rpartition(":")
    start_text, _, end_text = where.partition("-")
    if not doc or not start_text.isdigit() or not (end_text or "0").isdigit():
        raise ClaimtrackError(f"{reference!r}: want DOC:START-END, DOC:OFFSET or a claim id")
    start = int(start_text)
    end = int(end_text) if end_text else start + 1
    in_doc = [c for c in claims if c.doc == doc]
    if not in_doc:
        raise ClaimtrackError(f"{reference!r}: no claims of a document {doc!r}")
    best = max(in_doc, key=lambda c: min(end, c.span[1]) - max(start, c.span[0]))
    if min(end, best.span[1]) - max(start, best.span[0]) <= 0:
        spans = ", ".join(f"{c.span[0]}-{c.span[1]} {c.text!r}" for c in in_doc[:12])
        raise ClaimtrackError(f"{reference!r}: no claim there; {doc!r} has {spans}")
    return best


def _run_explain(args: argparse.Namespace, out: TextIO) -> tuple[Comparison, list[str]]:
    errors = _Errors()
    claims = _all_claims(args, errors)
    first, second = _find_claim(args.first, claims), _find_claim(args.second, claims)
    result = claimtrack.compare_claims(first, second, claims)
    if args.format == "json":
        payload = result.model_dump(mode="json", exclude={"reported"})
        payload["claims"] = [claim_record(first), claim_record(second)]
        payload["reported"] = inconsistency_record(result.reported) if result.reported else None
        json.dump(payload, out, ensure_ascii=False, indent=1)
        print(file=out)
        return result, errors
    for claim in (first, second):
        print(f'{claim.doc}:{claim.span[0]}-{claim.span[1]} "{claim.text}"', file=out)
    for gate in result.gates:
        print(f"  {'ok ' if gate.passed else 'NO '} {gate.name}: {gate.detail}", file=out)
    verdict = "compared" if result.compared else "not compared"
    if result.reported:
        verdict += f"; reported: {result.reported.kind} (confidence {result.reported.confidence})"
    else:
        verdict += "; not reported"
    print(verdict, file=out)
    return result, errors


class _Warnings(logging.Handler):
    """The library's warnings on whatever stderr is when they happen."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"claimtrack: warning: {record.getMessage()}", file=sys.stderr)


def _show_warnings() -> None:
    """The library's warnings (a figure dropped as out of range) on stderr, once."""
    logger = logging.getLogger("claimtrack")
    if not any(isinstance(h, _Warnings) for h in logger.handlers):
        logger.addHandler(_Warnings())


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0, 1 or 2)."""
    out = out or sys.stdout
    _show_warnings()
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        ledger = getattr(args, "ledger", None)
        if args.command in ("check", "explain") and not (args.paths or args.claims or ledger):
            parser.error(f"{args.command}: give PATH..., --claims FILE.jsonl or --ledger DB")
        if ledger is not None and getattr(args, "claims", None):
            parser.error(f"{args.command}: --ledger checks documents, not --claims records")
        if args.command == "extract" and args.format == "parquet" and args.output is None:
            parser.error(f"{args.command}: --format parquet needs --output FILE.parquet")
        if ledger is not None and getattr(args, "scheduler", None):
            parser.error(f"{args.command}: --scheduler runs without a ledger, not with --ledger")
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_ERROR
    try:
        if args.command == "extract":
            errors = _run_extract(args, out)
            found: list[Inconsistency] = []
        elif args.command in ("ingest", "history", "export"):
            errors, found = _Errors(), []
            if args.command == "ingest":
                ledger_cli.ingest(args.ledger, _documents(args, errors), errors)
            elif args.command == "export":
                ledger_cli.export(args, out)
            else:
                write_claims(ledger_cli.history(args), args.format, out)
        elif args.command == "explain":
            result, errors = _run_explain(args, out)
            found = [result.reported] if result.reported else []
        else:
            found, errors = _run_check(args, out)
    except ClaimtrackError as exc:
        print(f"claimtrack: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader (say, `head`) stopped early: not an error of ours
        sys.stderr.close()
        return EXIT_OK
    if errors:
        return EXIT_ERROR
    return EXIT_FOUND if found else EXIT_OK

"""The ledger's commands, for :mod:`claimtrack.cli`: ``ingest``, ``history`` and
``check --ledger``. They return what was done or found; the main command line writes it out
and sets the exit status.

::

    claimtrack ingest --ledger DB PATH... [--date YYYY-MM-DD] [--source S]
    claimtrack check --ledger DB [PATH...] [--format json|table]
    claimtrack history --ledger DB METRIC [--unit U] [--entity NAME] [--format jsonl|json|csv|table]
    claimtrack export --ledger DB --format jsonl|csv OUT
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from claimtrack._errors import ClaimtrackError, DocumentError, LedgerError
from claimtrack.io.writers import write_claims
from claimtrack.ledger.ledger import Ledger
from claimtrack.ledger.rows import AddReport
from claimtrack.model import Claim, Document, Inconsistency

__all__ = ["EXPORT_FORMATS", "add_ledger_option", "add_parsers", "check", "export", "history",
           "ingest"]  # fmt: skip

EXPORT_FORMATS = ("jsonl", "csv")
"""What ``export`` writes: JSON lines that ``check --claims`` reads back, or flat CSV."""

_LEDGER_HELP = "the ledger file (SQLite; created if missing)"


def add_ledger_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """The ``--ledger DB`` option."""
    parser.add_argument("--ledger", type=Path, metavar="DB", required=required, help=_LEDGER_HELP)


def add_parsers(commands: Any, date: Callable[[str], object]) -> None:
    """The ``ingest`` and ``history`` subcommands (``date`` parses ``--date``)."""
    help_text = "store documents and their claims in a ledger"
    sub = commands.add_parser("ingest", help=help_text, description=help_text)
    add_ledger_option(sub, required=True)
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                     help=".txt, .md or .jsonl files, or folders holding them")  # fmt: skip
    sub.add_argument("--date", type=date, help="publication date for files that state none")
    sub.add_argument("--source", help="source name for files that state none")
    sub.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    help_text = "list a ledger's figures for a metric, in time order"
    sub = commands.add_parser("history", help=help_text, description=help_text)
    add_ledger_option(sub, required=True)
    sub.add_argument("metric", metavar="METRIC", help="the metric, as extract prints it")
    sub.add_argument("--unit", help="only figures in this unit (USD, kilometer, dose...)")
    sub.add_argument("--entity", help="only figures about this entity (a country, say)")
    formats = ("jsonl", "json", "csv", "table")
    sub.add_argument("--format", choices=formats, default="table", help="default table")
    help_text = "write every latest claim of a ledger to a file"
    sub = commands.add_parser("export", help=help_text, description=help_text)
    add_ledger_option(sub, required=True)
    sub.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    sub.add_argument("out", type=Path, metavar="OUT", help="the file to write ('-': stdout)")
    sub.add_argument("--no-progress", action="store_true", help="never show a progress bar")


def ingest(
    path: Path, documents: Iterable[Document], on_error: Callable[[DocumentError], object]
) -> AddReport:
    """Add documents one by one, a failure on one (an error naming it) leaving the others;
    the one-line summary goes to stderr."""
    report = AddReport()
    with Ledger(path) as ledger:
        for doc in documents:
            try:
                report += ledger.add([doc])
            except LedgerError:
                raise
            except Exception as exc:  # a bug of ours must not cost the user the rest of the run
                problem = f"{type(exc).__name__}: {exc}"[:300]
                on_error(DocumentError(f"{doc.id}: extraction failed ({problem}); not stored"))
    print(f"claimtrack: {path}: {report.summary()}", file=sys.stderr)
    return report


def check(path: Path, documents: list[Document] | None) -> list[Inconsistency]:
    """:meth:`Ledger.check` of the documents given (all of the ledger without any: then the
    file must exist)."""
    with Ledger(path, create=documents is not None) as ledger:
        return ledger.check(documents)


def history(args: argparse.Namespace) -> list[Claim]:
    """:meth:`Ledger.history` of the metric (and unit, entity) the arguments name."""
    with Ledger(args.ledger, create=False) as ledger:
        return ledger.history(args.metric, unit=args.unit, entity=args.entity)


def export(args: argparse.Namespace, out: TextIO) -> int:
    """Write the ledger's latest claims to ``args.out`` (``-``: ``out``), streamed; a file is
    written beside its place and moved there when whole, so a failed export leaves no half
    file. Returns how many claims were written."""
    with Ledger(args.ledger, create=False) as ledger:
        claims = _progress(ledger.iter_claims(), not args.no_progress)
        if str(args.out) == "-":
            return _write(claims, args.format, out)
        partial = args.out.with_name(args.out.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8", newline="") as file:
                written = _write(claims, args.format, file)
            partial.replace(args.out)
        except OSError as exc:
            raise ClaimtrackError(f"{args.out}: cannot write the export: {exc.strerror}") from exc
        finally:
            partial.unlink(missing_ok=True)
    print(f"claimtrack: {args.out}: {written} claims", file=sys.stderr)
    return written


def _write(claims: Iterable[Claim], fmt: str, out: TextIO) -> int:
    counted = _Counted(claims)
    write_claims(counted, fmt, out)
    return counted.count


class _Counted:
    """The claims, counted as they pass."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self._claims = claims
        self.count = 0

    def __iter__(self) -> Iterator[Claim]:
        for claim in self._claims:
            self.count += 1
            yield claim


def _progress(claims: Iterator[Claim], enabled: bool) -> Iterator[Claim]:
    if not enabled or not sys.stderr.isatty():
        return claims
    from tqdm import tqdm

    return iter(tqdm(claims, desc="claims", unit="claim", file=sys.stderr, delay=1.0))

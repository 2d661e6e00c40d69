"""The ledger's commands, for :mod:`claimtrack.cli`: ``ingest``, ``history`` and
``check --ledger``. They return what was done or found; the main command line writes it out
and sets the exit status.

::

    claimtrack ingest --ledger DB PATH... [--date YYYY-MM-DD] [--source S]
    claimtrack check --ledger DB [PATH...] [--format json|table]
    claimtrack history --ledger DB METRIC [--unit U] [--entity NAME] [--format jsonl|json|csv|table]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from claimtrack._errors import DocumentError, LedgerError
from claimtrack.ledger.ledger import Ledger
from claimtrack.ledger.rows import AddReport
from claimtrack.model import Claim, Document, Inconsistency

__all__ = ["add_ledger_option", "add_parsers", "check", "history", "ingest"]

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

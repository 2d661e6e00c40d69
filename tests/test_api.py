"""The public surface: what ``import claimtrack`` offers and that it stays small and sorted."""

from __future__ import annotations

import subprocess
import sys

import claimtrack


def test_all_is_sorted_and_complete() -> None:
    assert claimtrack.__all__ == sorted(claimtrack.__all__)
    public = {name for name in dir(claimtrack) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(claimtrack, name)).__name__ == "module"}
    assert public - modules == set(claimtrack.__all__)


def test_every_export_is_documented() -> None:
    for name in claimtrack.__all__:
        assert getattr(claimtrack, name).__doc__, name


def test_import_does_not_load_pint_or_hypothesis() -> None:
    code = "import sys, claimtrack; print('pint' in sys.modules, 'hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_one_exception_root() -> None:
    for name in ("DocumentError", "UnitError", "LexiconError", "LedgerError"):
        assert issubclass(getattr(claimtrack, name), claimtrack.ClaimtrackError)


PUBLIC = [
    "Claim",
    "ClaimtrackError",
    "Comparison",
    "Config",
    "Document",
    "DocumentError",
    "Entity",
    "Extractor",
    "Gate",
    "Identity",
    "Inconsistency",
    "Interval",
    "Ledger",
    "LedgerError",
    "Lexicon",
    "LexiconError",
    "Metric",
    "MetricView",
    "PeriodView",
    "Quantity",
    "TimeScope",
    "UnitError",
    "Units",
    "analyze",
    "analyze_claims",
    "check",
    "check_claims",
    "compare_claims",
    "consensus",
    "consensus_claims",
    "default_config",
    "default_lexicon",
    "extract",
    "extract_all",
    "json_schema",
    "read_documents",
]


def test_the_public_names_are_pinned() -> None:
    assert claimtrack.__all__ == PUBLIC

"""``check_claims`` on claims written as JSON lines and read back gives exactly what ``check``
gives on the documents, on both labelled dev sets (read from ../shared, skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.io import claim_line, read_claims

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("crossdoc-dev", "crossdoc-dev2")


@pytest.mark.parametrize("name", SETS)
def test_check_claims_after_a_json_round_trip_equals_check(name: str, tmp_path: Path) -> None:
    folder = DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (../shared missing)")
    documents = list(claimtrack.read_documents([folder]))
    claims = claimtrack.extract_all(documents)
    stored = tmp_path / "claims.jsonl"
    stored.write_text("".join(claim_line(c) + "\n" for c in claims), encoding="utf-8")
    loaded = list(read_claims([stored]))
    assert loaded == claims
    expected = claimtrack.check(documents)
    assert expected, "the dev sets hold conflicts the check finds"
    assert claimtrack.check_claims(loaded) == expected

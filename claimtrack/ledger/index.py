"""What the ledger keeps beside each claim so that a check reads only the claims it needs: the
shard the claim is checked in (its dimension and change, see :mod:`claimtrack.check.shards`),
whether its frame counts in the word weights, and, for the latest version of each document
only, its frame words; beside each document, the places it names.

>>> from claimtrack.model import Claim, Quantity
>>> from claimtrack.units import default_units
>>> q = Quantity(value=5.0, low=5.0, high=5.0, unit="USD", kind="money")
>>> claim = Claim(doc="a", span=(0, 2), text="$5", quantity=q, frame=("cost", "bridge"))
>>> index_values(claim, default_units())
('USD|', 1)
>>> word_rows(claim, "USD|")
[('a', 'a:0-2:cdac', 'cost', 'USD|'), ('a', 'a:0-2:cdac', 'bridge', 'USD|')]
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from claimtrack.check.corpus import Named, name_places
from claimtrack.check.shards import shard_of
from claimtrack.model import Claim
from claimtrack.units import Units

__all__ = [
    "INDEX_COLUMNS",
    "backfill",
    "index_values",
    "places_json",
    "read_named",
    "replace_words",
    "word_rows",
]

INDEX_COLUMNS = ("shard", "framed")
"""The columns of ``claims`` beside :data:`~claimtrack.ledger.rows.CLAIM_COLUMNS` that
:func:`index_values` fills."""

_INSERT_WORD = "INSERT INTO claim_words (doc_id, claim_id, word, shard) VALUES (?, ?, ?, ?)"


def index_values(claim: Claim, units: Units) -> tuple[str | None, int]:
    """The claim's shard (without currency rates: each currency its own) and whether its
    frame counts in the word weights (it has a frame and a unit that converts)."""
    shard = shard_of(claim, None, units)
    return shard, int(shard is not None and bool(claim.frame))


def word_rows(claim: Claim, shard: str | None) -> list[tuple[str, str, str, str]]:
    """The ``claim_words`` rows of a claim: one per entry of its frame, for a framed claim."""
    if shard is None or not claim.frame:
        return []
    return [(claim.doc, claim.id, word, shard) for word in claim.frame]


def places_json(claims: Iterable[Claim]) -> str:
    """The places a document's claims name, as the JSON of ``documents.places``."""
    places: dict[str, set[str]] = {}
    for claim in claims:
        name_places(places, claim.places)
    return json.dumps({w: sorted(q) for w, q in sorted(places.items())}, ensure_ascii=False)


def read_named(rows: Iterable[tuple[str, str]]) -> Named:
    """``(document id, places JSON)`` rows as the places each document names."""
    return {doc: {w: set(q) for w, q in json.loads(places).items()} for doc, places in rows}


def replace_words(
    connection: sqlite3.Connection, doc_id: str, version: int, claims: Sequence[Claim], units: Units
) -> None:
    """Within the caller's transaction: version ``version`` of ``doc_id`` becomes the latest,
    and the frame words of its claims replace those of its older versions."""
    connection.execute(
        "UPDATE claims SET latest = 0 WHERE doc_id = ? AND doc_version < ? AND latest = 1",
        (doc_id, version),
    )
    connection.execute("DELETE FROM claim_words WHERE doc_id = ?", (doc_id,))
    rows = (row for c in claims for row in word_rows(c, index_values(c, units)[0]))
    connection.executemany(_INSERT_WORD, rows)


def backfill(connection: sqlite3.Connection, units: Units) -> None:
    """Within the caller's transaction, fill the version 2 columns and table in from the
    claims a version 1 ledger stored."""
    connection.execute(
        "UPDATE claims SET latest = (doc_version = "
        "(SELECT MAX(version) FROM documents WHERE id = claims.doc_id))"
    )
    rows = connection.execute("SELECT rowid, json, latest FROM claims").fetchall()
    updates: list[tuple[Any, ...]] = []
    by_doc: dict[str, list[Claim]] = {}
    for rowid, text, latest in rows:
        claim = Claim.model_validate_json(text)
        shard, framed = index_values(claim, units)
        updates.append((shard, framed, rowid))
        if latest:
            by_doc.setdefault(claim.doc, []).append(claim)
            connection.executemany(_INSERT_WORD, word_rows(claim, shard))
    connection.executemany("UPDATE claims SET shard = ?, framed = ? WHERE rowid = ?", updates)
    connection.executemany(
        "UPDATE documents SET places = ? WHERE id = ? AND version = "
        "(SELECT MAX(version) FROM documents AS d WHERE d.id = documents.id)",
        ((places_json(claims), doc) for doc, claims in by_doc.items()),
    )

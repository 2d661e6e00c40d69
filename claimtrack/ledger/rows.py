"""Claims, documents and inconsistencies as ledger rows, and claims read back from them.

>>> from claimtrack.model import Claim, Quantity
>>> claim = Claim(doc="a", span=(0, 2), text="5%", metric="growth",
...               quantity=Quantity(value=5.0, low=5.0, high=5.0, unit="percent"))
>>> row = claim_row(claim, 1)
>>> row[:5], row[10], row[13]
(('a:0-2:5391', 'a', 1, 0, 2), 'percent', 'growth')
>>> Claim.model_validate_json(row[-1]) == claim
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from claimtrack.model import Claim, Document, Inconsistency

__all__ = [
    "CLAIM_COLUMNS",
    "DOCUMENT_COLUMNS",
    "INCONSISTENCY_COLUMNS",
    "AddReport",
    "claim_row",
    "document_row",
    "inconsistency_row",
    "now",
    "text_hash",
]

CLAIM_COLUMNS = (
    "id", "doc_id", "doc_version", '"start"', '"end"', "text", "value", "low", "high", "bound",
    "unit", "kind", "change", "metric", "entities", "time_start", "time_end", "json",
)  # fmt: skip
"""The columns of ``claims`` in the order :func:`claim_row` gives them."""

DOCUMENT_COLUMNS = ("id", "version", "sha256", "text", "published", "source", "added_at")
"""The columns of ``documents`` in the order :func:`document_row` gives them."""

INCONSISTENCY_COLUMNS = (
    "kind", "explanation", "confidence", "severity", "metric", "claim_ids", "docs", "found_at",
)  # fmt: skip
"""The columns of ``inconsistencies`` (but its ``id``) in the order of
:func:`inconsistency_row`."""


@dataclass(frozen=True)
class AddReport:
    """What :meth:`~claimtrack.Ledger.add` did: documents stored for the first time, skipped
    as already stored with the same text, stored as a new version of a changed text, and how
    many claims were stored for them.

    >>> AddReport(new=2, claims=5) + AddReport(unchanged=1)
    AddReport(new=2, unchanged=1, new_versions=0, claims=5)
    """

    new: int = 0
    unchanged: int = 0
    new_versions: int = 0
    claims: int = 0

    def __add__(self, other: AddReport) -> AddReport:
        return AddReport(
            self.new + other.new,
            self.unchanged + other.unchanged,
            self.new_versions + other.new_versions,
            self.claims + other.claims,
        )

    def summary(self) -> str:
        """One line for a person: ``2 new, 1 unchanged, 0 new versions, 5 claims``."""
        return (
            f"{self.new} new, {self.unchanged} unchanged, "
            f"{self.new_versions} new version{'' if self.new_versions == 1 else 's'}, "
            f"{self.claims} claim{'' if self.claims == 1 else 's'}"
        )


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    """The SHA-256 of a document's text: same hash, same document (nothing to store)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def document_row(doc: Document, version: int, added_at: str) -> tuple[Any, ...]:
    """The ``documents`` row of ``doc`` as version ``version``."""
    return (doc.id, version, text_hash(doc.text), doc.text, _date(doc.published), doc.source,
            added_at)  # fmt: skip


def claim_row(claim: Claim, version: int) -> tuple[Any, ...]:
    """The ``claims`` row of ``claim``, of version ``version`` of its document."""
    q = claim.quantity
    entities = json.dumps([e.name for e in claim.entities], ensure_ascii=False)
    return (
        claim.id, claim.doc, version, claim.span[0], claim.span[1], claim.text, q.value, q.low,
        q.high, q.bound, q.unit, q.kind, q.change, claim.metric, entities,
        _date(claim.time.start), _date(claim.time.end), claim.model_dump_json(),
    )  # fmt: skip


def inconsistency_row(found: Inconsistency, found_at: str) -> tuple[Any, ...]:
    """The ``inconsistencies`` row of ``found`` (its claims by id, sorted)."""
    ids = sorted(c.id for c in found.claims)
    docs = sorted({c.doc for c in found.claims})
    return (
        found.kind, found.explanation, found.confidence, found.severity, found.metric,
        json.dumps(ids, ensure_ascii=False), json.dumps(docs, ensure_ascii=False), found_at,
    )  # fmt: skip

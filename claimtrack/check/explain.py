"""What a person reads about a conflict: the sentence that explains it, and how severe it is.

>>> from claimtrack.model import Claim, Quantity, TimeScope
>>> q = Quantity(value=5.0, low=5.0, high=5.0)
>>> Claim(doc="a", span=(0, 1), text="5", quantity=q).when()
'no time stated'
>>> import datetime as dt
>>> year = TimeScope(kind="period", start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31))
>>> Claim(doc="a", span=(0, 1), text="5", quantity=q, time=year).when()
'over 2021-01-01 to 2021-12-31'
>>> fmt(1234.5), fmt(2.5e9), fmt(float("inf"))
('1,234', '2,500,000,000', '∞')
"""

from __future__ import annotations

from claimtrack.check.records import FACTOR, HIGH, HIGH_OPEN, LOW, LOW_OPEN, OFFSET, Record
from claimtrack.model import Claim, InconsistencyKind, Interval, Severity

__all__ = [
    "SEVERITY_HIGH",
    "SEVERITY_MEDIUM",
    "explain",
    "fmt",
    "in_unit",
    "interval_in",
    "severity",
]

SEVERITY_HIGH = 0.5
SEVERITY_MEDIUM = 0.1
"""Relative gap between two intervals above which a conflict is high / medium severity."""

_WHY: dict[InconsistencyKind, str] = {
    "cumulative-decrease": "a running total cannot fall between the two dates",
    "bound-violation": "one figure lies outside the bound the other states",
    "mismatch": "the intervals do not overlap, so the figures cannot both hold",
    "count-vs-list": "the stated count differs from the number of names listed",
}


def fmt(x: float) -> str:
    """A figure for a reader: grouped digits, four significant ones below 10,000."""
    if x == float("inf") or x == -float("inf"):
        return "∞" if x > 0 else "-∞"
    return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


def interval_in(record: Record, base: Record) -> Interval:
    """``record``'s committed interval in ``base``'s unit (undoing base's conversion)."""
    low = (record[LOW] - base[OFFSET]) / base[FACTOR]
    high = (record[HIGH] - base[OFFSET]) / base[FACTOR]
    return Interval(
        low=None if low == -float("inf") else low,
        high=None if high == float("inf") else high,
        low_open=record[LOW_OPEN],
        high_open=record[HIGH_OPEN],
    )


def in_unit(record: Record, base: Record) -> str:
    """``record``'s committed interval expressed in ``base``'s unit, for a reader."""
    interval = interval_in(record, base)
    low = -float("inf") if interval.low is None else interval.low
    high = float("inf") if interval.high is None else interval.high
    left = "(" if interval.low_open or interval.low is None else "["
    right = ")" if interval.high_open or interval.high is None else "]"
    return f"{left}{fmt(low)}, {fmt(high)}{right}"


def _side(claim: Claim, record: Record, base: Record) -> str:
    source = f", {claim.source}" if claim.source else ""
    when, allows = claim.when(), in_unit(record, base)
    return f'{claim.doc}{source}: "{claim.text}" {when}, allows {allows}'


def explain(
    low: tuple[Claim, Record],
    high: tuple[Claim, Record],
    entities: frozenset[str],
    kind: InconsistencyKind,
) -> str:
    """One sentence: the metric, unit and ``entities``, each side's figure, period and
    interval (in the lower side's unit), and why they cannot both hold."""
    (low_claim, low_record), (high_claim, high_record) = low, high
    metric = low_claim.metric or "figure"
    head = f"{metric} ({low_claim.quantity.unit}"
    if entities:
        head += ", " + ", ".join(sorted(entities))
    head += ")"
    lower = _side(low_claim, low_record, low_record)
    upper = _side(high_claim, high_record, low_record)
    return f"{head}: {lower}; {upper}; {_WHY[kind]}."


def severity(low: Record, high: Record) -> Severity:
    """How far apart the intervals are, relative to their size."""
    top = max(abs(low[HIGH]), abs(high[LOW]), 1e-12)
    gap = (high[LOW] - low[HIGH]) / top if top != float("inf") else 1.0
    if gap > SEVERITY_HIGH:
        return "high"
    return "medium" if gap > SEVERITY_MEDIUM else "low"

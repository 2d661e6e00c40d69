"""A claim reduced to what comparison needs: key, base-unit interval, period, names.

A record is a plain tuple of atoms (floats, strings, dates, small ints) that holds no reference
to its claim, which it names by position instead. The garbage collector untracks such tuples, so
a million records add nothing to its full passes. Fields are read through the index constants
below (``record[HIGH] < other[LOW]``).

>>> from claimtrack.model import Claim, Quantity
>>> q = Quantity(value=4500.0, low=4500.0, high=4500.0, unit="kilometer", kind="measure",
...              precision=50.0)
>>> claim = Claim(doc="a", span=(0, 8), text="4,500 km", quantity=q, metric="length")
>>> from claimtrack.units import default_units
>>> unit = unit_of(claim, None, default_units())
>>> unit
('meter', 1000.0, 0.0)
>>> record = build(claim, 0, unit, NO_ABOUT)
>>> record[LOW], record[HIGH], record[ID]
(4450000.0, 4550000.0, 'a:0-8:d3e8')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from claimtrack._errors import ClaimtrackError
from claimtrack.model import Claim
from claimtrack.model.bounds import committed_interval
from claimtrack.units import Units

__all__ = [
    "ABOUT",
    "AS_OF",
    "BOUND",
    "CUMULATIVE",
    "DOC",
    "FACTOR",
    "HIGH",
    "HIGH_OPEN",
    "ID",
    "LOW",
    "LOW_OPEN",
    "MAX_KEY_ENTITIES",
    "NOTHING",
    "NO_ABOUT",
    "OFFSET",
    "PERIOD",
    "POSITION",
    "About",
    "Key",
    "Period",
    "Record",
    "Unit",
    "about_of",
    "build",
    "dimension_of",
    "entity_key",
    "unit_of",
]

MAX_KEY_ENTITIES = 5
"""Entity sets are capped at this many names when matched (subsets are enumerated)."""

Key = tuple[str, str, str]
"""``(metric, dimension, change)``: what two claims must share to be compared at all."""

Unit = tuple[str, float, float]
"""``(dimension, factor, offset)``: ``value * factor + offset`` is in the dimension's base unit."""

Period = tuple[str, dt.date | None, dt.date | None]
""":attr:`TimeScope.key`: what two scopes must share to be "the same period"."""

About = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
"""``(places, goods, receivers, givers)``: what sets a claim apart from others of its key."""

Record = tuple[
    float, float, bool, bool, str, str, int, Period, bool, dt.date | None, str, int, float, float
]
"""A claim for comparison; read its fields with the constants below."""

LOW: Final = 0
"""The committed interval's low end in the base unit (``-inf`` when open)."""
HIGH: Final = 1
"""The committed interval's high end in the base unit (``inf`` when open)."""
LOW_OPEN: Final = 2
HIGH_OPEN: Final = 3
DOC: Final = 4
"""The claim's document id."""
ID: Final = 5
"""The claim's :attr:`~claimtrack.Claim.id`: pairs are keyed on it."""
POSITION: Final = 6
"""Where the claim is in the list the records were built from."""
PERIOD: Final = 7
CUMULATIVE: Final = 8
"""A running total (it may only grow)."""
AS_OF: Final = 9
"""The date a running total, or a figure with no time stated, holds as of (else None)."""
BOUND: Final = 10
ABOUT: Final = 11
"""Where the claim's :data:`About` is in the index's table; :data:`NO_ABOUT` for none."""
FACTOR: Final = 12
OFFSET: Final = 13

_NO_NAMES: frozenset[str] = frozenset()

NOTHING: About = (_NO_NAMES, _NO_NAMES, _NO_NAMES, _NO_NAMES)
"""No places, goods or roles: such a claim is set apart from none."""

NO_ABOUT: Final = 0
"""The position of :data:`NOTHING` in every table of abouts."""


def unit_of(claim: Claim, rates: Mapping[str, float] | None, units: Units) -> Unit | None:
    """How a claim's figures convert to the base unit of its dimension; None: not compared
    (no metric, or :func:`dimension_of` gives none)."""
    return None if claim.metric is None else dimension_of(claim, rates, units)


def dimension_of(claim: Claim, rates: Mapping[str, float] | None, units: Units) -> Unit | None:
    """How a claim's figures convert to the base unit of its dimension, whatever its metric;
    None for a bare number or ordinal, or a unit that does not convert.

    Each currency is its own dimension unless ``rates`` converts it; each counted noun (the
    last word of :attr:`Quantity.counted`, else the unit) is its own.
    """
    q = claim.quantity
    if q.kind in ("number", "ordinal"):
        return None
    if q.kind == "money":
        if rates is not None and q.unit in rates:
            return "money", rates[q.unit], 0.0
        return q.unit, 1.0, 0.0
    if q.kind == "count":  # the noun of the counted phrase: "cargo ship" counts ships
        return (q.counted or q.unit).rpartition(" ")[2], 1.0, 0.0
    try:
        return units.factor_to_base(q.unit)
    except ClaimtrackError:
        return None


def entity_key(claim: Claim) -> frozenset[str]:
    """The names a claim is about, at most :data:`MAX_KEY_ENTITIES` of them."""
    entities = claim.entities
    if len(entities) > MAX_KEY_ENTITIES:
        return frozenset(sorted(e.name for e in entities)[:MAX_KEY_ENTITIES])
    return frozenset([e.name for e in entities])


def about_of(claim: Claim) -> About:
    """The places and goods a claim names, and who gives and who receives in it."""
    if not claim.places and not claim.goods and not any(e.role for e in claim.entities):
        return NOTHING
    return (
        frozenset(claim.places),
        frozenset(claim.goods),
        _with_role(claim, "receiver"),
        _with_role(claim, "giver"),
    )


def _with_role(claim: Claim, role: str) -> frozenset[str]:
    if not any(e.role for e in claim.entities):
        return _NO_NAMES
    return frozenset(e.name for e in claim.entities if e.role == role)


def build(claim: Claim, position: int, unit: Unit, about: int) -> Record:
    """The record of ``claim`` (at ``position``), its figures converted by ``unit``."""
    q = claim.quantity
    _, factor, offset = unit
    low, high, low_open, high_open = committed_interval(
        q.value, q.low, q.high, q.bound, q.precision, q.tolerance, q.vague
    )
    time = claim.time
    as_of = time.end if time.cumulative else claim.published if time.kind == "unknown" else None
    return (
        -float("inf") if low is None else low * factor + offset,
        float("inf") if high is None else high * factor + offset,
        low_open,
        high_open,
        claim.doc,
        claim.id,
        position,
        time.key,
        time.cumulative,
        as_of,
        q.bound,
        about,
        factor,
        offset,
    )

"""What interval a wording commits to: hedges, bound words, vagueness and stated precision.

Each tolerance is a named constant so that a reader can check an explanation by hand.

>>> committed_interval(4e8, None, 4e8, "<", 0.0, NEAR_TOLERANCE, False)
(360000000.0, 400000000.0, False, True)
>>> committed_interval(4500.0, 4500.0, 4500.0, "=", 50.0, 0.0, False)
(4450.0, 4550.0, False, False)
"""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "ABOUT_TOLERANCE",
    "NEAR_TOLERANCE",
    "SMALL_COUNT",
    "committed_interval",
    "stated_precision",
]

ABOUT_TOLERANCE = 0.10
""""about", "around", "roughly", "some" X: the true value lies within X ± 10 %."""

NEAR_TOLERANCE = 0.10
""""almost", "nearly" X: the true value lies in [X - 10 %, X)."""

SMALL_COUNT = 100
"""Counts of things below this ("19 countries", "thirteen ambassadors") are exact."""


def stated_precision(digits: str, multiplier: float, is_count: bool, has_scale: bool) -> float:
    """Half a unit of the last significant digit of ``digits``, times ``multiplier``.

    Without a scale word, trailing zeros of a whole number are not significant ("4,500" is
    exact to the hundreds); with one, every written digit is ("20 million" is exact to the
    million). Small whole counts are exact.

    >>> stated_precision("4500", 1.0, False, False)
    50.0
    >>> stated_precision("1.2", 1e9, False, True)
    50000000.0
    >>> stated_precision("19", 1.0, True, False)
    0.0
    """
    number = Decimal(digits)
    _sign, _figures, exponent = number.as_tuple()
    if not isinstance(exponent, int):
        return 0.0
    if exponent >= 0 and is_count and not has_scale and number < SMALL_COUNT:
        return 0.0
    if exponent >= 0 and not has_scale:
        whole = digits.lstrip("+-").partition(".")[0]
        trailing = len(whole) - len(whole.rstrip("0")) if number else 0
        exponent += trailing
        if is_count and trailing == 0:
            return 0.0
    return 0.5 * 10.0**exponent * multiplier


def committed_interval(
    value: float | None,
    low: float | None,
    high: float | None,
    bound: str,
    precision: float,
    tolerance: float,
    vague: bool,
) -> tuple[float | None, float | None, bool, bool]:
    """``(low, high, low_open, high_open)`` of the interval the wording commits to."""
    if vague:
        return low, high, False, True
    if bound in (">", ">="):
        return low, None, bound == ">", False
    if bound in ("<", "<="):
        floor = high - abs(high) * tolerance if high is not None and tolerance else None
        return floor, high, False, bound == "<"
    spread_low = precision + (abs(low) * tolerance if low is not None else 0.0)
    spread_high = precision + (abs(high) * tolerance if high is not None else 0.0)
    new_low = None if low is None else low - spread_low
    new_high = None if high is None else high + spread_high
    return new_low, new_high, False, False

"""An interval of the real line, open or closed at each end, bounded or not.

>>> a = Interval(low=1.0, high=2.0)
>>> a.overlaps(Interval(low=2.0, high=3.0)), str(a.intersection(Interval(low=1.5, high=None)))
(True, '[1.5, 2]')
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from claimtrack.model.frozen import FROZEN

__all__ = ["Interval"]


class Interval(BaseModel):
    """An interval of the real line; ``None`` at an end means unbounded on that side."""

    model_config = FROZEN

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one point."""
        return not (self._below(other) or other._below(self))

    def _below(self, other: Interval) -> bool:
        """True when every point of ``self`` lies below every point of ``other``."""
        if self.high is None or other.low is None:
            return False
        if self.high < other.low:
            return True
        return self.high == other.low and (self.high_open or other.low_open)

    def __contains__(self, x: float) -> bool:
        above = self.low is None or x > self.low or (x == self.low and not self.low_open)
        below = self.high is None or x < self.high or (x == self.high and not self.high_open)
        return above and below

    def intersection(self, other: Interval) -> Interval | None:
        """The common part of the two intervals, or ``None`` when they are disjoint."""
        if not self.overlaps(other):
            return None
        low, low_open = _tighter(self.low, self.low_open, other.low, other.low_open, max)
        high, high_open = _tighter(self.high, self.high_open, other.high, other.high_open, min)
        return Interval(low=low, high=high, low_open=low_open, high_open=high_open)

    def __str__(self) -> str:
        left = "(" if self.low is None or self.low_open else "["
        right = ")" if self.high is None or self.high_open else "]"
        low = "-inf" if self.low is None else f"{self.low:g}"
        high = "inf" if self.high is None else f"{self.high:g}"
        return f"{left}{low}, {high}{right}"


def _tighter(
    a: float | None, a_open: bool, b: float | None, b_open: bool, pick: Any
) -> tuple[float | None, bool]:
    if a is None:
        return b, b_open
    if b is None or a == b:
        return a, a_open or (b is not None and b_open)
    return (a, a_open) if pick(a, b) == a else (b, b_open)

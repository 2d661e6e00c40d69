"""How much: a figure, the limits its wording states, its unit, and the interval it commits to."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from claimtrack.model.bounds import committed_interval
from claimtrack.model.frozen import FROZEN
from claimtrack.model.interval import Interval
from claimtrack.units import Units, default_units

if TYPE_CHECKING:
    import pint

__all__ = ["Bound", "Change", "Kind", "Quantity"]

Bound = Literal["=", "~", "<", "<=", ">", ">="]
"""How the wording bounds the figure: exact, about, below, at most, above, at least."""

Change = Literal["up", "down"]
"""Direction of a stated change ("rose 5%" is up, "fell by 2.5%" is down)."""

Kind = Literal["number", "count", "money", "percent", "measure", "ordinal"]
"""What sort of figure a quantity is: a bare number, a count of things, an amount of money,
a percentage (or percentage points), a physical measure (pint unit), or an ordinal ("fifth")."""


class Quantity(BaseModel):
    """How much: the stated figure, the limits the wording sets, and the unit.

    ``value`` is the figure after scale words (4e8 for "400 million"), or ``None`` for a range or a
    vague amount. ``low``/``high`` are the stated limits (``None`` = open). :attr:`interval` is the
    committed interval the consistency check compares: the stated limits widened by the hedge
    ``tolerance`` (relative) and the stated ``precision`` (absolute, in ``unit``).

    >>> q = Quantity(value=4500.0, low=4500.0, high=4500.0, unit="kilometer", precision=50.0)
    >>> str(q.interval)
    '[4450, 4550]'
    """

    model_config = FROZEN

    value: float | None
    low: float | None
    high: float | None
    bound: Bound = "="
    unit: str = "dimensionless"
    kind: Kind = "number"
    change: Change | None = None
    precision: float = Field(default=0.0, ge=0.0)
    tolerance: float = Field(default=0.0, ge=0.0, lt=1.0)
    vague: bool = False
    counted: str | None = None
    """For a count: the whole counted noun phrase, its noun in the singular with synonyms
    folded ("seven European countries": "European country"; "three cargo vessels": "cargo
    ship"), beside :attr:`unit`, the noun as written ("country", "vessel"); the check compares
    counts by that last word. None for other kinds."""

    @field_validator("value", "low", "high", "precision", "tolerance")
    @classmethod
    def _finite(cls, x: float | None) -> float | None:
        if x is not None and not math.isfinite(x):
            raise ValueError(f"must be finite, got {x!r}")
        return x

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if not _in_order(self.low, self.value, self.high):
            raise ValueError(
                f"need low <= value <= high, got low={self.low} value={self.value} high={self.high}"
            )
        if not self.unit:
            raise ValueError("unit must be a non-empty string (use 'dimensionless')")
        return self

    @property
    def interval(self) -> Interval:
        """The committed interval: what the wording says the true value lies in."""
        low, high, low_open, high_open = committed_interval(
            self.value, self.low, self.high, self.bound, self.precision, self.tolerance, self.vague
        )
        return Interval(low=low, high=high, low_open=low_open, high_open=high_open)

    def to_pint(self, units: Units | None = None) -> pint.Quantity[Any]:
        """The figure (or the middle of its limits) as a pint Quantity in ``unit``, on the
        registry of ``units`` (claimtrack's default :class:`~claimtrack.units.Units` if None)."""
        value = self.value
        if value is None:
            ends = [x for x in (self.low, self.high) if x is not None]
            value = sum(ends) / len(ends) if ends else math.nan
        return (units or default_units()).quantity(value, self.unit)

    def to(self, unit: str, units: Units | None = None) -> Quantity:
        """This quantity converted to ``unit`` (a pint unit name or expression).

        Raises :class:`~claimtrack.UnitError` when the dimensions differ (currencies are each
        their own dimension; count nouns too).
        """
        convert = (units or default_units()).convert
        value, low, high, zero, one = convert(
            [self.value, self.low, self.high, 0.0, 1.0], self.unit, unit
        )
        scale = abs(one - zero) if self.precision and one is not None and zero is not None else 0.0
        update = {"value": value, "low": low, "high": high, "unit": unit}
        return self.model_copy(update={**update, "precision": self.precision * scale})


def _in_order(low: float | None, value: float | None, high: float | None) -> bool:
    """``low <= value <= high`` over the ends that are stated (not None). Written out, not as
    a sorted list: a claim runs this check twice (pydantic runs it again in the claim)."""
    middle = high if value is None else value
    return (low is None or middle is None or low <= middle) and (
        value is None or high is None or value <= high
    )

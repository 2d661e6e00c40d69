"""Metrics a fact-check declares, and tagging the claims that match them.

>>> fleet = Metric(name="fleet", unit="trawler", keywords=("trawlers",), cumulative=True)
>>> from claimtrack.model import Claim, Quantity
>>> q = Quantity(value=340.0, low=340.0, high=340.0, unit="trawler", kind="count")
>>> claim = Claim(doc="a", span=(9, 12), text="340", quantity=q,
...               sentence="Officials counted 340 trawlers.")
>>> from claimtrack.units import default_units
>>> units = default_units()
>>> tagged = apply_declared(claim, declared([fleet], units), units)
>>> tagged.metric, tagged.time.cumulative
('fleet', True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from pydantic import BaseModel, ConfigDict

from claimtrack._errors import ClaimtrackError
from claimtrack.model import Claim, TimeScope
from claimtrack.units import Units

__all__ = ["Declared", "Metric", "apply_declared", "declared"]


class Metric(BaseModel):
    """A metric a fact-check script declares: what it tracks and how to recognise it.

    A claim whose sentence contains one of ``keywords`` (or matches one of ``patterns``) and whose
    unit has the dimension of ``unit`` is tracked as this metric; ``cumulative`` makes it a
    running total that may only grow.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    unit: str
    keywords: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    cumulative: bool = False


@dataclass(frozen=True)
class Declared:
    """A :class:`Metric` ready to match: its words compiled, its unit's dimension found."""

    metric: Metric
    pattern: regex.Pattern[str]
    dimension: str


def declared(metrics: Sequence[Metric], units: Units) -> list[Declared]:
    """The metrics compiled; :class:`~claimtrack.ClaimtrackError` names a metric with no words
    or a bad pattern."""
    found = []
    for metric in metrics:
        parts = [regex.escape(k) for k in metric.keywords] + list(metric.patterns)
        if not parts:
            raise ClaimtrackError(f"metric {metric.name!r}: give keywords or patterns")
        try:
            pattern = regex.compile(r"(?i)(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
        except regex.error as exc:
            raise ClaimtrackError(f"metric {metric.name!r}: bad pattern: {exc}") from exc
        found.append(Declared(metric, pattern, _dimension_of(metric.unit, units)))
    return found


def _dimension_of(unit: str, units: Units) -> str:
    try:
        return units.factor_to_base(unit)[0]
    except ClaimtrackError:
        return unit


def apply_declared(claim: Claim, metrics: Sequence[Declared], units: Units) -> Claim:
    """``claim`` tracked as the first declared metric it matches (a running total for a
    cumulative one, as of its time or publication date), or unchanged."""
    for d in metrics:
        if (
            d.pattern.search(claim.sentence)
            and _dimension_of(claim.quantity.unit, units) == d.dimension
        ):
            time = claim.time
            if d.metric.cumulative and not time.cumulative:
                as_of = time.end or claim.published
                time = TimeScope(kind="point" if as_of else "unknown", start=as_of, end=as_of,
                                 cumulative=True, text=time.text)  # fmt: skip
            return claim.model_copy(update={"metric": d.metric.name, "time": time})
    return claim

"""From a finished :class:`~claimtrack.extract.mentions.Mention` to a :class:`~claimtrack.Quantity`:
the stated value and limits, the bound, and the stated precision of the digits.

>>> from claimtrack.extract.mentions import Mention
>>> q = quantity(Mention(0, 5, 0, 4500.0, 4500.0, digits="4500", unit="kilometer", kind="measure"))
>>> q.value, q.low, q.high, q.precision
(4500.0, 4500.0, 4500.0, 50.0)
"""

from __future__ import annotations

from claimtrack.extract.mentions import Mention
from claimtrack.model import Quantity
from claimtrack.model.bounds import stated_precision

__all__ = ["quantity"]


def quantity(mention: Mention) -> Quantity:
    """The quantity ``mention`` states: a vague amount, a range or one figure with its bound."""
    is_count = mention.kind == "count"
    if mention.vague:
        return Quantity(
            value=None, low=mention.low, high=mention.high, unit=mention.unit,
            kind=mention.kind, vague=True, bound="=",
        )  # fmt: skip
    if mention.range_of is not None:
        left, right = mention.range_of
        precision = max(
            stated_precision(left.digits or "1", right.scale if not left.has_scale else left.scale,
                             is_count, left.has_scale or right.has_scale) if left.digits else 0.0,
            stated_precision(right.digits, right.scale, is_count, right.has_scale)
            if right.digits else 0.0,
        )  # fmt: skip
        about = mention.bound == "~"  # a hedge before a range: "about 30-35"
        return Quantity(
            value=None, low=mention.low, high=mention.high, unit=mention.unit, kind=mention.kind,
            change=mention.change, precision=precision, bound="~" if about else "=",
            tolerance=mention.tolerance if about else 0.0,
        )  # fmt: skip
    value = mention.low
    precision = (
        stated_precision(mention.digits, mention.scale, is_count, mention.has_scale)
        if mention.digits
        else 0.0
    )
    bound = mention.bound
    two_sided = bound in ("=", "~")
    low = value - mention.margin if bound in (">", ">=") else value if two_sided else None
    high = value + mention.margin if bound in ("<", "<=") else value if two_sided else None
    return Quantity(
        value=value, low=low, high=high, bound=bound, unit=mention.unit, kind=mention.kind,
        change=mention.change, precision=precision, tolerance=mention.tolerance,
    )  # fmt: skip

"""What a figure passes on to the next one, and what its sign or place says about it.

- A change verb carries across a restatement of the same change in another unit: "lost 120
  points, or 0.9%", "added 30 cents, or 3%".
- A bound carries into a conversion in brackets: "more than 200 km (124 miles)".
- A sign written before a percentage in a market report is a change: "+1.4%" is up 1.4 %,
  "−0.6%" down 0.6 %.
- A bare number between commas after a name or a singular noun is an age: "Mendez, 71, said",
  "the mayor, 58, resigned".

>>> from claimtrack import default_lexicon
>>> from claimtrack.extract.mentions import Mention
>>> carry = Carry(default_lexicon())
>>> left = Mention(5, 15, 5, 120.0, 120.0, digits="120", change="down")
>>> right = Mention(20, 24, 20, 0.9, 0.9, digits="0.9", unit="percent", kind="percent")
>>> carry.on("lost 120 points, or 0.9%", left, right)
>>> right.change
'down'
"""

from __future__ import annotations

import regex

from claimtrack.extract.mentions import Mention
from claimtrack.lang import Lexicon

__all__ = ["Carry"]

_AGE_LIMIT = 120
"""An age is a whole number below this."""


class Carry:
    """Passes a change or bound from a figure to the next, and reads signs and ages."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = "|".join(map(regex.escape, lexicon.restatement_connectors))
        self._restatement = regex.compile(rf",?+\s*+(?:{words})\s++" if words else r"(?!)")
        self._bracket = regex.compile(r"\s*+[(\[]\s*+")
        self._age_before = regex.compile(  # "Mendez, 71," or "the mayor, 58," (one person)
            r"(?<![\w-])(?:\p{Lu}[\p{L}'’-]++|\p{Ll}[\p{L}'’-]*+(?<!s)),[ \u00a0]\Z"
        )
        self._age_after = regex.compile(  # not "36, or 9%": a restatement
            rf",[ \u00a0](?!(?:{words})\b)\p{{Ll}}" if words else r",[ \u00a0]\p{Ll}"
        )
        self._age_unit = lexicon.age_unit
        earlier = "|".join(map(regex.escape, lexicon.previous_value_connectors)) or "(?!)"
        self._earlier = regex.compile(rf",?+\s*+(?:{earlier})\s++", regex.IGNORECASE)

    def on(self, text: str, left: Mention, right: Mention) -> None:
        """Pass what ``left`` says to ``right`` when the words between make it one statement,
        and its unit to a bare earlier value of it ("40 engineers, up from 29")."""
        changes = right.change is None and left.change is not None and right.kind != left.kind
        if changes and self._restatement.fullmatch(text, left.end, right.start):
            right.change = left.change
        bare = right.kind == "number" and not right.currency and not right.ordinal
        measured = left.kind in ("count", "measure", "money", "percent")
        if bare and measured and self._earlier.fullmatch(text, left.end, right.start):
            right.unit, right.kind, right.currency = left.unit, left.kind, left.currency
            right.counted = left.counted  # "40 jobs, up from 29": 29 jobs
        bounded = left.bound in ("<", "<=", ">", ">=") and not right.range_of
        if right.bound == "=" and bounded and self._bracket.fullmatch(text, left.end, right.start):
            right.bound, right.tolerance = left.bound, left.tolerance

    def read(self, text: str, mention: Mention) -> None:
        """A signed percentage is a change; a bare number after "Name," is an age."""
        sign = text[mention.number_start : mention.number_start + 1]
        if mention.kind == "percent" and sign in ("+", "-", "−") and mention.change is None:
            if not mention.range_of and mention.start == mention.number_start:
                mention.change = "up" if sign == "+" else "down"
                mention.low, mention.high = abs(mention.low), abs(mention.high)
                mention.digits = mention.digits.lstrip("+-−")
        elif self._is_age(text, mention):
            mention.unit, mention.kind = self._age_unit, "measure"

    def _is_age(self, text: str, mention: Mention) -> bool:
        if (
            mention.kind != "number"
            or not mention.digits.isdigit()
            or mention.start != mention.number_start
        ):
            return False
        if mention.has_scale or not 0 < mention.low < _AGE_LIMIT or not self._age_unit:
            return False
        window = text[max(0, mention.start - 40) : mention.start]
        return bool(self._age_before.search(window)) and bool(
            self._age_after.match(text, mention.end)
        )

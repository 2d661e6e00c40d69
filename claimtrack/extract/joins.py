"""Two figures that read as one: a range ("10-12%", "between 4% and 4.5%"), a margin of error
("42% ± 3%"), an amount in two units ("4 dollars and 75 cents", "5 ft 2 in"), and bare numbers
listed before a figure that share its unit ("45 and 50 mg").

>>> from claimtrack.extract.mentions import Mention
>>> left = Mention(0, 2, 0, 10.0, 10.0, digits="10")
>>> right = Mention(3, 6, 3, 12.0, 12.0, digits="12", unit="percent", kind="percent")
>>> merged = merge_range(left, right)
>>> merged.low, merged.high, merged.unit
(10.0, 12.0, 'percent')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import regex

from claimtrack.extract.figures import CLAUSE_END
from claimtrack.extract.mentions import Mention, rescale
from claimtrack.extract.nouns import pronoun_one
from claimtrack.lang import Lexicon

__all__ = ["JOIN_REACH", "Joins", "merge_range", "merge_spread"]

JOIN_REACH = 16
"""Two figures further apart than this many characters never read as one (the longest joint is
a connector such as " and " or " with " between blanks) nor share a unit."""

_NOT_GLUED = regex.compile(r"(?!\w)")


class Joins:
    """Joins a figure to the one before it, when the words between make them one."""

    def __init__(self, lexicon: Lexicon, read_per: Callable[[str, Mention], None]) -> None:
        self.lexicon = lexicon
        lex = lexicon
        self._read_per = read_per  # a rate after an amount in two units: "12 USD 40 per box"
        self._plain_connectors = frozenset(w.lower() for w in lex.plain_range_connectors)
        self._minor_forms = {
            major: re.compile(r"\s*(?:" + "|".join(map(re.escape, forms)) + r")(?![\w.])", re.I)
            for major, (_minor, _ratio, forms) in lex.compound_units.items()
            if forms
        }
        self._range_connector = regex.compile(
            r"(?:-(?=\s))?+\s*+(?P<word>"  # a hyphen may hang on the first number: "8- to 16-meter"
            + "|".join(regex.escape(c) for c in sorted(lex.range_connectors, key=len)[::-1])
            + r")\s*+",
            regex.IGNORECASE,
        )
        self._spread_gap = regex.compile(r"\s*+(?:±|\+/[-−]|\+[-−])\s*+")
        list_words = "|".join(map(regex.escape, lex.list_connectors))
        self._hanging_gap = regex.compile(rf"-\s++(?:{list_words})\s++", regex.IGNORECASE)
        self._list_gap = regex.compile(
            rf"\s*+(?:,\s*+)?+(?:(?:{list_words})\s++)?+", regex.IGNORECASE
        )
        restating = "|".join(map(regex.escape, lex.restatement_connectors)) or "(?!)"
        self._restating_gap = regex.compile(rf"\s*+,\s*+(?:{restating})\s++", regex.IGNORECASE)
        amount_words = "|".join(map(regex.escape, lex.amount_connectors))
        self._compound_gap = regex.compile(
            rf"\s++(?:(?P<word>{amount_words})\s++)?+|,\s*+", regex.IGNORECASE
        )
        self._range_opener = regex.compile(
            r"(?i:(?<!\w)(?:" + "|".join(map(regex.escape, lex.range_openers)) + r")\s++)\Z"
        )

    def joined(self, text: str, left: Mention, right: Mention) -> Mention | None:
        """``left`` and ``right`` read as one figure, or None: a margin of error ("42% ± 3%"),
        an amount in two units ("4 dollars and 75 cents"), or a range ("10-12%", "24 -70mm")."""
        if self._joins_spread(text, left, right):
            return merge_spread(left, right)
        if self._joins_compound(text, left, right):
            merged = self._merge_compound(text, left, right)
            self._read_per(text, merged)  # "12 USD 40 per container"
            return merged
        dashed = _dashed_end(text, left, right)
        if dashed is not None:
            return merge_range(left, dashed)
        if self._joins_range(text, left, right):
            return merge_range(left, right)
        if self._hanging_list(text, left, right):  # "13- or 15-inch"
            return merge_range(left, right)
        if self._unit_on_the_left(text, left, right):  # "from 22 mpg to 29"
            return merge_range(left, replace(right, unit=left.unit, kind=left.kind))
        return None

    def share_unit(self, text: str, mentions: list[Mention], last: Mention) -> None:
        """Bare numbers listed right before a figure take its unit and scale: "45 and 50 mg",
        "3, 4 or 5 bedrooms", "2 and 3 million people"."""
        if last.kind in ("number", "ordinal") or last.vague or last.range_of:
            return
        if mentions and self._restated(text, mentions, last):
            return
        right = last
        for left in reversed(mentions):
            if left.kind != "number" or not left.digits or left.has_scale or left.range_of:
                return
            if not self._list_gap.fullmatch(text, left.end, right.start):
                return
            left.unit, left.kind, left.currency = last.unit, last.kind, last.currency
            if last.has_scale:
                rescale(left, last.scale)
            right = left

    def _restated(self, text: str, mentions: list[Mention], last: Mention) -> bool:
        """ "12, or 3%": one number, then a comma and a connector before the figure, restates
        the number in another unit; in a list ("3, 4, or 5 bedrooms") more numbers come first."""
        left = mentions[-1]
        if not self._restating_gap.fullmatch(text, left.end, last.start):
            return False
        if len(mentions) < 2:
            return True
        before = mentions[-2]
        listed = before.kind == "number" and before.unit == "dimensionless"
        return not (listed and self._list_gap.fullmatch(text, before.end, left.start))

    def _joins_range(self, text: str, left: Mention, right: Mention) -> bool:
        """True for "10-12%", "between 4% and 4.5%", "from 252 to 287 miles", "5 to 7 km",
        "between $12 and $15 per share" (the rate on the right end only)."""
        if not _plain_pair(left, right):
            return False
        descending = left.low > right.low
        per_right = right.unit.partition(" / ")[0] if right.rate_start >= 0 else right.unit
        if (descending and left.low > 0) or left.unit not in (
            "dimensionless",
            right.unit,
            per_right,
        ):
            return False  # below zero a range may run down: "from -18 °C to -34 °C"
        word = self._connector(text, left, right)
        return word is not None and (
            word in self._plain_connectors or word == self._opened(text, left)
        )

    def _connector(self, text: str, left: Mention, right: Mention) -> str | None:
        """The range word between two figures ("to", "-", "and"), or None."""
        gap = self._range_connector.fullmatch(text, left.end, right.start)
        return gap.group("word").lower() if gap is not None else None

    def _opened(self, text: str, left: Mention) -> str | None:
        """The range word the opener before ``left`` expects ("between" -> "and"), or None."""
        opener = self._range_opener.search(text, max(0, left.start - 12), left.start)
        return self.lexicon.range_openers.get(opener.group().strip().lower()) if opener else None

    def _hanging_list(self, text: str, left: Mention, right: Mention) -> bool:
        """True for "13- or 15-inch", "two- and three-bedroom": a bare number with a hyphen
        that hangs on the unit of the next figure."""
        if not _plain_pair(left, right) or left.unit != "dimensionless" or left.has_scale:
            return False
        return self._hanging_gap.fullmatch(text, left.end, right.start) is not None

    def _unit_on_the_left(self, text: str, left: Mention, right: Mention) -> bool:
        """True for "from 22 mpg to 29", "between 4 km and 6": a range opened before its left
        end, whose unit only that end states. Without an opener "rose 2% to 1,300" is a change
        and a level, not a range."""
        if not _plain_pair(left, right) or left.unit == "dimensionless" or left.kind == "count":
            return False
        if (
            right.unit != "dimensionless"
            or right.has_scale
            or not right.digits
            or left.low > right.low
        ):
            return False
        expected = self._opened(text, left)
        return expected is not None and self._connector(text, left, right) == expected

    def _joins_spread(self, text: str, left: Mention, right: Mention) -> bool:
        """True for "42% ± 3%", "9.83 +/- 0.01 km", "at most 2,000.45±0.01 pounds": a figure
        and its margin of error."""
        if not _plain_pair(left, right):
            return False
        if right.start != right.number_start or left.unit not in ("dimensionless", right.unit):
            return False
        if not abs(right.low) < abs(left.low):
            return False  # a margin is smaller than the figure
        return self._spread_gap.fullmatch(text, left.end, right.start) is not None

    def _joins_compound(self, text: str, left: Mention, right: Mention) -> bool:
        """True for "3 dollars 50 cents", "15 USD 50", "5 ft 2 in", "5 feet and 2 inches": an
        amount in a unit followed by one in its smaller unit, or by a bare number of them."""
        if left.vague or left.range_of or left.ordinal or left.change or left.has_scale:
            return False
        if right.start != right.number_start or right.bound != "=" or right.change:
            return False
        gap = self._compound_gap.fullmatch(text, left.end, right.start)
        if gap is None:
            return False
        bare = right.kind == "number" and not right.has_scale and right.low == int(right.low)
        if left.kind == "money":
            if right.subunit:
                return True
            cents = bare and left.low == int(left.low) and 0 < right.low < 100
            cents = cents and not gap.group().startswith(",")  # "₹300, 50 people"
            cents = cents and not pronoun_one(right)  # "a 50-euro one"
            return cents and len(right.digits) <= 2 and _ends_amount(text, gap, right)
        minor = self.lexicon.compound_units.get(left.unit)
        if minor is None:
            return False
        if right.unit == minor[0]:
            return True
        form = self._minor_forms.get(left.unit)
        return bare and form is not None and form.match(text, right.end) is not None

    def _merge_compound(self, text: str, left: Mention, right: Mention) -> Mention:
        if left.kind == "money":
            cents = right.low if right.subunit else right.low / 100
            rate = right.unit.partition(" / ")[2]  # "20 cents per hour" brings its rate
            unit = f"{left.unit} / {rate}" if rate else left.unit
            return replace(
                left, end=right.end, low=left.low + cents, high=left.low + cents, digits="",
                unit=unit,
            )  # fmt: skip
        minor, ratio, _forms = self.lexicon.compound_units[left.unit]
        end = right.end
        if right.unit != minor:
            form = self._minor_forms[left.unit].match(text, right.end)
            end = form.end() if form else end
        value = left.low + right.low / ratio
        return replace(left, end=end, low=value, high=value, digits="")


def _plain_pair(left: Mention, right: Mention) -> bool:
    """Neither figure is vague, an ordinal, nor already a range: two that may read as one."""
    return not (left.vague or right.vague or left.ordinal or right.ordinal or left.range_of)


def _dashed_end(text: str, left: Mention, right: Mention) -> Mention | None:
    """The right end of a range typed with a space before its dash ("75 -300mm"), or None:
    a negative number right after a smaller one, with nothing but a blank between."""
    if not _plain_pair(left, right):
        return None
    if not right.digits.startswith("-") or right.start != right.number_start:
        return None
    if left.unit not in ("dimensionless", right.unit) or -right.low < left.low:
        return None
    if not text[left.end : right.start].isspace():
        return None
    return replace(right, low=-right.low, high=-right.high, digits=right.digits[1:])


def _ends_amount(text: str, gap: regex.Match[str], right: Mention) -> bool:
    """A bare number of cents after "and" ends the amount ("15 dollars and 50."), so that
    "$15 and 20 were sold" keeps two figures; without "and" it only must not run on."""
    after = CLAUSE_END if gap.group("word") else _NOT_GLUED
    return after.match(text, right.end) is not None


def merge_spread(left: Mention, right: Mention) -> Mention:
    """ "42% ± 3%" is 42 % about which the text commits to ± 3 points: bound "~" with that
    tolerance (or the hedge's, if wider: "about 40 ± 1"), and no stated precision on top of it.
    After a one-sided hedge the margin moves the stated limit out: "at most 20 ± 1" is <= 21."""
    unit, kind = (
        (right.unit, right.kind) if right.unit != "dimensionless" else (left.unit, left.kind)
    )
    merged = replace(left, end=right.end, unit=unit, kind=kind, digits="")
    if left.bound in ("=", "~"):
        merged.bound = "~"
        merged.tolerance = max(left.tolerance, abs(right.low) / abs(left.low))
    else:
        merged.margin = abs(right.low)
    return merged


def merge_range(left: Mention, right: Mention) -> Mention:
    """One mention for a range: the right end's unit, both ends' values, the ends kept."""
    scale = right.scale if not left.has_scale and right.has_scale else 1.0
    low = left.low * scale if left.low * scale <= right.low else left.low
    low, high = min(low, right.high), max(low, right.high)
    return replace(
        right,
        start=left.start,
        number_start=left.number_start,
        low=low,
        high=high,
        currency=right.currency or left.currency,
        bound=left.bound if left.bound == "~" else right.bound,  # "about 30-35 boats"
        tolerance=max(left.tolerance, right.tolerance),
        range_of=(left, right),
    )

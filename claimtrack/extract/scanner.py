"""Text -> mentions: the scan of one lexicon, composed of its readers.

:class:`Scanner` runs the scan pattern where a match can start, reads each match's figure
(:class:`~claimtrack.extract.figures.Figures`), what follows it
(:class:`~claimtrack.extract.units.Units`), tells years from figures, and joins neighbouring
figures (:class:`~claimtrack.extract.joins.Joins`). It holds only read-only data and compiled
patterns, so one instance may be shared freely; it pickles as its lexicon and builds its
patterns again when loaded.

>>> from claimtrack import default_lexicon
>>> scanner = Scanner(default_lexicon())
>>> mentions, dates = scanner.scan("China sent almost 400 million doses in 2021, 10-12% more.")
>>> [(m.start, m.end, m.unit) for m in mentions], [d.text for d in dates]
([(11, 35, 'dose'), (45, 51, 'percent')], ['2021'])
>>> scanner.quantity(mentions[0]).high
400000000.0
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from typing import Any

import regex

from claimtrack.extract.carry import Carry
from claimtrack.extract.figures import Figures
from claimtrack.extract.joins import JOIN_REACH, Joins
from claimtrack.extract.mentions import DateMention, Mention
from claimtrack.extract.names import Names
from claimtrack.extract.patterns import Patterns
from claimtrack.extract.quantity import quantity
from claimtrack.extract.separators import Separators
from claimtrack.extract.units import Units
from claimtrack.lang import Lexicon
from claimtrack.model import Quantity

__all__ = ["Scanner"]

_FIGURE_SCALE = 1000.0
"""A word number with a scale word this large or larger is a figure by itself ("three million")."""
_LATE_YEAR = 2100
"""A bare number up to this one in four digits is a year ("in 2021", "2021 was")."""
_LATEST_YEAR = 2300
"""Up to this one, after a preposition of a target year ("by 2150")."""


class Scanner:
    """Finds the number and date mentions of a text, for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.patterns = Patterns(lexicon)
        self._figures = Figures(lexicon, self.patterns)
        self._units = Units(lexicon, self.patterns, self._figures.scale_value)
        self._joins = Joins(lexicon, self._units.read_per)
        self._names = Names(lexicon)
        self._carry = Carry(lexicon)
        connectors = "|".join(map(regex.escape, lexicon.ratio_connectors)) or "(?!)"
        self._ratio_top = regex.compile(rf"\S++\s++(?i:{connectors})\s++")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.lexicon,))

    def matches(self, text: str) -> Iterator[regex.Match[str]]:
        """The scan pattern's matches in ``text`` (see :meth:`Patterns.matches`)."""
        return self.patterns.matches(text)

    def quantity(self, mention: Mention) -> Quantity:
        """The quantity a mention states."""
        return quantity(mention)

    def scan(self, text: str) -> tuple[list[Mention], list[DateMention]]:
        """Number mentions (ranges merged) and date mentions of ``text``, in one pass."""
        mentions: list[Mention] = []
        dates: list[DateMention] = []
        separators = Separators(text)
        for match in self._with_rests(text, self.patterns.matches(text)):
            kind = match.lastgroup  # the outermost group, closed last: mention, date or skip
            if kind == "mention":
                mention = self._mention(text, match, separators)
                if mention is not None and mentions and mention.start < mentions[-1].end:
                    mention = self._after_overlap(text, mention, mentions[-1].end, separators)
                if mention is None:
                    continue
                if self._is_year(text, mention):
                    dates.append(
                        DateMention(
                            mention.number_start,
                            mention.end,
                            text[mention.number_start : mention.end],
                        )
                    )
                    continue
                if self._names.is_label(text, mention):
                    continue
                self._carry.read(text, mention)
                if mentions and mention.start - mentions[-1].end <= JOIN_REACH:
                    joined = self._joins.joined(text, mentions[-1], mention)
                    if joined is not None:
                        mentions[-1] = joined
                        continue
                    self._joins.share_unit(text, mentions, mention)
                    self._carry.on(text, mentions[-1], mention)
                mentions.append(mention)
            elif kind == "date":
                dates.append(DateMention(match.start(), match.end(), match.group()))
        return [m for m in mentions if _keep(m, text)], dates

    def _with_rests(
        self, text: str, matches: Iterator[regex.Match[str]]
    ) -> Iterator[regex.Match[str]]:
        """``matches``, each followed by what the scan finds in the part of it that its figure
        does not read: "12 in six boxes" is no share, so its figure is "12" and "six boxes"
        is read again rather than lost."""
        for match in matches:
            yield match
            if match.lastgroup != "mention" or match.group("ratio") is None:
                continue
            top = self._ratio_top.match(text, match.start("ratio"))
            rest = self.patterns.scan.match(text, top.end()) if top else None
            if rest is not None and rest.lastgroup == "mention":
                yield rest

    def _mention(
        self, text: str, match: regex.Match[str], separators: Separators
    ) -> Mention | None:
        mention = self._figures.read(match, separators)
        if mention is None or not _finite(mention, text):
            return None
        self._units.read(text, mention)
        return mention

    def _after_overlap(
        self, text: str, mention: Mention, taken: int, separators: Separators
    ) -> Mention | None:
        """A mention whose prefix the previous one already read as its unit ("17 USD 25"):
        read again from its number, or drop it if the number itself was taken."""
        if mention.number_start < taken:
            return None
        match = self.patterns.scan.match(text, mention.number_start)
        if match is None or match.group("mention") is None:
            return None
        return self._mention(text, match, separators)

    def _is_year(self, text: str, mention: Mention) -> bool:
        """A bare whole number in four digits with no unit is a year: up to 2100 anywhere
        ("in 2021"), up to 2300 after a preposition of a target year ("by 2150")."""
        if mention.kind not in ("number", "count") or mention.has_scale or mention.currency:
            return False
        if mention.bound != "=" or mention.change or not mention.digits.isdigit():
            return False
        if len(mention.digits) != 4 or not 1000 <= mention.low <= _LATEST_YEAR:
            return False
        if not text[mention.number_start : mention.number_start + 4].isdigit():
            return False  # "1,240 residents": a year has no thousands separator
        if mention.kind == "number" and mention.low <= _LATE_YEAR:
            return True
        before = text[max(0, mention.number_start - 12) : mention.number_start].split()
        if not before:
            return False
        if mention.low > _LATE_YEAR:  # "by 2150", not "and 2,300 homes"
            return mention.kind == "number" and before[-1].lower() in self.lexicon.target_years
        return before[-1].lower() in self.lexicon.year_prepositions


_LOG = logging.getLogger("claimtrack")


def _finite(mention: Mention, text: str) -> bool:
    """The figure has a finite value; if not, it is dropped with a warning on the
    ``claimtrack`` logger (a 310-digit number, "5e400 km", "1/0 mile")."""
    if math.isfinite(mention.low) and math.isfinite(mention.high):
        return True
    shown = text[mention.start : mention.end]
    _LOG.warning("dropped a figure with no finite value at %d: %.40r", mention.start, shown)
    return False


def _keep(mention: Mention, text: str) -> bool:
    """Drop word numbers that count nothing ("one of them"; not "three million", whose scale
    word makes it a figure), fractions that measure nothing ("24/7"), ordinals that rank
    nothing and numbers that are part of a name ("5G")."""
    if not _finite(mention, text):
        return False
    if (
        mention.from_words
        and mention.kind == "number"
        and not mention.share
        and mention.scale < _FIGURE_SCALE
    ):
        return False
    if mention.lone_fraction and mention.kind in ("number", "count") and not mention.share:
        return False
    if mention.kind == "number" and _glued_to_a_letter(mention, text):
        return False
    return not (mention.ordinal and mention.unit == "dimensionless")


def _glued_to_a_letter(mention: Mention, text: str) -> bool:
    """A bare number whose digits run on into Latin letters that are no unit, scale or
    suffix is part of a name or code ("5G", "3D printer", "2FA"), not a figure."""
    after = text[mention.end : mention.end + 1]
    return bool(mention.digits) and after.isascii() and after.isalpha()

"""What the scan finds: number mentions being assembled, date mentions, and the scan's groups.

A :class:`Mention` is mutable while the readers fill it in (number, then prefix, unit, count
noun, joins); :func:`~claimtrack.extract.quantity.quantity` turns a finished one into a
:class:`~claimtrack.Quantity`.

>>> m = Mention(0, 5, 0, 1.2, 1.2, digits="1.2")
>>> rescale(m, 1e9)
>>> m.low, m.has_scale
(1200000000.0, True)
>>> norm("  More   than ")
'more than'
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal

import regex

from claimtrack.model import Bound, Change, Kind

__all__ = [
    "NUMBER_GROUPS",
    "DateMention",
    "Mention",
    "ScanGroups",
    "folded",
    "norm",
    "number_start",
    "rescale",
    "scaled",
]

NUMBER_GROUPS = (
    "digits", "words", "ordinal_word", "ordinal_digits", "vague", "lone_fraction", "ratio",
    "multiple",
)  # fmt: skip
"""The scan's alternatives for the number itself (exactly one matches), most frequent first."""

_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True)
class DateMention:
    """A date or year found by the scan (a time scope, not a figure)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ScanGroups:
    """The numbers of the scan pattern's groups: the regex module looks a group up by name
    several times slower than by number, and a mention reads a dozen of them."""

    verb: int
    hedge: int
    hedge_sign: int
    currency: int
    sign: int
    digits: int
    fraction: int
    vulgar: int
    exponent: int
    scale: int
    lone_fraction: int
    words: int
    over: int
    and_fraction: int
    article_fraction: int
    vague: int
    ordinal_digits: int
    ordinal_word: int
    ratio: int
    multiple: int
    numbers: tuple[int, ...]
    """The groups of :data:`NUMBER_GROUPS`."""

    @classmethod
    def of(cls, scan: regex.Pattern[str]) -> ScanGroups:
        index = scan.groupindex
        single = {f.name: index[f.name] for f in fields(cls) if f.name != "numbers"}
        return cls(**single, numbers=tuple(index[name] for name in NUMBER_GROUPS))


@dataclass
class Mention:
    """A number mention being assembled: what the scan and the suffix patterns found."""

    start: int
    end: int
    number_start: int
    low: float
    high: float
    digits: str = ""
    scale: float = 1.0
    has_scale: bool = False
    vague: bool = False
    ordinal: bool = False
    from_words: bool = False
    share: bool = False  # a fraction that reads as a share of something ("two thirds of")
    lone_fraction: bool = False
    subunit: bool = False
    glued_scale: str = ""
    exponent: bool = False  # written with a power ("4e14", "5.5x10^-3"): "m" after it is metres
    unit: str = "dimensionless"
    kind: Kind = "number"
    bound: Bound = "="
    tolerance: float = 0.0
    margin: float = 0.0  # a margin of error after a one-sided hedge: "at most 20 ± 1"
    counted: str = ""  # a count's noun phrase, its noun in the singular: "European country"
    rate_start: int = -1  # where a rate begins ("2.5 million TEU| a year"), -1 if none
    change: Change | None = None
    currency: str | None = None
    range_of: tuple[Mention, Mention] | None = field(default=None, repr=False)


def number_start(match: regex.Match[str], groups: tuple[int, ...]) -> int:
    """Where the number itself starts; ``groups`` are the numbers of :data:`NUMBER_GROUPS`."""
    for group in groups:
        start = match.start(group)
        if start >= 0:
            return start
    return match.start()


def scaled(value: float, digits: str, multiplier: float) -> float:
    """``value * multiplier``, exact in decimal when the digits are known ("16.4 million" is
    16400000.0, not 16399999.999999998).

    >>> scaled(16.4, "16.4", 1e6), 16.4 * 1e6
    (16400000.0, 16399999.999999998)
    """
    if not digits:
        return value * multiplier
    try:
        return float(Decimal(digits) * Decimal(repr(multiplier)))
    except ArithmeticError:  # digits a float reads and Decimal does not, or 0 times infinity
        return value * multiplier


def rescale(mention: Mention, multiplier: float) -> None:
    """Multiply a mention by a scale word, a scale letter or a subunit (exact in decimal)."""
    mention.scale *= multiplier
    mention.has_scale = True
    if mention.digits:
        mention.low = mention.high = scaled(mention.low, mention.digits, mention.scale)
    else:
        mention.low *= multiplier
        mention.high *= multiplier


def folded(text: str) -> str:
    """``text`` with each run of blanks folded to one space, its case kept."""
    return _SPACES.sub(" ", text)


def norm(text: str) -> str:
    """A lexicon key for ``text``: stripped, lowercased, blanks folded to one space."""
    word = text.strip()
    if word.isalpha():  # one word: nothing to fold ("about", " million")
        return word.lower()
    return _SPACES.sub(" ", word).lower()

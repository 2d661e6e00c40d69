"""From the text of a number to its value: digits with separators, fractions, number words,
written powers.

>>> from claimtrack import default_lexicon
>>> lex = default_lexicon()
>>> parse_digits("4,500")
(4500.0, '4500')
>>> parse_digits("520.000")
(520000.0, '520000')
>>> parse_digits("48,2")
(48.2, '48.2')
>>> words_value("two hundred and forty-five", lex)
245.0
>>> words_value("half a million", lex)
500000.0
>>> words_value("three quarters", lex), words_value("two and a half", lex)
(0.75, 2.5)
>>> parse_fraction("½"), exponent_value("×10⁻³"), exponent_value("x2^10")
(0.5, (10, -3), (2, 10))
"""

from __future__ import annotations

import math
import unicodedata
from fractions import Fraction

import regex

from claimtrack.lang import Lexicon

__all__ = [
    "exponent_value",
    "parse_digits",
    "parse_fraction",
    "power",
    "power_value",
    "words_value",
]

_WORD = regex.compile(r"[^\W\d_]+")
_EURO_GROUPS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = regex.compile(r"\d+,\d{1,2}")
_EXPONENT = regex.compile(r"(?:[eE]|10(?:\^|\*\*)?+|(?P<base>\d)(?:\^|\*\*))(?P<power>[-+]?\d+)$")
_GROUP_BLANKS = (" ", "\u00a0", "\u2009", "\u202f")
"""Blanks that group thousands: "10 000", with a no-break or thin space too."""
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")


def parse_digits(text: str, dots_group: bool = False) -> tuple[float, str]:
    """Value of a digit string and its plain decimal spelling (for stated precision).

    Commas group thousands, except before one or two last digits ("48,2", "1,20": a decimal
    comma). Dots group thousands in the European form "520.000" or "1.234.567" (several
    groups, or a single group of zeros), and in "12.400" where the document writes numbers
    the European way (``dots_group``, see :mod:`~claimtrack.extract.separators`); otherwise a
    dot is a decimal point.

    >>> parse_digits("12.400"), parse_digits("12.400", dots_group=True)
    ((12.4, '12.400'), (12400.0, '12400'))
    """
    plain = text.replace("\u2212", "-")
    if not plain.isascii():  # Arabic separators: "٣٫٥" is 3.5, "١٬٢٠٠" 1200
        plain = plain.replace("\u066c", "").replace("\u066b", ".")
    for blank in _GROUP_BLANKS:  # str.replace is cheaper than translate when none is there
        plain = plain.replace(blank, "")
    if "," in plain and _DECIMAL_COMMA.fullmatch(plain.lstrip("+-")):
        plain = plain.replace(",", ".")
    elif (
        "." in plain
        and _EURO_GROUPS.fullmatch(plain.lstrip("+-"))
        and (dots_group or plain.count(".") > 1 or plain.endswith(".000") or "," in plain)
    ):
        plain = plain.replace(".", "").replace(",", ".")
    else:
        plain = plain.replace(",", "")
    if plain.startswith("+"):
        plain = plain[1:]
    if plain.startswith("."):
        plain = "0" + plain
    if not plain.isascii():
        plain = _ascii_digits(plain)
    try:
        return float(plain), plain
    except ValueError:  # a digit this Python's Unicode tables do not know
        return math.nan, ""


def _ascii_digits(text: str) -> str:
    """Decimal digits of any script as ASCII ("٣" is "3"); one Python does not know stays."""
    return "".join(_ascii_digit(c) for c in text)


def _ascii_digit(char: str) -> str:
    value = unicodedata.decimal(char, None)
    return char if value is None else str(value)


def parse_fraction(text: str) -> float:
    """Value of "1/2" or "½"; not a number for a zero denominator (the figure is dropped)."""
    if len(text) == 1:
        return unicodedata.numeric(text)
    num, _, den = text.replace("⁄", "/").partition("/")
    return float(Fraction(int(num), int(den))) if int(den) else math.nan


def exponent_value(text: str) -> tuple[int, int]:
    """Base and power of a written exponent: "e14", "×10−5", "x10^-3", "×10⁻³", "x2^10"."""
    plain = text.translate(_SUPERSCRIPTS).replace(" ", "")
    found = _EXPONENT.search(plain)
    if found is None:
        return 10, 0
    return int(found.group("base") or 10), int(found.group("power"))


def power_value(text: str) -> int:
    """The power written after a unit: "^2", "**-1", "-1", "−1", "⁻¹", "2" (as in "km/s2")."""
    return int(text.translate(_SUPERSCRIPTS).lstrip("^*"))


def power(base: int, exponent: int) -> float:
    """``base ** exponent`` as a float; infinite beyond a float's range, not a number below it
    (either way the figure is dropped, with a warning).

    >>> power(10, 3), power(10, 400), power(10, -4000)
    (1000.0, inf, nan)
    """
    try:
        found = float(base) ** exponent
    except (OverflowError, ZeroDivisionError):
        return math.inf
    return math.nan if found == 0.0 and base != 0 else found


def words_value(text: str, lexicon: Lexicon) -> float:
    """Value of a number phrase in the lexicon's words: "thirteen", "a dozen", "two hundred
    and forty-five".

    Scale words multiply what comes before them ("three hundred thousand"); "half a million"
    takes the fraction of the scale; a denominator divides what comes before it ("two thirds",
    "three quarters"), and "and a half" adds to it. A scale no smaller than the one before it
    scales the whole ("one thousand million" is 1e9; "two million three hundred thousand" 2.3e6).
    """
    total = 0.0
    last_scale = 0.0
    current = 0.0
    fraction = 0.0
    previous = ""
    for word in _WORD.findall(text.lower()):
        if current and previous == "a" and word in lexicon.fractions:
            current += lexicon.fractions[word]  # "two and a half"
        elif current and word in lexicon.fraction_denominators:
            current /= lexicon.fraction_denominators[word]  # "two thirds"
        elif word in lexicon.ones:
            current += lexicon.ones[word]
        elif word in lexicon.tens:
            current += lexicon.tens[word]
        elif word in lexicon.hundreds:
            current += lexicon.hundreds[word]
        elif word in lexicon.fractions and not current:
            fraction = lexicon.fractions[word]
        elif word in lexicon.hundred:
            current = (current or 1.0) * lexicon.hundred[word]
        elif word in lexicon.dozen:
            current = (current or fraction or 1.0) * lexicon.dozen[word]
            fraction = 0.0
        elif word in lexicon.scales:
            scale = lexicon.scales[word]
            if total and scale >= last_scale:  # "one thousand million": a scale of the whole
                total = (total + current + fraction) * scale
            else:
                total += (current or fraction or 1.0) * scale
            current = fraction = 0.0
            last_scale = scale
        previous = word
    return total + current + fraction

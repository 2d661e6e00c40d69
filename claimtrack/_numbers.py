"""From the text of a number to its value: digits with separators, fractions, number words.

>>> from claimtrack._lexicon import default_lexicon
>>> lex = default_lexicon()
>>> parse_digits("4,500")
(4500.0, '4500')
>>> parse_digits("520.000")
(520000.0, '520000')
>>> words_value("two hundred and forty-five", lex)
245.0
>>> words_value("half a million", lex)
500000.0
"""

from __future__ import annotations

from fractions import Fraction

import regex

from claimtrack._lexicon import Lexicon

__all__ = ["parse_digits", "parse_fraction", "words_value"]

_WORD = regex.compile(r"[^\W\d_]+")
_EURO_GROUPS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def parse_digits(text: str) -> tuple[float, str]:
    """Value of a digit string and its plain decimal spelling (for stated precision).

    Commas group thousands. Dots group thousands only in the European form "520.000" or
    "1.234.567" (several groups, or a single group of zeros); otherwise a dot is a decimal point.
    """
    plain = text.replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "")
    if (
        "." in plain
        and _EURO_GROUPS.fullmatch(plain.lstrip("+-"))
        and (plain.count(".") > 1 or plain.endswith(".000") or "," in plain)
    ):
        plain = plain.replace(".", "").replace(",", ".")
    else:
        plain = plain.replace(",", "")
    if plain.startswith("+"):
        plain = plain[1:]
    if plain.startswith("."):
        plain = "0" + plain
    return float(plain), plain


def parse_fraction(text: str) -> float:
    """Value of "1/2"; 0.0 for a zero denominator (the caller drops such a mention)."""
    num, _, den = text.partition("/")
    return float(Fraction(int(num), int(den))) if int(den) else 0.0


def words_value(text: str, lexicon: Lexicon) -> float:
    """Value of an English number phrase: "thirteen", "a dozen", "two hundred and forty-five".

    Scale words multiply what comes before them ("three hundred thousand"); "half a million"
    takes the fraction of the scale.
    """
    total = 0.0
    current = 0.0
    fraction = 0.0
    for word in _WORD.findall(text.lower()):
        if word in lexicon.ones:
            current += lexicon.ones[word]
        elif word in lexicon.tens:
            current += lexicon.tens[word]
        elif word in lexicon.fractions and not current:
            fraction = lexicon.fractions[word]
        elif word in lexicon.hundred:
            current = (current or 1.0) * lexicon.hundred[word]
        elif word in lexicon.dozen:
            current = (current or fraction or 1.0) * lexicon.dozen[word]
            fraction = 0.0
        elif word in lexicon.scales:
            scale = lexicon.scales[word]
            total += (current or fraction or 1.0) * scale
            current = fraction = 0.0
    return total + current + fraction

"""Which way a document writes its numbers: "12.400" is 12 400 where dots group thousands
(Spanish, Portuguese, German news) and 12.4 where they are decimal points (English news).

One number alone cannot say; the document's other numbers can. Forms that only one convention
writes are counted: several dot groups ("1.234.567"), dot groups before a decimal comma
("1.234,5"), a decimal comma ("48,2") or a group of zeros ("645.000") for the European way;
several comma groups ("1,234,567"), comma groups before a decimal point ("1,234.5") or a
decimal point with other than three digits ("3.14", "2.5") for the English way. The
document follows the convention it writes most; with no evidence, or a tie, the English way.
The text is read only when a number needs it (see :class:`Separators`).

>>> Separators("Exportó 645.000 toneladas, 12.400 más que en 2022.").dots_group
True
>>> Separators("Revenue of 12.400 million, up 3.5% on 2022.").dots_group
False
"""

from __future__ import annotations

import functools

import regex

__all__ = ["Separators", "ambiguous"]

_EUROPEAN = regex.compile(
    r"""(?<![\d.,])(?:
        \d{1,3}(?:\.\d{3}){2,}+(?![.,]?\d)      # 1.234.567
      | \d{1,3}(?:\.\d{3})++,\d++                # 1.234,5
      | \d++,\d{1,2}+(?![.,]?\d)                 # 48,2
      | \d{1,3}\.000(?![.,]?\d)                  # 645.000
    )""",
    regex.VERBOSE,
)
_ENGLISH = regex.compile(
    r"""(?<![\d.,])(?:
        \d{1,3}(?:,\d{3}){2,}+(?![.,]?\d)       # 1,234,567
      | \d{1,3}(?:,\d{3})++\.\d++               # 1,234.5
      | \d++\.(?:\d{1,2}+|\d{4,}+)(?![.,]?\d)   # 3.14, 2.5
    )""",
    regex.VERBOSE,
)
_AMBIGUOUS = regex.compile(r"[-+\u2212]?[1-9]\d{0,2}\.\d{3}")


def ambiguous(digits: str) -> bool:
    """One dot and three digits after it, not zeros: "12.400" (but not "645.000", "3.14").

    >>> ambiguous("12.400"), ambiguous("645.000"), ambiguous("3.14"), ambiguous("1.234.567")
    (True, False, False, False)
    """
    return not digits.endswith("000") and _AMBIGUOUS.fullmatch(digits) is not None


class Separators:
    """The number convention of one text, read from it on first use."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def dots_group(self) -> bool:
        """Dots group thousands in this text (the European way)."""
        european = sum(1 for _ in _EUROPEAN.finditer(self.text))
        english = sum(1 for _ in _ENGLISH.finditer(self.text))
        return european > english

"""What follows a number: a unit, percent, currency name or code, subunit ("85 cents"), a rate
("per hour", "/s2"), a count noun, a unit spelled like a word ("2 in thick"), a frequency ("4
times a week"), or a scale letter that is a unit ("1.8m" tall).

>>> from claimtrack import default_lexicon
>>> from claimtrack.extract.mentions import Mention
>>> from claimtrack.extract.patterns import Patterns
>>> units = Units(default_lexicon(), Patterns(default_lexicon()), lambda scale: 1e6)
>>> text = "5 km per hour"
>>> mention = Mention(0, 1, 0, 5.0, 5.0, digits="5")
>>> units.read(text, mention)
>>> mention.unit, mention.kind, text[: mention.end]
('kilometer / hour', 'measure', '5 km per hour')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import regex

from claimtrack.extract.mentions import Mention, norm, rescale
from claimtrack.extract.nouns import Nouns
from claimtrack.extract.numbers import power_value
from claimtrack.extract.patterns import UNIT_MIN_FOLD, Patterns
from claimtrack.lang import Lexicon

__all__ = ["Units"]

_MAX_RATES = 2
"""Rates one unit may carry: "J/m^2 per year" has two; a third "per" is read as prose."""


def _parenthesize(unit: str) -> str:
    return f"({unit})" if " " in unit else unit


def _powered(unit: str, power: str | None) -> str:
    """``unit`` raised to a power written after it ("^2", "-1", "⁻¹"), as pint reads it."""
    return f"{_parenthesize(unit)} ** {power_value(power)}" if power else unit


class Units:
    """Reads the unit (and rate, count noun) after a figure into its :class:`Mention`."""

    def __init__(
        self, lexicon: Lexicon, patterns: Patterns, scale_value: Callable[[str], float]
    ) -> None:
        self.lexicon = lexicon
        lex = lexicon
        self._scale_value = scale_value  # of a scale word after a currency: "75 USD million"
        self._suffix = patterns.suffix
        self._per = patterns.per
        self.nouns = Nouns(lexicon, patterns)
        self._currency_names = {norm(k): v for k, v in lex.currency_names.items()}
        self._ambiguous_currency = {norm(k): v for k, v in lex.ambiguous_currency_names.items()}
        self._units = {**lex.units, **lex.spaced_units}
        self._units_folded = {
            k: v for k, v in lex.units.items() if k.islower() and len(k) >= UNIT_MIN_FOLD
        }
        self._per_nouns = {k.lower(): v for k, v in lex.per_nouns.items()}
        self._subunits = {norm(k): v for k, v in lex.currency_subunits.items()}
        # Word look-ups right after a figure use the standard library's re: for a pattern with
        # one required word ("in") the regex module searches the whole rest of the text for
        # that word on every match() call, which makes a long text cost quadratic time.
        ambiguous = "|".join(map(re.escape, lex.ambiguous_units))
        dimension_words = "|".join(map(re.escape, lex.dimension_words))
        self._ambiguous_units = re.compile(
            rf"\s+(?P<word>{ambiguous})(?=\s*(?:[^\w\s]|\Z)|\s+(?:{dimension_words})(?!\w))", re.I
        )
        comparisons = "|".join(map(re.escape, lex.comparison_words)) or "(?!)"
        self._comparison = re.compile(rf"\s+(?:{comparisons})(?!\w)", re.I)
        connectors = "|".join(map(re.escape, lex.unit_connectors)) or "(?!)"
        self._of_goods = re.compile(rf"\s+(?:{connectors})\s+\w", re.I)
        money = "|".join(map(re.escape, sorted(lex.money_nouns, key=len, reverse=True)))
        self._of_money = re.compile(
            rf"\s+(?:{connectors})\s+(?:[\w'’-]++\s+){{0,2}}(?:{money or '(?!)'})(?!\w)", re.I
        )
        self._frequency_noun = re.compile(
            r"\s+(?:" + "|".join(map(re.escape, lex.frequency_nouns)) + r")(?!\w)", re.I
        )

    def read(self, text: str, mention: Mention) -> None:
        """Read what follows the figure: a unit and its rate, a currency, a count noun."""
        if mention.ordinal:
            self.nouns.ordinal_noun(text, mention)
            return
        suffix = self._suffix.match(text, mention.end)
        if suffix is not None and self._apply_suffix(suffix, mention):
            mention.end = suffix.end()
            if mention.unit != "dimensionless":
                self.read_per(text, mention)
            return
        if mention.currency:
            mention.unit, mention.kind = mention.currency, "money"
            self.read_per(text, mention)
            return
        if mention.from_words and text.startswith("-", mention.end):
            return  # "one-time", "two-thirds": a compound word, not a count
        if mention.share and mention.high <= 1:
            return  # "one in four children", "half the nurses": a share of them, not a count
        self.nouns.count_noun(text, mention)
        if mention.kind == "number" and not mention.vague:
            self._ambiguous_unit(text, mention)
        if mention.kind == "number" and not mention.vague:
            self._frequency(text, mention)
        if mention.kind == "number" and mention.glued_scale in self.lexicon.scale_letters_as_units:
            self._scale_as_unit(mention)

    def read_per(self, text: str, mention: Mention) -> None:
        """What the unit is per: "per hour", "a share", "/s2", "J/m^2 per year"."""
        for _ in range(_MAX_RATES):
            per = self._per.match(text, mention.end)
            if per is None:
                return
            noun = per.group("per")
            denominator = self._per_nouns.get(noun.lower()) or self._units.get(noun)
            if denominator is None:
                denominator = self._units_folded.get(noun.lower())
            if denominator is None:
                return
            denominator = _powered(denominator, per.group("power"))
            mention.unit = f"{_parenthesize(mention.unit)} / {_parenthesize(denominator)}"
            if mention.rate_start < 0:
                mention.rate_start = per.start()
            mention.end = per.end()

    def _frequency(self, text: str, mention: Mention) -> None:
        """Events per period: "4 times a week" is 4 of unit "1 / week"; before a comparison
        ("3 times higher", "twice as") a multiple, read with its noun."""
        noun = self._frequency_noun.match(text, mention.end)
        if noun is None:
            return
        rate = replace(mention, unit="1", end=noun.end())
        self.read_per(text, rate)
        if rate.end > noun.end():
            mention.unit, mention.kind, mention.end = rate.unit, "measure", rate.end
        elif self._comparison.match(text, noun.end()):  # "3 times higher": a multiple
            mention.end = noun.end()

    def _ambiguous_unit(self, text: str, mention: Mention) -> None:
        """A unit spelled like a common word ("in") when the clause ends or a dimension word
        follows: "2 1/2 in thick", "a pencil 6 in long", "it is 2 in." """
        found = self._ambiguous_units.match(text, mention.end)
        if found is not None:
            mention.unit = self.lexicon.ambiguous_units[found.group("word").lower()]
            mention.kind, mention.end = "measure", found.end("word")

    def _scale_as_unit(self, mention: Mention) -> None:
        """ "1.8m" that counts nothing and names no currency is a length, not 1.8 million."""
        abbreviations = self.lexicon.scale_abbreviations
        glued = mention.glued_scale
        letter = float(abbreviations.get(glued, abbreviations.get(glued.lower(), 1.0))) or 1.0
        mention.low /= letter  # only the letter's scale: "2·10**6m" stays 2e6 metres
        mention.high /= letter
        mention.scale /= letter
        mention.has_scale = mention.scale != 1.0
        mention.unit = self.lexicon.scale_letters_as_units[mention.glued_scale]
        mention.kind = "measure"

    def _apply_suffix(self, suffix: regex.Match[str], mention: Mention) -> bool:
        """Set unit and kind from a unit, percent or currency word; False if it does not fit."""
        if suffix.group("connector") and not (mention.has_scale or mention.vague):
            return False  # "millones de dólares", never "5 de junio"
        if suffix.group("percent") is not None:
            points = suffix.group("points")
            if mention.vague or (suffix.group("sep") == "-" and not points):
                return False
            mention.unit = "percentage_point" if points else "percent"
            mention.kind = "percent"
        elif suffix.group("points_only"):
            mention.unit, mention.kind = "percentage_point", "percent"
        elif suffix.group("subunit"):
            if mention.currency or mention.vague:
                return False
            code, factor = self._subunits[norm(suffix.group("subunit"))]
            mention.unit, mention.kind, mention.subunit = code, "money", True
            rescale(mention, factor)
        elif suffix.group("currency_name") or suffix.group("currency_code"):
            return self._currency_suffix(suffix, mention)
        else:
            unit = suffix.group("unit") or suffix.group("bracketed_unit")
            canonical = self._units.get(unit) or self._units_folded.get(unit.lower())
            if canonical is None or mention.currency or (mention.vague and not mention.has_scale):
                return False
            if unit in ("m", "M") and mention.has_scale and not mention.exponent:
                return False
            mention.unit, mention.kind = _powered(canonical, suffix.group("power")), "measure"
        return True

    def _currency_suffix(self, suffix: regex.Match[str], mention: Mention) -> bool:
        """A currency name or code after the number, and a scale word after that; False for
        a symbol after a figure that has one in front ("$ 20.00 $ 37.50": the next figure's).
        A name that is also a weight is money after a scale ("5 million pounds") unless goods
        follow ("198 million pounds of cocoa"), and money before "of" and money words ("200
        pounds of public funding")."""
        code = suffix.group("currency_code")
        name = norm(suffix.group("currency_name") or code)
        if mention.currency and not name[:1].isalpha():
            return False
        if name in self._ambiguous_currency:
            money, weight = self._ambiguous_currency[name]
            text, end = suffix.string, suffix.end()
            if self._of_money.match(text, end):
                is_money = True  # "3 million pounds of taxpayers' money"
            else:
                of_goods = self._of_goods.match(text, end) is not None
                is_money = bool(mention.has_scale or mention.currency) and not of_goods
            mention.unit, mention.kind = (money, "money") if is_money else (weight, "measure")
            return True
        if code in self.lexicon.scaled_currency_codes:  # "30 MUSD"
            code, multiplier = self.lexicon.scaled_currency_codes[code]
            rescale(mention, multiplier)
        mention.unit, mention.kind = (
            (mention.currency or self._currency_names.get(name, code)),
            "money",
        )
        late = suffix.group("late_scale")
        if late and not mention.has_scale:  # "75 USD million"
            rescale(mention, self._scale_value(late))
        return True

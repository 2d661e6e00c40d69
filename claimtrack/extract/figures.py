"""The figure of a scan match: its number (digits, words, a fraction, a vague amount, an
ordinal), its scale and written power, and what leads it (hedge, verb, currency, sign).

>>> from claimtrack import default_lexicon
>>> from claimtrack.extract.patterns import Patterns
>>> patterns = Patterns(default_lexicon())
>>> figures = Figures(default_lexicon(), patterns)
>>> m = figures.read(patterns.scan.match("almost 400 million doses"))
>>> m.low, m.bound, m.has_scale
(400000000.0, '<', True)
"""

from __future__ import annotations

import math
import re

import regex

from claimtrack.extract.mentions import (
    Mention,
    ScanGroups,
    folded,
    norm,
    number_start,
    rescale,
)
from claimtrack.extract.numbers import (
    exponent_value,
    parse_digits,
    parse_fraction,
    power,
    words_value,
)
from claimtrack.extract.patterns import Patterns
from claimtrack.extract.separators import Separators, ambiguous
from claimtrack.lang import Lexicon
from claimtrack.model.bounds import ABOUT_TOLERANCE, NEAR_TOLERANCE

__all__ = ["CLAUSE_END", "Figures"]

CLAUSE_END = regex.compile(r"\s*+(?:[^\w\s]|\Z)")
"""The end of a clause right after a figure: a stop or symbol, or the end of the text."""
_DIGITS = re.compile(r"\d+")


class Figures:
    """Reads the figure of each scan match (before any unit after it) into a :class:`Mention`."""

    def __init__(self, lexicon: Lexicon, patterns: Patterns) -> None:
        self.lexicon = lexicon
        self._suffix = patterns.suffix
        self.groups = ScanGroups.of(patterns.scan)
        lex = lexicon
        self.scale_words = {norm(k): v for k, v in lex.scales.items()}
        self._hundred = {norm(k): v for k, v in lex.hundred.items()}
        self._hedges = {norm(k): v for k, v in lex.hedges.items()}
        self._verbs = {
            **{norm(k): ("change", v) for k, v in lex.change_verbs.items()},
            **{norm(k): ("change", v) for k, v in lex.change_nouns.items()},
            **{norm(k): ("bound", v) for k, v in lex.bound_verbs.items()},
        }
        self._vague = {k.lower(): v for k, v in lex.vague.items()}
        self._quantifiers = {norm(k): v for k, v in lex.vague_quantifiers.items()}
        self._ordinals = {k.lower(): v for k, v in lex.ordinals.items()}
        self._multiples = {k.lower(): v for k, v in lex.multiples.items()}
        self._dot_group_scales = frozenset(norm(w) for w in lex.dot_group_scales)
        self._ratio_connectors = sorted(map(norm, lex.ratio_connectors), key=len, reverse=True)
        self._vague_connectors = frozenset(w.lower() for w in lex.vague_connectors)
        # Word look-ups right after a figure use the standard library's re: for a pattern with
        # one required word ("of") the regex module searches the whole rest of the text for that
        # word on every match() call, which makes a long text cost quadratic time.
        self.fraction_of = re.compile(
            r"\s+(?:" + "|".join(map(re.escape, sorted(lex.fraction_followers))) + r")(?!\w)", re.I
        )

    def read(self, match: regex.Match[str], separators: Separators | None = None) -> Mention | None:
        """The figure of a scan match of a mention and what leads it, or None; ``separators``
        tells how the text writes "12.400" (see :mod:`~claimtrack.extract.separators`)."""
        g = self.groups
        first = number_start(match, g.numbers)
        if match.start(g.hedge) >= 0 or match.start(g.hedge_sign) >= 0:
            start = max(match.start(g.hedge), match.start(g.hedge_sign))
        elif match.start(g.verb) >= 0:
            lead = g.currency if match.start(g.currency) >= 0 else g.sign
            start = match.start(lead) if match.start(lead) >= 0 else first
        else:
            start = match.start()
        mention = self._number(match, start, first, separators)
        if mention is not None:
            self._read_prefix(match, mention)
        return mention

    def _number(
        self, match: regex.Match[str], start: int, first: int, separators: Separators | None
    ) -> Mention | None:
        g, end = self.groups, match.end()
        digits = match.group(g.digits)
        if digits:
            tail = g.fraction if match.start(g.fraction) >= 0 else g.vulgar
            has_tail = match.start(tail) >= 0
            if has_tail:
                digits = digits[: match.start(tail) - match.start(g.digits)].rstrip()
            dots_group = (
                separators is not None and "." in digits and ambiguous(digits)
                and (self._dot_group_scale(match) or separators.dots_group)
            )  # fmt: skip
            value, plain = parse_digits(digits, dots_group)
            if has_tail:
                part = parse_fraction(match.group(tail))
                value += -part if digits.startswith(("-", "−")) else part
                plain = ""
            mention = Mention(start, end, first, value, value, digits=plain)
        elif match.group(g.lone_fraction):
            value = parse_fraction(match.group(g.lone_fraction))
            share = self.fraction_of.match(match.string, end) is not None  # "1/40 of the cost"
            mention = Mention(start, end, first, value, value, lone_fraction=True, share=share)
        elif match.group(g.words):
            words, fraction = match.group(g.words), bool(match.group(g.over))
            if fraction and not self._fraction_fits(match):  # "two quarters in a row": a count
                end = match.start(g.over)
                value = words_value(words[: end - match.start(g.words)], self.lexicon)
                return Mention(start, end, first, value, value, from_words=True)
            if match.group(g.article_fraction):  # "a quarter of the vote"
                fraction = self.fraction_of.match(match.string, end) is not None
            value = words_value(words, self.lexicon)
            mention = Mention(start, end, first, value, value, from_words=True, share=fraction)
            self._word_scale(mention, words)
        elif match.group(g.vague):
            low, high = self._vague_interval(match.group(g.vague))
            return Mention(start, end, first, low, high, vague=True)
        elif match.group(g.ratio):
            return self._ratio(match, start, first)
        elif match.group(g.multiple):
            multiple = match.group(g.multiple)
            found = _DIGITS.match(multiple)
            value = float(found.group()) if found else float(self._multiples[multiple.lower()])
            return Mention(start, end, first, value, value, digits=found.group() if found else "")
        elif match.group(g.ordinal_digits):
            found = _DIGITS.match(match.group(g.ordinal_digits))
            value = float(found.group()) if found else 0.0
            return Mention(start, end, first, value, value, ordinal=True, kind="ordinal")
        else:
            value = float(self._ordinals[match.group(g.ordinal_word).lower()])
            return Mention(start, end, first, value, value, ordinal=True, kind="ordinal")
        if match.group(g.exponent):
            factor = power(*exponent_value(match.group(g.exponent)))
            if mention.low or mention.high or math.isfinite(factor):  # "0e400" stays 0
                rescale(mention, factor)
            mention.exponent = True
        scale = match.group(g.scale)
        if scale:
            rescale(mention, self.scale_value(scale))
            mention.glued_scale = "" if scale[0].isspace() else scale
        return mention

    def _ratio(self, match: regex.Match[str], start: int, first: int) -> Mention:
        """ "one in four" is a share of 0.25, "3 out of 10" of 0.3; when the first number is
        not the smaller ("12 in six boxes") it is a figure of its own, read alone."""
        phrase = norm(match.group(self.groups.ratio))
        connector = next(c for c in self._ratio_connectors if f" {c} " in phrase)
        top, _, bottom = phrase.partition(f" {connector} ")
        num, den = self._plain_value(top), self._plain_value(bottom)
        if 0 < num < den:
            return Mention(start, match.end(), first, num / den, num / den, share=True)
        end = first + len(top)
        if top.isdigit():
            return Mention(start, end, first, num, num, digits=top)
        return Mention(start, end, first, num, num, from_words=True)

    def _plain_value(self, number: str) -> float:
        """The value of one number in digits or words ("1,000", "twenty-one")."""
        if number[:1].isdigit():
            return float(number.replace(",", ""))
        return words_value(number, self.lexicon)

    def _word_scale(self, mention: Mention, words: str) -> None:
        """A word number that ends in a scale word has that scale ("six thousand"), so that a
        range before it takes it too ("five to six thousand")."""
        last = norm(words).rpartition(" ")[2]
        scale = self.scale_words.get(last) or self._hundred.get(last)
        if scale and mention.low != scale:
            mention.scale, mention.has_scale = float(scale), True

    def _fraction_fits(self, match: regex.Match[str]) -> bool:
        """Whether "two thirds" is a fraction: before "of", a scale word, a unit or the end of
        a clause, and not a count of periods ("two quarters in a row")."""
        g = self.groups
        if match.group(g.and_fraction) or match.group(g.scale):
            return True  # "two and a half", "three quarters billion"
        text, end = match.string, match.end()
        if CLAUSE_END.match(text, end) or self.fraction_of.match(text, end):
            return True
        suffix = self._suffix.match(text, end)
        return suffix is not None and bool(suffix.group("unit") or suffix.group("percent"))

    def _dot_group_scale(self, match: regex.Match[str]) -> bool:
        """The scale word after the number is of a language whose dots group thousands:
        "12.400 millones" is 12 400 million whatever the rest of the text writes."""
        scale = match.group(self.groups.scale)
        return bool(scale) and norm(scale) in self._dot_group_scales

    def scale_value(self, scale: str) -> float:
        """The multiplier of a scale word or abbreviation ("million", "bn", "k")."""
        word = norm(scale)
        if word in self.scale_words:
            return self.scale_words[word]
        if " " in word:  # "hundred million"
            value = 1.0
            for part in word.split(" "):
                value *= self.scale_words.get(part, self._hundred.get(part, 1.0))
            return value
        abbreviations = self.lexicon.scale_abbreviations
        return float(abbreviations.get(scale.strip(), abbreviations.get(word, 1.0)))

    def _vague_interval(self, phrase: str) -> tuple[float, float]:
        words = norm(phrase)
        low = high = 1.0
        for quantifier, (q_low, q_high) in self._quantifiers.items():
            if words.startswith(quantifier + " "):
                low, high = q_low, q_high
                words = words[len(quantifier) + 1 :]
                break
        factors = [w for w in words.split(" ") if w not in self._vague_connectors]
        first = factors[0]
        if first in self._vague:
            v_low, v_high = self._vague[first]
            low, high = (
                (v_low, v_high) if (low, high) == (1.0, 1.0) else (low * v_low, high * v_low)
            )
        elif first in self.scale_words or first in self._hundred:
            scale = self.scale_words.get(first) or self._hundred[first]
            low, high = low * scale, high * scale
        for word in factors[1:]:
            scale = self.scale_words.get(word.rstrip("s"), self._vague.get(word, (1.0, 1.0))[0])
            low, high = low * scale, high * scale
        return low, high

    def _read_currency(self, currency: str, mention: Mention) -> None:
        """A currency prefix, its blanks folded when it is not an entry as written ("US  $5":
        the pattern takes any run)."""
        lex = self.lexicon
        if currency not in lex.currency_prefixes and currency not in lex.scaled_currency_codes:
            currency = folded(currency)
        if currency in lex.currency_prefixes:
            mention.currency = lex.currency_prefixes[currency]
        elif currency in lex.scaled_currency_codes:  # "MAUD 60": a scale letter before the code
            mention.currency, multiplier = lex.scaled_currency_codes[currency]
            rescale(mention, multiplier)

    def _read_prefix(self, match: regex.Match[str], mention: Mention) -> None:
        g = self.groups
        currency = match.group(g.currency)
        if currency:
            self._read_currency(currency, mention)
        hedge = match.group(g.hedge) or match.group(g.hedge_sign)
        if hedge:
            word = norm(hedge)
            mention.bound = self._hedges[word]  # type: ignore[assignment]
            if mention.bound == "~":
                mention.tolerance = ABOUT_TOLERANCE
            elif word in self.lexicon.near_hedges:
                mention.tolerance = NEAR_TOLERANCE
        if match.group(g.sign) and not (mention.vague or mention.ordinal):  # "minus 20"
            mention.low, mention.high = -mention.high, -mention.low
            digits = mention.digits  # "minus -2": the sign word turns the sign over
            mention.digits = (
                digits[1:] if digits.startswith("-") else "-" + digits if digits else ""
            )
        verb = match.group(g.verb)
        if verb:
            role, direction = self._verbs[norm(verb)]
            if role == "change":
                mention.change = direction  # type: ignore[assignment]
            elif mention.bound == "=":
                mention.bound = direction  # type: ignore[assignment]

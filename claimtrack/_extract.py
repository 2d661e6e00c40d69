"""From text to claims: the candidate scan, then number, unit and bound for each candidate.

>>> [c.text for c in extract("China sent almost 400 million doses and 19 experts in 2021.")]
['almost 400 million doses', '19 experts']
>>> extract("Trade reached $1.2bn.")[0].quantity.interval.high
1250000000.0
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

import regex

from claimtrack._bounds import ABOUT_TOLERANCE, NEAR_TOLERANCE, stated_precision
from claimtrack._lexicon import Lexicon, default_lexicon
from claimtrack._models import Bound, Change, Claim, Document, Kind, Quantity
from claimtrack._numbers import (
    exponent_value,
    parse_digits,
    parse_fraction,
    power_value,
    words_value,
)
from claimtrack._scan import Patterns, patterns_for
from claimtrack.context import ClaimContext, ContextReader, DocumentIndex

__all__ = ["DateMention", "Extractor", "Mention", "default_extractor", "extract"]

_SPACES = regex.compile(r"\s+")
_NOT_GLUED = regex.compile(r"(?!\w)")
_CLAUSE_END = regex.compile(r"\s*+(?:[^\w\s]|\Z)")
_JOIN_REACH = 16
"""Two figures further apart than this many characters never read as one (the longest joint is
a connector such as " and " or " with " between blanks) nor share a unit."""
_MAX_RATES = 2
"""Rates one unit may carry: "J/m^2 per year" has two; a third "per" is read as prose."""
_PLURAL_ES = ("sses", "shes", "ches", "xes", "zes")


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
    numbers: tuple[int, ...]
    """The groups of :data:`_NUMBER_GROUPS`."""

    @classmethod
    def of(cls, scan: regex.Pattern[str]) -> ScanGroups:
        index = scan.groupindex
        single = {f.name: index[f.name] for f in fields(cls) if f.name != "numbers"}
        return cls(**single, numbers=tuple(index[name] for name in _NUMBER_GROUPS))


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
    rate_start: int = -1  # where a rate begins ("2.5 million TEU| a year"), -1 if none
    change: Change | None = None
    currency: str | None = None
    range_of: tuple[Mention, Mention] | None = field(default=None, repr=False)


class Extractor:
    """Finds figures in text. Build one per lexicon; :func:`extract` uses the default one.

    An extractor holds only read-only data (its lexicon and compiled patterns), so one instance
    may be shared freely.
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.patterns: Patterns = patterns_for(self.lexicon)
        self._groups = ScanGroups.of(self.patterns.scan)
        self._word = self.patterns.word.groupindex["word"]  # by number, as the scan's groups
        lex = self.lexicon
        self._scale_words = {_norm(k): v for k, v in lex.scales.items()}
        self._hundred = {_norm(k): v for k, v in lex.hundred.items()}
        self._currency_names = {_norm(k): v for k, v in lex.currency_names.items()}
        self._ambiguous_currency = {_norm(k): v for k, v in lex.ambiguous_currency_names.items()}
        self._units = {**lex.units, **lex.spaced_units}
        self._units_folded = {k.lower(): v for k, v in lex.units.items() if k.islower()}
        self._per_nouns = {k.lower(): v for k, v in lex.per_nouns.items()}
        self._hedges = {_norm(k): v for k, v in lex.hedges.items()}
        self._verbs = {
            **{_norm(k): ("change", v) for k, v in lex.change_verbs.items()},
            **{_norm(k): ("change", v) for k, v in lex.change_nouns.items()},
            **{_norm(k): ("bound", v) for k, v in lex.bound_verbs.items()},
        }
        self._vague = {k.lower(): v for k, v in lex.vague.items()}
        self._quantifiers = {_norm(k): v for k, v in lex.vague_quantifiers.items()}
        self._ordinals = {k.lower(): v for k, v in lex.ordinals.items()}
        self._subunits = {_norm(k): v for k, v in lex.currency_subunits.items()}
        # Word look-ups right after a figure use the standard library's re: for a pattern with
        # one required word ("in", "of") the regex module searches the whole rest of the text
        # for that word on every match() call, which makes a long text cost quadratic time.
        self._minor_forms = {
            major: re.compile(r"\s*(?:" + "|".join(map(re.escape, forms)) + r")(?![\w.])", re.I)
            for major, (_minor, _ratio, forms) in lex.compound_units.items()
            if forms
        }
        ambiguous = "|".join(map(re.escape, lex.ambiguous_units))
        dimension_words = "|".join(map(re.escape, lex.dimension_words))
        self._ambiguous_units = re.compile(
            rf"\s+(?P<word>{ambiguous})(?=\s*(?:[^\w\s]|\Z)|\s+(?:{dimension_words})(?!\w))", re.I
        )
        self._frequency_noun = re.compile(
            r"\s+(?:" + "|".join(map(re.escape, lex.frequency_nouns)) + r")(?!\w)", re.I
        )
        self._fraction_of = re.compile(
            r"\s+(?:" + "|".join(map(re.escape, sorted(lex.fraction_followers))) + r")(?!\w)", re.I
        )
        self._range_connector = regex.compile(
            r"(?:-(?=\s))?+\s*+(?P<word>"  # a hyphen may hang on the first number: "8- to 16-meter"
            + "|".join(regex.escape(c) for c in sorted(lex.range_connectors, key=len)[::-1])
            + r")\s*+",
            regex.IGNORECASE,
        )
        self._spread_gap = regex.compile(r"\s*+(?:±|\+/[-−]|\+[-−])\s*+")
        list_words = "|".join(map(regex.escape, lex.list_connectors))
        self._list_gap = regex.compile(
            rf"\s*+(?:,\s*+)?+(?:(?:{list_words})\s++)?+", regex.IGNORECASE
        )
        amount_words = "|".join(map(regex.escape, lex.amount_connectors))
        self._compound_gap = regex.compile(
            rf"\s++(?:(?P<word>{amount_words})\s++)?+|,\s*+", regex.IGNORECASE
        )
        self._range_opener = regex.compile(
            r"(?i:(?<!\w)(?:" + "|".join(map(regex.escape, lex.range_openers)) + r")\s++)\Z"
        )

    @property
    def context_reader(self) -> ContextReader:
        """The context reader of this extractor's lexicon (built on first use)."""
        reader: ContextReader | None = self.__dict__.get("_context_reader")
        if reader is None:
            reader = self._context_reader = ContextReader(self.lexicon)
        return reader

    # ------------------------------------------------------------------ public

    def extract(self, source: str | Document, *, context: bool = True) -> list[Claim]:
        """Every figure in ``source`` as a :class:`~claimtrack.Claim`, in text order.

        With ``context=False`` only the quantities are read: each claim carries its ``doc``,
        ``span``, ``text``, ``quantity``, ``source`` and ``published``, its other fields keep
        their defaults, and no context index of the document is built (about twice as fast).
        Spans and quantities are the same either way.
        """
        doc = source if isinstance(source, Document) else Document(text=source)
        mentions, dates = self.scan(doc.text)
        if not mentions:
            return []
        if not context:
            reader = self.context_reader
            return [self._claim(doc, m, ClaimContext(counted=reader.counted(m))) for m in mentions]
        return self._claims(doc, mentions, dates)[0]

    def extract_indexed(self, doc: Document) -> tuple[list[Claim], DocumentIndex]:
        """:meth:`extract`, and the document's context index (entities, times, sentences) that
        the consistency check reads lists of names from, built once."""
        return self._claims(doc, *self.scan(doc.text))

    def _claims(
        self, doc: Document, mentions: list[Mention], dates: list[DateMention]
    ) -> tuple[list[Claim], DocumentIndex]:
        reader = self.context_reader
        index = reader.document_index(doc.text, dates, doc.published)
        return [self._claim(doc, m, reader.context(index, m)) for m in mentions], index

    def scan(self, text: str) -> tuple[list[Mention], list[DateMention]]:
        """Number mentions (ranges merged) and date mentions of ``text``, in one pass."""
        mentions: list[Mention] = []
        dates: list[DateMention] = []
        for match in self.patterns.matches(text):
            kind = match.lastgroup  # the outermost group, closed last: mention, date or skip
            if kind == "mention":
                mention = self._mention(text, match)
                if mention is not None and mentions and mention.start < mentions[-1].end:
                    mention = self._after_overlap(text, mention, mentions[-1].end)
                if mention is None:
                    continue
                if self._is_year(text, mention):
                    dates.append(
                        DateMention(mention.number_start, mention.end, _slice(text, mention))
                    )
                    continue
                if mentions and mention.start - mentions[-1].end <= _JOIN_REACH:
                    joined = self._joined(text, mentions[-1], mention)
                    if joined is not None:
                        mentions[-1] = joined
                        continue
                    self._share_unit(text, mentions, mention)
                mentions.append(mention)
            elif kind == "date":
                dates.append(DateMention(match.start(), match.end(), match.group()))
        return [m for m in mentions if _keep(m)], dates

    def _joined(self, text: str, left: Mention, right: Mention) -> Mention | None:
        """``left`` and ``right`` read as one figure, or None: a margin of error ("42% ± 3%"),
        an amount in two units ("4 dollars and 75 cents"), or a range ("10-12%", "24 -70mm")."""
        if self._joins_spread(text, left, right):
            return _merge_spread(left, right)
        if self._joins_compound(text, left, right):
            merged = self._merge_compound(text, left, right)
            self._read_per(text, merged)  # "12 USD 40 per container"
            return merged
        dashed = self._dashed_end(text, left, right)
        if dashed is not None:
            return _merge_range(left, dashed)
        if self._joins_range(text, left, right):
            return _merge_range(left, right)
        return None

    def _after_overlap(self, text: str, mention: Mention, taken: int) -> Mention | None:
        """A mention whose prefix the previous one already read as its unit ("17 USD 25"):
        read again from its number, or drop it if the number itself was taken."""
        if mention.number_start < taken:
            return None
        match = self.patterns.scan.match(text, mention.number_start)
        if match is None or match.group("mention") is None:
            return None
        return self._mention(text, match)

    # ------------------------------------------------------------------ per candidate

    def _mention(self, text: str, match: regex.Match[str]) -> Mention | None:
        g = self._groups
        number_start = _number_start(match, g.numbers)
        if match.start(g.hedge) >= 0:
            start = match.start(g.hedge)
        elif match.start(g.verb) >= 0:
            first = g.currency if match.start(g.currency) >= 0 else g.sign
            start = match.start(first) if match.start(first) >= 0 else number_start
        else:
            start = match.start()
        mention = self._number(match, start, number_start)
        if mention is None:
            return None
        self._read_prefix(match, mention)
        self._read_suffix(text, mention)
        return mention

    def _number(self, match: regex.Match[str], start: int, number_start: int) -> Mention | None:
        g, end = self._groups, match.end()
        digits = match.group(g.digits)
        if digits:
            tail = g.fraction if match.start(g.fraction) >= 0 else g.vulgar
            has_tail = match.start(tail) >= 0
            if has_tail:
                digits = digits[: match.start(tail) - match.start(g.digits)].rstrip()
            value, plain = parse_digits(digits)
            if has_tail:
                part = parse_fraction(match.group(tail))
                value += -part if digits.startswith(("-", "−")) else part
                plain = ""
            mention = Mention(start, end, number_start, value, value, digits=plain)
        elif match.group(g.lone_fraction):
            value = parse_fraction(match.group(g.lone_fraction))
            share = self._fraction_of.match(match.string, end) is not None  # "1/40 of the cost"
            mention = Mention(
                start, end, number_start, value, value, lone_fraction=True, share=share
            )
        elif match.group(g.words):
            words, fraction = match.group(g.words), bool(match.group(g.over))
            if fraction and not self._fraction_fits(match):  # "two quarters in a row": a count
                end = match.start(g.over)
                value = words_value(words[: end - match.start(g.words)], self.lexicon)
                return Mention(start, end, number_start, value, value, from_words=True)
            if match.group(g.article_fraction):  # "a quarter of the vote"
                fraction = self._fraction_of.match(match.string, end) is not None
            value = words_value(words, self.lexicon)
            mention = Mention(
                start, end, number_start, value, value, from_words=True, share=fraction
            )
        elif match.group(g.vague):
            low, high = self._vague_interval(match.group(g.vague))
            return Mention(start, end, number_start, low, high, vague=True)
        elif match.group(g.ordinal_digits):
            value = float(match.group(g.ordinal_digits)[:-2])
            return Mention(start, end, number_start, value, value, ordinal=True, kind="ordinal")
        else:
            value = float(self._ordinals[match.group(g.ordinal_word).lower()])
            return Mention(start, end, number_start, value, value, ordinal=True, kind="ordinal")
        if match.group(g.exponent):
            _rescale(mention, _power(*exponent_value(match.group(g.exponent))))
            mention.exponent = True
        scale = match.group(g.scale)
        if scale:
            _rescale(mention, self._scale_value(scale))
            mention.glued_scale = "" if scale[0].isspace() else scale
        return mention

    def _fraction_fits(self, match: regex.Match[str]) -> bool:
        """Whether "two thirds" is a fraction: before "of", a scale word, a unit or the end of
        a clause, and not a count of periods ("two quarters in a row")."""
        g = self._groups
        if match.group(g.and_fraction) or match.group(g.scale):
            return True  # "two and a half", "three quarters billion"
        text, end = match.string, match.end()
        if _CLAUSE_END.match(text, end) or self._fraction_of.match(text, end):
            return True
        suffix = self.patterns.suffix.match(text, end)
        return suffix is not None and bool(suffix.group("unit") or suffix.group("percent"))

    def _scale_value(self, scale: str) -> float:
        word = _norm(scale)
        if word in self._scale_words:
            return self._scale_words[word]
        abbreviations = self.lexicon.scale_abbreviations
        return float(abbreviations.get(scale.strip(), abbreviations.get(word, 1.0)))

    def _vague_interval(self, phrase: str) -> tuple[float, float]:
        words = _norm(phrase)
        low = high = 1.0
        for quantifier, (q_low, q_high) in self._quantifiers.items():
            if words.startswith(quantifier + " "):
                low, high = q_low, q_high
                words = words[len(quantifier) + 1 :]
                break
        factors = [w for w in words.split(" ") if w != "of"]
        first = factors[0]
        if first in self._vague:
            v_low, v_high = self._vague[first]
            low, high = (
                (v_low, v_high) if (low, high) == (1.0, 1.0) else (low * v_low, high * v_low)
            )
        elif first in self._scale_words or first in self._hundred:
            scale = self._scale_words.get(first) or self._hundred[first]
            low, high = low * scale, high * scale
        for word in factors[1:]:
            scale = self._scale_words.get(word.rstrip("s"), self._vague.get(word, (1.0, 1.0))[0])
            low, high = low * scale, high * scale
        return low, high

    def _read_prefix(self, match: regex.Match[str], mention: Mention) -> None:
        g = self._groups
        currency = match.group(g.currency)
        if currency in self.lexicon.currency_prefixes:
            mention.currency = self.lexicon.currency_prefixes[currency]
        elif currency:  # "MAUD 60": a scale letter before the code
            mention.currency, multiplier = self.lexicon.scaled_currency_codes[currency]
            _rescale(mention, multiplier)
        hedge = match.group(g.hedge)
        if hedge:
            word = _norm(hedge)
            mention.bound = self._hedges[word]  # type: ignore[assignment]
            if mention.bound == "~":
                mention.tolerance = ABOUT_TOLERANCE
            elif word in self.lexicon.near_hedges:
                mention.tolerance = NEAR_TOLERANCE
        if match.group(g.sign) and not (mention.vague or mention.ordinal):  # "minus 20"
            mention.low, mention.high = -mention.high, -mention.low
            mention.digits = "-" + mention.digits if mention.digits else ""
        verb = match.group(g.verb)
        if verb:
            role, direction = self._verbs[_norm(verb)]
            if role == "change":
                mention.change = direction  # type: ignore[assignment]
            elif mention.bound == "=":
                mention.bound = direction  # type: ignore[assignment]

    def _read_suffix(self, text: str, mention: Mention) -> None:
        if mention.ordinal:
            self._ordinal_noun(text, mention)
            return
        suffix = self.patterns.suffix.match(text, mention.end)
        if suffix is not None and self._apply_suffix(suffix, mention):
            mention.end = suffix.end()
            if mention.unit != "dimensionless":
                self._read_per(text, mention)
            return
        if mention.currency:
            mention.unit, mention.kind = mention.currency, "money"
            self._read_per(text, mention)
            return
        if mention.from_words and text.startswith("-", mention.end):
            return  # "one-time", "two-thirds": a compound word, not a count
        self._count_noun(text, mention)
        if mention.kind == "number" and not mention.vague:
            self._ambiguous_unit(text, mention)
        if mention.kind == "number" and not mention.vague:
            self._frequency(text, mention)
        if mention.kind == "number" and mention.glued_scale in self.lexicon.scale_letters_as_units:
            self._scale_as_unit(mention)

    def _frequency(self, text: str, mention: Mention) -> None:
        """Events per period: "4 times a week" is 4 of unit "1 / week"."""
        noun = self._frequency_noun.match(text, mention.end)
        if noun is None:
            return
        rate = replace(mention, unit="1", end=noun.end())
        self._read_per(text, rate)
        if rate.end > noun.end():
            mention.unit, mention.kind, mention.end = rate.unit, "measure", rate.end

    def _ambiguous_unit(self, text: str, mention: Mention) -> None:
        """A unit spelled like a common word ("in") when the clause ends or a dimension word
        follows: "2 1/2 in thick", "a pencil 6 in long", "it is 2 in." """
        found = self._ambiguous_units.match(text, mention.end)
        if found is not None:
            mention.unit = self.lexicon.ambiguous_units[found.group("word").lower()]
            mention.kind, mention.end = "measure", found.end("word")

    def _scale_as_unit(self, mention: Mention) -> None:
        """ "1.8m" that counts nothing and names no currency is a length, not 1.8 million."""
        mention.low /= mention.scale
        mention.high /= mention.scale
        mention.scale, mention.has_scale = 1.0, False
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
            code, factor = self._subunits[_norm(suffix.group("subunit"))]
            mention.unit, mention.kind, mention.subunit = code, "money", True
            _rescale(mention, factor)
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
        a symbol after a figure that has one in front ("$ 20.00 $ 37.50": the next figure's)."""
        code = suffix.group("currency_code")
        name = _norm(suffix.group("currency_name") or code)
        if mention.currency and not name[:1].isalpha():
            return False
        if name in self._ambiguous_currency:
            money, weight = self._ambiguous_currency[name]
            is_money = bool(mention.has_scale or mention.currency)
            mention.unit, mention.kind = (money, "money") if is_money else (weight, "measure")
            return True
        if code in self.lexicon.scaled_currency_codes:  # "30 MUSD"
            code, multiplier = self.lexicon.scaled_currency_codes[code]
            _rescale(mention, multiplier)
        mention.unit, mention.kind = (
            (mention.currency or self._currency_names.get(name, code)),
            "money",
        )
        late = suffix.group("late_scale")
        if late and not mention.has_scale:  # "75 USD million"
            _rescale(mention, self._scale_value(late))
        return True

    def _read_per(self, text: str, mention: Mention) -> None:
        """What the unit is per: "per hour", "a share", "/s2", "J/m^2 per year"."""
        for _ in range(_MAX_RATES):
            per = self.patterns.per.match(text, mention.end)
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

    def _count_noun(self, text: str, mention: Mention) -> None:
        """The noun a figure counts: the first plural noun of the phrase after the number."""
        lex = self.lexicon
        pos = mention.end
        words = self.patterns.word
        first = True
        for _ in range(lex.count_phrase_length + 1):
            token = words.match(text, pos)
            if token is None or token.group(self._word) is None:
                return
            word = token.group(self._word).rstrip(".")
            lower = word.lower()
            if first and lower in lex.unit_connectors and (mention.vague or mention.has_scale):
                pos, first = token.end(), False
                continue
            first = False
            if lower in lex.count_phrase_stops:
                return
            lemma = self._singular(word, mention.high)
            if (
                lemma is not None
                and _pronoun_one(mention)
                and (lemma != lower or _plural_like(lower))
            ):
                return  # "that one costs": the word "one" counts a singular noun, not a verb
            if lemma is not None:
                mention.unit, mention.kind = lemma, "count"
                mention.end = token.start(self._word) + len(word)
                return
            pos = token.end()

    def _singular(self, word: str, value: float) -> str | None:
        """Singular form of ``word`` if it reads as the noun counted, else None."""
        lex = self.lexicon
        lower = word.lower()
        if word in lex.invariant_count_nouns or lower in lex.invariant_count_nouns:
            return word if word.isupper() else lower
        if lower in lex.irregular_plurals:
            return lex.irregular_plurals[lower]
        if lower in lex.not_count_nouns or len(lower) < 3 or not lower.endswith("s"):
            return lower if value == 1 and lower.isalpha() and len(lower) > 2 else None
        if lower.endswith(("ss", "us", "is", "'s", "’s")):
            return None
        if lower.endswith("ies") and len(lower) > 4:
            return lower[:-3] + "y"
        if lower.endswith(_PLURAL_ES):
            return lower[:-2]
        return lower[:-1]

    def _ordinal_noun(self, text: str, mention: Mention) -> None:
        """The noun an ordinal ranks: the head (last word) of the phrase after it."""
        lex = self.lexicon
        pos, head = mention.end, None
        for _ in range(lex.ordinal_noun_skip):
            paren = self.patterns.parenthetical.match(text, pos)
            if paren is not None:
                pos = paren.end()
                continue
            token = self.patterns.word.match(text, pos)
            if token is None or token.group(self._word) is None:
                break
            word = token.group(self._word).rstrip(".")
            if word.lower() in lex.count_phrase_stops or (head is not None and _verb_like(word)):
                break
            head, pos = (word, token.start(self._word) + len(word)), token.end()
        if head is not None:
            mention.unit = self._singular(head[0], 1.0) or head[0].lower()
            mention.end = head[1]

    # ------------------------------------------------------------------ whole-text rules

    def _is_year(self, text: str, mention: Mention) -> bool:
        """A bare whole number from 1000 to 2100 with no unit is a year ("in 2021")."""
        if mention.kind not in ("number", "count") or mention.has_scale or mention.currency:
            return False
        if mention.bound != "=" or mention.change or not mention.digits.isdigit():
            return False
        if len(mention.digits) != 4 or not 1000 <= mention.low <= 2100:
            return False
        if mention.kind == "number":
            return True
        before = text[max(0, mention.number_start - 12) : mention.number_start].split()
        return bool(before) and before[-1].lower() in self.lexicon.year_prepositions

    def _joins_range(self, text: str, left: Mention, right: Mention) -> bool:
        """True for "10-12%", "between 4% and 4.5%", "from 252 to 287 miles", "5 to 7 km"."""
        if not _plain_pair(left, right):
            return False
        descending = left.low > right.low
        if (descending and left.low > 0) or left.unit not in ("dimensionless", right.unit):
            return False  # below zero a range may run down: "from -18 °C to -34 °C"
        gap = self._range_connector.fullmatch(text, left.end, right.start)
        if gap is None:
            return False
        word = gap.group("word").lower()
        opener = self._range_opener.search(text, max(0, left.start - 12), left.start)
        expected = (
            self.lexicon.range_openers.get(opener.group().strip().lower()) if opener else None
        )
        return word in ("-", "–", "—", "to") or word == expected

    def _dashed_end(self, text: str, left: Mention, right: Mention) -> Mention | None:
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

    def _share_unit(self, text: str, mentions: list[Mention], last: Mention) -> None:
        """Bare numbers listed right before a figure take its unit and scale: "45 and 50 mg",
        "3, 4 or 5 bedrooms", "2 and 3 million people"."""
        if last.kind in ("number", "ordinal") or last.vague or last.range_of:
            return
        right = last
        for left in reversed(mentions):
            if left.kind != "number" or not left.digits or left.has_scale or left.range_of:
                return
            if not self._list_gap.fullmatch(text, left.end, right.start):
                return
            left.unit, left.kind, left.currency = last.unit, last.kind, last.currency
            if last.has_scale:
                _rescale(left, last.scale)
            right = left

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
            cents = cents and not _pronoun_one(right)  # "a 50-euro one"
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

    def _claim(self, doc: Document, mention: Mention, context: ClaimContext) -> Claim:
        quantity = _quantity(mention)
        if context.counted is not None:
            quantity = quantity.model_copy(update={"counted": context.counted})
        return Claim(
            doc=doc.id,
            span=(mention.start, mention.end),
            text=doc.text[mention.start : mention.end],
            quantity=quantity,
            sentence=context.sentence,
            subject=context.subject,
            metric=context.metric,
            entities=context.entities,
            time=context.time,
            attribution=context.attribution,
            source=doc.source,
            published=doc.published,
            places=context.places,
            goods=context.goods,
        )


def _plain_pair(left: Mention, right: Mention) -> bool:
    """Neither figure is vague, an ordinal, nor already a range: two that may read as one."""
    return not (left.vague or right.vague or left.ordinal or right.ordinal or left.range_of)


def _ends_amount(text: str, gap: regex.Match[str], right: Mention) -> bool:
    """A bare number of cents after "and" ends the amount ("15 dollars and 50."), so that
    "$15 and 20 were sold" keeps two figures; without "and" it only must not run on."""
    after = _CLAUSE_END if gap.group("word") else _NOT_GLUED
    return after.match(text, right.end) is not None


def _pronoun_one(mention: Mention) -> bool:
    """The word "one" alone, which may be a pronoun ("that one costs"); "0.1-1 ships" counts."""
    return mention.from_words and mention.high == 1


def _plural_like(lower: str) -> bool:
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _verb_like(word: str) -> bool:
    """A word ending an ordinal's noun phrase: the head an ordinal ranks is singular, so a
    following "-ed" or "-s" word is the verb ("the first vaccine arrived", "line carries")."""
    lower = word.lower()
    return len(lower) > 3 and (
        lower.endswith("ed") or (lower.endswith("s") and not lower.endswith("ss"))
    )


def _scaled(value: float, digits: str, multiplier: float) -> float:
    """``value * multiplier``, exact in decimal when the digits are known ("16.4 million" is
    16400000.0, not 16399999.999999998)."""
    if not digits:
        return value * multiplier
    return float(Decimal(digits) * Decimal(repr(multiplier)))


def _rescale(mention: Mention, multiplier: float) -> None:
    """Multiply a mention by a scale word, a scale letter or a subunit (exact in decimal)."""
    mention.scale *= multiplier
    mention.has_scale = True
    if mention.digits:
        mention.low = mention.high = _scaled(mention.low, mention.digits, mention.scale)
    else:
        mention.low *= multiplier
        mention.high *= multiplier


_NUMBER_GROUPS = ("digits", "words", "ordinal_word", "ordinal_digits", "vague", "lone_fraction")
"""The scan's alternatives for the number itself (exactly one matches), most frequent first."""


def _number_start(match: regex.Match[str], groups: tuple[int, ...]) -> int:
    """Where the number itself starts; ``groups`` are the numbers of :data:`_NUMBER_GROUPS`."""
    for group in groups:
        start = match.start(group)
        if start >= 0:
            return start
    return match.start()


def _slice(text: str, mention: Mention) -> str:
    return text[mention.number_start : mention.end]


def _norm(text: str) -> str:
    word = text.strip()
    if word.isalpha():  # one word: nothing to fold ("about", " million")
        return word.lower()
    return _SPACES.sub(" ", word).lower()


def _parenthesize(unit: str) -> str:
    return f"({unit})" if " " in unit else unit


def _powered(unit: str, power: str | None) -> str:
    """``unit`` raised to a power written after it ("^2", "-1", "⁻¹"), as pint reads it."""
    return f"{_parenthesize(unit)} ** {power_value(power)}" if power else unit


def _power(base: int, power: int) -> float:
    """``base ** power`` as a float; infinite beyond a float's range (the figure is dropped)."""
    try:
        return float(base) ** power
    except (OverflowError, ZeroDivisionError):
        return math.inf


def _keep(mention: Mention) -> bool:
    """Drop word numbers that count nothing ("one of them"), fractions that measure nothing
    ("24/7") and ordinals that rank nothing."""
    if not (math.isfinite(mention.low) and math.isfinite(mention.high)):
        return False  # a digit run too long for a float is no figure
    if mention.from_words and mention.kind == "number" and not mention.share:
        return False
    if mention.lone_fraction and mention.kind in ("number", "count") and not mention.share:
        return False
    return not (mention.ordinal and mention.unit == "dimensionless")


def _merge_spread(left: Mention, right: Mention) -> Mention:
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


def _merge_range(left: Mention, right: Mention) -> Mention:
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
        range_of=(left, right),
    )


def _quantity(mention: Mention) -> Quantity:
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
        return Quantity(
            value=None, low=mention.low, high=mention.high, unit=mention.unit, kind=mention.kind,
            change=mention.change, precision=precision,
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


@functools.cache
def default_extractor() -> Extractor:
    """The extractor for the default lexicon (built on first use)."""
    return Extractor()


def extract(
    source: str | Document, *, extractor: Extractor | None = None, context: bool = True
) -> list[Claim]:
    """Every figure in a text or :class:`~claimtrack.Document`, as claims in text order.

    ``context=False`` reads quantities only (see :meth:`Extractor.extract`):

    >>> [(c.text, c.quantity.unit, c.sentence) for c in extract("About 5 km.", context=False)]
    [('About 5 km', 'kilometer', '')]
    """
    return (extractor or default_extractor()).extract(source, context=context)

"""The compiled patterns of the scan and of what follows a number, built from a :class:`Lexicon`.

One pass of :attr:`Patterns.scan` over the text finds, left to right, either text that is not a
figure (URLs, e-mail addresses, phone numbers, times of day, names with digits such as
"COVID-19", list markers, runs of bare numbers), a date, or a number mention with what sits right
before it (a change or bound verb, a hedge, a currency). Short anchored patterns then read what
follows the number (scale word, unit, count noun). Every repeated group is possessive or atomic
and every alternative starts at a boundary, so the scan stays linear in the input.

The scan pattern is tried only where a match can start (:meth:`Patterns.matches`, with the
positions :class:`~claimtrack.extract.candidates.Candidates` finds).

>>> from claimtrack import default_lexicon
>>> patterns = Patterns(default_lexicon())
>>> [m.group() for m in patterns.matches("Exports rose 5% to $1.2bn, visit www.one.org.")]
['rose 5', '$1.2bn', 'www.one.org.']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from claimtrack.extract.candidates import HEDGE_SIGNS, VULGAR_FRACTIONS, Candidates
from claimtrack.extract.tries import alternation as _alternation
from claimtrack.lang import Lexicon

__all__ = ["POWER", "Patterns"]

_FLAGS = regex.VERBOSE | regex.VERSION1 | regex.MULTILINE

POWER = r"(?:(?:\^|\*\*)[-−]?+[1-9]|(?<=\p{Ll})-[1-3]|−[1-3]|⁻?+[¹²³])(?!\d)"
"""A power written after a unit symbol: "m^2", "s**-1", "s-1", "cm−3", "m⁻²". A hyphen makes one
only from -1 to -3 and after a small letter: "L-202" and "T-3" are model names."""

_SPACE_GROUPED = r"\d{1,3}(?:\ \d{3})++(?!\d)(?:\.\d++)?+(?=\ ?+(?:[^\W\d_]|[%$€£¥]))"
"""Thousands grouped by plain blanks ("10 000 dollars", "1 234 567 people"), read as one number
only when a word or symbol follows, as after a figure; otherwise numbers apart stay apart."""


_ONE_LINE = r"[^\S\n\r\v\f\x85\u2028\u2029]++"
"""Blanks within one line."""


def _word_alternation(words: Iterable[str]) -> str:
    return _alternation(words, fold=True)


def _month_alternation(months: Iterable[str]) -> str:
    """Month names: any case when long, capitalized when short ("May", "Mar", not "may")."""
    forms = [m if len(m) >= 5 else m.capitalize() for m in months]
    return _alternation(forms, fold=True)


def _whole_words(words: Iterable[str]) -> str:
    """A word alternation that only matches whole words: possessive loops around it must not
    commit to "mil" in "miles" or "ten" in "tens"."""
    return rf"(?:{_word_alternation(words)}(?!\w))"


def _scan_pattern(lex: Lexicon) -> str:
    ones = _whole_words(lex.ones)
    tens = _whole_words(lex.tens)
    hundred = _whole_words(lex.hundred)
    scales = _whole_words(lex.scales)
    spaced = _alternation(lex.spaced_scale_abbreviations)
    and_word = _word_alternation(lex.number_conjunctions)
    article = _word_alternation(lex.articles)
    scale_article = _word_alternation(lex.fraction_scale_articles)
    of_vague = _word_alternation(lex.vague_connectors)
    by = _word_alternation(lex.verb_connectors)
    nth = _alternation(lex.ordinal_suffixes)
    dozen = _whole_words(lex.dozen)
    fractions = _word_alternation(lex.fractions)
    halves = _word_alternation(f for f in lex.fractions if f not in lex.ordinals)  # not "third"
    denominators = _whole_words(lex.fraction_denominators)
    hundreds = _whole_words(lex.hundreds) if lex.hundreds else "(?!)"
    tens_word = rf"(?:{tens}(?:(?:[-\s]|\s+{and_word}\s+){ones})?+|{ones})"
    unit_word = rf"(?:{hundreds}(?:\s+(?:{and_word}\s+)?+{tens_word})?+|{tens_word})"
    group = (
        rf"(?:(?:{unit_word}|{article})\s+{hundred}"
        rf"(?:\s+(?:{and_word}\s+)?{unit_word})?+|{unit_word})"
    )
    abbreviations = _alternation(lex.scale_abbreviations)
    and_ = rf"\s++(?:{and_word}\s++)?+"
    months = _month_alternation(lex.months)
    of = _word_alternation(lex.date_connectors)
    weekdays = _word_alternation(lex.weekdays)
    vague = _word_alternation(lex.vague)
    quantifiers = _word_alternation(lex.vague_quantifiers)
    hedges = _word_alternation(lex.hedges)
    signs = _word_alternation(lex.sign_words)
    verbs = _word_alternation({*lex.change_verbs, *lex.bound_verbs, *lex.change_nouns})
    currencies = _alternation(  # on one line: "Section C\n$5" is no Canadian dollar
        [*lex.currency_prefixes, *lex.scaled_currency_codes], blank=_ONE_LINE
    )
    codes = _alternation([*lex.currency_codes, *lex.scaled_currency_codes])
    lettered = _alternation(p for p in lex.currency_prefixes if p.isalpha())  # RM12.50, Rs500
    ordinals = _word_alternation(lex.ordinals)
    ratios = _word_alternation(lex.ratio_connectors)
    multiples = _word_alternation(lex.multiples) if lex.multiples else "(?!)"
    followers = _word_alternation(lex.fraction_followers)
    zones = _alternation(lex.time_zones)
    letter = r"(?=[^\W\d_])"  # a cheap first test before each alternation of words
    return rf"""
    (?P<skip>
        (?<![\w/])(?:https?://|www\.)\S++                    # a URL
      | (?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++         # an e-mail address
      | (?<![\w+])\+?\(?\d{{3}}\)?[-.\ ]\d{{3}}[-.\ ]\d{{4}}(?!\d)  # a phone number
      | (?<![\w:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?+(?:\s?+(?i:[ap]\.?m\.?))?+  # a time of day
      | (?<![\w.,:])[0-2]\d[0-5]\d\s?+(?:{zones})(?!\w)       # 0600 GMT
      | (?<![\w.])\d{{1,2}}\.\d{{2}}\s?+(?i:[ap]\.m\.|[ap]m\b)  # "2.13 am"
      | (?<![\w.])\d{{1,2}}\s?+(?i:[ap]\.m\.|[ap]m\b)       # "3 pm"
      | (?<![\w-])(?!(?:{codes}|{lettered})\d|{signs}-\d)  # a name with digits (not RM12.50,
            [^\W\d_]++[-‐−]?+\d[\w-]*+(?:[.+]\d[\w-]*+)*+     # minus-5): G20, J1149.5+6663
      | (?<![\w.,])\d{{2}}(?:\d{{2}})?+s\b                    # a decade: 1990s, the 80s
      | (?<![\w.,])\d++(?:{nth})-[^\W\d_][\w-]*+           # a rank as a modifier: 21st-century
      | (?<![\w.,])\d++(?![eE][-+]?\d)\p{{Lu}}++\d[\w-]*+     # a code: 06F6, 3B2 (not 40m2)
      | ^[ \t]*+\d{{1,2}}[.)](?=[ \t])                      # a list marker: "1. We"
      | (?<![\w.,])(?!{_SPACE_GROUPED})
            \d++(?:[ \t]++\d++){{3,}}+                     # a run of bare numbers (a table row)
      | (?<![\w.,])\d++(?:,\d{{1,2}}(?!\d)){{3,}}+          # a run of comma-separated numbers
      | (?<![\w.,])(?!\d{{1,3}}(?:\.\d{{3}})++(?![\d.]))     # (not European 1.234.567)
            \d++(?:\.\d++){{2,}}+                         # dotted: version 2.4.1, IP 10.0.0.1
    )
    | (?P<date>
        (?<![\w-])\d{{4}}-\d{{2}}-\d{{2}}(?![\w-])          # ISO: 2021-07-28
      | (?<![\w.,-])(?:1[89]|20)\d{{2}}[-–/]\d{{2}}(?![\w/-])  # a fiscal year: 2013-14
      | (?<![\w/])\d{{1,2}}/\d{{1,2}}/\d{{2,4}}(?![\w/])     # 7/28/2021
      | (?<!\w)(?:{weekdays},?\s++)?{months}\.?\s++\d{{1,2}}(?:{nth})?+(?!\d)
            (?:\s*+[-–]\s*+\d{{1,2}}(?:{nth})?+(?![\d%.,]))?+     # Oct. 12-15
            (?:,?\s++\d{{4}}(?!\d))?+                       # June 5th, March 2, 2022
      | (?<![\w.,])(?:\d{{1,2}}\s*+[-–]\s*+)?+             # 12-15 October
            \d{{1,2}}(?:{nth})?+\s++(?:{of}\s++)?{months}\b\.?
            (?:,?\s++(?:{of}\s++)?\d{{4}}(?!\d))?+          # 18 Oct 2020, 5th of June
      | (?<!\w){months}\s++(?:{of}\s++)?\d{{4}}(?!\d)     # September 1960
    )
    | (?P<mention>
        (?:{letter}(?<!\w)(?P<verb>{verbs})\s++(?:{by}\s++)?+)?         # rose, exceeded
        (?:{letter}(?<!\w)(?P<hedge>{hedges})\s++                     # almost, more than
          | (?P<hedge_sign>[{HEDGE_SIGNS}])\s*+)?+                      # ~0.8 mm, ≈ 40
        (?:(?=\D)(?<![\w$€£¥])(?P<currency>{currencies})\s?+)?+         # $, US$, €
        (?:{letter}(?<!\w)(?P<sign>{signs})(?:\s++|-(?=\d)))?+            # minus (20), minus-5
        (?!\d++(?:{nth})-[^\W\d_])                          # no figure: "lost 5th-place"
        (?:
            (?P<ordinal_digits>(?<![\w.,])\d++(?:{nth})(?!\w))    # 50th
          | {letter}(?P<ordinal_word>(?<![\w-]){ordinals}(?![\w-]))     # fifth
          | {letter}(?P<vague>(?<![\w-])
                (?:{quantifiers}\s++)?+{vague}\s++{of_vague}(?:\s++{vague}(?=\s++{of_vague}\b))?+
              | (?<![\w-]){quantifiers}\s++(?:{scales}|{hundred})            # a few hundred
            )
          | (?P<ratio>(?<![\w.,-])(?:{unit_word}|\d{{1,3}})\s++{ratios}\s++   # one in four
                (?:{group}(?:\s++{scales})?+|{article}\s++(?:{scales}|{hundred})
                  | \d{{1,3}}(?:,\d{{3}})*+)(?![\w.,%-]|\s*+%))
          | (?P<multiple>(?<![\w-]){multiples}(?![\w-])                # sixfold, 3-fold
              | (?<![\w.,])\d++(?:\.\d++)?+[-‐]fold(?![\w-]))
          | (?P<lone_fraction>(?<![\w.,/⁄])\d{{1,2}}[/⁄]\d{{1,2}}(?![\d/⁄])  # 1/4 (mile)
              | (?<![\w.,/])[{VULGAR_FRACTIONS}](?![\d/]))                # ½ (teaspoon)
          | (?P<digits>(?(currency)|(?<![\w.,/^]))[-+−]?+
                (?:\d{{1,3}}(?:,\d{{3}})++(?:\.\d++)?+             # 4,500 or 1,234.5
                 | \d{{1,3}}(?:\.\d{{3}})++(?:,\d++)?+(?![\d])     # 520.000 (European)
                 | \d++,\d{{1,2}}(?!\d|,\d)                        # 48,2 (decimal comma)
                 | \d{{1,3}}(?:[\u00a0\u2009\u202f]\d{{3}})++(?!\d)(?:[.,]\d++)?+  # 10 000
                 | {_SPACE_GROUPED}                                  # 10 000 dollars
                 | \d{{1,3}}(?:٬\d{{3}})++(?:٫\d++)?+ | \d++٫\d++       # ٣٫٥ (Arabic)
                 | \d++(?:\.\d++)?+                                 # 1.5, 2021
                 | \.\d++)                                         # .5
                (?:\s++(?P<fraction>\d{{1,2}}[/⁄]\d{{1,2}})(?![\d/⁄])   # 2 1/2
                  | (?P<vulgar>[{VULGAR_FRACTIONS}]))?+                      # 2½
            )
            (?P<exponent>                                       # 4e14, 2.48×10−5, 5.5x10^-3
                [eE][-+−]?+\d++(?![\w.])
              | \s?+[x×·]\s?+10(?:(?:\^|\*\*)[-+−]?+\d++|[-−]\d++
                              |[⁻⁺]?+[⁰¹²³⁴⁵⁶⁷⁸⁹]++)(?![\d.])
              | \s?+[x×·]\s?+\d(?:\^|\*\*)[-+−]?+\d++(?![\d.])      # 8x2^10
            )?+
          | {letter}(?P<words>(?<![\w-])
                (?:(?:{fractions}|{article})\s++(?:{scale_article}\s++)?+(?={scales}|{dozen}|{hundred})
                  | (?P<article_fraction>                               # half a mile, a quarter of
                        {halves}\s++{article}(?!\w)|{article}\s++{halves}(?!\w)
                      | {article}\s++{fractions}(?=\s++{followers}(?!\w))   # a third of
                      | {halves}(?=\s++{followers}(?!\w)))                 # half the
                  | {group}(?:{and_}(?:{scales}|{dozen})(?:{and_}{group})?+)*+
                    (?P<over>[-\s]++{denominators}                      # two thirds, one-half
                      | (?P<and_fraction>                                  # two and a half
                            \s++{and_word}\s++{article}\s++{fractions}(?!\w))
                    )?+
                )
                (?:{dozen}|{scales}(?:{and_}{group})?+)?+
            )(?!\w)(?!-(?:\d|{ones}))                       # six-mile, not forty-five
        )
        (?P<scale>
            (?<=\d)(?:{abbreviations})(?![\w])                 # glued: 1.2bn, 10k, 3.5m
          | (?<=\d)\s++{hundred}\s++{scales}(?![\w])             # 4 hundred million
          | \s++{scales}(?![\w])                                # spaced: 400 million
          | \s++{spaced}(?![\w])                               # spaced abbreviation: 1.2 bn
        )?+
    )
    """


UNIT_MIN_FOLD = 2
"""Unit words match in any case ("KG", "Km") from this length on: a one-letter symbol's case
is its meaning ("g" is a gram, "G" giga or a generation, as in "5G"; "t" a tonne, "T" tera)."""


def _suffix_pattern(lex: Lexicon) -> str:
    percent = _word_alternation(lex.percent)
    connectors = _word_alternation(lex.unit_connectors)
    points = _word_alternation(lex.percentage_points)
    percent_points = _word_alternation([*lex.percentage_points, *lex.points_after_percent])
    names = _word_alternation({*lex.currency_names, *lex.ambiguous_currency_names})
    subunits = _word_alternation(lex.currency_subunits)
    codes = _alternation([*lex.currency_codes, *lex.scaled_currency_codes])
    scales = _word_alternation([*lex.scales, *lex.spaced_scale_abbreviations])
    units = _alternation(lex.units, fold=True, min_fold=UNIT_MIN_FOLD)
    spaced = _alternation(lex.spaced_units)
    return rf"""
    (?P<sep>\s++(?:(?P<connector>{connectors})\s++)?+|-)?+  # a blank, "de", a hyphen: 5,000-hectare
    (?:
        (?<![-])(?P<percent>{percent})(?!\w)                # 19%, 19 per cent
          (?:\s++(?P<points>{percent_points})(?!\w))?+      # 5 percentage points
      | (?<=\s)(?P<points_only>{points})(?!\w)              # 3 percentage points
      | (?<=[\s-])(?P<subunit>{subunits})(?!\w)             # 85 cents, a 12-cent dividend
      | (?:(?:(?<=[\s-])|(?<=\d)(?=[^\w\s]))              # spaced, hyphened, glued symbol: 15€
        (?P<currency_name>{names})(?!\w)                   # 400 billion dollars
      | (?P<currency_code>{codes})(?!\w))                   # 300 USD, 30 MUSD
        (?:\s++(?P<late_scale>{scales})(?!\w))?+           # 75 USD million
      | (?P<unit>{units}|(?<=\s){spaced})                    # 4,500 km, 44°C, 2.1 pm
        (?P<power>{POWER})?+(?![\w²³]|-\d)                  # 4e14 s-1 (not L-202)
      | (?<=\s)[(\[{{<](?P<bracketed_unit>{units})[)\]}}>]  # 20 (kg)
    )
    """


def _per_pattern(lex: Lexicon) -> str:
    """What a unit is per: "per hour", "a share", "/s2". A word ("a", "per") needs a blank after
    it and is no rate before a time word ("a year earlier"); a symbol ("/") is always one."""
    words = _alternation(w for w in lex.per_words if w[-1:].isalnum())
    symbols = _alternation(w for w in lex.per_words if not w[-1:].isalnum())
    not_after = _word_alternation(lex.per_not_before)
    nouns = _alternation({*lex.per_nouns, *lex.units, *lex.spaced_units}, fold=True)
    return rf"""
    \s*+(?:(?P<word>{words})\s++|(?:{symbols})\s*+)
    (?P<per>{nouns})(?P<power>[23](?!\d)|{POWER})?+(?!\w)   # /s2, per m^2
    (?(word)(?!\s++{not_after}(?!\w)))                    # not "a year earlier"
    """


class Patterns:
    """The compiled patterns for one lexicon: the scan, what may follow a number (a unit or
    currency, a rate, the words of a count-noun phrase, an aside in brackets), and the
    :class:`~claimtrack.extract.candidates.Candidates` that say where the scan may match."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.scan: regex.Pattern[str] = regex.compile(_scan_pattern(lexicon), _FLAGS)
        self.suffix: regex.Pattern[str] = regex.compile(_suffix_pattern(lexicon), _FLAGS)
        self.per: regex.Pattern[str] = regex.compile(_per_pattern(lexicon), _FLAGS)
        # A word is at most 48 characters: a longer run ("km-5-km-5-...") is no word, and
        # reading it whole after every figure of the run would cost the square of its length.
        self.word: regex.Pattern[str] = regex.compile(
            r"(?:[ \t]++|-|\n)(?:(?P<word>[^\W\d_][\w'’.&-]{0,47}+(?![\w'’.&-]))"
            r"|(?P<code>\d[\w-]{0,47}+(?![\w-])))"
            r"|(?P<stop>[^\w\s])"
        )
        # An aside in brackets. Written as an alternation on purpose: a lone required literal
        # ("(") makes the regex module scan the rest of the text for it on every match() call.
        self.parenthetical: regex.Pattern[str] = regex.compile(
            r"\s*+(?:\([^()\n]{0,80}+\)|\[[^\[\]\n]{0,80}+\])"
        )
        self.candidates = Candidates(lexicon)

    def matches(self, text: str) -> Iterator[regex.Match[str]]:
        """What ``scan.finditer(text)`` yields, trying the scan only where a match can start.

        Every alternative of the scan starts at a digit, at one of a few symbols, at a blank that
        opens a line, or at a word that either begins a lexicon entry (a hedge, a number word, a
        month; "more" only before "than") or runs into a digit or symbol (``COVID-19``, an e-mail
        address, a URL); :class:`~claimtrack.extract.candidates.Candidates` finds those places.
        Other positions cannot start a match, so skipping them changes nothing
        (``tests/test_scan.py`` lists the few known exceptions, such as a verb before an ordinal
        word).
        """
        scan, end, tried = self.scan, 0, -1
        for start in self.candidates.positions(text):
            if start < end or start == tried:
                continue
            tried = start
            match = scan.match(text, start)
            if match is not None:
                end = match.end()
                yield match

"""The compiled patterns of the candidate scan, built once from a :class:`Lexicon`.

One pass of :attr:`Patterns.scan` over the text finds, left to right, either text that is not a
figure (URLs, e-mail addresses, phone numbers, times of day, names with digits such as
"COVID-19", list markers, runs of bare numbers), a date, or a number mention with what sits right
before it (a change or bound verb, a hedge, a currency). Short anchored patterns then read what
follows the number (scale word, unit, count noun). Every repeated group is possessive or atomic
and every alternative starts at a boundary, so the scan stays linear in the input.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from claimtrack._lexicon import Lexicon

__all__ = ["Patterns", "patterns_for"]

_FLAGS = regex.VERBOSE | regex.VERSION1 | regex.MULTILINE


def _alternation(words: Iterable[str], *, fold: bool = False) -> str:
    """Longest-first alternation of literal words; spaces match any run of blanks."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = r"\s+".join(regex.escape(p) for p in word.split(" "))
        if fold and word.islower():
            escaped = f"(?i:{escaped})"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def _word_alternation(words: Iterable[str]) -> str:
    return _alternation(words, fold=True)


def _month_alternation(months: Iterable[str]) -> str:
    """Month names: any case when long, capitalized when short ("May", "Mar", not "may")."""
    forms = [m if len(m) >= 5 else m.capitalize() for m in months]
    return _alternation(forms, fold=True)


@dataclass(frozen=True)
class Patterns:
    """Compiled patterns for one lexicon."""

    scan: regex.Pattern[str]
    suffix: regex.Pattern[str]
    per: regex.Pattern[str]
    word: regex.Pattern[str]
    parenthetical: regex.Pattern[str]


def _scan_pattern(lex: Lexicon) -> str:
    ones = _word_alternation(lex.ones)
    tens = _word_alternation(lex.tens)
    hundred = _word_alternation(lex.hundred)
    scales = _word_alternation(lex.scales)
    dozen = _word_alternation(lex.dozen)
    fractions = _word_alternation(lex.fractions)
    unit_word = rf"(?:{tens}(?:[-\s]{ones})?+|{ones})"
    group = (
        rf"(?:(?:{unit_word}|(?i:an?))\s+{hundred}(?:\s+(?:(?i:and)\s+)?{unit_word})?+|{unit_word})"
    )
    abbreviations = _alternation(lex.scale_abbreviations)
    and_ = r"\s++(?:(?i:and)\s++)?+"
    months = _month_alternation(lex.months)
    weekdays = _word_alternation(lex.weekdays)
    vague = _word_alternation(lex.vague)
    quantifiers = _word_alternation(lex.vague_quantifiers)
    hedges = _word_alternation(lex.hedges)
    verbs = _word_alternation({*lex.change_verbs, *lex.bound_verbs, *lex.change_nouns})
    currencies = _alternation(lex.currency_prefixes)
    ordinals = _word_alternation(lex.ordinals)
    return rf"""
    (?P<skip>
        (?<![\w/])(?:https?://|www\.)\S++                    # a URL
      | (?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++         # an e-mail address
      | (?<![\w+])\+?\(?\d{{3}}\)?[-.\ ]\d{{3}}[-.\ ]\d{{4}}(?!\d)  # a phone number
      | (?<![\w:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?+(?:\s?+(?i:[ap]\.?m\.?))?+  # a time of day
      | (?<![\w.])\d{{1,2}}\s?+(?i:[ap]\.m\.|[ap]m\b)       # "3 pm"
      | (?<![\w-])[^\W\d_]++[-‐]?+\d[\w-]*+                 # a name with digits: COVID-19, G20
      | (?<![\w.,])\d{{4}}s\b                               # a decade: 1990s
      | ^[ \t]*+\d{{1,2}}[.)](?=[ \t])                      # a list marker: "1. We"
      | (?<![\w.,])\d++(?:[ \t]++\d++){{3,}}+               # a run of bare numbers (a table row)
      | (?<![\w.,])\d++(?:,\d{{1,2}}(?!\d)){{3,}}+          # a run of comma-separated numbers
    )
    | (?P<date>
        (?<![\w-])\d{{4}}-\d{{2}}-\d{{2}}(?![\w-])          # ISO: 2021-07-28
      | (?<![\w/])\d{{1,2}}/\d{{1,2}}/\d{{2,4}}(?![\w/])     # 7/28/2021
      | (?<!\w)(?:{weekdays},?\s++)?{months}\.?\s++\d{{1,2}}(?:st|nd|rd|th)?+(?!\d)
            (?:,?\s++\d{{4}}(?!\d))?+                       # June 5th, March 2, 2022
      | (?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)?+\s++(?:(?i:of)\s++)?{months}\b\.?
            (?:,?\s++\d{{4}}(?!\d))?+                       # 18 Oct 2020, 5th of June
      | (?<!\w){months}\s++(?:(?i:of)\s++)?\d{{4}}(?!\d)   # September 1960
    )
    | (?P<mention>
        (?:(?<!\w)(?P<verb>{verbs})\s++(?:(?i:by)\s++)?+)?+                # rose, exceeded
        (?:(?<!\w)(?P<hedge>{hedges})\s++)?+                             # almost, more than
        (?:(?<![\w$€£¥])(?P<currency>{currencies})\s?+)?+                # $, US$, €
        (?:
            (?P<ordinal_digits>(?<![\w.,])\d++(?:st|nd|rd|th)(?!\w))    # 50th
          | (?P<ordinal_word>(?<![\w-]){ordinals}(?![\w-]))             # fifth
          | (?P<vague>(?<![\w-])
                (?:{quantifiers}\s++)?+{vague}\s++(?i:of)(?:\s++{vague}(?=\s++(?i:of)\b))?+
              | (?<![\w-]){quantifiers}\s++{scales}(?!\w)
            )
          | (?P<digits>(?<![\w.,])[-+−]?+
                (?:\d{{1,3}}(?:,\d{{3}})++(?:\.\d++)?+             # 4,500 or 1,234.5
                 | \d{{1,3}}(?:\.\d{{3}})++(?:,\d++)?+(?![\d])     # 520.000 (European)
                 | \d++(?:\.\d++)?+                                 # 1.5, 2021
                 | \.\d++)                                         # .5
                (?:\s++(?P<fraction>\d{{1,2}}/\d{{1,2}})(?![\d/]))?+  # 2 1/2
            )
          | (?P<words>(?<![\w-])
                (?:(?:{fractions}|(?i:an?))\s++(?:(?i:a)\s++)?+(?={scales}|{dozen}|{hundred})
                  | {group}(?:{and_}(?:{scales}|{dozen})(?:{and_}{group})?+)*+
                )
                (?:{dozen}|{scales}(?:{and_}{group})?+)?+
            )(?![\w-])
        )
        (?P<scale>
            (?<=\d)(?:{abbreviations})(?![\w])                 # glued: 1.2bn, 10k, 3.5m
          | \s++{scales}(?![\w])                                # spaced: 400 million
          | \s++(?:bn|mn|mln|tn|trn)(?![\w])                   # spaced abbreviation: 1.2 bn
        )?+
    )
    """


def _suffix_pattern(lex: Lexicon) -> str:
    percent = _word_alternation(lex.percent)
    points = _word_alternation(lex.percentage_points)
    names = _word_alternation({*lex.currency_names, *lex.ambiguous_currency_names})
    codes = _alternation(lex.currency_codes)
    units = _alternation(lex.units, fold=True)
    return rf"""
    (?P<sep>\s++|-)?+                                      # a blank or a hyphen: 5,000-hectare
    (?:
        (?<![-])(?P<percent>{percent})(?!\w)                # 19%, 19 per cent
          (?:\s++(?P<points>{points})(?!\w))?+              # 5 percentage points
      | (?<=\s)(?P<points_only>{points})(?!\w)              # 3 percentage points
      | (?<=\s)(?P<currency_name>{names})(?!\w)             # 400 billion dollars
      | (?P<currency_code>{codes})(?!\w)                     # 300 USD
      | (?P<unit>{units})(?![\w²³])                          # 4,500 km, 44°C, 10.3 km
    )
    """


@functools.cache
def patterns_for(lexicon: Lexicon) -> Patterns:
    """The compiled patterns for ``lexicon`` (compiled on first use, then cached)."""
    per = _alternation(lexicon.per_words)
    per_nouns = _alternation(set(lexicon.per_nouns) | set(lexicon.units), fold=True)
    return Patterns(
        scan=regex.compile(_scan_pattern(lexicon), _FLAGS),
        suffix=regex.compile(_suffix_pattern(lexicon), _FLAGS),
        per=regex.compile(rf"\s*+(?:{per})\s*+(?P<per>{per_nouns})(?![\w])", _FLAGS),
        word=regex.compile(r"(?:[ \t]++|-|\n)(?P<word>[^\W\d_][\w'’.&-]*+)|(?P<stop>[^\w\s])"),
        parenthetical=regex.compile(r"\s*+\([^()\n]{0,80}+\)"),
    )

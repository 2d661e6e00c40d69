"""The compiled patterns of the candidate scan, built once from a :class:`Lexicon`.

One pass of :attr:`Patterns.scan` over the text finds, left to right, either text that is not a
figure (URLs, e-mail addresses, phone numbers, times of day, names with digits such as
"COVID-19", list markers, runs of bare numbers), a date, or a number mention with what sits right
before it (a change or bound verb, a hedge, a currency). Short anchored patterns then read what
follows the number (scale word, unit, count noun). Every repeated group is possessive or atomic
and every alternative starts at a boundary, so the scan stays linear in the input.

The scan pattern is tried only where a match can start (:meth:`Patterns.matches`): a cheap
pattern finds digit runs, symbols and words, and a word is a candidate only when it is the first
word of some lexicon entry or touches a digit or symbol. That is what makes the scan fast: the big
alternation is tried at a few percent of the positions a plain ``finditer`` would try.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from claimtrack._lexicon import Lexicon
from claimtrack._phrases import alternation as _alternation
from claimtrack._phrases import trie_pattern

__all__ = ["Patterns", "patterns_for"]

_FLAGS = regex.VERBOSE | regex.VERSION1 | regex.MULTILINE

_SPACED_ABBREVIATIONS = ("bn", "mn", "mln", "tn", "trn")
"""Scale abbreviations that may also stand apart from the digits ("1.2 bn", "75 USD mn");
the one-letter ones ("m", "k") only count glued ("3.5m"), apart they are words or units."""

VULGAR_FRACTIONS = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
"""Unicode's one-character fractions (their values come from ``unicodedata.numeric``)."""

_POWER = r"(?:(?:\^|\*\*)[-−]?+[1-9]|(?<=\p{Ll})-[1-3]|−[1-3]|⁻?+[¹²³])(?!\d)"
"""A power written after a unit symbol: "m^2", "s**-1", "s-1", "cm−3", "m⁻²". A hyphen makes one
only from -1 to -3 and after a small letter: "L-202" and "T-3" are model names."""

_SPACE_GROUPED = r"\d{1,3}(?:\ \d{3})++(?!\d)(?:\.\d++)?+(?=\ ?+(?:[^\W\d_]|[%$€£¥]))"
"""Thousands grouped by plain blanks ("10 000 dollars", "1 234 567 people"), read as one number
only when a word or symbol follows, as after a figure; otherwise numbers apart stay apart."""


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
    candidates: Candidates
    candidates_folded: Candidates
    glue: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> Iterator[regex.Match[str]]:
        """What ``scan.finditer(text)`` yields, trying the scan only where a match can start.

        Every alternative of the scan starts at a digit, at one of a few symbols, at a blank that
        opens a line, or at a word that either begins a lexicon entry (a hedge, a number word, a
        month; "more" only before "than") or runs into a digit or symbol (``COVID-19``, an e-mail
        address, a URL). The standard library's ``re`` finds those places with a few simple
        patterns over the lowercased text (:attr:`candidates`, the entry words in a trie), far
        faster than the scan could try every position; other positions cannot start a match, so
        skipping them changes nothing (``tests/test_scan.py`` lists the few known exceptions, such
        as a verb before an ordinal word).
        """
        lowered = text.lower()
        candidates, target = (
            (self.candidates, lowered)
            if len(lowered) == len(text)
            else (self.candidates_folded, text)
        )
        starts, digit_runs = candidates.positions(target)
        starts += _glued_word_starts(text, self.glue, digit_runs)
        starts.sort()
        scan, end, tried = self.scan, 0, -1
        for start in starts:
            if start < end or start == tried:
                continue
            tried = start
            match = scan.match(text, start)
            if match is not None:
                end = match.end()
                yield match


@dataclass(frozen=True)
class Candidates:
    """The standard library patterns that find where a scan match may start.

    Each is one simple pattern that ``re`` searches fast: ``words`` and ``digits`` begin with a
    character class, which ``re`` skips to without trying a match at every position.
    """

    words: re.Pattern[str]
    """A non-letter, then a word that begins a lexicon entry (a hedge or verb only with a figure
    a few words on): the match ends where the word starts."""
    first_word: re.Pattern[str]
    """Such a word at the very start of the text."""
    digits: re.Pattern[str]
    """A run of digits."""
    others: tuple[re.Pattern[str], ...]
    """Currency symbols, signs and points before digits, indentation before a list marker."""

    def positions(self, text: str) -> tuple[list[int], list[int]]:
        """Candidate positions in ``text`` (unsorted, maybe repeated), and the digit runs' starts
        among them."""
        found = [m.end() for m in self.words.finditer(text)]
        if self.first_word.match(text):
            found.append(0)
        digit_runs = [m.start() for m in self.digits.finditer(text)]
        found += digit_runs
        for pattern in self.others:
            found += [m.start() for m in pattern.finditer(text)]
        return found, digit_runs


def _whole_words(words: Iterable[str]) -> str:
    """A word alternation that only matches whole words: possessive loops around it must not
    commit to "mil" in "miles" or "ten" in "tens"."""
    return rf"(?:{_word_alternation(words)}(?!\w))"


def _scan_pattern(lex: Lexicon) -> str:
    ones = _whole_words(lex.ones)
    tens = _whole_words(lex.tens)
    hundred = _whole_words(lex.hundred)
    scales = _whole_words(lex.scales)
    spaced = _alternation(_SPACED_ABBREVIATIONS)
    dozen = _whole_words(lex.dozen)
    fractions = _word_alternation(lex.fractions)
    halves = _word_alternation(f for f in lex.fractions if f not in lex.ordinals)  # not "third"
    denominators = _whole_words(lex.fraction_denominators)
    unit_word = rf"(?:{tens}(?:[-\s]{ones})?+|{ones})"
    group = (
        rf"(?:(?:{unit_word}|(?i:an?))\s+{hundred}(?:\s+(?:(?i:and)\s+)?{unit_word})?+|{unit_word})"
    )
    abbreviations = _alternation(lex.scale_abbreviations)
    and_ = r"\s++(?:(?i:and)\s++)?+"
    months = _month_alternation(lex.months)
    of = _word_alternation(lex.date_connectors)
    weekdays = _word_alternation(lex.weekdays)
    vague = _word_alternation(lex.vague)
    quantifiers = _word_alternation(lex.vague_quantifiers)
    hedges = _word_alternation(lex.hedges)
    signs = _word_alternation(lex.sign_words)
    verbs = _word_alternation({*lex.change_verbs, *lex.bound_verbs, *lex.change_nouns})
    currencies = _alternation([*lex.currency_prefixes, *lex.scaled_currency_codes])
    codes = _alternation([*lex.currency_codes, *lex.scaled_currency_codes])
    ordinals = _word_alternation(lex.ordinals)
    letter = r"(?=[^\W\d_])"  # a cheap first test before each alternation of words
    return rf"""
    (?P<skip>
        (?<![\w/])(?:https?://|www\.)\S++                    # a URL
      | (?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++         # an e-mail address
      | (?<![\w+])\+?\(?\d{{3}}\)?[-.\ ]\d{{3}}[-.\ ]\d{{4}}(?!\d)  # a phone number
      | (?<![\w:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?+(?:\s?+(?i:[ap]\.?m\.?))?+  # a time of day
      | (?<![\w.])\d{{1,2}}\.\d{{2}}\s?+(?i:[ap]\.m\.|[ap]m\b)  # "2.13 am"
      | (?<![\w.])\d{{1,2}}\s?+(?i:[ap]\.m\.|[ap]m\b)       # "3 pm"
      | (?<![\w-])(?!{codes}\d)[^\W\d_]++[-‐−]?+\d[\w-]*+   # a name with digits: COVID-19, G20,
            (?:[.+]\d[\w-]*+)*+                               # J1149.5+6663
      | (?<![\w.,])\d{{2}}(?:\d{{2}})?+s\b                    # a decade: 1990s, the 80s
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
      | (?<!\w)(?:{weekdays},?\s++)?{months}\.?\s++\d{{1,2}}(?:st|nd|rd|th)?+(?!\d)
            (?:,?\s++\d{{4}}(?!\d))?+                       # June 5th, March 2, 2022
      | (?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)?+\s++(?:{of}\s++)?{months}\b\.?
            (?:,?\s++(?:{of}\s++)?\d{{4}}(?!\d))?+          # 18 Oct 2020, 5th of June
      | (?<!\w){months}\s++(?:{of}\s++)?\d{{4}}(?!\d)     # September 1960
    )
    | (?P<mention>
        (?:{letter}(?<!\w)(?P<verb>{verbs})\s++(?:(?i:by)\s++)?+)?         # rose, exceeded
        (?:{letter}(?<!\w)(?P<hedge>{hedges})\s++)?+                     # almost, more than
        (?:(?=\D)(?<![\w$€£¥])(?P<currency>{currencies})\s?+)?+         # $, US$, €
        (?:{letter}(?<!\w)(?P<sign>{signs})\s++)?+                       # minus (20 degrees)
        (?:
            (?P<ordinal_digits>(?<![\w.,])\d++(?:st|nd|rd|th)(?!\w))    # 50th
          | {letter}(?P<ordinal_word>(?<![\w-]){ordinals}(?![\w-]))     # fifth
          | {letter}(?P<vague>(?<![\w-])
                (?:{quantifiers}\s++)?+{vague}\s++(?i:of)(?:\s++{vague}(?=\s++(?i:of)\b))?+
              | (?<![\w-]){quantifiers}\s++(?:{scales}|{hundred})            # a few hundred
            )
          | (?P<lone_fraction>(?<![\w.,/])\d{{1,2}}/\d{{1,2}}(?![\d/])    # 1/4 (mile)
              | (?<![\w.,/])[{VULGAR_FRACTIONS}](?![\d/]))                # ½ (teaspoon)
          | (?P<digits>(?(currency)|(?<![\w.,/^]))[-+−]?+
                (?:\d{{1,3}}(?:,\d{{3}})++(?:\.\d++)?+             # 4,500 or 1,234.5
                 | \d{{1,3}}(?:\.\d{{3}})++(?:,\d++)?+(?![\d])     # 520.000 (European)
                 | \d++,\d{{1,2}}(?!\d|,\d)                        # 48,2 (decimal comma)
                 | \d{{1,3}}(?:[\u00a0\u2009\u202f]\d{{3}})++(?!\d)(?:[.,]\d++)?+  # 10 000
                 | {_SPACE_GROUPED}                                  # 10 000 dollars
                 | \d++(?:\.\d++)?+                                 # 1.5, 2021
                 | \.\d++)                                         # .5
                (?:\s++(?P<fraction>\d{{1,2}}/\d{{1,2}})(?![\d/])      # 2 1/2
                  | (?P<vulgar>[{VULGAR_FRACTIONS}]))?+                      # 2½
            )
            (?P<exponent>                                       # 4e14, 2.48×10−5, 5.5x10^-3
                [eE][-+−]?+\d{{1,3}}(?![\w.])
              | \s?+[x×·]\s?+10(?:(?:\^|\*\*)[-+−]?+\d{{1,3}}|[-−]\d{{1,3}}
                              |[⁻⁺]?+[⁰¹²³⁴⁵⁶⁷⁸⁹]++)(?![\d.])
              | \s?+[x×·]\s?+\d(?:\^|\*\*)[-+−]?+\d{{1,3}}(?![\d.])      # 8x2^10
            )?+
          | {letter}(?P<words>(?<![\w-])
                (?:(?:{fractions}|(?i:an?))\s++(?:(?i:a)\s++)?+(?={scales}|{dozen}|{hundred})
                  | (?P<article_fraction>                               # half a mile, a quarter of
                        {halves}\s++(?i:an?)(?!\w)|(?i:an?)\s++{halves}(?!\w))
                  | {group}(?:{and_}(?:{scales}|{dozen})(?:{and_}{group})?+)*+
                    (?P<over>[-\s]++{denominators}                      # two thirds, one-half
                      | (?P<and_fraction>                                  # two and a half
                            \s++(?i:and)\s++(?i:an?)\s++{fractions}(?!\w))
                    )?+
                )
                (?:{dozen}|{scales}(?:{and_}{group})?+)?+
            )(?!\w)(?!-(?:\d|{ones}))                       # six-mile, not forty-five
        )
        (?P<scale>
            (?<=\d)(?:{abbreviations})(?![\w])                 # glued: 1.2bn, 10k, 3.5m
          | \s++{scales}(?![\w])                                # spaced: 400 million
          | \s++{spaced}(?![\w])                               # spaced abbreviation: 1.2 bn
        )?+
    )
    """


def _suffix_pattern(lex: Lexicon) -> str:
    percent = _word_alternation(lex.percent)
    connectors = _word_alternation(lex.unit_connectors)
    points = _word_alternation(lex.percentage_points)
    names = _word_alternation({*lex.currency_names, *lex.ambiguous_currency_names})
    subunits = _word_alternation(lex.currency_subunits)
    codes = _alternation([*lex.currency_codes, *lex.scaled_currency_codes])
    scales = _word_alternation([*lex.scales, *_SPACED_ABBREVIATIONS])
    units = _alternation(lex.units, fold=True)
    spaced = _alternation(lex.spaced_units)
    return rf"""
    (?P<sep>\s++(?:(?P<connector>{connectors})\s++)?+|-)?+  # a blank, "de", a hyphen: 5,000-hectare
    (?:
        (?<![-])(?P<percent>{percent})(?!\w)                # 19%, 19 per cent
          (?:\s++(?P<points>{points})(?!\w))?+              # 5 percentage points
      | (?<=\s)(?P<points_only>{points})(?!\w)              # 3 percentage points
      | (?<=[\s-])(?P<subunit>{subunits})(?!\w)             # 85 cents, a 12-cent dividend
      | (?:(?:(?<=[\s-])|(?<=\d)(?=[^\w\s]))              # spaced, hyphened, glued symbol: 15€
        (?P<currency_name>{names})(?!\w)                   # 400 billion dollars
      | (?P<currency_code>{codes})(?!\w))                   # 300 USD, 30 MUSD
        (?:\s++(?P<late_scale>{scales})(?!\w))?+           # 75 USD million
      | (?P<unit>{units}|(?<=\s){spaced})                    # 4,500 km, 44°C, 2.1 pm
        (?P<power>{_POWER})?+(?![\w²³]|-\d)                  # 4e14 s-1 (not L-202)
      | (?<=\s)[(\[{{<](?P<bracketed_unit>{units})[)\]}}>]  # 20 (kg)
    )
    """


_NOT_AFTER_STOP = r"\s,;!?)\]}'\"’”.:"
"""What may not follow a full stop or colon that joins a word to more (a blank, a word ender,
another stop): "www.un.org" and "a:b" run on, "the end." does not."""

_GLUE = (
    # a symbol right after a letter (not a word ender, not a stop): us$, covid-19, a@b
    rf"[^\w{_NOT_AFTER_STOP}](?<=[^\W\d_].)",
    # a full stop or colon between a letter and more text: www.un.org
    rf"[.:](?<=[^\W\d_].)(?=[^{_NOT_AFTER_STOP}])",
    # an underscore right after a letter (a digit after a letter is read off the digit runs)
    r"_(?<=[^\W\d_].)",
)
"""Characters right after a letter that may join its word to what follows, as patterns that
start with a character class: a symbol, a full stop or colon before more text, an underscore."""

_LETTER = re.compile(r"[^\W\d_]")


def _glued_word_starts(
    text: str, glue: tuple[re.Pattern[str], ...], digit_runs: list[int]
) -> list[int]:
    """Starts of words that run into a digit or symbol (covid-19, g20, us$, www.un.org,
    a@b.org), found from the rarer joining character back to the word's first letter;
    ``digit_runs`` are the starts of the text's runs of digits."""
    letter = _LETTER.match
    joins = [m.start() for pattern in glue for m in pattern.finditer(text)]
    joins += [at for at in digit_runs if at and letter(text, at - 1)]
    starts = []
    for at in joins:
        start = at - 1
        while start > 0 and letter(text, start - 1):
            start -= 1
        starts.append(start)
    return starts


_LEAD_REACH = 3
"""A hedge or verb starts a match only if a figure begins within this many words after it
("rose by about $5"): repeated hedges with no figure ("about about ...") are passed over."""


def _entries(lex: Lexicon, tables: tuple[Iterable[str], ...]) -> list[str]:
    firsts = _first_words(lex, tables)
    entries = [w for w, after in firsts.items() if not after]
    return entries + [w + second for w, after in firsts.items() for second in after]


def _candidates(lex: Lexicon, flags: int = 0) -> Candidates:
    """Where a scan match may start, for the standard library's ``re`` on lowercased text (or,
    with ``re.IGNORECASE``, on the text itself)."""
    symbols = {word[0] for word in lex.currency_prefixes if not word[0].isalnum()}
    symbol = "[" + re.escape("".join(sorted(symbols))) + "]"
    numbers = trie_pattern(
        {w.lower() for table in _number_tables(lex) for w in table}
        | {w.lower() for w in [*lex.vague, *lex.vague_quantifiers, "a", "an"]}
    )
    soon = rf"(?:\W+[^\W\d_]+){{0,{_LEAD_REACH}}}?\W*"
    figure_follows = rf"(?={soon}(?:\d|{symbol}|(?<!\w)(?:{numbers})(?!\w)))"
    # a word that begins a lexicon entry of the figure itself ("five", "june", "us"), or a hedge
    # or verb ("about", "more than", "rose") with a figure a few words on
    words = {entry: figure_follows for entry in _entries(lex, _lead_tables(lex))}
    words.update((entry, "") for entry in _entries(lex, _figure_tables(lex)))
    word = "(?=" + _tail_trie(words, end=r"(?![^\W\d_])") + ")"
    return Candidates(
        words=re.compile(rf"[\W\d_]{word}", flags),
        first_word=re.compile(word, flags),
        # not r"\d+": re skips to a pattern that starts with a class, but tries one that starts
        # with a repeat at every position (a third slower)
        digits=re.compile(r"\d\d*", flags),
        others=tuple(
            re.compile(pattern, flags)
            for pattern in (
                rf"{symbol}(?!{symbol})",  # a currency symbol (the last of a run)
                rf"[{VULGAR_FRACTIONS}]",  # a one-character fraction: ½ teaspoon
                r"[-+−.(](?=[-+−.(]{0,2}\d)",  # a sign, point or bracket before a digit
                r"(?m)^[ \t]+(?=\d)",  # indentation before a list marker
            )
        ),
    )


def _tail_trie(phrases: Mapping[str, str], *, end: str) -> str:
    """Like :func:`~claimtrack._phrases.trie_pattern`, longest phrase first, each phrase followed
    by ``end`` and then by its own condition (``phrases[phrase]``, a pattern)."""
    root: dict[str, Any] = {}
    for phrase, tail in phrases.items():
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = tail
    return _tail_node(root, end)


def _tail_node(node: dict[str, Any], end: str) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _tail_node(child, end)
        for char, child in sorted(node.items())
        if char
    ]
    if "" in node:
        branches.append(end + node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _number_tables(lex: Lexicon) -> tuple[Iterable[str], ...]:
    return (lex.ones, lex.tens, lex.hundred, lex.scales, lex.dozen, lex.fractions)


def _figure_tables(lex: Lexicon) -> tuple[Iterable[str], ...]:
    """Words a match can start with that are part of the figure or the date itself (a scale
    word, "hundred" or "dozen" never starts one: "a dozen" starts at "a")."""
    return (
        lex.ones, lex.tens, lex.fractions, lex.ordinals, lex.vague, lex.vague_quantifiers,
        lex.currency_prefixes, lex.scaled_currency_codes, lex.months, lex.weekdays,
    )  # fmt: skip


def _lead_tables(lex: Lexicon) -> tuple[Iterable[str], ...]:
    """Words that lead a figure without being part of it: hedges, verbs and sign words."""
    return (lex.hedges, lex.change_verbs, lex.bound_verbs, lex.change_nouns, lex.sign_words)


def _first_words(lex: Lexicon, tables: tuple[Iterable[str], ...]) -> Mapping[str, frozenset[str]]:
    """Word -> what may follow it at the start of an entry of ``tables``: a blank and a word
    (" than"), or a symbol, glued (A$: "$") or after a blank (US $: " $").

    An empty set means the word alone may start one ("about", "five", "June"); otherwise it only
    starts entries that go on and must be followed by one of the set ("more" -> " than", "a" ->
    "$" or " dozen"), so that "a year" and "us" alone are no candidates.
    """
    numbers = _number_tables(lex)
    leading = regex.compile(r"[^\W\d_]++")
    alone: set[str] = set()
    pairs: dict[str, set[str]] = {}
    for table in tables:
        for entry in table:
            words = [w.lower() for w in leading.findall(entry)]
            if not words or not entry[:1].isalpha():
                continue
            rest = entry[len(words[0]) :]
            after = rest.lstrip()
            if not after:
                alone.add(words[0])
                continue
            token = words[1] if after[0].isalpha() else after[0]
            blank = " " if rest[0].isspace() else ""
            pairs.setdefault(words[0], set()).add(blank + token.lower())
    # "a"/"an" start a number before a scale word: "a dozen", "a hundred", "a half million"
    followers = {w.lower() for table in numbers for w in table}
    for article in ("a", "an"):
        pairs.setdefault(article, set()).update(" " + w for w in followers)
    firsts: dict[str, frozenset[str]] = {w: frozenset() for w in alone}
    firsts.update({w: frozenset(s) for w, s in pairs.items() if w not in alone})
    return firsts


def _per_pattern(lex: Lexicon) -> str:
    """What a unit is per: "per hour", "a share", "/s2". A word ("a", "per") needs a blank after
    it and is no rate before a time word ("a year earlier"); a symbol ("/") is always one."""
    words = _alternation(w for w in lex.per_words if w[-1:].isalnum())
    symbols = _alternation(w for w in lex.per_words if not w[-1:].isalnum())
    not_after = _word_alternation(lex.per_not_before)
    nouns = _alternation({*lex.per_nouns, *lex.units, *lex.spaced_units}, fold=True)
    return rf"""
    \s*+(?:(?P<word>{words})\s++|(?:{symbols})\s*+)
    (?P<per>{nouns})(?P<power>[23](?!\d)|{_POWER})?+(?!\w)   # /s2, per m^2
    (?(word)(?!\s++{not_after}(?!\w)))                    # not "a year earlier"
    """


@functools.cache
def patterns_for(lexicon: Lexicon) -> Patterns:
    """The compiled patterns for ``lexicon`` (compiled on first use, then cached)."""
    return Patterns(
        scan=regex.compile(_scan_pattern(lexicon), _FLAGS),
        suffix=regex.compile(_suffix_pattern(lexicon), _FLAGS),
        per=regex.compile(_per_pattern(lexicon), _FLAGS),
        word=regex.compile(r"(?:[ \t]++|-|\n)(?P<word>[^\W\d_][\w'’.&-]*+)|(?P<stop>[^\w\s])"),
        # An aside in brackets. Written as an alternation on purpose: a lone required literal
        # ("(") makes the regex module scan the rest of the text for it on every match() call.
        parenthetical=regex.compile(r"\s*+(?:\([^()\n]{0,80}+\)|\[[^\[\]\n]{0,80}+\])"),
        candidates=_candidates(lexicon),
        candidates_folded=_candidates(lexicon, re.IGNORECASE),
        glue=tuple(re.compile(pattern) for pattern in _GLUE),
    )

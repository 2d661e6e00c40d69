"""Where a scan match may start: the candidate pre-pass that makes the scan fast.

The scan pattern is a big alternation; trying it at every position of a text is slow. A match
can only start at a digit, at one of a few symbols, at a blank that opens a line, at a word that
begins a lexicon entry (a number word, a month; a hedge, verb or currency prefix only with a
figure a few words on; "more" only before "than"), or at a word that runs into a digit or symbol
(``COVID-19``, an e-mail address, a URL) when its run of non-blanks holds another candidate.
:class:`Candidates` finds those places: the entry words with one Aho-Corasick automaton
(pyahocorasick) over the text with its non-letters blanked, digits and symbols with a few
simple patterns of the standard library's ``re``.

>>> from claimtrack import default_lexicon
>>> text = "Output rose about 5% and more than a dozen ships, more or less."
>>> [text[p:p + 6] for p in Candidates(default_lexicon()).positions(text)]
['rose a', 'about ', '5% and', 'more t', 'a doze']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

import ahocorasick
import regex

from claimtrack.extract.tries import trie_pattern
from claimtrack.lang import Lexicon

__all__ = ["HEDGE_SIGNS", "VULGAR_FRACTIONS", "Candidates"]

HEDGE_SIGNS = "~≈∼"
"""Signs before a figure that mean "about" ("~0.8 mm")."""

VULGAR_FRACTIONS = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
"""Unicode's one-character fractions (their values come from ``unicodedata.numeric``)."""

_LEAD_REACH = 3
"""A hedge or verb starts a match only if a figure begins within this many words after it
("rose by about $5"): repeated hedges with no figure ("about about ...") are passed over."""

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
_NO_START = re.compile(r"[^\W\d_]|/").match
"""What may not come right before a run of digits that starts a figure."""
_NOT_LETTER = re.compile(r"[\W\d_]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_ASTRAL_NOT_LETTER = re.compile(r"(?![^\W\d_])[\U00010000-\U0010ffff]")
_RUN = re.compile(r"\S*")
_END = r"(?![^\W\d_])"
"""An entry ends where no letter follows."""

_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
"""Letters that ``str.lower`` does not map to one lowercase letter of ``i`` or ``s`` although
they match them in any case (as ``re.IGNORECASE`` has them)."""

_Option = tuple[re.Pattern[str] | None, bool]
"""How an entry word goes on: the rest of the entry (None: the word alone), and whether a figure
must follow within a few words."""


class Candidates:
    """The positions where the scan of one lexicon may match.

    Built once per lexicon: the automaton of the words that begin an entry, and for each such
    word the ways its entries go on (" than", "$") with the condition that a figure follows.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        symbols = {word[0] for word in lexicon.currency_prefixes if not word[0].isalnum()}
        symbol = "[" + re.escape("".join(sorted(symbols))) + "]"
        numbers = trie_pattern(
            {w.lower() for table in _number_tables(lexicon) for w in table}
            | {w.lower() for w in [*lexicon.vague, *lexicon.vague_quantifiers, *lexicon.articles]}
        )
        soon = rf"(?:\W+[^\W\d_]+){{0,{_LEAD_REACH}}}?\W*"
        self._figure_follows = re.compile(rf"{soon}(?:\d|{symbol}|(?<!\w)(?:{numbers})(?!\w))")
        # an entry of the figure itself ("five", "june", "us $"), or a hedge or verb ("about",
        # "more than", "rose") with a figure a few words on
        entries = {entry: True for entry in _entries(lexicon, _lead_tables(lexicon))}
        entries.update((entry, False) for entry in _entries(lexicon, _figure_tables(lexicon)))
        self._options = _options(entries)
        self._automaton = ahocorasick.Automaton()
        for word in self._options:
            self._automaton.add_word(f" {word} ", word)
        self._automaton.make_automaton()
        # str.translate with a string as the table maps each character of the Basic Multilingual
        # Plane to itself (a letter) or a blank, several times faster than a substitution
        self._blank_table = _NOT_LETTER.sub(" ", "".join(map(chr, range(0x10000))))
        self._digits = re.compile(r"\d\d*")
        self._others = tuple(
            re.compile(pattern)
            for pattern in (
                # a currency symbol (the last of a run) before a figure: "$5", "€ 20", "$US4.2"
                rf"{symbol}(?=[^\W\d_]{{0,3}}\s?[-+−]?(?:[.,]?\d|(?:{numbers})(?!\w)))",
                rf"(?<![\w{VULGAR_FRACTIONS}])[{VULGAR_FRACTIONS}]",  # a fraction: ½ teaspoon
                # a sign, point or bracket before a digit; a sign or point glued to a letter
                # starts nothing ("1st-a-1st-a-": the "-" of "a-1")
                r"(?:(?<![^\W\d_])[-+−.]|\()(?=[-+−.(]{0,2}\d)",
                rf"[{HEDGE_SIGNS}](?=\s?\d)",  # a sign that means "about": ~0.8 mm
                r"(?m)^[ \t]+(?=\d)",  # indentation before a list marker
            )
        )
        self._glue = tuple(re.compile(pattern) for pattern in _GLUE)

    def positions(self, text: str) -> list[int]:
        """Candidate positions in ``text``, sorted (maybe repeated)."""
        lowered = text.lower()
        if len(lowered) != len(text):  # "İ" lowercases to two characters
            lowered = text.translate(_FOLDS).lower()
        found = self._entry_starts(lowered)
        digit_runs = [m.start() for m in self._digits.finditer(lowered)]
        # a run right after a letter or a slash starts no figure ("1e1e1e", "1/1/1/")
        found += [at for at in digit_runs if not (at and _NO_START(lowered, at - 1))]
        for pattern in self._others:
            found += [m.start() for m in pattern.finditer(lowered)]
        found.sort()
        glued = _glued_word_starts(text, self._glue, digit_runs)
        found += _covering(text, sorted(glued), found)
        found.sort()
        return found

    def _entry_starts(self, lowered: str) -> list[int]:
        """Starts of words that begin a lexicon entry which goes on as it must there."""
        blanked = lowered.translate(self._blank_table)  # characters past the table stay
        if _ASTRAL.search(lowered):
            blanked = _ASTRAL_NOT_LETTER.sub(" ", blanked)
        blanked = f" {blanked} "
        options, follows = self._options, self._figure_follows.match
        found = []
        for end, word in self._automaton.iter(blanked):
            start = end - len(word) - 1  # in ``lowered``: the key is " word " in ``blanked``
            for rest, needs_figure in options[word]:
                at = start + len(word)
                if rest is not None:
                    went_on = rest.match(lowered, at)
                    if went_on is None:
                        continue
                    at = went_on.end()
                if not needs_figure or follows(lowered, at):
                    found.append(start)
                    break
        return found


def _options(entries: Mapping[tuple[str, str], bool]) -> dict[str, tuple[_Option, ...]]:
    """Entry word -> its options: the word alone (if an entry), then one pattern for the ways it
    goes on without a condition, one for those that need a figure after them."""
    by_word: dict[str, dict[bool, set[str]]] = {}
    alone: dict[str, bool] = {}
    for (word, rest), needs_figure in entries.items():
        if rest:
            by_word.setdefault(word, {}).setdefault(needs_figure, set()).add(rest)
        else:
            alone[word] = needs_figure
    compiled: dict[str, re.Pattern[str]] = {}
    options: dict[str, tuple[_Option, ...]] = {}
    for word in sorted({*alone, *by_word}):
        found: list[_Option] = []
        if word in alone:
            found.append((None, alone[word]))
        for needs_figure, rests in sorted(by_word.get(word, {}).items()):
            pattern = "(?:" + "|".join(map(_rest_pattern, sorted(rests))) + ")" + _END
            if pattern not in compiled:
                compiled[pattern] = re.compile(pattern)
            found.append((compiled[pattern], needs_figure))
        options[word] = tuple(found)
    return options


def _rest_pattern(rest: str) -> str:
    """The rest of an entry after its first word, as the trie of the entries had it: a blank
    matches any run of blanks (" than"), a symbol itself ("$")."""
    return "".join(r"\s+" if char == " " else re.escape(char) for char in rest)


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
        if not (start and text[start - 1].isdigit()):  # "5km2": read from the digit before
            starts.append(start)
    return starts


def _covering(text: str, starts: list[int], found: list[int]) -> list[int]:
    """The ``starts`` of glued words whose run of non-blanks holds a position of ``found``
    (sorted): a match there reads a name or address over a figure that would start inside it
    ("covid-19", "www.one.org"); over a run that holds none it would hide nothing ("US$US$...").
    Each run is measured once, so the work stays linear in the text."""
    kept: list[int] = []
    run_end = -1
    for start in starts:
        if start >= run_end:
            run = _RUN.match(text, start)  # always matches: a run may be empty
            run_end = run.end() if run else start
        at = bisect.bisect_left(found, start)
        if at < len(found) and found[at] < run_end:
            kept.append(start)
    return kept


def _entries(lex: Lexicon, tables: tuple[Iterable[str], ...]) -> list[tuple[str, str]]:
    """``(first word, rest)`` of the entries of ``tables`` a match may start with: the first word
    alone (rest ``""``) if it is an entry by itself, otherwise with each way it goes on."""
    firsts = _first_words(lex, tables)
    entries = [(w, "") for w, after in firsts.items() if not after]
    return entries + [(w, second) for w, after in firsts.items() for second in after]


def _number_tables(lex: Lexicon) -> tuple[Iterable[str], ...]:
    return (lex.ones, lex.tens, lex.hundreds, lex.hundred, lex.scales, lex.dozen, lex.fractions)


def _figure_tables(lex: Lexicon) -> tuple[Iterable[str], ...]:
    """Words a match can start with that are part of the figure or the date itself (a scale
    word, "hundred" or "dozen" never starts one: "a dozen" starts at "a")."""
    return (
        lex.ones, lex.tens, lex.hundreds, lex.fractions, lex.ordinals, lex.vague,
        lex.vague_quantifiers, lex.multiples, lex.months, lex.weekdays,
    )  # fmt: skip


def _lead_tables(lex: Lexicon) -> tuple[Iterable[str], ...]:
    """Words that start a match only with a figure a few words on: hedges, verbs and sign
    words, which lead a figure without being part of it, and currency prefixes and codes
    ("US$", "USD"), which are part of it but never a figure alone ("US$US$..." starts none)."""
    return (
        lex.hedges, lex.change_verbs, lex.bound_verbs, lex.change_nouns, lex.sign_words,
        lex.currency_prefixes, lex.scaled_currency_codes,
    )  # fmt: skip


def _first_words(lex: Lexicon, tables: tuple[Iterable[str], ...]) -> Mapping[str, frozenset[str]]:
    """Word -> what may follow it at the start of an entry of ``tables``: a blank and a word
    (" than"), or a symbol, glued (A$: "$") or after a blank (US $: " $").

    An empty set means the word alone may start one ("about", "five", "June"); otherwise it only
    starts entries that go on and must be followed by one of the set ("more" -> " than", "a" ->
    "$" or " dozen"), so that "a year" and "us" alone are no candidates.
    """
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
    # articles start a number before a scale word: "a dozen", "a hundred", "a half million"
    followers = {w.lower() for table in _number_tables(lex) for w in table}
    for article in lex.articles:
        pairs.setdefault(article, set()).update(" " + w for w in followers)
    firsts: dict[str, frozenset[str]] = {w: frozenset() for w in alone}
    firsts.update({w: frozenset(s) for w, s in pairs.items() if w not in alone})
    for word in firsts:
        if not _LETTER.fullmatch(word[:1]) or _NOT_LETTER.search(word):
            raise ValueError(f"an entry must start with letters only: {word!r}")
    return firsts

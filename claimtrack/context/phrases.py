"""Finding many fixed phrases in a text in one pass, with an Aho-Corasick automaton.

A phrase matches where no word character precedes it or follows it; a space in a phrase matches
any run of blanks. For each table of phrases, the matches are taken left to right, longest
first, not overlapping (what ``re.finditer`` of the phrases as one alternation, longest first,
between ``(?<!\\w)`` and ``(?!\\w)``, gives). Phrases of at least ``fold_from`` characters match
in any letter case; shorter ones ("US", "WHO") only as written.

>>> index = PhraseIndex({"Trinidad and Tobago": "TT", "US": "US", "trade": "trade"}, fold_from=4)
>>> text = "Trinidad and  Tobago's trade with the US, not us."
>>> [(text[s:e], v) for s, e, v in index.find(text)]
[('Trinidad and  Tobago', 'TT'), ('trade', 'trade'), ('US', 'US')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import ahocorasick
import regex

__all__ = [
    "PhraseIndex",
    "Phrases",
    "alternation",
    "folded",
    "kept",
    "leftmost",
    "lowered",
    "matches_at",
    "searchable",
]

V = TypeVar("V")

Span = tuple[int, int, str]
"""``(start, end, phrase)``: a phrase found, as written in its table."""

_BLANKS = re.compile(r"\s+")
_NOT_ONE_SPACE = re.compile(r"\s{2,}|[^\S ]")

_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "ς": "σ"})
"""Letters that ``re.IGNORECASE`` takes for another lowercase letter."""


def lowered(text: str) -> str | None:
    """``text`` in lowercase with curly apostrophes straightened, when that keeps every offset
    (a few characters, such as "İ", lowercase to two); otherwise None."""
    low = text.lower().replace("’", "'")
    return low if len(low) == len(text) else None


def folded(text: str) -> str:
    """``text`` with each letter as ``re.IGNORECASE`` compares it, one character for one
    ("İ" is "i"): for the texts :func:`lowered` cannot lowercase. Apostrophes stay as they are.

    >>> folded("İstanbul ſ")
    'istanbul s'
    """
    return text.replace("İ", "i").lower().translate(_FOLDS)


def searchable(text: str) -> tuple[str, bool]:
    """The form of ``text`` that lowercase phrases are searched in, and whether it is
    :func:`lowered` (else :func:`folded`)."""
    low = lowered(text)
    return (low, True) if low is not None else (folded(text), False)


def alternation(words: Iterable[str]) -> str:
    r"""A pattern for any of ``words``, longest first; a space matches any run of blanks.

    >>> alternation(["in a row", "in"])
    '(?:in\\s+a\\s+row|in)'
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split(" "))) for w in unique) + ")"


def matches_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int]
) -> list[regex.Match[str]]:
    """Matches of ``pattern`` tried only at ``starts`` (in text order), not overlapping."""
    found: list[regex.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``re`` takes for \w


def leftmost(hits: Iterable[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """From ``(start, rank, end)`` hits, the ``(start, end)`` spans ``finditer`` picks: leftmost
    first (the lowest rank among those starting there), each going on from where the last one
    ended."""
    spans: list[tuple[int, int]] = []
    end = 0
    for start, _, stop in sorted(hits):
        if start >= end:
            spans.append((start, stop))
            end = stop
    return spans


def _squeezed(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with each run of blanks as one space, and where offsets shift: an offset ``i``
    of the result is ``i + shifts[k]`` in ``text``, for the last ``k`` with ``at[k] <= i``."""
    if _NOT_ONE_SPACE.search(text) is None:
        return text, [], []
    at: list[int] = []
    shifts: list[int] = []
    removed = 0
    for match in _NOT_ONE_SPACE.finditer(text):
        start, end = match.span()
        if end - start > 1:
            at.append(start - removed + 1)
            removed += end - start - 1
            shifts.append(removed)
    return _NOT_ONE_SPACE.sub(" ", text), at, shifts


class Phrases:
    """Tables of phrases, each found by :meth:`spans` in one pass over a text.

    >>> Phrases([["ten", "ten days"], ["days", "a"]]).spans("Ten days, a  ten\\ndays often")
    [[(13, 21, 'ten days')], [(4, 8, 'days'), (10, 11, 'a'), (17, 21, 'days')]]
    """

    def __init__(self, tables: Sequence[Iterable[str]]) -> None:
        self._tables = tuple(frozenset(table) for table in tables)
        owners: dict[str, list[int]] = {}
        for number, table in enumerate(self._tables):
            for phrase in table:
                if phrase != phrase.strip() or "  " in phrase or _BLANKS.sub(" ", phrase) != phrase:
                    raise ValueError(f"a phrase has blanks other than single spaces: {phrase!r}")
                owners.setdefault(phrase, []).append(number)
        self._automaton: Any = None
        if owners:
            self._automaton = ahocorasick.Automaton()
            for phrase, numbers in owners.items():
                self._automaton.add_word(phrase, (phrase, len(phrase), tuple(numbers)))
            self._automaton.make_automaton()

    def __reduce__(self) -> tuple[Any, ...]:
        return Phrases, (self._tables,)

    def spans(self, text: str) -> list[list[Span]]:
        """``(start, end, phrase)`` of the phrases of each table in ``text``, in text order.
        Phrases are compared as they are written (search a lowercased text for lowercase
        phrases, see :func:`searchable`)."""
        return [kept(found) for found in self.starts(text)]

    def starts(self, text: str) -> list[list[Span]]:
        """Like :meth:`spans`, but the longest phrase at every place one starts, overlapping
        or not: for a caller that picks the leftmost among these and other matches."""
        return [[(s, *found[s]) for s in sorted(found)] for found in self._longest(text)]

    def _longest(self, text: str) -> list[dict[int, tuple[int, str]]]:
        longest: list[dict[int, tuple[int, str]]] = [{} for _ in self._tables]
        if self._automaton is None:
            return longest
        squeezed, at, shifts = _squeezed(text)
        size = len(text)
        for last, (phrase, length, numbers) in self._automaton.iter(squeezed):
            start = last - length + 1
            if at:
                k = bisect.bisect_right(at, start) - 1
                start += shifts[k] if k >= 0 else 0
                k = bisect.bisect_right(at, last) - 1
                last += shifts[k] if k >= 0 else 0
            end = last + 1
            if (start and _is_word(text[start - 1])) or (end < size and _is_word(text[end])):
                continue
            for number in numbers:
                found = longest[number]
                before = found.get(start)
                if before is None or before[0] < end:
                    found[start] = (end, phrase)
        return longest


def kept(spans: Iterable[Span]) -> list[Span]:
    """From spans in text order, one at most at each start, those ``finditer`` picks: leftmost
    first, each going on from where the last one ended."""
    chosen: list[Span] = []
    end = 0
    for span in spans:
        if span[0] >= end:
            chosen.append(span)
            end = span[1]
    return chosen


def _key(text: str) -> str:
    return _BLANKS.sub(" ", text.replace("’", "'"))


class PhraseIndex(Generic[V]):
    """Phrases and their values, found left to right, longest first, not overlapping.

    Phrases of at least ``fold_from`` characters match in any letter case; shorter ones
    ("US", "WHO") only as written.
    """

    def __init__(self, phrases: Mapping[str, V], *, fold_from: int = 0) -> None:
        self._phrases = dict(phrases)
        self._fold_from = fold_from
        self._folded = {_key(p).lower(): v for p, v in phrases.items() if len(p) >= fold_from}
        self._exact = {_key(p): v for p, v in phrases.items() if len(p) < fold_from}
        self.folded: frozenset[str] = frozenset(self._folded)
        """The phrases that match in any case, lowercased: for a caller that searches them
        with others in one pass of :class:`Phrases` (see :meth:`found`)."""
        self._on_lowered = Phrases([self.folded])
        self._on_folded: Phrases | None = None
        self._as_written = Phrases([self._exact]) if self._exact else None

    def __reduce__(self) -> tuple[Any, ...]:
        return _phrase_index, (self._phrases, self._fold_from)

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """``(start, end, value)`` of every phrase in ``text``."""
        searched, is_lowered = searchable(text)
        phrases = self._on_lowered if is_lowered else self.on_folded()
        return self.found(text, phrases.spans(searched)[0])

    def on_folded(self) -> Phrases:
        """The phrases that match in any case as :func:`folded` text spells them."""
        if self._on_folded is None:
            self._on_folded = Phrases([[folded(p) for p in self.folded]])
        return self._on_folded

    def value(self, phrase: str) -> V:
        """The value of a phrase found in lowercased or :func:`folded` text."""
        value = self._folded.get(phrase)
        if value is None:
            value = next(v for p, v in self._folded.items() if folded(p) == phrase)
        return value

    def found(self, text: str, spans: list[Span]) -> list[tuple[int, int, V]]:
        """:meth:`find`, given the spans of :attr:`folded` in ``text`` (searched in its
        :func:`searchable` form)."""
        hits = [(s, e, self.value(p)) for s, e, p in spans]
        if self._as_written is not None:
            found = self._as_written.spans(text)[0]
            hits += [(s, e, self._exact[p]) for s, e, p in found]
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int, V]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept


def _phrase_index(phrases: Mapping[str, V], fold_from: int) -> PhraseIndex[V]:
    return PhraseIndex(phrases, fold_from=fold_from)

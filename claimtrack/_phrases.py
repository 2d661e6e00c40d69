"""Finding many fixed phrases in a text fast: tries searched by the standard library's ``re``.

A regex alternation of a few thousand phrases (the gazetteer, the metric words) tries every
phrase at every position and costs microseconds a character. The same phrases as a trie — one
branch per character — cost a few steps a position, and the standard library's ``re`` searches
a pattern like that over the lowercased text at several megabytes a second.

>>> index = PhraseIndex({"Trinidad and Tobago": "TT", "US": "US", "trade": "trade"}, fold_from=4)
>>> text = "Trinidad and Tobago's trade with the US, not us."
>>> [(text[s:e], v) for s, e, v in index.find(text)]
[('Trinidad and Tobago', 'TT'), ('trade', 'trade'), ('US', 'US')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["Alternative", "PhraseIndex", "WordStarts", "alternation", "lowered", "trie_pattern"]

V = TypeVar("V")

_BLANKS = re.compile(r"\s+")


def trie_pattern(phrases: Iterable[str]) -> str:
    """A pattern for ``re`` matching exactly ``phrases``, longest first, branching one character
    at a time (a space matches any run of blanks): trying it at a position costs a few steps,
    not one per phrase. Empty for no phrases."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def alternation(words: Iterable[str], *, fold: bool = False) -> str:
    """Any of ``words``, longest first, as a trie (a few steps to try, not one per word);
    spaces match any run of blanks. With ``fold``, lowercase words match in any case."""
    unique = set(words)
    folded = {w for w in unique if fold and w.islower()}
    parts = [f"(?i:{trie_pattern(folded)})" if folded else "", trie_pattern(unique - folded)]
    return "(?:" + "|".join(p for p in parts if p) + ")" if any(parts) else "(?!)"


def lowered(text: str) -> str | None:
    """``text`` in lowercase with curly apostrophes straightened, when that keeps every offset
    (a few characters, such as "İ", lowercase to two); otherwise None."""
    low = text.lower().replace("’", "'")
    return low if len(low) == len(text) else None


Alternative = tuple[str, str | frozenset[str]]
r"""``(not_after, what)``: the contents of a character class no match may follow, which excludes
at least the word characters (``r"\w"``, ``r"\w.,"``), and what the match is: a pattern, or a set
of phrases (any of them, longest first, followed by no word character)."""


class WordStarts:
    r"""Several searches in one pass over a text, each for matches that may only start where no
    word character precedes, left to right and not overlapping: for each search, what
    ``finditer`` of ``(?<![...])(?:A)|(?<![...])(?:B)`` (its alternatives) gives, found faster.

    ``re`` tries a pattern that begins with a lookbehind at every position of the text; one that
    begins with a character class it skips to. So the pass searches each non-word character
    followed by a gate: every phrase of every search in one trie (a few steps to try, however
    many searches share it), or one of their patterns. Only where the gate opens is each
    alternative tried, in a lookahead of its own; the leftmost non-overlapping matches of each
    search are then picked from those, as ``finditer`` would.

    >>> starts = WordStarts([[(r"\w", frozenset({"ten"})), (r"\w.,", r"\d+ km")], [(r"\w", "of")]])
    >>> starts.spans("ten often, 5 km 1.5 km ten")
    [[(0, 3), (11, 15), (23, 26)], [(5, 7)]]
    """

    def __init__(self, searches: Sequence[Sequence[Alternative]], flags: int = 0) -> None:
        phrases: set[str] = set()
        patterns: list[str] = []
        for alternatives in searches:
            for not_after, what in alternatives:
                if not not_after.startswith(r"\w"):
                    raise ValueError(f"a match must not follow a word character: [{not_after}]")
                if isinstance(what, frozenset):
                    phrases |= what
                else:
                    patterns.append(what)
        gate = "|".join(([_pattern(frozenset(phrases))] if phrases else []) + patterns) or "(?!)"
        group = 1 + re.compile(gate, flags).groups
        tries: list[str] = []
        self._slots: list[tuple[int, int, int]] = []  # (group, search, rank) of each alternative
        for search, alternatives in enumerate(searches):
            for rank, (not_after, what) in enumerate(alternatives):
                pattern = _pattern(what)
                tries.append(rf"(?:(?<![{not_after}])(?=({pattern})))?")
                self._slots.append((group, search, rank))
                group += 1 + re.compile(pattern, flags).groups
        self._searches = len(searches)
        self._after = re.compile(rf"\W(?={gate}){''.join(tries)}", flags)
        self._first = re.compile(rf"(?={gate}){''.join(tries)}", flags)

    def spans(self, text: str) -> list[list[tuple[int, int]]]:
        """``(start, end)`` of each match of each search, in text order."""
        found: list[list[tuple[int, int, int]]] = [[] for _ in range(self._searches)]
        at_start = self._first.match(text)
        if at_start is not None:
            self._add(at_start.regs, found)
        for match in self._after.finditer(text):
            self._add(match.regs, found)
        return [_leftmost(hits) for hits in found]

    def _add(
        self, regs: tuple[tuple[int, int], ...], found: list[list[tuple[int, int, int]]]
    ) -> None:
        for group, search, rank in self._slots:
            start, end = regs[group]
            if start >= 0:
                found[search].append((start, rank, end))


def _pattern(what: str | frozenset[str]) -> str:
    return rf"(?:{trie_pattern(what)})(?!\w)" if isinstance(what, frozenset) else what


def _leftmost(hits: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """From ``(start, rank, end)`` hits in text order (by start, then rank), the ``(start, end)``
    spans ``finditer`` picks: leftmost first, each going on from where the last one ended."""
    spans: list[tuple[int, int]] = []
    end = 0
    for start, _, stop in hits:
        if start >= end:
            spans.append((start, stop))
            end = stop
    return spans


def _first_letters_first(phrases: Iterable[str]) -> re.Pattern[str]:
    r"""``phrases`` where no word character precedes or follows, as a pattern each of whose
    alternatives starts with a literal character: ``re`` skips to those characters (a few
    capitals for short forms such as "US" and "WHO") instead of trying every non-word character
    as :class:`WordStarts` does, and checks what precedes only once the first one is found."""
    rests: dict[str, list[str]] = {}
    for phrase in phrases:
        if not phrase[:1].strip():
            raise ValueError(f"a phrase must start with a character that is not blank: {phrase!r}")
        rests.setdefault(phrase[0], []).append(phrase[1:])
    branches = [
        rf"{re.escape(first)}(?<!\w.){trie_pattern(rests[first])}" for first in sorted(rests)
    ]
    return re.compile(rf"(?:{'|'.join(branches)})(?!\w)")


def _key(text: str) -> str:
    return _BLANKS.sub(" ", text.replace("’", "'"))


class PhraseIndex(Generic[V]):
    """Phrases and their values, found left to right, longest first, not overlapping.

    Phrases of at least ``fold_from`` characters match in any letter case; shorter ones
    ("US", "WHO") only as written.
    """

    def __init__(self, phrases: Mapping[str, V], *, fold_from: int = 0) -> None:
        self._folded = {_key(p).lower(): v for p, v in phrases.items() if len(p) >= fold_from}
        self._exact = {_key(p): v for p, v in phrases.items() if len(p) < fold_from}
        self.search: tuple[Alternative, ...] = (
            ((r"\w", frozenset(self._folded)),) if self._folded else ()
        )
        """The search for the phrases that match in any case, in lowercased text: for a caller
        that searches it with others in one pass of :class:`WordStarts` (see :meth:`found`)."""
        self._on_lowered = WordStarts([self.search])
        self._ignoring_case = WordStarts([self.search], re.IGNORECASE)
        self._as_written = _first_letters_first(self._exact) if self._exact else None

    def find(self, text: str, low: str | None = None) -> list[tuple[int, int, V]]:
        """``(start, end, value)`` of every phrase in ``text``; ``low`` is ``lowered(text)``
        when the caller has it already."""
        low = low if low is not None else lowered(text)
        folded = self._on_lowered.spans(low) if low is not None else self._ignoring_case.spans(text)
        return self.found(text, folded[0])

    def found(self, text: str, folded: list[tuple[int, int]]) -> list[tuple[int, int, V]]:
        """:meth:`find`, given the spans of :attr:`search` in ``text`` (in its lowercased form,
        or in any case)."""
        hits = [(s, e, self._folded[_key(text[s:e]).lower()]) for s, e in folded]
        if self._as_written is not None:
            found = self._as_written.finditer(text)
            hits += [(m.start(), m.end(), self._exact[_key(m.group())]) for m in found]
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int, V]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

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

__all__ = ["PhraseIndex", "WordStarts", "alternation", "lowered", "trie_pattern"]

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


class WordStarts:
    r"""Matches of patterns that may only start where no word character precedes, left to right
    and not overlapping: what ``finditer`` of ``(?<![...])(?:A)|(?<![...])(?:B)`` gives, found
    faster.

    ``re`` tries a pattern that begins with a lookbehind at every position of the text; one that
    begins with a character class it skips to. So each alternative is searched as the class of
    characters it may follow, then the alternative in a lookahead (``\W(?=(A))``), and the
    leftmost non-overlapping matches are picked from those, as ``finditer`` would.

    >>> starts = WordStarts([(r"\w", r"ten(?!\w)"), (r"\w.,", r"\d+ km")])
    >>> starts.spans("ten often, 5 km 1.5 km ten")
    [(0, 3), (11, 15), (23, 26)]
    """

    def __init__(self, alternatives: Sequence[tuple[str, str]], flags: int = 0) -> None:
        r"""``alternatives``: ``(not_after, pattern)`` pairs, ``not_after`` the contents of the
        character class no match may follow (``r"\w"``), in the order an alternation tries them."""
        self._searches = tuple(
            (re.compile(rf"[^{not_after}](?=({pattern}))", flags), re.compile(pattern, flags))
            for not_after, pattern in alternatives
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each match, in text order."""
        found: list[tuple[int, int, int]] = []
        for rank, (after, first) in enumerate(self._searches):
            found += [(m.start(1), rank, m.end(1)) for m in after.finditer(text)]
            at_start = first.match(text)
            if at_start is not None:
                found.append((0, rank, at_start.end()))
        if len(self._searches) > 1:
            found.sort()
        elif found and found[-1][0] == 0:
            found.insert(0, found.pop())
        spans: list[tuple[int, int]] = []
        end = 0
        for start, _, stop in found:
            if start >= end:  # finditer goes on from where its last match ended
                spans.append((start, stop))
                end = stop
        return spans


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
        folded = [(r"\w", rf"(?:{trie_pattern(self._folded)})(?!\w)")] if self._folded else None
        exact = [(r"\w", rf"(?:{trie_pattern(self._exact)})(?!\w)")] if self._exact else None
        self._on_lowered = WordStarts(folded) if folded else None
        self._ignoring_case = WordStarts(folded, re.IGNORECASE) if folded else None
        self._as_written = WordStarts(exact) if exact else None

    def find(self, text: str, low: str | None = None) -> list[tuple[int, int, V]]:
        """``(start, end, value)`` of every phrase in ``text``; ``low`` is ``lowered(text)``
        when the caller has it already."""
        low = low if low is not None else lowered(text)
        hits: list[tuple[int, int, V]] = []
        if self._on_lowered is not None and self._ignoring_case is not None:
            found = (
                self._on_lowered.spans(low) if low is not None else self._ignoring_case.spans(text)
            )
            hits += [(s, e, self._folded[_key(text[s:e]).lower()]) for s, e in found]
        if self._as_written is not None:
            hits += [(s, e, self._exact[_key(text[s:e])]) for s, e in self._as_written.spans(text)]
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int, V]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

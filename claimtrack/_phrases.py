"""Finding many fixed phrases in a text in one pass over its words.

A regex alternation of a few thousand phrases (the gazetteer, the metric words) is tried at
every position of the text and costs microseconds a character. :class:`PhraseIndex` instead
splits the text into words once (:func:`words`) and looks each word up in a dictionary of the
phrases it can begin, comparing the following words and the gaps between them only for those.

>>> index = PhraseIndex({"Trinidad and Tobago": "TT", "US": "US", "trade": "trade"}, fold_from=4)
>>> text = "Trinidad and Tobago's trade with the US, not us."
>>> [(text[s:e], v) for s, e, v in index.find(text, words(text))]
[('Trinidad and Tobago', 'TT'), ('trade', 'trade'), ('US', 'US')]
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import regex

__all__ = ["PhraseIndex", "Word", "words"]

V = TypeVar("V")

_WORD = regex.compile(r"\w+")
_BLANKS = regex.compile(r"\s+")

Word = tuple[int, int, str]
"""A word of a text: ``(start, end, lowercase text)``."""


def words(text: str) -> list[Word]:
    """The words of ``text`` (runs of letters, digits and underscores), in order."""
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def _gap(text: str) -> str:
    return _BLANKS.sub(" ", text.replace("’", "'"))


@dataclass(frozen=True)
class _Entry(Generic[V]):
    words: tuple[str, ...]
    gaps: tuple[str, ...]
    fold: bool
    value: V


class PhraseIndex(Generic[V]):
    """Phrases and their values, found by word look-up (longest phrase first at a word).

    Phrases of at least ``fold_from`` characters match in any letter case; shorter ones
    ("US", "WHO") only as written.
    """

    def __init__(self, phrases: Mapping[str, V], *, fold_from: int = 0) -> None:
        by_first: dict[str, list[_Entry[V]]] = {}
        for phrase, value in phrases.items():
            found = list(_WORD.finditer(phrase))
            if not found:
                continue
            fold = len(phrase) >= fold_from
            tokens = tuple(m.group().lower() if fold else m.group() for m in found)
            gaps = tuple(_gap(phrase[a.end() : b.start()]) for a, b in itertools.pairwise(found))
            by_first.setdefault(tokens[0].lower(), []).append(_Entry(tokens, gaps, fold, value))
        for entries in by_first.values():
            entries.sort(key=lambda e: -len(e.words))
        self._by_first = by_first

    def find(self, text: str, tokens: Sequence[Word]) -> list[tuple[int, int, V]]:
        """``(start, end, value)`` of every phrase in ``text``, left to right, not overlapping.

        ``tokens`` are ``words(text)``, computed once and shared between indexes.
        """
        found: list[tuple[int, int, V]] = []
        i, count = 0, len(tokens)
        while i < count:
            entries = self._by_first.get(tokens[i][2])
            size = self._match(text, tokens, i, entries) if entries else None
            if size is None:
                i += 1
                continue
            entry, length = size
            found.append((tokens[i][0], tokens[i + length - 1][1], entry.value))
            i += length
        return found

    def _match(
        self, text: str, tokens: Sequence[Word], i: int, entries: list[_Entry[V]]
    ) -> tuple[_Entry[V], int] | None:
        for entry in entries:
            length = len(entry.words)
            if i + length > len(tokens):
                continue
            if all(self._same(text, tokens, i, j, entry) for j in range(length)):
                return entry, length
        return None

    @staticmethod
    def _same(text: str, tokens: Sequence[Word], i: int, j: int, entry: _Entry[V]) -> bool:
        start, end, lower = tokens[i + j]
        if (lower if entry.fold else text[start:end]) != entry.words[j]:
            return False
        return j == 0 or _gap(text[tokens[i + j - 1][1] : start]) == entry.gaps[j - 1]

"""A claim's frame: the lemmas of the words that say what a figure counts or measures.

The frame also lists, marked with :data:`~claimtrack.model.OPPOSITE`, the opposites of its
words (from the language's antonym table), so that the check can tell "exported" from
"imported" without any language data of its own.

The frame is the words of the figure's own clause nearest it, nearest first (the figure's unit
words, then one word after it, one before, and so on),
lowercased and reduced by the Snowball stemmer of the language (snowballstemmer: "shipped" ->
"ship", "deaths" -> "death", "passengers" -> "passeng"), without digits or words of fewer than
three letters. The
check weighs frame words by how rare they are in the claims it compares, so words such as "the"
or "said" count for little without a list of stop words.

>>> framer = Framer("english")
>>> text = "Last year the port shipped 4.2 million tonnes of soybeans, officials said."
>>> framer.frame(text, 0, len(text), 27, 46)
('million', 'tonn', 'ship', 'soybean', 'port', 'offici', 'the', 'said', 'year', 'last')
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import regex
import snowballstemmer

from claimtrack.model import OPPOSITE

__all__ = ["FRAME_REACH", "INTENT_REACH", "Framer"]

FRAME_REACH = 7
"""At most this many words on each side of the figure, within its clause, make its frame."""

INTENT_REACH = 6
"""An intent word makes a figure a plan or forecast only among this many frame words nearest
it (about three on each side): "could supply 1,150 MW", not a forecast a clause away."""

_WORD = regex.compile(r"[^\W\d_][^\W\d_'’-]*+(?:['’-][^\W\d_]++)*+")
_CLAUSE_END = regex.compile(r"[;:()\[\]\n]|\s[-–—]\s")
_MIN_LETTERS = 3
_REACH_CHARS = 60 * FRAME_REACH
"""How far before a figure its frame words are looked for: :data:`FRAME_REACH` long words."""


class Framer:
    """Frames of claims, their words reduced by the Snowball stemmer ``stemmer`` (a name of
    :func:`snowballstemmer.algorithms`, "english"). Pickles as that name."""

    def __init__(
        self,
        stemmer: str,
        intent_words: Iterable[str] = (),
        antonyms: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.stemmer = stemmer
        self._stem = snowballstemmer.stemmer(stemmer).stemWord
        self._seen: dict[str, str] = {}
        self.intent_words = tuple(intent_words)
        self._intent = frozenset(self.lemma(w) for w in self.intent_words)
        self.antonyms = antonyms or {}

    def __reduce__(self) -> tuple[Any, ...]:
        return Framer, (self.stemmer, self.intent_words, self.antonyms)

    def intended(self, frame: Sequence[str]) -> bool:
        """One of the :data:`INTENT_REACH` frame words nearest the figure is an intent word: the
        figure is planned, pledged, forecast or targeted, not an outcome.

        >>> Framer("english", ["pledged"]).intended(("compani", "pledg", "park"))
        True
        """
        return not self._intent.isdisjoint(frame[:INTENT_REACH])

    def lemma(self, word: str) -> str:
        """``word`` lowercased and stemmed (cached per framer)."""
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._stem(word.lower())
        return found

    def frame(self, text: str, start: int, end: int, m_start: int, m_end: int) -> tuple[str, ...]:
        """The frame of the figure at ``m_start:m_end`` in the sentence ``text[start:end]``."""
        left = _clause_start(text, start, m_start)
        right = _clause_end(text, m_end, end)
        left = max(left, m_start - _REACH_CHARS)  # a clause of megabytes costs no more
        before = [m.group() for m in _WORD.finditer(text, left, m_start)][-FRAME_REACH:]
        inside = [m.group() for m in _WORD.finditer(text, m_start, m_end)]
        after = [
            m.group() for m in itertools.islice(_WORD.finditer(text, m_end, right), FRAME_REACH)
        ]
        near = [*inside, *_alternate(before[::-1], after)]
        stems = dict.fromkeys(self.lemma(w) for w in near if len(w) >= _MIN_LETTERS)
        opposites = [OPPOSITE + o for stem in stems for o in self.antonyms.get(stem, ())]
        return (*stems, *dict.fromkeys(opposites))


def _alternate(left: list[str], right: list[str]) -> list[str]:
    """The words of both sides, nearest the figure first: one after, one before, and so on."""
    merged: list[str] = []
    for i in range(max(len(left), len(right))):
        merged.extend(side[i] for side in (right, left) if i < len(side))
    return merged


def _clause_start(text: str, start: int, m_start: int) -> int:
    found = start
    for match in _CLAUSE_END.finditer(text, start, m_start):
        found = match.end()
    return found


def _clause_end(text: str, m_end: int, end: int) -> int:
    match = _CLAUSE_END.search(text, m_end, end)
    return end if match is None else match.start()

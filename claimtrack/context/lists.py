"""Explicit lists of names as counts: "Barbados, Dominica and Grenada" states three countries.

>>> from claimtrack import default_lexicon
>>> from claimtrack.context.index import Indexer
>>> data = ContextData.load()
>>> text = "Trade grew with Barbados, Dominica and Grenada."
>>> index = Indexer(default_lexicon(), data).index(text, [], None)
>>> [(m.names, m.count) for m in Lists(data).mentions(index)]
[(('Barbados', 'Dominica', 'Grenada'), 3.0)]
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimtrack.context.index import DocumentIndex
from claimtrack.context.phrases import alternation
from claimtrack.lang.context import ContextData

__all__ = ["LIST_SUBJECT", "MIN_LIST_ITEMS", "ListMention", "Lists"]

MIN_LIST_ITEMS = 3
"""A list of at least this many country names, the last joined by "and", is an explicit count."""

LIST_SUBJECT = "countries listed"
"""The subject of the count claim a list of names makes."""


@dataclass(frozen=True)
class ListMention:
    """A list of country names in a text, read as a count of countries (a figure for
    :meth:`~claimtrack.context.ContextReader.context`)."""

    start: int
    end: int
    names: tuple[str, ...]
    """The names as written, in text order."""
    unit: str = "country"
    kind: str = "count"
    rate_start: int = -1

    @property
    def number_start(self) -> int:
        return self.start

    @property
    def count(self) -> float:
        return float(len(self.names))


class Lists:
    """Finds the lists of country names of an indexed document."""

    def __init__(self, data: ContextData) -> None:
        connectors = alternation(data.list_final_connectors)
        self._gap = regex.compile(rf",?+\s*+(?:{connectors}\s++)?+")
        self._last = tuple(f" {word} " for word in data.list_final_connectors)

    def mentions(self, index: DocumentIndex) -> list[ListMention]:
        """Runs of at least :data:`MIN_LIST_ITEMS` country names, one after another, apart
        only by commas and blanks, with "and" before the last."""
        text = index.text
        runs: list[list[tuple[int, int]]] = []
        for em in index.entities:
            if em.entity.type != "country":
                continue
            run = runs[-1] if runs else None
            if run and self._gap.fullmatch(text, run[-1][1], em.start):
                run.append((em.start, em.end))
            else:
                runs.append([(em.start, em.end)])
        return [
            ListMention(run[0][0], run[-1][1], tuple(text[a:b] for a, b in run))
            for run in runs
            if len(run) >= MIN_LIST_ITEMS and self._ends_list(text[run[-2][1] : run[-1][0]] + " ")
        ]

    def _ends_list(self, gap: str) -> bool:
        return any(word in gap for word in self._last)

"""One document's look-up tables: its sentences and the entity, metric, attribution, time and
running-total mentions in it, all phrases found in one pass (see :mod:`.phrases`); each claim
then looks up what lies in its own sentence by bisection."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Any

import regex

from claimtrack.context.entities import Goods, ProperNames, entity_index
from claimtrack.context.phrases import (
    PhraseIndex,
    Phrases,
    alternation,
    folded,
    kept,
    matches_at,
    searchable,
)
from claimtrack.context.time import TimeReader
from claimtrack.context.values import DateLike, EntityMention, TimeMention
from claimtrack.lang import Lexicon
from claimtrack.lang.context import ContextData
from claimtrack.model import Entity

__all__ = ["LEAD_SENTENCES", "MAX_SENTENCE", "DocumentIndex", "Indexer"]

_FLAGS = regex.VERSION1 | regex.VERBOSE

MAX_SENTENCE = 400
"""A claim looks at most this many characters either side for its context."""

LEAD_SENTENCES = 2
"""The headline and the lead: the first sentences with words, whose entities a document is
about (the owner of a figure whose own sentence names no one)."""

About = tuple[tuple[str, ...], tuple[str, ...]]
"""The places (``word|qualifier``) and goods a sentence names, each sorted."""


class DocumentIndex:
    """Sorted per-document look-up tables for :class:`~claimtrack.context.ContextReader`."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        sentence_ends: list[int],
        entities: list[EntityMention],
        metrics: list[tuple[int, int, str]],
        times: list[TimeMention],
        cumulative: list[tuple[int, int, bool]],
        attributions: list[tuple[int, int, tuple[bool, str]]],
        about: Callable[[str], About] = lambda _: ((), ()),
    ) -> None:
        self.text = text
        self.published = published
        self.sentence_ends = sentence_ends
        self.entities = entities
        self.metrics = metrics
        self.times = times
        self.cumulative = cumulative
        self.attributions = attributions
        self._about_of = about
        self._about: dict[str, About] = {}
        self._starts: dict[int, list[int]] = {}
        self._owners: list[EntityMention] | None = None
        self._lead_names: tuple[str, ...] | None = None

    def sentence(self, position: int) -> tuple[int, int]:
        """The sentence around ``position``, at most :data:`MAX_SENTENCE` characters each side
        (text without full stops, a table or a run-on list, is not one endless sentence)."""
        i = bisect.bisect_right(self.sentence_ends, position)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        return max(start, position - MAX_SENTENCE), min(end, position + MAX_SENTENCE)

    def within(self, items: list[Any], start: int, end: int) -> list[Any]:
        """The items of one of this index's tables that start in ``start:end``."""
        starts = self._starts.get(id(items))
        if starts is None:
            starts = self._starts[id(items)] = [_start_of(x) for x in items]
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def owners(self) -> list[EntityMention]:
        """The entity mentions of the first :data:`LEAD_SENTENCES` sentences with words."""
        if self._owners is None:
            self._owners = []
            for start, end in self._lead():
                self._owners.extend(self.within(self.entities, start, end))
        return self._owners

    def lead_names(self) -> tuple[str, ...]:
        """The places and names (``word|qualifier``) of the headline and lead, sorted: whose
        figures a document reports where a sentence names no one ("Harbourside University")."""
        if self._lead_names is None:
            lead = [self.text[start:end].strip() for start, end in self._lead()]
            names = {name for sentence in lead for name in self.about(sentence)[0]}
            self._lead_names = tuple(sorted(names))
        return self._lead_names

    def _lead(self) -> list[tuple[int, int]]:
        """The spans of the first :data:`LEAD_SENTENCES` sentences with words."""
        spans: list[tuple[int, int]] = []
        start = 0
        for end in itertools.chain(self.sentence_ends, (len(self.text),)):
            if len(spans) == LEAD_SENTENCES:
                break
            if any(c.isalpha() for c in self.text[start:end]):
                spans.append((start, end))
            start = end
        return spans

    def about(self, sentence: str) -> About:
        """The places and goods ``sentence`` names (found once per sentence)."""
        found = self._about.get(sentence)
        if found is None:
            found = self._about[sentence] = self._about_of(sentence)
        return found


class Indexer:
    """Builds the :class:`DocumentIndex` of a text; holds only read-only data and compiled
    patterns."""

    def __init__(self, lexicon: Lexicon, data: ContextData) -> None:
        self.data = d = data
        self.entities: PhraseIndex[Entity] = entity_index(d)
        self.metrics = PhraseIndex(d.metrics)
        self.attributions = PhraseIndex(
            {
                **{v: (False, v) for v in d.attribution_verbs},
                **{v: (True, v) for v in d.attribution_openers},
            }
        )
        self.time = TimeReader(lexicon, d)
        self.proper_names = ProperNames(lexicon, d)
        self.goods = Goods(d)
        abbreviations = "|".join(map(regex.escape, d.sentence_abbreviations))
        self._sentences = regex.compile(
            rf"""(?<!\b(?:[A-Z]|{abbreviations}|[A-Z]\.[A-Z]))
                [.!?][\"'”’)]*+[ \t]++(?=[\"'“‘(]?+[A-Z0-9])   # end of a sentence
              | \n                                               # or of a line
            """,
            _FLAGS,
        )
        self._cumulative = regex.compile(
            rf"(?i)(?<!\w)(?:(?P<marker>{alternation(d.cumulative_markers)})"
            rf"|{alternation(d.perfect_auxiliaries)}\s++(?:\w+\s+)??"
            rf"(?:{alternation(d.passive_auxiliaries)}\s++)?+"
            rf"(?:{alternation(d.perfect_participles)}{self._regular(d.participle_endings)}))(?!\w)",
            _FLAGS,
        )
        # where each pattern of the document index may match, all found in one pass
        self._tables: list[frozenset[str]] = [
            self.entities.folded,
            self.metrics.folded,
            self.attributions.folded,
            self.time.openings,
            frozenset(p.lower() for p in [*d.cumulative_markers, *d.perfect_auxiliaries]),
        ]
        self._on_lowered = Phrases(self._tables)
        self._on_folded: Phrases | None = None

    @staticmethod
    def _regular(endings: Sequence[str]) -> str:
        """A word with one of the regular participle ``endings`` ("burned"), as an alternative
        of the irregular ones; nothing if the language lists none."""
        if not endings:
            return ""
        return rf"|[^\W\d_]{{2,}}+(?<=[^\W\d_]{{2}}(?:{alternation(endings)}))"

    def about(self, sentence: str) -> About:
        """The sorted places and goods ``sentence`` names."""
        places = tuple(sorted(self.proper_names.of(sentence)))
        return places, tuple(sorted(self.goods.of(sentence)))

    def index(
        self, text: str, dates: Sequence[DateLike], published: dt.date | None
    ) -> DocumentIndex:
        """Everything a claim of ``text`` may look up, each found in one pass."""
        searched, is_lowered = searchable(text)
        if is_lowered:
            phrases = self._on_lowered
        else:
            if self._on_folded is None:
                self._on_folded = Phrases([[folded(p) for p in t] for t in self._tables])
            phrases = self._on_folded
        entity_at, metric_at, attribution_at, time_at, cumulative_at = phrases.starts(searched)
        sentence_ends = [m.end() for m in self._sentences.finditer(text)]
        entities = [
            EntityMention(s, e, v) for s, e, v in self.entities.found(text, kept(entity_at))
        ]
        metrics = self.metrics.found(text, kept(metric_at))
        starts = self.time.starts(searched, time_at)
        times = self.time.times(text, starts, dates, published)
        cumulative = [
            (m.start(), m.end(), m.group("marker") is not None)
            for m in matches_at(self._cumulative, text, (s for s, _, _ in kept(cumulative_at)))
        ]
        attributions = self.attributions.found(text, kept(attribution_at))
        return DocumentIndex(text, published, sentence_ends, entities, metrics, times,
                             cumulative, attributions, self.about)  # fmt: skip


def _start_of(item: Any) -> int:
    return int(item[0] if isinstance(item, tuple) else item.start)

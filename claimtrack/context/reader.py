"""A claim's context: what a figure measures, about whom, when, and who says so.

Each claim looks up, in its document's :class:`~claimtrack.context.DocumentIndex`, what lies in
its own sentence, nearest first, without crossing a clause break ("... will cost $1.3bn and is
due to open in 2025": 2025 is not when the cost holds). Cumulative markers ("so far", "to date",
"since the outbreak", "has received") make a running total, as of the time stated or the
publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import regex

from claimtrack.context.entities import Roles
from claimtrack.context.frames import Framer
from claimtrack.context.index import DocumentIndex, Indexer
from claimtrack.context.lists import ListMention, Lists
from claimtrack.context.phrases import alternation
from claimtrack.context.values import ClaimContext, DateLike, MentionLike
from claimtrack.lang import Lexicon
from claimtrack.lang.context import ContextData
from claimtrack.lang.loader import DEFAULT_LANGUAGES
from claimtrack.model import Entity, TimeScope

__all__ = ["MAX_ATTRIBUTION_WORDS", "ContextReader"]

MAX_ATTRIBUTION_WORDS = 7
"""At most this many words before "said" name who said it."""

_ATTRIBUTED = regex.compile(r"\s*+([^,.;:\n]{3,80}+)")

_UNKNOWN_TIME = TimeScope()
"""The scope of a claim with no time words near it: one frozen value, not a new one validated
for each such claim (most claims of news text)."""

_WORD = regex.compile(r"[^\W\d_][\w'’-]*+")


class ContextReader:
    """Finds the context of claims; holds only read-only data and compiled patterns (pickled
    as its lexicon and data, and rebuilt)."""

    def __init__(self, lexicon: Lexicon, data: ContextData | None = None) -> None:
        self.lexicon = lexicon
        self.data = d = data or ContextData.load(lexicon.languages or DEFAULT_LANGUAGES)
        self.indexer = Indexer(lexicon, d)
        self._roles = Roles(d)
        self.lists = Lists(d)
        languages = lexicon.languages or DEFAULT_LANGUAGES
        self.framer = Framer(d.stemmers.get(languages[0], "porter"), d.intent_words, d.antonyms)
        breaks = sorted(set(d.clause_breaks), key=lambda b: (-len(b), b))
        self._breaks = regex.compile("(?:" + "|".join(map(re.escape, breaks)) + ")")
        self._of_phrase = regex.compile(
            rf"\s++{alternation(d.of_words)}\s++(?:[^\W\d_][\w'’-]*+\s*+){{1,5}}?(?=[,.;:()\n]|$)"
        )
        """What a counted noun is "of" ("120 tonnes of copper ore"), up to a clause mark."""
        self._plurals = tuple(d.plural_endings)

    def __reduce__(self) -> tuple[Any, ...]:
        return ContextReader, (self.lexicon, self.data)

    def proper_names(self, sentence: str) -> frozenset[str]:
        """Names in a sentence outside the gazetteer and the calendar, as ``word|qualifier``
        (see :class:`~claimtrack.context.entities.ProperNames`)."""
        return self.indexer.proper_names.of(sentence)

    def goods(self, sentence: str) -> frozenset[str]:
        """The commodities a sentence names ("copper", "carne vacuna" -> beef)."""
        return self.indexer.goods.of(sentence)

    def count_noun(self, unit: str) -> str:
        """The count noun a unit stands for, synonyms folded ("ship" and "vessel")."""
        return self.data.count_noun_synonyms.get(unit, unit)

    def counted(self, mention: MentionLike) -> str | None:
        """For a count, the phrase it counts with its noun as :meth:`count_noun` has it
        ("cargo vessel" -> "cargo ship"); None for other figures."""
        if mention.kind != "count":
            return None
        modifiers, _, _noun = getattr(mention, "counted", "").rpartition(" ")
        noun = self.count_noun(mention.unit)
        return f"{modifiers} {noun}" if modifiers else noun

    def document_index(
        self, text: str, dates: Sequence[DateLike], published: dt.date | None
    ) -> DocumentIndex:
        """Everything a claim of ``text`` may look up, each found in one pass."""
        return self.indexer.index(text, dates, published)

    def list_mentions(self, index: DocumentIndex) -> list[ListMention]:
        """The explicit lists of country names of an indexed document, as counts (see
        :class:`~claimtrack.context.lists.Lists`)."""
        return self.lists.mentions(index)

    # ------------------------------------------------------------------ per claim

    def context(self, index: DocumentIndex, mention: MentionLike) -> ClaimContext:
        """The context of one claim of the indexed document."""
        text = index.text
        s_start, s_end = index.sentence(mention.start)
        sentence = text[s_start:s_end].strip()
        places, goods = index.about(sentence)
        entities = self._claim_entities(index, mention, s_start, s_end, not places)
        if not places and all(e.role == "owner" for e in entities):
            places = index.lead_names()  # the sentence names no one: the lead's names
        metric, metric_span = self._metric(index, mention, s_start, s_end)
        time = self._time(index, mention, s_start, s_end)
        return ClaimContext(
            sentence=sentence,
            subject=self._subject(text, mention, metric_span),
            metric=metric,
            entities=entities,
            time=time,
            attribution=self._attribution_of(index, s_start, s_end),
            places=places,
            goods=goods,
            counted=self.counted(mention),
            frame=(frame := self.framer.frame(text, s_start, s_end, mention.start, mention.end)),
            intended=self.framer.intended(frame),
        )

    def _clause_ok(self, text: str, a: int, b: int) -> bool:
        return a >= b or self._breaks.search(text, a, b) is None

    def _between(self, text: str, mention: MentionLike, start: int, end: int) -> bool:
        """True when a word at ``start:end`` may describe the claim: same clause, and a word
        after the claim and a comma (an aside, an attribution) lies close to it."""
        if end <= mention.start:
            return self._clause_ok(text, end, mention.start)
        if start - mention.end > self.data.after_comma_reach and "," in text[mention.end : start]:
            return False
        return self._clause_ok(text, mention.end, start)

    def _claim_entities(
        self, index: DocumentIndex, mention: MentionLike, s_start: int, s_end: int, owned: bool
    ) -> tuple[Entity, ...]:
        """The entities of the claim's clause; when there are none and its sentence names no
        place of its own (``owned``), those of the document's headline and lead."""
        found: dict[str, Entity] = {}
        for em in index.within(index.entities, s_start, s_end):
            if em.entity.name in found or not self._between(index.text, mention, em.start, em.end):
                continue
            if mention.kind == "money" and mention.start <= em.start and em.end <= mention.end:
                continue  # its currency's name: "300 billion US dollars" is not about the US
            role = self._roles.of(index.text, em, mention)
            found[em.entity.name] = em.entity.model_copy(
                update={"role": role, "text": index.text[em.start : em.end]}
            )
        if not found and owned:
            for em in index.owners():
                found.setdefault(
                    em.entity.name,
                    em.entity.model_copy(
                        update={"role": "owner", "text": index.text[em.start : em.end]}
                    ),
                )
        return tuple(found.values())

    def _metric(
        self, index: DocumentIndex, mention: MentionLike, s_start: int, s_end: int
    ) -> tuple[str | None, tuple[int, int] | None]:
        best: tuple[int, str, tuple[int, int]] | None = None
        for start, end, name in index.within(index.metrics, s_start, s_end):
            kinds = self.data.metric_kinds.get(name)
            if kinds is not None and mention.kind not in kinds:
                continue
            if not self._between(index.text, mention, start, end):
                continue
            distance = _distance(index.text, mention, start, end, self.data.after_comma_penalty)
            if best is None or distance < best[0]:
                best = (distance, name, (start, end))
        if best is None:
            return self.data.unit_metrics.get(mention.unit), None
        return best[1], best[2]

    def _time(
        self, index: DocumentIndex, mention: MentionLike, s_start: int, s_end: int
    ) -> TimeScope:
        text = index.text
        best: tuple[int, TimeScope] | None = None
        for t in index.within(index.times, s_start, s_end):
            if not self._between(text, mention, t.start, t.end):
                continue
            distance = _distance(text, mention, t.start, t.end, self.data.after_comma_penalty)
            if best is None or distance < best[0]:
                best = (distance, t.scope)
        scope = best[1] if best else _UNKNOWN_TIME
        markers = [
            (a, b)
            for a, b, strong in index.within(index.cumulative, s_start, s_end)
            if (strong or scope.kind != "period") and self._between(text, mention, a, b)
        ]
        if not _extensive(mention):
            return scope.model_copy(update={"cumulative": False}) if scope.cumulative else scope
        if not markers and not scope.cumulative:
            return scope
        as_of = scope.end if scope.kind == "point" and not scope.cumulative else index.published
        words = ", ".join(text[a:b] for a, b in markers)
        label = "; ".join(x for x in (scope.text, words) if x)
        if as_of is None:
            return TimeScope(kind="unknown", cumulative=True, text=label)
        return TimeScope(kind="point", start=as_of, end=as_of, cumulative=True, text=label)

    def _subject(
        self, text: str, mention: MentionLike, metric_span: tuple[int, int] | None
    ) -> str | None:
        parts: list[str] = []
        if metric_span is not None:
            parts.append(self._phrase(text, *metric_span))
        if mention.unit != "dimensionless" and mention.kind in ("count", "ordinal", "measure"):
            end = mention.rate_start if mention.rate_start >= 0 else mention.end  # not "a year"
            noun_start = text.rfind(" ", mention.number_start, end) + 1
            phrase = text[max(noun_start, mention.number_start) : end]
            tail = self._of_phrase.match(text[mention.end : mention.end + 80])
            parts.append((phrase + (tail.group() if tail else "")).strip())
        return " / ".join(p for p in parts if p) or None

    def _phrase(self, text: str, start: int, end: int) -> str:
        """The metric words, with a plural noun after them ("confirmed cases")."""
        nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if nxt is not None and nxt.group().lower().endswith(self._plurals) and len(nxt.group()) > 3:
            end = nxt.end()
        return text[start:end]

    def _attribution_of(self, index: DocumentIndex, s_start: int, s_end: int) -> str | None:
        """Who states the figure: the words after "according to", or up to seven words
        before the first attribution verb of the sentence ("the health ministry said")."""
        text = index.text
        for start, end, (opener, _) in index.within(index.attributions, s_start, s_end):
            if opener:
                after = _ATTRIBUTED.match(text, end, s_end)
                who = after.group(1) if after else ""
            else:
                before = text[s_start:start].rsplit(",", 1)[-1].split()
                who = " ".join(before[-MAX_ATTRIBUTION_WORDS:])
            who = who.strip(" \"'“”")
            if who:
                return who
        return None


def _distance(text: str, mention: MentionLike, start: int, end: int, penalty: int) -> int:
    """Characters between a claim and a word; a word after the claim and a comma is far."""
    if end <= mention.start:
        return mention.start - end
    if start >= mention.end:
        gap = start - mention.end
        return 2 * gap + 1 + (penalty if "," in text[mention.end : start] else 0)
    return 0


def _extensive(mention: MentionLike) -> bool:
    """Only amounts add up to running totals: not rates, shares, speeds or temperatures."""
    unit = mention.unit
    return mention.kind in ("count", "money", "measure") and not (
        "/" in unit or unit.startswith("degree_") or unit == "kelvin"
    )

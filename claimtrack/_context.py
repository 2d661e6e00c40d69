"""Claim context: what a figure measures, about whom, when, and who says so.

For each document :class:`ContextReader` scans, once each, the sentences, the entity mentions
(from the gazetteer in ``data/gazetteer.json``), the metric words and the time words (from
``data/context_en.json``); each claim then looks up what lies in its own sentence (by bisection),
nearest first, without crossing a clause break ("... will cost $1.3bn and is due to open in 2025":
2025 is not when the cost holds).

Time scopes are resolved against the document's publication date: "last year", "on Tuesday",
"a week ago", "in 2021", "since February", "as of June 5th". Cumulative markers ("so far",
"to date", "since the outbreak", "has received") make a running total, as of the time stated or
the publication date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from claimtrack._errors import LexiconError
from claimtrack._extract import DateMention, Mention
from claimtrack._lexicon import Lexicon, data_path
from claimtrack._models import Entity, TimeScope
from claimtrack._phrases import Alternative, PhraseIndex, WordStarts, lowered, trie_pattern
from claimtrack._phrases import alternation as _alternation

__all__ = [
    "ClaimContext",
    "ContextData",
    "ContextReader",
    "DocumentIndex",
    "EntityMention",
    "context_reader",
]

_FLAGS = regex.VERSION1 | regex.VERBOSE

ENTITY_FOLD_FROM = 4
"""Gazetteer forms this long match in any case ("chinese"); shorter ones ("US", "WHO") only
as written."""

_MONTH_PARTS = ("mid", "early", "late", "end", "beginning", "start")
"""Words that open a part of a month: "by mid-November", "in early March"."""

MAX_SENTENCE = 400
"""A claim looks at most this many characters either side for its context."""

MAX_ATTRIBUTION_WORDS = 7
"""At most this many words before "said" name who said it."""

_ATTRIBUTED = regex.compile(r"\s*+([^,.;:\n]{3,80}+)")

_UNKNOWN_TIME = TimeScope()
"""The scope of a claim with no time words near it: one frozen value, not a new one validated
for each such claim (most claims of news text)."""

_OF_PHRASE = regex.compile(r"\s++of\s++(?:[^\W\d_][\w'’-]*+\s*+){1,5}?(?=[,.;:()\n]|$)")
"""What a counted noun is "of" ("120 tonnes of copper ore"), up to a clause mark."""


@dataclass(frozen=True)
class EntityMention:
    """A gazetteer entity named in a document."""

    start: int
    end: int
    entity: Entity


@dataclass(frozen=True)
class _TimeMention:
    start: int
    end: int
    scope: TimeScope


@dataclass(frozen=True)
class ClaimContext:
    """What :meth:`ContextReader.context` finds for one claim (by default: nothing, as a
    :class:`~claimtrack.Claim` read with ``context=False`` has it)."""

    sentence: str = ""
    subject: str | None = None
    metric: str | None = None
    entities: tuple[Entity, ...] = ()
    time: TimeScope = field(default_factory=TimeScope)
    attribution: str | None = None


@dataclass(frozen=True, eq=False)
class ContextData:
    """Read-only context words: metrics, time words, gazetteer (see the data files)."""

    metrics: Mapping[str, str]
    metric_kinds: Mapping[str, frozenset[str]]
    unit_metrics: Mapping[str, str]
    commodities: Mapping[str, str]
    count_noun_synonyms: Mapping[str, str]
    cumulative_markers: tuple[str, ...]
    perfect_auxiliaries: tuple[str, ...]
    perfect_participles: tuple[str, ...]
    period_prepositions: Mapping[str, str]
    point_prepositions: Mapping[str, str]
    since_prepositions: tuple[str, ...]
    period_connectors: tuple[str, ...]
    relative_times: Mapping[str, tuple[str, int]]
    ago_units: Mapping[str, str]
    in_a_row: tuple[str, ...]
    quarters: Mapping[str, int]
    halves: Mapping[str, int]
    attribution_verbs: tuple[str, ...]
    attribution_openers: tuple[str, ...]
    clause_breaks: tuple[str, ...]
    place_qualifiers: tuple[str, ...]
    name_particles: tuple[str, ...]
    after_comma_penalty: int
    after_comma_reach: int
    entities: Mapping[str, Entity]

    @classmethod
    def load(cls) -> ContextData:
        """The shipped English context words and gazetteer."""
        raw = _load_json("context_en.json")
        gazetteer = _load_json("gazetteer.json")
        try:
            metrics = {w.lower(): name for name, words in raw["metrics"].items() for w in words}
            return cls(
                metrics=metrics,
                metric_kinds={k: frozenset(v) for k, v in raw["metric_kinds"].items()},
                unit_metrics=dict(raw["unit_metrics"]),
                commodities={
                    w.lower(): name for name, words in raw["commodities"].items() for w in words
                },
                count_noun_synonyms=dict(raw["count_noun_synonyms"]),
                cumulative_markers=tuple(raw["cumulative_markers"]),
                perfect_auxiliaries=tuple(raw["perfect_auxiliaries"]),
                perfect_participles=tuple(raw["perfect_participles"]),
                period_prepositions=dict(raw["period_prepositions"]),
                point_prepositions=dict(raw["point_prepositions"]),
                since_prepositions=tuple(raw["since_prepositions"]),
                period_connectors=tuple(raw["period_connectors"]),
                relative_times={k: (u, int(n)) for k, (u, n) in raw["relative_times"].items()},
                ago_units=dict(raw["ago_units"]),
                in_a_row=tuple(raw["in_a_row"]),
                quarters=dict(raw["quarters"]),
                halves=dict(raw["halves"]),
                attribution_verbs=tuple(raw["attribution_verbs"]),
                attribution_openers=tuple(raw["attribution_openers"]),
                clause_breaks=tuple(raw["clause_breaks"]),
                place_qualifiers=tuple(raw["place_qualifiers"]),
                name_particles=tuple(raw["name_particles"]),
                after_comma_penalty=int(raw["after_comma_penalty"]),
                after_comma_reach=int(raw["after_comma_reach"]),
                entities=_entity_forms(gazetteer["entities"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"context data: bad or missing entry {exc}") from exc


def _load_json(name: str) -> dict[str, Any]:
    path = data_path(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: top level must be a JSON object")
    return data


def _entity_forms(entries: Sequence[Mapping[str, Any]]) -> dict[str, Entity]:
    forms: dict[str, Entity] = {}
    for entry in entries:
        entity = Entity(name=entry["name"], type=entry["type"])
        for form in [entry["name"], *entry.get("aliases", ()), *entry.get("demonyms", ())]:
            forms.setdefault(form, entity)
    return forms


class ContextReader:
    """Finds the context of claims; holds only read-only data and compiled patterns."""

    def __init__(self, lexicon: Lexicon, data: ContextData | None = None) -> None:
        self.lexicon = lexicon
        self.data = data or ContextData.load()
        d = self.data
        self._entities = PhraseIndex(d.entities, fold_from=ENTITY_FOLD_FROM)
        self._metrics = PhraseIndex(d.metrics)
        self._goods = PhraseIndex(d.commodities)
        self._attributions = PhraseIndex(
            {
                **{v: (False, v) for v in d.attribution_verbs},
                **{v: (True, v) for v in d.attribution_openers},
            }
        )
        self._sentences = regex.compile(
            r"""(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|vs|Jr|Sr|Inc|Ltd|Co|Corp|Gen|Gov|Sen|Rep|Prof
                   |approx|est|[A-Z]\.[A-Z]))
                [.!?][\"'”’)]*+[ \t]++(?=[\"'“‘(]?+[A-Z0-9])   # end of a sentence
              | \n                                               # or of a line
            """,
            _FLAGS,
        )
        months = _alternation(lexicon.months)
        weekdays = _alternation(lexicon.weekdays)
        relative = _alternation(d.relative_times)
        quarters = _alternation(d.quarters)
        halves = _alternation(d.halves)
        ago = _alternation(d.ago_units)
        row = _alternation(d.in_a_row)
        self._relative = regex.compile(
            rf"""(?i)(?<!\w)(?:
                (?P<relative>{relative})
              | (?P<ago_n>\w+)\s++(?P<ago_unit>{ago})\s++ago
              | (?:in\s++)?(?:the\s++)?(?P<quarter>{quarters})\s++quarter
                  (?:\s++(?:of\s++)?(?P<quarter_year>\d{{4}}))?+
              | (?:in\s++)?(?:the\s++)?(?P<half>{halves})\s++half
                  (?:\s++(?:of\s++)?(?P<half_year>\d{{4}}))?+
              | (?:(?:on|by|last|this)\s++)?(?P<weekday>{weekdays})(?:'s)?+
                  (?:\s++(?:night|morning|evening|afternoon))?+
              | (?P<row_n>\w+)\s++(?:years|straight\s+years|consecutive\s+years)\s++{row}
              | (?P<since_month>since\s++(?P<month>{months}))(?!\s*+\d)
              | (?:in|during|for|en|durante)\s++(?P<month_only>{months})(?!\s*+\d)
              | (?:(?P<part_prep>by|in|until|since|from)\s++)?+(?:the\s++)?+
                (?P<part>mid|early|late|end\s++of|beginning\s++of|start\s++of)[-\s]++
                (?P<month_part>{months})(?!\s*+\d)
            )(?!\w)""",
            _FLAGS,
        )
        # where each pattern of the document index may match, all found in one pass
        searches = [
            self._entities.search,
            self._metrics.search,
            self._attributions.search,
            _starts(_time_openings(lexicon, d), units=d.ago_units),
            _starts([*d.cumulative_markers, *d.perfect_auxiliaries]),
        ]
        self._on_lowered = WordStarts(searches)
        self._ignoring_case = WordStarts(searches, re.IGNORECASE)
        self._cumulative = regex.compile(
            rf"(?i)(?<!\w)(?:(?P<marker>{_alternation(d.cumulative_markers)})"
            rf"|(?:{_alternation(d.perfect_auxiliaries)})\s++(?:\w+\s+)??(?:been\s++)?+"
            rf"(?:{_alternation(d.perfect_participles)}))(?!\w)",
            _FLAGS,
        )
        prepositions = [*d.period_prepositions, *d.point_prepositions, *d.since_prepositions]
        self._preposition = regex.compile(
            rf"(?i)(?<!\w)(?P<prep>{_alternation(prepositions)})\s++\Z", _FLAGS
        )
        self._period_gap = regex.compile(
            rf"(?i)\s*+(?P<word>{_alternation(d.period_connectors)})\s*+"
        )
        # "and" joins two dates only after "between" ("in 2019 and 2020" may mean each year)
        self._needs_opener = {
            word: opener for opener, word in lexicon.range_openers.items() if word != "to"
        }
        self._breaks = regex.compile(_alternation(d.clause_breaks).replace(r"\s+", " "))
        self._words = regex.compile(r"[^\W\d_][\w'’-]*+")
        word = r"\p{Lu}[\p{L}’'.-]*+(?![\w])"
        particles = _alternation(d.name_particles)
        qualifiers = _alternation(d.place_qualifiers)
        self._names = regex.compile(
            rf"""(?:(?P<before>{qualifiers})\s++of\s++)?+          # the city of ...
                (?<![\w'’-])(?P<name>{word}(?:\s++(?:{particles}\s++)?+{word})*+)
                (?:\s++(?P<after>{qualifiers})(?!\w))?+             # ... province""",
            _FLAGS,
        )
        self._not_names = frozenset(
            w.lower() for w in [*lexicon.months, *lexicon.weekdays, *self.data.entities]
        )

    def proper_names(self, sentence: str) -> frozenset[str]:
        """Names in a sentence outside the gazetteer and the calendar — the cities, ports and
        projects that narrow what a figure is about — as ``word|qualifier`` ("Buenos
        Aires province" gives "Buenos|province" and "Aires|province"; no qualifier, "Mendoza|").
        A lone capitalized word opening the sentence is taken for an ordinary word."""
        names: set[str] = set()
        for match in self._names.finditer(sentence):
            words = [w for w in match.group("name").split() if w[:1].isupper()]
            qualifier = (match.group("before") or match.group("after") or "").lower()
            if match.start("name") == 0 and len(words) == 1 and not qualifier:
                continue
            for raw in words:
                word = raw.split("-")[0].removesuffix("'s").removesuffix("’s").rstrip(".")
                if len(word) >= 2 and not word.isupper() and word.lower() not in self._not_names:
                    names.add(f"{word}|{qualifier}")
        return frozenset(names)

    def goods(self, sentence: str) -> frozenset[str]:
        """The commodities a sentence names ("copper", "carne vacuna" -> beef)."""
        return frozenset(value for _, _, value in self._goods.find(sentence))

    def count_noun(self, unit: str) -> str:
        """The count noun a unit stands for, synonyms folded ("ship" and "vessel")."""
        return self.data.count_noun_synonyms.get(unit, unit)

    # ------------------------------------------------------------------ per document

    def document_index(
        self, text: str, dates: Sequence[DateMention], published: dt.date | None
    ) -> DocumentIndex:
        """Everything a claim of ``text`` may look up, each found in one pass."""
        low = lowered(text)
        found = self._on_lowered.spans(low) if low is not None else self._ignoring_case.spans(text)
        entity_spans, metric_spans, attribution_spans, time_starts, cumulative_starts = found
        sentence_ends = [m.end() for m in self._sentences.finditer(text)]
        entities = [EntityMention(s, e, v) for s, e, v in self._entities.found(text, entity_spans)]
        metrics = self._metrics.found(text, metric_spans)
        times = self._times(text, time_starts, dates, published)
        cumulative = [
            (m.start(), m.end(), m.group("marker") is not None)
            for m in _matches_at(self._cumulative, text, cumulative_starts)
        ]
        attributions = self._attributions.found(text, attribution_spans)
        return DocumentIndex(
            text, published, sentence_ends, entities, metrics, times, cumulative, attributions
        )

    def _times(
        self,
        text: str,
        starts: list[tuple[int, int]],
        dates: Sequence[DateMention],
        published: dt.date | None,
    ) -> list[_TimeMention]:
        found = self._periods(
            text, [t for t in (self._date_time(text, d, published) for d in dates) if t]
        )
        relative = _matches_at(self._relative, text, starts)
        found += [t for t in (self._relative_time(m, published) for m in relative) if t]
        return sorted(found, key=lambda t: t.start)

    def _periods(self, text: str, times: list[_TimeMention]) -> list[_TimeMention]:
        """Two dates joined by a connector are one period: "from 2017 to 2021", "between
        2019 and 2021", "2017-2021" (not a running total since 2017, nor two years)."""
        joined: list[_TimeMention] = []
        for time in sorted(times, key=lambda t: t.start):
            last = joined[-1] if joined else None
            gap = self._period_gap.fullmatch(text, last.end, time.start) if last else None
            if (
                last is None
                or gap is None
                or not self._opened(text, last, gap["word"])
                or last.scope.start is None
                or time.scope.end is None
            ):
                joined.append(time)
                continue
            scope = TimeScope(kind="period", start=last.scope.start, end=time.scope.end,
                              text=text[last.start : time.end])  # fmt: skip
            joined[-1] = _TimeMention(last.start, time.end, scope)
        return joined

    def _opened(self, text: str, first: _TimeMention, word: str) -> bool:
        opener = self._needs_opener.get(word.lower())
        before = text[max(0, first.start - 12) : first.start].lower().split()
        return opener is None or (bool(before) and before[-1] == opener)

    def _date_time(
        self, text: str, date: DateMention, published: dt.date | None
    ) -> _TimeMention | None:
        span = _date_span(date.text, self.lexicon, published)
        if span is None:
            return None
        first, last = span
        prep = self._preposition.search(text, max(0, date.start - 20), date.start)
        word = _norm(prep.group("prep")) if prep else ""
        start = prep.start() if prep else date.start
        if word in self.data.since_prepositions:
            end = published or last
            scope = TimeScope(kind="period", start=first, end=max(end, first), cumulative=True,
                              text=text[start : date.end])  # fmt: skip
        elif word in self.data.point_prepositions and first == last:
            scope = TimeScope(kind="point", start=first, end=last, text=text[start : date.end])
        else:
            kind = "point" if first == last else "period"
            scope = TimeScope(kind=kind, start=first, end=last, text=text[start : date.end])
        return _TimeMention(start, date.end, scope)

    def _relative_time(
        self, match: regex.Match[str], published: dt.date | None
    ) -> _TimeMention | None:
        if published is None:
            return None
        span = self._resolve_relative(match, published)
        if span is None:
            return None
        first, last, cumulative = span
        kind = "point" if first == last else "period"
        scope = TimeScope(kind=kind, start=first, end=last, cumulative=cumulative,
                          text=match.group())  # fmt: skip
        return _TimeMention(match.start(), match.end(), scope)

    def _resolve_relative(
        self, m: regex.Match[str], pub: dt.date
    ) -> tuple[dt.date, dt.date, bool] | None:
        d = self.data
        if m.group("relative"):
            unit, offset = d.relative_times[_norm(m.group("relative"))]
            return (*_shift(pub, unit, offset), False)
        if m.group("ago_unit"):
            n = _small_number(m.group("ago_n"), self.lexicon)
            if n is None:
                return None
            unit = d.ago_units[m.group("ago_unit").lower()]
            day = _shift(pub, unit, -n)[0] if unit != "day" else pub - dt.timedelta(days=n)
            return (day, day, False) if unit in ("day", "week") else (*_shift(pub, unit, -n), False)
        if m.group("quarter"):
            q = d.quarters[m.group("quarter").lower()]
            year = int(m.group("quarter_year") or pub.year)
            first = dt.date(year, 3 * q - 2, 1)
            return first, _month_end(dt.date(year, 3 * q, 1)), False
        if m.group("half"):
            half = d.halves[m.group("half").lower()]
            year = int(m.group("half_year") or pub.year)
            first = dt.date(year, 6 * half - 5, 1)
            return first, _month_end(dt.date(year, 6 * half, 1)), False
        if m.group("weekday"):
            target = self.lexicon.weekdays[m.group("weekday").lower()]
            day = pub - dt.timedelta(days=(pub.weekday() - target) % 7)
            return day, day, False
        if m.group("row_n"):
            n = _small_number(m.group("row_n"), self.lexicon)
            if n is None:
                return None
            return dt.date(pub.year - n, 1, 1), dt.date(pub.year - 1, 12, 31), False
        if m.group("since_month"):
            month = self.lexicon.months[m.group("month").lower()]
            year = pub.year if month <= pub.month else pub.year - 1
            return dt.date(year, month, 1), pub, True
        if m.group("month_part"):
            return self._month_part(m, pub)
        if m.group("month_only"):
            month = self.lexicon.months[m.group("month_only").lower()]
            year = pub.year if month <= pub.month else pub.year - 1
            first = dt.date(year, month, 1)
            return first, _month_end(first), False
        return None

    def _month_part(self, m: regex.Match[str], pub: dt.date) -> tuple[dt.date, dt.date, bool]:
        """ "by mid-January" is a point (the 15th); "in early March" the month."""
        month = self.lexicon.months[m.group("month_part").lower()]
        year = pub.year if month <= pub.month else pub.year - 1
        first = dt.date(year, month, 1)
        last = _month_end(first)
        prep = (m.group("part_prep") or "").lower()
        if prep in ("by", "until"):
            part = m.group("part").split()[0].lower()
            day = {"mid": first.replace(day=15), "early": first.replace(day=10)}.get(part, last)
            return day, day, False
        return first, last, prep in ("since", "from")

    # ------------------------------------------------------------------ per claim

    def context(self, index: DocumentIndex, mention: Mention) -> ClaimContext:
        """The context of one claim of the indexed document."""
        text = index.text
        s_start, s_end = index.sentence(mention.start)
        sentence = text[s_start:s_end].strip()
        entities = self._claim_entities(index, mention, s_start, s_end)
        metric, metric_span = self._metric(index, mention, s_start, s_end)
        time = self._time(index, mention, s_start, s_end)
        return ClaimContext(
            sentence=sentence,
            subject=self._subject(text, mention, metric_span),
            metric=metric,
            entities=entities,
            time=time,
            attribution=self._attribution_of(index, s_start, s_end),
        )

    def _clause_ok(self, text: str, a: int, b: int) -> bool:
        return a >= b or self._breaks.search(text, a, b) is None

    def _between(self, text: str, mention: Mention, start: int, end: int) -> bool:
        """True when a word at ``start:end`` may describe the claim: same clause, and a word
        after the claim and a comma (an aside, an attribution) lies close to it."""
        if end <= mention.start:
            return self._clause_ok(text, end, mention.start)
        if start - mention.end > self.data.after_comma_reach and "," in text[mention.end : start]:
            return False
        return self._clause_ok(text, mention.end, start)

    def _claim_entities(
        self, index: DocumentIndex, mention: Mention, s_start: int, s_end: int
    ) -> tuple[Entity, ...]:
        found: dict[str, Entity] = {}
        for em in index.within(index.entities, s_start, s_end):
            if em.entity.name in found or not self._between(index.text, mention, em.start, em.end):
                continue
            if mention.kind == "money" and mention.start <= em.start and em.end <= mention.end:
                continue  # its currency's name: "300 billion US dollars" is not about the US
            role = _role(index.text, em, mention)
            found[em.entity.name] = em.entity.model_copy(
                update={"role": role, "text": index.text[em.start : em.end]}
            )
        return tuple(found.values())

    def _metric(
        self, index: DocumentIndex, mention: Mention, s_start: int, s_end: int
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

    def _time(self, index: DocumentIndex, mention: Mention, s_start: int, s_end: int) -> TimeScope:
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
        self, text: str, mention: Mention, metric_span: tuple[int, int] | None
    ) -> str | None:
        parts: list[str] = []
        if metric_span is not None:
            parts.append(_phrase(text, *metric_span, self._words))
        if mention.unit != "dimensionless" and mention.kind in ("count", "ordinal", "measure"):
            end = mention.rate_start if mention.rate_start >= 0 else mention.end  # not "a year"
            noun_start = text.rfind(" ", mention.number_start, end) + 1
            phrase = text[max(noun_start, mention.number_start) : end]
            tail = _OF_PHRASE.match(text[mention.end : mention.end + 80])
            parts.append((phrase + (tail.group() if tail else "")).strip())
        return " / ".join(p for p in parts if p) or None

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


class DocumentIndex:
    """Sorted per-document look-up tables for :class:`ContextReader`."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        sentence_ends: list[int],
        entities: list[EntityMention],
        metrics: list[tuple[int, int, str]],
        times: list[_TimeMention],
        cumulative: list[tuple[int, int, bool]],
        attributions: list[tuple[int, int, tuple[bool, str]]],
    ) -> None:
        self.text = text
        self.published = published
        self.sentence_ends = sentence_ends
        self.entities = entities
        self.metrics = metrics
        self.times = times
        self.cumulative = cumulative
        self.attributions = attributions
        self._starts: dict[int, list[int]] = {}

    def sentence(self, position: int) -> tuple[int, int]:
        """The sentence around ``position``, at most :data:`MAX_SENTENCE` characters each side
        (text without full stops, a table or a run-on list, is not one endless sentence)."""
        i = bisect.bisect_right(self.sentence_ends, position)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        return max(start, position - MAX_SENTENCE), min(end, position + MAX_SENTENCE)

    def within(self, items: list[Any], start: int, end: int) -> list[Any]:
        starts = self._starts.get(id(items))
        if starts is None:
            starts = self._starts[id(items)] = [_start_of(x) for x in items]
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _time_openings(lexicon: Lexicon, d: ContextData) -> list[str]:
    """The word pairs a relative time expression can open with ("on monday", "in january",
    "three years", "the first quarter"), so that the time pattern is tried only there."""
    months, weekdays = list(lexicon.months), list(lexicon.weekdays)
    return [
        *d.relative_times,
        *weekdays,
        *(f"{p} {w}" for p in ("on", "by", "last", "this") for w in weekdays),
        *(f"{p} {m}" for p in ("since", "in", "during", "for", "en", "durante") for m in months),
        *(f"{p}{m}" for p in ("mid-", "mid ", "early ", "late ", "end of ") for m in months),
        *(f"{p} {q}" for p in ("by", "in", "until", "since", "from", "the") for q in _MONTH_PARTS),
        *(f"{p}{q} quarter" for p in ("", "the ", "in the ", "in ") for q in d.quarters),
        *(f"{p}{h} half" for p in ("", "the ", "in the ", "in ") for h in d.halves),
        *(f"{n} {unit}" for n in lexicon.ones for unit in d.ago_units),
    ]


def _starts(phrases: Iterable[str], *, units: Iterable[str] = ()) -> tuple[Alternative, ...]:
    """Where a match may start: one of ``phrases``, or a number before one of ``units``
    ("5 days")."""
    words: Alternative = (r"\w", frozenset(p.lower() for p in phrases))
    if not units:
        return (words,)
    return words, (r"\w.,", rf"\d+\s+(?:{trie_pattern(units)})(?!\w)")


def _matches_at(
    pattern: regex.Pattern[str], text: str, places: list[tuple[int, int]]
) -> list[regex.Match[str]]:
    """Matches of ``pattern`` tried only at ``places`` (spans of :class:`WordStarts`), not
    overlapping."""
    found: list[regex.Match[str]] = []
    end = 0
    for start, _ in places:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


def _start_of(item: Any) -> int:
    return int(item[0] if isinstance(item, tuple) else item.start)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _distance(text: str, mention: Mention, start: int, end: int, penalty: int) -> int:
    """Characters between a claim and a word; a word after the claim and a comma is far."""
    if end <= mention.start:
        return mention.start - end
    if start >= mention.end:
        gap = start - mention.end
        return 2 * gap + 1 + (penalty if "," in text[mention.end : start] else 0)
    return 0


def _extensive(mention: Mention) -> bool:
    """Only amounts add up to running totals: not rates, shares, speeds or temperatures."""
    unit = mention.unit
    return mention.kind in ("count", "money", "measure") and not (
        "/" in unit or unit.startswith("degree_") or unit == "kelvin"
    )


def _role(text: str, em: EntityMention, mention: Mention) -> str | None:
    if mention.start <= em.start < mention.end:
        return "counted"
    before = text[max(0, em.start - 6) : em.start].lower().split()
    if before and before[-1] in ("to", "for", "a"):
        return "receiver"
    if before and before[-1] in ("from", "by", "de"):
        return "giver"
    return None


def _phrase(text: str, start: int, end: int, words: regex.Pattern[str]) -> str:
    nxt = words.match(text, end + 1) if text[end : end + 1] == " " else None
    if nxt is not None and nxt.group().lower().endswith("s") and len(nxt.group()) > 3:
        end = nxt.end()
    return text[start:end]


def _small_number(word: str, lexicon: Lexicon) -> int | None:
    if word.isdigit():
        return int(word)
    value = lexicon.ones.get(word.lower())
    return int(value) if value is not None else None


def _month_end(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _shift(pub: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    if unit == "year":
        return dt.date(pub.year + offset, 1, 1), dt.date(pub.year + offset, 12, 31)
    if unit == "month":
        month_index = pub.year * 12 + pub.month - 1 + offset
        first = dt.date(month_index // 12, month_index % 12 + 1, 1)
        return first, _month_end(first)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    day = pub + dt.timedelta(days=offset)
    return day, day


_NUMERIC_DATE = regex.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{2,4})"
)
_PARTS = regex.compile(r"[^\W\d_]+|\d+")
_FISCAL_YEAR = regex.compile(r"(?P<first>\d{4})[-–/](?P<last>\d{2})")


def _date_span(
    text: str, lexicon: Lexicon, published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date mention covers ("2021" is a year, "June 5th" a day)."""
    try:
        fiscal = _FISCAL_YEAR.fullmatch(text)
        if fiscal is not None:  # "2013-14" runs from some day of 2013 into 2014: both years
            begins = int(fiscal["first"])
            ends = begins - begins % 100 + int(fiscal["last"])
            return dt.date(begins, 1, 1), dt.date(ends if ends >= begins else ends + 100, 12, 31)
        numeric = _NUMERIC_DATE.fullmatch(text)
        if numeric is not None and numeric.group("y"):
            day = dt.date(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
            return day, day
        if numeric is not None:
            century = 2000 if len(numeric["c"]) == 2 else 0
            day = dt.date(int(numeric["c"]) + century, int(numeric["a"]), int(numeric["b"]))
            return day, day
        month: int | None = None
        year: int | None = None
        day_of_month: int | None = None
        for part in _PARTS.findall(text):
            low = part.lower()
            if low in lexicon.months:
                month = lexicon.months[low]
            elif part.isdigit() and len(part) == 4:
                year = int(part)
            elif part.isdigit():
                day_of_month = int(part)
        if year is None and published is not None:
            year = published.year
        if year is None:
            return None
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day_of_month is None:
            first = dt.date(year, month, 1)
            return first, _month_end(first)
        day = dt.date(year, month, day_of_month)
        return day, day
    except ValueError:
        return None


@functools.cache
def context_reader(lexicon: Lexicon) -> ContextReader:
    """The context reader for ``lexicon`` (built on first use, then cached)."""
    return ContextReader(lexicon)

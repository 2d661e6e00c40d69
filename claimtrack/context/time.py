"""Time scopes in a document: dates, periods and relative dates, resolved against the date of
publication ("last year", "on Tuesday", "a week ago", "in 2021", "since February",
"from 2017 to 2021", "by mid-November")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import regex

from claimtrack.context.dates import date_span, month_end, shift
from claimtrack.context.phrases import Span, alternation, leftmost, matches_at
from claimtrack.context.values import DateLike, TimeMention
from claimtrack.lang import Lexicon
from claimtrack.lang.context import ContextData
from claimtrack.model import TimeScope

__all__ = ["TimeReader"]

_FLAGS = regex.VERSION1 | regex.VERBOSE


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


class TimeReader:
    """Finds the time expressions of a document and the scope each states."""

    def __init__(self, lexicon: Lexicon, data: ContextData) -> None:
        self.lexicon = lexicon
        self.data = d = data
        months = alternation(lexicon.months)
        the = alternation(d.articles)
        of = alternation(d.of_words)
        in_ = alternation(d.quarter_prepositions)
        self._relative = regex.compile(
            rf"""(?i)(?<!\w)(?:
                (?P<relative>{alternation(d.relative_times)})
              | (?P<ago_n>\w+)\s++(?P<ago_unit>{alternation(d.ago_units)})\s++
                  {alternation(d.ago_words)}
              | (?:{in_}\s++)?(?:{the}\s++)?(?P<quarter>{alternation(d.quarters)})\s++
                  {alternation(d.quarter_words)}(?:\s++(?:{of}\s++)?(?P<quarter_year>\d{{4}}))?+
              | (?:{in_}\s++)?(?:{the}\s++)?(?P<half>{alternation(d.halves)})\s++
                  {alternation(d.half_words)}(?:\s++(?:{of}\s++)?(?P<half_year>\d{{4}}))?+
              | (?:{alternation(d.weekday_prepositions)}\s++)?
                  (?P<weekday>{alternation(lexicon.weekdays)})(?:{alternation(d.possessives)})?+
                  (?:\s++{alternation(d.day_parts)})?+
              | (?P<row_n>\w+)\s++{alternation(d.year_runs)}\s++{alternation(d.in_a_row)}
              | (?P<since_month>{alternation(d.since_month_prepositions)}\s++
                  (?P<month>{months}))(?!\s*+\d)
              | (?P<month_prep>{alternation([*d.month_prepositions, *d.month_part_prepositions])})
                \s++(?P<month_only>{months})(?!\s*+\d)
              | (?:(?P<part_prep>{alternation(d.month_part_prepositions)})\s++)?+(?:{the}\s++)?+
                (?P<part>{alternation(d.month_parts)})[-\s]++
                (?P<month_part>{months})(?!\s*+\d)
            )(?!\w)""",
            _FLAGS,
        )
        self.openings = frozenset(p.lower() for p in _openings(lexicon, d))
        """The lowercase word pairs a relative time expression can open with ("on monday",
        "in january", "three years", "the first quarter"): the time pattern is tried only
        where one of them, or a number before one of ``ago_units`` ("5 days"), starts."""
        self._ago_numbers = re.compile(rf"(?<![\w.,])\d+\s+{alternation(d.ago_units)}(?!\w)")
        prepositions = [*d.period_prepositions, *d.point_prepositions, *d.since_prepositions]
        self._preposition = regex.compile(
            rf"(?i)(?<!\w)(?P<prep>{alternation(prepositions)})\s++\Z", _FLAGS
        )
        self._period_gap = regex.compile(
            rf"(?i)\s*+(?P<word>{alternation(d.period_connectors)})\s*+"
        )
        # "and" joins two dates only after "between" ("in 2019 and 2020" may mean each year)
        self._needs_opener = {
            word: opener
            for opener, word in lexicon.range_openers.items()
            if word not in d.free_period_connectors
        }

    def starts(self, searched: str, openings: list[Span]) -> list[tuple[int, int]]:
        """Where the time pattern is tried: ``openings`` (the longest of :attr:`openings` at
        each place one starts in ``searched``, the text's searchable form) and numbers before
        a unit of time, leftmost first."""
        numbers = [(m.start(), 1, m.end()) for m in self._ago_numbers.finditer(searched)]
        return leftmost([*((s, 0, e) for s, e, _ in openings), *numbers])

    def times(
        self,
        text: str,
        starts: list[tuple[int, int]],
        dates: Sequence[DateLike],
        published: dt.date | None,
    ) -> list[TimeMention]:
        """The time mentions of ``text``, in text order."""
        found = self._periods(
            text, [t for t in (self._date_time(text, d, published) for d in dates) if t]
        )
        relative = matches_at(self._relative, text, (s for s, _ in starts))
        found += [t for t in (self._relative_time(m, published) for m in relative) if t]
        return sorted(found, key=lambda t: t.start)

    def _periods(self, text: str, times: list[TimeMention]) -> list[TimeMention]:
        """Two dates joined by a connector are one period: "from 2017 to 2021", "between
        2019 and 2021", "2017-2021" (not a running total since 2017, nor two years)."""
        joined: list[TimeMention] = []
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
            joined[-1] = TimeMention(last.start, time.end, scope)
        return joined

    def _opened(self, text: str, first: TimeMention, word: str) -> bool:
        opener = self._needs_opener.get(word.lower())
        before = text[max(0, first.start - 12) : first.start].lower().split()
        return opener is None or (bool(before) and before[-1] == opener)

    def _date_time(
        self, text: str, date: DateLike, published: dt.date | None
    ) -> TimeMention | None:
        span = date_span(date.text, self.lexicon.months, published)
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
        return TimeMention(start, date.end, scope)

    def _relative_time(
        self, match: regex.Match[str], published: dt.date | None
    ) -> TimeMention | None:
        if published is None:
            return None
        span = self._resolve(match, published)
        if span is None:
            return None
        first, last, cumulative = span
        kind = "point" if first == last else "period"
        scope = TimeScope(kind=kind, start=first, end=last, cumulative=cumulative,
                          text=match.group())  # fmt: skip
        return TimeMention(match.start(), match.end(), scope)

    def _resolve(self, m: regex.Match[str], pub: dt.date) -> tuple[dt.date, dt.date, bool] | None:
        d, lexicon = self.data, self.lexicon
        if m.group("relative"):
            unit, offset = d.relative_times[_norm(m.group("relative"))]
            return (*shift(pub, unit, offset), False)
        if m.group("ago_unit"):
            n = self._small_number(m.group("ago_n"))
            if n is None:
                return None
            unit = d.ago_units[m.group("ago_unit").lower()]
            day = shift(pub, unit, -n)[0] if unit != "day" else pub - dt.timedelta(days=n)
            return (day, day, False) if unit in ("day", "week") else (*shift(pub, unit, -n), False)
        if m.group("quarter"):
            q = d.quarters[m.group("quarter").lower()]
            year = int(m.group("quarter_year") or pub.year)
            return dt.date(year, 3 * q - 2, 1), month_end(dt.date(year, 3 * q, 1)), False
        if m.group("half"):
            half = d.halves[m.group("half").lower()]
            year = int(m.group("half_year") or pub.year)
            return dt.date(year, 6 * half - 5, 1), month_end(dt.date(year, 6 * half, 1)), False
        if m.group("weekday"):
            target = lexicon.weekdays[m.group("weekday").lower()]
            day = pub - dt.timedelta(days=(pub.weekday() - target) % 7)
            return day, day, False
        if m.group("row_n"):
            n = self._small_number(m.group("row_n"))
            if n is None:
                return None
            return dt.date(pub.year - n, 1, 1), dt.date(pub.year - 1, 12, 31), False
        if m.group("since_month"):
            month = lexicon.months[m.group("month").lower()]
            year = pub.year if month <= pub.month else pub.year - 1
            return dt.date(year, month, 1), pub, True
        if m.group("month_part"):
            return self._month_part(m, pub)
        if m.group("month_only"):
            month = lexicon.months[m.group("month_only").lower()]
            year = pub.year if month <= pub.month else pub.year - 1
            first = dt.date(year, month, 1)
            if _norm(m.group("month_prep")) in self.data.point_prepositions:  # "by March"
                return month_end(first), month_end(first), False
            return first, month_end(first), False
        return None

    def _month_part(self, m: regex.Match[str], pub: dt.date) -> tuple[dt.date, dt.date, bool]:
        """ "by mid-January" is a point (the 15th); "in early March" the month."""
        month = self.lexicon.months[m.group("month_part").lower()]
        year = pub.year if month <= pub.month else pub.year - 1
        first = dt.date(year, month, 1)
        last = month_end(first)
        prep = (m.group("part_prep") or "").lower()
        if prep in self.data.point_prepositions:
            day_of_month = self.data.month_parts[_norm(m.group("part"))]
            day = first.replace(day=day_of_month) if day_of_month else last
            return day, day, False
        return first, last, prep in self.data.since_prepositions

    def _small_number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        value = self.lexicon.ones.get(word.lower())
        return int(value) if value is not None else None


def _openings(lexicon: Lexicon, d: ContextData) -> list[str]:
    months, weekdays = list(lexicon.months), list(lexicon.weekdays)
    parts = {part.split()[0] for part in d.month_parts}
    quarter_prefixes = [
        "",
        *(f"{a} " for a in d.articles),
        *(f"{p} {a} " for p in d.quarter_prepositions for a in d.articles),
        *(f"{p} " for p in d.quarter_prepositions),
    ]
    month_preps = [*d.since_month_prepositions, *d.month_prepositions, *d.month_part_prepositions]
    return [
        *d.relative_times,
        *weekdays,
        *(f"{p} {w}" for p in d.weekday_prepositions for w in weekdays),
        *(f"{p} {m}" for p in month_preps for m in months),
        *(f"{p}{m}" for p in d.month_part_openers for m in months),
        *(f"{p} {q}" for p in [*d.month_part_prepositions, *d.articles] for q in parts),
        *(f"{p} {a} {q}" for p in d.month_part_prepositions for a in d.articles for q in parts),
        *(f"{p}{q} {w}" for p in quarter_prefixes for q in d.quarters for w in d.quarter_words),
        *(f"{p}{h} {w}" for p in quarter_prefixes for h in d.halves for w in d.half_words),
        *(f"{n} {unit}" for n in lexicon.ones for unit in d.ago_units),
    ]

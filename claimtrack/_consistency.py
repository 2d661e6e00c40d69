"""Cross-document consistency: which figures cannot all be true, and why.

The check never compares all pairs. Claims are keyed by what they measure (metric, unit
dimension — each currency and each count noun its own — and direction of change) and grouped
through a dictionary; within a key, by entity set, and a set meets only its own subsets (an empty
set, "no country named", meets every set). Within those, claims over the same period are sorted by
their committed interval and a claim is paired with the nearest intervals that do not overlap it;
running totals are swept in date order. Sorting dominates: O(n log n).

Not conflicts: other periods, a running total that grew, hedges and rounding that overlap,
conversions that agree (4,500 km and 2,796 miles), other metric or entity, currencies without
rates, percent against percentage points.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import gc
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict, Field

from claimtrack._bounds import committed_interval
from claimtrack._errors import ClaimtrackError
from claimtrack._extract import Extractor, default_extractor
from claimtrack._models import (
    Claim,
    Document,
    Inconsistency,
    InconsistencyKind,
    Interval,
    Quantity,
    Severity,
    TimeScope,
)
from claimtrack._units import factor_to_base
from claimtrack.context.lists import LIST_SUBJECT

if TYPE_CHECKING:
    from claimtrack.context import ClaimContext, ContextReader, DocumentIndex, ListMention

__all__ = [
    "Metric",
    "MetricView",
    "PeriodView",
    "analyze",
    "check",
    "check_claims",
    "consensus",
    "describe_time",
]

SMALL_GROUPS = 64
"""Two groups whose sizes multiply to at most this are compared pair by pair (a constant)."""

NEAREST_CONFLICTS = 3
"""Each claim is reported with at most this many of the nearest figures that contradict it."""

MAX_KEY_ENTITIES = 5
"""Entity sets are capped at this many names when matched (subsets are enumerated)."""

SEVERITY_HIGH = 0.5
SEVERITY_MEDIUM = 0.1
"""Relative gap between two intervals above which a conflict is high / medium severity."""


class Metric(BaseModel):
    """A metric a fact-check script declares: what it tracks and how to recognise it.

    A claim whose sentence contains one of ``keywords`` (or matches one of ``patterns``) and whose
    unit has the dimension of ``unit`` is tracked as this metric; ``cumulative`` makes it a
    running total that may only grow.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    unit: str
    keywords: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    cumulative: bool = False


class PeriodView(BaseModel):
    """The figures of one metric for one period, and the values they jointly allow."""

    model_config = ConfigDict(frozen=True)

    time: str
    claims: tuple[Claim, ...]
    supported: Interval | None = Field(
        description="The values every figure allows, in the metric's unit; None when they "
        "disagree, or for a running total (whose figures may grow)."
    )
    agreeing_sources: tuple[str, ...] = ()


class MetricView(BaseModel):
    """One metric's figures side by side, by period: the consensus view of ``check``."""

    model_config = ConfigDict(frozen=True)

    metric: str
    unit: str
    entities: tuple[str, ...]
    periods: tuple[PeriodView, ...]


@dataclass(slots=True, eq=False)
class _Record:
    """A claim reduced to what comparison needs: key, base-unit interval, time, document."""

    claim: Claim
    key: tuple[str, str, str]
    entities: frozenset[str]
    low: float
    high: float
    low_open: bool
    high_open: bool
    time: TimeScope
    factor: float
    offset: float
    names: frozenset[str]
    goods: frozenset[str]
    receivers: frozenset[str]
    givers: frozenset[str]


def _money_unit(unit: str, rates: Mapping[str, float] | None) -> tuple[str, float]:
    if rates is not None and unit in rates:
        return "money", rates[unit]
    return unit, 1.0


_Unit = tuple[str, float, float]
"""``(dimension, factor, offset)``: ``value * factor + offset`` is in the dimension's base unit."""


def _unit_of(
    claim: Claim, rates: Mapping[str, float] | None, reader: ContextReader
) -> _Unit | None:
    """How a claim's figures convert to the base unit of its dimension; None: not compared."""
    q = claim.quantity
    if claim.metric is None or q.kind in ("number", "ordinal"):
        return None
    if q.kind == "money":
        dimension, factor = _money_unit(q.unit, rates)
        return dimension, factor, 0.0
    if q.kind == "count":
        return reader.count_noun(q.unit), 1.0, 0.0
    try:
        return factor_to_base(q.unit)
    except ClaimtrackError:
        return None


def _build(
    claim: Claim, key: tuple[str, str, str], entities: frozenset[str], unit: _Unit,
    about: tuple[frozenset[str], frozenset[str]],
) -> _Record:  # fmt: skip
    q = claim.quantity
    _, factor, offset = unit
    low, high, low_open, high_open = committed_interval(
        q.value, q.low, q.high, q.bound, q.precision, q.tolerance, q.vague
    )
    return _Record(
        claim=claim,
        key=key,
        entities=entities,
        low=-float("inf") if low is None else low * factor + offset,
        high=float("inf") if high is None else high * factor + offset,
        low_open=low_open,
        high_open=high_open,
        time=claim.time,
        factor=factor,
        offset=offset,
        names=about[0],
        goods=about[1],
        receivers=_with_role(claim, "receiver"),
        givers=_with_role(claim, "giver"),
    )


_NO_NAMES: frozenset[str] = frozenset()


def _with_role(claim: Claim, role: str) -> frozenset[str]:
    if not any(e.role for e in claim.entities):
        return _NO_NAMES
    return frozenset(e.name for e in claim.entities if e.role == role)


def _entity_key(claim: Claim) -> frozenset[str]:
    entities = claim.entities
    if len(entities) > MAX_KEY_ENTITIES:
        return frozenset(sorted(e.name for e in entities)[:MAX_KEY_ENTITIES])
    return frozenset([e.name for e in entities])


def _below(a: _Record, b: _Record) -> bool:
    """Every value ``a`` allows is below every value ``b`` allows."""
    return a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))


def _comparable(a: _Record, b: _Record) -> bool:
    """Different documents and nothing that sets them apart: two sentences that each name
    places or projects outside the gazetteer must share one of them, two that each name goods
    must share one (copper exports are not blueberry exports), and the flows must agree."""
    return (
        a.claim.doc != b.claim.doc
        and _names_agree(a.names, b.names)
        and (not a.goods or not b.goods or not a.goods.isdisjoint(b.goods))
        and _same_flow(a, b)
    )


def _same_flow(a: _Record, b: _Record) -> bool:
    """False for opposite or different flows: "exports to Brazil" against "exports to China",
    or a receiver in one that is the giver in the other."""
    if a.receivers and b.receivers and a.receivers.isdisjoint(b.receivers):
        return False
    if a.givers and b.givers and a.givers.isdisjoint(b.givers):
        return False
    return a.receivers.isdisjoint(b.givers) and a.givers.isdisjoint(b.receivers)


def _names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """True unless both name places and share none: a name matches the same name with the
    same qualifier or none ("Mendoza" and "the city of Mendoza"; not "Buenos Aires city" and
    "Buenos Aires province")."""
    return not a or not b or _shared_name(a, b)


def _shared_name(a: frozenset[str], b: frozenset[str]) -> bool:
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for item in a:
        word, _, qualifier = item.partition("|")
        qualifiers[word].add(qualifier)
    for item in b:
        word, _, qualifier = item.partition("|")
        for other in qualifiers.get(word, ()):
            if not other or not qualifier or other == qualifier:
                return True
    return False


def _same_period(a: TimeScope, b: TimeScope) -> bool:
    """The same period, or one unstated; a running total meets undated figures only in
    :meth:`_Finder.running_totals`, where their publication dates order them."""
    if a.kind == "unknown" or b.kind == "unknown":
        return not (a.cumulative or b.cumulative)
    return a.key == b.key


class _Finder:
    """Collects conflicting pairs once each."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[int, int], tuple[_Record, _Record, InconsistencyKind]] = {}

    def add(self, low: _Record, high: _Record, kind: InconsistencyKind) -> None:
        ids = (id(low.claim), id(high.claim))
        key = (min(ids), max(ids))
        if low.claim.doc != high.claim.doc and key not in self.pairs:
            self.pairs[key] = (low, high, kind)

    def disjoint(self, left: Sequence[_Record], right: Sequence[_Record]) -> None:
        """Pair each record with the nearest records of the other side lying wholly above it."""
        for lower, upper in ((left, right), (right, left)):
            ordered = sorted(upper, key=lambda r: r.low)
            lows = [r.low for r in ordered]
            for record in lower:
                start = bisect.bisect_left(lows, record.high)
                taken = 0
                for other in ordered[start:]:
                    if taken >= NEAREST_CONFLICTS:
                        break
                    if (
                        _below(record, other)
                        and _comparable(record, other)
                        and _same_period(record.time, other.time)
                    ):
                        self.add(record, other, _kind(record, other))
                        taken += 1

    def running_totals(self, records: Sequence[_Record]) -> None:
        """A running total reported later may not be below a figure reported earlier.

        Figures with no time stated count as of their publication date: a running total
        published later may exceed them, but not fall below them.
        """
        dated = sorted((r for r in records if _as_of(r) is not None), key=_date_of)
        best_total: _Record | None = None
        best_any: _Record | None = None
        for _, same_day in itertools.groupby(dated, key=_date_of):
            day = list(same_day)
            for record in day:
                earlier = best_any if record.time.cumulative else best_total
                if earlier is not None and _below(record, earlier) and _comparable(record, earlier):
                    self.add(record, earlier, "cumulative-decrease")
            for record in day:
                if record.time.cumulative and (best_total is None or record.low > best_total.low):
                    best_total = record
                if best_any is None or record.low > best_any.low:
                    best_any = record


def _date_of(record: _Record) -> dt.date:
    return _as_of(record) or dt.date.min


def _as_of(record: _Record) -> dt.date | None:
    if record.time.cumulative:
        return record.time.end
    return record.claim.published if record.time.kind == "unknown" else None


def _kind(a: _Record, b: _Record) -> InconsistencyKind:
    hedged = {a.claim.quantity.bound, b.claim.quantity.bound} - {"=", "~"}
    return "bound-violation" if hedged else "mismatch"


def _by_time(records: Iterable[_Record]) -> dict[tuple[object, ...], list[_Record]]:
    groups: dict[tuple[object, ...], list[_Record]] = defaultdict(list)
    for record in records:
        groups[record.time.key].append(record)
    return groups


def _compare(finder: _Finder, left: list[_Record], right: list[_Record]) -> None:
    if any(r.time.cumulative for r in left) or any(r.time.cumulative for r in right):
        finder.running_totals(left if left is right else [*left, *right])
    if len(left) * len(right) <= SMALL_GROUPS:
        for a in left:
            for b in right:
                low, high = (a, b) if _below(a, b) else (b, a) if _below(b, a) else (None, None)
                if low and high and _comparable(a, b) and _same_period(a.time, b.time):
                    finder.add(low, high, _kind(low, high))
        return
    left_t = _by_time(left)
    right_t = _by_time(right)
    unknown = ("unknown", None, None)
    for key, group in left_t.items():
        if key == unknown:
            finder.disjoint(group, [r for rs in right_t.values() for r in rs])
        else:
            finder.disjoint(group, right_t.get(key, []) + right_t.get(unknown, []))


@functools.cache
def _subsets(entities: frozenset[str]) -> tuple[frozenset[str], ...]:
    items = sorted(entities)
    return tuple(
        frozenset(combo)
        for size in range(len(items) + 1)
        for combo in itertools.combinations(items, size)
    )


_Groups = dict[tuple[str, str, str], dict[frozenset[str], list[tuple[Claim, _Unit]]]]
_UNSEEN: _Unit = ("", 0.0, 0.0)


class _Index:
    """Claims keyed by what they measure and about whom, in one pass. Records (intervals in
    base units, names) are built only for claims that meet another claim's key."""

    def __init__(
        self, claims: Iterable[Claim], rates: Mapping[str, float] | None, reader: ContextReader
    ) -> None:
        self.reader = reader
        self.groups: _Groups = {}
        units: dict[tuple[str, str], _Unit | None] = {}
        for claim in claims:
            q = claim.quantity
            if claim.metric is None:
                continue
            unit = units.get((q.kind, q.unit), _UNSEEN)
            if unit is _UNSEEN:
                unit = units[(q.kind, q.unit)] = _unit_of(claim, rates, reader)
            if unit is not None:
                key = (claim.metric, unit[0], q.change or "")
                by_entities = self.groups.get(key)
                if by_entities is None:
                    by_entities = self.groups[key] = {}
                entities = _entity_key(claim)
                group = by_entities.get(entities)
                if group is None:
                    by_entities[entities] = [(claim, unit)]
                else:
                    group.append((claim, unit))
        self._about: dict[str, tuple[frozenset[str], frozenset[str]]] = {
            "": (frozenset(), frozenset())
        }
        self._built: dict[int, list[_Record]] = {}

    def records(
        self, key: tuple[str, str, str], entities: frozenset[str], items: list[tuple[Claim, _Unit]]
    ) -> list[_Record]:
        built = self._built.get(id(items))
        if built is None:
            built = self._built[id(items)] = [
                _build(claim, key, entities, unit, self._about_of(claim.sentence))
                for claim, unit in items
            ]
        return built

    def _about_of(self, sentence: str) -> tuple[frozenset[str], frozenset[str]]:
        """The place names and goods a sentence names (computed once per sentence)."""
        about = self._about.get(sentence)
        if about is None:
            about = (self.reader.proper_names(sentence), self.reader.goods(sentence))
            self._about[sentence] = about
        return about


def _find(index: _Index) -> _Finder:
    finder = _Finder()
    for key, by_entities in index.groups.items():
        if len(by_entities) == 1 and len(next(iter(by_entities.values()))) < 2:
            continue
        for entities, group in by_entities.items():
            for subset in _subsets(entities):
                other = by_entities.get(subset)
                if other is None or (other is group and len(group) < 2):
                    continue
                _compare(
                    finder,
                    index.records(key, entities, group),
                    index.records(key, subset, other),
                )
    return finder


# ---------------------------------------------------------------------- explanations


def _fmt(x: float) -> str:
    if x == float("inf") or x == -float("inf"):
        return "∞" if x > 0 else "-∞"
    return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


def _in_unit(record: _Record, base: _Record) -> str:
    """``record``'s committed interval expressed in ``base``'s unit, for a reader."""
    interval = _interval_in(record, base)
    low = -float("inf") if interval.low is None else interval.low
    high = float("inf") if interval.high is None else interval.high
    left = "(" if interval.low_open or interval.low is None else "["
    right = ")" if interval.high_open or interval.high is None else "]"
    return f"{left}{_fmt(low)}, {_fmt(high)}{right}"


def describe_time(claim: Claim) -> str:
    t = claim.time
    if t.kind == "unknown":
        published = f" (published {claim.published})" if claim.published else ""
        return f"no time stated{published}"
    span = str(t.start) if t.start == t.end else f"{t.start} to {t.end}"
    return f"as of {span}" if t.cumulative or t.kind == "point" else f"over {span}"


def _side(record: _Record, base: _Record) -> str:
    c = record.claim
    source = f", {c.source}" if c.source else ""
    return f'{c.doc}{source}: "{c.text}" {describe_time(c)}, allows {_in_unit(record, base)}'


def _explain(low: _Record, high: _Record, kind: InconsistencyKind) -> str:
    unit = low.claim.quantity.unit
    metric = low.claim.metric or "figure"
    head = f"{metric} ({unit}"
    if low.entities | high.entities:
        head += ", " + ", ".join(sorted(low.entities | high.entities))
    head += ")"
    why = {
        "cumulative-decrease": "a running total cannot fall between the two dates",
        "bound-violation": "one figure lies outside the bound the other states",
        "mismatch": "the intervals do not overlap, so the figures cannot both hold",
        "count-vs-list": "the stated count differs from the number of names listed",
    }[kind]
    return f"{head}: {_side(low, low)}; {_side(high, low)}; {why}."


def _severity(low: _Record, high: _Record) -> Severity:
    top = max(abs(low.high), abs(high.low), 1e-12)
    gap = (high.low - low.high) / top if top != float("inf") else 1.0
    if gap > SEVERITY_HIGH:
        return "high"
    return "medium" if gap > SEVERITY_MEDIUM else "low"


# ---------------------------------------------------------------------- declared metrics


@dataclass(frozen=True)
class _Declared:
    metric: Metric
    pattern: regex.Pattern[str]
    dimension: str


def _declared(metrics: Sequence[Metric]) -> list[_Declared]:
    found = []
    for metric in metrics:
        parts = [regex.escape(k) for k in metric.keywords] + list(metric.patterns)
        if not parts:
            raise ClaimtrackError(f"metric {metric.name!r}: give keywords or patterns")
        try:
            pattern = regex.compile(r"(?i)(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
        except regex.error as exc:
            raise ClaimtrackError(f"metric {metric.name!r}: bad pattern: {exc}") from exc
        found.append(_Declared(metric, pattern, _dimension_of(metric.unit)))
    return found


def _dimension_of(unit: str) -> str:
    try:
        return factor_to_base(unit)[0]
    except ClaimtrackError:
        return unit


def _apply_declared(claim: Claim, declared: Sequence[_Declared]) -> Claim:
    for d in declared:
        if d.pattern.search(claim.sentence) and _dimension_of(claim.quantity.unit) == d.dimension:
            time = claim.time
            if d.metric.cumulative and not time.cumulative:
                as_of = time.end or claim.published
                time = TimeScope(kind="point" if as_of else "unknown", start=as_of, end=as_of,
                                 cumulative=True, text=time.text)  # fmt: skip
            return claim.model_copy(update={"metric": d.metric.name, "time": time})
    return claim


# ---------------------------------------------------------------------- lists of names


def _list_claims(doc: Document, index: DocumentIndex, reader: ContextReader) -> list[Claim]:
    """Explicit lists of country names ("Barbados, Dominica and Grenada") as counts."""
    return [_list_claim(doc, m, reader.context(index, m)) for m in reader.list_mentions(index)]


def _list_claim(doc: Document, mention: ListMention, context: ClaimContext) -> Claim:
    count = mention.count
    listed = set(mention.names)
    return Claim(
        doc=doc.id, span=(mention.start, mention.end), text=doc.text[mention.start : mention.end],
        quantity=Quantity(value=count, low=count, high=count, unit="country", kind="count",
                          counted=context.counted),
        sentence=context.sentence, subject=LIST_SUBJECT, metric=context.metric,
        entities=tuple(e for e in context.entities if e.text not in listed),
        time=context.time, attribution=context.attribution, source=doc.source,
        published=doc.published, places=context.places, goods=context.goods,
        listed=mention.names,
    )  # fmt: skip


# ---------------------------------------------------------------------- public


def _as_document(item: Document | str, number: int) -> Document:
    return item if isinstance(item, Document) else Document(text=item, id=f"doc{number}")


def _index(
    claims: Iterable[Claim], rates: Mapping[str, float] | None, extractor: Extractor
) -> _Index:
    return _Index(claims, rates, extractor.context_reader)


def _all_claims(
    documents: Iterable[Document | str], extractor: Extractor, metrics: Sequence[Metric]
) -> list[Claim]:
    declared = _declared(metrics)
    reader = extractor.context_reader
    claims: list[Claim] = []
    for number, item in enumerate(documents, 1):
        doc = _as_document(item, number)
        found, index = extractor.extract_indexed(doc)
        for claim in [*found, *_list_claims(doc, index, reader)]:
            claims.append(_apply_declared(claim, declared) if declared else claim)
    return claims


def check_claims(
    claims: Iterable[Claim], *, rates: Mapping[str, float] | None = None
) -> list[Inconsistency]:
    """The inconsistencies among already extracted claims (see :func:`check`)."""
    with _collector_paused():
        return _inconsistencies(_index(claims, rates, default_extractor()))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic records: its
    full passes over a large heap would otherwise dominate the check's time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _inconsistencies(index: _Index) -> list[Inconsistency]:
    finder = _find(index)
    found = []
    for low, high, kind in finder.pairs.values():
        listed = LIST_SUBJECT in (low.claim.subject, high.claim.subject)
        kind = "count-vs-list" if listed else kind
        found.append(
            Inconsistency(
                kind=kind,
                claims=(low.claim, high.claim),
                explanation=_explain(low, high, kind),
                severity=_severity(low, high),
                metric=low.key[0],
            )
        )
    return sorted(found, key=lambda i: (i.metric, i.claims[0].doc, i.claims[0].span))


def check(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> list[Inconsistency]:
    """Figures in different documents that cannot all be true, each with its reason.

    ``rates`` maps ISO currency codes to values in one common currency (say ``{"USD": 1.0,
    "CNY": 0.14}``); without it no two currencies are compared. ``metrics`` declares what a
    fact-check tracks (see :class:`Metric`).
    """
    claims = _all_claims(documents, extractor or default_extractor(), metrics)
    return check_claims(claims, rates=rates)


def consensus(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> list[MetricView]:
    """For each metric with figures from two or more documents: the figures side by side."""
    claims = _all_claims(documents, extractor or default_extractor(), metrics)
    return _views(_index(claims, rates, extractor or default_extractor()))


def _views(index: _Index) -> list[MetricView]:
    views = []
    for key, by_entities in sorted(index.groups.items()):
        items = [item for group in by_entities.values() for item in group]
        if len({claim.doc for claim, _ in items}) < 2:
            continue
        group = [r for e, g in by_entities.items() for r in index.records(key, e, g)]
        group.sort(key=lambda r: (r.time.end or r.claim.published or dt.date.min, r.claim.doc))
        base = group[0]
        periods: dict[str, list[_Record]] = defaultdict(list)
        for r in group:
            label = "running total" if r.time.cumulative else describe_time(r.claim)
            periods["no time stated" if label.startswith("no time") else label].append(r)
        views.append(
            MetricView(
                metric=key[0], unit=base.claim.quantity.unit,
                entities=tuple(sorted(set().union(*(r.entities for r in group)))),
                periods=tuple(_period(label, rs, base) for label, rs in periods.items()),
            )
        )  # fmt: skip
    return views


def _period(label: str, records: list[_Record], base: _Record) -> PeriodView:
    joint: Interval | None = None
    if label != "running total":
        joint = Interval(low=None, high=None)
        for r in records:
            joint = joint.intersection(_interval_in(r, base)) if joint is not None else None
    agreeing = sorted({r.claim.source or r.claim.doc for r in records}) if joint else []
    return PeriodView(
        time=label, claims=tuple(r.claim for r in records), supported=joint,
        agreeing_sources=tuple(agreeing),
    )  # fmt: skip


def _interval_in(record: _Record, base: _Record) -> Interval:
    """``record``'s committed interval in ``base``'s unit (undoing base's conversion)."""
    low = (record.low - base.offset) / base.factor
    high = (record.high - base.offset) / base.factor
    return Interval(
        low=None if low == -float("inf") else low,
        high=None if high == float("inf") else high,
        low_open=record.low_open,
        high_open=record.high_open,
    )


def analyze(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> tuple[list[Inconsistency], list[MetricView]]:
    """:func:`check` and :func:`consensus` at once, extracting each document once."""
    claims = _all_claims(documents, extractor or default_extractor(), metrics)
    with _collector_paused():
        index = _index(claims, rates, extractor or default_extractor())
        return _inconsistencies(index), _views(index)

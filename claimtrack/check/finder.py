"""Finding conflicting pairs: disjoint intervals within a period, running totals in date order.

Within a key and a pair of entity sets, claims over the same period are sorted by their committed
interval and a claim is paired with the nearest intervals that do not overlap it; running totals
are swept in date order. Sorting dominates: O(n log n).

Not conflicts: other periods, a running total that grew, hedges and rounding that overlap,
conversions that agree, other places, goods or flows, claims of one document.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

from claimtrack.check.keys import Index
from claimtrack.check.records import (
    ABOUT,
    AS_OF,
    BOUND,
    CUMULATIVE,
    DOC,
    HIGH,
    HIGH_OPEN,
    ID,
    LOW,
    LOW_OPEN,
    NO_ABOUT,
    PERIOD,
    About,
    Period,
    Record,
)
from claimtrack.model import InconsistencyKind

__all__ = [
    "NEAREST_CONFLICTS",
    "SMALL_GROUPS",
    "Finder",
    "Pair",
    "below",
    "find",
    "kind_of",
    "same_period",
]

SMALL_GROUPS = 64
"""Two groups whose sizes multiply to at most this are compared pair by pair (a constant)."""

NEAREST_CONFLICTS = 3
"""Each claim is reported with at most this many of the nearest figures that contradict it."""

Pair = tuple[Record, Record, InconsistencyKind]
"""The record allowing only lower values, the one allowing only higher values, and why."""

_UNKNOWN: Period = ("unknown", None, None)
_by_low = itemgetter(LOW, ID)  # ties broken by id: the same pairs whatever the input order


def below(a: Record, b: Record) -> bool:
    """Every value ``a`` allows is below every value ``b`` allows."""
    return a[HIGH] < b[LOW] or (a[HIGH] == b[LOW] and (a[HIGH_OPEN] or b[LOW_OPEN]))


def same_period(a: Record, b: Record) -> bool:
    """The same period, or one unstated; a running total meets undated figures only in
    :meth:`Finder.running_totals`, where their publication dates order them."""
    if a[PERIOD][0] == "unknown" or b[PERIOD][0] == "unknown":
        return not (a[CUMULATIVE] or b[CUMULATIVE])
    return a[PERIOD] == b[PERIOD]


def kind_of(a: Record, b: Record) -> InconsistencyKind:
    hedged = {a[BOUND], b[BOUND]} - {"=", "~"}
    return "bound-violation" if hedged else "mismatch"


Named = Mapping[str, set[str]]
"""The places a document names: word -> the qualifiers it takes there."""

_NONE: Named = {}


def _names_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    """True unless both name places and share none: a name matches the same name with the
    same qualifier or none ("Mendoza" and "the city of Mendoza"; not "Buenos Aires city" and
    "Buenos Aires province")."""
    qualifiers = _qualifiers(a)
    if not qualifiers:
        return True
    found = False
    for item in b:
        found = True
        if _matched(item, qualifiers):
            return True
    return not found


def _qualifiers(places: Iterable[str]) -> dict[str, set[str]]:
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for item in places:
        word, _, qualifier = item.partition("|")
        qualifiers[word].add(qualifier)
    return qualifiers


def _matched(item: str, qualifiers: Mapping[str, set[str]]) -> bool:
    word, _, qualifier = item.partition("|")
    return any(
        not other or not qualifier or other == qualifier for other in qualifiers.get(word, ())
    )


def _named_in(a: Iterable[str], b: Iterable[str], named: tuple[Named, Named]) -> bool:
    """Every place one claim names is named somewhere in the other's document."""
    named_a, named_b = named
    return all(_matched(x, named_b) for x in a) or all(_matched(x, named_a) for x in b)


def _apart(a: About, b: About, named: tuple[Named, Named]) -> bool:
    """Something sets the two apart: places or projects that each name and do not share (and
    that the other's document never names: ``named`` holds the place words of each claim's
    document, so "the Bothnian Bay wind farm" meets "the wind farm ... in the Baltic" of an
    article that names the bay elsewhere), goods
    that each name and do not share (copper exports are not blueberry exports), or different
    flows ("exports to Brazil" against "exports to China", or a receiver in one that is the
    giver in the other)."""
    a_names, a_goods, a_receivers, a_givers = a
    b_names, b_goods, b_receivers, b_givers = b
    if not _names_agree(a_names, b_names) and not _named_in(a_names, b_names, named):
        return True
    if a_goods and b_goods and a_goods.isdisjoint(b_goods):
        return True
    if a_receivers and b_receivers and a_receivers.isdisjoint(b_receivers):
        return True
    if a_givers and b_givers and a_givers.isdisjoint(b_givers):
        return True
    return not (a_receivers.isdisjoint(b_givers) and a_givers.isdisjoint(b_receivers))


class Finder:
    """Collects conflicting pairs once each, keyed by the two claims' ids."""

    def __init__(self, abouts: Sequence[About], named: Mapping[str, Named] | None = None) -> None:
        self.pairs: dict[tuple[str, str], Pair] = {}
        self._abouts = abouts
        self._named = named or {}

    def comparable(self, a: Record, b: Record) -> bool:
        """Different documents and nothing that sets them apart (see :func:`_apart`)."""
        return a[DOC] != b[DOC] and not self.apart(a, b)

    def apart(self, a: Record, b: Record) -> bool:
        """The places, goods or flows the two name set them apart (see :func:`_apart`)."""
        if a[ABOUT] == NO_ABOUT or b[ABOUT] == NO_ABOUT:
            return False
        named = (self._named.get(a[DOC], _NONE), self._named.get(b[DOC], _NONE))
        return _apart(self._abouts[a[ABOUT]], self._abouts[b[ABOUT]], named)

    def add(self, low: Record, high: Record, kind: InconsistencyKind) -> None:
        key = (low[ID], high[ID]) if low[ID] <= high[ID] else (high[ID], low[ID])
        if low[DOC] != high[DOC] and key not in self.pairs:
            self.pairs[key] = (low, high, kind)

    def disjoint(self, left: Sequence[Record], right: Sequence[Record]) -> None:
        """Pair each record with the nearest records of the other side lying wholly above it."""
        for lower, upper in ((left, right), (right, left)):
            ordered = sorted(upper, key=_by_low)
            lows = [r[LOW] for r in ordered]
            for record in lower:
                start = bisect.bisect_left(lows, record[HIGH])
                taken = 0
                for other in itertools.islice(ordered, start, None):
                    if taken >= NEAREST_CONFLICTS:
                        break
                    if (
                        below(record, other)
                        and self.comparable(record, other)
                        and same_period(record, other)
                    ):
                        self.add(record, other, kind_of(record, other))
                        taken += 1

    def running_totals(self, records: Iterable[Record]) -> None:
        """A running total reported later may not be below a figure reported earlier.

        Figures with no time stated count as of their publication date: a running total
        published later may exceed them, but not fall below them.
        """
        dated = sorted((r for r in records if r[AS_OF] is not None), key=_dated_order)
        best_total: Record | None = None
        best_any: Record | None = None
        for _, same_day in itertools.groupby(dated, key=_date_of):
            day = list(same_day)
            for record in day:
                earlier = best_any if record[CUMULATIVE] else best_total
                if (
                    earlier is not None
                    and below(record, earlier)
                    and self.comparable(record, earlier)
                ):
                    self.add(record, earlier, "cumulative-decrease")
            for record in day:
                if record[CUMULATIVE] and (best_total is None or record[LOW] > best_total[LOW]):
                    best_total = record
                if best_any is None or record[LOW] > best_any[LOW]:
                    best_any = record

    def compare(self, left: list[Record], right: list[Record], same: bool) -> None:
        """Pair the records of two groups (``same``: one group with itself)."""
        if any(r[CUMULATIVE] for r in left) or any(r[CUMULATIVE] for r in right):
            self.running_totals(left if same else [*left, *right])
        if len(left) * len(right) <= SMALL_GROUPS:
            for a in left:
                for b in right:
                    low, high = (a, b) if below(a, b) else (b, a) if below(b, a) else (None, None)
                    if low and high and self.comparable(a, b) and same_period(a, b):
                        self.add(low, high, kind_of(low, high))
            return
        left_t = _by_period(left)
        right_t = _by_period(right)
        for period, group in left_t.items():
            if period == _UNKNOWN:
                self.disjoint(group, [r for rs in right_t.values() for r in rs])
            else:
                self.disjoint(group, right_t.get(period, []) + right_t.get(_UNKNOWN, []))


def _dated_order(record: Record) -> tuple[dt.date, str]:
    return _date_of(record), record[ID]


def _date_of(record: Record) -> dt.date:
    return record[AS_OF] or dt.date.min


def _by_period(records: Iterable[Record]) -> dict[Period, list[Record]]:
    groups: dict[Period, list[Record]] = defaultdict(list)
    for record in records:
        groups[record[PERIOD]].append(record)
    return groups


def find(index: Index) -> Finder:
    """Every conflicting pair among the index's claims: each group against its subsets."""
    finder = Finder(index.abouts, index.named)
    for key, by_entities in index.groups.items():
        if len(by_entities) == 1 and len(next(iter(by_entities.values()))) < 2:
            continue
        for entities, group in by_entities.items():
            for subset in index.subsets(entities):
                other = by_entities.get(subset)
                same = subset == entities
                if other is None or (same and len(group) < 2):
                    continue
                finder.compare(index.records(key, entities), index.records(key, subset), same)
    return finder

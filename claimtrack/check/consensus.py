"""The consensus view: each metric's figures side by side, by period, and the values they allow."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.check.explain import interval_in
from claimtrack.check.keys import Index
from claimtrack.check.records import POSITION, Record, entity_key
from claimtrack.model import Claim, Interval

__all__ = ["MetricView", "PeriodView", "views"]

_RUNNING_TOTAL = "running total"
_NO_TIME = "no time stated"


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


def views(index: Index) -> list[MetricView]:
    """For each key with figures from two or more documents: its figures by period, in the
    unit of the earliest."""
    found = []
    for key, by_entities in sorted(index.groups.items()):
        if len(index.docs(key)) < 2:
            continue
        group = [(index.claims[r[POSITION]], r) for e in by_entities for r in index.records(key, e)]
        group.sort(key=lambda cr: (cr[0].time.end or cr[0].published or dt.date.min, cr[0].doc))
        base_claim, base = group[0]
        periods: dict[str, list[tuple[Claim, Record]]] = defaultdict(list)
        for claim, record in group:
            label = _RUNNING_TOTAL if claim.time.cumulative else claim.when()
            periods[_NO_TIME if label.startswith(_NO_TIME) else label].append((claim, record))
        names = set().union(*(entity_key(claim) for claim, _ in group))
        found.append(
            MetricView(
                metric=key[0], unit=base_claim.quantity.unit, entities=tuple(sorted(names)),
                periods=tuple(_period(label, rs, base) for label, rs in periods.items()),
            )
        )  # fmt: skip
    return found


def _period(label: str, items: list[tuple[Claim, Record]], base: Record) -> PeriodView:
    joint: Interval | None = None
    if label != _RUNNING_TOTAL:
        joint = Interval(low=None, high=None)
        for _, record in items:
            joint = joint.intersection(interval_in(record, base)) if joint is not None else None
    agreeing = sorted({c.source or c.doc for c, _ in items}) if joint else []
    return PeriodView(
        time=label, claims=tuple(c for c, _ in items), supported=joint,
        agreeing_sources=tuple(agreeing),
    )  # fmt: skip

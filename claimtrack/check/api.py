"""Checking claims: which figures cannot all be true, and the consensus of those that agree.

The check reads nothing but the claims: their quantities, metric, entities, time, the places and
goods they name and, for a count made from a list of names, the names listed. Claims read back
from JSON give the same result as the claims extraction made.

>>> from claimtrack.model import Claim, Quantity
>>> def cost(doc, text, value):  # "$310m" is exact to half a million either side
...     q = Quantity(value=value, low=value, high=value, unit="USD", kind="money", precision=5e5)
...     return Claim(doc=doc, span=(0, len(text)), text=text, quantity=q, metric="cost")
>>> [i.kind for i in check_claims([cost("a", "$310m", 3.1e8), cost("b", "$450m", 4.5e8)])]
['mismatch']
>>> check_claims([cost("a", "$310m", 3.1e8), cost("b", "$311m", 3.11e8)])
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from claimtrack.check.consensus import MetricView, views
from claimtrack.check.explain import explain, severity
from claimtrack.check.finder import find
from claimtrack.check.frames import judge, words
from claimtrack.check.keys import Index
from claimtrack.check.metrics import Metric, apply_declared, declared
from claimtrack.check.records import POSITION, entity_key
from claimtrack.model import Claim, Identity, Inconsistency
from claimtrack.units import Units, default_units

__all__ = [
    "analyze_claims",
    "check_claims",
    "consensus_claims",
    "identity_of",
    "inconsistencies",
    "index_of",
    "order",
]


def index_of(
    claims: Iterable[Claim],
    rates: Mapping[str, float] | None,
    metrics: Sequence[Metric],
    units: Units | None,
) -> Index:
    units = units or default_units()
    tracked = declared(metrics, units)
    if tracked:
        return Index([apply_declared(c, tracked, units) for c in claims], rates, units)
    return Index(claims if isinstance(claims, list) else list(claims), rates, units)


def inconsistencies(index: Index) -> list[Inconsistency]:
    """Every inconsistency among the index's claims, sorted by metric, document, span."""
    found = []
    finder = find(index)
    confidence = judge(index, finder)
    for key, (low, high, kind) in finder.pairs.items():
        low_claim, high_claim = index.claims[low[POSITION]], index.claims[high[POSITION]]
        if not index.wanted(low_claim.doc, high_claim.doc):
            continue
        if low_claim.listed or high_claim.listed:
            kind = "count-vs-list"
        entities = entity_key(low_claim) | entity_key(high_claim)
        identity = identity_of(low_claim, high_claim, entities)
        found.append(
            Inconsistency(
                kind=kind,
                claims=(low_claim, high_claim),
                explanation=explain((low_claim, low), (high_claim, high), entities, kind),
                severity=severity(low, high),
                metric=low_claim.metric or "",
                confidence=round(confidence[key], 3),
                identity=identity,
            )
        )
    return sorted(found, key=order)


def order(found: Inconsistency) -> tuple[str, str, tuple[int, int], str, tuple[int, int], str]:
    """Inconsistencies are listed by metric, then by their two claims' places, then kind."""
    first, second = found.claims
    return found.metric, first.doc, first.span, second.doc, second.span, found.kind


def identity_of(a: Claim, b: Claim, entities: frozenset[str]) -> Identity:
    """What two claims judged comparable share: metric or frame, owners, period."""
    via: Literal["metric", "frame", "list"] = "frame"
    if a.listed or b.listed:
        via = "list"
    elif a.metric is not None and a.metric == b.metric:
        via = "metric"
    when_a, when_b = a.when(), b.when()
    return Identity(
        via=via,
        metric=(a.metric or "") if a.metric == b.metric else "",
        frame=tuple(sorted(words(a.frame) & words(b.frame))),
        owners=tuple(sorted(entities)),
        period=when_a if when_a == when_b else f"{when_a}; {when_b}",
    )


def check_claims(
    claims: Iterable[Claim],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    units: Units | None = None,
) -> list[Inconsistency]:
    """Figures in different documents that cannot all be true, each with its reason.

    ``rates`` maps ISO currency codes to values in one common currency (say ``{"USD": 1.0,
    "CNY": 0.14}``); without it no two currencies are compared. ``metrics`` declares what a
    fact-check tracks (see :class:`~claimtrack.check.Metric`): a claim that matches one is
    tracked as it. ``units`` converts units (by default claimtrack's registry; pass
    ``config.units`` to use a :class:`~claimtrack.Config`'s).
    """
    return inconsistencies(index_of(claims, rates, metrics, units))


def consensus_claims(
    claims: Iterable[Claim],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    units: Units | None = None,
) -> list[MetricView]:
    """For each metric with figures from two or more documents: the figures side by side."""
    return views(index_of(claims, rates, metrics, units))


def analyze_claims(
    claims: Iterable[Claim],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    units: Units | None = None,
) -> tuple[list[Inconsistency], list[MetricView]]:
    """:func:`check_claims` and :func:`consensus_claims` at once, sharing one index."""
    index = index_of(claims, rates, metrics, units)
    return inconsistencies(index), views(index)

"""A check split into shards that can run apart (on a cluster's workers, say) and give, merged,
exactly what :func:`~claimtrack.check_claims` gives on all the claims at once.

Two claims are only ever compared when they convert to one dimension with the same direction of
change (all counts are one dimension: their frames say what is counted), so the shard of a claim
is its dimension and change. What a shard also needs from the other shards, the weight of each
frame word and the places each document names, is a :class:`~claimtrack.check.corpus.Corpus`
made from all the claims (or summed from parts of them).

>>> from claimtrack.model import Claim, Quantity
>>> from claimtrack.units import default_units
>>> def cost(doc, text, value):
...     q = Quantity(value=value, low=value, high=value, unit="USD", kind="money", precision=5e5)
...     return Claim(doc=doc, span=(0, len(text)), text=text, quantity=q, metric="cost")
>>> claims = [cost("a", "$310m", 3.1e8), cost("b", "$450m", 4.5e8)]
>>> units = default_units()
>>> corpus = Corpus.of(claims, None, units)
>>> shards = {}
>>> for claim in claims:
...     shards.setdefault(shard_of(claim, None, units), []).append(claim)
>>> list(shards)
['USD|']
>>> found = merged(i for s in shards.values() for i in check_shard(s, corpus, units=units))
>>> from claimtrack.check import check_claims
>>> found == check_claims(claims)
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from claimtrack.check.api import inconsistencies, order
from claimtrack.check.corpus import Corpus
from claimtrack.check.keys import Index
from claimtrack.check.metrics import Metric, apply_declared, declared
from claimtrack.check.records import dimension_of
from claimtrack.model import Claim, Inconsistency
from claimtrack.units import Units, default_units

__all__ = ["Corpus", "check_shard", "merged", "prepared", "shard_of"]


def prepared(claims: Iterable[Claim], metrics: Sequence[Metric], units: Units) -> Iterator[Claim]:
    """The claims as the check sees them: each tracked as the first declared metric it matches
    (see :class:`~claimtrack.check.Metric`). Prepare claims before sharding them."""
    tracked = declared(metrics, units)
    if not tracked:
        return iter(claims)
    return (apply_declared(c, tracked, units) for c in claims)


def shard_of(claim: Claim, rates: Mapping[str, float] | None, units: Units) -> str | None:
    """``"dimension|change"``: the claims of one shard are compared only with each other;
    None for a claim that is never compared (no unit that converts)."""
    unit = dimension_of(claim, rates, units)
    if unit is None:
        return None
    dimension = "count" if claim.quantity.kind == "count" else unit[0]
    return f"{dimension}|{claim.quantity.change or ''}"


def check_shard(
    claims: Sequence[Claim],
    corpus: Corpus,
    *,
    rates: Mapping[str, float] | None = None,
    units: Units | None = None,
) -> list[Inconsistency]:
    """The inconsistencies among one shard's (prepared) claims, weighed over ``corpus``."""
    index = Index(list(claims), rates, units or default_units(), corpus)
    return inconsistencies(index)


def merged(found: Iterable[Inconsistency]) -> list[Inconsistency]:
    """The shards' inconsistencies as one list, in :func:`~claimtrack.check_claims`' order."""
    return sorted(found, key=order)

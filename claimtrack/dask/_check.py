"""The check of a bag of claims, shard by shard on the workers
(:mod:`claimtrack.check.shards`): the same inconsistencies as
:func:`claimtrack.check_claims` on all the claims at once.

The claims are prepared (declared metrics applied) partition by partition; the
:class:`~claimtrack.check.shards.Corpus` that every shard weighs its claims over is summed from
the partitions' in a tree; the claims are shuffled by :func:`~claimtrack.check.shards.shard_of`
so that each shard is checked whole on one worker, in the order the claims came in; the
shards' findings are merged on the client.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Mapping, Sequence

import dask.bag
from dask.delayed import delayed

from claimtrack.check import Metric
from claimtrack.check.shards import Corpus, check_shard, merged, prepared, shard_of
from claimtrack.model import Claim, Inconsistency
from claimtrack.units import Units, default_units

__all__ = ["SPLIT_EVERY", "check_bag"]

SPLIT_EVERY = 8
"""Partial corpora summed per task of the tree reduction."""

_Rates = Mapping[str, float] | None
_Keyed = tuple[str, int, int, Claim]
"""A claim with its shard and its place (partition, position) in the bag."""


def _prepared(
    claims: Iterable[Claim], metrics: Sequence[Metric], units: Units | None
) -> list[Claim]:
    return list(prepared(claims, metrics, units or default_units()))


def _corpus(claims: Iterable[Claim], rates: _Rates, units: Units | None) -> Corpus:
    return Corpus.of(claims, rates, units or default_units())


def _summed(corpora: Iterable[Corpus]) -> Corpus:
    return functools.reduce(operator.add, corpora, Corpus())


def _keyed(
    claims: Sequence[Claim], partition: int, rates: _Rates, units: Units | None
) -> list[_Keyed]:
    """The claims that may be compared, each with its shard and place; the others dropped."""
    found = units or default_units()
    keyed = []
    for position, claim in enumerate(claims):
        shard = shard_of(claim, rates, found)
        if shard is not None:
            keyed.append((shard, partition, position, claim))
    return keyed


def _check_group(
    group: tuple[str, list[_Keyed]], corpus: Corpus, rates: _Rates, units: Units | None
) -> list[Inconsistency]:
    """One shard's inconsistencies, its claims put back in the order they came in."""
    _, members = group
    claims = [claim for *_, claim in sorted(members, key=operator.itemgetter(1, 2))]
    return check_shard(claims, corpus, rates=rates, units=units)


def check_bag(
    claims: dask.bag.Bag,
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    units: Units | None = None,
) -> list[Inconsistency]:
    """:func:`claimtrack.check_claims` of a bag of claims (same arguments, same result, in the
    same order), computed on the current Dask scheduler, one shard per task."""
    rates = dict(rates) if rates is not None else None
    parts = [delayed(_prepared)(p, tuple(metrics), units) for p in claims.to_delayed()]
    ready = dask.bag.from_delayed(parts)
    corpus = ready.reduction(
        functools.partial(_corpus, rates=rates, units=units), _summed, split_every=SPLIT_EVERY
    )
    keyed = dask.bag.from_delayed(
        [delayed(_keyed)(part, number, rates, units) for number, part in enumerate(parts)]
    )
    shards = keyed.groupby(operator.itemgetter(0), shuffle="tasks")
    found = shards.map(_check_group, corpus, rates, units).flatten()
    return merged(found.compute())

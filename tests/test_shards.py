"""A check split into shards (claimtrack.check.shards), merged, equals the check of all claims
at once: on both labelled dev sets, with currency rates, and with declared metrics."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

import claimtrack
from claimtrack.check import Metric
from claimtrack.check.shards import Corpus, check_shard, merged, prepared, shard_of
from claimtrack.model import Claim, Inconsistency
from claimtrack.units import default_units

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("crossdoc-dev", "crossdoc-dev2")

OWN = [
    ("a", "Exports of copper from Zambia reached $4.1bn in 2023, the mines ministry said."),
    ("b", "Zambia's copper exports were worth $6.3bn in 2023, according to the central bank."),
    ("c", "The port of Lusaka handled 1.2 million containers last year."),
    ("d", "Some 2.5 million containers passed through the port of Lusaka last year."),
    ("e", "Zambian copper exports rose 12% in 2023."),
    ("f", "Copper exports from Zambia climbed 30% in 2023, traders said."),
    ("g", "The new smelter will cost 900 million euros, its owners said."),
    ("h", "The smelter's cost was put at $400m by the ministry."),
]


def _sharded(
    claims: Sequence[Claim],
    rates: Mapping[str, float] | None,
    metrics: Sequence[Metric],
    parts: int,
) -> list[Inconsistency]:
    """Prepare, build the corpus from ``parts`` random parts, check each shard apart."""
    units = default_units()
    ready = list(prepared(claims, metrics, units))
    random.Random(7).shuffle(ready)
    corpus = Corpus()
    for start in range(parts):
        corpus += Corpus.of(ready[start::parts], rates, units)
    shards: dict[str, list[Claim]] = {}
    for claim in ready:
        key = shard_of(claim, rates, units)
        if key is not None:
            shards.setdefault(key, []).append(claim)
    return merged(
        i for s in shards.values() for i in check_shard(s, corpus, rates=rates, units=units)
    )


@pytest.mark.parametrize("name", SETS)
def test_shards_merged_equal_one_check_on_the_dev_sets(name: str) -> None:
    folder = DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (../shared missing)")
    claims = claimtrack.extract_all(claimtrack.read_documents([folder]))
    expected = claimtrack.check_claims(claims)
    assert expected, "the dev sets hold conflicts the check finds"
    assert _sharded(claims, None, (), 3) == expected


@pytest.mark.parametrize(
    ("rates", "metrics"),
    [
        (None, ()),
        ({"USD": 1.0, "EUR": 1.1}, ()),
        (
            None,
            (
                Metric(
                    name="copper exports",
                    unit="percent",
                    keywords=("copper exports", "exports of copper"),
                ),
            ),
        ),
    ],
)
def test_shards_merged_equal_one_check_on_own_articles(
    rates: Mapping[str, float] | None, metrics: Sequence[Metric]
) -> None:
    docs = [claimtrack.Document(id=i, text=t) for i, t in OWN]
    claims = claimtrack.extract_all(docs)
    expected = claimtrack.check_claims(claims, rates=rates, metrics=metrics)
    assert expected, "the articles contradict each other"
    assert _sharded(claims, rates, metrics, 2) == expected


def test_a_bare_number_has_no_shard() -> None:
    number = claimtrack.Quantity(value=3.0, low=3.0, high=3.0, kind="number")
    claim = Claim(doc="a", span=(0, 1), text="3", quantity=number)
    assert shard_of(claim, None, default_units()) is None


@pytest.mark.parametrize("name", SETS)
def test_the_check_does_not_depend_on_the_order_of_the_claims(name: str) -> None:
    """Ties (equal figures, equal dates) are broken by claim id, so the nearest conflicts kept
    are the same whatever order the claims come in (a ledger reads them in its own order)."""
    folder = DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (../shared missing)")
    claims = claimtrack.extract_all(claimtrack.read_documents([folder]))
    copies = [c.model_dump() | {"doc": f"{c.doc}-copy", "id": ""} for c in claims]
    doubled = claims + [Claim.model_validate(c) for c in copies]
    shuffled = list(doubled)
    random.Random(3).shuffle(shuffled)
    assert claimtrack.check_claims(shuffled) == claimtrack.check_claims(doubled)

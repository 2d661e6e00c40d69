"""Checks of a ledger that read only the claims they need, never the whole ledger at once.

A check of new documents reads their claims, then only the stored claims one of them could be
compared with: those of the same metric, and those sharing an informative frame word, in a
compatible shard and with names that fit (one set within the other). The word weights and the
places each document names come from the whole ledger (counted in SQL), so the result is the
one :func:`~claimtrack.check_claims` gives on every stored claim, restricted to the pairs that
involve a new document. A check of the whole ledger reads one shard at a time.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from claimtrack.check.corpus import Corpus, Named
from claimtrack.check.frames import proposes
from claimtrack.check.records import MAX_KEY_ENTITIES, entity_key
from claimtrack.check.shards import shard_of
from claimtrack.ledger.index import read_named
from claimtrack.model import OPPOSITE, Claim
from claimtrack.units import Units

__all__ = [
    "Reader",
    "by_shard",
    "candidates",
    "corpus_of",
    "effective_shard",
    "load",
    "shard_groups",
]

Reader = Callable[[str, Sequence[Any]], list[Any]]
"""Runs a query with its values and returns the rows (errors named as the ledger's)."""

_CHUNK = 500  # values per IN (...) list, well under SQLite's limit

Rates = Mapping[str, float] | None
Shards = tuple[str, ...]
ByNames = dict[frozenset[str], list[str]]


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def effective_shard(shard: str, rates: Rates) -> str:
    """The shard a stored shard is checked in under ``rates`` (converted currencies meet)."""
    dimension, _, change = shard.partition("|")
    return f"money|{change}" if rates and dimension in rates else shard


def _compatible(shard: str, rates: Rates) -> tuple[str, ...]:
    dimension, _, change = shard.partition("|")
    if rates and dimension in rates:
        return tuple(f"{currency}|{change}" for currency in sorted(rates))
    return (shard,)


def load(read: Reader, condition: str, values: Sequence[Any]) -> list[Claim]:
    """The latest claims in a chunked ``IN`` list: ``condition`` holds one ``{}`` for the
    marks, ``values`` the values (any number of them)."""
    claims = []
    for chunk in _chunks(values):
        sql = f"SELECT json FROM claims WHERE latest = 1 AND {condition.format(_marks(chunk))}"
        claims += [Claim.model_validate_json(row[0]) for row in read(sql, chunk)]
    return claims


def corpus_of(read: Reader, claims: Iterable[Claim] | None) -> Corpus:
    """The ledger's corpus: word counts over every latest framed claim and the places of
    every latest document; with ``claims``, only the words of their frames and the places of
    their documents."""
    total = read("SELECT COUNT(*) FROM claims WHERE latest = 1 AND framed = 1", ())[0][0]
    if claims is None:
        counts = read("SELECT word, COUNT(*) FROM claim_words GROUP BY word", ())
        places = read("SELECT id, places FROM latest_documents", ())
        return Corpus(Counter(dict(counts)), total, read_named(places))
    chosen = list(claims)
    words = sorted({w for c in chosen for w in c.frame})
    found: Counter[str] = Counter()
    for chunk in _chunks(words):
        sql = (
            f"SELECT word, COUNT(*) FROM claim_words WHERE word IN ({_marks(chunk)}) GROUP BY word"
        )
        found.update(dict(read(sql, chunk)))
    docs = sorted({c.doc for c in chosen})
    named: Named = {}
    for chunk in _chunks(docs):
        sql = f"SELECT id, places FROM latest_documents WHERE id IN ({_marks(chunk)})"
        named.update(read_named(read(sql, chunk)))
    return Corpus(found, total, named)


def by_shard(claims: Iterable[Claim], rates: Rates, units: Units) -> dict[str, list[Claim]]:
    """The claims that are ever compared, by the shard they are checked in under ``rates``."""
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        shard = shard_of(claim, rates, units)
        if shard is not None:
            found[shard].append(claim)
    return found


def shard_groups(read: Reader, rates: Rates) -> list[list[str]]:
    """The stored shards, grouped by the shard they are checked in under ``rates``."""
    rows = read("SELECT DISTINCT shard FROM claims WHERE latest = 1 AND shard IS NOT NULL", ())
    groups: dict[str, list[str]] = defaultdict(list)
    for (shard,) in rows:
        groups[effective_shard(shard, rates)].append(shard)
    return [sorted(g) for _, g in sorted(groups.items())]


def _fits(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


def _stored_key(entities: str) -> frozenset[str]:
    names: list[str] = json.loads(entities)
    if len(names) > MAX_KEY_ENTITIES:
        names = sorted(names)[:MAX_KEY_ENTITIES]
    return frozenset(names)


class _Postings:
    """Stored claim ids by query, each grouped by entity key, read once per check."""

    def __init__(self, read: Reader) -> None:
        self._read = read
        self._found: dict[tuple[str, str, Shards], ByNames] = {}

    def ids(
        self, how: str, value: str, shards: tuple[str, ...], names: frozenset[str]
    ) -> list[str]:
        """The ids of the stored claims of metric (or frame word) ``value`` in ``shards`` whose
        names fit ``names``."""
        key = (how, value, shards)
        by_names = self._found.get(key)
        if by_names is None:
            by_names = self._found[key] = self._query(how, value, shards)
        return [i for stored, ids in by_names.items() if _fits(stored, names) for i in ids]

    def _query(
        self, how: str, value: str, shards: tuple[str, ...]
    ) -> dict[frozenset[str], list[str]]:
        if how == "metric":
            sql = (
                "SELECT id, entities FROM claims WHERE latest = 1 AND metric = ? "
                f"AND shard IN ({_marks(shards)})"
            )
        else:
            sql = (
                "SELECT c.id, c.entities FROM claim_words AS w JOIN claims AS c "
                "ON c.id = w.claim_id AND c.latest = 1 "
                f"WHERE w.word = ? AND w.shard IN ({_marks(shards)})"
            )
        grouped: dict[frozenset[str], list[str]] = defaultdict(list)
        for claim_id, entities in self._read(sql, (value, *shards)):
            grouped[_stored_key(entities)].append(claim_id)
        return grouped


def candidates(
    read: Reader, claims: Sequence[Claim], rates: Rates, units: Units, corpus: Corpus
) -> set[str]:
    """The ids of the stored claims any of ``claims`` could be compared with: same metric, or
    an informative frame word shared, in a compatible shard, with names that fit."""
    postings = _Postings(read)
    found: set[str] = set()
    for claim in claims:
        shard = shard_of(claim, rates, units)
        if shard is None:
            continue
        shards = _compatible(shard_of(claim, None, units) or shard, rates)
        names = entity_key(claim)
        if claim.metric is not None:
            found.update(postings.ids("metric", claim.metric, shards, names))
        for word in claim.frame:
            if not word.startswith(OPPOSITE) and proposes(corpus.counts[word], corpus.total):
                found.update(postings.ids("word", word, shards, names))
    return found

"""Blocking: claims grouped by what they measure and about whom, so that few pairs are compared.

Claims are keyed by metric, unit dimension (each currency and each counted noun its own) and
direction of change, and within a key by entity set; a set meets only its own subsets (an empty
set, "no country named", meets every set). Records are built only for claims that meet another
claim's key, once each.

>>> from claimtrack.model import Claim, Entity, Quantity
>>> from claimtrack.check.records import DOC
>>> q = Quantity(value=5.0, low=5.0, high=5.0, unit="USD", kind="money")
>>> claims = [Claim(doc=d, span=(0, 2), text="$5", quantity=q, metric="cost",
...                 entities=(Entity(name="Peru"),)) for d in "ab"]
>>> from claimtrack.units import default_units
>>> index = Index(claims, None, default_units())
>>> list(index.groups)
[('cost', 'USD', '')]
>>> [r[DOC] for r in index.records(('cost', 'USD', ''), frozenset({'Peru'}))]
['a', 'b']
>>> index.subsets(frozenset({'Peru'}))
(frozenset(), frozenset({'Peru'}))
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence

from claimtrack.check.corpus import Corpus, Named
from claimtrack.check.records import (
    NO_ABOUT,
    NOTHING,
    About,
    Key,
    Record,
    Unit,
    about_of,
    build,
    dimension_of,
    entity_key,
)
from claimtrack.model import Claim
from claimtrack.units import Units

__all__ = ["Groups", "Index"]

Groups = dict[Key, dict[frozenset[str], list[int]]]
"""Key -> entity set -> positions of the claims with that key and those entities."""

_UnitKey = tuple[str, str, str | None]
_UNSEEN: Unit = ("", 0.0, 0.0)


class Index:
    """Claims keyed by what they measure and about whom, in one pass; records on demand.

    Everything is built for one check and dropped with it: the records of each group, the table
    of :data:`~claimtrack.check.records.About` values (shared by equal values), the subsets of
    each entity set. With a ``corpus`` (all the claims of a check split into parts), word
    weights and the places each document names come from it rather than from ``claims``; with
    ``focus`` (document ids), only the pairs that involve one of those documents are wanted.
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        rates: Mapping[str, float] | None,
        units: Units,
        corpus: Corpus | None = None,
        focus: frozenset[str] | None = None,
    ) -> None:
        self.claims = claims
        self.corpus = corpus
        self.focus = focus
        self._conversions = units
        self.groups: Groups = {}
        self.abouts: list[About] = [NOTHING]
        self._units: dict[_UnitKey, Unit | None] = {}
        self._about_ids: dict[About, int] = {NOTHING: NO_ABOUT}
        self._built: dict[tuple[Key, frozenset[str]], list[Record]] = {}
        self._subsets: dict[frozenset[str], tuple[frozenset[str], ...]] = {}
        self._by_position: dict[int, Record] = {}
        self.dimensions: dict[tuple[str, str], list[int]] = defaultdict(list)
        """``(dimension, change)`` -> positions of every claim with a unit and a frame, metric
        or not; all counts share one dimension (the frame says what is counted)."""
        self.named: Named = (
            corpus.named if corpus is not None else defaultdict(lambda: defaultdict(set))
        )
        """Document id -> every place word its claims name -> the qualifiers it takes there."""
        for position, claim in enumerate(claims):
            if corpus is None:
                for place in claim.places:
                    word, _, qualifier = place.partition("|")
                    self.named[claim.doc][word].add(qualifier)
            unit = self._unit(claim, rates)
            if unit is None:
                continue
            if claim.frame:
                dimension = "count" if claim.quantity.kind == "count" else unit[0]
                self.dimensions[(dimension, claim.quantity.change or "")].append(position)
            if claim.metric is None:
                continue
            key = (claim.metric, unit[0], claim.quantity.change or "")
            by_entities = self.groups.get(key)
            if by_entities is None:
                by_entities = self.groups[key] = {}
            entities = entity_key(claim)
            group = by_entities.get(entities)
            if group is None:
                by_entities[entities] = [position]
            else:
                group.append(position)

    def _unit(self, claim: Claim, rates: Mapping[str, float] | None) -> Unit | None:
        q = claim.quantity
        unit_key = (q.kind, q.unit, q.counted)
        unit = self._units.get(unit_key, _UNSEEN)
        if unit is _UNSEEN:
            unit = self._units[unit_key] = dimension_of(claim, rates, self._conversions)
        return unit

    def unit(self, position: int) -> Unit | None:
        """How the claim at ``position`` converts to its dimension's base unit; None: it
        does not (see :func:`~claimtrack.check.records.dimension_of`)."""
        q = self.claims[position].quantity
        return self._units[(q.kind, q.unit, q.counted)]

    def records(self, key: Key, entities: frozenset[str]) -> list[Record]:
        """The records of the group ``key`` / ``entities`` (built on first use)."""
        built = self._built.get((key, entities))
        if built is None:
            built = self._built[(key, entities)] = [
                self._record(position) for position in self.groups[key][entities]
            ]
        return built

    def record(self, position: int) -> Record:
        """The record of the claim at ``position`` (built once); the claim has a unit."""
        found = self._by_position.get(position)
        if found is None:
            found = self._by_position[position] = self._record(position)
        return found

    def _record(self, position: int) -> Record:
        claim = self.claims[position]
        about = about_of(claim)
        about_id = NO_ABOUT
        if about is not NOTHING:
            about_id = self._about_ids.get(about, -1)
            if about_id < 0:
                about_id = self._about_ids[about] = len(self.abouts)
                self.abouts.append(about)
        q = claim.quantity
        unit = self._units[(q.kind, q.unit, q.counted)]
        assert unit is not None  # a grouped claim has a unit
        return build(claim, position, unit, about_id)

    def subsets(self, entities: frozenset[str]) -> tuple[frozenset[str], ...]:
        """Every subset of ``entities``, the empty set first, then by size and name."""
        found = self._subsets.get(entities)
        if found is None:
            items = sorted(entities)
            found = self._subsets[entities] = tuple(
                frozenset(combo)
                for size in range(len(items) + 1)
                for combo in itertools.combinations(items, size)
            )
        return found

    def wanted(self, doc_a: str, doc_b: str) -> bool:
        """A pair of claims of these documents is wanted (see ``focus``)."""
        return self.focus is None or doc_a in self.focus or doc_b in self.focus

    def docs(self, key: Key) -> set[str]:
        """The documents with a claim of ``key``."""
        return {self.claims[p].doc for group in self.groups[key].values() for p in group}

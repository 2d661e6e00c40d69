"""What a check of some claims needs to know about all the others: how common each frame word
is, and which places each document names.

A check weighs frame words by how rare they are among every claim checked, and lets two claims
that name different places meet when each place is named elsewhere in the other's document.
Both come from the whole corpus, not only from the claims compared, so a check split into
parts (shards on a cluster, a ledger checked a few documents at a time) must be given them:
a :class:`Corpus` made from all the claims, or summed from parts of them.

>>> from claimtrack.model import Claim, Quantity
>>> from claimtrack.units import default_units
>>> q = Quantity(value=5.0, low=5.0, high=5.0, unit="USD", kind="money")
>>> claims = [Claim(doc=d, span=(0, 2), text="$5", quantity=q, frame=("cost", w))
...           for d, w in (("a", "bridge"), ("b", "tunnel"))]
>>> corpus = Corpus.of(claims[:1], None, default_units()) + Corpus.of(claims[1:], None,
...                                                                      default_units())
>>> corpus.total, corpus.counts["cost"], corpus.counts["bridge"]
(2, 2, 1)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from claimtrack.check.records import Unit, dimension_of
from claimtrack.model import Claim
from claimtrack.units import Units

__all__ = ["Corpus", "Named", "name_places"]

Named = dict[str, dict[str, set[str]]]
"""Document id -> every place word its claims name -> the qualifiers it takes there."""

_UnitKey = tuple[str, str, str | None]


def name_places(named: dict[str, set[str]], places: Iterable[str]) -> None:
    """Add to ``named`` (place word -> qualifiers) the places of a claim (``"word|qualifier"``)."""
    for place in places:
        word, _, qualifier = place.partition("|")
        named.setdefault(word, set()).add(qualifier)


@dataclass
class Corpus:
    """Frame-word counts over the claims that have a unit and a frame (``total`` of them),
    and the places each document names (see :data:`Named`). Sum two with ``+``."""

    counts: Counter[str] = field(default_factory=Counter)
    total: int = 0
    named: Named = field(default_factory=dict)

    @classmethod
    def of(cls, claims: Iterable[Claim], rates: Mapping[str, float] | None, units: Units) -> Corpus:
        """The corpus of ``claims`` (``rates`` and ``units`` as the check will use them)."""
        corpus = cls()
        dimensions: dict[_UnitKey, Unit | None] = {}
        for claim in claims:
            corpus.add(claim, dimensions, rates, units)
        return corpus

    def add(
        self,
        claim: Claim,
        dimensions: dict[_UnitKey, Unit | None],
        rates: Mapping[str, float] | None,
        units: Units,
    ) -> None:
        """Count ``claim`` in (``dimensions`` caches its unit's conversion)."""
        if claim.places:
            name_places(self.named.setdefault(claim.doc, {}), claim.places)
        if not claim.frame:
            return
        q = claim.quantity
        key = (q.kind, q.unit, q.counted)
        if key not in dimensions:
            dimensions[key] = dimension_of(claim, rates, units)
        if dimensions[key] is not None:
            self.counts.update(claim.frame)
            self.total += 1

    def __add__(self, other: Corpus) -> Corpus:
        named = {doc: {w: set(q) for w, q in places.items()} for doc, places in self.named.items()}
        for doc, places in other.named.items():
            mine = named.setdefault(doc, {})
            for word, qualifiers in places.items():
                mine.setdefault(word, set()).update(qualifiers)
        return Corpus(self.counts + other.counts, self.total + other.total, named)

"""Identity by frame: two figures of one dimension whose wording says the same thing.

A metric name is an exact key that only the words of the metric table reach. Frames reach
further: each claim's :attr:`~claimtrack.Claim.frame` (the lemmas around its figure) is weighed
word by word by how rare the word is among the claims checked (inverse document frequency), and
two claims of the same dimension and direction of change, in different documents, are compared
when the weighted overlap of their frames reaches a threshold. Candidates come from an inverted
index of the informative words only, never from all pairs.

What they must also share: the period (as :func:`~claimtrack.check.finder.same_period` says;
for running totals, a later total may not be lower), names that do not exclude each other (one
claim's names within the other's), the same intent (a plan or forecast is not an outcome), and
nothing that sets them apart (places, goods, flows). A claim that names no one is compared only
when its frame is much like the other's (:data:`ALONE`). Pairs the metric key found are kept
only when their frames share something (:data:`KEYED`); each pair's confidence comes from its
frames.

>>> weights = Weights([("port", "ship", "soybean"), ("export", "soybean", "port")])
>>> round(weights.similarity(("port", "ship", "soybean"), ("export", "soybean", "port")), 2)
0.56
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from claimtrack.check.finder import Finder, below, kind_of, same_period
from claimtrack.check.keys import Index
from claimtrack.check.records import AS_OF, CUMULATIVE, POSITION, Record, entity_key
from claimtrack.model import OPPOSITE, InconsistencyKind

__all__ = [
    "ALONE",
    "COMMON",
    "KEYED",
    "MOST_PROPOSING",
    "SAME",
    "Weights",
    "judge",
    "match_frames",
    "opposed",
    "proposes",
    "words",
]

SAME = 0.35
"""Claims whose frames overlap at least this much (weighted) are about the same thing."""

ALONE = 0.45
"""A claim that names no one is compared only at this overlap or more."""

KEYED = 0.1
"""Claims of one metric key whose frames overlap less than this are not the same thing (the
metric word matched, the rest of the wording does not), unless a frame is empty or a claim is
a count made from a list of names."""

COMMON = 0.2
"""Words in more than this share of the claims checked do not propose candidates."""

MOST_PROPOSING = 1000
"""Nor do words in more claims than this, however many are checked: such a word says too
little on its own to identify a figure, and its postings would make the candidate pairs grow
with the square of the corpus (a ledger of a million claims)."""


def proposes(count: int, total: int) -> bool:
    """A word found in ``count`` of ``total`` frames is rare enough to propose candidates."""
    return count <= max(2, min(COMMON * total, MOST_PROPOSING))


_Profile = tuple[set[str], float, set[str], tuple[str, ...]]


class Weights:
    """Inverse document frequency of frame words over a set of frames."""

    def __init__(self, frames: Iterable[Sequence[str]]) -> None:
        self.counts: Counter[str] = Counter()
        self.total = 0
        self._weights: dict[str, float] = {}
        self._profiles: dict[tuple[str, ...], _Profile] = {}
        for frame in frames:
            self.counts.update(frame)
            self.total += 1

    @classmethod
    def of(cls, index: Index) -> Weights:
        """The weights of a check: over its corpus if it has one, else over its claims with a
        unit and a frame."""
        corpus = index.corpus
        if corpus is None:
            return cls(index.claims[p].frame for ps in index.dimensions.values() for p in ps)
        weights = cls(())
        weights.counts, weights.total = corpus.counts, corpus.total
        return weights

    def weight(self, word: str) -> float:
        """``log(1 + N / df)``: rare words weigh most (computed once per word)."""
        found = self._weights.get(word)
        if found is None:
            found = self._weights[word] = math.log(1.0 + self.total / max(self.counts[word], 1))
        return found

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> float:
        """Weighted overlap of two frames, in [0, 1]: the weight of the words they share over
        the weight of the smaller frame (opposite marks left out); 0 when one frame names an
        opposite of a word of the other (see :func:`opposed`)."""
        plain_a, weight_a, full_a, opposites_a = self._profile(a)
        plain_b, weight_b, full_b, opposites_b = self._profile(b)
        shared = plain_a & plain_b
        if not shared:
            return 0.0
        if any(w in full_b and w not in full_a for w in opposites_a) or any(
            w in full_a and w not in full_b for w in opposites_b
        ):
            return 0.0
        return sum(map(self.weight, shared)) / min(weight_a, weight_b)

    def _profile(self, frame: Sequence[str]) -> _Profile:
        """A frame's words, their weight, all its entries and the words it names opposites
        of, computed once per distinct frame (news repeats its wording)."""
        key = tuple(frame)
        found = self._profiles.get(key)
        if found is None:
            plain = words(frame)
            opposites = tuple(w[1:] for w in frame if w.startswith(OPPOSITE))
            weight = sum(map(self.weight, plain))
            found = self._profiles[key] = (plain, weight, set(frame), opposites)
        return found

    def informative(self, word: str) -> bool:
        """The word is rare enough to propose candidates (see :func:`proposes`)."""
        return proposes(self.counts[word], self.total)


def words(frame: Sequence[str]) -> set[str]:
    """The words of a frame, without its opposite marks."""
    return {w for w in frame if not w.startswith(OPPOSITE)}


def opposed(a: Sequence[str], b: Sequence[str]) -> bool:
    """One frame names, as an opposite, a word the other has and it has not ("exported" and
    "imported"; not two frames that both say "exports and imports").

    >>> opposed(("export", "good", "!import"), ("import", "good", "!export"))
    True
    >>> both = ("export", "import", "!import", "!export")
    >>> opposed(both, both), opposed(("export", "good", "!import"), ("export", "!import"))
    (False, False)
    """
    set_a, set_b = set(a), set(b)
    return _opposed_one_way(set_a, set_b) or _opposed_one_way(set_b, set_a)


def _opposed_one_way(a: set[str], b: set[str]) -> bool:
    return any(w.startswith(OPPOSITE) and w[1:] in b and w[1:] not in a for w in a)


def _names_fit(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


def judge(index: Index, finder: Finder) -> dict[tuple[str, str], float]:
    """Weigh every pair ``finder`` holds by the similarity of the two frames, dropping keyed
    pairs below :data:`KEYED`, then add the pairs frames alone identify; the confidence of each
    pair kept: ``0.5 + similarity / 2`` for a keyed pair (its metric word matched too), the
    similarity for a pair frames alone found, 1.0 where frames cannot be compared (a list of
    names, a claim without frame)."""
    claims = index.claims
    weights = Weights.of(index)
    confidence: dict[tuple[str, str], float] = {}
    for key, (low, high, _) in list(finder.pairs.items()):
        a, b = claims[low[POSITION]], claims[high[POSITION]]
        if a.intended != b.intended or not index.wanted(a.doc, b.doc):  # a plan is no outcome
            del finder.pairs[key]
            continue
        if a.listed or b.listed or not a.frame or not b.frame:
            confidence[key] = 1.0
            continue
        similarity = weights.similarity(a.frame, b.frame)
        if similarity < KEYED:
            del finder.pairs[key]
        else:
            confidence[key] = 0.5 + similarity / 2
    confidence.update(match_frames(index, finder, weights))
    return confidence


def match_frames(index: Index, finder: Finder, weights: Weights) -> dict[tuple[str, str], float]:
    """Add to ``finder`` the conflicting pairs that frames identify; their similarities."""
    claims = index.claims
    found: dict[tuple[str, str], float] = {}
    for positions in index.dimensions.values():
        for a, b in _candidates(positions, index, weights):
            ca, cb = claims[a], claims[b]
            if ca.intended != cb.intended:
                continue
            ea, eb = entity_key(ca), entity_key(cb)
            if not _names_fit(ea, eb):
                continue
            ra, rb = index.record(a), index.record(b)  # values first: most candidates agree
            low, high = (ra, rb) if below(ra, rb) else (rb, ra) if below(rb, ra) else (None, None)
            if not (low and high):
                continue
            key = (ca.id, cb.id) if ca.id <= cb.id else (cb.id, ca.id)
            kind = None if key in finder.pairs else _conflict(low, high)
            if kind is None:
                continue
            similarity = weights.similarity(ca.frame, cb.frame)
            if similarity >= (SAME if ea and eb else ALONE) and finder.comparable(ra, rb):
                finder.add(low, high, kind)
                found[key] = similarity
    return found


def _conflict(low: Record, high: Record) -> InconsistencyKind | None:
    """Why two figures, ``low`` wholly below ``high``, cannot both be true; None if they can.

    Over one period they cannot differ; a running total may not fall, so the lower one may not
    hold at a later date than the higher.
    """
    if low[CUMULATIVE] or high[CUMULATIVE]:
        if low[AS_OF] is not None and high[AS_OF] is not None and low[AS_OF] > high[AS_OF]:
            return "cumulative-decrease"
        return None
    return kind_of(low, high) if same_period(low, high) else None


def _candidates(
    positions: Sequence[int], index: Index, weights: Weights
) -> Iterable[tuple[int, int]]:
    claims = index.claims
    postings: dict[str, list[int]] = defaultdict(list)
    for position in positions:
        for word in claims[position].frame:
            if not word.startswith(OPPOSITE) and weights.informative(word):
                postings[word].append(position)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        by_doc: dict[str, list[int]] = defaultdict(list)
        for position in posting:  # pairs across documents only: one long document costs
            by_doc[claims[position].doc].append(position)  # no more than it has claims
        docs = sorted(by_doc, key=lambda doc: not index.wanted(doc, doc))  # wanted ones first
        for i, doc in enumerate(docs):
            if not index.wanted(doc, doc):
                break  # the rest are pairs of documents no one asked about
            group = by_doc[doc]
            for other in (by_doc[d] for d in docs[i + 1 :]):
                for a in group:
                    for b in other:
                        pair = (a, b) if a < b else (b, a)
                        if pair not in seen:
                            seen.add(pair)
                            yield pair

"""Why two given claims were or were not compared: the check's tests, one by one.

The tool a fact-checker needs when the check misses a conflict (or reports one it should not):
:func:`compare_claims` runs the check on the claims given, says whether it reports the pair,
and walks the tests that decide whether two figures are about the same thing, in the order the
check applies them, each with what it found.

>>> from claimtrack.model import Claim, Quantity
>>> def cost(doc, text, value):
...     q = Quantity(value=value, low=value, high=value, unit="USD", kind="money", precision=5e5)
...     return Claim(doc=doc, span=(0, len(text)), text=text, quantity=q, metric="cost",
...                  frame=("bridge", "cost"))
>>> result = compare_claims(cost("a", "$310m", 3.1e8), cost("b", "$450m", 4.5e8))
>>> result.compared, result.reported.kind
(True, 'mismatch')
>>> [g.name for g in result.gates if not g.passed]
[]
>>> result = compare_claims(cost("a", "$310m", 3.1e8), cost("a", "$450m", 4.5e8))
>>> result.compared, [g.name for g in result.gates if not g.passed]
(False, ['documents'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from claimtrack.check.api import inconsistencies, index_of
from claimtrack.check.explain import in_unit
from claimtrack.check.finder import Finder, below, same_period
from claimtrack.check.frames import ALONE, KEYED, SAME, Weights, words
from claimtrack.check.keys import Index
from claimtrack.check.metrics import Metric
from claimtrack.check.records import AS_OF, CUMULATIVE, Record, Unit, entity_key
from claimtrack.model import Claim, Comparison, Gate
from claimtrack.units import Units

__all__ = ["compare_claims"]


def compare_claims(
    a: Claim,
    b: Claim,
    claims: Iterable[Claim] = (),
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    units: Units | None = None,
) -> Comparison:
    """Whether the check compares ``a`` and ``b``, and why, among ``claims`` (the rest of the
    run: word weights and the places each document names come from all of them; ``a`` and
    ``b`` are added when missing). The other arguments are :func:`check_claims`'s."""
    pool = list(claims)
    ids = {c.id for c in pool}
    pool += [c for c in (a, b) if c.id not in ids]
    index = index_of(pool, rates, metrics, units)
    first, second = _position(index, a.id), _position(index, b.id)
    pair = {a.id, b.id}
    reported = next((i for i in inconsistencies(index) if {c.id for c in i.claims} == pair), None)
    gates = _gates(index, first, second)
    identity_gates = [g for g in gates if g.name != "values"]
    return Comparison(
        compared=all(g.passed for g in identity_gates), reported=reported, gates=tuple(gates)
    )


def _position(index: Index, claim_id: str) -> int:
    return next(p for p, claim in enumerate(index.claims) if claim.id == claim_id)


def _gates(index: Index, pa: int, pb: int) -> list[Gate]:
    a, b = index.claims[pa], index.claims[pb]
    gates = [_documents(a, b)]
    units = index.unit(pa), index.unit(pb)
    gates.append(_units(a, b, units))
    if not gates[-1].passed:
        return gates
    gates += [_change(a, b), _intent(a, b), _names(a, b), _wording(index, a, b, units)]
    ra, rb = index.record(pa), index.record(pb)
    gates += [_period(a, b, ra, rb), _apart(index, a, b, ra, rb), _values(a, ra, rb)]
    return gates


def _documents(a: Claim, b: Claim) -> Gate:
    if a.doc == b.doc:
        return Gate(
            name="documents",
            passed=False,
            detail=f"both are in {a.doc!r}: figures of one document are not compared",
        )
    return Gate(name="documents", passed=True, detail=f"{a.doc!r} and {b.doc!r}")


def _units(a: Claim, b: Claim, units: tuple[Unit | None, Unit | None]) -> Gate:
    for claim, unit in zip((a, b), units, strict=True):
        if unit is None:
            q = claim.quantity
            what = "a bare number" if q.kind in ("number", "ordinal") else f"unit {q.unit!r}"
            hint = " (give rates to compare currencies)" if q.kind == "money" else ""
            return Gate(
                name="dimension",
                passed=False,
                detail=f'"{claim.text}" is {what}, which converts to nothing{hint}',
            )
    ua, ub = units
    assert ua is not None and ub is not None
    counts = a.quantity.kind == b.quantity.kind == "count"
    if ua[0] != ub[0] and not counts:
        return Gate(
            name="dimension",
            passed=False,
            detail=f"{a.quantity.unit!r} ({ua[0]}) and {b.quantity.unit!r} ({ub[0]})",
        )
    return Gate(
        name="dimension",
        passed=True,
        detail="both counts" if counts and ua[0] != ub[0] else f"both in {ua[0]}",
    )


def _change(a: Claim, b: Claim) -> Gate:
    ca, cb = a.quantity.change or "a level", b.quantity.change or "a level"
    detail = f"both {ca}" if ca == cb else f"{ca} against {cb}"
    return Gate(name="change", passed=ca == cb, detail=detail)


def _intent(a: Claim, b: Claim) -> Gate:
    def said(c: Claim) -> str:
        return "a plan, forecast or target" if c.intended else "an outcome"

    detail = f"both {said(a)}" if a.intended == b.intended else f"{said(a)} against {said(b)}"
    return Gate(name="intent", passed=a.intended == b.intended, detail=detail)


def _names(a: Claim, b: Claim) -> Gate:
    ea, eb = entity_key(a), entity_key(b)
    shown = f"{sorted(ea) or 'no one'} and {sorted(eb) or 'no one'}"
    if ea <= eb or eb <= ea:
        return Gate(name="owners", passed=True, detail=f"{shown}: one within the other")
    return Gate(name="owners", passed=False, detail=f"{shown}: neither within the other")


def _wording(index: Index, a: Claim, b: Claim, units: tuple[Unit | None, Unit | None]) -> Gate:
    weights = Weights.of(index)
    ua, ub = units
    keyed = a.metric is not None and a.metric == b.metric and ua == ub
    if keyed and (a.listed or b.listed or not a.frame or not b.frame):
        return Gate(
            name="wording", passed=True, detail=f"metric {a.metric!r} on both; no frame to weigh"
        )
    similarity = weights.similarity(a.frame, b.frame)
    shared = ", ".join(sorted(words(a.frame) & words(b.frame))) or "nothing"
    both_named = bool(entity_key(a)) and bool(entity_key(b))
    need = KEYED if keyed else SAME if both_named else ALONE
    how = f"metric {a.metric!r} on both" if keyed else "no shared metric"
    if not keyed and not both_named:
        how += ", one names no one"
    detail = f"{how}; frames share {shared}: overlap {similarity:.2f}, needs {need:.2f}"
    return Gate(name="wording", passed=similarity >= need, detail=detail)


def _period(a: Claim, b: Claim, ra: Record, rb: Record) -> Gate:
    when = f"{a.when()} and {b.when()}"
    if ra[CUMULATIVE] or rb[CUMULATIVE]:
        dated = ra[AS_OF] is not None and rb[AS_OF] is not None
        detail = f"running total, {when}" + ("" if dated else ": a date is missing")
        return Gate(name="period", passed=dated, detail=detail)
    return Gate(name="period", passed=same_period(ra, rb), detail=when)


def _apart(index: Index, a: Claim, b: Claim, ra: Record, rb: Record) -> Gate:
    finder = Finder(index.abouts, index.named)
    names = sorted({*a.places, *a.goods, *b.places, *b.goods})
    detail = f"places and goods: {', '.join(names) or 'none'}"
    if not finder.apart(ra, rb):
        return Gate(name="places, goods, flows", passed=True, detail=detail + "; nothing apart")
    return Gate(
        name="places, goods, flows",
        passed=False,
        detail=detail + "; each names one the other does not",
    )


def _values(a: Claim, ra: Record, rb: Record) -> Gate:
    shown = f"{in_unit(ra, ra)} and {in_unit(rb, ra)}"
    if below(ra, rb) or below(rb, ra):
        return Gate(
            name="values", passed=True, detail=f"{shown} ({a.quantity.unit}) do not overlap"
        )
    return Gate(
        name="values", passed=False, detail=f"{shown} ({a.quantity.unit}) overlap: both can hold"
    )

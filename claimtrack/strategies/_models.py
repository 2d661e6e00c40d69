"""Model strategies: valid :class:`~claimtrack.Quantity`, :class:`~claimtrack.Document` and
:class:`~claimtrack.Claim` values, for testing code that consumes claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import get_args

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimtrack.model import Bound, Change, Claim, Document, Entity, Kind, Quantity, TimeScope
from claimtrack.model.bounds import ABOUT_TOLERANCE, NEAR_TOLERANCE
from claimtrack.strategies._validation import check_choice, check_range, check_strategy

__all__ = ["BOUNDS", "claims", "documents", "quantities"]

BOUNDS: tuple[Bound, ...] = get_args(Bound)
"""Every bound a quantity may have."""
_KINDS: tuple[Kind, ...] = get_args(Kind)
_CHANGES: tuple[Change, ...] = get_args(Change)
_LARGEST = 1e15
"""Default ``max_value`` of :func:`quantities`: a quadrillion, beyond any figure in the news."""

_UNITS: dict[str, Kind] = {
    "dimensionless": "number",
    "percent": "percent",
    "percentage_point": "percent",
    "ship": "count",
    "dose": "count",
    "country": "count",
    "kilometer": "measure",
    "mile": "measure",
    "metric_ton": "measure",
    "kilometer / hour": "measure",
    "USD": "money",
    "EUR": "money",
    "CNY": "money",
    "place": "ordinal",
}
"""Units :func:`quantities` draws from by default, each with the kind of figure it measures."""


def _kind_of(unit: str) -> Kind:
    if unit in _UNITS:
        return _UNITS[unit]
    return "money" if len(unit) == 3 and unit.isalpha() and unit.isupper() else "measure"


def quantities(
    *,
    kinds: Sequence[Kind] | None = None,
    units: Sequence[str] | None = None,
    bounds: Sequence[Bound] | None = None,
    min_value: float = 0.0,
    max_value: float = _LARGEST,
    ranges: bool = True,
) -> st.SearchStrategy[Quantity]:
    """Valid :class:`~claimtrack.Quantity` values: ``low <= value <= high``, finite, non-empty unit.

    ``kinds`` and ``units`` restrict the kind and unit (a unit outside the built-in table counts as
    money when it is a three-letter upper-case code, else as a measure); ``bounds`` restricts the
    bound; every figure and limit lies in ``[min_value, max_value]``. With ``ranges`` some
    quantities are ranges or vague amounts (``value=None``, bound ``"="``).

    Shrinks towards ``Quantity(value=min_value, low=min_value, high=min_value, bound="=")`` in the
    first allowed unit, with no change, precision or tolerance.
    """
    chosen_kinds = check_choice("kinds", kinds, _KINDS)
    chosen_bounds = check_choice("bounds", bounds, BOUNDS)
    check_range(min_value, max_value)
    if units is not None and isinstance(units, str):
        raise InvalidArgument(f"units={units!r} must be a sequence of strings, not one string")
    pool = list(_UNITS) if units is None else list(units)
    if not pool or not all(isinstance(u, str) and u.strip() for u in pool):
        raise InvalidArgument(f"units={units!r} must be non-empty strings")
    fitting = [u for u in pool if _kind_of(u) in chosen_kinds]
    if not fitting:
        raise InvalidArgument(f"no unit in {pool!r} is of a kind in {chosen_kinds!r}")
    figures = st.floats(min_value, max_value, allow_nan=False, allow_infinity=False)

    @st.composite
    def build(draw: st.DrawFn) -> Quantity:
        # the same draws in the same order whatever the bound, so that examples shrink evenly
        unit = draw(st.sampled_from(fitting))
        bound = draw(st.sampled_from(chosen_bounds))
        first, second = draw(figures), draw(figures)
        change = draw(st.none() | st.sampled_from(_CHANGES))
        precision = draw(st.just(0.0) | st.floats(0.0, 1e6, allow_nan=False))
        tolerance = draw(st.sampled_from([0.0, ABOUT_TOLERANCE, NEAR_TOLERANCE]))
        shape = draw(st.sampled_from(["figure", "range", "vague"] if ranges else ["figure"]))
        if bound == "=" and shape != "figure":
            bottom, top = sorted((first, second))
            vague = shape == "vague" and bottom < top  # a vague amount is never a single point
            return Quantity(
                value=None, low=bottom, high=top, unit=unit, kind=_kind_of(unit), vague=vague,
                change=None if vague else change, precision=0.0 if vague else precision,
            )  # fmt: skip
        low = first if bound in ("=", "~", ">", ">=") else None
        high = first if bound in ("=", "~", "<", "<=") else None
        return Quantity(
            value=first, low=low, high=high, bound=bound, unit=unit, kind=_kind_of(unit),
            change=change, precision=precision,
            tolerance=tolerance if bound in ("~", "<") else 0.0,
        )  # fmt: skip

    return build()


_default_quantities = quantities

_WORDS = st.text(st.characters(categories=("L", "N", "Zs", "P")), max_size=40)
"""Short free text: names, subjects, sentences."""
_IDS = st.just("doc") | st.from_regex(r"[a-z][a-z0-9_-]{0,11}", fullmatch=True)
"""Document ids: ``"doc"`` or a short slug."""


def documents(
    *,
    ids: st.SearchStrategy[str] | None = None,
    texts: st.SearchStrategy[str] | None = None,
    dated: bool | None = None,
) -> st.SearchStrategy[Document]:
    """Valid :class:`~claimtrack.Document` values.

    ``ids`` and ``texts`` give the id and text strategies (default: short ids, any text);
    ``dated=True`` always sets ``published``, ``False`` never, ``None`` sometimes.
    Shrinks towards ``Document(text="", id="doc")``.
    """
    if dated not in (None, True, False):
        raise InvalidArgument(f"dated={dated!r} must be None, True or False")
    check_strategy("ids", ids)
    check_strategy("texts", texts)
    date_strategy = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
    published: st.SearchStrategy[dt.date | None] = (
        st.none() if dated is False else date_strategy if dated else st.none() | date_strategy
    )
    return st.builds(
        Document,
        text=texts if texts is not None else st.text(),
        id=ids if ids is not None else _IDS,
        published=published,
        source=st.none() | _WORDS,
    )


def claims(
    *,
    quantities: st.SearchStrategy[Quantity] | None = None,
    docs: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Claim]:
    """Valid :class:`~claimtrack.Claim` values: the span fits the mention text.

    ``quantities`` gives the quantity strategy (default: :func:`quantities` with its defaults);
    ``docs`` the document ids. Context fields (subject, entities, time scope, attribution) are
    drawn too. Shrinks towards an empty mention at offset 0 with the simplest quantity and no
    context.
    """
    check_strategy("quantities", quantities)
    check_strategy("docs", docs)
    quantity_strategy = quantities if quantities is not None else _default_quantities()
    doc_strategy = docs if docs is not None else _IDS
    dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))

    @st.composite
    def scopes(draw: st.DrawFn) -> TimeScope:
        start, end = draw(dates), draw(dates)
        if start is not None and end is not None and end < start:
            start, end = end, start
        return TimeScope(
            kind=draw(st.sampled_from(["unknown", "point", "period"])),
            start=start,
            end=end,
            cumulative=draw(st.booleans()),
            text=draw(_WORDS),
        )

    entities = st.builds(
        Entity,
        name=_WORDS,
        type=st.sampled_from(["country", "region", "organization"]),
        role=st.none() | st.sampled_from(["giver", "receiver", "counted", "owner"]),
        text=_WORDS,
    )

    @st.composite
    def build(draw: st.DrawFn) -> Claim:
        text = draw(_WORDS)
        start = draw(st.integers(0, 10_000))
        return Claim(
            doc=draw(doc_strategy),
            span=(start, start + len(text)),
            text=text,
            quantity=draw(quantity_strategy),
            sentence=draw(_WORDS),
            subject=draw(st.none() | _WORDS),
            metric=draw(st.none() | _WORDS),
            entities=tuple(draw(st.lists(entities, max_size=3))),
            time=draw(st.just(TimeScope()) | scopes()),
            attribution=draw(st.none() | _WORDS),
            source=draw(st.none() | _WORDS),
            published=draw(dates),
        )

    return build()

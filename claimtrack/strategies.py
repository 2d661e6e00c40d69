"""Hypothesis strategies for claimtrack's models, and texts whose figures are known in advance.

This module imports :mod:`hypothesis` (install ``claimtrack[hypothesis]``); ``import claimtrack``
never does. The strategies come in two families:

- model strategies, :func:`quantities`, :func:`claims` and :func:`documents`, which generate valid
  values of the frozen models (``low <= value <= high``, spans that fit their text, finite floats),
  for testing code that consumes claims;
- text strategies with a known answer, :func:`mentions`, :func:`texts_with_figures` and
  :func:`documents_with_figures`, which render figures into English wording the extractor
  supports and return the text together with what :func:`claimtrack.extract` should read from it.

Importing :mod:`hypothesis` registers the model strategies (through the ``hypothesis`` entry point),
so ``st.from_type(claimtrack.Claim)`` works too.

>>> from hypothesis import given, settings
>>> import claimtrack
>>> @settings(max_examples=20, deadline=None)
... @given(mentions())
... def test_round_trip(mention):
...     text, expected = mention
...     [claim] = claimtrack.extract(text)
...     assert (claim.quantity.unit, claim.quantity.bound) == (expected.unit, expected.bound)
>>> test_round_trip()

An expected quantity carries ``value``, ``low``, ``high``, ``bound``, ``unit``, ``kind`` and the
hedge ``tolerance``; it leaves ``precision`` at 0, since how precise a written figure is belongs
to the extractor's reading, not to the wording.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar, get_args

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimtrack._bounds import ABOUT_TOLERANCE, NEAR_TOLERANCE
from claimtrack._models import Bound, Change, Claim, Document, Entity, Kind, Quantity, TimeScope

__all__ = [
    "claims",
    "documents",
    "documents_with_figures",
    "mentions",
    "quantities",
    "texts_with_figures",
]

_BOUNDS: tuple[Bound, ...] = get_args(Bound)
_KINDS: tuple[Kind, ...] = get_args(Kind)
_CHANGES: tuple[Change, ...] = get_args(Change)
_TEXT_KINDS: tuple[Kind, ...] = ("count", "percent", "measure", "money")
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


# ---------------------------------------------------------------------------- model strategies


_T = TypeVar("_T", bound=str)


def _check_choice(name: str, given: Sequence[_T] | None, allowed: Sequence[_T]) -> list[_T]:
    if given is None:
        return list(allowed)
    if isinstance(given, str):
        raise InvalidArgument(f"{name}={given!r} must be a sequence of strings, not one string")
    chosen = list(given)
    if not chosen:
        raise InvalidArgument(f"{name} must not be empty")
    unknown = [x for x in chosen if x not in allowed]
    if unknown:
        raise InvalidArgument(f"{name}: unknown {unknown!r}; choose from {list(allowed)!r}")
    return chosen


def _check_range(min_value: float, max_value: float) -> None:
    for name, x in (("min_value", min_value), ("max_value", max_value)):
        if not isinstance(x, (int, float)) or not math.isfinite(x):
            raise InvalidArgument(f"{name}={x!r} must be a finite number")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy or None")


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
    chosen_kinds = _check_choice("kinds", kinds, _KINDS)
    chosen_bounds = _check_choice("bounds", bounds, _BOUNDS)
    _check_range(min_value, max_value)
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
_IDS = st.just("doc") | st.from_regex(r"[a-z][a-z0-9_-]{0,11}", fullmatch=True)


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
    _check_strategy("ids", ids)
    _check_strategy("texts", texts)
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
    _check_strategy("quantities", quantities)
    _check_strategy("docs", docs)
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
        role=st.none() | st.sampled_from(["giver", "receiver", "counted"]),
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


# ---------------------------------------------------------------------------- wording with answers

_ONES = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

_SCALE_WORDS: tuple[tuple[str, float], ...] = (
    ("million", 1e6),
    ("billion", 1e9),
    ("thousand", 1e3),
    ("trillion", 1e12),
)
_SCALE_ABBREVIATIONS: tuple[tuple[str, float], ...] = (("bn", 1e9), ("m", 1e6), ("k", 1e3))
_SCALES = (("", 1.0), *((f" {w}", v) for w, v in _SCALE_WORDS), *_SCALE_ABBREVIATIONS)


@dataclass(frozen=True)
class _Form:
    """How a kind of figure is written around its number: "$" before, " ships" after, ..."""

    kind: Kind
    unit: str
    singular: str
    plural: str
    prefix: str = ""
    words: bool = True
    scales: bool = True
    abbreviations: bool = False


_FORMS: tuple[_Form, ...] = (
    # simplest first: figures shrink towards the first form of their kind, and kinds to "count"
    _Form("count", "ship", " ship", " ships"),
    _Form("count", "dose", " dose", " doses", words=False),  # "twenty doses" is not read yet
    _Form("count", "country", " country", " countries"),
    _Form("count", "school", " school", " schools"),
    _Form("count", "bus", " bus", " buses"),
    _Form("count", "worker", " worker", " workers"),
    _Form("percent", "percent", "%", "%", scales=False),
    _Form("percent", "percent", " percent", " percent", scales=False),
    _Form("percent", "percent", " per cent", " per cent", scales=False),
    _Form("measure", "kilometer", " km", " km"),
    _Form("measure", "kilometer", " kilometer", " kilometers"),
    _Form("measure", "mile", " mile", " miles", words=False),  # "nine miles" is not read yet
    _Form("measure", "metric_ton", " tonne", " tonnes"),
    _Form("measure", "kilogram", " kg", " kg"),
    _Form("measure", "kilometer", " kilometre", " kilometres"),
    _Form("measure", "mile / hour", " mph", " mph"),
    _Form("money", "USD", "", "", prefix="$", words=False, abbreviations=True),
    _Form("money", "USD", " dollar", " dollars"),
    _Form("money", "EUR", "", "", prefix="€", words=False, abbreviations=True),
    _Form("money", "GBP", "", "", prefix="£", words=False, abbreviations=True),
    _Form("money", "USD", "", "", prefix="US$", words=False, abbreviations=True),
    _Form("money", "EUR", " euro", " euros"),
    _Form("money", "CNY", " yuan", " yuan"),
    _Form("money", "USD", "", "", prefix="USD ", words=False),
    _Form("money", "EUR", " EUR", " EUR", words=False),
)
"""Every way a figure is written, with the unit and kind it states."""

_HEDGES: tuple[tuple[str, Bound, float], ...] = (
    # simplest first: they shrink towards "about"
    ("about", "~", ABOUT_TOLERANCE),
    ("more than", ">", 0.0),
    ("almost", "<", NEAR_TOLERANCE),
    ("at least", ">=", 0.0),
    ("at most", "<=", 0.0),
    ("around", "~", ABOUT_TOLERANCE),
    ("nearly", "<", NEAR_TOLERANCE),
    ("over", ">", 0.0),
    ("under", "<", 0.0),
    ("less than", "<", 0.0),
    ("no more than", "<=", 0.0),
    ("as many as", "<=", 0.0),
)
_RANGE_FORMS = ("{a}-{b}", "{a} to {b}", "between {a} and {b}", "from {a} to {b}", "{a}–{b}")
_YEARS = (1000.0, 2100.0)
"""Whole numbers the extractor may read as years when they stand alone (the left end of a range)."""

_SUBJECTS = ("The ministry", "Officials", "The agency", "A new report", "The port authority")
_VERBS = ("reported", "recorded", "listed", "counted", "cited")
_TAILS = (".", ", officials said.", " last year.", ", according to the report.")
_NO_FIGURE = ("The meeting ended without a statement.", "Talks will resume next week.")


@dataclass(frozen=True)
class _Number:
    """A written number before any scale word: its text and its value."""

    text: str
    value: float
    words: bool = False


@dataclass(frozen=True)
class _Figure:
    """A rendered mention: ``text[start:]`` is what the claim's span covers."""

    text: str
    start: int
    quantity: Quantity


def _in_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _whole_text(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


_GROUP_SEPARATORS = (",", "\u2009")
"""Thousands separators a figure may be drawn with: a comma, or a thin space (SI style)."""


@st.composite
def _wholes(draw: st.DrawFn, largest: int = 999_999) -> _Number:
    n = draw(st.integers(1, largest))
    # thousands separators or none; a bare 1000-2100 reads as a year, so it is always grouped
    grouped = n >= 1000 and (_YEARS[0] <= n <= _YEARS[1] or draw(st.booleans()))
    text = _whole_text(n, draw(st.sampled_from(_GROUP_SEPARATORS)) if grouped else "")
    return _Number(text, float(n))


@st.composite
def _decimals(draw: st.DrawFn, largest: int = 9_999) -> _Number:
    whole = draw(st.integers(0, largest))
    places = draw(st.sampled_from([1, 2]))
    fraction = draw(st.integers(1, 10**places - 1).filter(lambda f: f % 10 != 0 or places == 1))
    text = f"{_whole_text(whole, ',' if whole >= 1000 else '')}.{fraction:0{places}d}"
    return _Number(text, float(text.replace(",", "")))


def _number_words() -> st.SearchStrategy[_Number]:
    return st.integers(1, 99).map(lambda n: _Number(_in_words(n), float(n), words=True))


def _plain_numbers(*, words: bool = True) -> st.SearchStrategy[_Number]:
    """Numbers written without a scale word: digits first (they shrink to "1"), then words."""
    options = [_wholes(), _number_words(), _decimals()] if words else [_wholes(), _decimals()]
    return st.one_of(options)


def _mantissas() -> st.SearchStrategy[_Number]:
    """Numbers written before a scale word: "3" in "3 million", "1.2" in "$1.2bn"."""
    return st.one_of(_wholes(999), _decimals(99))


@st.composite
def _scaled(draw: st.DrawFn, form: _Form) -> tuple[str, float]:
    """A number as ``form`` allows it: ("4,500", 4500.0), ("3 million", 3e6), ("1.2bn", 1.2e9)."""
    # one draw from every scale whatever the form, so that all forms shrink alike
    scale, factor = draw(st.sampled_from(_SCALES))
    allowed = form.abbreviations if scale in dict(_SCALE_ABBREVIATIONS) else form.scales
    if not allowed:
        scale, factor = "", 1.0
    number = draw(_plain_numbers(words=form.words) if factor == 1.0 else _mantissas())
    return number.text + scale, _times(number.value, factor)


def _times(value: float, factor: float) -> float:
    """``value * factor`` as a reader means it: "8.2 million" is 8200000.0 exactly."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _quantity(value: float, form: _Form, hedge: tuple[str, Bound, float] | None = None) -> Quantity:
    _, bound, tolerance = hedge or ("", "=", 0.0)
    low = value if bound in ("=", "~", ">", ">=") else None
    high = value if bound in ("=", "~", "<", "<=") else None
    return Quantity(
        value=value, low=low, high=high, bound=bound, unit=form.unit, kind=form.kind,
        tolerance=tolerance,
    )  # fmt: skip


@st.composite
def _single(
    draw: st.DrawFn,
    forms: Sequence[_Form],
    hedges: Sequence[tuple[str, Bound, float]],
    hedged: bool,
) -> _Figure:
    """One figure, hedged if ``hedged``: "12 ships", "about $1.2bn", "more than 7.5 per cent"."""
    form = draw(st.sampled_from(forms))
    text, value = draw(_scaled(form))
    body = form.prefix + text + (form.singular if value == 1 else form.plural)
    hedge: tuple[str, Bound, float] | None = None
    if hedged:
        hedge = draw(st.sampled_from(hedges))
    elif hedges:
        hedge = draw(st.none() | st.sampled_from(hedges))
    return _Figure(f"{hedge[0]} {body}" if hedge else body, 0, _quantity(value, form, hedge))


@st.composite
def _range(draw: st.DrawFn, forms: Sequence[_Form]) -> _Figure:
    """A range: "10-12%", "5 to 7 km", "between 10 and 12 ships", "from $1 to $2 million"."""
    form = draw(st.sampled_from(forms))
    shape = draw(st.sampled_from(_RANGE_FORMS))
    scale, factor = "", 1.0
    if form.kind == "money":
        scale, factor = draw(st.sampled_from([("", 1.0), *((f" {w}", v) for w, v in _SCALE_WORDS)]))
    numbers = _plain_numbers(words=False) if factor == 1.0 else _mantissas()
    if factor == 1.0:
        # an end such as "1,990" or "2,100" is taken for a year (see the extractor gaps report)
        numbers = numbers.filter(lambda n: not _YEARS[0] <= n.value <= _YEARS[1])
    a, b = draw(st.lists(numbers, min_size=2, max_size=2, unique_by=lambda n: n.value))
    a, b = sorted((a, b), key=lambda n: n.value)
    if form.kind == "money":
        left, right = f"{form.prefix}{a.text}{scale}", f"{form.prefix}{b.text}{scale}"
    else:
        left, right = a.text, b.text + form.plural
    text = shape.format(a=left, b=right)
    quantity = Quantity(
        value=None,
        low=_times(a.value, factor),
        high=_times(b.value, factor),
        unit=form.unit,
        kind=form.kind,
    )
    return _Figure(text, len(shape.split("{a}")[0]), quantity)


def _figures(
    kinds: Sequence[Kind] | None, bounds: Sequence[Bound] | None, ranges: bool
) -> st.SearchStrategy[_Figure]:
    chosen_kinds = _check_choice("kinds", kinds, _TEXT_KINDS)
    chosen_bounds = _check_choice("bounds", bounds, _BOUNDS)
    forms = [f for f in _FORMS if f.kind in chosen_kinds]
    # ranges of money are written with a symbol on both ends: "$10 million to $12 million"
    range_forms = [f for f in forms if f.kind != "money" or f.abbreviations]
    hedges = [h for h in _HEDGES if h[1] in chosen_bounds]
    if "=" not in chosen_bounds and not hedges:
        raise InvalidArgument(f"bounds={bounds!r}: no supported wording sets these bounds")
    singles = _single(forms, hedges, hedged="=" not in chosen_bounds)
    return st.one_of(singles, _range(range_forms)) if ranges and "=" in chosen_bounds else singles


def mentions(
    *,
    kinds: Sequence[Kind] | None = None,
    bounds: Sequence[Bound] | None = None,
    ranges: bool = True,
) -> st.SearchStrategy[tuple[str, Quantity]]:
    """``(text, expected)``: a figure written as English news wording, and what it states.

    The wording covers digits ("12", "4,500", "12345", "1.25"), number words ("twelve",
    "twenty-one"), scale words and abbreviations ("3 million", "$1.2bn", "€40m"), currency
    symbols, codes and names ("$", "US$", "USD 3 million", "3 million euros"), hedges ("about",
    "more than", "almost", "at least", ...), ranges ("10-12%", "5 to 7 km", "between 10 and 12
    ships", "from $1 million to $2 million"), units with their plurals ("km", "kilometers",
    "miles", "tonnes", "mph"), percentages and count nouns ("12 ships", "1 ship").

    ``kinds`` restricts what is stated (``"count"``, ``"percent"``, ``"measure"``, ``"money"``);
    ``bounds`` the bound the wording sets (``"="`` covers plain figures and ranges);
    ``ranges=False`` leaves ranges out. ``claimtrack.extract(text)`` should find one claim whose
    quantity has the expected ``value``, ``low``, ``high``, ``bound``, ``unit``, ``kind`` and
    ``tolerance``; its span ends at the end of ``text`` and starts at the beginning, or after the
    "between"/"from" that opens a range.

    Shrinks towards ``("1 ship", Quantity(value=1.0, low=1.0, high=1.0, unit="ship", ...))``.
    """
    return _figures(kinds, bounds, ranges).map(lambda f: (f.text, f.quantity))


def _check_counts(min_figures: int, max_figures: int) -> None:
    if not 0 <= min_figures <= max_figures:
        raise InvalidArgument(
            f"need 0 <= min_figures <= max_figures, got {min_figures!r} and {max_figures!r}"
        )
    if max_figures > 50:
        raise InvalidArgument(f"max_figures={max_figures!r} is more than 50")


@st.composite
def _texts(
    draw: st.DrawFn,
    figures: st.SearchStrategy[_Figure],
    min_figures: int,
    max_figures: int,
    doc: Document,
) -> tuple[str, tuple[Claim, ...]]:
    # each figure comes with its own wording, so that the shrinker can drop whole figures
    clause = st.tuples(
        figures,
        st.sampled_from(_SUBJECTS),
        st.sampled_from(_VERBS),
        st.sampled_from(_TAILS),
        st.booleans(),  # whether the next figure continues this sentence (", while ...")
    )
    found = draw(st.lists(clause, min_size=min_figures, max_size=max_figures))
    if not found:
        return draw(st.sampled_from(_NO_FIGURE)), ()
    text = ""
    claims_found: list[Claim] = []
    sentence_start = 0
    pending: list[tuple[int, _Figure]] = []
    for i, (figure, subject, verb, tail, joined) in enumerate(found):
        if pending:
            text += f", while {subject[0].lower()}{subject[1:]} {verb} "
        else:
            text += (" " if text else "") + f"{subject} {verb} "
            sentence_start = len(text) - len(subject) - len(verb) - 2
        pending.append((len(text), figure))
        text += figure.text
        if joined and i + 1 < len(found):
            continue
        text += tail
        for here, fig in pending:
            claims_found.append(
                Claim(
                    doc=doc.id,
                    span=(here + fig.start, here + len(fig.text)),
                    text=fig.text[fig.start :],
                    quantity=fig.quantity,
                    sentence=text[sentence_start:],
                    source=doc.source,
                    published=doc.published,
                )
            )
        pending = []
    return text, tuple(claims_found)


def texts_with_figures(
    *,
    min_figures: int = 1,
    max_figures: int = 3,
    kinds: Sequence[Kind] | None = None,
    bounds: Sequence[Bound] | None = None,
    ranges: bool = True,
) -> st.SearchStrategy[tuple[str, tuple[Claim, ...]]]:
    """``(text, expected)``: sentences stating figures from :func:`mentions`, and their claims.

    The expected claims, in text order, carry the span and text of each mention, its quantity
    (as :func:`mentions` describes) and the sentence it is in; the document id is ``"doc"``.
    ``kinds``, ``bounds`` and ``ranges`` are as for :func:`mentions`. With ``min_figures=0`` the
    text may state no figure at all.

    Shrinks towards one short sentence stating ``min_figures`` plain counts ("The ministry
    reported 1 ship.").
    """
    _check_counts(min_figures, max_figures)
    figures = _figures(kinds, bounds, ranges)
    return _texts(figures, min_figures, max_figures, Document(text=""))


def documents_with_figures(
    *,
    min_figures: int = 1,
    max_figures: int = 3,
    kinds: Sequence[Kind] | None = None,
    bounds: Sequence[Bound] | None = None,
    ranges: bool = True,
    ids: st.SearchStrategy[str] | None = None,
    dated: bool | None = None,
) -> st.SearchStrategy[tuple[Document, tuple[Claim, ...]]]:
    """``(document, expected)``: a :class:`~claimtrack.Document` whose text states known figures.

    As :func:`texts_with_figures`, with the document's id, publication date (``dated`` as for
    :func:`documents`) and source copied into each expected claim.
    Shrinks towards ``Document(text="The ministry reported 1 ship.", id="doc")``.
    """
    _check_counts(min_figures, max_figures)
    _check_strategy("ids", ids)
    figures = _figures(kinds, bounds, ranges)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Document, tuple[Claim, ...]]:
        shell = draw(documents(ids=ids, texts=st.just(""), dated=dated))
        text, expected = draw(_texts(figures, min_figures, max_figures, shell))
        return shell.model_copy(update={"text": text}), expected

    return build()

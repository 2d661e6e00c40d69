"""How a figure is written in English news wording, together with what it states.

A figure is drawn as a :class:`Figure`: its text, where the claim's span starts in it, and the
expected :class:`~claimtrack.Quantity`. :func:`figures` is the strategy the text strategies use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimtrack.model import Bound, Kind, Quantity
from claimtrack.model.bounds import ABOUT_TOLERANCE, NEAR_TOLERANCE
from claimtrack.strategies._models import BOUNDS
from claimtrack.strategies._validation import check_choice

__all__ = ["Figure", "figures"]

_TEXT_KINDS: tuple[Kind, ...] = ("count", "percent", "measure", "money")

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


@dataclass(frozen=True)
class _Number:
    """A written number before any scale word: its text and its value."""

    text: str
    value: float
    words: bool = False


@dataclass(frozen=True)
class Figure:
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
) -> Figure:
    """One figure, hedged if ``hedged``: "12 ships", "about $1.2bn", "more than 7.5 per cent"."""
    form = draw(st.sampled_from(forms))
    text, value = draw(_scaled(form))
    body = form.prefix + text + (form.singular if value == 1 else form.plural)
    hedge: tuple[str, Bound, float] | None = None
    if hedged:
        hedge = draw(st.sampled_from(hedges))
    elif hedges:
        hedge = draw(st.none() | st.sampled_from(hedges))
    return Figure(f"{hedge[0]} {body}" if hedge else body, 0, _quantity(value, form, hedge))


@st.composite
def _range(draw: st.DrawFn, forms: Sequence[_Form]) -> Figure:
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
    return Figure(text, len(shape.split("{a}")[0]), quantity)


def figures(
    kinds: Sequence[Kind] | None, bounds: Sequence[Bound] | None, ranges: bool
) -> st.SearchStrategy[Figure]:
    chosen_kinds = check_choice("kinds", kinds, _TEXT_KINDS)
    chosen_bounds = check_choice("bounds", bounds, BOUNDS)
    forms = [f for f in _FORMS if f.kind in chosen_kinds]
    # ranges of money are written with a symbol on both ends: "$10 million to $12 million"
    range_forms = [f for f in forms if f.kind != "money" or f.abbreviations]
    hedges = [h for h in _HEDGES if h[1] in chosen_bounds]
    if "=" not in chosen_bounds and not hedges:
        raise InvalidArgument(f"bounds={bounds!r}: no supported wording sets these bounds")
    singles = _single(forms, hedges, hedged="=" not in chosen_bounds)
    return st.one_of(singles, _range(range_forms)) if ranges and "=" in chosen_bounds else singles

"""Properties of extraction that hold for any text, checked with hypothesis."""

from __future__ import annotations

import datetime as dt
import math
import time

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, ClaimtrackError, Document, Quantity

# Text that looks like news figures: pieces of the lexicon glued with arbitrary characters, so
# that hypothesis reaches the scan's alternatives far more often than with random letters.
PIECES = st.sampled_from([
    "about ", "more than ", "almost ", "up to ", "between ", " and ", " to ", "-", "–", "$", "€",
    "£", "US$", "1", "19", "4,500", "520.000", "1.2", ".5", "2 1/2", "1/4", "million", "bn", "k",
    " km", " miles", "%", " per cent", " percentage points", " doses", " countries", " per day",
    "tens of ", "dozens of ", "a few ", "hundred", "twenty-five", "half a ", "fifth ", "21st ",
    "June 5", "2021", "2021-07-28", "COVID-19", "https://x.org/1", "1. ", "10:30 am", " ", "\n",
    ",", ".", "(", ")", "rose ", "fell by ", "°C", "-", "−",
    " ± ", "+/-", " cents", " dollars", " USD", "MUSD", " ft", " in", " inches", " of", " de ",
    " millones", "12,50", "×10−4", "e5", "½", "two thirds", " quarters", " and a half", " or ",
    " pence", "m", " tall", "2019-20", " a year earlier",
])  # fmt: skip
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join)
TEXTS = st.one_of(st.text(max_size=200), NEWSY)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_extract_is_total_and_spans_point_at_mentions(text: str) -> None:
    doc = Document(text=text)
    try:
        claims = claimtrack.extract(doc)
    except ClaimtrackError:
        return  # the library's own errors are allowed; anything else fails the test
    previous_start = -1
    for claim in claims:
        assert doc.text[slice(*claim.span)] == claim.text
        assert claim.text.strip() == claim.text and claim.text
        assert claim.span[0] >= previous_start
        previous_start = claim.span[0]


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_quantities_are_finite_and_ordered(text: str) -> None:
    for claim in claimtrack.extract(text):
        q = claim.quantity
        ends = [x for x in (q.low, q.value, q.high) if x is not None]
        assert all(math.isfinite(x) for x in ends)
        assert ends == sorted(ends)
        if q.value is not None and q.bound == "=":
            assert q.low == q.value == q.high
        interval = q.interval
        if interval.low is not None and interval.high is not None:
            assert interval.low <= interval.high


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" km", " doses", "%", ""]))
def test_written_figure_reads_back(number: int, unit: str) -> None:
    text = f"The agency reported {number:,}{unit} on Tuesday."
    figures = [c for c in claimtrack.extract(text) if c.text.startswith(f"{number:,}")]
    if unit == "" or (1000 <= number <= 2100 and unit == " doses"):
        return  # a bare number is no figure; a lone 4-digit count may be read as a year
    assert len(figures) == 1
    assert figures[0].quantity.value == number


def test_long_pathological_inputs_finish() -> None:
    """Not a speed test (see benchmarks/bench_extract.py): only that nothing explodes."""
    for unit in ("1,", "1 ", "million ", "about ", "more than ", "$", ".", "9", "a", "1."):
        text = unit * (200_000 // len(unit))
        start = time.perf_counter()
        claimtrack.extract(text)
        assert time.perf_counter() - start < 10.0, unit


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from([None, "wire"]), st.sampled_from([None, dt.date(2022, 3, 8)]))
def test_quantities_only_mode_reads_the_same_figures(
    text: str, source: str | None, published: dt.date | None
) -> None:
    """``context=False`` finds the same spans and quantities, and leaves context at defaults."""
    doc = Document(text=text, id="d", source=source, published=published)
    try:
        full = claimtrack.extract(doc)
    except ClaimtrackError:
        return
    bare = claimtrack.extract(doc, context=False)
    assert [(c.span, c.text, c.quantity) for c in bare] == [
        (c.span, c.text, c.quantity) for c in full
    ]
    defaults = Claim(doc="d", span=(0, 0), text="", quantity=Quantity(value=0, low=0, high=0))
    for claim in bare:
        assert (claim.doc, claim.source, claim.published) == ("d", source, published)
        assert claim.model_dump(exclude=_BARE_FIELDS) == defaults.model_dump(exclude=_BARE_FIELDS)


_BARE_FIELDS = {"id", "doc", "span", "text", "quantity", "source", "published"}

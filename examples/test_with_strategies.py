"""Using claimtrack.strategies in your own test suite: copy this file next to your tests.

Run with ``pytest examples/test_with_strategies.py`` (needs ``pip install claimtrack[hypothesis]``).
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, Quantity
from claimtrack.strategies import mentions, quantities, texts_with_figures

# Extraction is a few milliseconds per text: keep the example counts modest and no deadline.
EXTRACTING = settings(max_examples=50, deadline=None)


# ---------------------------------------------------------------------------- code of your own


def highlight(text: str) -> str:
    """Mark every figure claimtrack finds: "about [[3 km]] of road"."""
    out, last = [], 0
    for claim in claimtrack.extract(text):
        start, end = claim.span
        out += [text[last:start], "[[", text[start:end], "]]"]
        last = end
    return "".join([*out, text[last:]])


def widest(claims: list[Claim]) -> float | None:
    """The largest upper limit any of the claims states (None when none is bounded above)."""
    highs = [c.quantity.high for c in claims if c.quantity.high is not None]
    return max(highs, default=None)


# ---------------------------------------------------------------------------- its properties


@EXTRACTING
@given(texts_with_figures(max_figures=3))
def test_highlight_marks_every_figure_and_keeps_the_text(
    case: tuple[str, tuple[Claim, ...]],
) -> None:
    text, expected = case
    marked = highlight(text)
    assert marked.replace("[[", "").replace("]]", "") == text
    assert marked.count("[[") == len(expected)
    for claim in expected:
        assert f"[[{claim.text}]]" in marked


@given(st.lists(st.from_type(Claim), max_size=5))
def test_widest_bounds_every_claim(claims: list[Claim]) -> None:
    top = widest(claims)
    for claim in claims:
        if claim.quantity.high is not None:
            assert top is not None and claim.quantity.high <= top


@given(quantities(kinds=["money"], bounds=["="], ranges=False, max_value=1e12))
def test_money_figures_are_exact_points(q: Quantity) -> None:
    assert q.value is not None and q.low == q.value == q.high
    assert q.unit.isupper()


@EXTRACTING
@given(mentions(kinds=["percent", "measure"]))
def test_extract_reads_what_was_written(mention: tuple[str, Quantity]) -> None:
    text, expected = mention
    [claim] = claimtrack.extract(text)
    got = claim.quantity
    assert (got.unit, got.bound) == (expected.unit, expected.bound)
    for name in ("value", "low", "high"):
        a, b = getattr(got, name), getattr(expected, name)
        assert (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))

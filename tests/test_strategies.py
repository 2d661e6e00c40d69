"""claimtrack.strategies: the strategies respect their arguments and the models' invariants."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimtrack import Claim, Document, Quantity
from claimtrack import strategies as cts

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(cts.quantities())
def test_quantity_limits_are_ordered(q: Quantity) -> None:
    ends = [x for x in (q.low, q.value, q.high) if x is not None]
    assert ends == sorted(ends)
    assert all(math.isfinite(x) for x in ends)


@FAST
@given(cts.quantities(ranges=False))
def test_interval_contains_the_figure_or_has_it_as_open_end(q: Quantity) -> None:
    assert q.value is not None
    interval = q.interval
    if q.bound in ("=", "~", "<=", ">="):
        assert q.value in interval
    elif q.bound == "<":
        assert q.value not in interval
        assert interval.high == q.value
    else:
        assert q.value not in interval
        assert interval.low == q.value


@FAST
@given(cts.quantities(ranges=True))
def test_interval_contains_the_stated_limits(q: Quantity) -> None:
    interval = q.interval
    if q.bound in ("=", "~") and not q.vague:
        assert q.low is not None and q.high is not None
        assert q.low in interval and q.high in interval
    if q.vague:
        assert q.value is None and q.low is not None and q.low in interval


@FAST
@given(
    cts.quantities(kinds=["money", "percent"], bounds=[">", ">="], min_value=10.0, max_value=20.0)
)
def test_quantities_respect_their_arguments(q: Quantity) -> None:
    assert q.kind in ("money", "percent")
    assert q.bound in (">", ">=")
    assert q.value is not None and 10.0 <= q.value <= 20.0
    assert q.high is None


@FAST
@given(cts.quantities(units=["kilometer", "GBP"]))
def test_units_argument_sets_unit_and_kind(q: Quantity) -> None:
    assert (q.unit, q.kind) in (("kilometer", "measure"), ("GBP", "money"))


@FAST
@given(cts.claims(docs=st.just("a")))
def test_claim_span_fits_its_text(claim: Claim) -> None:
    start, end = claim.span
    assert claim.doc == "a"
    assert end - start == len(claim.text)


@FAST
@given(cts.documents(dated=True), cts.documents(dated=False))
def test_documents_dated_argument(dated: Document, undated: Document) -> None:
    assert dated.published is not None
    assert undated.published is None


@FAST
@given(st.from_type(Claim), st.from_type(Quantity), st.from_type(Document))
def test_from_type_uses_the_registered_strategies(c: Claim, q: Quantity, d: Document) -> None:
    assert isinstance(c, Claim) and isinstance(q, Quantity) and isinstance(d, Document)
    assert c.span[1] - c.span[0] == len(c.text)


@FAST
@given(cts.mentions(kinds=["money"], bounds=["<", "<="]))
def test_mentions_respect_kinds_and_bounds(mention: tuple[str, Quantity]) -> None:
    text, q = mention
    assert q.kind == "money" and q.bound in ("<", "<=")
    assert q.low is None and q.high == q.value
    assert text.split()[0] in ("almost", "at", "nearly", "under", "less", "no", "as")


@FAST
@given(cts.texts_with_figures(min_figures=0, max_figures=4))
def test_expected_spans_index_the_text(case: tuple[str, tuple[Claim, ...]]) -> None:
    text, claims = case
    assert len(claims) <= 4
    for claim in claims:
        start, end = claim.span
        assert text[start:end] == claim.text
        assert claim.sentence in text
    assert [c.span for c in claims] == sorted(c.span for c in claims)


@FAST
@given(cts.documents_with_figures(ids=st.just("brief"), dated=True))
def test_documents_with_figures_carry_the_document(case: tuple[Document, Any]) -> None:
    doc, claims = case
    assert claims and doc.published is not None
    for claim in claims:
        assert (claim.doc, claim.published, claim.source) == (doc.id, doc.published, doc.source)
        assert doc.text[claim.span[0] : claim.span[1]] == claim.text


def test_mentions_shrink_to_the_documented_example() -> None:
    text, q = find(cts.mentions(), lambda _: True, settings=settings(database=None))
    assert text == "1 ship"
    assert (q.value, q.low, q.high, q.bound, q.unit) == (1.0, 1.0, 1.0, "=", "ship")


def test_texts_shrink_to_one_short_sentence() -> None:
    text, claims = find(cts.texts_with_figures(), lambda _: True, settings=settings(database=None))
    assert text == "The ministry reported 1 ship."
    assert [c.text for c in claims] == ["1 ship"]


def test_quantities_shrink_to_min_value() -> None:
    q = find(cts.quantities(min_value=5.0), lambda _: True, settings=settings(database=None))
    assert (q.value, q.low, q.high, q.bound) == (5.0, 5.0, 5.0, "=")


BAD_ARGUMENTS = {
    "min above max": lambda: cts.quantities(min_value=2.0, max_value=1.0),
    "nan bound": lambda: cts.quantities(min_value=math.nan),
    "infinite bound": lambda: cts.quantities(max_value=math.inf),
    "empty kinds": lambda: cts.quantities(kinds=[]),
    "unknown kind": lambda: cts.quantities(kinds=["volume"]),  # type: ignore[list-item]
    "unknown bound": lambda: cts.quantities(bounds=["~~"]),  # type: ignore[list-item]
    "units as one string": lambda: cts.quantities(units="kilometer"),
    "empty unit": lambda: cts.quantities(units=[""]),
    "no unit of the kinds": lambda: cts.quantities(units=["kilometer"], kinds=["money"]),
    "documents dated": lambda: cts.documents(dated="yes"),  # type: ignore[arg-type]
    "claims not a strategy": lambda: cts.claims(quantities=[1.0]),  # type: ignore[arg-type]
    "document ids not a strategy": lambda: cts.documents_with_figures(ids="a"),  # type: ignore[arg-type]
    "mention kind": lambda: cts.mentions(kinds=["ordinal"]),
    "mention bounds empty": lambda: cts.mentions(bounds=[]),
    "figures reversed": lambda: cts.texts_with_figures(min_figures=3, max_figures=1),
    "figures negative": lambda: cts.documents_with_figures(min_figures=-1),
    "figures too many": lambda: cts.texts_with_figures(max_figures=1000),
}


@pytest.mark.parametrize("make", BAD_ARGUMENTS.values(), ids=BAD_ARGUMENTS.keys())
def test_impossible_arguments_raise_invalid_argument(make: Any) -> None:
    with pytest.raises(InvalidArgument):
        make()


def test_public_names_are_sorted_and_say_what_they_shrink_to() -> None:
    assert cts.__all__ == sorted(cts.__all__)
    for name in cts.__all__:
        doc = getattr(cts, name).__doc__
        assert doc and "Shrinks towards" in doc, name


def test_the_docs_examples_run() -> None:
    page = Path(__file__).parent.parent / "docs" / "strategies.md"
    blocks = regex.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), regex.DOTALL)
    assert len(blocks) >= 2
    for block in blocks:
        exec(compile(block, str(page), "exec"), {"__name__": "docs_example"})


def test_registration_works_whichever_module_is_imported_first() -> None:
    code = (
        "import claimtrack.strategies\n"
        "from hypothesis import strategies as st\n"
        "from claimtrack import Claim, Document, Quantity\n"
        "for model in (Claim, Document, Quantity):\n"
        "    assert isinstance(st.from_type(model).example(), model)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

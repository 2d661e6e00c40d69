"""Round trips: render a figure, extract it back; dump a model to JSON, read it back."""

from __future__ import annotations

import math
from collections.abc import Callable

import regex
from hypothesis import find, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, Document, Quantity
from claimtrack import strategies as cts

ROUND_TRIP = settings(max_examples=120, deadline=None)
JSON = settings(max_examples=80, deadline=None)
Extract = Callable[[str], list[Claim]]


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9)


def reads_as(got: Quantity, expected: Quantity) -> bool:
    """True when an extracted quantity states what the rendered one does."""
    return (
        all(_same_number(getattr(got, f), getattr(expected, f)) for f in ("value", "low", "high"))
        and (got.bound, got.unit, got.kind) == (expected.bound, expected.unit, expected.kind)
        and math.isclose(got.tolerance, expected.tolerance)
    )


def round_trips(extract: Extract, text: str, expected: tuple[Claim, ...]) -> bool:
    """True when ``extract`` finds exactly the expected claims, spans and quantities."""
    got = extract(text)
    return len(got) == len(expected) and all(
        g.span == e.span and g.text == e.text and reads_as(g.quantity, e.quantity)
        for g, e in zip(got, expected, strict=True)
    )


# ---------------------------------------------------------------------------- render, extract


@ROUND_TRIP
@given(cts.mentions())
def test_a_mention_extracts_to_its_quantity(mention: tuple[str, Quantity]) -> None:
    text, expected = mention
    [claim] = claimtrack.extract(text)
    assert reads_as(claim.quantity, expected), (claim.quantity, expected)
    assert claim.span[1] == len(text)
    assert text.endswith(claim.text)
    assert text.startswith(claim.text) or text.split()[0] in ("between", "from")


@ROUND_TRIP
@given(cts.texts_with_figures(min_figures=0, max_figures=4))
def test_texts_extract_to_their_claims(case: tuple[str, tuple[Claim, ...]]) -> None:
    text, expected = case
    got = claimtrack.extract(text)
    assert [c.span for c in got] == [c.span for c in expected]
    assert [c.text for c in got] == [c.text for c in expected]
    for g, e in zip(got, expected, strict=True):
        assert reads_as(g.quantity, e.quantity), (g.text, g.quantity, e.quantity)


@ROUND_TRIP
@given(cts.texts_with_figures(ranges=False, bounds=["=", "~", "<=", ">="]))
def test_the_stated_figure_lies_in_the_committed_interval(
    case: tuple[str, tuple[Claim, ...]],
) -> None:
    text, expected = case
    for got, e in zip(claimtrack.extract(text), expected, strict=True):
        assert e.quantity.value is not None
        assert e.quantity.value in got.quantity.interval


@settings(max_examples=40, deadline=None)
@given(cts.documents_with_figures(ids=st.sampled_from(["a", "b-2"])))
def test_documents_extract_with_their_id_and_date(case: tuple[Document, tuple[Claim, ...]]) -> None:
    doc, expected = case
    got = claimtrack.extract(doc)
    assert [(c.doc, c.span, c.published, c.source) for c in got] == [
        (e.doc, e.span, e.published, e.source) for e in expected
    ]


# ---------------------------------------------------------------------------- JSON


@JSON
@given(st.from_type(Quantity))
def test_quantity_json_round_trip(q: Quantity) -> None:
    assert Quantity.model_validate_json(q.model_dump_json()) == q


@JSON
@given(cts.claims())
def test_claim_json_round_trip(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@JSON
@given(cts.documents())
def test_document_json_round_trip(doc: Document) -> None:
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@settings(max_examples=30, deadline=None)
@given(cts.documents_with_figures())
def test_extracted_claims_json_round_trip(case: tuple[Document, tuple[Claim, ...]]) -> None:
    claims = claimtrack.extract(case[0])
    assert claims
    for claim in claims:
        assert Claim.model_validate_json(claim.model_dump_json()) == claim


# ---------------------------------------------------------------------------- the property bites

_SCALE = regex.compile(r"(?<=\d)\s?(thousand|million|billion|trillion|bn|m|k)\b")
_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FACTORS |= {"bn": 1e9, "m": 1e6, "k": 1e3}


def _drops_scale_words(text: str) -> list[Claim]:
    """A broken extractor: reads "3 million" as 3."""
    broken = []
    for claim in claimtrack.extract(text):
        match = _SCALE.search(claim.text)
        if match is not None:
            factor = _FACTORS[match.group(1)]
            q = claim.quantity
            scaled = {f: None if getattr(q, f) is None else getattr(q, f) / factor
                      for f in ("value", "low", "high")}  # fmt: skip
            claim = claim.model_copy(update={"quantity": q.model_copy(update=scaled)})
        broken.append(claim)
    return broken


def _ignores_hedges(text: str) -> list[Claim]:
    """A broken extractor: reads "more than 300" as exactly 300."""
    broken = []
    for claim in claimtrack.extract(text):
        q = claim.quantity
        if q.value is not None:
            plain = {"bound": "=", "low": q.value, "high": q.value, "tolerance": 0.0}
            claim = claim.model_copy(update={"quantity": q.model_copy(update=plain)})
        broken.append(claim)
    return broken


def _shrunk_counterexample(extract: Extract) -> tuple[str, tuple[Claim, ...]]:
    return find(
        cts.texts_with_figures(max_figures=2),
        lambda case: not round_trips(extract, *case),
        settings=settings(derandomize=True, max_examples=300, database=None, deadline=None),
    )


def test_the_round_trip_holds_for_the_real_extractor() -> None:
    text = "Officials counted more than 3 million doses."
    expected = Quantity(value=3e6, low=3e6, high=None, bound=">", unit="dose", kind="count")
    claim = Claim(doc="doc", span=(18, 43), text=text[18:43], quantity=expected)
    assert round_trips(claimtrack.extract, text, (claim,))
    assert not round_trips(_drops_scale_words, text, (claim,))
    assert not round_trips(_ignores_hedges, text, (claim,))


def test_round_trip_catches_an_extractor_that_drops_scale_words() -> None:
    text, expected = _shrunk_counterexample(_drops_scale_words)
    assert len(expected) == 1 and len(text) <= 45, text
    assert _SCALE.search(expected[0].text), text


def test_round_trip_catches_an_extractor_that_ignores_hedges() -> None:
    text, expected = _shrunk_counterexample(_ignores_hedges)
    assert len(expected) == 1 and len(text) <= 45, text
    assert expected[0].quantity.bound != "=", text

"""Number parsing and stated precision: digits, fractions, number words."""

from __future__ import annotations

import math

import pytest

from claimtrack import default_lexicon
from claimtrack.extract.numbers import parse_digits, parse_fraction, words_value
from claimtrack.model.bounds import stated_precision


@pytest.mark.parametrize(
    ("text", "value", "plain"),
    [
        pytest.param("4,500", 4500.0, "4500", id="comma-thousands"),
        pytest.param("1,234.5", 1234.5, "1234.5", id="comma-and-point"),
        pytest.param("520.000", 520000.0, "520000", id="european-zeros"),
        pytest.param("1.234.567", 1234567.0, "1234567", id="european-groups"),
        pytest.param("1.234.567,89", 1234567.89, "1234567.89", id="european-decimal-comma"),
        pytest.param("1.5", 1.5, "1.5", id="decimal"),
        pytest.param(".5", 0.5, "0.5", id="leading-point"),
        pytest.param("\u22123", -3.0, "-3", id="unicode-minus"),
        pytest.param("+7", 7.0, "7", id="plus"),
    ],
)
def test_parse_digits(text: str, value: float, plain: str) -> None:
    assert parse_digits(text) == (value, plain)


@pytest.mark.parametrize(("text", "value"), [("1/2", 0.5), ("3/4", 0.75)])
def test_parse_fraction(text: str, value: float) -> None:
    assert parse_fraction(text) == value


def test_a_zero_denominator_is_no_value() -> None:
    assert math.isnan(parse_fraction("1/0"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("thirteen", 13.0),
        ("two hundred and forty-five", 245.0),
        ("a dozen", 12.0),
        ("half a million", 5e5),
        ("three hundred thousand", 3e5),
        ("twenty five million", 2.5e7),
    ],
)
def test_words_value(text: str, value: float) -> None:
    assert words_value(text, default_lexicon()) == value


@pytest.mark.parametrize(
    ("digits", "multiplier", "is_count", "has_scale", "precision"),
    [
        pytest.param("4500", 1.0, False, False, 50.0, id="trailing-zeros-rounded"),
        pytest.param("1.2", 1e9, False, True, 5e7, id="scaled-decimal"),
        pytest.param("19", 1.0, True, False, 0.0, id="small-count-exact"),
        pytest.param("4501", 1.0, True, False, 0.0, id="unrounded-count-exact"),
        pytest.param("9" * 5000, 1.0, False, False, 0.5, id="digit-run-beyond-int-limit"),
    ],
)  # fmt: skip
def test_stated_precision(
    digits: str, multiplier: float, is_count: bool, has_scale: bool, precision: float
) -> None:
    assert stated_precision(digits, multiplier, is_count, has_scale) == precision

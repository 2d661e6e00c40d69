"""Number parsing and stated precision: digits, fractions, number words."""

from __future__ import annotations

import math

import pytest

from claimtrack import default_lexicon, extract
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


SEPARATOR_CASES = [
    # (text, the figure's text, its value): "12.400" read by the way the document writes numbers
    pytest.param("La mina extrajo 3.250 toneladas, un 4,5% más que en 2022.",
                 "3.250 toneladas", 3250.0, id="decimal-comma-elsewhere"),
    pytest.param("El puerto movió 1.250.000 contenedores y 2.750 buques.",
                 "2.750 buques", 2750.0, id="dot-groups-elsewhere"),
    pytest.param("Output rose 2.5% to 1.250 million barrels a day.",
                 "1.250 million barrels a day", 1.25e6, id="decimal-point-elsewhere"),
    pytest.param("Shares closed at 3.125 dollars.", "3.125 dollars", 3.125, id="no-evidence"),
    pytest.param("Vendió 0.875 kilos y 12,5 litros.", "0.875 kilos", 0.875, id="leading-zero"),
    pytest.param("Hubo 1,5 millones de turistas, 2.400 más que en 2023: 8,25 y 1.7 por ciento.",
                 "2.400 más", 2400.0, id="european-majority"),
    pytest.param("Hubo 1,5 millones de turistas, 2.400 más que en 2023: 1.7 por ciento.",
                 "2.400 más", 2.4, id="a-tie-is-english"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "value"), SEPARATOR_CASES)
def test_dots_are_read_the_way_the_document_writes_numbers(
    text: str, figure: str, value: float
) -> None:
    claims = {c.text: c.quantity.value for c in extract(text, context=False)}
    assert claims[figure] == pytest.approx(value)

"""Compatibility shim: number parsing moved to :mod:`claimtrack.extract.numbers` (issue #11).
The lead removes this module at integration."""

from claimtrack.extract.numbers import (
    exponent_value,
    parse_digits,
    parse_fraction,
    power,
    power_value,
    words_value,
)

__all__ = [
    "exponent_value",
    "parse_digits",
    "parse_fraction",
    "power",
    "power_value",
    "words_value",
]

"""Units through pint: the registry with claimtrack's definitions, conversion, dimensions.

pint is imported only here and only when a unit is first converted, so ``import claimtrack``
stays fast. :func:`default_registry` builds pint's default registry extended with
``claimtrack/data/units.txt`` (currencies, percentage points, TEU) on first use. Count nouns
("dose", "country") are each their own dimension; one not in the file yet is defined on the
registry the first time it is converted, which only ever adds the same definition.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any

import regex

from claimtrack._errors import UnitError
from claimtrack._lexicon import data_path

if TYPE_CHECKING:
    import pint

    from claimtrack._models import Quantity

__all__ = ["convert_quantity", "default_registry", "dimension_key", "factor_to_base", "to_pint"]

_NOUN = regex.compile(r"[^\W\d_][\w-]*+")


@functools.cache
def default_registry() -> pint.UnitRegistry[Any]:
    """pint's default registry plus claimtrack's definitions (built once, on first use)."""
    import pint

    registry: pint.UnitRegistry[Any] = pint.UnitRegistry(
        autoconvert_offset_to_baseunit=True, on_redefinition="ignore"
    )
    registry.load_definitions(str(data_path("units.txt")))
    return registry


def _units(unit: str, registry: pint.UnitRegistry[Any]) -> pint.Unit:
    import pint

    try:
        return registry.parse_units(unit)
    except (pint.UndefinedUnitError, AttributeError, TypeError, ValueError) as exc:
        if _NOUN.fullmatch(unit):
            registry.define(f"{unit} = [{unit}]")
            return registry.parse_units(unit)
        raise UnitError(f"unknown unit {unit!r}: {exc}") from exc
    except pint.errors.DefinitionSyntaxError as exc:
        raise UnitError(f"unknown unit {unit!r}: {exc}") from exc


def to_pint(
    quantity: Quantity, registry: pint.UnitRegistry[Any] | None = None
) -> pint.Quantity[Any]:
    """``quantity`` as a pint Quantity: its value, or the middle of its limits."""
    registry = registry or default_registry()
    value = quantity.value
    if value is None:
        ends = [x for x in (quantity.low, quantity.high) if x is not None]
        value = sum(ends) / len(ends) if ends else math.nan
    if quantity.unit == "dimensionless":
        return registry.Quantity(value)
    return registry.Quantity(value, _units(quantity.unit, registry))


def convert_quantity(
    quantity: Quantity, unit: str, registry: pint.UnitRegistry[Any] | None = None
) -> Quantity:
    """``quantity`` with value, limits and precision expressed in ``unit``."""
    import pint

    registry = registry or default_registry()
    source = _units(quantity.unit, registry) if quantity.unit != "dimensionless" else None
    target = _units(unit, registry) if unit != "dimensionless" else None

    def conv(x: float | None) -> float | None:
        if x is None:
            return None
        try:
            return float(registry.Quantity(x, source).to(target).magnitude)
        except pint.DimensionalityError as exc:
            raise UnitError(f"cannot convert {quantity.unit!r} to {unit!r}: {exc}") from exc

    scale = abs(conv(1.0) - conv(0.0)) if quantity.precision else 0.0  # type: ignore[operator]
    return quantity.model_copy(
        update={
            "value": conv(quantity.value),
            "low": conv(quantity.low),
            "high": conv(quantity.high),
            "unit": unit,
            "precision": quantity.precision * scale,
        }
    )


@functools.cache
def dimension_key(unit: str) -> str:
    """A string equal for units that convert into each other ("km" and "mile": "[length]")."""
    registry = default_registry()
    if unit == "dimensionless":
        return "dimensionless"
    return str(_units(unit, registry).dimensionality)


@functools.cache
def factor_to_base(unit: str) -> tuple[str, float, float]:
    """``(base_unit, factor, offset)`` with ``base = value * factor + offset`` (°C, °F too)."""
    registry = default_registry()
    if unit == "dimensionless":
        return "dimensionless", 1.0, 0.0
    units = _units(unit, registry)
    zero = registry.Quantity(0.0, units).to_base_units()
    one = registry.Quantity(1.0, units).to_base_units()
    return str(one.units), float(one.magnitude - zero.magnitude), float(zero.magnitude)

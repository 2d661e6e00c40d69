"""Shim while the restructure lands: units live in :mod:`claimtrack.units`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

from claimtrack.units import default_units

__all__ = ["default_registry", "dimension_key", "factor_to_base"]


def default_registry() -> pint.UnitRegistry[Any]:
    return default_units().registry


def factor_to_base(unit: str) -> tuple[str, float, float]:
    return default_units().factor_to_base(unit)


def dimension_key(unit: str) -> str:
    return default_units().dimension(unit)

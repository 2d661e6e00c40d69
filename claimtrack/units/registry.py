"""The :class:`Units` object: one pint registry and what claimtrack asks of it.

pint is imported only when a unit is first converted, so ``import claimtrack`` stays fast.
Currencies are each their own base dimension (``USD = [currency_USD]`` in ``units.txt``), so no
two currencies convert unless the check is given rates. A count noun ("dose", "country") that
the registry does not know is its own dimension, ``[dose]``: :meth:`Units.factor_to_base` and
:meth:`Units.dimension` answer for it without touching the registry; only :meth:`Units.parse`
(for :meth:`~claimtrack.Quantity.to_pint`) defines it, on this object's own registry.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from claimtrack._errors import UnitError

if TYPE_CHECKING:
    import pint

__all__ = ["BASES", "DEFINITIONS", "Units", "default_units"]

DEFINITIONS = Path(__file__).with_name("units.txt")
"""claimtrack's additions to pint's default registry, in pint's definition syntax."""

BASES = Path(__file__).with_name("bases.json")
"""The base of every unit the shipped lexicons name, as pint computes it with
:data:`DEFINITIONS` (written by ``scripts/build_unit_bases.py``): a :class:`Units` of the default
registry reads a base from it instead of building the registry."""

_NOUN = regex.compile(r"[^\W\d_][\w-]*+")

Base = tuple[str, float, float]
"""``(base_unit, factor, offset)``: ``value * factor + offset`` is in ``base_unit``."""


class Units:
    """A pint registry (built lazily) and the conversions claimtrack needs from it.

    ``registry`` is a pint ``UnitRegistry`` of the user's; without it, pint's default registry
    plus :data:`DEFINITIONS`. A :class:`Units` pickles as its definitions: the registry is built
    again where it is unpickled (a user's own registry is pickled as pint pickles it).
    """

    def __init__(
        self, registry: pint.UnitRegistry[Any] | None = None, *, definitions: Path = DEFINITIONS
    ) -> None:
        self._given = registry
        self._definitions = definitions
        self._registry: pint.UnitRegistry[Any] | None = registry
        self._bases: dict[str, Base | None] = {}
        self._lock = threading.Lock()
        self._known: dict[str, Base] | None = None if registry or definitions != DEFINITIONS else {}

    def __getstate__(self) -> dict[str, Any]:
        return {"registry": self._given, "definitions": self._definitions}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["registry"], definitions=state["definitions"])  # type: ignore[misc]

    @property
    def registry(self) -> pint.UnitRegistry[Any]:
        """The pint registry (pint's defaults plus claimtrack's definitions, built once)."""
        if self._registry is None:
            with self._lock:
                if self._registry is None:
                    self._registry = _build_registry(self._definitions)
        return self._registry

    def parse(self, unit: str) -> pint.Unit:
        """The pint unit ``unit`` names; a plain noun pint does not know becomes its own
        dimension on this object's registry. Raises :class:`~claimtrack.UnitError`."""
        import pint

        registry = self.registry
        try:
            return registry.parse_units(unit)
        except (pint.UndefinedUnitError, AttributeError, TypeError, ValueError) as exc:
            if _NOUN.fullmatch(unit):
                with self._lock:
                    registry.define(f"{unit} = [{unit}]")
                return registry.parse_units(unit)
            raise UnitError(f"unknown unit {unit!r}: {exc}") from exc
        except pint.errors.DefinitionSyntaxError as exc:
            raise UnitError(f"unknown unit {unit!r}: {exc}") from exc

    def quantity(self, value: float, unit: str) -> pint.Quantity[Any]:
        """``value`` in ``unit`` as a pint Quantity."""
        if unit == "dimensionless":
            return self.registry.Quantity(value)
        return self.registry.Quantity(value, self.parse(unit))

    def convert(self, values: Sequence[float | None], unit: str, target: str) -> list[float | None]:
        """``values`` (``None`` stays ``None``) in ``unit``, expressed in ``target``.

        Raises :class:`~claimtrack.UnitError` when the dimensions differ.
        """
        import pint

        source = self.parse(unit) if unit != "dimensionless" else None
        goal = self.parse(target) if target != "dimensionless" else None
        out: list[float | None] = []
        for x in values:
            try:
                out.append(
                    None
                    if x is None
                    else float(self.registry.Quantity(x, source).to(goal).magnitude)
                )
            except pint.DimensionalityError as exc:
                raise UnitError(f"cannot convert {unit!r} to {target!r}: {exc}") from exc
        return out

    def factor_to_base(self, unit: str) -> Base:
        """``(base_unit, factor, offset)`` of ``unit`` (°C and °F have an offset).

        Raises :class:`~claimtrack.UnitError` for a unit that is neither pint's nor a noun.
        """
        if unit not in self._bases:
            self._bases[unit] = self._base(unit)
        base = self._bases[unit]
        if base is None:
            raise UnitError(f"unknown unit {unit!r}")
        return base

    def dimension(self, unit: str) -> str:
        """A string equal for units that convert into each other ("km" and "mile")."""
        return self.factor_to_base(unit)[0]

    def _base(self, unit: str) -> Base | None:
        if self._known is not None:
            if not self._known:
                self._known.update(_read_bases())
            known = self._known.get(unit)
            if known is not None:
                return known
        return self.pint_base(unit)

    def pint_base(self, unit: str) -> Base | None:
        """``(base_unit, factor, offset)`` of ``unit`` as pint computes it, or None for a unit
        that is neither pint's nor a noun (see :meth:`factor_to_base`)."""
        import pint

        if unit == "dimensionless":
            return "dimensionless", 1.0, 0.0
        registry = self.registry
        try:
            units = registry.parse_units(unit)
        except (pint.UndefinedUnitError, AttributeError, TypeError, ValueError):
            return (f"[{unit}]", 1.0, 0.0) if _NOUN.fullmatch(unit) else None
        except pint.errors.DefinitionSyntaxError:
            return None
        zero = registry.Quantity(0.0, units).to_base_units()
        one = registry.Quantity(1.0, units).to_base_units()
        return str(one.units), float(one.magnitude - zero.magnitude), float(zero.magnitude)


def _read_bases() -> dict[str, Base]:
    try:
        table = json.loads(BASES.read_text(encoding="utf-8"))["bases"]
        return {
            unit: (str(base), float(factor), float(offset))
            for unit, (base, factor, offset) in table.items()
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UnitError(f"{BASES}: cannot read the table of unit bases: {exc}") from exc


def _build_registry(definitions: Path) -> pint.UnitRegistry[Any]:
    import pint

    registry: pint.UnitRegistry[Any] = pint.UnitRegistry(
        autoconvert_offset_to_baseunit=True, on_redefinition="ignore"
    )
    registry.load_definitions(str(definitions))
    return registry


@functools.cache
def default_units() -> Units:
    """The :class:`Units` of claimtrack's own definitions (built on first use, then shared)."""
    return Units()

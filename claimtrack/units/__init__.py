"""Units through pint: claimtrack's definitions, conversion factors and dimensions.

A :class:`Units` holds one pint registry, built on first use from pint's defaults and
``units.txt`` beside this module (currencies, percentage points, TEU), or a registry the user
gives. Everything that converts or compares units asks a :class:`Units`, so a user's own
registry is honoured everywhere. This package knows nothing of claims: it converts numbers
named by unit strings.

>>> units = Units()
>>> units.factor_to_base("kilometer")
('meter', 1000.0, 0.0)
>>> units.dimension("USD") == units.dimension("EUR"), units.dimension("dose")
(False, '[dose]')
>>> units.convert([1.0, None], "mile", "kilometer")
[1.609344, None]
"""

from claimtrack.units.registry import BASES, DEFINITIONS, Units, default_units

__all__ = ["BASES", "DEFINITIONS", "Units", "default_units"]

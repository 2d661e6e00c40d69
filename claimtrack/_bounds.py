"""Shim while the restructure lands: the bounds live in :mod:`claimtrack.model.bounds`."""

from claimtrack.model.bounds import *  # noqa: F403
from claimtrack.model.bounds import __all__ as __all__

"""Shim while the restructure lands: the models live in :mod:`claimtrack.model`."""

from claimtrack.model import *  # noqa: F403
from claimtrack.model import __all__ as __all__

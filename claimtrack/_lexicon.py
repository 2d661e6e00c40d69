"""Compatibility shim: the lexicon lives in :mod:`claimtrack.lang` now.

Re-exports :class:`~claimtrack.lang.Lexicon`, :func:`default_lexicon` (the shipped lexicon,
built once on first use) and :func:`data_path` (a shipped data file: the language data in
``claimtrack/lang/data``, anything else, such as ``units.txt``, in ``claimtrack/data``).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from claimtrack.lang import Lexicon, data_file, load_lexicon

__all__ = ["Lexicon", "data_path", "default_lexicon"]

_DATA = resources.files("claimtrack") / "data"


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``claimtrack/lang/data`` or ``claimtrack/data``."""
    language_data = data_file(name)
    return language_data if language_data.is_file() else Path(str(_DATA / name))


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped with claimtrack (English and Spanish; built once, on first use)."""
    return load_lexicon()

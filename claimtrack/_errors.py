"""The one exception root of claimtrack and its few subclasses.

::

    ClaimtrackError            every error claimtrack raises on purpose
    ├── DocumentError          a document cannot be read: binary, not UTF-8, bad JSON line, missing
    ├── UnitError              a unit is unknown or two units cannot be converted
    ├── LexiconError           a data file under ``claimtrack/data`` is malformed
    └── LedgerError            a ledger file cannot be opened or used: not SQLite, locked, newer

Every message names the input (file, line, unit) and the problem.
"""

from __future__ import annotations

__all__ = ["ClaimtrackError", "DocumentError", "LedgerError", "LexiconError", "UnitError"]


class ClaimtrackError(Exception):
    """Root of every error claimtrack raises on purpose."""


class DocumentError(ClaimtrackError, ValueError):
    """A document cannot be read; the message names the file (and line) and the problem."""


class UnitError(ClaimtrackError, ValueError):
    """A unit is unknown, or two units cannot be converted into each other."""


class LexiconError(ClaimtrackError, ValueError):
    """A lexicon data file is malformed; the message names the file and the entry."""


class LedgerError(ClaimtrackError):
    """A ledger file cannot be opened or used (not an SQLite database, locked by another
    writer, written by a newer claimtrack); the message names the file and the problem."""

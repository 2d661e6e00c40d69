"""Compatibility shim: the scan's patterns moved to :mod:`claimtrack.extract.patterns` and
:mod:`claimtrack.extract.candidates` (issue #11). The lead removes this module at integration."""

from claimtrack._lexicon import Lexicon
from claimtrack.extract.candidates import VULGAR_FRACTIONS, Candidates
from claimtrack.extract.patterns import Patterns

__all__ = ["VULGAR_FRACTIONS", "Candidates", "Patterns", "patterns_for"]


def patterns_for(lexicon: Lexicon) -> Patterns:
    """The compiled patterns for ``lexicon`` (built anew each call: hold on to them)."""
    return Patterns(lexicon)

"""Compatibility shim: the scan moved to :mod:`claimtrack.extract`, claim building to
:mod:`claimtrack.pipeline` (issue #11). The lead removes this module at integration."""

from claimtrack.extract.mentions import DateMention, Mention, ScanGroups
from claimtrack.extract.quantity import quantity as _quantity
from claimtrack.pipeline import Extractor, default_extractor, extract

__all__ = [
    "DateMention",
    "Extractor",
    "Mention",
    "ScanGroups",
    "_quantity",
    "default_extractor",
    "extract",
]

"""claimtrack: track numeric claims across documents.

Extract the figures a text states (value, the interval the wording commits to, unit, what and
when), normalize them with pint, and flag figures in different documents that cannot all be true.

>>> import claimtrack
>>> [c.text for c in claimtrack.extract("Exports rose 5% to $1.2bn, about 4,500 km of roads.")]
['5%', '$1.2bn', 'about 4,500 km']
"""

import logging

from claimtrack._errors import (
    ClaimtrackError,
    DocumentError,
    LedgerError,
    LexiconError,
    UnitError,
)
from claimtrack.check import (
    Metric,
    MetricView,
    PeriodView,
    analyze_claims,
    check_claims,
    compare_claims,
    consensus_claims,
)
from claimtrack.config import Config, default_config, default_lexicon
from claimtrack.io import read_documents
from claimtrack.lang import Lexicon
from claimtrack.ledger import Ledger
from claimtrack.model import (
    Claim,
    Comparison,
    Document,
    Entity,
    Gate,
    Identity,
    Inconsistency,
    Interval,
    Quantity,
    TimeScope,
    json_schema,
)
from claimtrack.pipeline import Extractor, analyze, check, consensus, extract, extract_all
from claimtrack.units import Units

logging.getLogger("claimtrack").addHandler(logging.NullHandler())  # the application decides

__all__ = [
    "Claim",
    "ClaimtrackError",
    "Comparison",
    "Config",
    "Document",
    "DocumentError",
    "Entity",
    "Extractor",
    "Gate",
    "Identity",
    "Inconsistency",
    "Interval",
    "Ledger",
    "LedgerError",
    "Lexicon",
    "LexiconError",
    "Metric",
    "MetricView",
    "PeriodView",
    "Quantity",
    "TimeScope",
    "UnitError",
    "Units",
    "analyze",
    "analyze_claims",
    "check",
    "check_claims",
    "compare_claims",
    "consensus",
    "consensus_claims",
    "default_config",
    "default_lexicon",
    "extract",
    "extract_all",
    "json_schema",
    "read_documents",
]

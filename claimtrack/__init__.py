"""claimtrack: track numeric claims across documents.

Extract the figures a text states (value, the interval the wording commits to, unit, what and
when), normalize them with pint, and flag figures in different documents that cannot all be true.

>>> import claimtrack
>>> [c.text for c in claimtrack.extract("Exports rose 5% to $1.2bn, about 4,500 km of roads.")]
['5%', '$1.2bn', 'about 4,500 km']
"""

from claimtrack._collect import consensus_claims, extract_all
from claimtrack._consistency import (
    Metric,
    MetricView,
    PeriodView,
    check,
    check_claims,
    consensus,
)
from claimtrack._errors import ClaimtrackError, DocumentError, LexiconError, UnitError
from claimtrack._extract import Extractor, extract
from claimtrack._lexicon import Lexicon, default_lexicon
from claimtrack._models import (
    Claim,
    Document,
    Entity,
    Inconsistency,
    Interval,
    Quantity,
    TimeScope,
    json_schema,
)
from claimtrack.io.documents import read_documents

__all__ = [
    "Claim",
    "ClaimtrackError",
    "Document",
    "DocumentError",
    "Entity",
    "Extractor",
    "Inconsistency",
    "Interval",
    "Lexicon",
    "LexiconError",
    "Metric",
    "MetricView",
    "PeriodView",
    "Quantity",
    "TimeScope",
    "UnitError",
    "check",
    "check_claims",
    "consensus",
    "consensus_claims",
    "default_lexicon",
    "extract",
    "extract_all",
    "json_schema",
    "read_documents",
]

"""The data claimtrack produces: documents, quantities, claims and inconsistencies.

Every model is a frozen Pydantic v2 value: hashable, comparable, and JSON round-trips
through ``model_dump_json`` / ``model_validate_json``. :func:`json_schema` exports the
schema of all of them. This package holds values only; it depends on nothing of claimtrack
but :mod:`claimtrack.units` (for :meth:`Quantity.to_pint`) and the errors.
"""

from claimtrack.model.bounds import (
    ABOUT_TOLERANCE,
    NEAR_TOLERANCE,
    SMALL_COUNT,
    committed_interval,
    stated_precision,
)
from claimtrack.model.claim import OPPOSITE, Claim, Document, Entity, TimeScope, claim_id
from claimtrack.model.inconsistency import (
    Comparison,
    Gate,
    Identity,
    Inconsistency,
    InconsistencyKind,
    Severity,
)
from claimtrack.model.interval import Interval
from claimtrack.model.quantity import Bound, Change, Kind, Quantity
from claimtrack.model.schema import json_schema

__all__ = [
    "ABOUT_TOLERANCE",
    "NEAR_TOLERANCE",
    "OPPOSITE",
    "SMALL_COUNT",
    "Bound",
    "Change",
    "Claim",
    "Comparison",
    "Document",
    "Entity",
    "Gate",
    "Identity",
    "Inconsistency",
    "InconsistencyKind",
    "Interval",
    "Kind",
    "Quantity",
    "Severity",
    "TimeScope",
    "claim_id",
    "committed_interval",
    "json_schema",
    "stated_precision",
]

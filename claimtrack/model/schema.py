"""The JSON Schema of claimtrack's JSON output."""

from __future__ import annotations

from typing import Any

from claimtrack.model.claim import Claim, Document
from claimtrack.model.inconsistency import Inconsistency

__all__ = ["json_schema"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of claimtrack's JSON output (claims and inconsistencies)."""
    from pydantic.json_schema import models_json_schema

    _, schema = models_json_schema(
        [(Claim, "serialization"), (Inconsistency, "serialization"), (Document, "validation")],
        title="claimtrack",
    )
    return schema

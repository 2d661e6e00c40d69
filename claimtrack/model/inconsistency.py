"""Figures about the same thing that cannot all be true, and how far apart they are."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from claimtrack.model.claim import Claim
from claimtrack.model.frozen import FROZEN

__all__ = ["Inconsistency", "InconsistencyKind", "Severity"]

InconsistencyKind = Literal["mismatch", "bound-violation", "cumulative-decrease", "count-vs-list"]
"""Why figures conflict: intervals apart, a stated bound broken, a running total that fell, or
a stated count that differs from a list of names."""

Severity = Literal["low", "medium", "high"]
"""How far apart conflicting figures are, relative to their size."""


class Inconsistency(BaseModel):
    """Figures about the same thing that cannot all be true, with the reason."""

    model_config = FROZEN

    kind: InconsistencyKind
    claims: tuple[Claim, ...]
    explanation: str
    severity: Severity = "medium"
    metric: str = ""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the check is that the claims are about the same thing (0-1): from how much of
    their wording (frames) they share."""

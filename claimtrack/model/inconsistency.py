"""Figures about the same thing that cannot all be true, and how far apart they are."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from claimtrack.model.claim import Claim
from claimtrack.model.frozen import FROZEN

__all__ = ["Comparison", "Gate", "Identity", "Inconsistency", "InconsistencyKind", "Severity"]

InconsistencyKind = Literal["mismatch", "bound-violation", "cumulative-decrease", "count-vs-list"]
"""Why figures conflict: intervals apart, a stated bound broken, a running total that fell, or
a stated count that differs from a list of names."""

Severity = Literal["low", "medium", "high"]
"""How far apart conflicting figures are, relative to their size."""


class Identity(BaseModel):
    """Why two claims are judged to be about the same thing: what made them comparable."""

    model_config = FROZEN

    via: Literal["metric", "frame", "list"]
    """The declared or tabled metric both share, their wording alone, or a count of names."""
    metric: str = ""
    frame: tuple[str, ...] = ()
    """The lemmas both frames share, sorted."""
    owners: tuple[str, ...] = ()
    """The names the claims are about, sorted."""
    period: str = ""
    """When the figures hold, as :meth:`Claim.when` says it (both, joined, where they differ)."""


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
    identity: Identity | None = None
    """The shared frame, owner and period that made the claims comparable."""


class Gate(BaseModel):
    """One test two claims must pass to be compared, and what it found."""

    model_config = FROZEN

    name: str
    passed: bool
    detail: str


class Comparison(BaseModel):
    """Whether two given claims were compared, and why: the tests of the check in order."""

    model_config = FROZEN

    compared: bool
    """Every gate passed: the check treats the claims as figures for the same thing."""
    reported: Inconsistency | None
    """The inconsistency the check reports for the two, if it reports one."""
    gates: tuple[Gate, ...]

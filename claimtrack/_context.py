"""Compatibility shim: the claim context moved to :mod:`claimtrack.context` (removed at
integration)."""

from claimtrack.context import (
    MAX_SENTENCE,
    ClaimContext,
    ContextData,
    ContextReader,
    DocumentIndex,
    EntityMention,
)

__all__ = [
    "MAX_SENTENCE",
    "ClaimContext",
    "ContextData",
    "ContextReader",
    "DocumentIndex",
    "EntityMention",
]

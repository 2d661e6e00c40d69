"""The configuration every claimtrack value shares: frozen (hashable) and strict about fields."""

from pydantic import ConfigDict

__all__ = ["FROZEN"]

FROZEN = ConfigDict(frozen=True, extra="forbid")

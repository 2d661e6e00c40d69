"""Argument checks shared by the strategies: a bad argument raises ``InvalidArgument``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

__all__ = ["check_choice", "check_counts", "check_range", "check_strategy"]

_T = TypeVar("_T", bound=str)


def check_choice(name: str, given: Sequence[_T] | None, allowed: Sequence[_T]) -> list[_T]:
    if given is None:
        return list(allowed)
    if isinstance(given, str):
        raise InvalidArgument(f"{name}={given!r} must be a sequence of strings, not one string")
    chosen = list(given)
    if not chosen:
        raise InvalidArgument(f"{name} must not be empty")
    unknown = [x for x in chosen if x not in allowed]
    if unknown:
        raise InvalidArgument(f"{name}: unknown {unknown!r}; choose from {list(allowed)!r}")
    return chosen


def check_range(min_value: float, max_value: float) -> None:
    for name, x in (("min_value", min_value), ("max_value", max_value)):
        if not isinstance(x, (int, float)) or not math.isfinite(x):
            raise InvalidArgument(f"{name}={x!r} must be a finite number")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")


def check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy or None")


def check_counts(min_figures: int, max_figures: int) -> None:
    if not 0 <= min_figures <= max_figures:
        raise InvalidArgument(
            f"need 0 <= min_figures <= max_figures, got {min_figures!r} and {max_figures!r}"
        )
    if max_figures > 50:
        raise InvalidArgument(f"max_figures={max_figures!r} is more than 50")

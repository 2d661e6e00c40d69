"""Hypothesis plugin hook: registers strategies for claimtrack's models.

Hypothesis calls :func:`_register_strategies` when it is imported, through the entry point
``[project.entry-points.hypothesis]`` in ``pyproject.toml``; ``import claimtrack`` alone never
imports hypothesis. After it, ``st.from_type(Claim)`` draws from
:func:`claimtrack.strategies.claims` (and likewise for ``Quantity`` and ``Document``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__: list[str] = []


def _lazy(name: str) -> SearchStrategy[Any]:
    """The strategy ``claimtrack.strategies.<name>()``, looked up on first use.

    ``claimtrack.strategies`` imports hypothesis, which runs this hook: importing it here
    eagerly would find it half initialized.
    """
    from hypothesis import strategies as st

    def resolve() -> SearchStrategy[Any]:
        from claimtrack import strategies

        factory = getattr(strategies, name)
        return factory()  # type: ignore[no-any-return]

    return st.deferred(resolve)


def _register_strategies() -> None:
    """Register :mod:`claimtrack.strategies` for ``Quantity``, ``Claim`` and ``Document``."""
    from hypothesis import strategies as st

    from claimtrack.model import Claim, Document, Quantity

    st.register_type_strategy(Quantity, _lazy("quantities"))
    st.register_type_strategy(Claim, _lazy("claims"))
    st.register_type_strategy(Document, _lazy("documents"))

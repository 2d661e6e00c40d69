"""One explicit configuration: the languages and their words, the unit registry, exchange rates
and declared metrics that extraction and the check read.

A :class:`Config` is frozen and picklable (a process pool or a Dask worker gets the same one);
:func:`default_config` builds the default on first use. Nothing else in claimtrack keeps state
between calls.

>>> config = Config.load(("en",), rates={"USD": 1.0, "EUR": 1.1})
>>> config.languages, config.rates["EUR"]
(('en',), 1.1)
>>> import pickle
>>> pickle.loads(pickle.dumps(config)).lexicon == config.lexicon
True
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.check import Metric
from claimtrack.lang import DEFAULT_LANGUAGES, ContextData, Lexicon, load_context, load_lexicon
from claimtrack.units import Units, default_units

__all__ = ["Config", "default_config", "default_lexicon"]


@dataclass(frozen=True)
class Config:
    """What claimtrack reads besides the text: build one with :meth:`load`, change one with
    :meth:`replace`.

    ``lexicon`` holds the extractor's words and ``context`` the context reader's words and the
    gazetteer (see :mod:`claimtrack.lang`); ``units`` the pint registry, the user's own if
    given, used for every conversion and dimension; ``rates`` ISO currency codes to values in
    one common currency (without them no two currencies are compared); ``metrics`` the metrics
    a fact-check declares (see :class:`~claimtrack.Metric`).
    """

    lexicon: Lexicon
    context: ContextData
    units: Units = field(default_factory=default_units, compare=False)
    rates: Mapping[str, float] | None = None
    metrics: tuple[Metric, ...] = ()

    @classmethod
    def load(
        cls,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        *,
        units: Units | None = None,
        rates: Mapping[str, float] | None = None,
        metrics: Sequence[Metric] = (),
        folder: Path | None = None,
    ) -> Config:
        """The configuration for ``languages`` (their files merged in that order, from
        ``folder``, by default the shipped data). Raises :class:`~claimtrack.LexiconError`
        naming the file and key of bad language data."""
        languages = tuple(languages)
        return cls(
            lexicon=load_lexicon(languages, folder=folder),
            context=load_context(languages, folder=folder),
            units=units or default_units(),
            rates=None if rates is None else dict(rates),
            metrics=tuple(metrics),
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages of the lexicon, in merge order."""
        return self.lexicon.languages

    def replace(self, **changes: Any) -> Config:
        """A copy with ``changes`` (``config.replace(rates={"USD": 1.0})``)."""
        if changes.get("rates") is not None:
            changes["rates"] = dict(changes["rates"])
        if "metrics" in changes:
            changes["metrics"] = tuple(changes["metrics"])
        return dataclasses.replace(self, **changes)


@functools.cache
def default_config() -> Config:
    """The default configuration: English and Spanish, claimtrack's units, no rates or metrics
    (built on first use)."""
    return Config.load()


def default_lexicon() -> Lexicon:
    """The lexicon of :func:`default_config`."""
    return default_config().lexicon

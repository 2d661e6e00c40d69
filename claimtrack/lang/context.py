"""The words of claim context: a :class:`ContextData`, built from validated context files and
the gazetteer.

:class:`ContextData` has every key of :class:`~claimtrack.lang.schema.ContextWords` as the files
have it, and three tables the reader looks words up in: :attr:`~ContextData.metrics` and
:attr:`~ContextData.commodities` (each word, lower case, to the name it says; the files list the
words of each name) and :attr:`~ContextData.entities` (each gazetteer form to its entity).

>>> import pickle
>>> data = load_context(("en", "es"))
>>> data.metrics["exports"], data.entities["Beijing"].name
('export', 'China')
>>> pickle.loads(pickle.dumps(data)) == data
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from claimtrack.lang.loader import (
    ANTONYM_FILE,
    CONTEXT_FILE,
    DEFAULT_LANGUAGES,
    GAZETTEER_FILE,
    Loaded,
    data_file,
    language_files,
    load_files,
)
from claimtrack.lang.schema import ContextFile, ContextWords, GazetteerEntry, GazetteerFile
from claimtrack.model import Entity

__all__ = ["ContextData", "load_context"]


class ContextData(ContextWords):
    """Read-only context words: metrics, time words, gazetteer (see the data files)."""

    metrics: Mapping[str, str]
    """Each metric word, lower case, to its metric: "exports" -> "export"."""
    commodities: Mapping[str, str]
    """Each goods word, lower case, to its goods name."""
    entities: Mapping[str, Entity]
    """Each gazetteer form (name, alias, demonym; as written) to its entity."""
    sources: tuple[str, ...] = ()
    """The files it was built from: context files in merge order, then gazetteer files."""
    languages: tuple[str, ...] = ()
    """The languages the context files declare."""

    def __hash__(self) -> int:
        # equal context data have equal sources; hashing the tables themselves would be slow
        return hash((self.sources, self.languages))

    @classmethod
    def load(
        cls, languages: Sequence[str] = DEFAULT_LANGUAGES, *, folder: Path | None = None
    ) -> ContextData:
        """The context words of ``languages`` and the gazetteer (see :func:`load_context`)."""
        return load_context(languages, folder=folder)

    @classmethod
    def from_files(
        cls, context: Sequence[str | Path], gazetteer: Sequence[str | Path]
    ) -> ContextData:
        """Load and merge context files and gazetteer files; later files add to and override
        earlier ones."""
        return cls.from_loaded(
            load_files(ContextFile, [Path(str(path)) for path in context]),
            load_files(GazetteerFile, [Path(str(path)) for path in gazetteer]),
        )

    @classmethod
    def from_loaded(cls, context: Loaded, gazetteer: Loaded) -> ContextData:
        """The context data of merged, validated context and gazetteer files."""
        words = context.values
        values: dict[str, Any] = {
            **words,
            "metrics": _by_word(words["metrics"]),
            "commodities": _by_word(words["commodities"]),
            "entities": _entity_forms(gazetteer.values["entities"]),
            "sources": context.sources + gazetteer.sources,
            "languages": context.languages,
        }
        # every file was validated and a merge keeps the types: no need to validate again
        return cls.model_construct(**values)


def load_context(
    languages: Sequence[str] = DEFAULT_LANGUAGES, *, folder: Path | None = None
) -> ContextData:
    """The context data of ``languages``: ``context_{language}.json`` of each that has one
    (the first must), merged in order, then ``antonyms_{language}.json`` of each that has one,
    and ``gazetteer.json``, from ``folder`` (by default the
    shipped data). Built anew on each call."""
    paths, found = language_files(CONTEXT_FILE, languages, folder=folder)
    for language in tuple(found):
        antonyms = data_file(ANTONYM_FILE.format(language=language), folder)
        if antonyms.is_file():
            paths.append(antonyms)
            found.append(language)
    return ContextData.from_loaded(
        load_files(ContextFile, paths, languages=found),
        load_files(GazetteerFile, [data_file(GAZETTEER_FILE, folder)]),
    )


def _by_word(names: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """{"export": ["exports", ...]} -> {"exports": "export", ...}, words in lower case."""
    return {word.lower(): name for name, words in names.items() for word in words}


def _entity_forms(entries: Sequence[GazetteerEntry]) -> dict[str, Entity]:
    """Each form of each entry to its entity; a form two entries share names the first."""
    forms: dict[str, Entity] = {}
    for entry in entries:
        entity = Entity(name=entry.name, type=entry.type)
        for form in (entry.name, *entry.aliases, *entry.demonyms):
            forms.setdefault(form, entity)
    return forms

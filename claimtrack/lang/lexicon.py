"""The words the extractor knows: a :class:`Lexicon`, built from validated lexicon files.

A :class:`Lexicon` is plain, read-only data: number words, scale words, hedges, change verbs,
currency and unit surface forms, count-noun rules and date words (every key of
:class:`~claimtrack.lang.schema.LexiconWords`, as attributes). Adding a word, a unit or a
language is a change to a data file, not to code. It compares by value, hashes cheaply (by the
files it came from) and pickles:

>>> import pickle
>>> lexicon = load_lexicon(("en", "es"))
>>> lexicon.languages, lexicon.hedges["about"], lexicon.ones["dos"]
(('en', 'es'), '~', 2)
>>> pickle.loads(pickle.dumps(lexicon)) == lexicon
True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from claimtrack.lang.loader import (
    DEFAULT_LANGUAGES,
    LEXICON_FILE,
    Loaded,
    language_files,
    load_files,
)
from claimtrack.lang.schema import LexiconFile, LexiconWords

__all__ = ["Lexicon", "load_lexicon"]


class Lexicon(LexiconWords):
    """Read-only word tables for one or more languages (see ``claimtrack/lang/data/en.json``).

    Build one with :func:`load_lexicon` (by language) or :meth:`from_files` (by path); each
    attribute is a key of the lexicon files (:class:`~claimtrack.lang.schema.LexiconWords`)."""

    sources: tuple[str, ...] = ()
    """The files it was built from, in merge order."""
    languages: tuple[str, ...] = ()
    """The languages those files declare."""

    def __hash__(self) -> int:
        # equal lexicons have equal sources; hashing the tables themselves would be slow
        return hash((self.sources, self.languages))

    @classmethod
    def from_files(cls, *paths: str | Path) -> Lexicon:
        """Load and merge lexicon files; later files add to and override earlier ones."""
        return cls.from_loaded(load_files(LexiconFile, [Path(str(path)) for path in paths]))

    @classmethod
    def from_loaded(cls, loaded: Loaded) -> Lexicon:
        """The lexicon of merged, validated lexicon files."""
        values: dict[str, Any] = {
            **loaded.values,
            "sources": loaded.sources,
            "languages": loaded.languages,
        }
        # every file was validated and a merge keeps the types: no need to validate again
        return cls.model_construct(**values)

    @property
    def currency_codes(self) -> frozenset[str]:
        """Every ISO 4217 code some surface form maps to."""
        return frozenset(self.currency_prefixes.values()) | frozenset(self.currency_names.values())

    @functools.cached_property
    def scaled_currency_codes(self) -> Mapping[str, tuple[str, float]]:
        """Codes written with a scale letter in front ("MUSD" is a million US dollars):
        each of :attr:`code_scale_prefixes` before each ISO 4217 code."""
        return {
            prefix + code: (code, scale)
            for prefix, scale in self.code_scale_prefixes.items()
            for code in self.currency_codes
            if len(code) == 3 and code.isupper()
        }


def load_lexicon(
    languages: Sequence[str] = DEFAULT_LANGUAGES, *, folder: Path | None = None
) -> Lexicon:
    """The lexicon of ``languages``, merged in order: ``{language}.json`` of each, from
    ``folder`` (by default the shipped data). Built anew on each call."""
    paths, found = language_files(LEXICON_FILE, languages, folder=folder)
    return Lexicon.from_loaded(load_files(LexiconFile, paths, languages=found))

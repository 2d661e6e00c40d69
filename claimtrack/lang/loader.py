"""The one loader of the language data: read JSON files, validate them, merge them.

Files are named by kind and language (see :mod:`claimtrack.lang.schema`)::

    en.json, es.json              lexicon files: LEXICON_FILE.format(language="es")
    context_en.json               context files: CONTEXT_FILE.format(language="en")
    antonyms_en.json              generated context files: ANTONYM_FILE.format(language="en")
    gazetteer.json                the gazetteer (language-neutral)

A lexicon or context is built for a tuple of language codes, such as ``("en", "es")``: their
files are merged in that order. The first language is the base: its file must have every key of
its kind. A later language adds to it: its files may have any of the keys, and a context file of
its own is optional. Merging is one level deep: a table (JSON object) takes the later file's
entries over the earlier's, entry by entry; a list is the earlier list followed by the later one;
a number is replaced. So ``es.json`` adds Spanish number words to ``ones`` and Spanish hedges to
``hedges`` without repeating the English ones; but a later ``metrics`` entry replaces the whole
word list of that metric.

>>> from claimtrack.lang.schema import LexiconFile
>>> loaded = load_files(LexiconFile, [data_file("en.json"), data_file("es.json")])
>>> loaded.languages
('en', 'es')
>>> loaded.values["ones"]["uno"], loaded.values["ones"]["one"]
(1, 1)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from claimtrack._errors import LexiconError
from claimtrack.lang.schema import DataFile, LanguageFile, addition, validate

__all__ = [
    "ANTONYM_FILE",
    "CONTEXT_FILE",
    "DATA",
    "DEFAULT_LANGUAGES",
    "GAZETTEER_FILE",
    "LEXICON_FILE",
    "Loaded",
    "available_languages",
    "data_file",
    "language_files",
    "load_files",
    "merged",
]

DATA = Path(str(resources.files("claimtrack.lang") / "data"))
"""The folder of the shipped language data."""

DEFAULT_LANGUAGES = ("en", "es", "pt")
"""The languages claimtrack reads by default: English, and Spanish and Portuguese in or beside
English news."""

LEXICON_FILE = "{language}.json"
CONTEXT_FILE = "context_{language}.json"
ANTONYM_FILE = "antonyms_{language}.json"
GAZETTEER_FILE = "gazetteer.json"

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
"""An ISO 639 code, the stem of a lexicon file."""

_HEADER = frozenset(LanguageFile.model_fields)


@dataclass(frozen=True)
class Loaded:
    """The merged keys of some files of one kind (without their headers), with the files
    (``sources``) and the languages they declared."""

    values: Mapping[str, Any]
    sources: tuple[str, ...]
    languages: tuple[str, ...]


def data_file(name: str, folder: Path | None = None) -> Path:
    """Path of a data file in ``folder`` (by default the shipped data, :data:`DATA`)."""
    return (folder or DATA) / name


def available_languages(folder: Path | None = None) -> tuple[str, ...]:
    """The language codes that have a lexicon file in ``folder``.

    >>> available_languages()
    ('en', 'es', 'pt')
    """
    stems = (path.stem for path in (folder or DATA).glob(LEXICON_FILE.format(language="*")))
    return tuple(sorted(stem for stem in stems if _LANGUAGE_CODE.fullmatch(stem)))


def language_files(
    template: str, languages: Sequence[str], *, folder: Path | None = None
) -> tuple[list[Path], list[str]]:
    """The files ``template`` names for ``languages``, with their languages: the first
    language's file (which must exist) and those of the later ones that exist.

    Raises :class:`~claimtrack.LexiconError` for a language without a lexicon file.

    >>> paths, found = language_files(CONTEXT_FILE, ("en", "es"))
    >>> [path.name for path in paths], found
    (['context_en.json', 'context_es.json'], ['en', 'es'])
    """
    if not languages:
        raise LexiconError("no language given")
    known = available_languages(folder)
    paths: list[Path] = []
    found: list[str] = []
    for i, language in enumerate(languages):
        if language not in known:
            raise LexiconError(
                f"no data for language {language!r} in {folder or DATA} (known: {', '.join(known)})"
            )
        path = data_file(template.format(language=language), folder)
        if i == 0 or path.is_file():
            paths.append(path)
            found.append(language)
    return paths, found


def load_files(
    model: type[DataFile], paths: Sequence[Path], *, languages: Sequence[str] | None = None
) -> Loaded:
    """Read, validate and merge files of one kind (``model``, such as
    :class:`~claimtrack.lang.schema.LexiconFile`); later files add to and override earlier ones.

    The first file must have every key of ``model``, later ones any of them. With
    ``languages``, each file must declare the language given for it. Raises
    :class:`~claimtrack.LexiconError` naming the file and key of the first problems."""
    if not paths:
        raise LexiconError(f"no {model.__name__} given")
    values: dict[str, Any] = {}
    declared: list[str] = []
    for i, path in enumerate(paths):
        data = validate(path, model if i == 0 else addition(model))
        language = getattr(data, "language", None)
        if language is not None:
            if languages is not None and language != languages[i]:
                raise LexiconError(
                    f"{path}: language: declares {language!r}, expected {languages[i]!r}"
                )
            if language not in declared:  # a language's generated files follow its own
                declared.append(language)
        keys = type(data).model_fields if i == 0 else data.model_fields_set
        for key in keys:
            if key not in _HEADER:
                values[key] = merged(values.get(key), getattr(data, key))
    return Loaded(values, tuple(str(path) for path in paths), tuple(declared))


def merged(earlier: Any, later: Any) -> Any:
    """``later`` merged over ``earlier``, one level deep: tables by entry, lists appended.

    >>> merged({"a": 1, "b": 2}, {"b": 3, "c": 4})
    {'a': 1, 'b': 3, 'c': 4}
    >>> merged(("x", "y"), ("z",)), merged(None, 5), merged(1, 5)
    (('x', 'y', 'z'), 5, 5)
    """
    if isinstance(earlier, Mapping) and isinstance(later, Mapping):
        return {**earlier, **later}
    if isinstance(earlier, tuple) and isinstance(later, tuple):
        return earlier + later
    if isinstance(earlier, frozenset) and isinstance(later, frozenset):
        return earlier | later
    return later

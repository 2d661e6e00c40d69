"""Language data: every word claimtrack reads, in per-language files, with one schema and one
loader.

::

    schema.py    typed models of the data files (strict types, unknown keys forbidden)
    loader.py    read JSON, validate, merge files in language order
    lexicon.py   Lexicon: the extractor's words
    context.py   ContextData: the context reader's words and the gazetteer
    data/        en.json, es.json (lexicon), context_en.json (context), gazetteer.json

See ``docs/languages.md`` for how to add a word or a language.
"""

from __future__ import annotations

from claimtrack.lang.context import ContextData, load_context
from claimtrack.lang.lexicon import Lexicon, load_lexicon
from claimtrack.lang.loader import DEFAULT_LANGUAGES, available_languages, data_file

__all__ = [
    "DEFAULT_LANGUAGES",
    "ContextData",
    "Lexicon",
    "available_languages",
    "data_file",
    "load_context",
    "load_lexicon",
]

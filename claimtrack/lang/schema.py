"""The one schema of the language data: a typed model for each kind of data file.

Three kinds of file live in ``claimtrack/lang/data``::

    {language}.json          LexiconFile    extractor words (en.json, es.json)
    context_{language}.json  ContextFile    context words (context_en.json)
    gazetteer.json           GazetteerFile  entity names; language-neutral, aliases in any language

Every file is a JSON object with an ``about`` string that says what it holds; a per-language file
also names its ``language`` (``"language": "es"``). Every other key is a field of its model, with
strict types (no number where a string is due) and no unknown keys (typos are caught).
:func:`validate` raises :class:`~claimtrack.LexiconError` naming the file and key path::

    claimtrack/lang/data/en.json: hedges.about: expected a string

To add a key: write ``name: type`` and a docstring line in the class of its file kind
(:class:`LexiconWords`, :class:`ContextWords`); :class:`~claimtrack.lang.Lexicon` and
:class:`~claimtrack.lang.ContextData` subclass them, so it is their attribute too. The first
file of a merge must have every key; a later one (:func:`addition`) may have any of them.

>>> words = LexiconWords.model_fields
>>> "hedges" in words and "about" not in words
True
>>> addition(LexiconFile).model_fields["hedges"].is_required()
False
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, create_model
from pydantic_core import ErrorDetails

from claimtrack._errors import LexiconError

__all__ = [
    "ContextAddition",
    "ContextFile",
    "ContextWords",
    "DataFile",
    "GazetteerAddition",
    "GazetteerEntry",
    "GazetteerFile",
    "LanguageFile",
    "LexiconAddition",
    "LexiconFile",
    "LexiconWords",
    "addition",
    "validate",
]

_BOUNDS = ("<", "<=", ">", ">=", "~")


def _bound(sign: str) -> str:
    if sign not in _BOUNDS:
        raise ValueError(f"expected one of {' '.join(_BOUNDS)}")
    return sign


Bound = Annotated[str, AfterValidator(_bound)]
"""The bound a hedge sets: one of ``< <= > >= ~`` (typed ``str``, as the extractor reads it)."""
Direction = Literal["up", "down"]
TimeUnit = Literal["day", "week", "month", "year"]
FigureKind = Literal["money", "measure", "count", "percent"]
EntityType = Literal["country", "region", "organization"]

_STRICT = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)
"""Strict types, no unknown keys, read-only; the validator is built on first use (a model only
inherited from, or a value only unpickled, never builds one)."""

Words = tuple[str, ...]
"""A list of words whose order counts (patterns try them in order)."""

WordSet = frozenset[str]
"""A set of words."""


class DataFile(BaseModel):
    """What every data file has: ``about``, one sentence or more on what the file holds."""

    model_config = _STRICT

    about: str


class LanguageFile(DataFile):
    """A per-language file also names its language: ``"language": "en"``."""

    language: str


class LexiconWords(BaseModel):
    """Every key of a lexicon file (``en.json``) with its type. Tables map a surface form
    (lower case unless the form is case-sensitive) to what it means."""

    model_config = _STRICT

    ones: Mapping[str, int]
    tens: Mapping[str, int]
    hundred: Mapping[str, int]
    """Words that multiply what comes before them by a hundred: "two hundred"."""
    hundreds: Mapping[str, int] = {}
    """Words that are hundreds by themselves: "trezentos" (300), "doscientos" (200)."""
    scales: Mapping[str, float]
    dot_group_scales: WordSet = frozenset()
    """Scales of languages whose dots group thousands: "12.400 millones" is 12 400 million."""
    scale_abbreviations: Mapping[str, float]
    code_scale_prefixes: Mapping[str, float]
    """"M" of "MUSD": a scale letter glued before an ISO 4217 code."""
    scale_letters_as_units: Mapping[str, str]
    dozen: Mapping[str, int]
    fractions: Mapping[str, float]
    fraction_denominators: Mapping[str, int]
    fraction_followers: WordSet
    ratio_connectors: Words = ()
    """Words between the two numbers of a share: "one in four", "3 out of 10"."""
    multiples: Mapping[str, int] = {}
    """Words of a multiple: "sixfold" is 6 (digits with "-fold" are read without a table)."""
    ordinals: Mapping[str, int]
    vague: Mapping[str, tuple[float, float]]
    """[low, high) multipliers: "tens" of millions."""
    vague_quantifiers: Mapping[str, tuple[float, float]]
    hedges: Mapping[str, Bound]
    near_hedges: WordSet
    sign_words: Words
    bound_verbs: Mapping[str, Bound]
    change_verbs: Mapping[str, Direction]
    change_nouns: Mapping[str, Direction]
    percent: Words
    percentage_points: Words
    points_after_percent: Words = ()
    """Words that make a percent word percentage points ("5 percent points"), not index points."""
    currency_prefixes: Mapping[str, str]
    currency_names: Mapping[str, str]
    ambiguous_currency_names: Mapping[str, tuple[str, str]]
    """A name that is a currency or a unit: [ISO 4217 code, pint unit]."""
    money_nouns: WordSet
    """Nouns that make a name money in an "of" phrase after it ("pounds of public money")."""
    currency_subunits: Mapping[str, tuple[str, float]]
    """[ISO 4217 code, share of it]: "cents" is [USD, 0.01]."""
    units: Mapping[str, str]
    spaced_units: Mapping[str, str]
    compound_units: Mapping[str, tuple[str, float, Words]]
    """major unit -> [minor unit, minors per major, spellings of the minor]."""
    ambiguous_units: Mapping[str, str]
    dimension_words: Words
    per_words: Words
    per_not_before: Words
    frequency_nouns: Words
    comparison_words: Words = ()
    """Words after "N times" that make it a multiple: "3 times higher", "5 times as many"."""
    unit_connectors: WordSet
    amount_connectors: Words
    list_connectors: Words
    per_nouns: Mapping[str, str]
    irregular_plurals: Mapping[str, str]
    invariant_count_nouns: WordSet
    count_phrase_stops: WordSet
    count_phrase_length: int
    not_count_nouns: WordSet
    ordinal_noun_skip: int
    not_ranked_nouns: WordSet = frozenset()
    """Nouns after an ordinal that make it no figure: "the third quarter"."""
    time_zones: Words = ()
    """Zones after a time in four digits ("0600 GMT"): a time of day."""
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    date_connectors: Words
    year_prepositions: WordSet
    target_years: WordSet = frozenset()
    """Prepositions before a target year past 2100 ("by 2150")."""
    range_openers: Mapping[str, str]
    range_connectors: WordSet
    plain_range_connectors: WordSet
    number_conjunctions: Words
    articles: Words
    fraction_scale_articles: Words
    vague_connectors: Words
    verb_connectors: Words
    ordinal_suffixes: Words
    spaced_scale_abbreviations: Words
    plural_rules: tuple[tuple[str, str, int], ...]
    not_plural_endings: Words
    possessive_endings: Words
    verb_endings: Words
    not_verb_endings: Words
    not_name_words: WordSet = frozenset()
    """Capitalized words (besides stops, dates, hedges, verbs) that are no name: "Only 30"."""
    adverb_endings: Words = ()
    """Endings of adverbs, which may open a sentence before a figure ("Nationally 30")."""
    restatement_connectors: Words = ()
    """Words that restate a change in another unit: "lost 120 points, or 0.9%"."""
    previous_value_connectors: Words = ()
    """Words before an earlier value of a figure, which takes its unit: "40 jobs, up from 29"."""
    age_unit: str = ""
    """The unit of an age after a name ("Mendez, 71, said"); empty: ages are not read."""
    number_signs: Words = ()
    """Signs that make the number after them a label ("No. 10", "#3")."""
    street_words: WordSet = frozenset()
    """Capitalized words that end a street name after a house number ("48 Harbour Road")."""


class ContextWords(BaseModel):
    """Every key of a context file (``context_en.json``) that
    :class:`~claimtrack.lang.ContextData` keeps as the file has it (see :class:`ContextFile`
    for the two it inverts)."""

    model_config = _STRICT

    metric_kinds: Mapping[str, frozenset[FigureKind]]
    """The kinds of figure a metric applies to (a metric not listed applies to any)."""
    unit_metrics: Mapping[str, str]
    stemmers: Mapping[str, str]
    """Language code -> the Snowball stemmer that reduces its words for frames ("english")."""
    count_noun_synonyms: Mapping[str, str]
    cumulative_markers: Words
    perfect_auxiliaries: Words
    perfect_participles: Words
    """Irregular participles after :attr:`perfect_auxiliaries` ("had sold"); regular ones are
    any word with one of :attr:`participle_endings` ("had burned")."""
    participle_endings: Words = ()
    period_prepositions: Mapping[str, str]
    point_prepositions: Mapping[str, str]
    since_prepositions: Words
    period_connectors: Words
    relative_times: Mapping[str, tuple[TimeUnit, int]]
    """[unit, offset from the publication date]: "last year" is [year, -1]."""
    ago_units: Mapping[str, TimeUnit]
    in_a_row: Words
    quarters: Mapping[str, int]
    halves: Mapping[str, int]
    attribution_verbs: Words
    attribution_openers: Words
    clause_breaks: Words
    antonyms: Mapping[str, Words] = {}
    """Frame stem -> the stems of its opposites ("export" -> "import"), generated from WordNet
    into ``antonyms_{language}.json`` by ``scripts/build_antonyms.py``."""
    intent_words: Words = ()
    """Words that make a figure near them a plan, pledge, forecast or target rather than an
    outcome ("pledged $4bn", "forecast to reach"); matched on frame stems."""
    place_qualifiers: Words
    name_particles: Words
    after_comma_penalty: int
    after_comma_reach: int
    sentence_abbreviations: Words
    """Abbreviations whose full stop does not end a sentence ("Mr", "Inc")."""
    articles: Words
    ago_words: Words
    """Words after a span of time that count it back from publication ("three years ago")."""
    quarter_words: Words
    half_words: Words
    quarter_prepositions: Words
    of_words: Words
    weekday_prepositions: Words
    possessives: Words
    day_parts: Words
    year_runs: Words
    """The plural nouns of "N years in a row" before the words of :attr:`in_a_row`."""
    since_month_prepositions: Words
    month_prepositions: Words
    month_part_prepositions: Words
    month_parts: Mapping[str, int | None]
    """Part of a month -> its day ("mid" -> 15), or null where the day is not fixed."""
    month_part_openers: Words
    free_period_connectors: Words
    receiver_words: Words
    """Prepositions before the receiver of a flow ("to", "for")."""
    giver_words: Words
    """Prepositions before the giver of a flow ("from", "by")."""
    name_possessives: Words
    plural_endings: Words
    list_final_connectors: Words
    """The word before the last name of a list ("A, B and C")."""
    passive_auxiliaries: Words


class LexiconFile(LanguageFile, LexiconWords):
    """A lexicon file: ``{language}.json``."""


class ContextFile(LanguageFile, ContextWords):
    """A context file: ``context_{language}.json``."""

    metrics: Mapping[str, Words]
    """metric name -> the words that say it, every inflection listed."""
    commodities: Mapping[str, Words]
    """goods name -> the words that say it."""


class GazetteerEntry(BaseModel):
    """One entity: a canonical English name and the forms that name it (in any language)."""

    model_config = _STRICT

    name: str
    type: EntityType
    aliases: Words = ()
    """Case-sensitive surface forms: official and short names, abbreviations."""
    demonyms: Words = ()
    """Adjective and people forms that imply the entity."""


class GazetteerFile(DataFile):
    """The gazetteer: ``gazetteer.json``."""

    entities: tuple[GazetteerEntry, ...]


FileModel = TypeVar("FileModel", bound=DataFile)


def _addition(model: type[FileModel]) -> type[FileModel]:
    """``model`` with every key but the header optional: the model of a later file of a merge."""
    header = LanguageFile.model_fields.keys()
    optional: dict[str, Any] = {
        name: (field.annotation, None)
        for name, field in model.model_fields.items()
        if name not in header and field.is_required()
    }
    return create_model(
        f"{model.__name__}Addition", __base__=model, __doc__=model.__doc__, **optional
    )


LexiconAddition = _addition(LexiconFile)
ContextAddition = _addition(ContextFile)
GazetteerAddition = _addition(GazetteerFile)
_ADDITIONS: Mapping[type[DataFile], type[DataFile]] = {
    LexiconFile: LexiconAddition,
    ContextFile: ContextAddition,
    GazetteerFile: GazetteerAddition,
}


def addition(model: type[FileModel]) -> type[FileModel]:
    """The model of a later file of a merge of ``model`` files: every key optional but the
    header (``about``, ``language``)."""
    found = _ADDITIONS.get(model)
    return found if found is not None else _addition(model)  # type: ignore[return-value]


def validate(path: Path, model: type[FileModel], text: str | None = None) -> FileModel:
    """The file at ``path`` (or ``text``, read from it) validated by ``model``.

    Raises :class:`~claimtrack.LexiconError` naming the file and the key path of the first
    problems (up to three)."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: cannot read: {exc}") from exc
    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        problems = [_problem(error) for error in exc.errors()]
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise LexiconError(f"{path}: {'; '.join(problems[:3])}{more}") from None


_MESSAGES = {
    "missing": "missing",
    "extra_forbidden": "unknown key (not in the schema: a typo?)",
    "string_type": "expected a string",
    "int_type": "expected an integer",
    "int_from_float": "expected an integer",
    "float_type": "expected a number",
    "dict_type": "expected an object",
    "model_type": "expected an object",
    "tuple_type": "expected a list",
    "frozen_set_type": "expected a list",
    "too_short": "too few items",
    "too_long": "too many items",
}


def _problem(error: ErrorDetails) -> str:
    """'hedges.about: expected a string' for one pydantic error."""
    if error["type"] == "json_invalid":
        return f"not JSON: {error['msg'].removeprefix('Invalid JSON: ')}"
    message = _MESSAGES.get(error["type"]) or error["msg"].removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    return f"{_key_path(error['loc']) or 'top level'}: {message}"


def _key_path(loc: tuple[int | str, ...]) -> str:
    """'hedges.about', 'entities[3].type', 'relative_times["last year"][1]'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out

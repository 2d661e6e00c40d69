"""The words the extractor knows, loaded once from the data files under ``claimtrack/data``.

A :class:`Lexicon` is plain, read-only data: number words, scale words, hedges, change verbs,
currency and unit surface forms, count-noun rules, date words and the entity gazetteer. Adding a
word, a unit or a language is a change to a data file, not to code. :func:`default_lexicon` builds
the English one on first use and caches it; pass your own to :class:`~claimtrack.Extractor`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from claimtrack._errors import LexiconError

__all__ = ["Lexicon", "default_lexicon"]

_DATA = resources.files("claimtrack") / "data"


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Read-only word tables for one or more languages (see ``claimtrack/data/en.json``)."""

    ones: Mapping[str, float]
    tens: Mapping[str, float]
    hundred: Mapping[str, float]
    scales: Mapping[str, float]
    scale_abbreviations: Mapping[str, float]
    code_scale_prefixes: Mapping[str, float]
    scale_letters_as_units: Mapping[str, str]
    dozen: Mapping[str, float]
    fractions: Mapping[str, float]
    fraction_denominators: Mapping[str, int]
    fraction_followers: frozenset[str]
    ordinals: Mapping[str, int]
    vague: Mapping[str, tuple[float, float]]
    vague_quantifiers: Mapping[str, tuple[float, float]]
    hedges: Mapping[str, str]
    near_hedges: frozenset[str]
    sign_words: tuple[str, ...]
    bound_verbs: Mapping[str, str]
    change_verbs: Mapping[str, str]
    change_nouns: Mapping[str, str]
    percent: tuple[str, ...]
    percentage_points: tuple[str, ...]
    currency_prefixes: Mapping[str, str]
    currency_names: Mapping[str, str]
    ambiguous_currency_names: Mapping[str, tuple[str, str]]
    currency_subunits: Mapping[str, tuple[str, float]]
    units: Mapping[str, str]
    spaced_units: Mapping[str, str]
    compound_units: Mapping[str, tuple[str, float, tuple[str, ...]]]
    ambiguous_units: Mapping[str, str]
    dimension_words: tuple[str, ...]
    per_words: tuple[str, ...]
    per_not_before: tuple[str, ...]
    frequency_nouns: tuple[str, ...]
    unit_connectors: frozenset[str]
    amount_connectors: tuple[str, ...]
    list_connectors: tuple[str, ...]
    per_nouns: Mapping[str, str]
    irregular_plurals: Mapping[str, str]
    invariant_count_nouns: frozenset[str]
    count_phrase_stops: frozenset[str]
    count_phrase_length: int
    not_count_nouns: frozenset[str]
    ordinal_noun_skip: int
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    date_connectors: tuple[str, ...]
    year_prepositions: frozenset[str]
    range_openers: Mapping[str, str]
    range_connectors: frozenset[str]
    plain_range_connectors: frozenset[str]
    number_conjunctions: tuple[str, ...]
    articles: tuple[str, ...]
    fraction_scale_articles: tuple[str, ...]
    vague_connectors: tuple[str, ...]
    verb_connectors: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    spaced_scale_abbreviations: tuple[str, ...]
    plural_rules: tuple[tuple[str, str, int], ...]
    not_plural_endings: tuple[str, ...]
    possessive_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    not_verb_endings: tuple[str, ...]
    sources: tuple[str, ...] = field(default=())

    @classmethod
    def from_files(cls, *paths: str | Path) -> Lexicon:
        """Load and merge word files; later files add to and override earlier ones."""
        merged: dict[str, Any] = {}
        for path in paths:
            for key, value in _read(Path(str(path))).items():
                if isinstance(value, dict) and isinstance(merged.get(key), dict):
                    merged[key] = {**merged[key], **value}
                elif isinstance(value, list) and isinstance(merged.get(key), list):
                    merged[key] = [*merged[key], *value]
                else:
                    merged[key] = value
        merged.pop("about", None)
        return cls._build(merged, tuple(str(p) for p in paths))

    @classmethod
    def _build(cls, raw: dict[str, Any], sources: tuple[str, ...]) -> Lexicon:
        try:
            return cls(
                ones=_frozen(raw["ones"]),
                tens=_frozen(raw["tens"]),
                hundred=_frozen(raw["hundred"]),
                scales=_frozen(raw["scales"]),
                scale_abbreviations=_frozen(raw["scale_abbreviations"]),
                code_scale_prefixes=_frozen(raw["code_scale_prefixes"]),
                scale_letters_as_units=_frozen(raw["scale_letters_as_units"]),
                dozen=_frozen(raw["dozen"]),
                fractions=_frozen(raw["fractions"]),
                fraction_denominators=_frozen(raw["fraction_denominators"]),
                fraction_followers=frozenset(raw["fraction_followers"]),
                ordinals=_frozen(raw["ordinals"]),
                vague=_frozen({k: (float(a), float(b)) for k, (a, b) in raw["vague"].items()}),
                vague_quantifiers=_frozen(
                    {k: (float(a), float(b)) for k, (a, b) in raw["vague_quantifiers"].items()}
                ),
                hedges=_frozen(raw["hedges"]),
                near_hedges=frozenset(raw["near_hedges"]),
                sign_words=tuple(raw["sign_words"]),
                bound_verbs=_frozen(raw["bound_verbs"]),
                change_verbs=_frozen(raw["change_verbs"]),
                change_nouns=_frozen(raw["change_nouns"]),
                percent=tuple(raw["percent"]),
                percentage_points=tuple(raw["percentage_points"]),
                currency_prefixes=_frozen(raw["currency_prefixes"]),
                currency_names=_frozen(raw["currency_names"]),
                ambiguous_currency_names=_frozen(
                    {k: (a, b) for k, (a, b) in raw["ambiguous_currency_names"].items()}
                ),
                currency_subunits=_frozen(
                    {k: (code, float(f)) for k, (code, f) in raw["currency_subunits"].items()}
                ),
                units=_frozen(raw["units"]),
                spaced_units=_frozen(raw["spaced_units"]),
                compound_units=_frozen(
                    {
                        major: (minor, float(ratio), tuple(forms))
                        for major, (minor, ratio, forms) in raw["compound_units"].items()
                    }
                ),
                ambiguous_units=_frozen(raw["ambiguous_units"]),
                dimension_words=tuple(raw["dimension_words"]),
                per_words=tuple(raw["per_words"]),
                per_not_before=tuple(raw["per_not_before"]),
                frequency_nouns=tuple(raw["frequency_nouns"]),
                unit_connectors=frozenset(raw["unit_connectors"]),
                amount_connectors=tuple(raw["amount_connectors"]),
                list_connectors=tuple(raw["list_connectors"]),
                per_nouns=_frozen(raw["per_nouns"]),
                irregular_plurals=_frozen(raw["irregular_plurals"]),
                invariant_count_nouns=frozenset(raw["invariant_count_nouns"]),
                count_phrase_stops=frozenset(raw["count_phrase_stops"]),
                count_phrase_length=int(raw["count_phrase_length"]),
                not_count_nouns=frozenset(raw["not_count_nouns"]),
                ordinal_noun_skip=int(raw["ordinal_noun_skip"]),
                months=_frozen(raw["months"]),
                weekdays=_frozen(raw["weekdays"]),
                date_connectors=tuple(raw["date_connectors"]),
                year_prepositions=frozenset(raw["year_prepositions"]),
                range_openers=_frozen(raw["range_openers"]),
                range_connectors=frozenset(raw["range_connectors"]),
                plain_range_connectors=frozenset(raw["plain_range_connectors"]),
                number_conjunctions=tuple(raw["number_conjunctions"]),
                articles=tuple(raw["articles"]),
                fraction_scale_articles=tuple(raw["fraction_scale_articles"]),
                vague_connectors=tuple(raw["vague_connectors"]),
                verb_connectors=tuple(raw["verb_connectors"]),
                ordinal_suffixes=tuple(raw["ordinal_suffixes"]),
                spaced_scale_abbreviations=tuple(raw["spaced_scale_abbreviations"]),
                plural_rules=tuple((a, b, int(n)) for a, b, n in raw["plural_rules"]),
                not_plural_endings=tuple(raw["not_plural_endings"]),
                possessive_endings=tuple(raw["possessive_endings"]),
                verb_endings=tuple(raw["verb_endings"]),
                not_verb_endings=tuple(raw["not_verb_endings"]),
                sources=sources,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"lexicon {', '.join(sources)}: bad or missing entry {exc}") from exc

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as plain field values (a mapping proxy does not pickle), read-only on load."""
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        plain = {k: dict(v) if isinstance(v, MappingProxyType) else v for k, v in state.items()}
        return (_unpickle, (type(self), plain))

    @property
    def currency_codes(self) -> frozenset[str]:
        """Every ISO 4217 code some surface form maps to."""
        return frozenset(self.currency_prefixes.values()) | frozenset(self.currency_names.values())

    @functools.cached_property
    def scaled_currency_codes(self) -> Mapping[str, tuple[str, float]]:
        """Codes written with a scale letter in front ("MUSD" is a million US dollars):
        each of :attr:`code_scale_prefixes` before each ISO 4217 code."""
        return _frozen(
            {
                prefix + code: (code, scale)
                for prefix, scale in self.code_scale_prefixes.items()
                for code in self.currency_codes
                if len(code) == 3 and code.isupper()
            }
        )


def _unpickle(cls: type[Lexicon], plain: dict[str, Any]) -> Lexicon:
    state: dict[str, Any] = {k: _frozen(v) if isinstance(v, dict) else v for k, v in plain.items()}
    return cls(**state)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LexiconError(f"lexicon {path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon {path}: top level must be a JSON object")
    return data


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``claimtrack/data``."""
    return Path(str(_DATA / name))


@functools.cache
def default_lexicon() -> Lexicon:
    """The English lexicon shipped with claimtrack (built once, on first use)."""
    return Lexicon.from_files(data_path("en.json"), data_path("es.json"))

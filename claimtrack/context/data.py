"""The context words: metrics, time words, attributions, gazetteer (``data/context_en.json``,
``data/gazetteer.json``; the Spanish words of a few keys are in ``data/es.json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimtrack._errors import LexiconError
from claimtrack._lexicon import data_path
from claimtrack._models import Entity

__all__ = ["ContextData"]

_SPANISH_KEYS = ("month_prepositions", "receiver_words", "giver_words")
"""Keys whose Spanish words ``es.json`` adds to the English ones."""


@dataclass(frozen=True, eq=False)
class ContextData:
    """Read-only context words: metrics, time words, gazetteer (see the data files)."""

    metrics: Mapping[str, str]
    metric_kinds: Mapping[str, frozenset[str]]
    unit_metrics: Mapping[str, str]
    commodities: Mapping[str, str]
    count_noun_synonyms: Mapping[str, str]
    cumulative_markers: tuple[str, ...]
    perfect_auxiliaries: tuple[str, ...]
    perfect_participles: tuple[str, ...]
    period_prepositions: Mapping[str, str]
    point_prepositions: Mapping[str, str]
    since_prepositions: tuple[str, ...]
    period_connectors: tuple[str, ...]
    relative_times: Mapping[str, tuple[str, int]]
    ago_units: Mapping[str, str]
    in_a_row: tuple[str, ...]
    quarters: Mapping[str, int]
    halves: Mapping[str, int]
    attribution_verbs: tuple[str, ...]
    attribution_openers: tuple[str, ...]
    clause_breaks: tuple[str, ...]
    place_qualifiers: tuple[str, ...]
    name_particles: tuple[str, ...]
    after_comma_penalty: int
    after_comma_reach: int
    entities: Mapping[str, Entity]
    sentence_abbreviations: tuple[str, ...]
    articles: tuple[str, ...]
    ago_words: tuple[str, ...]
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    quarter_prepositions: tuple[str, ...]
    of_words: tuple[str, ...]
    weekday_prepositions: tuple[str, ...]
    possessives: tuple[str, ...]
    day_parts: tuple[str, ...]
    year_runs: tuple[str, ...]
    since_month_prepositions: tuple[str, ...]
    month_prepositions: tuple[str, ...]
    month_part_prepositions: tuple[str, ...]
    month_parts: Mapping[str, int | None]
    month_part_openers: tuple[str, ...]
    free_period_connectors: tuple[str, ...]
    receiver_words: tuple[str, ...]
    giver_words: tuple[str, ...]
    name_possessives: tuple[str, ...]
    plural_endings: tuple[str, ...]
    list_final_connectors: tuple[str, ...]
    passive_auxiliaries: tuple[str, ...]

    @classmethod
    def load(cls) -> ContextData:
        """The shipped English context words and gazetteer."""
        raw = _load_json("context_en.json")
        spanish = _load_json("es.json")
        gazetteer = _load_json("gazetteer.json")
        try:
            for key in _SPANISH_KEYS:
                raw[key] = [*raw[key], *spanish.get(key, ())]
            metrics = {w.lower(): name for name, words in raw["metrics"].items() for w in words}
            return cls(
                metrics=metrics,
                metric_kinds={k: frozenset(v) for k, v in raw["metric_kinds"].items()},
                unit_metrics=dict(raw["unit_metrics"]),
                commodities={
                    w.lower(): name for name, words in raw["commodities"].items() for w in words
                },
                count_noun_synonyms=dict(raw["count_noun_synonyms"]),
                cumulative_markers=tuple(raw["cumulative_markers"]),
                perfect_auxiliaries=tuple(raw["perfect_auxiliaries"]),
                perfect_participles=tuple(raw["perfect_participles"]),
                period_prepositions=dict(raw["period_prepositions"]),
                point_prepositions=dict(raw["point_prepositions"]),
                since_prepositions=tuple(raw["since_prepositions"]),
                period_connectors=tuple(raw["period_connectors"]),
                relative_times={k: (u, int(n)) for k, (u, n) in raw["relative_times"].items()},
                ago_units=dict(raw["ago_units"]),
                in_a_row=tuple(raw["in_a_row"]),
                quarters=dict(raw["quarters"]),
                halves=dict(raw["halves"]),
                attribution_verbs=tuple(raw["attribution_verbs"]),
                attribution_openers=tuple(raw["attribution_openers"]),
                clause_breaks=tuple(raw["clause_breaks"]),
                place_qualifiers=tuple(raw["place_qualifiers"]),
                name_particles=tuple(raw["name_particles"]),
                after_comma_penalty=int(raw["after_comma_penalty"]),
                after_comma_reach=int(raw["after_comma_reach"]),
                entities=_entity_forms(gazetteer["entities"]),
                sentence_abbreviations=tuple(raw["sentence_abbreviations"]),
                articles=tuple(raw["articles"]),
                ago_words=tuple(raw["ago_words"]),
                quarter_words=tuple(raw["quarter_words"]),
                half_words=tuple(raw["half_words"]),
                quarter_prepositions=tuple(raw["quarter_prepositions"]),
                of_words=tuple(raw["of_words"]),
                weekday_prepositions=tuple(raw["weekday_prepositions"]),
                possessives=tuple(raw["possessives"]),
                day_parts=tuple(raw["day_parts"]),
                year_runs=tuple(raw["year_runs"]),
                since_month_prepositions=tuple(raw["since_month_prepositions"]),
                month_prepositions=tuple(raw["month_prepositions"]),
                month_part_prepositions=tuple(raw["month_part_prepositions"]),
                month_parts={
                    k: None if v is None else int(v) for k, v in raw["month_parts"].items()
                },
                month_part_openers=tuple(raw["month_part_openers"]),
                free_period_connectors=tuple(raw["free_period_connectors"]),
                receiver_words=tuple(raw["receiver_words"]),
                giver_words=tuple(raw["giver_words"]),
                name_possessives=tuple(raw["name_possessives"]),
                plural_endings=tuple(raw["plural_endings"]),
                list_final_connectors=tuple(raw["list_final_connectors"]),
                passive_auxiliaries=tuple(raw["passive_auxiliaries"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"context data: bad or missing entry {exc}") from exc


def _load_json(name: str) -> dict[str, Any]:
    path = data_path(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: top level must be a JSON object")
    return data


def _entity_forms(entries: Sequence[Mapping[str, Any]]) -> dict[str, Entity]:
    forms: dict[str, Entity] = {}
    for entry in entries:
        entity = Entity(name=entry["name"], type=entry["type"])
        for form in [entry["name"], *entry.get("aliases", ()), *entry.get("demonyms", ())]:
            forms.setdefault(form, entity)
    return forms

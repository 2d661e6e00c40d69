"""The data files under claimtrack/lang/data are consistent with themselves and with pint."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from claimtrack import default_lexicon
from claimtrack.lang import data_file
from claimtrack.units import default_units


def _json(name: str) -> dict[str, object]:
    data = json.loads(data_file(name).read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data.get("about"), f"{name} must describe itself"
    return data


def test_every_metric_word_names_one_metric() -> None:
    metrics = _json("context_en.json")["metrics"]
    assert isinstance(metrics, dict)
    counts = Counter(w.lower() for words in metrics.values() for w in words)
    assert [w for w, n in counts.items() if n > 1] == []


def test_metric_kinds_name_known_metrics_and_kinds() -> None:
    data = _json("context_en.json")
    metrics, kinds = data["metrics"], data["metric_kinds"]
    assert isinstance(metrics, dict) and isinstance(kinds, dict)
    assert set(kinds) <= set(metrics)
    assert {k for ks in kinds.values() for k in ks} <= {"money", "measure", "count", "percent"}


def test_gazetteer_forms_are_unambiguous() -> None:
    entities = _json("gazetteer.json")["entities"]
    assert isinstance(entities, list)
    owner: dict[str, str] = {}
    for entity in entities:
        for form in [entity["name"], *entity["aliases"], *entity["demonyms"]]:
            key = form.lower() if len(form) >= 4 else form
            assert owner.setdefault(key, entity["name"]) == entity["name"], form


@pytest.mark.parametrize(
    "canonical",
    sorted({*default_lexicon().units.values(), *default_lexicon().spaced_units.values()}),
)
def test_unit_names_are_pint_units(canonical: str) -> None:
    registry = default_units().registry
    assert registry.parse_units(canonical) is not None


def test_currencies_are_their_own_dimensions() -> None:
    registry = default_units().registry
    usd, eur = registry.parse_units("USD"), registry.parse_units("EUR")
    assert usd.dimensionality != eur.dimensionality
    assert registry.parse_units("percentage_point").dimensionality != (
        registry.parse_units("percent").dimensionality
    )


def test_every_currency_the_lexicon_names_is_its_own_pint_dimension() -> None:
    lexicon, registry = default_lexicon(), default_units().registry
    codes = {*lexicon.currency_codes, *(code for code, _ in lexicon.currency_subunits.values())}
    dimensions = {str(registry.parse_units(code).dimensionality) for code in codes}
    assert len(dimensions) == len(codes)


def test_scaled_codes_and_subunits_are_shares_of_known_currencies() -> None:
    lexicon = default_lexicon()
    for code, scale in lexicon.scaled_currency_codes.values():
        assert code in lexicon.currency_codes and scale > 1
    for code, share in lexicon.currency_subunits.values():
        assert code in lexicon.currency_codes and 0 < share < 1

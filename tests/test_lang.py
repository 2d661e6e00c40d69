"""The language data: one schema validates every shipped file, one loader merges them, errors
name the file and the key, and the values pickle."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from claimtrack import LexiconError, default_lexicon
from claimtrack.lang import (
    DEFAULT_LANGUAGES,
    ContextData,
    Lexicon,
    available_languages,
    data_file,
    load_context,
    load_lexicon,
)
from claimtrack.lang.loader import DATA, load_files
from claimtrack.lang.schema import (
    ContextFile,
    DataFile,
    GazetteerFile,
    LanguageFile,
    LexiconFile,
    addition,
    validate,
)

SHIPPED: dict[str, type[DataFile]] = {
    "en.json": LexiconFile,
    "es.json": addition(LexiconFile),
    "context_en.json": ContextFile,
    "context_es.json": addition(ContextFile),
    "pt.json": addition(LexiconFile),
    "context_pt.json": addition(ContextFile),
    "antonyms_en.json": addition(ContextFile),
    "gazetteer.json": GazetteerFile,
}


def _raw(name: str) -> dict[str, Any]:
    data = json.loads(data_file(name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped data to break."""
    for path in DATA.glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path


# --- every shipped file validates


def test_every_shipped_file_has_a_schema() -> None:
    assert sorted(path.name for path in DATA.glob("*.json")) == sorted(SHIPPED)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_file_validates(name: str) -> None:
    data = validate(data_file(name), SHIPPED[name])
    assert data.about


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_key_of_a_shipped_file_is_in_the_schema(name: str) -> None:
    # the models forbid unknown keys; this says which key, should a test above fail
    assert set(_raw(name)) <= set(SHIPPED[name].model_fields)


@pytest.mark.parametrize(
    "name", ["en.json", "es.json", "pt.json", "context_en.json", "context_pt.json"]
)
def test_per_language_files_declare_the_language_of_their_name(name: str) -> None:
    data = validate(data_file(name), SHIPPED[name])
    assert isinstance(data, LanguageFile)
    assert data.language == name.removesuffix(".json").removeprefix("context_")


def test_available_languages_are_the_lexicon_files() -> None:
    assert available_languages() == ("en", "es", "pt")
    assert set(DEFAULT_LANGUAGES) <= set(available_languages())


# --- errors name the file and the key


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        pytest.param(
            "en.json", {"hedges": {"about": 5}}, "hedges.about: expected a string", id="wrong-type"
        ),
        pytest.param(
            "en.json", {"ones": {"one": "1"}}, "ones.one: expected an integer", id="no-conversion"
        ),
        pytest.param(
            "en.json", {"ones": {"half": 0.5}}, "ones.half: expected an integer", id="float-for-int"
        ),
        pytest.param("en.json", {"hedges": ["about"]}, "hedges: expected an object", id="list"),
        pytest.param(
            "en.json", {"hedges": {"about": "="}}, "hedges.about: expected one of", id="bound"
        ),
        pytest.param(
            "en.json",
            {"change_verbs": {"rose": "upward"}},
            "change_verbs.rose: input should be",
            id="literal",
        ),
        pytest.param(
            "en.json", {"vague": {"tens": [10]}}, "vague.tens[1]: missing", id="short-tuple"
        ),
        pytest.param("en.json", {"hedgess": {}}, "hedgess: unknown key", id="typo-key"),
        pytest.param(
            "es.json", {"ones": {"uno": True}}, "ones.uno: expected an integer", id="addition"
        ),
        pytest.param("es.json", {"hedge": {}}, "hedge: unknown key", id="typo-in-addition"),
        pytest.param(
            "context_en.json",
            {"relative_times": {"last year": ["year", "-1"]}},
            'relative_times["last year"][1]: expected an integer',
            id="key-with-blank",
        ),
        pytest.param(
            "context_en.json",
            {"metrics": {"trade": "trade"}},
            "metrics.trade: expected a list",
            id="words",
        ),
        pytest.param(
            "gazetteer.json",
            {"entities": [{"name": "Atlantis", "type": "island"}]},
            "entities[0].type: input should be",
            id="entity-type",
        ),
        pytest.param("en.json", {"about": None}, "about: expected a string", id="header"),
    ],
)
def test_a_malformed_file_names_the_file_and_the_key(
    folder: Path, name: str, change: dict[str, Any], expected: str
) -> None:
    _write(folder, name, {**_raw(name), **change})
    with pytest.raises(LexiconError) as caught:
        load_lexicon(("en", "es"), folder=folder)
        load_context(("en",), folder=folder)
    message = str(caught.value)
    assert message.startswith(f"{folder / name}: "), message
    assert expected in message, message


def test_the_example_of_the_schema_docstring(folder: Path) -> None:
    _write(folder, "en.json", {**_raw("en.json"), "hedges": {"about": 1}})
    with pytest.raises(LexiconError, match=r"en\.json: hedges\.about: expected a string$"):
        load_lexicon(folder=folder)


def test_a_missing_key_of_the_first_file_is_named(folder: Path) -> None:
    raw = _raw("en.json")
    del raw["ones"]
    _write(folder, "en.json", raw)
    with pytest.raises(LexiconError, match=r"en\.json: ones: missing"):
        load_lexicon(folder=folder)


def test_a_later_file_needs_only_its_header(folder: Path) -> None:
    path = _write(folder, "xx.json", {"about": "nothing yet", "language": "xx"})
    lexicon = Lexicon.from_files(data_file("en.json"), path)
    assert lexicon.languages == ("en", "xx")
    assert lexicon.ones == load_lexicon(("en",)).ones


def test_a_later_file_must_say_what_it_is(folder: Path) -> None:
    _write(folder, "es.json", {"language": "es", "ones": {"uno": 1}})
    with pytest.raises(LexiconError, match=r"es\.json: about: missing"):
        load_lexicon(folder=folder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('{"about": "x",', "not JSON: ", id="truncated"),
        pytest.param("[1, 2]", "top level: expected an object", id="not-an-object"),
        pytest.param("", "not JSON: ", id="empty"),
    ],
)
def test_bad_json_names_the_file(folder: Path, text: str, expected: str) -> None:
    (folder / "en.json").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(folder=folder)
    assert str(caught.value).startswith(f"{folder / 'en.json'}: {expected}")


def test_a_file_not_utf8_names_the_file(folder: Path) -> None:
    (folder / "en.json").write_bytes(b'{"about": "\xff"}')
    with pytest.raises(LexiconError, match=r"en\.json: cannot read"):
        load_lexicon(folder=folder)


def test_a_file_of_another_language_is_refused(folder: Path) -> None:
    _write(folder, "es.json", {**_raw("es.json"), "language": "pt"})
    with pytest.raises(LexiconError, match=r"es\.json: language: declares 'pt', expected 'es'"):
        load_lexicon(folder=folder)


def test_an_unknown_language_lists_the_known_ones() -> None:
    with pytest.raises(LexiconError, match=r"no data for language 'xx' .*\(known: en, es, pt\)"):
        load_lexicon(("en", "xx"))
    with pytest.raises(LexiconError, match="no language given"):
        load_context(())


def test_the_first_language_needs_a_context_file(folder: Path) -> None:
    (folder / "context_es.json").unlink()
    with pytest.raises(LexiconError, match=r"context_es\.json: cannot read"):
        load_context(("es",), folder=folder)


def test_many_problems_are_counted(folder: Path) -> None:
    _write(folder, "en.json", {"about": "x", "language": "en"})
    with pytest.raises(LexiconError, match=r"ones: missing.*; .*; .* \(and \d+ more\)$"):
        load_lexicon(folder=folder)


# --- the loader merges


def test_later_files_add_to_and_override_earlier_ones(folder: Path) -> None:
    addition = {
        "about": "test words",
        "language": "xx",
        "hedges": {"about": ">", "zirka": "~"},  # one replaced, one added
        "percent": ["pro cent"],  # appended
        "near_hedges": ["zirka"],  # joined
        "count_phrase_length": 9,  # replaced
    }
    english = load_lexicon(("en",))
    merged = Lexicon.from_files(data_file("en.json"), _write(folder, "xx.json", addition))
    assert merged.hedges == {**english.hedges, "about": ">", "zirka": "~"}
    assert list(merged.hedges)[: len(english.hedges)] == list(english.hedges)
    assert merged.percent == (*english.percent, "pro cent")
    assert merged.near_hedges == english.near_hedges | {"zirka"}
    assert merged.count_phrase_length == 9
    assert merged.ones == english.ones
    assert merged.sources == (str(data_file("en.json")), str(folder / "xx.json"))


def test_languages_merge_in_the_order_given() -> None:
    english, both = load_lexicon(("en",)), load_lexicon(("en", "es"))
    assert "uno" not in english.ones and both.ones["uno"] == 1
    assert both.languages == ("en", "es") and both.ones["one"] == 1
    assert both.unit_connectors > english.unit_connectors


def test_the_default_lexicon_is_english_spanish_and_portuguese() -> None:
    assert (
        default_lexicon()
        == load_lexicon()
        == Lexicon.from_files(data_file("en.json"), data_file("es.json"), data_file("pt.json"))
    )
    assert default_lexicon().languages == DEFAULT_LANGUAGES


def test_merge_of_files_of_one_kind_returns_their_keys() -> None:
    loaded = load_files(ContextFile, [data_file("context_en.json")], languages=["en"])
    assert loaded.languages == ("en",)
    assert set(loaded.values) == set(ContextFile.model_fields) - {"about", "language"}


def test_context_of_a_language_without_context_file_is_the_base(folder: Path) -> None:
    (folder / "context_es.json").unlink()
    data = load_context(("en", "es"), folder=folder)
    assert data == load_context(("en",), folder=folder)
    assert data.languages == ("en",)


def test_a_later_context_file_adds_its_words() -> None:
    english, both = load_context(("en",)), load_context(("en", "es"))
    assert "durante" in both.month_prepositions and "durante" not in english.month_prepositions
    assert both.month_prepositions[: len(english.month_prepositions)] == english.month_prepositions


def test_context_tables_are_inverted_and_the_gazetteer_indexed() -> None:
    data = load_context()
    assert data.metrics["exports"] == "export"
    assert data.metrics["comercio"] == "trade"
    assert all(word == word.lower() for word in data.metrics)
    assert data.entities["Chinese"].name == "China"
    assert data.relative_times["last year"] == ("year", -1)
    assert data.metric_kinds["cost"] == frozenset({"money"})
    assert (
        ContextData.from_files(
            [
                data_file("context_en.json"),
                data_file("context_es.json"),
                data_file("context_pt.json"),
                data_file("antonyms_en.json"),
            ],
            [data_file("gazetteer.json")],
        )
        == data
    )


# --- the values are plain, comparable and picklable


@pytest.mark.parametrize("build", [load_lexicon, load_context], ids=["Lexicon", "ContextData"])
def test_pickle_round_trip(build: Any) -> None:
    value = build()
    again = pickle.loads(pickle.dumps(value))
    assert again == value and hash(again) == hash(value)
    assert type(again) is type(value)


def test_pickle_round_trip_after_a_derived_table_is_read() -> None:
    lexicon = load_lexicon()
    assert lexicon.scaled_currency_codes["MUSD"] == ("USD", 1e6)
    again = pickle.loads(pickle.dumps(lexicon))
    assert again == lexicon == load_lexicon()
    assert again.scaled_currency_codes == lexicon.scaled_currency_codes


def test_values_are_read_only() -> None:
    lexicon = load_lexicon()
    with pytest.raises(ValueError, match="frozen"):
        lexicon.ones = {}  # type: ignore[misc]


def test_lexicons_of_other_languages_differ() -> None:
    assert load_lexicon(("en",)) != load_lexicon(("en", "es"))

"""Claim context: metric, entities, time scope, attribution; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import claimtrack
from claimtrack import Document

PUBLISHED = dt.date(2023, 3, 15)  # a Wednesday


def _claim(text: str, mention: str, published: dt.date | None = PUBLISHED) -> claimtrack.Claim:
    doc = Document(text=text, id="t", published=published)
    for claim in claimtrack.extract(doc):
        if mention in claim.text:
            return claim
    raise AssertionError(f"no claim {mention!r} in {[c.text for c in claimtrack.extract(doc)]}")


# (sentence, mention, expected first day, expected last day, cumulative)
TIME_CASES = [
    ("Exports reached $3bn in 2021.", "$3bn", "2021-01-01", "2021-12-31", False),
    ("From 2017 to 2021 the fund lent $4bn.", "$4bn", "2017-01-01", "2021-12-31", False),
    ("Between 2019 and 2021, 120 ships docked.", "120 ships", "2019-01-01", "2021-12-31", False),
    ("Trade hit $8bn in 2018-2020.", "$8bn", "2018-01-01", "2020-12-31", False),
    ("From March 2020 to June 2021, 40 ships sailed.", "40 ships", "2020-03-01", "2021-06-30", False),
    ("Output reached 9 million tonnes in 2019-20.", "9 million tonnes", "2019-01-01", "2020-12-31",
     False),
    ("During 2020 the port handled 2 million TEU.", "2 million TEU", "2020-01-01", "2020-12-31", False),
    ("Last year, sales of soy totalled $2bn.", "$2bn", "2022-01-01", "2022-12-31", False),
    ("Next year the budget will be $5bn.", "$5bn", "2024-01-01", "2024-12-31", False),
    ("Rain of 40 mm fell on Tuesday.", "40 mm", "2023-03-14", "2023-03-14", False),
    ("The vote a week ago drew a turnout of 61.2%.", "61.2%", "2023-03-08", "2023-03-08", False),
    ("As of June 5th, 12 countries had joined.", "12 countries", "2023-06-05", "2023-06-05", True),
    ("Imports were $9bn in the first quarter of 2022.", "$9bn", "2022-01-01", "2022-03-31", False),
    ("In the second half of 2021, imports were $7bn.", "$7bn", "2021-07-01", "2021-12-31", False),
    ("The town has received 300 tonnes of aid so far.", "300 tonnes", "2023-03-15", "2023-03-15", True),
    ("A total of 40,000 people have been vaccinated since the outbreak.", "40,000 people",
     "2023-03-15", "2023-03-15", True),
    ("Exports reached $2bn in January.", "$2bn", "2023-01-01", "2023-01-31", False),
    ("Exports reached $2bn in November.", "$2bn", "2022-11-01", "2022-11-30", False),
    ("By mid-January, 45 clinics had opened.", "45 clinics", "2023-01-15", "2023-01-15", True),
    ("In early February, 30 clinics opened.", "30 clinics", "2023-02-01", "2023-02-28", False),
    ("Trade topped $5bn three years in a row.", "$5bn", "2020-01-01", "2022-12-31", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "first", "last", "cumulative"), TIME_CASES, ids=[c[1] for c in TIME_CASES]
)
def test_time_scope(text: str, mention: str, first: str, last: str, cumulative: bool) -> None:
    time = _claim(text, mention).time
    assert (time.start, time.end) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert time.cumulative is cumulative


def test_time_stays_in_its_clause() -> None:
    claim = _claim("The bridge will cost $2.4bn and is due to open in 2027.", "$2.4bn")
    assert claim.time.kind == "unknown"


def test_time_unknown_without_publication_date_for_relative_words() -> None:
    claim = _claim("Last year, sales of soy totalled $2bn.", "$2bn", published=None)
    assert claim.time.kind == "unknown"


def test_rates_are_never_running_totals() -> None:
    claim = _claim("So far the storm has brought winds of 150 km/h.", "150 km/h")
    assert not claim.time.cumulative


ENTITY_CASES = [
    ("Peru sold $2bn of copper to China in 2021.", "$2bn", {"Peru", "China"}),
    ("Beijing donated 3 million doses to Nicaragua.", "3 million doses", {"China", "Nicaragua"}),
    ("Chilean exporters shipped 80,000 tonnes of cherries.", "80,000 tonnes", {"Chile"}),
    ("Trinidad and Tobago imported 5,000 cars.", "5,000 cars", {"Trinidad and Tobago"}),
    ("The bridge will cost $2bn.", "$2bn", set()),
]


@pytest.mark.parametrize(
    ("text", "mention", "names"), ENTITY_CASES, ids=[c[1] for c in ENTITY_CASES]
)
def test_entities(text: str, mention: str, names: set[str]) -> None:
    assert {e.name for e in _claim(text, mention).entities} == names


def test_a_currency_name_is_not_an_entity_of_its_figure() -> None:
    claim = _claim("Trade with Chile passed 90 billion US dollars.", "90 billion")
    assert {e.name for e in claim.entities} == {"Chile"}


def test_entity_roles() -> None:
    claim = _claim("China sent 2 million doses to Bolivia.", "2 million doses")
    roles = {e.name: e.role for e in claim.entities}
    assert roles["Bolivia"] == "receiver"


# Pairs of sentences about the same metric get the same key; different metrics differ.
SAME_METRIC = [
    ("China delivered 5 million vaccine doses.", "China delivered 5 million doses of vaccines."),
    ("Bilateral trade reached $4bn.", "The trade volume reached $4bn."),
    ("Peru received 2 million doses.", "Peru has taken delivery of 2 million doses."),
    ("The dam will cost $3bn.", "The dam is budgeted at $3bn."),
]
DIFFERENT_METRIC = [
    ("Trade with Chile reached $4bn.", "Investment in Chile reached $4bn."),
    ("China delivered 5 million doses.", "China pledged 5 million doses."),
    ("Mexico exported $11bn of goods.", "Mexico imported $11bn of goods."),
]


def _key(text: str) -> tuple[str | None, str]:
    claim = next(c for c in claimtrack.extract(text) if c.quantity.kind != "ordinal")
    return claim.metric, claim.quantity.unit


@pytest.mark.parametrize(("a", "b"), SAME_METRIC)
def test_paraphrases_share_a_key(a: str, b: str) -> None:
    assert _key(a) == _key(b)
    assert _key(a)[0] is not None


@pytest.mark.parametrize(("a", "b"), DIFFERENT_METRIC)
def test_different_metrics_differ(a: str, b: str) -> None:
    assert _key(a) != _key(b)


ATTRIBUTION_CASES = [
    ("According to the central bank, inflation was 7.2%.", "7.2%", "the central bank"),
    ("Inflation was 7.2%, the finance minister said.", "7.2%", "the finance minister"),
]


@pytest.mark.parametrize(("text", "mention", "who"), ATTRIBUTION_CASES)
def test_attribution(text: str, mention: str, who: str) -> None:
    assert _claim(text, mention).attribution == who


def test_subject_names_what_is_counted() -> None:
    claim = _claim("China supplied 8 million doses of vaccines to Peru.", "8 million doses")
    assert claim.subject is not None
    assert "doses of vaccines" in claim.subject


def test_a_rate_is_not_what_is_counted() -> None:
    claim = _claim("The field pumps 40,000 barrels a day.", "40,000 barrels")
    assert claim.quantity.unit == "oil_barrel / day"
    assert claim.subject == "barrels"


def test_a_text_without_full_stops_is_not_one_endless_sentence() -> None:
    from claimtrack.context import MAX_SENTENCE

    claims = claimtrack.extract("about 5 tonnes, " * 3000)
    assert len(claims) == 3000
    assert max(len(c.sentence) for c in claims) <= 2 * MAX_SENTENCE

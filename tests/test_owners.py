"""Whose figure, and as of when: the document's owner, places named elsewhere in a document,
running totals of regular verbs (issue #12).

Cases are written for these tests, on topics of their own.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimtrack


def _doc(doc_id: str, text: str, day: int = 1) -> claimtrack.Document:
    return claimtrack.Document(id=doc_id, text=text, published=dt.date(2024, 3, day))


def _claim(text: str, mention: str) -> claimtrack.Claim:
    claims = claimtrack.extract(_doc("a", text))
    return next(c for c in claims if mention in c.text)


def test_a_sentence_naming_no_one_takes_the_headline_owner() -> None:
    text = "# Kenya's tea crop shrinks\n\nThe country picked 410,000 tonnes of tea last year."
    claim = _claim(text, "410,000")
    assert [(e.name, e.role) for e in claim.entities] == [("Kenya", "owner")]


def test_a_sentence_naming_a_place_of_its_own_keeps_it() -> None:
    text = "# Kenya's tea crop shrinks\n\nThe port of Mombasa shipped 410,000 tonnes last year."
    claim = _claim(text, "410,000")
    assert claim.entities == ()
    assert any(p.startswith("Mombasa|") for p in claim.places)


def test_the_article_before_a_qualifier_is_not_a_place() -> None:
    claim = _claim("The county has recorded 212 cases since January.", "212")
    assert claim.places == ()


@pytest.mark.parametrize(
    ("text", "kind", "day", "cumulative"),
    [
        ("By the end of June, 5,200 ferries had crossed the strait.", "point", 30, True),
        ("Crews had cleared 840 hectares by March.", "point", 31, True),
        ("The mill sold 840 tonnes in March.", "period", 31, False),
    ],
    ids=["by-the-end-of-month", "by-month", "in-month"],
)
def test_as_of_and_regular_perfect_make_running_totals(
    text: str, kind: str, day: int, cumulative: bool
) -> None:
    claim = claimtrack.extract(_doc("a", text))[0]
    assert claim.time is not None
    assert (claim.time.kind, claim.time.end.day if claim.time.end else None) == (kind, day)
    assert claim.time.cumulative is cumulative


def test_a_place_named_elsewhere_in_the_other_article_does_not_set_figures_apart() -> None:
    """Elsewhere: in another claim's sentence (the check reads claims, not documents)."""
    a = _doc("a", "The Larkspur Ridge solar park in Ostrava will have 410 MW of capacity.")
    b = _doc(
        "b",
        "Work began on Larkspur Ridge, outside Ostrava, where 300 workers are on site. "
        "The solar park near the Moravian border will have 41 MW of capacity.",
    )
    found = claimtrack.check([a, b])
    assert [sorted(c.text for c in i.claims) for i in found] == [["41 MW", "410 MW"]]


def test_places_neither_article_shares_still_set_figures_apart() -> None:
    a = _doc("a", "The Larkspur Ridge solar park in Ostrava will have 410 MW of capacity.")
    b = _doc("b", "The Juniper Flats solar park in Brno will have 41 MW of capacity.")
    assert claimtrack.check([a, b]) == []


def test_a_sentence_naming_no_one_takes_the_names_of_the_lead() -> None:
    text = (
        "# Dunmore College trims its staff\n\nThe board met on Tuesday.\n\n"
        "It will cut 85 jobs by the summer."
    )
    claim = _claim(text, "85")
    assert claim.places == ("College|", "Dunmore|")


def test_figures_of_two_organisations_nobody_names_in_common_are_apart() -> None:
    docs = [
        _doc("a", "# Dunmore College trims its staff\n\nIt will cut 85 jobs this year."),
        _doc("b", "# Velloran Foods closes a plant\n\nIt will cut 900 jobs this year."),
    ]
    assert claimtrack.check(docs) == []


def test_a_lone_word_opening_a_headline_is_no_name() -> None:
    claim = _claim("# Rainfall doubles in the north\n\nIt reached 40 mm in a day.", "40 mm")
    assert claim.places == ()

"""Cross-document consistency on short documents written for these tests.

Each case is two documents; a conflict must be reported with both mentions, a trap must not.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import claimtrack
from claimtrack import Document, Metric


def _doc(doc_id: str, text: str, published: str = "2022-05-10", source: str = "") -> Document:
    return Document(
        id=doc_id, text=text, published=dt.date.fromisoformat(published), source=source or None
    )


# (id, doc a, doc b, mention in a, mention in b, expected kind)
CONFLICTS = [
    ("plain", _doc("a", "The new stadium in Lima will cost $310m, Peru's sports ministry said."),
     _doc("b", "Peru's stadium in Lima is budgeted at $450m."), "$310m", "$450m", "mismatch"),
    ("scale-slip", _doc("a", "Japan gave 2.5 million doses to Vietnam in 2021."),
     _doc("b", "Japan gave 25 million doses to Vietnam during 2021."),
     "2.5 million doses", "25 million doses", "mismatch"),
    ("conversion", _doc("a", "The Chapala tunnel in Mexico is 14.2 km long."),
     _doc("b", "Mexico's Chapala tunnel stretches 5.1 miles."), "14.2 km", "5.1 miles", "mismatch"),
    ("bound", _doc("a", "Kenya exported more than 500,000 tonnes of tea in 2021."),
     _doc("b", "Kenya exported 410,000 tonnes of tea in 2021."),
     "500,000 tonnes", "410,000 tonnes", "bound-violation"),
    ("running-total", _doc("a", "Ghana has received 9 million doses so far.", "2021-08-01"),
     _doc("b", "Ghana has received 6 million doses so far.", "2021-10-01"),
     "9 million doses", "6 million doses", "cumulative-decrease"),
    ("relative-date", _doc("a", "Last year, trade between Chile and India totalled $3.2bn.",
                           "2023-02-01"),
     _doc("b", "In 2022, trade between Chile and India came to $2.1bn.", "2023-06-01"),
     "$3.2bn", "$2.1bn", "mismatch"),
    ("qualified-place", _doc("a", "The city of Tarija recorded 41°C on Tuesday.", "2023-03-01"),
     _doc("b", "Tarija hit 38°C on Tuesday, a record.", "2023-03-02"), "41°C", "38°C", "mismatch"),
    ("deal-price", _doc("a", "A Korean group agreed to pay $900m for the Atacama mine in Chile."),
     _doc("b", "The Atacama mine deal, worth $1.4bn, gives the Korean group control."),
     "$900m", "$1.4bn", "mismatch"),
    ("count-vs-list", _doc("a", "Seven countries signed the accord with Japan on Monday.",
                           "2022-05-10"),
     _doc("b", "The accord with Japan was signed on Monday by Fiji, Samoa, Tonga and Vanuatu.",
          "2022-05-11"),
     "Seven countries", "Fiji, Samoa, Tonga and Vanuatu", "count-vs-list"),
]  # fmt: skip

TRAPS = [
    ("other-year", _doc("a", "Kenya's economy grew 5.2% in 2021."),
     _doc("b", "Kenya's economy grew 2.1% in 2022.")),
    ("running-total-grows", _doc("a", "Ghana has received 6 million doses so far.", "2021-08-01"),
     _doc("b", "Ghana has received 9 million doses so far.", "2021-10-01")),
    ("hedge", _doc("a", "Nearly 3,000 students from Nepal are enrolled this year."),
     _doc("b", "Some 2,940 students from Nepal are enrolled this year.")),
    ("rounding", _doc("a", "Laos welcomed about 4.8 million visitors in 2019."),
     _doc("b", "Laos welcomed 4.79m visitors in 2019.")),
    ("conversion", _doc("a", "The Chapala tunnel in Mexico is 14.2 km long."),
     _doc("b", "Mexico's Chapala tunnel stretches 8.8 miles.")),
    ("other-metric", _doc("a", "In 2021 Vietnam exported $96bn of goods to the United States."),
     _doc("b", "In 2021 Vietnam imported $15bn of goods from the United States.")),
    ("opposite-flows", _doc("a", "China's exports to Brazil reached $60bn in 2021."),
     _doc("b", "Brazil's exports to China reached $88bn in 2021.")),
    ("other-goods", _doc("a", "Chile's copper exports to China reached $40bn in 2021."),
     _doc("b", "Chile's cherry exports to China reached $2bn in 2021.")),
    ("other-entity", _doc("a", "Laos exported $2bn of power to Thailand in 2021."),
     _doc("b", "Myanmar exported $4bn of gas to Thailand in 2021.")),
    ("city-vs-province", _doc("a", "Cordoba city, with 1.5 million residents, hosts the fair."),
     _doc("b", "Cordoba province, home to 3.9 million residents, grows soy.")),
    ("other-named-place", _doc("a", "Floods in Piura left 2,300 families homeless in 2023."),
     _doc("b", "Floods in Tumbes left 900 families homeless in 2023.")),
    ("currency", _doc("a", "The loan to Laos was worth 3 billion yuan."),
     _doc("b", "The loan to Laos was worth US$410 million.")),
    ("points", _doc("a", "Unemployment in Spain fell 2 percentage points in 2022."),
     _doc("b", "Unemployment in Spain fell 14% in 2022.")),
    ("undated-before-total", _doc("a", "Turkey is sending 40 million doses to Iran.", "2021-03-01"),
     _doc("b", "Iran has received 120 million doses from Turkey so far.", "2022-01-01")),
]  # fmt: skip


def _case(table: list[tuple[object, ...]], name: str) -> tuple[object, ...]:
    return next(case for case in table if case[0] == name)


def _flagged(found: list[claimtrack.Inconsistency], a: str, b: str) -> claimtrack.Inconsistency:
    for inconsistency in found:
        texts = [c.text for c in inconsistency.claims]
        if any(a in t for t in texts) and any(b in t for t in texts):
            return inconsistency
    raise AssertionError(f"not flagged: {a!r} vs {b!r}; found {[i.explanation for i in found]}")


@pytest.mark.parametrize(
    ("name", "a", "b", "ma", "mb", "kind"), CONFLICTS, ids=[c[0] for c in CONFLICTS]
)
def test_conflicts_are_flagged(
    name: str, a: Document, b: Document, ma: str, mb: str, kind: str
) -> None:
    inconsistency = _flagged(claimtrack.check([a, b]), ma, mb)
    assert inconsistency.kind == kind
    assert inconsistency.explanation.endswith(".")
    assert {c.doc for c in inconsistency.claims} == {"a", "b"}


@pytest.mark.parametrize(("name", "a", "b"), TRAPS, ids=[t[0] for t in TRAPS])
def test_traps_are_not_flagged(name: str, a: Document, b: Document) -> None:
    assert claimtrack.check([a, b]) == []


def test_explanation_names_both_documents_and_dates() -> None:
    _, a, b, ma, mb, _ = _case(CONFLICTS, "running-total")
    text = _flagged(claimtrack.check([a, b]), ma, mb).explanation
    assert "a:" in text and "b:" in text and "2021-" in text


def test_check_is_symmetric_in_document_order() -> None:
    docs = [c[1] for c in CONFLICTS] + [c[2] for c in CONFLICTS]
    docs = [d.model_copy(update={"id": f"{d.id}{i}"}) for i, d in enumerate(docs)]

    def pairs(order: list[Document]) -> set[frozenset[tuple[str, tuple[int, int]]]]:
        return {frozenset((c.doc, c.span) for c in i.claims) for i in claimtrack.check(order)}

    assert pairs(docs) == pairs(docs[::-1])
    assert pairs(docs)


def test_a_document_never_conflicts_with_itself() -> None:
    doc = _doc("a", "Trade reached $4bn in 2021. In 2021, trade reached $9bn.")
    assert claimtrack.check([doc]) == []


def test_currencies_compare_with_rates() -> None:
    _, a, b = _case(TRAPS, "currency")
    assert isinstance(a, Document) and isinstance(b, Document)
    assert claimtrack.check([a, b], rates={"USD": 1.0, "CNY": 0.14}) == []
    found = claimtrack.check([a, b], rates={"USD": 1.0, "CNY": 0.5})
    assert found and found[0].kind == "mismatch"


def test_declared_metric_tracks_a_running_total() -> None:
    tracked = Metric(name="fleet", unit="trawler", keywords=("trawlers",), cumulative=True)
    a = _doc("a", "Officials counted 340 trawlers off the coast.", "2022-01-10")
    b = _doc("b", "Officials counted 310 trawlers off the coast.", "2022-02-10")
    found = claimtrack.check([a, b], metrics=[tracked])
    assert [i.kind for i in found] == ["cumulative-decrease"]
    assert found[0].metric == "fleet"


def test_declared_metric_needs_words() -> None:
    with pytest.raises(claimtrack.ClaimtrackError, match="keywords or patterns"):
        claimtrack.check(["x"], metrics=[Metric(name="m", unit="USD")])


def test_adding_a_document_keeps_conflicts() -> None:
    _, a, b, ma, mb, _ = _case(CONFLICTS, "plain")
    extra = [c[1].model_copy(update={"id": f"x{i}"}) for i, c in enumerate(TRAPS)]
    for more in itertools.islice(extra, 4):
        _flagged(claimtrack.check([a, b, more]), ma, mb)


def test_consensus_groups_figures_by_metric() -> None:
    _, a, b = _case(TRAPS, "rounding")
    (view,) = claimtrack.consensus([a, b])
    assert view.metric == "visitors"
    (period,) = view.periods
    assert period.supported is not None and 4.79e6 in period.supported
    assert len(period.claims) == 2

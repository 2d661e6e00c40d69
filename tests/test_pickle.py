"""An extractor and a scanner pickle (for a process pool) and give the same claims afterwards."""

from __future__ import annotations

import pickle

import pytest

from claimtrack import Extractor, default_lexicon
from claimtrack.extract import Scanner

SENTENCES = {
    "hedge-scale": "China sent almost 400 million doses and 19 experts to Peru in 2021.",
    "money-range": "Trade reached $1.2bn, between 10% and 12% more than the 4,500 km of roads.",
    "words-dates": "On June 5th, two dozen ships carried half a million TEU, up 3 percentage points.",
    "compound": "The fare rose to 4 dollars and 75 cents; the river is 5 ft 2 in deep.",
}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text", SENTENCES.values(), ids=SENTENCES.keys())
def test_extractor_round_trip_gives_identical_claims(extractor: Extractor, text: str) -> None:
    loaded = pickle.loads(pickle.dumps(extractor))
    assert isinstance(loaded, Extractor)
    assert loaded.extract(text) == extractor.extract(text)
    assert loaded.extract(text, context=False) == extractor.extract(text, context=False)


def test_scanner_round_trip_gives_identical_mentions(extractor: Extractor) -> None:
    scanner = extractor.scanner
    loaded = pickle.loads(pickle.dumps(scanner))
    assert isinstance(loaded, Scanner)
    for text in SENTENCES.values():
        assert loaded.scan(text) == scanner.scan(text)


def test_lexicon_round_trip_keeps_its_tables() -> None:
    lexicon = default_lexicon()
    loaded = pickle.loads(pickle.dumps(lexicon))
    assert dict(loaded.scales) == dict(lexicon.scales)
    assert loaded.sources == lexicon.sources

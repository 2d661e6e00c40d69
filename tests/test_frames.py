"""Frames: identity of figures by their wording, beyond the metric table (issue #12).

Cases are written for these tests, on topics of their own.
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import claimtrack
from claimtrack.check.frames import Weights, opposed
from claimtrack.context.frames import Framer


def _doc(doc_id: str, text: str) -> claimtrack.Document:
    return claimtrack.Document(id=doc_id, text=text, published=dt.date(2024, 3, 1))


def test_frames_are_stems_nearest_first() -> None:
    framer = Framer("english")
    text = "The ferry carried 2,300 passengers across the bay."
    assert framer.frame(text, 0, len(text), 18, 34)[:3] == ("passeng", "across", "carri")


def test_intent_words_near_the_figure_make_it_intended() -> None:
    framer = Framer("english", ["plans", "pledged"])
    assert framer.intended(("pledg", "compani", "park"))
    assert not framer.intended(("built", "home", "council"))


def test_antonyms_are_marked_in_the_frame_and_oppose_frames() -> None:
    framer = Framer("english", (), {"export": ("import",), "import": ("export",)})
    text = "Norway exported 3.1 million tonnes of salmon."
    frame = framer.frame(text, 0, len(text), 16, 34)
    assert "!import" in frame
    assert opposed(frame, ("import", "salmon", "!export"))


def test_rare_shared_words_weigh_more_than_common_ones() -> None:
    frames = [("the", "ferry", "passeng"), ("the", "ferry", "passeng"), ("the", "bus", "stop")]
    weights = Weights(frames)
    assert weights.weight("ferry") > weights.weight("the")
    assert weights.similarity(frames[0], frames[1]) == pytest.approx(1.0)
    assert weights.similarity(frames[0], frames[2]) < 0.5


CONFLICTS = [
    # wording no metric word covers: the frames say they are the same figure
    (
        _doc("a", "In 2023 the Riverside clinic treated 4,200 outpatients with asthma."),
        _doc("b", "The Riverside clinic treated 5,900 outpatients with asthma in 2023."),
    ),
]

NOT_CONFLICTS = [
    # a plan against an outcome
    (
        _doc("a", "In 2025 the council plans to build 3,000 homes near the ring road."),
        _doc("b", "In 2025 the council built 1,800 homes near the ring road."),
    ),
    # opposite predicates
    (
        _doc("a", "In 2023 Norway exported 3.1 million tonnes of farmed salmon."),
        _doc("b", "In 2023 Norway imported 0.2 million tonnes of farmed salmon."),
    ),
    # same wording, other periods
    (
        _doc("a", "In 2022 the Riverside clinic treated 4,200 outpatients with asthma."),
        _doc("b", "In 2023 the Riverside clinic treated 5,900 outpatients with asthma."),
    ),
]


@pytest.mark.parametrize(("a", "b"), CONFLICTS)
def test_frames_find_conflicts_the_metric_table_cannot(
    a: claimtrack.Document, b: claimtrack.Document
) -> None:
    claims = claimtrack.extract_all([a, b])
    assert all(c.metric is None for c in claims)
    (found,) = claimtrack.check_claims(claims)
    assert {c.doc for c in found.claims} == {"a", "b"}
    assert 0.0 < found.confidence <= 1.0


@pytest.mark.parametrize(("a", "b"), NOT_CONFLICTS)
def test_frames_do_not_pair_other_things(a: claimtrack.Document, b: claimtrack.Document) -> None:
    assert claimtrack.check([a, b]) == []


def test_framer_pickles_with_its_words() -> None:
    framer = Framer("english", ["plans"], {"export": ("import",)})
    copy = pickle.loads(pickle.dumps(framer))
    text = "Norway exported 3.1 million tonnes of salmon, it plans."
    assert copy.frame(text, 0, len(text), 16, 34) == framer.frame(text, 0, len(text), 16, 34)

"""Phrase finding: the Aho-Corasick pass gives what ``finditer`` of the phrases as one regex
alternation between lookarounds gives (the regex tries it replaced)."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.context.phrases import PhraseIndex, Phrases, folded, leftmost, searchable

WORDS = ["ten", "ten days", "tend", "days", "us", "a", "in a row", "since", "a.b", "x-y"]
TABLES = [WORDS, ["days", "in a row", "a", "row"], []]
TEXTS = st.lists(
    st.sampled_from(
        [*WORDS, " ", "  ", "\n", " \t", ",", ".", "-", "5", "12", "é", "_", "TEN", "x", "İ"]
    ),
    max_size=30,
).map("".join)


def _alternation(phrases: list[str]) -> str:
    longest = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split(" "))) for p in longest) or "(?!)"


def _finditer(phrases: list[str], text: str, flags: int = 0) -> list[tuple[int, int, str]]:
    pattern = re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", flags)
    by_key = {p.lower(): p for p in phrases}
    return [
        (m.start(), m.end(), by_key[" ".join(m.group().lower().split())])
        for m in pattern.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_tables_sharing_a_pass_find_what_finditer_finds_for_each(text: str) -> None:
    assert Phrases(TABLES).spans(text) == [_finditer(t, text) for t in TABLES]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_lowercase_phrases_in_the_searchable_form_match_in_any_case(text: str) -> None:
    searched, _ = searchable(text)
    spans = [(s, e) for s, e, _ in Phrases([WORDS]).spans(searched)[0]]
    expected = [(s, e) for s, e, _ in _finditer(WORDS, text.replace("’", "'"), re.IGNORECASE)]
    assert spans == expected


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_starts_give_the_longest_phrase_wherever_one_starts(text: str) -> None:
    (starts,) = Phrases([WORDS]).starts(text)
    for start, end, phrase in starts:
        pattern = re.compile(rf"(?<!\w)(?:{_alternation(WORDS)})(?!\w)")
        match = pattern.match(text, start)
        assert match is not None and match.span() == (start, end), phrase
    picked = leftmost((s, 0, e) for s, e, _ in starts)
    assert picked == [(s, e) for s, e, _ in _finditer(WORDS, text)]


def test_folded_is_what_ignorecase_compares() -> None:
    text = "İSTANBUL and ſtate"
    assert len(folded(text)) == len(text)
    assert searchable(text) == ("istanbul and state", False)
    assert searchable("Chile’s") == ("chile's", True)


def test_a_phrase_with_other_blanks_is_refused() -> None:
    with pytest.raises(ValueError, match="blanks"):
        Phrases([["two  spaces"]])
    with pytest.raises(ValueError, match="blanks"):
        Phrases([[" leading"]])


SHORT_FORMS = {
    "US": "us",
    "U": "u",
    "USA": "usa",
    "G-7": "g7",
    "Fed": "fed",
    "a b": "ab",
    "(C)": "c",
}
SHORT_TEXTS = st.lists(
    st.sampled_from([*SHORT_FORMS, " ", "\n", ",", "-", "7", "x", "_", "us", "é", "(", ")"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(SHORT_TEXTS)
def test_phrases_as_written_equal_finditer_with_lookarounds(text: str) -> None:
    index = PhraseIndex(SHORT_FORMS, fold_from=10)
    pattern = rf"(?<!\w)(?:{_alternation(list(SHORT_FORMS))})(?!\w)"
    found = [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
    expected = [(s, e, SHORT_FORMS[" ".join(g.split())]) for s, e, g in found]
    assert index.find(text) == expected


def test_a_phrase_index_pickles_and_finds_the_same() -> None:
    index = PhraseIndex({"Trinidad and Tobago": "TT", "US": "US"}, fold_from=4)
    text = "trinidad and\ntobago and the US"
    assert pickle.loads(pickle.dumps(index)).find(text) == index.find(text)
    assert index.find(text) == [(0, 19, "TT"), (28, 30, "US")]

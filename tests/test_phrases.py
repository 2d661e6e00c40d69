"""Phrase finding: ``WordStarts`` gives what ``finditer`` with lookbehinds gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack._phrases import Alternative, PhraseIndex, WordStarts, trie_pattern

WORDS = ["ten", "ten days", "tend", "days", "us", "a", "in a row", "since"]
ALTERNATIVES: list[Alternative] = [
    (r"\w", rf"(?:{trie_pattern(WORDS)})(?!\w)"),
    (r"\w.,", r"\d+\s+(?:days|weeks)(?!\w)"),
]
SEARCHES: list[list[Alternative]] = [
    ALTERNATIVES,
    ALTERNATIVES[:1],
    [(r"\w", frozenset({"days", "in a row", "a", "row"})), (r"\w_", r"\d+")],
    [],
]
TEXTS = st.lists(
    st.sampled_from([*WORDS, " ", "  ", "\n", ",", ".", "-", "5", "12", "é", "_", "TEN", "x"]),
    max_size=30,
).map("".join)


def _finditer(alternatives: list[Alternative], text: str, flags: int) -> list[tuple[int, int]]:
    patterns = [
        (before, rf"(?:{trie_pattern(what)})(?!\w)" if isinstance(what, frozenset) else what)
        for before, what in alternatives
    ]
    plain = "|".join(rf"(?<![{before}])(?:{pattern})" for before, pattern in patterns) or "(?!)"
    return [m.span() for m in re.finditer(plain, text, flags)]


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans())
def test_word_starts_equal_finditer_with_lookbehinds(text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    assert WordStarts([ALTERNATIVES], flags).spans(text) == [_finditer(ALTERNATIVES, text, flags)]


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans())
def test_searches_sharing_a_pass_find_what_each_finds_alone(text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    expected = [_finditer(alternatives, text, flags) for alternatives in SEARCHES]
    assert WordStarts(SEARCHES, flags).spans(text) == expected


def test_a_match_must_start_after_a_non_word_character() -> None:
    with pytest.raises(ValueError, match="word character"):
        WordStarts([[(r"\s", "x")]])


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
def test_phrases_as_written_equal_finditer_with_lookbehinds(text: str) -> None:
    index = PhraseIndex(SHORT_FORMS, fold_from=10)
    pattern = rf"(?<!\w)(?:{trie_pattern(SHORT_FORMS)})(?!\w)"
    expected = [(m.start(), m.end(), SHORT_FORMS[m.group()]) for m in re.finditer(pattern, text)]
    assert index.find(text) == expected

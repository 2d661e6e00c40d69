"""Phrase finding: ``WordStarts`` gives what ``finditer`` with lookbehinds gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack._phrases import WordStarts, trie_pattern

WORDS = ["ten", "ten days", "tend", "days", "us", "a", "in a row", "since"]
ALTERNATIVES = [
    (r"\w", rf"(?:{trie_pattern(WORDS)})(?!\w)"),
    (r"\w.,", r"\d+\s+(?:days|weeks)(?!\w)"),
]
TEXTS = st.lists(
    st.sampled_from([*WORDS, " ", "  ", "\n", ",", ".", "-", "5", "12", "é", "_", "TEN", "x"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans())
def test_word_starts_equal_finditer_with_lookbehinds(text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    plain = "|".join(rf"(?<![{before}])(?:{pattern})" for before, pattern in ALTERNATIVES)
    expected = [m.span() for m in re.finditer(plain, text, flags)]
    assert WordStarts(ALTERNATIVES, flags).spans(text) == expected
    assert WordStarts(ALTERNATIVES[:1], flags).spans(text) == [
        m.span() for m in re.finditer(rf"(?<!\w)(?:{ALTERNATIVES[0][1]})", text, flags)
    ]

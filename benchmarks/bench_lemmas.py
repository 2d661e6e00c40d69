"""Singular forms of plural count nouns: the extractor's own plural rules against simplemma.

Usage: ``python benchmarks/bench_lemmas.py [PAIRS_JSON]``

The pairs (``benchmarks/news/lemmas.json``) are plural nouns and their singular, written by the
team. Three ways are measured, accuracy and time per word: the lexicon's plural rules alone
(``Nouns.singular`` before simplemma), simplemma alone, and what the extractor does (the
lexicon's irregular plurals and invariant nouns first, then simplemma, then the rules).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import simplemma

from claimtrack import default_lexicon
from claimtrack.extract.nouns import Nouns, rule_singular
from claimtrack.extract.patterns import Patterns

PAIRS = Path(__file__).with_name("news") / "lemmas.json"
ROUNDS = 200


def _measure(name: str, lemma: Callable[[str], str | None], pairs: dict[str, str]) -> None:
    right = sum(lemma(plural) == singular for plural, singular in pairs.items())
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for plural in pairs:
            lemma(plural)
    per_word = (time.perf_counter() - start) / (ROUNDS * len(pairs)) * 1e6
    wrong = [f"{p}->{lemma(p)}" for p, s in pairs.items() if lemma(p) != s]
    print(f"{name:22} {right:4}/{len(pairs)}  {right / len(pairs):.2f}  {per_word:6.2f} us/word")
    print(f"{'':22} wrong: {', '.join(wrong[:12])}{' ...' if len(wrong) > 12 else ''}")


def main(argv: list[str]) -> int:
    pairs: dict[str, str] = json.loads(Path(argv[0] if argv else PAIRS).read_text())["pairs"]
    lexicon = default_lexicon()
    nouns = Nouns(lexicon, Patterns(lexicon))
    _measure("rules", lambda w: rule_singular(lexicon, w), pairs)
    _measure("simplemma", lambda w: simplemma.lemmatize(w, lang="en"), pairs)
    _measure("extractor", lambda w: nouns.singular(w, 2.0), pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Precision and recall per category of the news-extraction error analysis (issue 13).

Usage: ``python benchmarks/eval_news.py [CASES_JSON] [--misses]``

The cases are sentences the team wrote (``benchmarks/news/cases.json``), one table per category:
identifiers and ordinals that are no figures, dates, currency prefixes, ranges, fractions, scales,
units, count nouns, change and bounds. A claim matches an expected figure when the spans overlap,
value, low and high agree (relative 1e-9) and the units are the same; the fields of a row's
optional sixth item (``bound``, ``change``) must agree too. Each expected figure matches at most
one claim. The tests (``tests/test_news_categories.py``) hold every case to exactly its figures.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import claimtrack
from claimtrack import Claim

CASES = Path(__file__).with_name("news") / "cases.json"


def _same(a: float | None, b: float | None) -> bool:
    return a is None if b is None else a is not None and math.isclose(a, b, rel_tol=1e-9)


def matches(sentence: str, claim: Claim, row: list[Any]) -> bool:
    """Whether ``claim`` is the figure ``row`` expects in ``sentence``."""
    quote, value, low, high, unit, *extra = row
    start = sentence.find(quote)
    if start < 0 or claim.span[1] <= start or claim.span[0] >= start + len(quote):
        return False
    q = claim.quantity
    if not all(_same(h, w) for h, w in ((q.value, value), (q.low, low), (q.high, high))):
        return False
    fields = extra[0] if extra else {}
    return q.unit == unit and all(getattr(q, k) == v for k, v in fields.items())


def score(
    cases: dict[str, list[dict[str, Any]]], show_misses: bool
) -> list[tuple[str, int, int, int]]:
    """(category, expected, found, matched) per category."""
    rows = []
    for category, table in cases.items():
        expected = found = matched = 0
        for case in table:
            claims = claimtrack.extract(case["text"])
            free = list(claims)
            expected += len(case["figures"])
            found += len(claims)
            for row in case["figures"]:
                hit = next((c for c in free if matches(case["text"], c, row)), None)
                if hit is not None:
                    free.remove(hit)
                    matched += 1
                elif show_misses:
                    print(f"  {category:18} missed {row[0]!r:28} | {case['text']}")
            if show_misses:
                for claim in free:
                    q = claim.quantity
                    print(f"  {category:18} extra  {claim.text!r} {q.value} [{q.low}, {q.high}]"
                          f" {q.unit} | {case['text']}")  # fmt: skip
        rows.append((category, expected, found, matched))
    return rows


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=CASES)
    parser.add_argument("--misses", action="store_true", help="print each miss and extra claim")
    args = parser.parse_args(argv)
    cases = json.loads(args.cases.read_text(encoding="utf-8"))["categories"]
    rows = score(cases, args.misses)
    print(f"{'category':18} {'gold':>5} {'pred':>5}     P     R    F1")
    totals = [0, 0, 0]
    for category, expected, found, matched in rows:
        p, r = _ratio(matched, found), _ratio(matched, expected)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{category:18} {expected:5} {found:5}  {p:.2f}  {r:.2f}  {f1:.2f}")
        totals = [totals[0] + expected, totals[1] + found, totals[2] + matched]
    p, r = _ratio(totals[2], totals[1]), _ratio(totals[2], totals[0])
    print(f"{'all':18} {totals[0]:5} {totals[1]:5}  {p:.2f}  {r:.2f}  {2 * p * r / (p + r):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

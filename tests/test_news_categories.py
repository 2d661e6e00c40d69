"""The categories of the news-extraction error analysis (issue 13), on sentences the team wrote.

The cases live in ``benchmarks/news/cases.json`` and, written after the first table was fixed
to see whether the mechanisms generalize, ``benchmarks/news/holdout.json``;
``benchmarks/eval_news.py`` scores them per category. Here every case must yield exactly its
figures, in order. A case with ``open`` is a
known gap, a strict xfail: fixing it fails the test until the mark is removed.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import claimtrack

TABLES = Path(__file__).parents[1] / "benchmarks" / "news"


def _params() -> list[Any]:
    params = []
    for table in ("cases", "holdout"):
        path = TABLES / f"{table}.json"
        for category, cases in json.loads(path.read_text(encoding="utf-8"))["categories"].items():
            for number, case in enumerate(cases):
                gap = case.get("open")
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                case_id = f"{table}-{category}-{number}"
                params.append(pytest.param(case["text"], case["figures"], id=case_id, marks=marks))
    return params


def _same(a: float | None, b: float | None) -> bool:
    return a is None if b is None else a is not None and math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(("sentence", "figures"), _params())
def test_news_case(sentence: str, figures: list[list[Any]]) -> None:
    claims = claimtrack.extract(sentence)
    got = [(c.text, c.quantity) for c in claims]
    assert len(got) == len(figures), got
    for (text, q), (quote, value, low, high, unit, *extra) in zip(got, figures, strict=True):
        assert text == quote, got
        assert _same(q.value, value) and _same(q.low, low) and _same(q.high, high), got
        assert q.unit == unit, got
        for name, want in (extra[0] if extra else {}).items():
            assert getattr(q, name) == want, (name, got)

"""Claims as records: a flat object for tables, CSV and reports, and a lossless JSONL line.

:func:`claim_record` is the flat object the command line prints (the contract's fields ``doc``,
``span``, ``text``, ``value``, ``low``, ``high``, ``unit`` first). :func:`claim_line` is one line
of ``claimtrack extract --format jsonl``: that flat object plus the whole claim under ``"claim"``
(its JSON as :meth:`Claim.model_dump` gives it, document id, publication date and source included),
so that :func:`read_claims` reads back exactly the claim that was written.

>>> from claimtrack.model import Claim, Quantity
>>> claim = Claim(doc="a", span=(0, 2), text="5%", published="2021-07-28",
...               quantity=Quantity(value=5.0, low=5.0, high=5.0, unit="percent"))
>>> record = json.loads(claim_line(claim))
>>> record["doc"], record["unit"], record["published"], record["claim"]["id"]
('a', 'percent', '2021-07-28', 'a:0-2:5391')
>>> Claim.model_validate(record["claim"]) == claim
True
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimtrack._errors import DocumentError
from claimtrack.io.documents import json_lines, read_text, validation_problem
from claimtrack.model import Claim

__all__ = ["CLAIM_KEY", "claim_line", "claim_record", "read_claims"]

CLAIM_KEY = "claim"
"""The key of a JSONL record that holds the whole claim."""


def claim_record(claim: Claim) -> dict[str, Any]:
    """The flat JSON object of a claim in the command line's output, the contract's fields
    first."""
    q = claim.quantity
    interval = q.interval
    return {
        "doc": claim.doc,
        "span": list(claim.span),
        "text": claim.text,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "unit": q.unit,
        "bound": q.bound,
        "kind": q.kind,
        "change": q.change,
        "interval": [interval.low, interval.high],
        "subject": claim.subject,
        "metric": claim.metric,
        "entities": [e.name for e in claim.entities],
        "time": claim.time.text or None,
        "time_start": claim.time.start.isoformat() if claim.time.start else None,
        "time_end": claim.time.end.isoformat() if claim.time.end else None,
        "cumulative": claim.time.cumulative,
        "attribution": claim.attribution,
        "source": claim.source,
        "published": claim.published.isoformat() if claim.published else None,
    }


def claim_line(claim: Claim) -> str:
    """One self-contained JSONL record: :func:`claim_record` plus the whole claim under
    ``"claim"``, without a newline."""
    record = {**claim_record(claim), CLAIM_KEY: claim.model_dump(mode="json")}
    return json.dumps(record, ensure_ascii=False, allow_nan=False)


def _claims_in(path: Path) -> Iterator[Claim | DocumentError]:
    try:
        text = read_text(path)
    except DocumentError as exc:
        yield exc
        return
    for item in json_lines(path, text):
        if isinstance(item, DocumentError):
            yield item
            continue
        where, _, record = item
        if isinstance(record, dict) and isinstance(record.get(CLAIM_KEY), dict):
            record = record[CLAIM_KEY]
        if not isinstance(record, dict):
            yield DocumentError(f"{where}: want a claim record (a JSON object)")
            continue
        try:
            yield Claim.model_validate(record)
        except ValidationError as exc:
            yield DocumentError(f"{where}: not a claim record: {validation_problem(exc)}")


def read_claims(
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_error: Callable[[DocumentError], object] | None = None,
) -> Iterator[Claim]:
    """The claims in JSONL files that ``claimtrack extract --format jsonl`` (or
    :func:`claim_line`) wrote, in file and line order.

    A line is a record with the claim under ``"claim"``, or a claim's own JSON. A missing or
    unreadable file, or a line that is not valid JSON or not a claim, is a
    :class:`~claimtrack.DocumentError` naming the file and line: passed to ``on_error`` when
    given, and the other lines are still read; raised otherwise.
    """
    for name in paths:
        path = Path(name)
        if not path.is_file():
            error = DocumentError(
                f"{path}: no such file" if not path.exists() else f"{path}: not a file"
            )
            if on_error is None:
                raise error
            on_error(error)
            continue
        for item in _claims_in(path):
            if isinstance(item, Claim):
                yield item
            elif on_error is None:
                raise item
            else:
                on_error(item)

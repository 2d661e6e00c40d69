"""Claims and check results written out: JSON lines, a JSON array, CSV or a table for a person.

The command line writes through these; so may scripts of your own.

>>> import io
>>> from claimtrack.model import Claim, Quantity
>>> claim = Claim(doc="a", span=(0, 2), text="5%",
...               quantity=Quantity(value=5.0, low=5.0, high=5.0, unit="percent"))
>>> out = io.StringIO()
>>> write_claims([claim], "csv", out)
>>> out.getvalue().splitlines()[1][:27]
'a,"[0, 2]",5%,5.0,5.0,5.0,p'
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from claimtrack.check import MetricView
from claimtrack.io.records import claim_line, claim_record
from claimtrack.model import Claim, Inconsistency

__all__ = [
    "CLAIM_FORMATS",
    "inconsistency_record",
    "write_claims",
    "write_csv",
    "write_json_array",
    "write_report",
]

CLAIM_FORMATS = ("jsonl", "json", "csv", "table")
"""The formats :func:`write_claims` writes."""

_TABLE_COLUMNS = (
    "doc", "text", "value", "low", "high", "unit", "metric", "entities", "time", "source",
)  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\n", " ")


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(40, max([len(c), *(len(r[i]) for r in cells)])) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=False)).rstrip(), file=out)
    for row in cells:
        print(
            "  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=False)).rstrip(), file=out
        )


def write_claims(claims: Iterable[Claim], fmt: str, out: TextIO) -> None:
    """Claims in ``fmt``, written as they come (a table, which needs its widths, at the end)."""
    if fmt == "jsonl":
        for claim in claims:
            print(claim_line(claim), file=out)
    elif fmt == "json":
        write_json_array((claim_record(c) for c in claims), out)
    elif fmt == "csv":
        write_csv((claim_record(c) for c in claims), out)
    else:
        _table([claim_record(c) for c in claims], _TABLE_COLUMNS, out)


def write_json_array(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    out.write("[")
    for number, record in enumerate(records):
        item = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
        out.write(f"{',' if number else ''}\n {item}")
    out.write("\n]\n")


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer: csv.DictWriter[str] | None = None
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: ";".join(v) if isinstance(v, list) and k == "entities"
                         else v for k, v in record.items()})  # fmt: skip
    if writer is None:
        print("doc,span,text,value,unit", file=out)


def inconsistency_record(found: Inconsistency) -> dict[str, Any]:
    return {
        "kind": found.kind,
        "severity": found.severity,
        "metric": found.metric,
        "explanation": found.explanation,
        "confidence": found.confidence,
        "identity": found.identity.model_dump(mode="json") if found.identity else None,
        "claims": [claim_record(c) for c in found.claims],
    }


def write_report(
    found: Sequence[Inconsistency], views: Sequence[MetricView], fmt: str, out: TextIO
) -> None:
    """The output of ``check``: a JSON array, or the inconsistencies and every metric's figures
    side by side by period."""
    if fmt == "json":
        payload = [inconsistency_record(i) for i in found]
        json.dump(payload, out, ensure_ascii=False, indent=1)
        print(file=out)
        return
    print(f"{len(found)} inconsistenc{'y' if len(found) == 1 else 'ies'}", file=out)
    for i in found:
        print(f"- [{i.severity}] {i.kind}: {i.explanation}", file=out)
    if views:
        print("\nfigures by metric:", file=out)
    for view in views:
        entities = f" [{', '.join(view.entities)}]" if view.entities else ""
        print(f"\n{view.metric} ({view.unit}){entities}", file=out)
        for period in view.periods:
            if period.time == "running total":
                summary = "may only grow"
            elif period.supported is not None:
                summary = f"jointly supported {period.supported}"
            else:
                summary = "the figures disagree"
            print(f"  {period.time}: {summary}", file=out)
            for c in period.claims:
                when = c.when() if period.time == "running total" else ""
                row = f"{c.doc:<24} {c.text[:36]:<36} {c.quantity.interval!s:<24} {when:<24}"
                print(f"    {row} {c.source or ''}".rstrip(), file=out)

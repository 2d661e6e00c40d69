"""How well claim context agrees with a reader on the seed articles (issue 3).

    python benchmarks/eval_context.py ../shared/data

For every figure in ``seeds/figures.json`` that claimtrack extracts, compare what it found with
what the reader wrote:
- subject: at least one content word of the reader's ``subject`` appears in the claim's subject
  or metric (words compared without a plural "s");
- entities: every gazetteer entity named in the reader's subject is among the claim's entities;
- time: the years and dates in the reader's ``time`` lie within the claim's time scope (a
  figure the reader gives no time is skipped), and "cumulative" agrees.
Prints each disagreement and the agreement rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

import claimtrack

STOP = {"the", "of", "and", "in", "to", "by", "a", "an", "for", "with", "at", "from", "per",
        "more", "than", "china", "chinese", "latin", "american", "america", "caribbean"}  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP}


def _gold_dates(text: str, published: dt.date | None) -> list[dt.date]:
    found = [
        dt.date.fromisoformat(d) - dt.timedelta(days=366 if before else 0)
        for before, d in re.findall(r"(before )?(\d{4}-\d{2}-\d{2})", text)
    ]
    rest = re.sub(r"\d{4}-\d{2}-\d{2}", "", text)
    found += [dt.date(int(y), 7, 1) for y in re.findall(r"\b(?:19|20)\d{2}\b", rest)]
    return found


def _time_agrees(claim: claimtrack.Claim, gold: str, published: dt.date | None) -> bool:
    time = claim.time
    if ("cumulative" in gold) != time.cumulative and "as of" not in gold:
        return False
    dates = _gold_dates(gold, published)
    if not dates:
        return time.kind == "unknown" or "as of" in gold
    if time.start is None or time.end is None:
        return False
    return all(time.start.year <= d.year <= time.end.year for d in dates)


def _named(phrase: str) -> set[str]:
    """The entities the reader's subject names, as claimtrack reads them: those of a figure stated
    about the phrase ("<phrase>: 7 items.")."""
    probe = f"{phrase}: 7 items."
    return {e.name for c in claimtrack.extract(probe) for e in c.entities}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (holding seeds/)")
    args = parser.parse_args()
    gold = json.loads((args.data / "seeds" / "figures.json").read_text(encoding="utf-8"))
    counts = {"figures": 0, "found": 0, "subject": 0, "entities": 0, "time": 0, "timed": 0}
    for figure in gold["figures"]:
        counts["figures"] += 1
        path = args.data / "seeds" / figure["doc"]
        (doc,) = claimtrack.read_documents([path])
        quote = figure["quote"]
        start = doc.text.find(quote)
        claim = next(
            (c for c in claimtrack.extract(doc) if c.span[0] < start + len(quote) and start < c.span[1]),
            None,
        )  # fmt: skip
        if claim is None:
            print(f"not extracted: {figure['doc']}: {quote!r}")
            continue
        counts["found"] += 1
        said = _words(f"{claim.subject or ''} {claim.metric or ''}")
        if _words(figure["subject"]) & said:
            counts["subject"] += 1
        else:
            print(f"subject: {quote!r}: reader {figure['subject']!r}; claimtrack "
                  f"{claim.subject!r} (metric {claim.metric!r})")  # fmt: skip
        named = _named(figure["subject"])
        if named <= {e.name for e in claim.entities}:
            counts["entities"] += 1
        else:
            print(f"entities: {quote!r}: reader names {sorted(named)}; claimtrack "
                  f"{sorted(e.name for e in claim.entities)}")  # fmt: skip
        if "time" in figure:
            counts["timed"] += 1
            if _time_agrees(claim, figure["time"], doc.published):
                counts["time"] += 1
            else:
                t = claim.time
                print(f"time: {quote!r}: reader {figure['time']!r}; claimtrack {t.kind} "
                      f"{t.start}..{t.end} cumulative={t.cumulative} ({t.text!r})")  # fmt: skip
    found = counts["found"] or 1
    print()
    print(f"figures extracted: {counts['found']}/{counts['figures']}")
    print(
        f"subject agreement: {counts['subject']}/{counts['found']} = {counts['subject'] / found:.2f}"
    )
    print(
        f"entity agreement:  {counts['entities']}/{counts['found']} = {counts['entities'] / found:.2f}"
    )
    timed = counts["timed"] or 1
    print(f"time agreement:    {counts['time']}/{counts['timed']} = {counts['time'] / timed:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ledger at scale: ingest rate, then time and peak memory to check new documents against
a million stored claims, beside the check that reads every claim (the first cut's way).

Usage: ``python benchmarks/bench_ledger.py ../shared/data [--claims 1000000] [--new 1000]
[--db PATH]``

Documents are made at run time from the shared data's real prose (seed and dev-set articles,
read, never copied): each is a few of its paragraphs with every digit replaced at random and
every country name swapped for another, so that frames are real news wording while figures,
owners and years vary. The ledger is filled by ``Ledger.add`` (extraction included) up to
``--claims`` claims; an existing ``--db`` is reused. Each check runs in a fresh interpreter, so
its peak resident memory is its own:

- bounded: ``Ledger.check(new)`` on ``--new`` new documents (the ledger is not read whole);
- everything: every latest claim read into memory and ``check_claims`` on them with the new
  documents' claims, as the ledger's first cut did (skip with ``--no-peer``).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import regex

import claimtrack
from claimtrack import Document, Ledger

COUNTRIES = (
    "Argentina", "Bolivia", "Brazil", "Chile", "China", "Colombia", "Ecuador", "Mexico",
    "Paraguay", "Peru", "Uruguay", "Venezuela", "Panama", "Cuba", "Costa Rica", "Guatemala",
    "Honduras", "Nicaragua", "El Salvador", "Dominican Republic", "Jamaica", "Haiti",
    "Kenya", "Nigeria", "Ghana", "Ethiopia", "Egypt", "Morocco", "Vietnam", "Indonesia",
)  # fmt: skip
_COUNTRY = regex.compile("|".join(sorted(map(regex.escape, COUNTRIES), key=len, reverse=True)))
_DIGIT = regex.compile(r"\d")


def paragraphs(data: Path) -> list[str]:
    """The paragraphs of the shared news prose that hold a figure (the peers' test sentences
    are left out: made to test number parsing, "two hundred and ten is a valid number", they
    would fill the ledger with contradictions no newsroom meets)."""
    found = []
    for doc in claimtrack.read_documents(
        [data / "seeds", data / "crossdoc-dev", data / "crossdoc-dev2"]
    ):
        for paragraph in doc.text.split("\n\n"):
            if len(paragraph) > 60 and _DIGIT.search(paragraph):
                found.append(paragraph.strip())
    return found


def _varied(paragraph: str, rng: random.Random) -> str:
    """The paragraph about other countries; its figures the same for the same countries, but
    one time in ten other figures (a contradiction, or a figure of another period)."""
    text = _COUNTRY.sub(lambda _: rng.choice(COUNTRIES), paragraph)
    digits = rng if rng.random() < 0.1 else random.Random(text)
    return _DIGIT.sub(lambda _: str(digits.randint(0, 9)), text)


def documents(pool: list[str], prefix: str, seed: int) -> Iterator[Document]:
    """Endless documents of 3-6 varied paragraphs, ids ``prefix-0``, ``prefix-1``..."""
    rng = random.Random(seed)
    number = 0
    while True:
        parts = [_varied(p, rng) for p in rng.sample(pool, rng.randint(3, 6))]
        year = rng.randint(2015, 2025)
        yield Document(id=f"{prefix}-{number}", text="\n\n".join(parts),
                       published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")  # fmt: skip
        number += 1


def fill(db: Path, pool: list[str], target: int) -> None:
    with Ledger(db) as ledger:
        stored = ledger.connection.execute(
            "SELECT COUNT(*) FROM claims WHERE latest = 1"
        ).fetchone()[0]
        if stored >= target:
            print(f"ledger {db}: {stored:,} claims stored already")
            return
        docs = documents(pool, "archive", seed=1)  # the same ones again: stored ones are skipped
        added = stored
        start = last = time.perf_counter()
        count = 0
        while added < target:
            report = ledger.add([next(docs)])
            added += report.claims
            count += report.new
            now = time.perf_counter()
            if now - last > 30:
                print(f"  {added:,} claims, {count / (now - start):.0f} documents/s", flush=True)
                last = now
        took = time.perf_counter() - start
    print(f"ingest: {count:,} documents, {added - stored:,} claims in {took:.0f} s: "
          f"{count / took:.0f} documents/s, {(added - stored) / took:,.0f} claims/s")  # fmt: skip


_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
from bench_ledger import child
child(sys.argv[1:])
"""


def child(argv: list[str]) -> None:
    """One check in this interpreter; prints its figures as JSON."""
    import resource

    mode, db, data, new_count = argv[0], Path(argv[1]), Path(argv[2]), int(argv[3])
    pool = paragraphs(data)
    new = [d for _, d in zip(range(new_count), documents(pool, "today", seed=2), strict=False)]
    start = time.perf_counter()
    with Ledger(db) as ledger:
        if mode == "bounded":
            found = ledger.check(new)
        else:
            claims = ledger.claims()  # the bounded run, first, stored the new documents
            ids = {d.id for d in new}
            found = [
                i for i in claimtrack.check_claims(claims) if any(c.doc in ids for c in i.claims)
            ]
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": took, "peak_mb": peak, "found": len(found)}))


def run_child(mode: str, db: Path, data: Path, new: int) -> dict[str, float]:
    code = _CHILD.format(here=str(Path(__file__).parent))
    done = subprocess.run([sys.executable, "-c", code, mode, str(db), str(data), str(new)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=1000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/claimtrack-bench-ledger.db"))
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    pool = paragraphs(args.data)
    print(f"{len(pool)} paragraphs of real prose to vary")
    fill(args.db, pool, args.claims)
    size = args.db.stat().st_size / 2**20
    print(f"ledger file: {size:,.0f} MB")
    bounded = run_child("bounded", args.db, args.data, args.new)
    print(f"bounded check of {args.new} new documents: {bounded['seconds']:.1f} s (extraction "
          f"included), peak {bounded['peak_mb']:,.0f} MB, {bounded['found']} inconsistencies")  # fmt: skip
    if args.no_peer:
        return
    # the new documents are stored by the bounded run: the peer re-extracts them beside them
    peer = run_child("everything", args.db, args.data, args.new)
    print(f"check reading every claim: {peer['seconds']:.1f} s, peak {peer['peak_mb']:,.0f} MB, "
          f"{peer['found']} inconsistencies")  # fmt: skip
    print(f"ratio: {peer['seconds'] / bounded['seconds']:.1f}x faster, "
          f"{peer['peak_mb'] / bounded['peak_mb']:.1f}x less memory")  # fmt: skip


if __name__ == "__main__":
    main()

"""How `claimtrack.check` scales: time and peak memory from 10k to 1M generated claims.

    python benchmarks/bench_check.py [--max 1000000]

Claims are generated directly (no text), with keys drawn like a news archive's: one metric per
2,000 claims (an archive that grows covers more things, not only more figures on the same
things; at least 40), 8 units, country pairs from 150 names, 25 years, a third of them running
totals, and one claim in fifty off by a factor of ten. Each size runs in a fresh subprocess so
that its peak memory (max RSS) is its own. Targets (issue 4): 1,000,000 claims in <= 10 s and <= 2 GB on one core, and time
growing near n log n. Then the claims of one long document (7.5k to 30k figures written as
prose): their time grows near n log n too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import resource
import subprocess
import sys
import time

CLAIMS_PER_METRIC = 2_000
UNITS = ["USD", "dose", "metric_ton", "kilometer", "percent", "person", "TEU", "EUR"]
KINDS = {"USD": "money", "EUR": "money", "dose": "count", "person": "count", "TEU": "count",
         "metric_ton": "measure", "kilometer": "measure", "percent": "percent"}  # fmt: skip
COUNTRIES = [f"Country{i}" for i in range(150)]


def generate(n: int, seed: int = 7) -> list[object]:
    """``n`` distinct claims and quantities, each claim with its own id (``model_construct``
    derives none); entities and time scopes (frozen values) are shared, as are the field-name
    sets pydantic keeps per instance."""
    from claimtrack import Claim, Entity, Quantity, TimeScope

    rng = random.Random(seed)
    metrics = [f"metric{i}" for i in range(max(40, n // CLAIMS_PER_METRIC))]
    entities = [Entity(name=c) for c in COUNTRIES]
    years = [
        TimeScope(kind="period", start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), text=str(y))
        for y in range(1999, 2024)
    ]
    totals = [
        TimeScope(kind="point", start=dt.date(2021, 1, 1) + dt.timedelta(days=d),
                  end=dt.date(2021, 1, 1) + dt.timedelta(days=d), cumulative=True, text="so far")
        for d in range(0, 730, 7)
    ]  # fmt: skip
    base = {(m, u): rng.uniform(10, 1e6) for m in metrics for u in UNITS}
    claim_fields, quantity_fields = set(Claim.model_fields), set(Quantity.model_fields)
    claims = []
    for i in range(n):
        metric, unit = rng.choice(metrics), rng.choice(UNITS)
        value = base[(metric, unit)] * (10.0 if rng.random() < 0.02 else rng.uniform(0.99, 1.01))
        running = rng.random() < 0.33
        scope = rng.choice(totals) if running else rng.choice(years)
        if running:
            value *= 1 + (scope.start - dt.date(2021, 1, 1)).days / 365  # type: ignore[operator]
        quantity = Quantity.model_construct(
            quantity_fields, value=value, low=value, high=value, bound="=", unit=unit, kind=KINDS[unit],
            change=None, precision=value * 0.001, tolerance=0.0, vague=False,
        )  # fmt: skip
        pair = (rng.choice(entities), rng.choice(entities))
        claims.append(
            Claim.model_construct(
                claim_fields, id=f"doc{i // 20}:{i}", doc=f"doc{i // 20}", span=(0, 1), text="x",
                quantity=quantity, sentence="",
                subject=None, metric=metric, entities=pair, time=scope, attribution=None,
                source=None, published=None,
            )
        )  # fmt: skip
    return claims


def run_one(n: int) -> None:
    """Generate and check ``n`` claims; print one JSON line of figures."""
    import claimtrack

    claims = generate(n)
    claimtrack.check_claims(claims[:100])  # warm caches: unit factors, context data
    before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    found = claimtrack.check_claims(claims)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "seconds": seconds, "peak_mb": peak_mb,
                      "check_mb": peak_mb - before_mb, "found": len(found)}))  # fmt: skip


_PLACES = ("harbour", "turbine hall", "ferry line", "orchard", "quarry", "reservoir", "clinic")


def one_document(n: int, seed: int = 7) -> float:
    """Seconds to check the claims of one document of ``n`` figures (written as prose, so that
    their frames share words): claims of one document are never compared, and finding that
    out may not cost the square of their number."""
    import claimtrack

    rng = random.Random(seed)
    text = " ".join(
        f"The {rng.choice(_PLACES)} in {rng.choice(COUNTRIES[:3])} held "
        f"{rng.randint(10, 99_999):,} tonnes in {rng.randint(2000, 2022)}."
        for _ in range(n)
    )
    claims = claimtrack.extract_all([claimtrack.Document(id="long", text=text)])
    start = time.perf_counter()
    claimtrack.check_claims(claims)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=1_000_000, help="largest size (default 1M)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one)
        return 0
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max]
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], check=True,
                             capture_output=True, text=True)  # fmt: skip
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'claims':>10} {'seconds':>8} {'peak MB':>8} {'check MB':>8} {'found':>8} "
          f"{'t/prev':>7} {'nlogn/prev':>10}")  # fmt: skip
    prev = None
    for row in rows:
        growth = nlogn = ""
        if prev is not None:
            growth = f"{row['seconds'] / prev['seconds']:.1f}"
            ratio = row["n"] * math.log(row["n"]) / (prev["n"] * math.log(prev["n"]))
            nlogn = f"{ratio:.1f}"
        print(f"{row['n']:>10,} {row['seconds']:>8.2f} {row['peak_mb']:>8.0f} "
              f"{row['check_mb']:>8.0f} {row['found']:>8,} "
              f"{growth:>7} {nlogn:>10}")  # fmt: skip
        prev = row
    last = rows[-1]
    if last["n"] == 1_000_000:
        ok = last["seconds"] <= 10 and last["peak_mb"] <= 2048
        print(f"target 1M claims <= 10 s and <= 2048 MB (whole process, claims included): "
              f"{'met' if ok else 'NOT met'}")  # fmt: skip
    print(f"\none document: {'claims':>8} {'seconds':>8} {'t/prev':>7} {'nlogn/prev':>10}")
    previous: tuple[int, float] | None = None
    for n in (7_500, 15_000, 30_000):
        took = one_document(n)
        growth = nlogn = ""
        if previous is not None:
            growth = f"{took / previous[1]:.1f}"
            nlogn = f"{n * math.log(n) / (previous[0] * math.log(previous[0])):.1f}"
        print(f"{'':14}{n:>8,} {took:>8.2f} {growth:>7} {nlogn:>10}")
        previous = (n, took)
    return 0


if __name__ == "__main__":
    sys.exit(main())

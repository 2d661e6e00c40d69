"""Cold start: a new process imports claimtrack, extracts one sentence and checks two documents.

Prints the median wall time of several fresh processes and of each step, so that what remains
of a cold start is visible (import, first extract, first check).

    python benchmarks/bench_coldstart.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_CHILD = r"""
import json, time
t0 = time.perf_counter()
import claimtrack
t1 = time.perf_counter()
claimtrack.extract("Exports rose 5% to $1.2bn in 2021, about 4,500 km of roads.")
t2 = time.perf_counter()
a = claimtrack.Document(id="a", text="In 2022, Chile shipped 40,000 tonnes of copper to Peru.")
b = claimtrack.Document(id="b", text="In 2022, Chile shipped 52,000 tonnes of copper to Peru.")
claimtrack.check([a, b])
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "extract": t2 - t1, "check": t3 - t2, "total": t3 - t0}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    runs = []
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    for step in ("import", "extract", "check", "total"):
        times = [r[step] for r in runs]
        print(f"{step:8s} median {statistics.median(times):.3f} s  (min {min(times):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

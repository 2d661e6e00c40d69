"""Peak memory of `claimtrack extract` on one huge document and on many small ones.

Usage: ``python benchmarks/bench_memory.py ../shared/data [--mb 50]``

The text is the shared data's real prose (the seed and dev-set articles, front matter dropped),
repeated to ``--mb`` megabytes: once as a single ``.txt`` file, once as files of about 5 KB.
Each run is ``claimtrack extract --format jsonl`` in a fresh interpreter, its output to
/dev/null; the figures are its wall time, its peak resident memory (its own max RSS) and the
megabytes of memory per megabyte of input. The target (issue: robustness) is memory bounded
per document and per block: a huge document is read in blocks of paragraphs, so its peak does
not grow with its size.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def prose(data: Path) -> str:
    texts = []
    for path in sorted(data.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text.split("---", 2)[-1] if text.startswith("---") else text)
    return "\n\n".join(texts)


_CHILD = """
import os, resource, sys
from claimtrack.cli import main
with open(os.devnull, "w") as out:
    main(sys.argv[1:], out=out)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def run(paths: list[Path]) -> tuple[float, float]:
    """Seconds and peak MB of one ``extract --format jsonl`` run in a fresh interpreter."""
    start = time.perf_counter()
    argv = ["extract", *map(str, paths), "--format", "jsonl", "--no-progress"]
    done = subprocess.run([sys.executable, "-c", _CHILD, *argv], check=True,
                          capture_output=True, text=True)  # fmt: skip
    took = time.perf_counter() - start
    return took, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--mb", type=float, default=50.0, help="input size (default 50)")
    args = parser.parse_args()
    text = prose(args.data)
    size = int(args.mb * 1e6)
    body = ((text + "\n\n") * (size // len(text) + 1))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        single = folder / "one" / "huge.txt"
        single.parent.mkdir()
        single.write_text(body, encoding="utf-8")
        many = folder / "many"
        many.mkdir()
        for number, start in enumerate(range(0, len(body), 5_000)):
            (many / f"doc{number:06d}.txt").write_text(body[start : start + 5_000] + " .")
        print(f"{'input':<28} {'seconds':>8} {'peak MB':>8} {'MB per MB':>10}")
        for name, paths in ((f"one document, {args.mb:g} MB", [single]),
                            (f"{args.mb:g} MB in 5 KB files", [many])):  # fmt: skip
            took, peak = run(paths)
            print(f"{name:<28} {took:8.1f} {peak:8.0f} {peak / args.mb:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

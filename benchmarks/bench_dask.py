"""A plain run against ``--scheduler local:N`` on a corpus of a few thousand documents.

    python benchmarks/bench_dask.py [--docs 2000] [--workers 2] [DATA_DIR]

The corpus is made at run time from the paragraphs of the articles in DATA_DIR (by default
../shared/data: the dev sets and the seed articles; nothing of them is kept): each document is
3 to 6 paragraphs drawn with a fixed seed, with a publication date and a source drawn from
those of the articles, written as ``.md`` files to a temporary folder. Reported:

- the headroom: how much more work N busy processes do than one on this machine, the bound on
  any speed-up;
- cold, as a user runs it: ``claimtrack extract DIR`` and ``claimtrack check DIR --format json``
  in a fresh process, plain and with ``--scheduler local:N`` (cluster start and each worker's
  extractor build included): seconds, documents/s, the speed-up, and whether the outputs are
  byte for byte the same;
- warm, from Python, once the extractor and the cluster's workers are built: extraction
  (``extract_all`` against ``extract_bag(documents_bag(...))``) and the check
  (``check_claims`` against ``check_bag`` of the persisted claims), and that their results are
  equal.

Each line ends with the machine's load average before it ran: other work on the cores skews a
figure. The corpus repeats each paragraph in many documents, so each labelled conflict of the
dev sets recurs between every pair of copies: the check has far more to report than an archive
of distinct articles would (17k inconsistencies among 12.6k claims at 2,000 documents), and its
time grows with the square of the copies.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import claimtrack

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FOLDERS = ("crossdoc-dev", "crossdoc-dev2", "seeds")


def pool(data: Path) -> tuple[list[str], list[dt.date], list[str]]:
    """The paragraphs (over 80 characters, not headings), dates and sources of the articles."""
    paragraphs, dates, sources = [], [], []
    for doc in claimtrack.read_documents(
        [data / name for name in FOLDERS if (data / name).is_dir()]
    ):
        paragraphs += [
            p.strip()
            for p in doc.text.split("\n\n")
            if len(p.strip()) > 80 and not p.startswith("#")
        ]
        if doc.published:
            dates.append(doc.published)
        if doc.source:
            sources.append(doc.source)
    return paragraphs, dates or [dt.date(2022, 1, 1)], sources or ["Wire"]


def write_corpus(folder: Path, count: int, data: Path, seed: int = 15) -> int:
    """``count`` documents as ``.md`` files in ``folder``; returns their total characters."""
    paragraphs, dates, sources = pool(data)
    if not paragraphs:
        sys.exit(f"no articles under {data}: give DATA_DIR (the shared data folder)")
    rng = random.Random(seed)
    chars = 0
    for number in range(count):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(3, 6)))
        head = f"---\ndate: {rng.choice(dates).isoformat()}\nsource: {rng.choice(sources)}\n---\n\n"
        (folder / f"doc-{number:05d}.md").write_text(head + body + "\n", encoding="utf-8")
        chars += len(body)
    return chars


def cli(*argv: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", *argv, "--no-progress"],
        capture_output=True,
        check=False,
    )
    if done.returncode not in (0, 1):
        sys.exit(done.stderr.decode()[-2000:])
    return time.perf_counter() - start, done.stdout


def load() -> str:
    """The load average of the last minute: other work on the cores skews a figure."""
    return f"load {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "load ?"


def report(
    name: str, docs: int, plain_s: float, cluster_s: float, scheduler: str, note: str
) -> None:
    print(
        f"  {name:<8} plain {plain_s:6.2f} s {docs / plain_s:6.0f} docs/s   "
        f"{scheduler} {cluster_s:6.2f} s {docs / cluster_s:6.0f} docs/s   "
        f"speed-up {plain_s / cluster_s:4.2f}x   {note}"
    )


_BUSY = "import time\nt = time.perf_counter()\nx = 0\nfor i in range(8_000_000): x += i\nprint(time.perf_counter() - t)"


def headroom(workers: int) -> float:
    """How many times the work of one process ``workers`` busy processes do at once here: the
    best speed-up a cluster of them can give (below ``workers`` on shared or hyperthreaded
    cores, or with other work on the machine)."""

    def busy(count: int) -> float:
        runs = [subprocess.Popen([sys.executable, "-c", _BUSY], stdout=subprocess.PIPE, text=True)
                for _ in range(count)]  # fmt: skip
        return max(float(run.communicate()[0]) for run in runs)

    return workers * busy(1) / busy(workers)


def cold(folder: Path, docs: int, scheduler: str) -> None:
    print(f"cold: a fresh `claimtrack` process, plain and --scheduler {scheduler}")
    for command in (["extract", str(folder)], ["check", str(folder), "--format", "json"]):
        before = load()
        plain_s, plain_out = cli(*command)
        cluster_s, cluster_out = cli(*command, "--scheduler", scheduler)
        same = "same output" if plain_out == cluster_out else "OUTPUTS DIFFER"
        note = f"{same} ({len(plain_out) / 1e6:.1f} MB; {before})"
        report(command[0], docs, plain_s, cluster_s, scheduler, note)


def warm(folder: Path, docs: int, scheduler: str) -> None:
    import claimtrack.dask as ctd

    claimtrack.extract("Warm-up: it cost $3m.")
    before = load()
    start = time.perf_counter()
    claims = claimtrack.extract_all(claimtrack.read_documents([folder]))
    extract_s = time.perf_counter() - start
    start = time.perf_counter()
    found = claimtrack.check_claims(claims)
    check_s = time.perf_counter() - start
    with ctd.client(scheduler) as client:
        client.run(claimtrack.extract, "Warm-up: it cost $3m.")  # each worker builds its extractor
        start = time.perf_counter()
        bag = ctd.extract_bag(ctd.documents_bag([folder], npartitions=16)).persist()
        on_cluster = bag.compute()
        cluster_extract_s = time.perf_counter() - start
        start = time.perf_counter()
        cluster_found = ctd.check_bag(bag)
        cluster_check_s = time.perf_counter() - start
    print(f"warm: extractor and workers built; {len(claims)} claims, {len(found)} inconsistencies")
    for name, plain_s, cluster_s, same in (
        ("extract", extract_s, cluster_extract_s, on_cluster == claims),
        ("check", check_s, cluster_check_s, cluster_found == found),
    ):
        note = f"{'equal' if same else 'RESULTS DIFFER'} ({before})"
        report(name, docs, plain_s, cluster_s, scheduler, note)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA, metavar="DATA_DIR")
    parser.add_argument("--docs", type=int, default=2000, help="documents in the corpus")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of local:N")
    args = parser.parse_args()
    scheduler = f"local:{args.workers}"
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        folder = Path(tmp)
        chars = write_corpus(folder, args.docs, args.data)
        print(f"corpus: {args.docs} documents, {chars / 1e6:.1f} M characters; "
              f"{os.cpu_count()} cores, {scheduler}")  # fmt: skip
        print(
            f"headroom: {args.workers} busy processes do {headroom(args.workers):.2f}x the work of one"
        )
        cold(folder, args.docs, scheduler)
        warm(folder, args.docs, scheduler)


if __name__ == "__main__":
    main()

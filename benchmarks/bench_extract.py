"""Throughput of claimtrack's extractor, against quantulum3, and its linear-time behaviour.

Usage: ``python benchmarks/bench_extract.py [--mb N] [--quantulum-kb K] [DATA_DIR]``

The corpus is news-like text this script writes itself from templates (invented names, places and
figures), at least ``--mb`` megabytes. It reports, on one core:

- claimtrack MB/s for :func:`claimtrack.extract` with claim context, for quantities only
  (``context=False``), and for the bare scan (:meth:`Extractor.scan`, no claims built);
- seconds per MB of each stage on the first MB: the scan pattern tried at its candidate
  positions, reading each mention (number, unit, bound), building the claims, and their context
  (the document's context index and each claim's context);
- quantulum3 MB/s on a ``--quantulum-kb`` sample of the same text, and the speed ratio of each
  extract mode (quantulum3 finds quantities only, so the quantities-only mode is the like for like);
- the time of ``import claimtrack`` in a fresh interpreter (target <= 0.3 s);
- seconds per MB on 1 MB of each adversarial input divided by seconds per MB on the corpus
  (target <= 3: the scan stays linear), and the same per figure found: an input made only of
  figures ("about 5 about 5 ...") costs more per MB than prose because it holds more figures,
  not because the scan slows down; and s/MB on 1 MB over s/MB on 250 KB of the same input
  ("growth", about 1 when the scan is linear); extract with context on 100 KB of each input, its
  s/MB over the corpus's, and over its own s/MB on 20 KB (growth, about 1 when linear).

Targets: >= 2 MB/s and >= 100x quantulum3 (quantities only), >= 1 MB/s with claim context.
DATA_DIR is accepted for symmetry with ``eval_extract.py`` and not needed.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
import warnings
from collections.abc import Callable

import claimtrack
from claimtrack import Extractor

_PEOPLE = ("Ana Ruiz", "Tomas Keller", "Mei Lin", "Omar Haddad", "Lucia Ferreira", "Jon Berg")
_PLACES = ("Norvania", "the Port of Velden", "Castaria", "the Almen Valley", "Rivoli", "Ostmark")
_BODIES = ("the trade ministry", "the Velden Institute", "the central bank", "the health agency")
_UNITS = ("km", "kilometres", "miles", "tonnes", "hectares", "litres", "kg", "megawatts")
_NOUNS = ("doses", "workers", "schools", "vehicles", "containers", "homes", "patients", "flights")
_HEDGES = ("about", "almost", "more than", "nearly", "up to", "at least", "some", "over")
_SCALES = ("million", "billion", "thousand", "bn", "m")
_MONTHS = ("January", "March", "June", "September", "November")

_TEMPLATES = (
    "{person} said on {month} {day} that {place} had received {hedge} {n} {scale} {noun}.",
    "Exports from {place} rose {pct}% to ${money}{scale} in {year}, {body} reported.",
    "The new line, {n} {unit} long, links {place} with {place2} and cost €{money} {scale}.",
    "Between {a} and {b} {noun} were counted during {year}, up from {c} a year earlier.",
    "According to {body}, {hedge} {pct}% of {noun} in {place} met the target by {month}.",
    "In {year} the fund paid out {words} {noun} and {hedge} £{money} million in grants.",
    "{place} now has {c} {noun}, the {ordinal} largest total, after a {pct} percent increase.",
    "Tens of thousands of people attended; {person} put the figure at {hedge} {n},000.",
    "Output fell by {pct} percentage points, to {money} {unit} per day, {body} said.",
    "Visit www.example.org/report-{c} or call 555-{a:03d}-{c:04d} before 9:30 am on {month} {day}.",
)
# Sentences without figures: news prose is mostly words (the seed articles have one figure in
# about 350 characters); these keep the corpus near one figure in 250.
_PROSE = (
    "{person} of {body} told reporters that the talks with {place} had been constructive.",
    "Officials in {place} declined to comment on the report, citing the ongoing review.",
    "The agreement, which still needs the approval of parliament, was signed in {place2}.",
    "Critics say the plan does little for families outside the capital and its suburbs.",
    "{person}, who has led {body} since its reform, called the result encouraging.",
    "Residents of {place} described long queues at the new clinic on the first morning.",
    "The announcement followed weeks of negotiations between unions and employers.",
    "Analysts cautioned that the outlook depends on weather, prices and demand abroad.",
)
_WORDS = ("two dozen", "forty-five", "three hundred", "a dozen", "twelve", "half a million")
_ORDINALS = ("second", "third", "fifth", "10th", "21st")


def corpus(megabytes: float, *, seed: int = 7) -> str:
    """News-like text of at least ``megabytes`` MB, built from this module's own templates."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            fields = {
                "person": rng.choice(_PEOPLE),
                "place": rng.choice(_PLACES),
                "place2": rng.choice(_PLACES),
                "body": rng.choice(_BODIES),
                "hedge": rng.choice(_HEDGES),
                "scale": rng.choice(_SCALES),
                "noun": rng.choice(_NOUNS),
                "unit": rng.choice(_UNITS),
                "month": rng.choice(_MONTHS),
                "day": rng.randint(1, 28),
                "year": rng.randint(1995, 2024),
                "n": rng.randint(2, 999),
                "pct": round(rng.uniform(0.5, 60), 1),
                "money": round(rng.uniform(1, 900), rng.choice((0, 1, 2))),
                "a": rng.randint(10, 400),
                "b": rng.randint(401, 900),
                "c": f"{rng.randint(1000, 99999):,}",
                "words": rng.choice(_WORDS),
                "ordinal": rng.choice(_ORDINALS),
            }
            template = rng.choice(_TEMPLATES if rng.random() < 0.3 else _PROSE)
            if "{a:03d}" in template:
                fields["c"] = rng.randint(0, 9999)
            sentences.append(template.format(**fields))
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        size += len(paragraph.encode())
    return "".join(parts)


def adversarial(size: int = 1_000_000) -> dict[str, str]:
    """Inputs that would make a backtracking scan super-linear, each about ``size`` bytes."""

    def repeat(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "1,1,1,...": repeat("1,"),
        "1 1 1 ...": repeat("1 "),
        "million million": repeat("million "),
        "one digit run": "9" * size,
        "unit words": repeat("km miles tonnes "),
        "about about": repeat("about "),
        "more than more than": repeat("more than "),
        "$$$": repeat("$"),
        "........": repeat("."),
        "1.1.1.1": repeat("1."),
        "single word": "a" * size,
        "hedge + digits": repeat("about 5 "),
        # dense runs of the joined forms: each join looks only at its neighbour
        "feet and inches": repeat("5 ft 2 in "),
        "dollars and cents": repeat("$5 and 50 "),
        "word fractions": repeat("two thirds of "),
        "listed numbers": repeat("1, 2 or 3 km "),
        "margins": repeat("4% ± 1% "),
        "spaced dashes": repeat("1 -2 "),
        # runs a word pattern once swallowed whole after every figure (quadratic), and runs
        # that once cost far more than prose while finding nothing
        "5-km-5-km-": repeat("5-km-"),
        "1-a-1-a-": repeat("1-a-"),
        "1st-a-1st-a-": repeat("1st-a-"),
        "½½½": repeat("½"),
        "US$US$": repeat("US$"),
        "1/1/1/": repeat("1/"),
        "1e1e1e": repeat("1e"),
        "minus -2": repeat("minus -2 "),
    }


def seconds(func: Callable[[], object], *, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def stages(text: str, extractor: Extractor) -> list[tuple[str, float]]:
    """Seconds of each stage of :func:`claimtrack.extract` on ``text`` (best of three; the later
    stages are differences of nested timings, so they carry the noise of both)."""
    t_matches = seconds(lambda: list(extractor.patterns.matches(text)), repeat=3)
    t_scan = seconds(lambda: extractor.scan(text), repeat=3)
    t_bare = seconds(lambda: extractor.extract(text, context=False), repeat=3)
    t_full = seconds(lambda: extractor.extract(text), repeat=3)
    return [
        ("scan pattern at candidate positions", t_matches),
        ("reading mentions (number, unit, bound)", t_scan - t_matches),
        ("claims (quantities only)", t_bare - t_scan),
        ("claim context (document index, each claim)", t_full - t_bare),
    ]


def import_time() -> float:
    """Seconds to ``import claimtrack`` in a fresh interpreter (best of three)."""
    code = "import time; t = time.perf_counter(); import claimtrack; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return min(runs)


def quantulum_seconds(text: str) -> float | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    parser.parse(text[:2000])  # load its data before timing
    chunks = text.split("\n\n")
    return seconds(lambda: [parser.parse(c) for c in chunks])


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("data", nargs="?", help="shared data folder (unused)")
    args.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (>= 5)")
    args.add_argument("--quantulum-kb", type=int, default=100, help="quantulum3 sample size")
    opts = args.parse_args(argv)

    print(f"import claimtrack (fresh interpreter): {import_time():.3f} s  (target <= 0.3 s)")
    text = corpus(max(opts.mb, 0.01))
    mb = len(text.encode()) / 1e6
    extractor = Extractor()
    claimtrack.extract(text[:5000])  # build patterns and context data before timing
    t_extract = seconds(lambda: claimtrack.extract(text))
    t_bare = seconds(lambda: claimtrack.extract(text, context=False))
    t_scan = seconds(lambda: extractor.scan(text))
    n_claims = len(extractor.scan(text)[0])
    print(f"corpus: {mb:.2f} MB, {n_claims} figures")
    print(f"claimtrack.extract:                 {mb / t_extract:6.2f} MB/s  (target >= 1)")
    print(f"claimtrack.extract(context=False):  {mb / t_bare:6.2f} MB/s  (target >= 2)")
    print(f"Extractor.scan:                     {mb / t_scan:6.2f} MB/s")
    first = text[:1_000_000]
    print("stages, s/MB on the first MB:")
    for name, t_stage in stages(first, extractor):
        print(f"  {name:<40} {t_stage / (len(first.encode()) / 1e6):6.3f}")

    cut = text.rfind("\n\n", 0, opts.quantulum_kb * 1000) + 2
    sample = text[:cut]
    t_q = quantulum_seconds(sample)
    if t_q is None:
        print("quantulum3: not installed (pip install 'claimtrack[bench]')")
    else:
        q_rate = len(sample.encode()) / 1e6 / t_q
        print(f"quantulum3:                         {q_rate:6.4f} MB/s on {len(sample) / 1000:.0f} KB; "
              f"claimtrack is {mb / t_bare / q_rate:,.0f}x faster quantities only (target >= 100x), "
              f"{mb / t_extract / q_rate:,.0f}x with claim context")  # fmt: skip

    # Linear time is a property of the scan (Extractor.scan: candidates, numbers, units, bounds);
    # claim context (extract) is timed on a 100 KB slice of each input, as a further column.
    first_mb = text[:1_000_000]
    base = seconds(lambda: extractor.scan(first_mb), repeat=2) / (len(first_mb.encode()) / 1e6)
    base_figure = base * (len(first_mb.encode()) / 1e6) / max(1, len(extractor.scan(first_mb)[0]))
    small = text[:100_000]
    base_extract = seconds(lambda: claimtrack.extract(small)) / (len(small.encode()) / 1e6)
    print(f"\nlinear time: s/MB of each input / s/MB of the corpus (target <= 3); corpus: "
          f"scan {base:.3f} s/MB, {base_figure * 1e6:.1f} us/figure, extract {base_extract:.3f} s/MB")  # fmt: skip
    print(f"  {'input (1 MB)':<22} {'scan s/MB':>10} {'ratio':>7} {'growth':>7} {'figures':>8} "
          f"{'us/figure':>10} {'ratio':>7} {'extract 100KB':>14} {'ratio':>7} {'growth':>7}")  # fmt: skip
    worst = worst_figure = worst_growth = 0.0
    for name, adv in adversarial().items():
        size = len(adv.encode()) / 1e6
        t_adv = seconds(lambda adv=adv: extractor.scan(adv), repeat=2)
        per_mb, figures = t_adv / size, len(extractor.scan(adv)[0])
        quarter = adv[: len(adv) // 4]
        t_quarter = seconds(lambda quarter=quarter: extractor.scan(quarter), repeat=2)
        growth = per_mb / (t_quarter / (len(quarter.encode()) / 1e6))
        per_figure = t_adv / figures if figures else None
        piece, fifth = adv[:100_000], adv[:20_000]
        claimtrack.extract(fifth[:200])  # tables loaded on first use are not timed
        ext = seconds(lambda piece=piece: claimtrack.extract(piece)) / (len(piece.encode()) / 1e6)
        ext_fifth = seconds(lambda f=fifth: claimtrack.extract(f)) / (len(fifth.encode()) / 1e6)
        worst_growth = max(worst_growth, ext / ext_fifth)
        worst = max(worst, per_mb / base)
        figure_cells = f"{'-':>10} {'-':>7}"
        if per_figure is not None:
            worst_figure = max(worst_figure, per_figure / base_figure)
            figure_cells = f"{per_figure * 1e6:10.2f} {per_figure / base_figure:7.2f}"
        print(f"  {name:<22} {per_mb:10.3f} {per_mb / base:7.2f} {growth:7.2f} {figures:8d} {figure_cells} "
              f"{ext:14.3f} {ext / base_extract:7.2f} {ext / ext_fifth:7.2f}")  # fmt: skip
    print(f"  worst scan ratio per MB: {worst:.2f}; per figure: {worst_figure:.2f}; "
          f"extract growth (s/MB on 100 KB over 20 KB): {worst_growth:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

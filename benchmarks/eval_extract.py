"""Measure claimtrack's extractor against the seed figures and the peers' test suites.

Usage: ``python benchmarks/eval_extract.py DATA_DIR [--scan-only] [--misses N]``

DATA_DIR is the shared data folder (``seeds/`` and ``peers/``). Nothing from it is copied into
the project: sentences are read here, at run time.

Seeds: every figure of ``seeds/figures.json`` must be found (a claim overlapping the quote with the
same value, low, high, bound and unit) and no claim may overlap a ``not_quantities`` quote.

Peers: precision, recall and F1 on the value and on value + unit, per test file. A gold quantity
and a claim match when their values agree (relative 1e-9; a range claim offers both ends) and, for
Recognizers-Text, their spans overlap. Units match by meaning: peer unit names go through
:data:`PEER_UNITS` to a pint or ISO 4217 name, then pint decides whether two names are one unit.

Recognizers-Text cases that carry ``NotSupported`` (ports of Recognizers that fail them) are kept:
the expected answer is still that suite's spec. Cases marked ``NotSupportedByDesign`` are skipped
(there are none in the English files used). Chinese is skipped; Spanish currency is reported.

Misses are printed in two groups: convention differences (the peer counts something claimtrack
deliberately does not, such as bare numbers, ordinals, years or an article before a unit ("a
gallon"), or names a unit claimtrack keeps as a count noun or writes by its own convention, such as
a metric ton) and errors (everything else).
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pint

import claimtrack
from claimtrack import Quantity

# Recognizers-Text currency names -> ISO 4217 codes (or a subunit name claimtrack does not use).
CURRENCY_UNITS: dict[str, str] = {
    "Dollar": "USD",
    "United States dollar": "USD",
    "Euro": "EUR",
    "Chinese yuan": "CNY",
    "Pound": "GBP",
    "British pound": "GBP",
    "Canadian dollar": "CAD",
    "Japanese yen": "JPY",
    "Australian dollar": "AUD",
    "Hong Kong dollar": "HKD",
    "New Zealand dollar": "NZD",
    "Swiss franc": "CHF",
    "Turkish lira": "TRY",
    "Mexican peso": "MXN",
    "Rupee": "INR",
    "Sri Lankan rupee": "LKR",
    "Finnish markka": "FIM",
    "Netherlands guilder": "NLG",
    "Peseta": "ESP",
    "Franc": "CHF",  # unqualified: claimtrack reads it as the Swiss franc, still in use
    "Costa Rican colón": "CRC",
    "Georgian lari": "GEL",
    "Lao kip": "LAK",
    "Bitcoin": "BTC",
    "Sen": "sen",
    "Satoshi": "satoshi",
    # Recognizers-Text Spanish currency names
    "Dólar": "USD",
    "Dólar estadounidense": "USD",
    "Dólar canadiense": "CAD",
    "Dólar australiano": "AUD",
    "Dólar de Hong Kong": "HKD",
    "Libra": "GBP",
    "Libra esterlina": "GBP",
    "Franco": "CHF",
    "Dólar neozelandés": "NZD",
    "Florín neerlandés": "NLG",
    "Yen": "JPY",
    "Yen japonés": "JPY",
    "Yuan chino": "CNY",
    "Peso mexicano": "MXN",
    "Franco suizo": "CHF",
    "Marco finlandés": "FIM",
    "Rupia": "INR",
}

# Money subunits the peers name as units: (currency, share of it). A cent of no stated currency
# is a hundredth of whichever currency claimtrack reads it in ("any currency").
ANY_CURRENCY = "(any currency)"
SUBUNITS: dict[str, tuple[str, float]] = {
    "Cent": (ANY_CURRENCY, 0.01),
    "Centavo": (ANY_CURRENCY, 0.01),
    "Pence": ("GBP", 0.01),
    "Penny": ("GBP", 0.01),
    "Penique": ("GBP", 0.01),
    "cent": (ANY_CURRENCY, 0.01),
    "penny": ("GBP", 0.01),
    "dime": ("USD", 0.1),
}

# Other peer unit names -> claimtrack's canonical unit (pint name or ISO 4217 code). Names pint
# already parses ("mile", "kilogram", "Pound") need no entry: these are synonyms and spellings.
PEER_UNITS: dict[str, str] = {
    # Recognizers-Text temperature, age and dimension names
    "C": "degree_Celsius",
    "F": "degree_Fahrenheit",
    "Degree": "degree",
    "Age": "year",
    "Metric ton": "metric_ton",
    "Ton": "ton",
    "Turn": "turn",
    "Barrel": "oil_barrel",
    "Kilometer per hour": "kilometer / hour",
    "Mile per hour": "mile / hour",
    "Meter per millisecond": "meter / millisecond",
    "Centimeter per millisecond": "centimeter / millisecond",
    "Kilometer per millisecond": "kilometer / millisecond",
    "Square meter": "meter ** 2",
    "Square kilometer": "kilometer ** 2",
    "Cubic foot": "foot ** 3",
    "Dram": "dram",
    # quantulum3 names
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "percentage": "percent",
    "dimensionless": "dimensionless",
    "degree Celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree Fahrenheit": "degree_Fahrenheit",
    "pound-mass": "pound",
    "gigayear": "gigayear",
    "megayear": "megayear",
    "count per week": "1 / week",
    "dollar per hour": "USD / hour",
    "dollar per kilogram": "USD / kilogram",
    "ton per day": "ton / day",
    "minute of arc": "arcminute",
    "second of arc": "arcsecond",
    "british thermal unit": "BTU",
    "inverse femtobarn": "1 / femtobarn",
    "inverse second": "1 / second",
    "baker's dozen": "baker_dozen",
    "dozen": "dozen",
    "gross": "gross",
}

# Units peers give that claimtrack keeps as something else on purpose (convention differences):
# a dozen is a number, money subunits are fractions of a currency, durations of age are years.
CONVENTION_UNITS = {"dozen", "baker_dozen", "gross", "sen", "satoshi"}

# (peer unit, claimtrack unit) pairs that differ by convention: an unqualified "ton" is a metric
# ton in claimtrack (news outside the US), a short ton in Recognizers-Text.
CONVENTION_PAIRS = {("ton", "metric_ton")}

# Currency codes pint does not know: claimtrack defines those it supports in data/units.txt.
_REL = 1e-9


@functools.cache
def _registry() -> pint.UnitRegistry[Any]:
    """claimtrack's own registry (pint's units plus its definitions)."""
    return claimtrack.default_config().units.registry


@functools.cache
def _pint_unit(name: str) -> Any:
    """The pint unit for a canonical name, or None when pint cannot parse it."""
    try:
        return _registry().parse_units(name.replace(" per ", " / "))
    except Exception:  # pint raises several unrelated types for unknown names
        return None


def canonical(peer_unit: str | None, *, money: bool = False) -> str:
    """A peer's unit name as a claimtrack-style canonical unit name."""
    if not peer_unit:
        return "dimensionless"
    if money and peer_unit in CURRENCY_UNITS:
        return CURRENCY_UNITS[peer_unit]
    if peer_unit in PEER_UNITS:
        return PEER_UNITS[peer_unit]
    name = peer_unit.replace("metre", "meter").replace("litre", "liter")
    for prefix, power in (("square ", 2), ("cubic ", 3)):
        if name.startswith(prefix):
            return f"({name[len(prefix) :]}) ** {power}"
    lower = name.lower()
    return lower if _pint_unit(lower) is not None else lower.replace(" ", "_")


@functools.cache
def same_unit(a: str, b: str) -> bool:
    """True when two unit names mean the same unit (same string or pint-equal)."""
    if a == b:
        return True
    if ANY_CURRENCY in (a, b):
        return (b if a == ANY_CURRENCY else a) in claimtrack.default_lexicon().currency_codes
    ua, ub = _pint_unit(a), _pint_unit(b)
    if ua is None or ub is None:
        return False
    if ua == ub:
        return True
    try:
        factor = (1 * ua).to(ub).magnitude
    except Exception:  # dimensionality and offset-unit errors alike
        return False
    return math.isclose(float(factor), 1.0, rel_tol=1e-6)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=_REL, abs_tol=1e-12)


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Found:
    """One extracted figure: span, mention text and quantity."""

    span: tuple[int, int]
    text: str
    quantity: Quantity


def figures(text: str, *, scan_only: bool) -> list[Found]:
    """The figures of ``text``: through :func:`claimtrack.extract`, or its bare scan
    (``context=False``: the same spans and quantities, no context read)."""
    claims = claimtrack.extract(text, context=not scan_only)
    return [Found(c.span, c.text, c.quantity) for c in claims]


def values_of(q: Quantity) -> list[float]:
    """The values a claim offers for matching: its value, or both ends of a range."""
    if q.value is not None:
        return [q.value]
    if q.vague:
        return []
    return [x for x in (q.low, q.high) if x is not None]


# --------------------------------------------------------------------------- seeds


def find_all(text: str, quote: str) -> Iterator[tuple[int, int]]:
    start = text.find(quote)
    while start >= 0:
        yield start, start + len(quote)
        start = text.find(quote, start + 1)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_seeds(data: Path, *, scan_only: bool) -> tuple[int, int, int]:
    seeds = json.loads((data / "seeds" / "figures.json").read_text(encoding="utf-8-sig"))
    docs: dict[str, tuple[str, list[Found]]] = {}
    for name in seeds["documents"]:
        (doc,) = claimtrack.read_documents([data / "seeds" / name])
        docs[name] = (doc.text, figures(doc.text, scan_only=scan_only))
    found = 0
    print("== seeds")
    for fig in seeds["figures"]:
        text, claims = docs[fig["doc"]]
        spans = list(find_all(text, fig["quote"]))
        near = [c for c in claims if any(overlaps(c.span, s) for s in spans)]
        ok = any(_seed_match(c.quantity, fig) for c in near)
        found += ok
        if not ok:
            got = [(c.text, c.quantity.value, c.quantity.low, c.quantity.high,
                    c.quantity.bound, c.quantity.unit) for c in near]  # fmt: skip
            print(f"  MISS {fig['doc'][:3]} {fig['quote']!r}: want value={fig['value']} "
                  f"low={fig['low']} high={fig['high']} bound={fig['bound']} unit={fig['unit']};"
                  f" got {got or 'nothing'}{'' if spans else ' (quote not in text)'}")  # fmt: skip
    violated = 0
    for item in seeds["not_quantities"]:
        text, claims = docs[item["doc"]]
        spans = list(find_all(text, item["quote"]))
        bad = [c.text for c in claims if any(overlaps(c.span, s) for s in spans)]
        if bad:
            violated += 1
            print(f"  NOT-A-FIGURE violated {item['quote']!r} ({item['why']}): got {bad}")
    total = len(seeds["figures"])
    print(f"  seeds: found {found}/{total}; not_quantities violated "
          f"{violated}/{len(seeds['not_quantities'])}")  # fmt: skip
    return found, total, violated


def _seed_match(q: Quantity, fig: dict[str, Any]) -> bool:
    return (
        close(q.value, _opt(fig["value"]))
        and close(q.low, _opt(fig["low"]))
        and close(q.high, _opt(fig["high"]))
        and q.bound == fig["bound"]
        and same_unit(q.unit, fig["unit"])
    )


def _opt(x: Any) -> float | None:
    return None if x is None else float(x)


# --------------------------------------------------------------------------- peers


@dataclass(frozen=True)
class Gold:
    value: float
    unit: str
    span: tuple[int, int] | None
    text: str
    ends: tuple[float, float] | None = None  # a range, which quantulum3 states as mean ± half


@dataclass
class Case:
    sentence: str
    gold: list[Gold]
    skip_unit: bool = False
    scope: frozenset[str] | None = None
    no_durations: bool = False
    counts_dimensionless: bool = False  # the peer has no count nouns: "50 cars" is dimensionless


@dataclass
class Score:
    """Recall counts gold quantities matched; precision counts claims that matched one (a range
    claim may match both of its ends when a peer lists them apart)."""

    tp_value: int = 0
    tp_unit: int = 0
    right_value: int = 0
    right_unit: int = 0
    n_gold: int = 0
    n_pred: int = 0
    convention_gold: int = 0  # gold quantities missed or given another unit by convention
    convention_pred: int = 0  # claims that matched such a gold quantity in value only
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def prf(self, *, unit: bool, conventions: bool = True) -> tuple[float, float, float]:
        """P/R/F1; with ``conventions=False``, the gold quantities that differ only by
        convention (and the claims that matched them in value) are left out of both."""
        tp, right = (self.tp_unit, self.right_unit) if unit else (self.tp_value, self.right_value)
        n_pred = self.n_pred - (0 if conventions else self.convention_pred)
        n_gold = self.n_gold - (0 if conventions else self.convention_gold)
        p = right / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# A typed Recognizers model labels only its own type: claims of other kinds (a count in a
# currency sentence) are neither right nor wrong there, so precision counts only these kinds.
SCOPES = {
    "CurrencyModel": frozenset({"money"}),
    "DimensionModel": frozenset({"measure"}),
    "TemperatureModel": frozenset({"measure"}),
    "AgeModel": frozenset({"measure", "count"}),
    "PercentModel": frozenset({"percent"}),
}


QUANTULUM_SCOPE = frozenset({"number", "count", "money", "percent", "measure"})


def _is_duration_or_temperature(found: Found) -> bool:
    """Recognizers-Text reads these with its own models: its Dimension set labels neither."""
    unit = _pint_unit(found.quantity.unit)
    return unit is not None and dict(unit.dimensionality) in ({"[time]": 1}, {"[temperature]": 1})


def _recognizers(path: Path) -> Iterator[Case]:
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        if case.get("NotSupportedByDesign"):
            continue
        gold = []
        for r in case["Results"]:
            res = r.get("Resolution") or {}
            raw = str(res.get("value", "")).rstrip("%")
            # Spanish specs write values with a decimal comma ("2,75"), English ones group by it
            raw = raw.replace(",", ".") if "Spanish" in path.name else raw.replace(",", "")
            try:
                value = float(raw)
            except ValueError:
                continue
            unit = (
                "percent"
                if r.get("TypeName") == "percentage"
                else canonical(res.get("unit"), money=r.get("TypeName") == "currency")
            )
            if res.get("unit") in SUBUNITS:
                unit, share = SUBUNITS[res["unit"]]
                value *= share
            gold.append(Gold(value, unit, (r["Start"], r["End"] + 1), r["Text"]))
        yield Case(
            case["Input"],
            gold,
            skip_unit="Number-English-NumberModel" in path.name,
            scope=next((kinds for key, kinds in SCOPES.items() if key in path.name), None),
            # Recognizers-Text has separate duration and temperature models
            no_durations="DimensionModel" in path.name,
        )


def _quantulum(path: Path) -> Iterator[Case]:
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        gold, pos = [], 0
        for r in case["res"]:
            start = case["req"].find(r["surface"], pos)
            span = None if start < 0 else (start, start + len(r["surface"]))
            pos = span[1] if span else pos
            value, spread = float(r["value"]), r.get("uncertainty")
            ends = (value - spread, value + spread) if spread else None
            unit = canonical(r["unit"])
            if r["unit"] in SUBUNITS:
                unit, share = SUBUNITS[r["unit"]]
                value *= share
            gold.append(Gold(value, unit, span, r["surface"], ends))
        # quantulum3 has no ordinals: a rank ("21st century") is neither right nor wrong there
        yield Case(case["req"], gold, scope=QUANTULUM_SCOPE, counts_dimensionless=True)


def score_cases(cases: Iterable[Case], *, scan_only: bool, use_spans: bool) -> Score:
    score = Score()
    for case in cases:
        preds = [
            p
            for p in figures(case.sentence, scan_only=scan_only)
            if case.scope is None
            or (
                p.quantity.kind in case.scope
                and not (case.no_durations and _is_duration_or_temperature(p))
            )
        ]
        score.n_gold += len(case.gold)
        score.n_pred += len(preds)
        unit_right: set[int] = set()
        used: set[tuple[int, int]] = set()
        for gold in case.gold:
            best = None
            for i, pred in enumerate(preds):
                q = pred.quantity
                for j, value in enumerate(values_of(q)):
                    as_range = gold.ends is not None and q.value is None and j == 0
                    same = as_range and close(q.low, gold.ends[0]) and close(q.high, gold.ends[1])
                    if (i, j) in used or not (same or close(value, gold.value)):
                        continue
                    if use_spans and gold.span and not overlaps(gold.span, pred.span):
                        continue
                    unit_ok = (
                        case.skip_unit
                        or same_unit(pred.quantity.unit, gold.unit)
                        or (case.counts_dimensionless and gold.unit == "dimensionless"
                            and pred.quantity.kind == "count")
                    )  # fmt: skip
                    if best is None or (unit_ok and not best[2]):
                        best = (i, j, unit_ok)
            if best is None:
                near = [p for p in preds if gold.span and overlaps(gold.span, p.span)]
                got = ", ".join(f"{p.text!r}={values_of(p.quantity)} {p.quantity.unit}"
                                for p in near) or "nothing"  # fmt: skip
                why = _classify(gold, near)
                score.convention_gold += why == "convention"
                score.misses.append((why, case.sentence, f"{gold.text!r} -> {got}"))
                continue
            used.add(best[:2])
            score.tp_value += 1
            if best[2]:
                score.tp_unit += 1
                unit_right.add(best[0])
            else:
                pred = preds[best[0]]
                rate = pred.quantity.unit.startswith(f"{gold.unit} / ")  # $98 a share: USD/share
                why = (
                    "convention"
                    if gold.unit in CONVENTION_UNITS
                    or _same_by_convention(gold.unit, pred.quantity.unit)
                    or rate
                    else "unit"
                )
                score.convention_gold += why == "convention"
                score.convention_pred += why == "convention"
                score.misses.append(
                    (
                        why,
                        case.sentence,
                        f"{gold.text!r} unit {gold.unit} -> {pred.text!r} {pred.quantity.unit}",
                    )
                )
        matched = {i for i, _ in used}
        score.right_value += len(matched)
        score.right_unit += len(unit_right)
        for i, pred in enumerate(preds):
            if i not in matched:
                score.misses.append(("extra", case.sentence, f"{pred.text!r} extracted"))
    return score


def _same_by_convention(peer_unit: str, unit: str) -> bool:
    """Whether ``unit`` is ``peer_unit`` once each of claimtrack's conventional names in it is
    put back as the peer's ("metric_ton / day" is "ton / day")."""
    for peer, ours in CONVENTION_PAIRS:
        unit = re.sub(rf"\b{ours}\b", peer, unit)
    return unit == peer_unit


_ARTICLE_UNIT = re.compile(r"an? [^\W\d_]+", re.IGNORECASE)


def _classify(gold: Gold, near: list[Found]) -> str:
    """'convention' when the peer counts what claimtrack leaves out on purpose, else 'missed'."""
    if gold.unit in CONVENTION_UNITS:
        return "convention"
    if gold.unit == "dimensionless" and not near:
        # Bare numbers and number words with no unit: claimtrack keeps only figures that count
        # or measure something; years and ordinals are time scopes and ranks.
        return "convention"
    if not near and _ARTICLE_UNIT.fullmatch(gold.text):
        # "a gallon", "a penny": claimtrack reads "a" as one only before a number word ("a
        # dozen", "a million"); before a unit it is mostly no figure in news ("a year ago",
        # "a second wave", "by a mile").
        return "convention"
    return "missed"


PEER_SETS = (
    ("recognizers-text/NumberWithUnit-English-CurrencyModel.json", _recognizers, True),
    ("recognizers-text/NumberWithUnit-English-DimensionModel.json", _recognizers, True),
    ("recognizers-text/NumberWithUnit-English-TemperatureModel.json", _recognizers, True),
    ("recognizers-text/NumberWithUnit-English-AgeModel.json", _recognizers, True),
    ("recognizers-text/Number-English-PercentModel.json", _recognizers, True),
    ("recognizers-text/Number-English-NumberModel.json", _recognizers, True),
    ("recognizers-text/NumberWithUnit-Spanish-CurrencyModel.json", _recognizers, True),
    ("quantulum3/quantities.json", _quantulum, False),
    ("quantulum3/quantities.ambiguity.json", _quantulum, False),
)


def evaluate_peers(data: Path, *, scan_only: bool, show: int) -> dict[str, Score]:
    results: dict[str, Score] = {}
    for rel, reader, use_spans in PEER_SETS:
        path = data / "peers" / rel
        if not path.exists():
            continue
        results[rel] = score_cases(reader(path), scan_only=scan_only, use_spans=use_spans)
    print("\n== peers (P/R/F1; value+unit is n/a for the Number model: it has no units)")
    print("  (last column: value+unit without the convention differences listed below)")
    print(f"  {'set':<58} {'gold':>5} {'pred':>5}  {'value P/R/F1':>17}  {'value+unit P/R/F1':>17}"
          f"  {'excl. conventions':>17}")  # fmt: skip
    for rel, s in results.items():
        pv, rv, fv = s.prf(unit=False)
        pu, ru, fu = s.prf(unit=True)
        pc, rc, fc = s.prf(unit=True, conventions=False)
        unit = "n/a" if "NumberModel" in rel else f"{pu:.2f}/{ru:.2f}/{fu:.2f}"
        conv = "n/a" if "NumberModel" in rel else f"{pc:.2f}/{rc:.2f}/{fc:.2f}"
        print(f"  {rel:<58} {s.n_gold:>5} {s.n_pred:>5}  {pv:.2f}/{rv:.2f}/{fv:.2f}    {unit:>14}"
              f"    {conv:>14}")  # fmt: skip
    for kind in ("missed", "unit", "extra", "convention"):
        rows = [(rel, m) for rel, s in results.items() for m in s.misses if m[0] == kind]
        print(f"\n== {kind} ({len(rows)})" + (" [convention differences]" if kind == "convention"
                                               else " [errors]" if kind != "extra" else ""))  # fmt: skip
        for rel, (_, sentence, detail) in rows[:show]:
            print(f"  {Path(rel).stem[:30]:<30} {detail}  | {sentence[:110]}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="shared data folder (seeds/, peers/)")
    parser.add_argument("--scan-only", action="store_true", help="skip claim context")
    parser.add_argument("--misses", type=int, default=400, help="misses to list per group")
    args = parser.parse_args(argv)
    evaluate_seeds(args.data, scan_only=args.scan_only)
    evaluate_peers(args.data, scan_only=args.scan_only, show=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

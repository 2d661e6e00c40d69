"""The units object: the shipped table of unit bases agrees with pint, covers every unit the
lexicons name, and a process that only checks such units never builds a pint registry."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.units import BASES, Units

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_unit_bases import lexicon_units  # noqa: E402

from claimtrack.lang import load_lexicon  # noqa: E402

TABLE: dict[str, list[object]] = json.loads(BASES.read_text(encoding="utf-8"))["bases"]


@pytest.fixture(scope="module")
def units() -> Units:
    return Units()


@pytest.mark.parametrize("unit", sorted(TABLE))
def test_the_table_agrees_with_pint(units: Units, unit: str) -> None:
    base, factor, offset = TABLE[unit]
    found = units.pint_base(unit)
    assert found is not None
    assert found[0] == base
    assert math.isclose(found[1], float(factor), rel_tol=1e-12)  # type: ignore[arg-type]
    assert math.isclose(found[2], float(offset), rel_tol=1e-12, abs_tol=1e-12)  # type: ignore[arg-type]


def test_the_table_names_every_unit_of_the_lexicons(units: Units) -> None:
    known = {u for u in lexicon_units(load_lexicon()) if units.pint_base(u) is not None}
    assert known - set(TABLE) == set(), "run scripts/build_unit_bases.py"


def test_a_table_unit_needs_no_registry() -> None:
    code = (
        "import sys\nfrom claimtrack.units import Units\n"
        "u = Units()\nprint(u.factor_to_base('kilometer'), 'pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == "False"
    assert "'meter', 1000.0, 0.0" in out.stdout


def test_a_unit_outside_the_table_goes_to_pint(units: Units) -> None:
    assert "furlong" not in TABLE
    base, factor, _ = units.factor_to_base("furlong")
    assert base == "meter" and math.isclose(factor, 201.168, rel_tol=1e-5)


def test_a_users_registry_is_asked_not_the_table() -> None:
    import pint

    registry = pint.UnitRegistry()
    registry.define("kilometer = 999 * meter")  # a deliberately odd registry
    assert Units(registry).factor_to_base("kilometer") == ("meter", 999.0, 0.0)

"""The package's shape: no module over the size limit and no import cycle (deferred imports
included), measured by the shared structure tool that reads the imports without running them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STRUCTURE = ROOT.parent / "shared" / "tools" / "structure.py"


@pytest.mark.skipif(not STRUCTURE.exists(), reason=f"{STRUCTURE} not found (../shared missing)")
def test_no_module_over_400_lines_and_no_import_cycle() -> None:
    done = subprocess.run(
        [sys.executable, str(STRUCTURE), "--max-lines", "400"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].endswith("0 over 400 lines, 0 import cycles")

"""The docs and examples cannot rot: their code runs here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# strategies.md is run by tests/test_strategies.py, with hypothesis settings of its own
PAGES = [
    ROOT / "README.md",
    *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name != "strategies.md"),
]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_code_blocks_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = _blocks(page)
    assert blocks, f"{page.name} shows no python code"
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(page), "exec"), namespace)


def test_fact_check_example_finds_the_planted_conflicts() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "factcheck_vaccines.py")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "cumulative-decrease" in done.stdout and "Callao terminal cost" in done.stdout
    assert "same metric: Callao terminal cost; owners Peru;" in done.stdout


def test_readme_example_command_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", str(ROOT / "examples" / "briefing.md"),
         "--format", "table"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "almost 400 million doses" in done.stdout.lower()
    assert "six times a week" in done.stdout and "1 / week" in done.stdout


def test_example_test_suite_passes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(ROOT / "examples" / "test_with_strategies.py")],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:]

#!/usr/bin/env bash
# The project's test command: lint and format check, strict types, then the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
ruff check .
ruff format --check .
mypy
python -m pytest

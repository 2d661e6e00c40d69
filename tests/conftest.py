"""Test-suite settings: hypothesis runs derandomized under CI, so a submission's result does
not depend on the draw (locally it explores new examples every run)."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

"""A fact-check script: declare what you track, then check new documents against it.

    python examples/factcheck_vaccines.py [FOLDER]

Tracks vaccine doses delivered to Peru as a running total (it may only grow) and the cost of
the Callao terminal, then prints what contradicts and the figures side by side. Exits 1 when
something is inconsistent, as the `claimtrack check` command does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import claimtrack

TRACKED = [
    claimtrack.Metric(
        name="doses delivered to Peru",
        unit="dose",
        keywords=("received", "taken delivery", "delivered"),
        cumulative=True,
    ),
    claimtrack.Metric(name="Callao terminal cost", unit="USD", keywords=("cost", "budgeted")),
]


def main(folder: Path) -> int:
    documents = list(claimtrack.read_documents(sorted(folder.glob("*.md"))))
    found = claimtrack.check(documents, metrics=TRACKED)
    for inconsistency in found:
        print(f"[{inconsistency.severity}] {inconsistency.kind}: {inconsistency.explanation}")
        identity = inconsistency.identity
        if identity is not None:  # what made the two figures comparable
            print(
                f"  same {identity.via}: {identity.metric or ', '.join(identity.frame)}; "
                f"owners {', '.join(identity.owners) or 'none named'}; {identity.period}"
            )
    for view in claimtrack.consensus(documents, metrics=TRACKED):
        print(f"\n{view.metric} ({view.unit})")
        for period in view.periods:
            print(f"  {period.time}: supported {period.supported}")
            for claim in period.claims:
                print(f"    {claim.source}: {claim.text}")
    return 1 if found else 0


if __name__ == "__main__":
    default = Path(__file__).parent / "crossdoc"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))

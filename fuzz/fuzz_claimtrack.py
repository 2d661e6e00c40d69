"""Coverage-guided fuzzing of extract, check and consensus with atheris, for longer runs than
the test suite's hypothesis properties.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_claimtrack.py -seed_corpus   # write fuzz/corpus/ from the test tables
    python fuzz/fuzz_claimtrack.py fuzz/corpus -max_total_time=3600

Each input's bytes become two documents (split at the first NUL, decoded as UTF-8 with errors
replaced); extraction, the check and the consensus must finish without an exception other than
claimtrack's own errors, with every span pointing at its mention and finite, ordered values.
A crash leaves its input in ``crash-*`` for a regression test.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def seeds() -> list[str]:
    """The inputs of the robustness tables and the adversarial runs of the benchmarks."""
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]
    import bench_extract  # type: ignore[import-not-found]
    import test_robustness  # type: ignore[import-not-found]

    runs: list[str] = [text[:2_000] for text in bench_extract.adversarial(2_000).values()]
    tables: list[str] = [*test_robustness.CRASHED, *test_robustness.MISREAD]
    return tables + runs


def one_input(data: bytes) -> None:
    """One fuzz case: raises AssertionError (or any unexpected exception) on a failure."""
    import claimtrack

    first, _, second = data.partition(b"\x00")
    texts = [part.decode("utf-8", "replace") for part in (first, second)]
    docs = [claimtrack.Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    try:
        claims = claimtrack.extract_all(docs)
        claimtrack.check_claims(claims)
        claimtrack.consensus_claims(claims)
    except claimtrack.ClaimtrackError:
        return
    for claim in claims:
        text = texts[int(claim.doc[1:])]
        assert text[claim.span[0] : claim.span[1]] == claim.text, claim
        q = claim.quantity
        ends = [x for x in (q.low, q.value, q.high) if x is not None]
        assert all(math.isfinite(x) for x in ends) and ends == sorted(ends), claim


def main() -> None:
    if "-seed_corpus" in sys.argv:
        corpus = HERE / "corpus"
        corpus.mkdir(exist_ok=True)
        for number, text in enumerate(seeds()):
            (corpus / f"seed{number:03d}").write_bytes(text.encode("utf-8", "surrogatepass"))
        print(f"wrote {len(seeds())} seeds to {corpus}")
        return
    import atheris  # type: ignore[import-untyped]

    with atheris.instrument_imports():
        import claimtrack  # noqa: F401
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""Bad input never crashes a run, stalls it or corrupts it silently (issue: robustness).

An explicit table of inputs that once crashed or misread, grouped by what went wrong, then
properties over arbitrary and number-shaped text through extract, check and consensus, then
the command line and the file readers on malformed files.
"""

from __future__ import annotations

import io
import json
import logging
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.cli import main

# text -> the (text, value, unit) of each figure read; None: anything, as long as nothing fails
CRASHED = {
    "the US  $5 billion": [("US  $5 billion", 5e9, "USD")],
    "Section C\n$5 went missing": [("$5", 5.0, "USD")],
    "minus -2 degrees": [("minus -2 degrees", 2.0, "degree")],
    "0e400 km": [("0e400 km", 0.0, "kilometer")],
    "0·0**6m": [("0·0**6m", 0.0, "meter")],
    "2·10**6m": [("2·10**6m", 2e6, "meter")],
    "9" * 310 + " dollars 5": None,
    "1٢3.4 km and ٣٫٥ km": [("1٢3.4 km", 123.4, "kilometer"), ("٣٫٥ km", 3.5, "kilometer")],
}
MISREAD = {
    "one thousand million dollars": [("one thousand million dollars", 1e9, "USD")],
    "five hundred thousand million dollars": [("five hundred thousand million dollars", 5e11, "USD")],
    "one trillion trillion dollars": [("one trillion trillion dollars", 1e24, "USD")],
    "two million three hundred thousand people": [
        ("two million three hundred thousand people", 2.3e6, "person")
    ],
    "١٬٢٠٠ km": [("١٬٢٠٠ km", 1200.0, "kilometer")],
    "1/0 mile": [],
    "1.5×10−4000 m": [],
    "7e400 tonnes": [],
}  # fmt: skip


def _figures(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.quantity.value, c.quantity.unit) for c in claimtrack.extract(text)]


@pytest.mark.parametrize(("text", "expected"), [*CRASHED.items(), *MISREAD.items()])
def test_the_table(text: str, expected: list[tuple[str, float, str]] | None) -> None:
    docs = [claimtrack.Document(id="a", text=text), claimtrack.Document(id="b", text=text + " 7")]
    claims = claimtrack.extract_all(docs)
    claimtrack.check_claims(claims)
    claimtrack.consensus_claims(claims)
    if expected is not None:
        assert _figures(text) == expected


def test_a_figure_out_of_range_is_dropped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="claimtrack"):
        assert _figures("The probe flew 7e400 km, then 12 km.") == [("12 km", 12.0, "kilometer")]
    assert "7e400" in caplog.text


# Number-shaped text: the scan's hard cases glued with arbitrary characters.
PIECES = st.sampled_from([
    "5", "0", "12", "4,500", "1.5", "٣", "٫", "٥", "½", "⁄", "1/", "/0", "e", "e400", "×10", "−",
    "-", "minus ", "**", "^", "·", "$", "US", "  ", "\n", "C", "A$", "R", " dollars", " km", "m",
    " million", " thousand", "one ", "a ", " to ", " and ", " or ", "between ", "about ", "%",
    "1st", "-a-", "-km-", "(", ")", ",", ".", "\u2028", "\x85", "\ufeff", "\ud7ff",
])  # fmt: skip
SHAPED = st.lists(st.one_of(PIECES, st.text(max_size=2)), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(SHAPED, st.text(max_size=80)), min_size=2, max_size=3))
def test_no_text_breaks_extract_check_or_consensus(texts: list[str]) -> None:
    docs = [claimtrack.Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    claims = claimtrack.extract_all(docs)
    for claim in claims:
        text = next(d.text for d in docs if d.id == claim.doc)
        assert text[claim.span[0] : claim.span[1]] == claim.text
        q = claim.quantity
        ends = [x for x in (q.low, q.value, q.high) if x is not None]
        assert all(math.isfinite(x) for x in ends) and ends == sorted(ends)
    claimtrack.check_claims(claims)
    claimtrack.consensus_claims(claims)


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_a_failure_on_one_document_names_it_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.txt").write_text("The dam holds 40 million cubic metres.", "utf-8")
    (tmp_path / "fine.txt").write_text("The dam cost $310 million.", "utf-8")
    real = claimtrack.Extractor.iter_claims

    def failing(
        self: claimtrack.Extractor, doc: claimtrack.Document, *, context: bool = True
    ) -> Iterator[claimtrack.Claim]:
        if doc.id == "broken":
            raise RuntimeError("an injected fault")
        return real(self, doc, context=context)

    monkeypatch.setattr(claimtrack.Extractor, "iter_claims", failing)
    status, output = _run("extract", str(tmp_path), "--format", "json")
    assert status == 2
    assert [c["text"] for c in json.loads(output)] == ["$310 million"]
    assert "broken: extraction failed (RuntimeError: an injected fault)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n", "empty file"),
        ("late-nul.txt", b"a" * 9000 + b"\x00 5 km", "looks binary"),
        ("dated.md", b"---\ndate: 2021-13-45\n---\n\n5 km", "dated.md: bad date"),
        ("half.jsonl", b'{"id": "\\ud800", "text": "5 km"}\n', '"id" holds a lone surrogate'),
    ],
)
def test_bad_files_are_named_errors(
    tmp_path: Path, name: str, content: bytes, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("The bridge is 12 km long.", "utf-8")
    status, output = _run("extract", str(tmp_path), "--format", "json")
    assert status == 2
    assert problem in capsys.readouterr().err
    assert [c["text"] for c in json.loads(output)] == ["12 km"]


def test_a_line_separator_inside_a_json_string_keeps_the_record(tmp_path: Path) -> None:
    record = {"id": "a", "text": "The canal is\u2028 98 km\x85 long."}
    (tmp_path / "docs.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (doc,) = claimtrack.read_documents([tmp_path])
    assert doc.text == record["text"]


def test_an_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "nothing").mkdir()
    assert _run("extract", str(tmp_path / "nothing"))[0] == 2
    assert "no .txt, .md, .jsonl files" in capsys.readouterr().err


def test_the_command_line_shows_a_dropped_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "probe.txt").write_text("The probe flew 7e400 km, then 12 km.", "utf-8")
    status, output = _run("extract", str(tmp_path), "--format", "json")
    assert status == 0 and [c["text"] for c in json.loads(output)] == ["12 km"]
    assert (
        "warning: dropped a figure with no finite value at 15: '7e400'" in capsys.readouterr().err
    )


@pytest.mark.parametrize("unit", ["1e", "½", "1/", "$$", "US$"])
def test_runs_that_find_nothing_offer_one_candidate(unit: str) -> None:
    """Each position of such a run once started a failed scan (linear, but 10-20x prose)."""
    from claimtrack.extract.candidates import Candidates

    positions = Candidates(claimtrack.default_lexicon()).positions(unit * 500)
    assert len(set(positions)) <= 2


@pytest.mark.parametrize("unit", ["1st-a-", "2nd-hand-"])
def test_a_run_of_ranks_as_modifiers_is_one_match(unit: str) -> None:
    """Each "1st" of such a run was once read as a figure and dropped (20 us each)."""
    from claimtrack.extract.patterns import Patterns

    matches = list(Patterns(claimtrack.default_lexicon()).matches(unit * 500))
    assert [(m.span(), m.lastgroup) for m in matches] == [((0, len(unit) * 500), "skip")]


def test_claims_of_one_document_propose_no_pairs() -> None:
    """Frame candidates pair claims across documents only: a long document's claims sharing a
    word cost their number, not its square."""
    from claimtrack.check.frames import Weights, _candidates
    from claimtrack.check.keys import Index
    from claimtrack.units import default_units

    quantity = claimtrack.Quantity(value=5.0, low=5.0, high=5.0, unit="tonne", kind="measure")
    claims = [
        claimtrack.Claim(doc="long" if i < 500 else "short", span=(i, i + 1), text="5",
                         quantity=quantity, frame=("quarry", f"word{i}"))
        for i in range(502)
    ]  # fmt: skip
    weights = Weights([("quarry",)] + [(f"w{i}",) for i in range(10)])
    index = Index(claims, None, default_units())
    pairs = list(_candidates(range(len(claims)), index, weights))
    assert len(pairs) == 500 * 2 and all(claims[a].doc != claims[b].doc for a, b in pairs)
    focused = Index(claims, None, default_units(), focus=frozenset({"short"}))
    assert sorted(_candidates(range(len(claims)), focused, weights)) == sorted(pairs)
    nobody = Index(claims, None, default_units(), focus=frozenset({"elsewhere"}))
    assert list(_candidates(range(len(claims)), nobody, weights)) == []


def test_a_huge_document_reads_block_by_block_with_whole_document_spans() -> None:
    from claimtrack.extract import blocks

    paragraph = "The Norvale quarry shipped 4,200 tonnes of granite in 2019.\n\n"
    text = paragraph * (blocks.BLOCK_CHARS // len(paragraph) + 3)
    doc = claimtrack.Document(id="quarry", text=text)
    claims = list(claimtrack.Extractor().iter_claims(doc, context=False))
    assert len(claims) == text.count("4,200 tonnes")
    assert all(text[slice(*c.span)] == c.text == "4,200 tonnes" for c in claims)
    assert claims[-1].id == claimtrack.Claim.model_validate(
        {"doc": "quarry", "span": claims[-1].span, "text": "4,200 tonnes",
         "quantity": claims[-1].quantity}
    ).id  # fmt: skip


def test_the_fuzz_harness_passes_its_seeds() -> None:
    """fuzz/fuzz_claimtrack.py (atheris, for long runs) cannot rot: its check runs here."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_claimtrack.py"
    spec = importlib.util.spec_from_file_location("fuzz_claimtrack", path)
    assert spec is not None and spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    seeds = harness.seeds()
    assert len(seeds) > 20
    for seed in seeds:
        harness.one_input(seed.encode("utf-8", "surrogatepass") + b"\x00" + b"5 km")

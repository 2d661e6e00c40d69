"""Why two claims were or were not compared: ``compare_claims`` and ``claimtrack explain``.

Each case is two short articles we wrote and the gate that must stop (or pass) the pair.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import claimtrack
from claimtrack.cli import main

HEAD = "---\ndate: 2023-04-0{day}\n---\n\n"

# (name, first text, second text, the figures, the gates that fail; [] means reported)
CASES = [
    (
        "reported",
        "Chile's copper exports reached $41bn in 2022.",
        "Chile exported $47bn of copper in 2022.",
        ("$41bn", "$47bn"),
        [],
    ),
    (
        "plan against outcome",
        "Kenya plans to build 5,000 classrooms in 2024.",
        "Kenya built 3,100 classrooms in 2024.",
        ("5,000 classrooms", "3,100 classrooms"),
        ["intent"],
    ),
    (
        "other owners",
        "Ghana's cocoa exports were 700,000 tonnes in 2021.",
        "Peru's cocoa exports were 160,000 tonnes in 2021.",
        ("700,000 tonnes", "160,000 tonnes"),
        ["owners"],
    ),
    (
        "other dimensions",
        "The Lisbon bridge is 17 km long.",
        "The Lisbon bridge cost 900 million euros.",
        ("17 km", "900 million euros"),
        ["dimension"],
    ),
    (
        "agreeing figures",
        "Norway's fund was worth $1.4 trillion in 2022.",
        "Norway's fund was worth about $1.4 trillion in 2022.",
        ("$1.4 trillion", "$1.4 trillion"),
        ["values"],
    ),
]


def _claim(claims: list[claimtrack.Claim], doc: str, text: str) -> claimtrack.Claim:
    return next(c for c in claims if c.doc == doc and text in c.text)


@pytest.mark.parametrize(
    ("first", "second", "figures", "failing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_gate_that_decides(
    first: str, second: str, figures: tuple[str, str], failing: list[str]
) -> None:
    docs = [claimtrack.Document(id=i, text=t) for i, t in (("a", first), ("b", second))]
    claims = claimtrack.extract_all(docs)
    a, b = _claim(claims, "a", figures[0]), _claim(claims, "b", figures[1])
    result = claimtrack.compare_claims(a, b, claims)
    assert [g.name for g in result.gates if not g.passed] == failing
    assert (result.reported is not None) == (not failing)
    assert result.compared == (failing in ([], ["values"]))


def test_one_document_is_never_compared() -> None:
    doc = claimtrack.Document(id="a", text="Exports were $41bn in 2022, not $47bn in 2022.")
    first, second = claimtrack.extract_all([doc])[:2]
    result = claimtrack.compare_claims(first, second)
    assert not result.compared and result.gates[0].name == "documents"


def test_a_reported_pair_says_what_made_it_comparable() -> None:
    docs = [claimtrack.Document(id=i, text=t) for i, t in (("a", CASES[0][1]), ("b", CASES[0][2]))]
    (found,) = claimtrack.check(docs)
    assert found.identity is not None
    assert "copper" in found.identity.frame and found.identity.owners == ("Chile",)
    assert "2022" in found.identity.period


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "first.md").write_text(HEAD.format(day=1) + CASES[0][1], encoding="utf-8")
    (tmp_path / "second.md").write_text(HEAD.format(day=2) + CASES[0][2], encoding="utf-8")
    return tmp_path


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def _span(text: str, figure: str) -> str:
    start = text.index(figure)
    return f"{start}-{start + len(figure)}"


def test_explain_prints_each_gate(folder: Path) -> None:
    a, b = f"first:{_span(CASES[0][1], '$41bn')}", f"second:{_span(CASES[0][2], '$47bn')}"
    status, output = _run("explain", a, b, str(folder))
    assert status == 1
    gates = [line.split(":")[0].split(maxsplit=1) for line in output.splitlines()[2:-1]]
    assert gates[:3] == [["ok", "documents"], ["ok", "dimension"], ["ok", "change"]]
    assert output.splitlines()[-1].startswith("compared; reported: mismatch")


def test_explain_json_and_an_offset(folder: Path) -> None:
    offset = CASES[0][1].index("41")
    status, output = _run(
        "explain",
        f"first:{offset}",
        f"second:{_span(CASES[0][2], '$47bn')}",
        str(folder),
        "--format",
        "json",
    )
    payload = json.loads(output)
    assert status == 1 and payload["compared"] is True
    assert [c["text"] for c in payload["claims"]] == ["$41bn", "$47bn"]
    assert payload["reported"]["identity"]["owners"] == ["Chile"]


@pytest.mark.parametrize("reference", ["first:x", "nowhere:3", "first:0-2"])
def test_a_bad_reference_is_a_named_error(
    folder: Path, reference: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run("explain", reference, "second:0", str(folder))
    assert status == 2
    assert reference in capsys.readouterr().err

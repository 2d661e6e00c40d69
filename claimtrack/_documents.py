"""Reading documents from files: ``.txt`` and ``.md`` with optional front matter, and ``.jsonl``.

A ``.txt``/``.md`` file is one document whose id is the file stem. A front matter block
(``---`` / ``date: 2021-07-28`` / ``source: CGTN`` / ``---``) sets the publication date and source;
claim spans index the text after it. Without front matter, a date line near the top such as
``date 2022-03-08`` or ``published: 2021-07-28`` is read as the publication date (the line stays
in the text). A ``.jsonl`` file holds one ``{"id", "text", "published", "source"}`` object a line.

Every problem raises :class:`~claimtrack.DocumentError` naming the file (and line).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import regex
from pydantic import ValidationError

from claimtrack._errors import DocumentError
from claimtrack._models import Document

__all__ = ["MAX_BYTES", "iter_paths", "parse_text_document", "read_documents"]

MAX_BYTES = 256 * 1024 * 1024
"""Files larger than this are refused with a clear error rather than read into memory."""

_FRONT = regex.compile(r"\A---[ \t]*+\r?\n(?P<body>(?:(?!---)[^\n]*+\n){0,50}?)---[ \t]*+\r?\n")
_FIELD = regex.compile(r"^(?P<key>[A-Za-z_]\w*+)[ \t]*+:[ \t]*+(?P<value>.*?)[ \t]*+$", regex.M)
_DATE_LINE = regex.compile(
    r"(?i)(?<![\w-])(?:date|published|publication\ date|posted)\b[ \t]*+:?[ \t]*+"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?![\d-])"
)
_SOURCE_LINE = regex.compile(
    r"(?i)(?<![\w-])source[ \t]*+:[ \t]*+(?P<source>[^|\n]{1,60}?)[ \t]*+(?:\||$)", regex.M
)
_HEAD_CHARS = 400
SUFFIXES = (".txt", ".md", ".jsonl")


def _parse_date(value: str, where: str) -> dt.date | None:
    value = value.strip().strip("'\"")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise DocumentError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from exc


def parse_text_document(
    text: str, doc_id: str, *, published: dt.date | None = None, source: str | None = None
) -> Document:
    """A document from the text of a ``.txt``/``.md`` file (front matter or a date line).

    ``published`` and ``source`` fill in what the text does not say.
    """
    front = _FRONT.match(text)
    found_date: dt.date | None = None
    found_source: str | None = None
    if front is not None:
        fields = {m["key"].lower(): m["value"] for m in _FIELD.finditer(front["body"])}
        found_date = _parse_date(fields.get("date", fields.get("published", "")), doc_id)
        found_source = fields.get("source", "").strip("'\"") or None
        text = text[front.end() :]
    else:
        head = text[:_HEAD_CHARS]
        line = _DATE_LINE.search(head)
        if line is not None:
            found_date = _parse_date(line["date"], doc_id)
        src = _SOURCE_LINE.search(head)
        if src is not None:
            found_source = src["source"].strip() or None
    return Document(
        id=doc_id, text=text, published=found_date or published, source=found_source or source
    )


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit")
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in raw[:8192]:
        raise DocumentError(f"{path}: looks binary (NUL bytes); expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def _jsonl_documents(path: Path, text: str) -> Iterator[Document | DocumentError]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield DocumentError(f'{where}: want an object with a "text" string')
            continue
        record.setdefault("id", f"{path.stem}:{number}")
        try:
            yield Document.model_validate(
                {k: record.get(k) for k in ("id", "text", "published", "source") if k in record}
            )
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            yield DocumentError(f"{where}: {problem}")


def read_documents(
    path: Path, *, published: dt.date | None = None, source: str | None = None
) -> Iterator[Document | DocumentError]:
    """The documents in one file, or the errors that stop them (named by file and line)."""
    if path.suffix.lower() not in SUFFIXES:
        yield DocumentError(f"{path}: unsupported file type (want {', '.join(SUFFIXES)})")
        return
    try:
        text = _read_text(path)
    except DocumentError as exc:
        yield exc
        return
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_documents(path, text)
        return
    try:
        yield parse_text_document(text, path.stem, published=published, source=source)
    except DocumentError as exc:
        yield exc


def iter_paths(paths: list[Path]) -> Iterator[Path | DocumentError]:
    """Files named, and the supported files inside named folders (sorted); errors for the rest."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        elif path.exists():
            yield path
        else:
            yield DocumentError(f"{path}: no such file or directory")

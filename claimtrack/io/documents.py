"""Documents from files: ``.txt`` and ``.md`` with optional front matter, and ``.jsonl``.

A ``.txt``/``.md`` file is one document. A front matter block (``---`` / ``date: 2021-07-28`` /
``source: CGTN`` / ``---``) sets the publication date and source; claim spans index the text
after it. Without front matter, a date line near the top such as ``date 2022-03-08`` or
``published: 2021-07-28`` is read as the publication date (the line stays in the text). A
``.jsonl`` file holds one ``{"id", "text", "published", "source"}`` object a line.

Ids: a file's id is its stem; where two files of one run share a stem, each is named by its path
relative to their common folder, without suffix (``2021/report`` and ``2022/report``). A
``.jsonl`` line without an ``id`` is named ``<file id>:<line number>``.

Every problem is a :class:`~claimtrack.DocumentError` naming the file (and line).

>>> doc = parse_text_document("---\\ndate: 2021-07-28\\nsource: CGTN\\n---\\nTrade rose 5%.", "a")
>>> doc.text, doc.published, doc.source
('Trade rose 5%.', datetime.date(2021, 7, 28), 'CGTN')
>>> parse_text_document("Harbour News | date 2022-03-08\\nIt cost $3m.", "b").published
datetime.date(2022, 3, 8)
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath

import regex
from pydantic import ValidationError

from claimtrack._errors import DocumentError
from claimtrack.model import Document

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "document_ids",
    "iter_paths",
    "json_lines",
    "parse_text_document",
    "read_documents",
    "read_file",
    "read_text",
    "validation_problem",
]

MAX_BYTES = 256 * 1024 * 1024
"""Files larger than this are refused with a clear error rather than read into memory."""

SUFFIXES = (".txt", ".md", ".jsonl")
"""The kinds of file documents are read from (a folder is searched for these)."""

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
"""How far from the top a date line (or source line) is looked for when there is no front matter."""


def _parse_date(value: str, where: str) -> dt.date | None:
    value = value.strip().strip("'\"")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise DocumentError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from exc


def parse_text_document(
    text: str,
    doc_id: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    where: str | None = None,
) -> Document:
    """A document from the text of a ``.txt``/``.md`` file (front matter or a date line).

    ``published`` and ``source`` fill in what the text does not say; errors name ``where``
    (the file; by default ``doc_id``).
    """
    where = where or doc_id
    front = _FRONT.match(text)
    found_date: dt.date | None = None
    found_source: str | None = None
    if front is not None:
        fields = {m["key"].lower(): m["value"] for m in _FIELD.finditer(front["body"])}
        found_date = _parse_date(fields.get("date", fields.get("published", "")), where)
        found_source = fields.get("source", "").strip("'\"") or None
        text = text[front.end() :]
    else:
        head = text[:_HEAD_CHARS]
        line = _DATE_LINE.search(head)
        if line is not None:
            found_date = _parse_date(line["date"], where)
        src = _SOURCE_LINE.search(head)
        if src is not None:
            found_source = src["source"].strip() or None
    return Document(
        id=doc_id, text=text, published=found_date or published, source=found_source or source
    )


def read_text(path: Path) -> str:
    """The UTF-8 text of ``path``; a :class:`~claimtrack.DocumentError` if it is too large,
    unreadable, binary or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit")
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise DocumentError(f"{path}: empty file, nothing to read")
    if b"\x00" in raw:
        raise DocumentError(f"{path}: looks binary (NUL bytes); expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def json_lines(path: Path, text: str) -> Iterator[tuple[str, int, object] | DocumentError]:
    """``(where, line number, value)`` for each non-blank JSON line of ``text``, read from
    ``path``; a line that is not JSON is a :class:`~claimtrack.DocumentError` naming it.

    >>> first, error = json_lines(Path("d.jsonl"), '{"a": 1}\\n\\nnope')
    >>> first
    ('d.jsonl:1', 1, {'a': 1})
    >>> print(error)
    d.jsonl:3: invalid JSON: Expecting value (column 1)
    """
    for number, line in enumerate(text.split("\n"), 1):  # only \n ends a JSON line (not U+2028)
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")


def validation_problem(exc: ValidationError) -> str:
    """What a pydantic error says, one ``field: message`` per problem."""
    return "; ".join(
        f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in exc.errors()
    )


def _jsonl_documents(path: Path, text: str, file_id: str) -> Iterator[Document | DocumentError]:
    for item in json_lines(path, text):
        if isinstance(item, DocumentError):
            yield item
            continue
        where, number, record = item
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield DocumentError(f'{where}: want an object with a "text" string')
            continue
        record.setdefault("id", f"{file_id}:{number}")
        broken = _lone_surrogates(record)
        if broken:
            yield DocumentError(f'{where}: "{broken}" holds a lone surrogate (an escape such '
                                'as \\ud800 that is half a character), not text')  # fmt: skip
            continue
        try:
            yield Document.model_validate(
                {k: record.get(k) for k in ("id", "text", "published", "source") if k in record}
            )
        except ValidationError as exc:
            yield DocumentError(f"{where}: {validation_problem(exc)}")


def _lone_surrogates(record: dict[str, object]) -> str:
    """The first field of ``record`` whose string is not valid Unicode text; "" if none."""
    for key in ("id", "text", "source", "published"):
        value = record.get(key)
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return key
    return ""


def read_file(
    path: Path,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    doc_id: str | None = None,
) -> Iterator[Document | DocumentError]:
    """The documents in one file, or the errors that stop them (named by file and line).

    ``doc_id`` names the file's document (default: the file stem).
    """
    file_id = path.stem if doc_id is None else doc_id
    if path.suffix.lower() not in SUFFIXES:
        yield DocumentError(f"{path}: unsupported file type (want {', '.join(SUFFIXES)})")
        return
    try:
        text = read_text(path)
    except DocumentError as exc:
        yield exc
        return
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_documents(path, text, file_id)
        return
    try:
        yield parse_text_document(
            text, file_id, published=published, source=source, where=str(path)
        )
    except DocumentError as exc:
        yield exc


def iter_paths(paths: Iterable[Path]) -> Iterator[Path | DocumentError]:
    """Files named, and the supported files inside named folders (sorted); errors for the rest."""
    for path in paths:
        if path.is_dir():
            yield from _folder_files(path)
        elif path.exists():
            yield path
        else:
            yield DocumentError(f"{path}: no such file or directory")


def _folder_files(folder: Path) -> Iterator[Path | DocumentError]:
    """The supported files under ``folder``, sorted; an error for each folder that cannot be
    read and for a folder that holds none."""
    found: list[Path] = []
    problems: list[DocumentError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or folder
        problems.append(DocumentError(f"{where}: cannot read folder: {exc.strerror or exc}"))

    for root, _dirs, names in os.walk(folder, onerror=unreadable):
        found += [Path(root, n) for n in names if Path(n).suffix.lower() in SUFFIXES]
    yield from problems
    if not found and not problems:
        yield DocumentError(f"{folder}: no {', '.join(SUFFIXES)} files in this folder")
    yield from sorted(found)


def document_ids(paths: Sequence[PurePath]) -> dict[PurePath, str]:
    """The id of each file of one run: its stem or, for files that share a stem, the path relative
    to their common folder without suffix (with the suffix where that still collides).

    >>> ids = document_ids([PurePath("a/2021/report.md"), PurePath("a/2022/report.md"),
    ...                     PurePath("a/notes.txt")])
    >>> sorted(ids.values())
    ['2021/report', '2022/report', 'notes']
    """
    by_stem: dict[str, set[PurePath]] = defaultdict(set)
    for path in paths:
        by_stem[path.stem].add(path)
    ids: dict[PurePath, str] = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            ids.update(dict.fromkeys(group, stem))
            continue
        where = {p: os.path.abspath(p) for p in group}
        root = os.path.commonpath([os.path.dirname(w) for w in where.values()])
        relative = {p: PurePath(os.path.relpath(w, root)) for p, w in where.items()}
        bare = [r.with_suffix("").as_posix() for r in relative.values()]
        for path, rel in relative.items():
            name = rel.with_suffix("").as_posix()
            ids[path] = rel.as_posix() if bare.count(name) > 1 else name
    return ids


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    on_error: Callable[[DocumentError], object] | None = None,
) -> Iterator[Document]:
    """The documents of the given files and folders, as the command line reads them.

    Folders are searched for ``.txt``, ``.md`` and ``.jsonl`` files (sorted); ids are as the
    module docstring says. ``published`` and ``source`` fill in what a file does not state.
    Documents come lazily, file by file. A bad file or line (missing, binary, not UTF-8, invalid
    JSON, a bad date) is a :class:`~claimtrack.DocumentError` naming the file and line: passed to
    ``on_error`` when given, and the other files are still read; raised otherwise.

    >>> list(read_documents(["no/such/file.txt"]))
    Traceback (most recent call last):
    ...
    claimtrack._errors.DocumentError: no/such/file.txt: no such file or directory
    >>> problems = []
    >>> list(read_documents(["no/such/file.txt"], on_error=problems.append)), len(problems)
    ([], 1)
    """

    def report(error: DocumentError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    files: list[Path] = []
    for item in iter_paths(Path(p) for p in paths):
        if isinstance(item, DocumentError):
            report(item)
        else:
            files.append(item)
    ids = document_ids(files)
    for path in files:
        for doc in read_file(path, published=published, source=source, doc_id=ids[path]):
            if isinstance(doc, DocumentError):
                report(doc)
            else:
                yield doc

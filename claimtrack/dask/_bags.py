"""Documents and claims as Dask bags: read by file on the workers, extracted document by
document, and claims as a Dask dataframe or Parquet files with :mod:`claimtrack.io.parquet`'s
columns.

The workers read the files themselves (only paths travel in the task graph), so a cluster's
workers must see the paths the client names: always so for ``local`` clusters, and for a
remote one on a shared filesystem. Document ids are settled on the client from every path of
the run, exactly as :func:`claimtrack.read_documents` names them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dask.bag
from dask.base import compute
from dask.delayed import delayed

from claimtrack._errors import ClaimtrackError, DocumentError
from claimtrack.io.documents import document_ids, iter_paths, read_file
from claimtrack.io.parquet import COLUMNS, require_pyarrow, schema, write_parquet
from claimtrack.ledger.rows import claim_row
from claimtrack.model import Claim, Document
from claimtrack.pipeline import Extractor, default_extractor

if TYPE_CHECKING:
    import dask.dataframe

__all__ = [
    "PARTITIONS",
    "Outcome",
    "claim_outcomes",
    "claims_dataframe",
    "document_outcomes",
    "documents_bag",
    "extract_bag",
    "to_parquet",
]

PARTITIONS = 16
"""Partitions of a bag of documents unless told otherwise."""

Outcome = Any
"""An item of an outcome bag: a :class:`~claimtrack.Document` or
:class:`~claimtrack.Claim`, or the :class:`~claimtrack.DocumentError` that stood in its way."""

_File = tuple[str, str]
"""A path and the id of its document(s)."""


def _groups(files: Sequence[_File], count: int) -> list[list[_File]]:
    """``files`` in ``count`` (or fewer) runs of neighbours, each of about the same bytes."""
    sizes = [max(1, _size(path)) for path, _ in files]
    share = sum(sizes) / max(1, count)
    groups: list[list[_File]] = [[]]
    done = 0.0
    for file, size in zip(files, sizes, strict=True):
        if groups[-1] and done >= share * len(groups):
            groups.append([])
        groups[-1].append(file)
        done += size
    return groups


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _read(files: Sequence[_File], published: dt.date | None, source: str | None) -> list[Outcome]:
    """The documents of ``files`` (a partition), each bad file or line a DocumentError."""
    found: list[Outcome] = []
    for path, doc_id in files:
        found += read_file(Path(path), published=published, source=source, doc_id=doc_id)
    return found


def document_outcomes(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    npartitions: int = PARTITIONS,
    on_error: Callable[[DocumentError], object],
) -> dask.bag.Bag:
    """The documents of ``paths`` as :func:`documents_bag` reads them, with each file or line
    that cannot be read as its DocumentError in the bag; a path that does not exist goes to
    ``on_error`` at once."""
    files: list[Path] = []
    for item in iter_paths(Path(p) for p in paths):
        if isinstance(item, DocumentError):
            on_error(item)
        else:
            files.append(item)
    ids = document_ids(files)
    named = [(str(path), ids[path]) for path in files]
    groups = _groups(named, npartitions) if named else []
    bag: dask.bag.Bag = dask.bag.from_sequence(groups, npartitions=max(1, len(groups)))
    bag = bag.map_partitions(_flat_read, published, source)
    if 0 < len(groups) < npartitions:  # fewer files than partitions: split their documents
        bag = bag.repartition(npartitions)
    return bag


def _flat_read(
    groups: Iterable[Sequence[_File]], published: dt.date | None, source: str | None
) -> list[Outcome]:
    return [item for files in groups for item in _read(files, published, source)]


def _raise(item: Outcome) -> Outcome:
    if isinstance(item, DocumentError):
        raise item
    return item


def documents_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    npartitions: int = PARTITIONS,
) -> dask.bag.Bag:
    """The documents of the given files and folders, as :func:`claimtrack.read_documents`
    reads them, in a bag of about ``npartitions`` partitions of whole files (of documents when
    there are fewer files). A bad file is a :class:`~claimtrack.DocumentError` raised when the
    bag is computed."""

    def refuse(error: DocumentError) -> None:
        raise error

    outcomes = document_outcomes(
        paths, published=published, source=source, npartitions=npartitions, on_error=refuse
    )
    documents: dask.bag.Bag = outcomes.map(_raise)
    return documents


def _extract(
    items: Iterable[Outcome], extractor: Extractor | None, context: bool, strict: bool
) -> Iterator[Outcome]:
    found = extractor or default_extractor()
    for item in items:
        if not isinstance(item, Document):  # an error met before, in an outcome bag
            yield item
            continue
        try:
            yield from found.iter_claims(item, context=context)
        except Exception as exc:  # a bug of ours must not cost the user the rest of the run
            if strict:
                raise
            problem = f"{type(exc).__name__}: {exc}"[:300]
            yield DocumentError(
                f"{item.id}: extraction failed ({problem}); its claims are left out"
            )


def extract_bag(
    documents: dask.bag.Bag, extractor: Extractor | None = None, *, context: bool = True
) -> dask.bag.Bag:
    """The claims of a bag of :class:`~claimtrack.Document` s, partitioned as the documents
    are: those of :meth:`~claimtrack.Extractor.iter_claims` (``context=False``: quantities only),
    by ``extractor`` (by default :func:`~claimtrack.pipeline.default_extractor`, built once on
    each worker)."""
    claims: dask.bag.Bag = documents.map_partitions(_listed, extractor, context, True)
    return claims


def claim_outcomes(
    outcomes: dask.bag.Bag, extractor: Extractor | None = None, *, context: bool = True
) -> dask.bag.Bag:
    """:func:`extract_bag` of an outcome bag: errors pass through, and a document whose
    extraction fails becomes a DocumentError naming it (the claims of its blocks read before
    stay), as the command line reports it."""
    claims: dask.bag.Bag = outcomes.map_partitions(_listed, extractor, context, False)
    return claims


def _listed(
    items: Iterable[Outcome], extractor: Extractor | None, context: bool, strict: bool
) -> list[Outcome]:
    return list(_extract(items, extractor, context, strict))


def _frame(claims: Iterable[Claim]) -> Any:
    rows = [claim_row(c, 1) for c in claims]
    table = require_pyarrow().Table.from_pylist([dict(zip(COLUMNS, r, strict=True)) for r in rows],
                                                schema=schema())  # fmt: skip
    return table.to_pandas(types_mapper=_nullable)


def _nullable(arrow_type: Any) -> Any:
    """Arrow types as pandas' nullable dtypes, so that an int64 column keeps its nulls."""
    import pandas

    pa = require_pyarrow()
    return {pa.int64(): pandas.Int64Dtype(), pa.float64(): pandas.Float64Dtype(),
            pa.string(): pandas.StringDtype()}.get(arrow_type)  # fmt: skip


def claims_dataframe(claims: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A bag of claims as a Dask dataframe with the Parquet columns
    (:data:`claimtrack.io.parquet.COLUMNS`), one row per claim, partitioned as the bag."""
    try:
        import dask.dataframe
    except ImportError as exc:
        raise ClaimtrackError(
            f'a dataframe needs pandas ({exc}); install it with: pip install "claimtrack[dask]"'
        ) from exc
    parts = [delayed(_frame)(part) for part in claims.to_delayed()]
    frame: dask.dataframe.DataFrame = dask.dataframe.from_delayed(
        parts, meta=_frame([]), verify_meta=False
    )
    return frame


def to_parquet(claims: dask.bag.Bag, folder: str | os.PathLike[str]) -> int:
    """Write a bag of claims as a folder of Parquet files, ``part.N.parquet`` for partition N,
    each as :func:`claimtrack.io.parquet.write_parquet` writes it (read one back with
    :func:`~claimtrack.io.parquet.read_parquet`, the folder with pandas, DuckDB or Spark);
    returns how many claims were written."""
    require_pyarrow()
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClaimtrackError(f"{out}: cannot make the folder ({exc})") from exc
    writes = [
        delayed(write_parquet)(part, out / f"part.{number}.parquet")
        for number, part in enumerate(claims.to_delayed())
    ]
    return sum(compute(*writes))

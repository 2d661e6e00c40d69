"""Claims as Parquet: one row per claim, with the columns of the ledger's ``claims`` table.

The columns are :data:`~claimtrack.ledger.rows.CLAIM_COLUMNS` (``id``, ``doc_id``,
``doc_version``, ``start``, ``end``, ``text``, ``value``, ``low``, ``high``, ...), their values
those :func:`~claimtrack.ledger.rows.claim_row` gives (version 1 for claims outside a ledger),
and the last column, ``json``, is the whole claim: :func:`read_parquet` reads back exactly the
claims :func:`write_parquet` wrote. pyarrow is needed (``pip install "claimtrack[parquet]"``)
and imported only when a function here is called.

>>> import tempfile
>>> from pathlib import Path
>>> from claimtrack.model import Claim, Quantity
>>> claim = Claim(doc="a", span=(0, 2), text="5%",
...               quantity=Quantity(value=5.0, low=5.0, high=5.0, unit="percent"))
>>> claim_table([claim]).column_names[:6]
['id', 'doc_id', 'doc_version', 'start', 'end', 'text']
>>> folder = tempfile.TemporaryDirectory()
>>> path = Path(folder.name) / "claims.parquet"
>>> write_parquet([claim], path)
1
>>> list(read_parquet(path)) == [claim]
True
>>> folder.cleanup()
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from claimtrack._errors import ClaimtrackError
from claimtrack.ledger.rows import CLAIM_COLUMNS, claim_row
from claimtrack.model import Claim

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "BATCH_SIZE",
    "COLUMNS",
    "claim_table",
    "read_parquet",
    "require_pyarrow",
    "schema",
    "write_parquet",
]

COLUMNS = tuple(c.strip('"') for c in CLAIM_COLUMNS)
"""The column names, in order: the ledger's, unquoted."""

BATCH_SIZE = 10_000
"""Claims per row group that :func:`write_parquet` holds in memory at a time."""

_INTEGERS = frozenset({"doc_version", "start", "end"})
_FLOATS = frozenset({"value", "low", "high"})


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or a :class:`~claimtrack.ClaimtrackError` saying how to
    install it."""
    try:
        import pyarrow
        import pyarrow.parquet  # loads the submodule onto pyarrow
    except ImportError as exc:
        raise ClaimtrackError(
            f'Parquet needs pyarrow ({exc}); install it with: pip install "claimtrack[parquet]"'
        ) from exc
    return pyarrow


def schema() -> pyarrow.Schema:
    """The Arrow schema of claim rows: strings, ``int64`` offsets and version, ``float64``
    figures; every column nullable."""
    pa = require_pyarrow()
    types = {name: pa.int64() for name in _INTEGERS} | {name: pa.float64() for name in _FLOATS}
    fields = [pa.field(name, types.get(name, pa.string()), nullable=True) for name in COLUMNS]
    return pa.schema(fields)


def claim_table(claims: Iterable[Claim], *, version: int = 1) -> pyarrow.Table:
    """The claims as one Arrow table (``version``: their documents' version in a ledger)."""
    pa = require_pyarrow()
    rows = [claim_row(c, version) for c in claims]
    arrays = {name: [row[i] for row in rows] for i, name in enumerate(COLUMNS)}
    return pa.Table.from_pydict(arrays, schema=schema())


def write_parquet(
    claims: Iterable[Claim],
    path: str | os.PathLike[str],
    *,
    batch_size: int = BATCH_SIZE,
    version: int = 1,
) -> int:
    """Write the claims to the Parquet file ``path``, ``batch_size`` claims per row group (only
    one batch is in memory at a time); returns how many were written. No claims make a file
    with the schema and no rows."""
    if batch_size < 1:
        raise ClaimtrackError(f"batch_size must be at least 1, got {batch_size}")
    pq = require_pyarrow().parquet
    written = 0
    claims = iter(claims)
    try:
        with pq.ParquetWriter(os.fspath(path), schema()) as writer:
            while batch := list(itertools.islice(claims, batch_size)):
                writer.write_table(claim_table(batch, version=version))
                written += len(batch)
    except OSError as exc:
        raise ClaimtrackError(f"{os.fspath(path)}: cannot write Parquet ({exc})") from exc
    return written


def read_parquet(path: str | os.PathLike[str]) -> Iterator[Claim]:
    """The claims of a Parquet file of claim rows (written by :func:`write_parquet`, a ledger's
    export or a cluster run), read back from their ``json`` column one row group at a time."""
    pq = require_pyarrow().parquet
    try:
        file = pq.ParquetFile(os.fspath(path))
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise ClaimtrackError(f"{os.fspath(path)}: cannot read Parquet ({exc})") from exc
    if "json" not in file.schema_arrow.names:
        raise ClaimtrackError(f"{os.fspath(path)}: no 'json' column; not a file of claims")
    for batch in file.iter_batches(columns=["json"]):
        for text in batch.column(0).to_pylist():
            yield Claim.model_validate_json(text)

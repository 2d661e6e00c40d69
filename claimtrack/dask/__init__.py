"""claimtrack on a Dask cluster: extraction by document and the check by shard, on a local
cluster of worker processes or an existing scheduler, with the same results as a plain run.

Needs the ``dask`` extra (``pip install "claimtrack[dask]"``); ``import claimtrack`` never
loads Dask, only ``import claimtrack.dask`` does.

::

    import claimtrack.dask as ctd

    with ctd.client("local:4"):
        claims = ctd.extract_bag(ctd.documents_bag(["archive/"])).persist()
        found = ctd.check_bag(claims)       # == claimtrack.check_claims(all the claims)
        ctd.to_parquet(claims, "claims/")   # one Parquet file per partition

Modules: :mod:`~claimtrack.dask._cluster` (:func:`client`), :mod:`~claimtrack.dask._bags`
(documents and claims as bags, a dataframe, Parquet), :mod:`~claimtrack.dask._check`
(:func:`check_bag`), :mod:`~claimtrack.dask._cli` (the command line's ``--scheduler``).
"""

from claimtrack._errors import ClaimtrackError

try:
    import dask.bag
    import distributed
except ImportError as exc:  # pragma: no cover - run where the extra is missing
    raise ClaimtrackError(
        f'claimtrack.dask needs Dask ({exc}); install it with: pip install "claimtrack[dask]"'
    ) from exc

from claimtrack.dask._bags import claims_dataframe, documents_bag, extract_bag, to_parquet
from claimtrack.dask._check import check_bag
from claimtrack.dask._cluster import client

__all__ = [
    "check_bag",
    "claims_dataframe",
    "client",
    "documents_bag",
    "extract_bag",
    "to_parquet",
]

del dask, distributed  # imported above only to fail early, with the message

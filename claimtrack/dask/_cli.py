"""The command line's ``--scheduler``: ``extract`` and ``check`` on a cluster, giving what
:mod:`claimtrack.cli` writes without one (the same claims in the same order, the same
inconsistencies, the same errors reported through the same callback).

Files are read and documents extracted on the workers, a partition of files per task (about
four per worker); ``extract`` fetches the partitions' claims in order as they are done, so the
client holds one partition at a time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence

import dask.bag
import distributed

from claimtrack._errors import DocumentError
from claimtrack.dask._bags import Outcome, claim_outcomes, document_outcomes
from claimtrack.dask._check import check_bag
from claimtrack.dask._cluster import client
from claimtrack.model import Claim, Inconsistency

__all__ = ["PARTITIONS_PER_WORKER", "Run", "run"]

PARTITIONS_PER_WORKER = 4
"""Partitions of the documents per worker thread: enough to even out uneven files."""

OnError = Callable[[DocumentError], object]
Paths = Sequence[str | os.PathLike[str]]


def _is_error(item: Outcome) -> bool:
    return isinstance(item, DocumentError)


def _is_claim(item: Outcome) -> bool:
    return not isinstance(item, DocumentError)


class Run:
    """The runs of one command on one cluster; input errors go to ``on_error``."""

    def __init__(self, cluster: distributed.Client, on_error: OnError) -> None:
        self.client = cluster
        self.on_error = on_error

    @property
    def partitions(self) -> int:
        """How many partitions the documents are read in."""
        threads: dict[str, int] = self.client.nthreads()
        return PARTITIONS_PER_WORKER * max(1, sum(threads.values()))

    def outcomes(
        self, paths: Paths, published: dt.date | None, source: str | None, context: bool
    ) -> dask.bag.Bag:
        """The claims of the documents of ``paths``, with the errors met in their place."""
        docs = document_outcomes(
            paths,
            published=published,
            source=source,
            npartitions=self.partitions,
            on_error=self.on_error,
        )
        return claim_outcomes(docs, context=context)

    def claims(
        self, paths: Paths, *, published: dt.date | None, source: str | None, context: bool
    ) -> Iterator[Claim]:
        """What ``extract`` writes: the claims of every document, in the order of a plain run;
        each partition's errors are reported when its claims come."""
        futures = self.client.compute(self.outcomes(paths, published, source, context).to_delayed())
        for future in futures:
            for item in future.result():
                if isinstance(item, DocumentError):
                    self.on_error(item)
                else:
                    yield item
            future.release()

    def check(
        self,
        paths: Paths,
        given: Sequence[Claim],
        *,
        published: dt.date | None,
        source: str | None,
        keep_claims: bool,
    ) -> tuple[list[Claim], list[Inconsistency]]:
        """What ``check`` finds among the ``given`` claims (read from ``--claims``) and those of
        the documents of ``paths``; the claims themselves too with ``keep_claims`` (for the
        table's figures by metric), else none."""
        bags, scattered = [], []  # the scattered data lives as long as its futures here
        if given:  # scattered: claims in the task graph would make it large
            size = -(-len(given) // self.partitions)
            parts = [list(given[i : i + size]) for i in range(0, len(given), size)]
            scattered = self.client.scatter(parts)
            bags.append(dask.bag.from_delayed(scattered))
        if paths:
            bags.append(self.outcomes(paths, published, source, True))
        if not bags:
            return [], []
        outcomes = self.client.persist(dask.bag.concat(bags))
        for error in outcomes.filter(_is_error).compute():
            self.on_error(error)
        claims = outcomes.filter(_is_claim)
        found = check_bag(claims)
        kept = claims.compute() if keep_claims else []
        del scattered
        return kept, found


@contextlib.contextmanager
def run(scheduler: str, on_error: OnError) -> Iterator[Run]:
    """A :class:`Run` on the cluster ``scheduler`` names (see
    :func:`claimtrack.dask.client`), shut down on leaving the block."""
    with client(scheduler) as cluster:
        yield Run(cluster, on_error)

"""The cluster a run uses: a local one of worker processes, or an existing scheduler's.

A scheduler is named as on the command line: ``local`` (one worker process per core),
``local:N`` (N worker processes) or the address of a running scheduler (``tcp://host:8786``,
``host:8786``). A spec that is neither, or an address nobody answers at, is a
:class:`~claimtrack.ClaimtrackError` naming it.

>>> workers("local:3"), workers("tcp://10.0.0.5:8786")
(3, None)
>>> workers("local:zero")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
claimtrack._errors.ClaimtrackError: scheduler 'local:zero': want local, local:N (N >= 1) or ...
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import socket
from collections.abc import Iterator
from typing import Any

import distributed
from distributed.comm.addressing import parse_address, parse_host_port
from distributed.comm.core import connect

from claimtrack._errors import ClaimtrackError

__all__ = ["TIMEOUT", "client", "workers"]

TIMEOUT = 10.0
"""Seconds to wait for a scheduler to answer."""

_LOCAL = "local"
_SOCKETS = ("tcp", "tls", "ws", "wss")


def workers(scheduler: str) -> int | None:
    """The worker processes a ``local[:N]`` spec asks for (``local``: one per core); None for
    the address of an existing scheduler."""
    name, colon, count = scheduler.strip().partition(":")
    if name != _LOCAL:
        return None
    if not colon:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                   else os.cpu_count() or 1)  # fmt: skip
    if not count.isdigit() or int(count) < 1:
        raise ClaimtrackError(
            f"scheduler {scheduler!r}: want local, local:N (N >= 1) or an address"
        )
    return int(count)


@contextlib.contextmanager
def client(scheduler: str, *, timeout: float | None = None) -> Iterator[distributed.Client]:
    """A Dask client of the scheduler ``scheduler`` names (see the module docstring), closed
    (and a local cluster shut down) on leaving the block; ``timeout``: seconds to wait for a
    scheduler to answer (:data:`TIMEOUT`)."""
    timeout = TIMEOUT if timeout is None else timeout
    count = workers(scheduler)
    if count is None:
        with _remote(scheduler.strip(), timeout) as remote:
            yield remote
        return
    with (
        distributed.LocalCluster(
            n_workers=count,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # no dashboard, and the scheduler's health routes on a free port rather than on
            # 8787, which another cluster of the machine may hold (a warning then)
            scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster, timeout=timeout) as local,
    ):
        yield local


def _remote(address: str, timeout: float) -> distributed.Client:
    """A client of the scheduler at ``address``; first checked to answer, and as a scheduler,
    since a client that fails to connect may wait without end or keep retrying on its way
    out."""
    try:
        scheme, location = parse_address(address)
        if scheme not in _SOCKETS:
            raise ValueError(f"scheme {scheme!r} is not one of {', '.join(_SOCKETS)}")
        host, port = parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise ClaimtrackError(
            f"scheduler {address!r}: not an address ({exc}); want local, local:N or an address "
            "such as tcp://host:8786"
        ) from exc
    try:
        socket.create_connection((host, port), timeout=timeout).close()  # refused: at once
        reply = _identity(address, timeout)
    except (OSError, ValueError) as exc:  # TimeoutError is an OSError
        problem = str(exc) or f"no answer within {timeout:g} s"
        raise ClaimtrackError(f"scheduler {address!r}: cannot connect ({problem})") from exc
    if not isinstance(reply, dict) or reply.get("type") != "Scheduler":
        raise ClaimtrackError(f"scheduler {address!r}: what answers there is not a Dask scheduler")
    try:
        return distributed.Client(address, timeout=timeout)
    except (OSError, ValueError) as exc:
        raise ClaimtrackError(f"scheduler {address!r}: cannot connect ({exc})") from exc


def _identity(address: str, timeout: float) -> Any:
    """What the server at ``address`` says it is, asked over Dask's own protocol, within
    ``timeout`` seconds in all (on a thread of its own: the caller may run an event loop)."""

    async def ask() -> Any:
        comm = await connect(address, timeout=timeout)
        try:
            await comm.write({"op": "identity", "reply": True})
            return await comm.read()
        finally:
            comm.abort()

    async def bounded() -> Any:
        return await asyncio.wait_for(ask(), timeout)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, bounded()).result()

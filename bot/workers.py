"""Where the per-article analysis runs: in this process, in a pool of processes, or on Dask.

Tasks go out in batches with only a few batches in flight per worker, and the results come back
in order, so memory holds a handful of batches whatever the size of the build. On a Dask cluster
(`dask.distributed`, the optional `[cluster]` extra) a batch whose worker dies is retried on
another; a cluster that goes away ends the build with BuildFailed, before anything is committed.
Batches and results cross Dask as pickled bytes, which its scheduler forwards without unpickling,
and a `local:N` cluster is kept to what a build needs, so that it costs about what the pool does.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from bot.errors import BriefingError

_In = TypeVar("_In")
_Out = TypeVar("_Out")
Mapper = Callable[[Callable[[_In], _Out], Iterable[_In]], Iterator[_Out]]
IN_FLIGHT = 2  # batches queued per worker: enough to keep it busy, few enough to stay small
RETRIES = 3  # times Dask runs a batch again when its worker dies
PROTOCOL = pickle.HIGHEST_PROTOCOL
CONNECT_TIMEOUT = "10s"  # to reach a scheduler before the build gives up
# A `local:N` cluster serves one build and nobody watches it: no statistical profiler sampling
# every worker's stack each 10 ms, no dashboard, and its health checks at a relaxed pace. Left on,
# they cost the build a seventh of a core for as long as it runs.
QUIET_LOCAL = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "10s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}
# Its workers fork from the build where they can, as the pool's do: they start with the analysis
# already imported instead of importing it again each (seconds of CPU, and of waiting, apiece).
FORKED_LOCAL = {"distributed.worker.multiprocessing-method": "fork"}


class BuildFailed(BriefingError):
    """The analysis or the linking raised, or the cluster went away: nothing was written."""


def _bounded(
    submit: Callable[[_In], Any], result: Callable[[Any], _Out], items: Iterable[_In], window: int
) -> Iterator[_Out]:
    """The results of `items` in order, with at most `window` of them submitted and not taken."""
    pending: deque[Any] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


@contextmanager
def mapper(jobs: int | None, cluster: str | None = None) -> Iterator[Mapper[Any, Any]]:
    """A map over batches: on a Dask cluster (an address, or `local:N`), N processes, or here."""
    if cluster:
        with _dask(cluster) as mapped:
            yield mapped
        return
    workers = jobs or os.cpu_count() or 1
    if workers <= 1:
        yield lambda work, batches: map(work, batches)
        return
    context = multiprocessing.get_context(_start_method())
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        yield lambda work, batches: _bounded(
            lambda batch: pool.submit(work, batch), Future.result, batches, workers * IN_FLIGHT
        )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_method() -> str:
    """Fork when it is safe (it starts fastest); forkserver when this process runs threads."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


@contextmanager
def _dask(address: str) -> Iterator[Mapper[Any, Any]]:
    """A map over the workers of a Dask cluster; `local:N` starts one of N processes here."""
    client, cluster = _connect(address)
    try:
        window = max(1, len(client.scheduler_info()["workers"])) * IN_FLIGHT
        yield lambda work, batches: _bounded(
            lambda batch: client.submit(
                _unpickled, work, pickle.dumps(batch, PROTOCOL), retries=RETRIES, pure=False
            ),
            lambda future: pickle.loads(_dask_result(future, address)),
            batches,
            window,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect(address: str) -> tuple[Any, Any]:
    """A client of the cluster at `address`, and the `local:N` cluster started for it (or None)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise BuildFailed(
            "--cluster needs dask.distributed: pip install 'briefing-bot[cluster]'"
        ) from None
    # distributed sets its loggers to INFO when imported; a build reports in one line.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    local = address.startswith("local:")
    cluster = _local_cluster(LocalCluster, address) if local else None
    try:
        client = Client(cluster if cluster is not None else address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise BuildFailed(f"cannot reach the Dask scheduler at {address} ({error})") from None
    return client, cluster


def _local_cluster(factory: Any, address: str) -> Any:
    """N single-threaded worker processes here, forked where possible, with nothing watching."""
    try:
        workers = int(address.removeprefix("local:"))
    except ValueError:
        raise BuildFailed(f"--cluster {address}: expected local:N, N a whole number") from None
    import dask

    forked = FORKED_LOCAL if sys.platform == "linux" else {}
    with dask.config.set({**QUIET_LOCAL, **forked}):  # workers take the settings they start with
        return factory(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def _unpickled(work: Callable[[_In], _Out], payload: bytes) -> bytes:
    """`work` on a batch that travels pickled, its result pickled likewise.

    The scheduler then forwards bytes: it would otherwise unpickle every batch it receives and
    pickle it again for the worker, as much work as the worker's own unpickling, in the build
    process."""
    return pickle.dumps(work(pickle.loads(payload)), PROTOCOL)


def _dask_result(future: Any, address: str) -> Any:
    """A batch's result; BuildFailed when the cluster went away instead (retries did not help)."""
    try:
        return future.result()
    except BuildFailed:
        raise
    except Exception as error:
        if future.status == "error":  # the analysis itself raised: say so, as a pool would
            raise
        reason = str(error).splitlines()[0] if str(error) else ""
        raise BuildFailed(
            f"the Dask cluster at {address} went away ({type(error).__name__}: {reason}); "
            "the store was left as it was"
        ) from None

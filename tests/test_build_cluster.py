"""The build on a Dask cluster: the same store as in processes, worker failures retried, and a
cluster that goes away mid-build leaves the store as it was."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask.distributed import LocalCluster

import bot.workers
from bot.build import BuildFailed, build
from bot.cli import main
from bot.models import Article, ArticleAnalysis
from bot.store import export_records, open_db
from tests.factories import SEEDS
from tests.test_build_incremental import fixtures, quick_analyse, write

failures: list[str] = []  # the article whose analysis failed (the workers are threads here)
cluster_closing = threading.Event()
inherited = "as imported"  # what a worker finds here: changed by a test before it starts one


def flaky_analyse(article: Article) -> ArticleAnalysis:
    """Fails the first time it is called, as a worker that died would."""
    if not failures:
        failures.append(article.id)
        raise ConnectionError("worker lost")
    return quick_analyse(article)


def analyse_then_close(article: Article) -> ArticleAnalysis:
    """Asks for the cluster to go away once the build is under way."""
    cluster_closing.set()
    return quick_analyse(article)


@pytest.fixture
def cluster() -> Iterator[LocalCluster]:
    """A small Dask cluster in this process: one worker thread, its HTTP server on a free port."""
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as local:
        yield local


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    folder = tmp_path / "feeds"
    shutil.copytree(SEEDS, folder)
    lines, _ = fixtures(events=20, singles=10)
    write(folder / "feed.jsonl", lines)
    return folder


def exports(db_path: Path) -> dict[str, list[dict[str, object]]]:
    db = open_db(db_path)
    return {kind: list(export_records(db, kind)) for kind in ("summaries", "stories")}


def test_build_on_a_cluster_equals_a_build_here(
    tmp_path: Path, feeds: Path, cluster: LocalCluster
) -> None:
    address = cluster.scheduler_address
    report = build([feeds], tmp_path / "dask.db", cluster=address, analyser=quick_analyse)
    build([feeds], tmp_path / "here.db", jobs=1, analyser=quick_analyse)
    assert len(report.added) == 52
    assert exports(tmp_path / "dask.db") == exports(tmp_path / "here.db")


def test_build_on_a_cluster_retries_a_failed_batch(
    tmp_path: Path, feeds: Path, cluster: LocalCluster
) -> None:
    failures.clear()
    address = cluster.scheduler_address
    report = build([feeds], tmp_path / "dask.db", cluster=address, analyser=flaky_analyse)
    assert len(failures) == 1
    assert failures[0] in report.added
    assert len(report.added) == 52


def test_build_whose_cluster_goes_away_leaves_the_store(
    tmp_path: Path, feeds: Path, cluster: LocalCluster
) -> None:
    db_path = tmp_path / "dask.db"
    build([SEEDS], db_path, jobs=1, analyser=quick_analyse)
    before = exports(db_path)
    cluster_closing.clear()
    closer = threading.Thread(target=lambda: cluster_closing.wait() and cluster.close())
    closer.start()
    one_line = r"^the Dask cluster at \S+ went away \([^\n]+\); the store was left as it was$"
    with pytest.raises(BuildFailed, match=one_line):
        build([feeds], db_path, cluster=cluster.scheduler_address, analyser=analyse_then_close)
    closer.join()
    assert exports(db_path) == before


def test_cli_build_with_an_unreachable_scheduler_fails_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bot.workers, "CONNECT_TIMEOUT", "0.5s")
    monkeypatch.setenv("BRIEFING_DASK_SCHEDULER", "tcp://127.0.0.1:9")
    assert main(["build", str(SEEDS), "--db", str(tmp_path / "b.db")]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert not (tmp_path / "b.db").exists()


def test_cli_build_cluster_local_needs_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(SEEDS), "--db", str(tmp_path / "b.db"), "--cluster", "local:x"]) == 1
    assert (
        capsys.readouterr().err == "error: --cluster local:x: expected local:N, N a whole number\n"
    )


class Unpickled:
    """Counts how many times it is unpickled (in this process: the test cluster's threads)."""

    count = 0

    def __init__(self, value: int) -> None:
        self.value = value

    def __setstate__(self, state: dict[str, int]) -> None:
        Unpickled.count += 1
        self.__dict__.update(state)


def values(batch: list[Unpickled]) -> list[int]:
    return [item.value for item in batch]


def worker_settings(test_process: int) -> tuple[bool, str, bool, bool]:
    """Whether this task ran in another process, what it found in this module (as the test left
    it when forked, as imported when spawned), whether the profiler and work stealing are on."""
    import dask

    return (
        os.getpid() != test_process,
        inherited,
        dask.config.get("distributed.worker.profile.enabled"),
        dask.config.get("distributed.scheduler.work-stealing"),
    )


def test_batches_are_unpickled_once_on_their_worker_not_on_the_scheduler() -> None:
    # Over TCP, as to a real scheduler: the scheduler would otherwise unpickle every batch too.
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
        dashboard_address=None,
    ) as local:  # fmt: skip
        Unpickled.count = 0
        batches = [[Unpickled(1), Unpickled(2)], [Unpickled(3)]]
        with bot.workers.mapper(None, local.scheduler_address) as mapped:
            assert list(mapped(values, batches)) == [[1, 2], [3]]
    assert Unpickled.count == 3


def test_a_local_cluster_forks_processes_without_profiler_or_work_stealing() -> None:
    global inherited
    inherited = "set by the test"
    with bot.workers.mapper(None, "local:1") as mapped:
        found = list(mapped(worker_settings, [os.getpid()]))
    assert found == [(True, "set by the test", False, False)]

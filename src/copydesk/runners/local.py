"""The default runner: a local process pool that streams articles through document stages.

At most `workers × inflight_per_worker` chunks are in flight, so memory stays flat however
large the corpus. Results come back in input order. A crashed worker process costs only the
documents it held: the pool is rebuilt, pending documents are redone one at a time, and a
document that crashes a worker on its own becomes an error record. A chunk still running well
past its documents' time limits (C code that SIGALRM cannot interrupt) is treated the same way:
its worker is killed and the documents are redone one at a time under a hard limit; so is a
worker whose resident memory goes above `Config.max_worker_rss_mb` (the memory guard).
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import pickle
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.pipeline import DocProcessor
from copydesk.runners.corpus import SiteCleanStep, StagePlan
from copydesk.stage import DocStage

_worker: DocProcessor | None = None
#: Seconds between checks of a running chunk's time and its workers' memory.
_POLL_S = 0.25
_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 0.0
_PR_SET_PDEATHSIG = 1
#: Per-chunk partials of a corpus step are merged every this many chunks (bounded memory).
_MERGE_EVERY = 64


def _die_with_parent() -> None:
    """Linux: end this worker when the main process dies (e.g. SIGKILL), leaving no orphans."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers end when their queue closes
        pass


def _rss_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(int(fh.read().split()[1]) * _PAGE_MB)
    except (OSError, ValueError, IndexError):
        return 0


def _run_chunk(chunk: list[Article]) -> list[Article]:
    assert _worker is not None, "worker not initialised"
    return _worker.process_many(chunk)


@dataclass(slots=True)
class _Task:
    chunk: list[Article]
    future: Future[list[Article]]


class LocalRunner:
    def __init__(self, workers: int = 1, config: Config = DEFAULT) -> None:
        self.workers = max(1, workers)
        self.config = config

    def run(self, articles: Iterable[Article], names: Sequence[str],
            stages: Sequence[DocStage] = ()) -> Iterator[Article]:
        """Stages (and their models) are built here first, so a broken stage fails the run at
        once with its own error, and forked workers share the loaded models copy-on-write.
        `stages` are already built stages that run before the named ones."""
        global _worker
        articles = iter(articles)
        _worker = DocProcessor(names, self.config, stages)
        if self.workers == 1:
            while chunk := list(islice(articles, self.config.chunk_size)):
                yield from _worker.process_many(chunk)
            return
        yield from _PoolRun(self.workers, self.config, len(_worker.stages)).run(articles)


    def run_plan(self, articles: Iterable[Article], plan: StagePlan,
                 on_first_pass: Callable[[Article], None] | None = None) -> Iterator[Article]:
        """The plan's document stages; with a site step, in two passes: the first pass's records
        go to a temporary file while their lines are counted (`on_first_pass` sees each), then
        the second pass cleans them with the whole run's counts and runs the `post` stages."""
        if not plan.before:
            yield from self.run(articles, plan.doc)
            return
        (step,) = plan.before
        if not isinstance(step, SiteCleanStep):
            raise TypeError(f"the local runner has no per-document form of the {step.name!r} step")
        with tempfile.TemporaryFile(prefix="copydesk-pass-") as spill:
            first = self.run(articles, plan.doc)
            if on_first_pass is not None:
                first = _watched(first, on_first_pass)
            merged = _spill(first, spill, step, self.config.chunk_size)
            spill.seek(0)
            yield from self.run(_unspill(spill), plan.post, [step.stage(merged)])


def _spill(articles: Iterable[Article], spill: IO[bytes], step: SiteCleanStep, size: int) -> Any:
    """Write `articles` to `spill` in chunks and return the step's merged partials over all of them."""
    parts: list[Any] = []
    records = iter(articles)
    while chunk := list(islice(records, size)):
        pickle.dump(chunk, spill, protocol=pickle.HIGHEST_PROTOCOL)
        parts.append(step.partial(chunk))
        if len(parts) >= _MERGE_EVERY:
            parts = [step.merge(parts)]
    return step.merge(parts)


def _watched(articles: Iterable[Article], see: Callable[[Article], None]) -> Iterator[Article]:
    for article in articles:
        see(article)
        yield article


def _unspill(spill: IO[bytes]) -> Iterator[Article]:
    while True:
        try:
            chunk: list[Article] = pickle.load(spill)
        except EOFError:
            return
        yield from chunk


class _PoolRun:
    def __init__(self, workers: int, config: Config, stages: int = 1) -> None:
        self.workers = workers
        self.config = config
        self.stages = max(1, stages)
        self.pool = self._new_pool()

    def _hard_limit(self, docs: int) -> float | None:
        """Backstop for work the in-worker SIGALRM cannot stop (a C parser that never returns to
        Python): every stage's limit for every document, plus one more; then the worker is killed."""
        timeout = self.config.doc_timeout_s
        return timeout * (self.stages * docs + 1) if timeout > 0 else None

    def _new_pool(self) -> ProcessPoolExecutor:
        # fork: workers inherit the module-level DocProcessor built by LocalRunner.run
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("fork"),
                                   initializer=_die_with_parent)

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        source = iter(articles)
        size, limit = self.config.chunk_size, self.workers * self.config.inflight_per_worker
        pending: deque[_Task] = deque()
        try:
            while True:
                while len(pending) < limit and (chunk := list(islice(source, size))):
                    pending.append(_Task(chunk, self.pool.submit(_run_chunk, chunk)))
                if not pending:
                    return
                yield from self._collect(pending)
        finally:
            self.pool.shutdown(wait=False, cancel_futures=True)

    def _collect(self, pending: deque[_Task]) -> Iterator[Article]:
        task = pending[0]
        if self._wait(task.future, self._hard_limit(len(task.chunk))) is None:
            try:
                result = task.future.result()
            except BrokenProcessPool:
                result = None
            if result is not None:
                pending.popleft()
                yield from result
                return
        yield from self._recover(pending)

    def _recover(self, pending: deque[_Task]) -> Iterator[Article]:
        """Rebuild the pool and redo pending documents one at a time, so a crash is attributable."""
        articles = [a for task in pending for a in task.chunk]
        pending.clear()
        self._restart()
        for article in articles:
            future = self.pool.submit(_run_chunk, [article])
            stopped = self._wait(future, self._hard_limit(1))
            if stopped is None:
                try:
                    yield from future.result()
                    continue
                except BrokenProcessPool:
                    stopped = ("WorkerCrash", "document crashed its worker process")
            self._restart()
            yield article.fail("pipeline", stopped[1], stopped[0])

    def _wait(self, future: Future[list[Article]], limit: float | None) -> tuple[str, str] | None:
        """Wait for `future` while watching the hard time limit and the workers' memory; None when
        it finished (or failed by itself), else (error type, message) of why workers must go."""
        deadline = time.monotonic() + limit if limit else None
        while not wait([future], timeout=_POLL_S).done:
            if self._rss_mb() > self.config.max_worker_rss_mb:
                return "MemoryLimit", f"worker memory went above {self.config.max_worker_rss_mb} MB"
            if deadline is not None and time.monotonic() > deadline:
                return "DocumentTimeout", f"still running after {limit:g} s; its worker was killed"
        return None

    def _rss_mb(self) -> int:
        """Resident memory of the largest worker, from /proc (0 where there is none)."""
        processes = getattr(self.pool, "_processes", None) or {}
        return max((_rss_of(pid) for pid in list(processes)), default=0)

    def _restart(self) -> None:
        # shutdown() alone would wait for a stuck worker forever: kill them first
        processes = getattr(self.pool, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

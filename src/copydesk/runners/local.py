"""The default runner: a local process pool that streams articles through document stages.

At most `workers × inflight_per_worker` chunks are in flight, so memory stays flat however
large the corpus. Results come back in input order. A crashed worker process costs only the
documents it held: the pool is rebuilt, pending documents are redone one at a time, and a
document that crashes a worker on its own becomes an error record.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.pipeline import DocProcessor

_worker: DocProcessor | None = None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: end this worker when the main process dies (e.g. SIGKILL), leaving no orphans."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers end when their queue closes
        pass


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

    def run(self, articles: Iterable[Article], names: Sequence[str]) -> Iterator[Article]:
        """Stages (and their models) are built here first, so a broken stage fails the run at
        once with its own error, and forked workers share the loaded models copy-on-write."""
        global _worker
        articles = iter(articles)
        _worker = DocProcessor(names, self.config)
        if self.workers == 1:
            while chunk := list(islice(articles, self.config.chunk_size)):
                yield from _worker.process_many(chunk)
            return
        yield from _PoolRun(self.workers, self.config).run(articles)


class _PoolRun:
    def __init__(self, workers: int, config: Config) -> None:
        self.workers = workers
        self.config = config
        self.pool = self._new_pool()

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
        try:
            result = task.future.result()
        except BrokenProcessPool:
            yield from self._recover(pending)
            return
        pending.popleft()
        yield from result

    def _recover(self, pending: deque[_Task]) -> Iterator[Article]:
        """Rebuild the pool and redo pending documents one at a time, so a crash is attributable."""
        articles = [a for task in pending for a in task.chunk]
        pending.clear()
        self._restart()
        for article in articles:
            try:
                yield from self.pool.submit(_run_chunk, [article]).result()
            except BrokenProcessPool:
                self._restart()
                yield article.fail("pipeline", "document crashed its worker process", "WorkerCrash")

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

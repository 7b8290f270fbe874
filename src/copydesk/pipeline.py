"""Stage registry and per-document processing with a time limit, shared by every runner."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from copydesk.article import Article
from copydesk.clean import CleanStage
from copydesk.config import DEFAULT, Config
from copydesk.enrich import EnrichStage
from copydesk.errors import DocumentTimeout
from copydesk.extract import ExtractStage
from copydesk.stage import DocStage

#: Stages in pipeline order; `--stages` picks a subset, order is always this one.
STAGE_NAMES: tuple[str, ...] = ("extract", "clean", "enrich", "dedup")
#: Per-document stages, run by the runners' workers.
_FACTORIES: dict[str, Callable[[Config], DocStage]] = {
    "extract": ExtractStage, "clean": CleanStage, "enrich": EnrichStage,
}
#: Corpus-level steps, run once over the whole output after the per-document stages.
CORPUS_STAGES = frozenset({"dedup"})


def parse_stages(spec: str | Sequence[str] | None) -> tuple[str, ...]:
    """'extract,clean' → ('extract', 'clean'); unknown names raise ValueError."""
    if spec is None:
        return STAGE_NAMES
    names = [s.strip() for s in (spec.split(",") if isinstance(spec, str) else spec) if s.strip()]
    unknown = [n for n in names if n not in STAGE_NAMES]
    if unknown:
        raise ValueError(f"unknown stage(s) {', '.join(unknown)}; known: {', '.join(STAGE_NAMES)}")
    return tuple(n for n in STAGE_NAMES if n in names)


def build_stages(names: Sequence[str], config: Config = DEFAULT) -> list[DocStage]:
    """The per-document stages among `names`; corpus-level ones are the caller's."""
    return [_FACTORIES[name](config) for name in names if name in _FACTORIES]


_WARM_PAGE = ("<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1><p>The council "
              "met on Tuesday and voted to repair the old bridge over the river before winter.</p>"
              "<p>The mayor said the work would start in March and cost two million euros.</p>"
              "</article></body></html>")


class DocProcessor:
    """Runs the document stages over a chunk of articles under the per-document time limit.

    Built once per worker process, so models load once per worker. A stage with
    `batched = True` (e.g. one that uses spaCy's `nlp.pipe`) gets the whole chunk at once; if
    the batch runs out of time, the stage is redone one article at a time so only the slow
    article becomes an error record.
    """

    def __init__(self, names: Sequence[str], config: Config = DEFAULT,
                 stages: Sequence[DocStage] = ()) -> None:
        """The stages are `stages` (already built, e.g. clean with a run's site counts) followed
        by those named in `names`."""
        self.stages = [*stages, *build_stages(names, config)]
        self.timeout = config.doc_timeout_s
        self.warm_up()

    def warm_up(self) -> None:
        """Run every stage once on a small page, outside the time limit, so models that load on
        first use load now (once per process, inherited by forked workers), never counted
        against a document's time."""
        article = Article(id="warm-up", source="<warm-up>", url="https://www.example.com/warm-up",
                          html=_WARM_PAGE)
        for stage in self.stages:
            article = stage.apply(article)

    def process(self, article: Article) -> Article:
        return self.process_many([article])[0]

    def process_many(self, articles: list[Article]) -> list[Article]:
        for stage in self.stages:
            articles = self._run_stage(stage, articles)
        return articles

    def _run_stage(self, stage: DocStage, articles: list[Article]) -> list[Article]:
        if getattr(stage, "batched", False) and len(articles) > 1:
            try:
                with time_limit(self.timeout * len(articles)):
                    return list(stage(articles))
            except DocumentTimeout:
                pass
        return [self._one(stage, article) for article in articles]

    def _one(self, stage: DocStage, article: Article) -> Article:
        try:
            with time_limit(self.timeout):
                return stage.apply(article)
        except DocumentTimeout:
            return article.fail(stage.name, f"took longer than {self.timeout:g} s", "DocumentTimeout")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the block after `seconds` (main thread only; else no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        raise DocumentTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

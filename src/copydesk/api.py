"""The Python API: `extract`, `clean` and `run`."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.article import Article, make_id
from copydesk.clean import CleanStage
from copydesk.config import DEFAULT, Config
from copydesk.dedup import dedup_output
from copydesk.errors import CleanError, CopydeskError, ExtractError, OutputError, ReadError
from copydesk.extract import ExtractStage
from copydesk.pipeline import parse_stages
from copydesk.read import read_inputs
from copydesk.runners.corpus import plan_stages
from copydesk.runners.local import LocalRunner
from copydesk.store import open_writer


@dataclass(slots=True)
class Summary:
    """What one run did."""

    inputs: int = 0
    articles: int = 0
    errors: int = 0
    removed_lines: int = 0
    skipped: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    error_types: Counter[str] = field(default_factory=Counter)

    @property
    def pages_per_second(self) -> float:
        return self.inputs / self.seconds if self.seconds > 0 else 0.0

    def add(self, article: Article) -> None:
        self.inputs += 1
        if article.error:
            self.errors += 1
            self.error_types[f"{article.error.stage}:{article.error.type}"] += 1
        else:
            self.articles += 1
            self.removed_lines += len(article.removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs, "articles": self.articles, "errors": self.errors,
            "removed_lines": self.removed_lines, "skipped": self.skipped,
            "duplicates": self.duplicates,
            "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 2),
            "error_types": dict(self.error_types),
        }


def extract(html: str | bytes, url: str | None = None, config: Config = DEFAULT) -> Article:
    """Extract and clean one HTML page. Raises `ExtractError` when no article can be had."""
    from copydesk.read.decode import decode

    text = decode(html) if isinstance(html, bytes) else html
    article = Article(id=make_id(url or "", text), source=url or "<html>", url=url, html=text)
    return _single(article, config)


def clean(text: str, title: str | None = None, config: Config = DEFAULT) -> Article:
    """Clean already-extracted article text (one paragraph per line)."""
    article = Article(id=make_id("<text>", text), source="<text>", title=title, raw_text=text)
    return _single(article, config)


_STAGE_ERRORS: dict[str, type[CopydeskError]] = {
    cls.stage: cls for cls in (ReadError, ExtractError, CleanError)
}


def _single(article: Article, config: Config) -> Article:
    for stage in (ExtractStage(config), CleanStage(config)):
        article = stage.apply(article)
        if article.error:
            raise _typed(article)
    return article


def _typed(article: Article) -> CopydeskError:
    """The typed error of the stage that failed (`ExtractError`, `CleanError`, ...)."""
    assert article.error is not None
    cls = _STAGE_ERRORS.get(article.error.stage, CopydeskError)
    return cls(f"{article.error.type}: {article.error.message}")


def run(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str] = "copydesk.db",
    *,
    format: str | None = None,
    workers: int | None = None,
    stages: str | Sequence[str] | None = None,
    resume: bool = False,
    config: Config = DEFAULT,
    on_record: Callable[[Article], None] | None = None,
    on_first_pass: Callable[[Article], None] | None = None,
    engine: str = "local",
    address: str | None = None,
) -> Summary:
    """Process every record of `inputs` into `output`; one output record per input record.

    `engine="ray"` runs on a Ray cluster (`address`, default: a local one); see docs/cluster.md.
    `on_record` sees each written record; `on_first_pass` each record of the first pass of a
    two-pass local run (site line counts), which writes nothing yet.
    """
    names = parse_stages(stages)
    if engine != "local":
        return _run_engine(engine, inputs, Path(output), format, workers, names, resume, config, address)
    plan = plan_stages(names, config)
    writer = open_writer(Path(output), format, resume, config)
    done = writer.done_sources()
    summary = Summary(skipped=len(done))
    runner = LocalRunner(workers or os.cpu_count() or 1, config)
    started = time.perf_counter()
    try:
        for article in runner.run_plan(read_inputs(inputs, config, skip=done), plan, on_first_pass):
            _write(writer, article)
            summary.add(article)
            if on_record:
                on_record(article)
    finally:
        writer.close()
        summary.seconds = time.perf_counter() - started
    if plan.after:  # dedup over the whole written output, so a resumed run is deduplicated whole
        summary.duplicates = dedup_output(Path(output), format)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_engine(engine: str, inputs: Sequence[str | os.PathLike[str]], output: Path, format: str | None,
                workers: int | None, names: Sequence[str], resume: bool, config: Config,
                address: str | None) -> Summary:
    """Dispatch to a distributed engine; its library is imported only here, when asked for."""
    if engine != "ray":
        raise ValueError(f"unknown engine {engine!r}; use local or ray")
    try:
        from copydesk.runners.ray_runner import run_ray
    except ImportError as exc:
        raise CopydeskError("--engine ray needs Ray: pip install 'copydesk[ray]'") from exc
    started = time.perf_counter()
    summary = run_ray(inputs, output, format=format, workers=workers, names=names, resume=resume,
                      config=config, address=address)
    summary.seconds = time.perf_counter() - started
    return summary


def _write(writer: Any, article: Article) -> None:
    try:
        writer.write(article)
    except Exception as exc:  # an output failure stops the run: nothing more can be kept
        raise OutputError(f"cannot write record {article.source}: {exc}") from exc


def stream(articles: Iterable[Article], stages: Sequence[str] | None = None,
           config: Config = DEFAULT) -> Iterable[Article]:
    """Run document stages in this process over articles you built yourself."""
    return LocalRunner(1, config).run(articles, parse_stages(stages))

"""Terminal output: progress (a rich bar on a terminal, log lines otherwise) and articles."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from copydesk.article import Article

#: Without a terminal, one line per this many seconds.
LOG_EVERY_S = 10.0


@contextmanager
def progress_reporter(console: Console) -> Iterator[Callable[[Article], None]]:
    if console.is_terminal:
        with _bar(console) as report:
            yield report
    else:
        yield _log_lines(console)


@contextmanager
def _bar(console: Console) -> Iterator[Callable[[Article], None]]:
    columns = (SpinnerColumn(), TextColumn("records"), MofNCompleteColumn(), BarColumn(),
               TextColumn("{task.fields[errors]} errors"), TextColumn("{task.speed} /s"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("run", total=None, errors=0)
        errors = 0

        def report(article: Article) -> None:
            nonlocal errors
            errors += article.error is not None
            progress.update(task, advance=1, errors=errors)

        yield report


def _log_lines(console: Console) -> Callable[[Article], None]:
    state = {"n": 0, "errors": 0, "last": time.monotonic(), "start": time.monotonic()}

    def report(article: Article) -> None:
        state["n"] += 1
        state["errors"] += article.error is not None
        now = time.monotonic()
        if now - state["last"] >= LOG_EVERY_S:
            rate = state["n"] / max(now - state["start"], 1e-9)
            console.print(f"{int(state['n'])} records, {int(state['errors'])} errors, "
                          f"{rate:.1f}/s", highlight=False)
            state["last"] = now

    return report


def render_article(console: Console, article: Article) -> None:
    """The clean text with removed lines struck through in place, each with its reason."""
    console.print(f"[bold]{escape(article.title or '(no title)')}[/bold]", highlight=False)
    meta = [article.site, ", ".join(article.authors), article.published and
            article.published.isoformat(), article.language, article.id]
    console.print(" · ".join(escape(m) for m in meta if m), style="dim", highlight=False)
    kept = iter(article.paragraphs)
    removed = {r.index: r for r in article.removed}
    for index in range(len(article.paragraphs) + len(article.removed)):
        if index in removed:
            line = removed[index]
            console.print(f"[red strike]{escape(line.text)}[/red strike] [yellow]"
                          f"({line.reason})[/yellow]", highlight=False)
        else:
            console.print(escape(next(kept, "")), highlight=False)

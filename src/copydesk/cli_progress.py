"""Terminal output: progress (a rich bar on a terminal, log lines otherwise) and articles."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn

from copydesk.article import Article

#: Without a terminal, one line per this many seconds.
LOG_EVERY_S = 10.0
WRITTEN, FIRST_PASS = "records", "extracted (pass 1 of 2)"


class Reporter:
    """Progress callbacks: `written` per output record, `first_pass` per record of a run's first
    pass (extract everything while counting site lines), which writes nothing yet."""

    def __init__(self, written: Callable[[Article], None], first_pass: Callable[[Article], None]) -> None:
        self.written = written
        self.first_pass = first_pass


@contextmanager
def progress_reporter(console: Console) -> Iterator[Reporter]:
    if console.is_terminal:
        with _bar(console) as report:
            yield report
    else:
        yield Reporter(_log_lines(console, WRITTEN), _log_lines(console, FIRST_PASS))


@contextmanager
def _bar(console: Console) -> Iterator[Reporter]:
    columns = (SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn(), BarColumn(),
               TextColumn("{task.fields[errors]} errors"), TextColumn("{task.speed} /s"))
    with Progress(*columns, console=console, transient=True) as progress:
        tasks: dict[str, TaskID] = {}
        errors = dict.fromkeys((WRITTEN, FIRST_PASS), 0)

        def advance(name: str, article: Article) -> None:
            if name not in tasks:
                tasks[name] = progress.add_task(name, total=None, errors=0)
            errors[name] += article.error is not None
            progress.update(tasks[name], advance=1, errors=errors[name])

        yield Reporter(lambda a: advance(WRITTEN, a), lambda a: advance(FIRST_PASS, a))


def _log_lines(console: Console, what: str) -> Callable[[Article], None]:
    state = {"n": 0, "errors": 0, "last": time.monotonic(), "start": time.monotonic()}

    def report(article: Article) -> None:
        state["n"] += 1
        state["errors"] += article.error is not None
        now = time.monotonic()
        if now - state["last"] >= LOG_EVERY_S:
            rate = state["n"] / max(now - state["start"], 1e-9)
            console.print(f"{int(state['n'])} {what}, {int(state['errors'])} errors, "
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

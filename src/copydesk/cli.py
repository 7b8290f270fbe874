"""The command line: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from copydesk import api, store
from copydesk.cli_progress import progress_reporter, render_article
from copydesk.errors import CopydeskError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn scraped news into clean, structured article records.")
err = Console(stderr=True)
log = logging.getLogger("copydesk")


def _read_arg(path: str) -> str:
    if path == "-":
        return sys.stdin.buffer.read().decode("utf-8", "replace")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror or exc}") from exc
    from copydesk.read.decode import decode

    return decode(data)


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="copydesk.db, out.jsonl or outdir/")]
    = Path("copydesk.db"),
    fmt: Annotated[str | None, typer.Option("--format", help="sqlite, jsonl or parquet")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: cores).")] = None,
    stages: Annotated[str | None, typer.Option(help="Comma-separated, e.g. extract,clean")] = None,
    resume: Annotated[bool, typer.Option(help="Skip inputs already in the output.")] = False,
    engine: Annotated[str, typer.Option(help="local (process pool) or ray (a Ray cluster).")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address, e.g. auto; default: a local one.")]
    = None,
) -> None:
    """Read, extract, clean and store every input record; print a summary."""
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise _fail(f"no such input: {', '.join(missing)}", 2)
    try:
        with progress_reporter(err) as report:
            summary = api.run(inputs, output, format=fmt, workers=workers, stages=stages,
                              resume=resume, on_record=report.written, on_first_pass=report.first_pass,
                              engine=engine, address=address)
    except (CopydeskError, ValueError) as exc:
        raise _fail(str(exc), 2) from exc
    _print_summary(summary, output)
    if summary.inputs == 0 and summary.skipped == 0:
        raise _fail("no input could be read", 1)
    if summary.inputs and summary.errors == summary.inputs and summary.error_types and all(
        k.startswith("read:") for k in summary.error_types
    ):
        raise _fail("no input could be read", 1)


def _print_summary(summary: api.Summary, output: Path) -> None:
    data = summary.to_dict()
    err.print(
        f"inputs {data['inputs']}  articles {data['articles']}  error records {data['errors']}  "
        f"removed lines {data['removed_lines']}  duplicates {data['duplicates']}  "
        f"skipped {data['skipped']}  "
        f"{data['pages_per_second']} pages/s  → {output}",
        highlight=False,
    )
    for kind, count in sorted(data["error_types"].items()):
        err.print(f"  {count:6d}  {kind}", highlight=False)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="HTML file, or - for stdin")],
    url: Annotated[str | None, typer.Option(help="The page's URL, if known.")] = None,
) -> None:
    """Extract one HTML page; print the article as JSON."""
    try:
        article = api.extract(_read_arg(file), url=url)
    except CopydeskError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(article.to_json())


@app.command()
def clean(
    file: Annotated[str, typer.Argument(help="Text file (one paragraph per line), or -")],
    title: Annotated[str | None, typer.Option(help="The article's title, if known.")] = None,
) -> None:
    """Clean already-extracted text; print {"text", "removed"} as JSON."""
    try:
        article = api.clean(_read_arg(file), title=title)
    except CopydeskError as exc:
        raise _fail(str(exc)) from exc
    data = article.to_dict()
    typer.echo(json.dumps({"text": data["text"], "removed": data["removed"]}, ensure_ascii=False))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must match); empty: newest first.")] = "",
    store_path: Annotated[Path, typer.Option("-s", "--store")] = Path("copydesk.db"),
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 10,
    offset: Annotated[int, typer.Option(help="Hits to skip (paging).")] = 0,
    site: Annotated[str | None, typer.Option(help="Only this site, e.g. example.com.")] = None,
    language: Annotated[str | None, typer.Option(help="Only this language code, e.g. en.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Published on/after (ISO date).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Published on/before (ISO date).")] = None,
    entity: Annotated[str | None, typer.Option(help="Mentions this entity (name or canonical).")] = None,
    speaker: Annotated[str | None, typer.Option(help="Quotes this speaker.")] = None,
    event_type: Annotated[str | None, typer.Option(help="Has an event of this type.")] = None,
    pair: Annotated[str | None, typer.Option(help="Has an event between two countries, e.g. DE,FR.")] = None,
    unique: Annotated[bool, typer.Option(help="Hide records that duplicate another.")] = False,
) -> None:
    """Full-text search of a store with filters; one JSON hit per line, best first."""
    try:
        filters = store.Filters(
            site=site, language=language, date_from=store.parse_bound(date_from),
            date_to=store.parse_bound(date_to, end=True), entity=entity, speaker=speaker,
            event_type=event_type, country_pair=store.parse_pair(pair), unique=unique)
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc
    try:
        page = store.query(store_path, query, filters, limit, offset, marks=("[", "]"))
    except CopydeskError as exc:
        raise _fail(str(exc)) from exc
    for hit in page.hits:
        typer.echo(json.dumps(hit.to_dict(), ensure_ascii=False))


@app.command()
def serve(
    store_path: Annotated[Path, typer.Option("-s", "--store")] = Path("copydesk.db"),
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve a store: JSON API (docs at /docs) and a web page to search, read and plot."""
    from copydesk.service import serve as run_server

    if not store_path.exists():
        raise _fail(f"no store at {store_path}", 2)
    try:
        run_server(store_path, host, port)
    except CopydeskError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def show(
    article_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    store_path: Annotated[Path, typer.Option("-s", "--store")] = Path("copydesk.db"),
    most_removed: Annotated[bool, typer.Option(help="Show the article with most removed lines.")]
    = False,
    pretty: Annotated[bool, typer.Option(help="Readable text instead of JSON.")] = False,
) -> None:
    """Print one stored record (JSON, or readable text with --pretty)."""
    try:
        if most_removed:
            article_id = store.most_removed_id(store_path)
        article = store.get(store_path, article_id) if article_id else None
    except CopydeskError as exc:
        raise _fail(str(exc)) from exc
    if article is None:
        raise _fail(f"no article with id {article_id}" if article_id else "give an ID")
    if pretty:
        render_article(Console(), article)
    else:
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    app()

"""Turn input paths into a stream of `Article`s carrying raw HTML or text.

The format is detected from content (gzip, WARC, JSON lines, HTML, plain text), not only the
suffix. Every input record yields exactly one article or one error record.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Container, Iterable, Iterator
from pathlib import Path

from copydesk.article import Article, make_id
from copydesk.config import DEFAULT, Config
from copydesk.errors import ReadError
from copydesk.read.decode import decode, sniff_binary
from copydesk.read.warc import read_warc

_HTML_HINTS = (b"<html", b"<!doctype", b"<head", b"<body", b"<div", b"<p>", b"<p ", b"<article")
#: Suffixes taken when walking a directory (named files are always read, whatever their name).
INPUT_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".warc", ".jsonl", ".ndjson", ".txt",
                            ".text", ""})


def iter_files(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named by `inputs`, directories walked recursively in sorted order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and _is_input_name(child):
                    yield child
        else:
            yield path


def _is_input_name(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return Path(name).suffix in INPUT_SUFFIXES


def read_inputs(
    inputs: Iterable[str | os.PathLike[str]],
    config: Config = DEFAULT,
    skip: Container[str] = (),
) -> Iterator[Article]:
    """All records of all inputs; sources in `skip` (already done) are not yielded."""
    for path in iter_files(inputs):
        for article in read_file(path, config):
            if article.source not in skip:
                yield article


def read_file(path: Path, config: Config = DEFAULT) -> Iterator[Article]:
    """Records of one file. An unexpected failure ends the file with one error record."""
    count = 0
    try:
        for article in _read_file(path, config):
            count += 1
            yield article
    except (OSError, ValueError, RuntimeError, EOFError, zlib.error, MemoryError) as exc:
        source = str(path) if count == 0 else f"{path}#{count + 1}"
        yield _error(source, ReadError(f"unreadable input: {type(exc).__name__}: {exc}"))


def _read_file(path: Path, config: Config) -> Iterator[Article]:
    source = str(path)
    try:
        head = _peek(path)
    except OSError as exc:
        yield _error(source, ReadError(f"cannot open: {exc.strerror or exc}"))
        return
    kind = _detect(path, head)
    if kind == "warc":
        yield from read_warc(path, config)
    elif kind == "jsonl":
        yield from _read_jsonl(path, config)
    else:
        yield _read_single(path, kind, config)


def _peek(path: Path, size: int = 8192) -> bytes:
    """The first bytes of a file, decompressed when gzipped (truncated gzip gives what it can)."""
    with open(path, "rb") as fh:
        raw = fh.read(size)
    if raw[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(31).decompress(raw, size)
        except zlib.error:
            return raw  # not really gzip: reading the whole file will say so
    return raw


def _detect(path: Path, head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    lowered = stripped[:2048].lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    name = path.name.lower().removesuffix(".gz")
    if any(h in lowered for h in _HTML_HINTS) or name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    return "text"


def _read_bytes(path: Path, config: Config) -> bytes:
    """File content, gunzipped when needed, refusing anything above the size limit."""
    limit = config.max_input_bytes
    if path.stat().st_size > limit:
        raise ReadError(f"input is {path.stat().st_size} bytes, above the {limit}-byte limit")
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise ReadError(f"corrupt or truncated gzip: {exc}") from exc
        if len(data) > limit:
            raise ReadError(f"decompressed input is above the {limit}-byte limit")
    if not data.strip():
        raise ReadError("empty input")
    return data


def _read_single(path: Path, kind: str, config: Config) -> Article:
    source = str(path)
    try:
        data = _read_bytes(path, config)
        text = decode(data)
    except (ReadError, OSError) as exc:
        return _error(source, exc if isinstance(exc, ReadError) else ReadError(str(exc)))
    article = Article(id=make_id(source, data), source=source)
    if kind == "html":
        article.html = text
    else:
        article.raw_text = text
    return article


def _error(source: str, exc: Exception, content: bytes = b"") -> Article:
    article = Article(id=make_id(source, content), source=source)
    return article.fail("read", exc)


def _read_jsonl(path: Path, config: Config) -> Iterator[Article]:
    """One article per line; a bad line becomes an error record and reading goes on."""
    opener = gzip.open if _is_gzip(path) else open
    n = 0
    try:
        with opener(path, "rb") as fh:
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    yield jsonl_record(f"{path}#{n}", line, config)
    except (OSError, EOFError, zlib.error) as exc:
        yield _error(f"{path}#{n + 1}", ReadError(f"truncated or corrupt file: {exc}"))


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def jsonl_record(source: str, line: bytes, config: Config = DEFAULT) -> Article:
    """Parse one JSON line with fields `html` or `text`, optional `url`, `id`, `title`."""
    try:
        if len(line) > config.max_input_bytes:
            raise ReadError(f"record above the {config.max_input_bytes}-byte limit")
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ReadError(f"malformed JSON line: {exc}") from exc
        except RecursionError as exc:  # deeply nested arrays/objects; the next lines still count
            raise ReadError("JSON line nested too deeply") from exc
        return _from_json(source, obj, line)
    except ReadError as exc:
        return _error(source, exc, line)


def _from_json(source: str, obj: object, line: bytes) -> Article:
    if not isinstance(obj, dict):
        raise ReadError(f"JSON line is a {type(obj).__name__}, not an object")
    for name in ("html", "text"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise ReadError(f"field {name!r} is a {type(obj[name]).__name__}, not a string")
    html, text = _scrub(obj.get("html")), _scrub(obj.get("text"))
    if not (html or "").strip() and not (text or "").strip():
        raise ReadError("record has neither a non-empty 'html' nor 'text' field")
    article = Article(id=make_id(source, line), source=source)
    article.url = _opt_str(_scrub(obj.get("url")))
    article.title = _opt_str(_scrub(obj.get("title")))
    if html and html.strip():
        if sniff_binary(html[:4096].encode("utf-8", "replace")):
            raise ReadError("field 'html' holds binary data")
        article.html = html
    else:
        article.raw_text = text
    return article


#: Lone surrogates ("\\ud800" escapes) are legal JSON but cannot be encoded as UTF-8 by any writer.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: object) -> str | None:
    """The string with lone surrogates replaced; None for anything else."""
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else None


def _opt_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

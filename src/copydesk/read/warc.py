"""WARC reading with fastwarc: each HTTP response record is one input record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from copydesk.article import Article, make_id
from copydesk.config import DEFAULT, Config
from copydesk.errors import ReadError
from copydesk.read.decode import decode

_TEXTUAL = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")


def read_warc(path: Path, config: Config = DEFAULT) -> Iterator[Article]:
    """Response records of a WARC file (plain or gzipped); truncation ends in an error record."""
    n = seen = 0
    try:
        with open(path, "rb") as fh:
            for seen, record in enumerate(_records(fh), start=1):  # noqa: B007
                if record.record_type == WarcRecordType.response:
                    n += 1
                    yield warc_record(f"{path}#{n}", record, config)
    except (OSError, ValueError, RuntimeError) as exc:
        yield _fail(f"{path}#{n + 1}", None,
                    ReadError(f"truncated or malformed WARC after record {n}: {exc}"))
        return
    if seen == 0:
        yield _fail(f"{path}#1", None, ReadError("no valid WARC record in file"))


def _records(fh: BinaryIO) -> Iterator[WarcRecord]:
    # no max_content_length: fastwarc would skip big records silently; warc_record reports them
    return iter(ArchiveIterator(fh, auto_decode="all"))


def warc_record(source: str, record: WarcRecord, config: Config = DEFAULT) -> Article:
    url = record.headers.get("WARC-Target-URI")
    try:
        data = record.reader.read(config.max_input_bytes + 1)
    except (OSError, ValueError) as exc:
        return _fail(source, url, ReadError(f"cannot read payload: {exc}"))
    article = Article(id=make_id(source, data), source=source, url=url)
    try:
        _check_payload(record, data, config)
        article.html = decode(data, record.http_charset or None)
    except ReadError as exc:
        return article.fail("read", exc)
    return article


def _check_payload(record: WarcRecord, data: bytes, config: Config) -> None:
    if record.http_headers is None:
        raise ReadError("response record without a parsable HTTP response")
    status = record.http_headers.status_code
    if status is not None and not 200 <= status < 300:
        raise ReadError(f"HTTP status {status}, no page")
    if len(data) > config.max_input_bytes:
        raise ReadError(f"payload above the {config.max_input_bytes}-byte limit")
    if not data.strip():
        raise ReadError("empty payload")
    ctype = (record.http_content_type or "").lower()
    if ctype and not ctype.startswith(_TEXTUAL) and not data.lstrip()[:1] == b"<":
        raise ReadError(f"content type {ctype!r} is not a page")


def _fail(source: str, url: str | None, exc: Exception) -> Article:
    return Article(id=make_id(source, b""), source=source, url=url).fail("read", exc)

"""WARC reading with fastwarc: each HTTP response record is one input record."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import brotli
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
            for seen, record in enumerate(records(fh), start=1):  # noqa: B007
                if record.record_type == WarcRecordType.response:
                    n += 1
                    yield warc_record(f"{path}#{n}", record, config)
    except (OSError, ValueError, RuntimeError) as exc:
        yield _fail(f"{path}#{n + 1}", None,
                    ReadError(f"truncated or malformed WARC after record {n}: {exc}"))
        return
    if n == 0:  # a file that yields nothing would vanish from the output
        reason = "no response record in WARC file" if seen else "no valid WARC record in file"
        yield _fail(f"{path}#1", None, ReadError(reason))


def records(fh: BinaryIO) -> Iterator[WarcRecord]:
    # auto_decode="transfer", not "all": fastwarc 2.0.1 with "all" silently stops iterating
    # after a response that is both chunked and gzip-encoded (tests/read/test_warc.py), so
    # content encodings are undone here. No max_content_length either: fastwarc would skip
    # big records silently, while warc_record reports them.
    return iter(ArchiveIterator(fh, auto_decode="transfer"))


def undo_content_encoding(data: bytes, encoding: str | None) -> bytes:
    """Decode gzip, deflate and brotli HTTP content encodings (in the order they were applied)."""
    for name in reversed([e.strip().lower() for e in (encoding or "").split(",") if e.strip()]):
        try:
            data = _DECODERS[name](data) if name in _DECODERS else data
        except (OSError, EOFError, zlib.error, brotli.error) as exc:
            raise ReadError(f"corrupt {name} content encoding: {exc}") from exc
    return data


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return zlib.decompress(data, -zlib.MAX_WBITS)  # raw deflate, as some servers send


_DECODERS = {"gzip": gzip.decompress, "x-gzip": gzip.decompress, "deflate": _inflate,
             "br": brotli.decompress, "identity": lambda d: d}


def warc_record(source: str, record: WarcRecord, config: Config = DEFAULT) -> Article:
    url = record.headers.get("WARC-Target-URI")
    try:
        data = record.reader.read(config.max_input_bytes + 1)
    except (OSError, ValueError) as exc:
        return _fail(source, url, ReadError(f"cannot read payload: {exc}"))
    article = Article(id=make_id(source, data), source=source, url=url)
    try:
        if record.http_headers is not None:
            data = undo_content_encoding(data, record.http_headers.get("Content-Encoding"))
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

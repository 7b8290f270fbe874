#!/usr/bin/env python3
"""Write ``examples/sample.warc.gz`` from ``examples/html/`` and ``manifest.json``.

The archive imitates a CC-NEWS WARC: one ``warcinfo`` record, then for every
page a ``request`` and a ``response`` record (WARC/1.1, one gzip member per
record).  Responses carry ``HTTP/1.1 200`` headers with
``Content-Type: text/html; charset=utf-8``; every third response is sent with
``Content-Encoding: gzip`` and one of those also with
``Transfer-Encoding: chunked``, so readers must decode payloads.  The output is
deterministic: dates, record ids and IP addresses are derived from the
manifest order and file names.

Usage::

    python examples/build_warc.py           # write sample.warc.gz
    python examples/build_warc.py --verify  # also read it back with fastwarc
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import sys
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parents[2] / "examples"
OUTPUT = HERE / "sample.warc.gz"
START = datetime(2024, 5, 15, 3, 0, 0, tzinfo=UTC)
USER_AGENT = "copydesk-samplebot/1.0 (+https://example.invalid/copydesk-bot)"
CHUNKED_FILE = "harbor-school-board-election.html"


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'copydesk-sample:' + ':'.join(parts))}>"


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    head = ["WARC/1.1", *(f"{k}: {v}" for k, v in headers), f"Content-Length: {len(block)}"]
    data = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(data, compresslevel=9, mtime=0)


def chunk(body: bytes, size: int = 4096) -> bytes:
    parts = [
        f"{len(body[i : i + size]):x}\r\n".encode() + body[i : i + size] + b"\r\n"
        for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def warcinfo(when: datetime) -> tuple[str, bytes]:
    rid = record_id("warcinfo")
    fields = (
        "software: copydesk examples/build_warc.py (hand-written WARC/1.1 writer)\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/"
        "warc-format/warc-1.1/\r\n"
        "isPartOf: copydesk-sample-news\r\n"
        "description: Fictional news pages bundled with copydesk, CC-NEWS style\r\n"
        "robots: checked via crawler-commons\r\n"
        f"http-header-user-agent: {USER_AGENT}\r\n"
    ).encode()
    headers = [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", warc_date(when)),
        ("WARC-Record-ID", rid),
        ("WARC-Filename", OUTPUT.name),
        ("Content-Type", "application/warc-fields"),
        ("WARC-Block-Digest", sha1_b32(fields)),
    ]
    return rid, warc_record(headers, fields)


def http_request(url: str) -> bytes:
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [
        f"GET {path or '/'} HTTP/1.1",
        f"Host: {parts.netloc}",
        f"User-Agent: {USER_AGENT}",
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language: en-US,en;q=0.8,de;q=0.5,es;q=0.5",
        "Accept-Encoding: gzip",
        "Connection: Keep-Alive",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def http_response(html: bytes, when: datetime, gzipped: bool, chunked: bool) -> tuple[bytes, bytes]:
    """Return (HTTP block, payload bytes used for WARC-Payload-Digest).

    The digest covers the message body exactly as sent (still chunked where
    chunked), which is what fastwarc and warcio verify against.
    """
    payload = gzip.compress(html, compresslevel=6, mtime=0) if gzipped else html
    lines = [
        "HTTP/1.1 200 OK",
        f"Date: {format_datetime(when, usegmt=True)}",
        "Server: nginx",
        "Content-Type: text/html; charset=utf-8",
    ]
    if gzipped:
        lines.append("Content-Encoding: gzip")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    else:
        lines.append(f"Content-Length: {len(payload)}")
    lines += ["Vary: Accept-Encoding", "Cache-Control: max-age=300", "Connection: keep-alive"]
    body = chunk(payload) if chunked else payload
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body, body


def page_records(index: int, entry: dict, info_id: str) -> bytes:
    html = (HERE / "html" / entry["file"]).read_bytes()
    url = entry["url"]
    when = START + timedelta(seconds=37 * (index + 1))
    ip = f"203.0.113.{10 + int(hashlib.sha1(entry['site'].encode()).hexdigest(), 16) % 200}"
    req_id = record_id(entry["file"], "request")
    request = http_request(url)
    gzipped = index % 3 == 1
    block, payload = http_response(html, when, gzipped, entry["file"] == CHUNKED_FILE)
    common = [("WARC-Date", warc_date(when)), ("WARC-Warcinfo-ID", info_id)]
    req = warc_record(
        [
            ("WARC-Type", "request"),
            *common,
            ("WARC-Record-ID", req_id),
            ("Content-Type", "application/http; msgtype=request"),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", url),
            ("WARC-Block-Digest", sha1_b32(request)),
        ],
        request,
    )
    resp = warc_record(
        [
            ("WARC-Type", "response"),
            *common,
            ("WARC-Record-ID", record_id(entry["file"], "response")),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Concurrent-To", req_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", url),
            ("WARC-Payload-Digest", sha1_b32(payload)),
            ("WARC-Block-Digest", sha1_b32(block)),
            ("WARC-Identified-Payload-Type", "text/html"),
        ],
        block,
    )
    return req + resp


def build() -> bytes:
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    info_id, info = warcinfo(START)
    return info + b"".join(page_records(i, e, info_id) for i, e in enumerate(manifest))


def verify(path: Path) -> int:
    """Read the archive back with fastwarc and compare every payload to its page."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    by_url = {e["url"]: e["file"] for e in manifest}
    seen = 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, auto_decode="all")
        for record in records:
            url = record.headers["WARC-Target-URI"]
            expected = (HERE / "html" / by_url[url]).read_bytes()
            ctype = record.http_headers.get("Content-Type")
            if ctype != "text/html; charset=utf-8" or record.http_headers.status_code != 200:
                raise SystemExit(f"{url}: unexpected HTTP headers")
            if record.reader.read() != expected:
                raise SystemExit(f"{url}: decoded payload differs from html/{by_url[url]}")
            seen += 1
    if seen != len(manifest):
        raise SystemExit(f"expected {len(manifest)} responses, read {seen}")
    print(f"verified {seen} responses in {path.name}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify", action="store_true", help="read the archive back with fastwarc")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = build()
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data):,} bytes)")
    return verify(args.output) if args.verify else 0


if __name__ == "__main__":
    sys.exit(main())

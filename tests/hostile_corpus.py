"""Generate a corpus of broken, hostile and huge inputs (nothing binary is checked in).

Each case maps a file name to the number of records it must yield and whether at least one
of them must be an error record. Run as a script to write the corpus to a directory.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PARAGRAPH = ("The regional council voted on Tuesday to extend the night bus service to the "
             "three outer districts, after a year of complaints from shift workers. ")
PAGE = ("<html><head><title>Night buses extended</title></head><body><article>"
        + "".join(f"<p>{PARAGRAPH}{i}</p>" for i in range(6)) + "</article></body></html>")


@dataclass(frozen=True, slots=True)
class Case:
    data: Callable[[], bytes]
    records: int = 1
    error: bool | None = True  # True: must be an error record; False: must be an article


def _warc_record(body: bytes, rid: int) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://h.example.com/{rid}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n"
            f"WARC-Date: 2025-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


CASES: dict[str, Case] = {
    "empty.html": Case(lambda: b""),
    "whitespace.html": Case(lambda: b"  \n\t\r\n   "),
    "random.html": Case(lambda: _random_bytes(20000, 1)),
    "pdf_named.html": Case(lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj" + _random_bytes(500, 2)),
    "png_named.html": Case(lambda: b"\x89PNG\r\n\x1a\n" + _random_bytes(800, 3)),
    "truncated.html.gz": Case(lambda: gzip.compress(PAGE.encode())[:60]),
    "not_really.gz": Case(lambda: b"\x1f\x8b" + _random_bytes(300, 4)),
    "invalid_utf8.html": Case(lambda: PAGE.replace("council", "counc\udcffil").encode(
        "utf-8", "surrogateescape"), error=False),
    "utf16_nobom.html": Case(lambda: PAGE.encode("utf-16-le"), error=False),
    "latin1_declared_utf8.html": Case(lambda: PAGE.replace("<head>", '<head><meta charset="utf-8">')
                                      .replace("council", "conseil régional").encode("latin-1"),
                                      error=False),
    "huge.html": Case(lambda: b"<html><body>" + b"<p>" + b"word " * 4_000_000 + b"</p></body></html>"),
    "deep.html": Case(lambda: (b"<div>" * 100_000) + PAGE.encode() + (b"</div>" * 100_000),
                      error=None),
    "tiny_paragraphs.html": Case(lambda: b"<html><body>" + b"<p>a</p>" * 200_000 + b"</body></html>",
                                 error=None),
    "script_only.html": Case(lambda: b"<html><body><script>alert(1)</script></body></html>"),
    "quotes.txt": Case(lambda: ("\u201c" * 5000 + "He said \u201cyes \u2018no\u201d ' \" "
                                * 200).encode(), error=None),
    "controls.txt": Case(lambda: (PARAGRAPH + "\x07\x1b[31m\u202e" + PARAGRAPH).encode(),
                         error=False),
    "broken.jsonl": Case(lambda: b"\n".join([
        json.dumps({"text": PARAGRAPH}).encode(), b"{not json", json.dumps({"html": 7}).encode(),
        json.dumps({"text": None, "html": None}).encode(), b"[1, 2]", b"\xff\xfe garbage",
        json.dumps({"html": PAGE, "url": 12}).encode()]), records=7, error=None),
    "truncated.warc": Case(lambda: (_warc_record(PAGE.encode(), 1) + _warc_record(PAGE.encode(), 2))
                           [: len(_warc_record(PAGE.encode(), 1)) + 200], records=2, error=None),
    "garbage.warc.gz": Case(lambda: gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"
                                                  b"Content-Length: 99999999\r\n\r\nshort"),
                            records=1, error=True),
}


def build(directory: Path) -> dict[str, Case]:
    directory.mkdir(parents=True, exist_ok=True)
    for name, case in CASES.items():
        (directory / name).write_bytes(case.data())
    return CASES


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile"))

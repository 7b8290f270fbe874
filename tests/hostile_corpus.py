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


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Night buses</title></head><body><article>{body}</article></body></html>"


def _warc(*records: bytes) -> bytes:
    return b"".join(records)


def _warc_head(length: int, rid: int, kind: str = "response", extra: str = "") -> bytes:
    return (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://h.example.com/{rid}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n{extra}"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
            ).encode()


def _http_record(rid: int, body: bytes, status: str = "200 OK",
                 headers: str = "Content-Type: text/html") -> bytes:
    http = f"HTTP/1.1 {status}\r\n{headers}\r\n\r\n".encode() + body
    return _warc_head(len(http), rid) + http + b"\r\n\r\n"


def _good(rid: int) -> bytes:
    return _warc_record(PAGE.encode(), rid)


def _gz_members(*records: bytes) -> bytes:
    return b"".join(gzip.compress(r) for r in records)


def _legacy(text: str, encoding: str, declared: str) -> bytes:
    return _page(f"<p>{text}</p>" * 4, f'<meta charset="{declared}">').encode(encoding)


RUSSIAN = "Городской совет во вторник продлил работу ночных автобусов до трёх окраинных районов. "
JAPANESE = "市議会は火曜日、深夜バスの運行を郊外の三つの地区まで延長することを決めた。"
PARAS = "".join(f"<p>{PARAGRAPH}{i}</p>" for i in range(4))

_EMPTY_AND_BINARY: dict[str, Case] = {
    "empty.html": Case(lambda: b""),
    "empty.txt": Case(lambda: b""),
    "empty.warc": Case(lambda: b""),
    "empty.jsonl": Case(lambda: b""),
    "whitespace.html": Case(lambda: b"  \n\t\r\n   "),
    "unicode_space.txt": Case(lambda: "\u00a0\u2003\u200b\u3000\n\ufeff".encode()),
    "newlines.txt": Case(lambda: b"\n" * 1_000_000),
    "nul_only.html": Case(lambda: b"\x00" * 5000),
    "bom_only.html": Case(lambda: b"\xef\xbb\xbf"),
    "random.html": Case(lambda: _random_bytes(20000, 1)),
    "random_tiny.txt": Case(lambda: _random_bytes(7, 5)),
    "random.warc": Case(lambda: _random_bytes(5000, 6)),
    "random.jsonl": Case(lambda: b"{" + _random_bytes(3000, 7).replace(b"\n", b"")),
    "pdf_named.html": Case(lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj" + _random_bytes(500, 2)),
    "png_named.html": Case(lambda: b"\x89PNG\r\n\x1a\n" + _random_bytes(800, 3)),
    "jpeg_named.htm": Case(lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + _random_bytes(800, 8)),
    "zip_named.html": Case(lambda: b"PK\x03\x04" + _random_bytes(800, 9)),
    "pdf_named.txt": Case(lambda: b"%PDF-1.4\n" + b"stream\n" + _random_bytes(800, 10)),
}

_GZIP: dict[str, Case] = {
    "truncated.html.gz": Case(lambda: gzip.compress(PAGE.encode())[:60]),
    "not_really.gz": Case(lambda: b"\x1f\x8b" + _random_bytes(300, 4)),
    "gzip_of_nothing.html.gz": Case(lambda: gzip.compress(b"")),
    "gzip_of_png.html.gz": Case(lambda: gzip.compress(b"\x89PNG\r\n\x1a\n" + _random_bytes(800, 11))),
    "double_gzip.html.gz": Case(lambda: gzip.compress(gzip.compress(PAGE.encode()))),
    "bomb_50mb.html.gz": Case(lambda: gzip.compress(b"<p>" + b"a" * 50_000_000, 1)),
    "truncated.jsonl.gz": Case(lambda: gzip.compress(b"\n".join(
        json.dumps({"text": PARAGRAPH + _random_bytes(300, i).hex()}).encode() for i in range(10)))[:2000],
        records=6, error=None),
}

_WARC: dict[str, Case] = {
    "truncated.warc": Case(lambda: (_good(1) + _good(2))[: len(_good(1)) + 200], records=2, error=None),
    "garbage.warc.gz": Case(lambda: gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"
                                                  b"Content-Length: 99999999\r\n\r\nshort")),
    "warc_bad_header.warc": Case(lambda: b"WARC/1.1\r\nthis line is no header\r\n\x00\x01\r\n\r\n"
                                 + _random_bytes(200, 12)),
    "warc_length_short.warc": Case(lambda: _good(1).replace(
        f"Content-Length: {len(_good(1)) - 400}".encode(), b"Content-Length: 40", 1) + _good(2),
        records=2, error=None),
    "warc_length_huge.warc": Case(lambda: _warc_head(10**15, 1) + b"HTTP/1.1 200 OK\r\n\r\n<p>hi</p>"),
    "warc_length_nan.warc": Case(lambda: _warc_head(1, 1).replace(b"Length: 1", b"Length: lots")
                                 + b"HTTP/1.1 200 OK\r\n\r\n<p>hi</p>", records=2),
    "warc_missing_crlf.warc": Case(lambda: _good(1)[:-4] + _good(2)[:-4] + _good(3), records=3, error=None),
    "warc_non_http.warc": Case(lambda: _warc(_warc_head(11, 1) + b"hello there\r\n\r\n")),
    "warc_gzip_cut.warc.gz": Case(lambda: (lambda b: b[: len(gzip.compress(_good(1))) + 300])(
        _gz_members(_good(1), _good(2), _good(3))), records=2, error=None),
    "warc_wrong_ctype.warc": Case(lambda: _http_record(1, b"\x89PNG\r\n\x1a\n" + _random_bytes(600, 13),
                                                       headers="Content-Type: image/png")),
    "warc_pdf_as_html.warc": Case(lambda: _http_record(1, b"%PDF-1.5\n" + _random_bytes(600, 14))),
    "warc_json_as_html.warc": Case(lambda: _http_record(1, b'{"a": 1}',
                                                           headers="Content-Type: application/json")),
    "warc_404.warc": Case(lambda: _http_record(1, PAGE.encode(), status="404 Not Found")),
    "warc_bad_encoding.warc": Case(lambda: _http_record(
        1, PAGE.encode(), headers="Content-Type: text/html\r\nContent-Encoding: gzip")),
    "warc_requests_only.warc": Case(lambda: _warc_head(24, 1, "request")
                                    + b"GET / HTTP/1.1\r\nHost: h\r\n\r\n"
                                    + b"\r\n\r\n"),
    "warc_bad_charset.warc": Case(lambda: _http_record(
        1, PAGE.encode("utf-16-le"), headers="Content-Type: text/html; charset=no-such-thing"), error=False),
    "warc_50mb.warc": Case(lambda: _http_record(1, b"<p>" + b"word " * 10_000_000)),
}

_ENCODINGS: dict[str, Case] = {
    "invalid_utf8.html": Case(lambda: PAGE.replace("council", "counc\udcffil").encode(
        "utf-8", "surrogateescape"), error=False),
    "overlong_utf8.html": Case(lambda: PAGE.encode().replace(b"council", b"coun\xc0\xafcil\xed\xa0\x80"),
                               error=False),
    "utf16_nobom.html": Case(lambda: PAGE.encode("utf-16-le"), error=False),
    "utf16be_nobom.html": Case(lambda: PAGE.encode("utf-16-be"), error=False),
    "latin1_declared_utf8.html": Case(lambda: PAGE.replace("<head>", '<head><meta charset="utf-8">')
                                      .replace("council", "conseil régional").encode("latin-1"),
                                      error=False),
    "cp1251_declared_utf8.html": Case(lambda: _legacy(RUSSIAN, "cp1251", "utf-8"), error=False),
    "shift_jis_declared_utf8.html": Case(lambda: _legacy(JAPANESE, "shift_jis", "utf-8"), error=False),
    "shift_jis_declared_latin1.html": Case(lambda: _legacy(JAPANESE, "shift_jis", "iso-8859-1"), error=False),
    "unknown_charset.html": Case(lambda: _legacy("conseil régional " + PARAGRAPH, "latin-1", "x-no-such"),
                                 error=False),
}

_HUGE: dict[str, Case] = {
    "huge.html": Case(lambda: b"<html><body>" + b"<p>" + b"word " * 4_000_000 + b"</p></body></html>"),
    "huge_50mb.html": Case(lambda: b"<html><body>" + b"<p>news</p>" * 5_000_000),
    "huge_50mb.jsonl": Case(lambda: json.dumps({"text": "word " * 10_000_000}).encode()),
    "deep.html": Case(lambda: (b"<div>" * 100_000) + PAGE.encode() + (b"</div>" * 100_000), error=None),
    "deep_unclosed.html": Case(lambda: _page("<b><i>" * 100_000 + PARAS).encode(), error=None),
    "deep_tables.html": Case(lambda: _page("<table><tr><td>" * 30_000 + PARAS).encode(), error=None),
    "tiny_paragraphs.html": Case(lambda: b"<html><body>" + b"<p>a</p>" * 1_000_000 + b"</body></html>",
                                 error=None),
    "tiny_lines.txt": Case(lambda: b"a\n" * 1_000_000, error=None),
    "many_attributes.html": Case(lambda: _page(
        "<div " + " ".join(f'a{i}="v"' for i in range(100_000)) + f">{PARAS}</div>").encode(), error=None),
    "long_line.html": Case(lambda: _page("<p>" + "x" * 5_000_000 + "</p>" + PARAS).encode(), error=None),
    "long_line.txt": Case(lambda: b"y" * 5_000_000, error=None),
    "entities.html": Case(lambda: _page("<p>" + "&amp;&#0;&#xD800;&#x110000;&bogus;" * 100_000 + "</p>"
                                        + PARAS).encode(), error=None),
    "huge_title.html": Case(lambda: _page(PARAS, "<title>" + "T" * 2_000_000 + "</title>").encode(),
                            error=None),
}

_TEXT_HAZARDS: dict[str, Case] = {
    "script_only.html": Case(lambda: b"<html><body><script>alert(1)</script></body></html>"),
    "script_in_text.html": Case(lambda: _page(
        f"<p>{PARAGRAPH}<script>document.write('x')</script> and more.</p>" + PARAS).encode(), error=False),
    "unclosed_comment.html": Case(lambda: ("<html><body><!-- " + PARAS).encode()),
    "quotes.txt": Case(lambda: ("\u201c" * 5000 + "He said \u201cyes \u2018no\u201d ' \" "
                                * 200).encode(), error=None),
    "quotes.html": Case(lambda: _page("<p>\u201e\u00ab" * 3000 + PARAS + "\u201d\u00bb'\"" * 3000).encode(),
                        error=None),
    "controls.txt": Case(lambda: (PARAGRAPH + "\x07\x1b[31m\u202e" + PARAGRAPH).encode(), error=False),
    "nul_inside.html": Case(lambda: _page(PARAS.replace("council", "coun\x00cil")).encode(), error=False),
    "zero_width_bidi.html": Case(lambda: _page(
        "<p>" + "\u200b".join(PARAGRAPH) + "</p><p>\u202e\u2066" + PARAGRAPH + "\u2069</p>" + PARAS)
        .encode(), error=False),
    "json_named.html": Case(lambda: b'{"html": 5}'),
    "warc_named.html": Case(lambda: _good(1), error=False),
    "broken.jsonl": Case(lambda: b"\n".join([
        json.dumps({"text": PARAGRAPH}).encode(), b"{not json", json.dumps({"html": 7}).encode(),
        json.dumps({"text": None, "html": None}).encode(), b"[1, 2]", b"\xff\xfe garbage",
        json.dumps({"html": PAGE, "url": 12}).encode()]), records=7, error=None),
    "wrong_types.jsonl": Case(lambda: b"\n".join(json.dumps(o).encode() for o in [
        {"html": PAGE, "title": ["a"], "id": {"x": 1}, "url": None},
        {"text": ["list", "of", "lines"]}, {"html": {"nested": PAGE}}, {"text": True},
        {"text": PARAGRAPH * 2, "url": 3.5}]), records=5, error=None),
    "deep_json.jsonl": Case(lambda: b'{"text": 1}\n' + b"[" * 100_000 + b"\n" + b'{"a":' * 100_000 + b"\n"
                            + json.dumps({"text": PARAGRAPH * 2}).encode(), records=4, error=None),
    "surrogates.jsonl": Case(lambda: b'{"text": "' + PARAGRAPH.encode() * 2 + b'\\ud800 lone \\udfff"}\n'
                             + b'{"html": "<p>\\u0000' + PARAGRAPH.encode() + b'</p>"}',
                             records=2, error=None),
    "bom_lines.jsonl": Case(lambda: b"\xef\xbb\xbf" + json.dumps({"text": PARAGRAPH * 2}).encode()
                            + b"\r\n" + json.dumps({"html": PAGE}).encode() + b"\r\n", records=2, error=None),
}

CASES: dict[str, Case] = {**_EMPTY_AND_BINARY, **_GZIP, **_WARC, **_ENCODINGS, **_HUGE, **_TEXT_HAZARDS}


def build(directory: Path) -> dict[str, Case]:
    directory.mkdir(parents=True, exist_ok=True)
    for name, case in CASES.items():
        (directory / name).write_bytes(case.data())
    return CASES


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile"))

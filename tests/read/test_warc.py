import gzip

from copydesk.read import read_inputs


def _record(kind: str, uri: str, payload: bytes, rid: int) -> bytes:
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2025-01-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def _response(body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK",
              encoding: str | None = None) -> bytes:
    if encoding == "gzip":
        body = gzip.compress(body)
    headers = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
    if encoding:
        headers += f"Content-Encoding: {encoding}\r\n"
    return headers.encode() + b"\r\n" + body


def _warc(tmp_path, records, gz=True):
    path = tmp_path / ("x.warc.gz" if gz else "x.warc")
    data = b"".join(gzip.compress(r) if gz else r for r in records)
    path.write_bytes(data)
    return path


def test_response_records_become_articles_with_url(tmp_path, harbour_html):
    page = harbour_html.encode()
    path = _warc(tmp_path, [
        _record("request", "https://a.example.com/1", b"GET /1 HTTP/1.1\r\n\r\n", 1),
        _record("response", "https://a.example.com/1", _response(page), 2),
        _record("response", "https://a.example.com/2", _response(page, encoding="gzip"), 3),
        _record("response", "https://a.example.com/3", _response(b"PNGDATA\x00\x01\x02" * 9,
                                                                  ctype="image/png"), 4),
        _record("response", "https://a.example.com/4", _response(b"gone", status="404 Not Found"),
                5),
    ])
    records = list(read_inputs([path]))
    assert [r.source.rsplit("#")[1] for r in records] == ["1", "2", "3", "4"]
    assert records[0].url == "https://a.example.com/1"
    assert "ferry terminal" in (records[0].html or "")
    assert "ferry terminal" in (records[1].html or ""), "gzip content encoding is undone"
    assert records[2].error and records[2].error.stage == "read"
    assert records[3].error and "404" in records[3].error.message


def test_truncated_warc_ends_with_an_error_record(tmp_path, harbour_html):
    good = _record("response", "https://a.example.com/1", _response(harbour_html.encode()), 1)
    data = good + good.replace(b"0001>", b"0002>")
    path = tmp_path / "t.warc"
    path.write_bytes(data[: len(good) + 300])
    records = list(read_inputs([path]))
    assert records[0].ok
    assert records[-1].error is not None and records[-1].error.stage == "read"


def test_oversize_record_is_an_error_not_skipped(tmp_path, harbour_html):
    from copydesk.config import Config

    big = _record("response", "https://a.example.com/big", _response(b"<p>" + b"x" * 5000), 1)
    small = _record("response", "https://a.example.com/s", _response(harbour_html.encode()), 2)
    path = _warc(tmp_path, [big, small])
    records = list(read_inputs([path], Config(max_input_bytes=3000)))
    assert len(records) == 2
    assert records[0].error and "limit" in records[0].error.message
    assert records[1].ok


def test_file_of_garbage_with_warc_header_is_an_error(tmp_path):
    path = tmp_path / "g.warc"
    path.write_bytes(b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    (record,) = list(read_inputs([path]))
    assert record.error and record.error.stage == "read"


def test_chunked_and_gzipped_response_does_not_end_the_file(tmp_path, harbour_html):
    body = gzip.compress(harbour_html.encode())
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Encoding: gzip\r\n\r\n" + chunked)
    path = _warc(tmp_path, [_record("response", "https://a.example.com/1", http, 1),
                            _record("response", "https://a.example.com/2", _response(b"<p>two</p>"), 2),
                            _record("response", "https://a.example.com/3", _response(b"<p>3</p>"), 3)],
                 gz=False)
    records = list(read_inputs([path]))
    assert len(records) == 3
    assert "ferry terminal" in (records[0].html or "")


def test_deflate_and_broken_gzip_encodings(tmp_path):
    import zlib

    deflated = zlib.compress(b"<p>deflated page</p>")
    ok = _response(deflated, encoding="deflate")
    bad = _response(b"<p>x</p>", encoding="gzip").replace(b"\x1f\x8b", b"\x00\x00")
    path = _warc(tmp_path, [_record("response", "https://a/1", ok, 1),
                            _record("response", "https://a/2", bad, 2)])
    first, second = read_inputs([path])
    assert first.html == "<p>deflated page</p>"
    assert second.error and "content encoding" in second.error.message

import pytest

from copydesk.errors import ReadError
from copydesk.read.decode import decode, sniff_binary


def test_utf8_passes_through():
    assert decode("<p>Café – “quoted”</p>".encode()) == "<p>Café – “quoted”</p>"


def test_legacy_encoding_from_meta_charset():
    page = '<meta charset="windows-1252"><p>Café “quoted”</p>'.encode("cp1252")
    assert "Café “quoted”" in decode(page)


def test_wrongly_declared_utf8_falls_back_to_a_legacy_decoding():
    page = '<meta charset="utf-8"><p>Société générale à Paris</p>'.encode("latin-1")
    assert "Société générale à Paris" in decode(page)


def test_utf16_without_bom():
    page = "<html><body><p>Grüße aus Berlin</p></body></html>".encode("utf-16-le")
    assert "Grüße aus Berlin" in decode(page)


def test_utf8_bom_is_stripped():
    assert decode(b"\xef\xbb\xbf<p>x</p>") == "<p>x</p>"


def test_invalid_utf8_never_raises():
    text = decode(b"<p>ok \xff\xfe\xfa broken</p>" * 3)
    assert "ok" in text and "broken" in text


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n...", "PDF document"), (b"\x89PNG\r\n\x1a\nxxxx", "PNG image"),
     (bytes(range(256)) * 4, "binary data")],
)
def test_binary_content_is_refused(data, kind):
    assert sniff_binary(data) == kind
    with pytest.raises(ReadError, match="binary"):
        decode(data)


def test_control_bytes_without_nuls_count_as_binary_but_text_whitespace_does_not():
    noisy = (b"<p>text</p>" + bytes([1, 2, 3, 27, 31])) * 40  # ESC and friends, no NUL
    assert sniff_binary(noisy) == "binary data"
    spaced = b"<p>one\ttwo\r\nthree\x0cfour\x0bfive</p>\n" * 100
    assert sniff_binary(spaced) is None

"""Bytes to text: sniff binary content, detect the encoding, decode without raising."""

from __future__ import annotations

import re

from resiliparse.parse.encoding import bytes_to_str, detect_encoding

from copydesk.errors import ReadError

#: Magic numbers of formats that are never an article, however they are named.
_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "ELF executable",
    b"RIFF": "RIFF media file",
    b"\x00\x00\x01\x00": "icon",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
#: Every byte but the C0 controls that never occur in text (tab, newlines, form feed and CR do):
#: deleting these with `bytes.translate` leaves the controls to count, in C.
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None when it may be text."""
    for magic, name in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return name
    head = data[:4096]
    if not head or head.startswith(_BOMS):
        return None
    if _looks_utf16(head):
        return None
    # A stray NUL in a page is dropped by decode(); binary formats are full of NULs.
    controls = len(head.translate(None, _NOT_CONTROL))
    if head.count(0) > 2 + len(head) // 100 or controls > len(head) * 0.05:
        return "binary data"
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without BOM: every other byte of ASCII text is NUL."""
    sample = head[:512]
    if len(sample) < 8:
        return False
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    return max(even, odd) > 0.4 and min(even, odd) < 0.05


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: BOM, then a UTF-16 guess, then the declared or detected encoding."""
    kind = sniff_binary(data)
    if kind:
        raise ReadError(f"binary content ({kind}), not a page")
    if not data.startswith(_BOMS) and _looks_utf16(data[:4096]):
        le = data[1::2][:256].count(0) > data[0::2][:256].count(0)
        return data.decode("utf-16-le" if le else "utf-16-be", errors="replace")
    encoding = _choose_encoding(data, declared)
    text = bytes_to_str(data, encoding, errors="replace")
    return text.replace("\x00", "")


def _choose_encoding(data: bytes, declared: str | None) -> str:
    if data.startswith(_BOMS):
        return detect_encoding(data[:4]) or "utf-8"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(data[:8192])
    candidates = [declared, meta.group(1).decode("ascii", "ignore") if meta else None]
    for name in candidates:
        if name and _decodes(data, name):
            return name
    return detect_encoding(data) or "utf-8"


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return encoding.lower().replace("-", "") not in {"utf8", "ascii", "usascii"}

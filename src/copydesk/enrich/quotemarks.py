"""Find quotation-mark spans in plain text without ever failing on unbalanced marks.

Handles curly (“ ” „ « »), straight (") and doubled-apostrophe ('' and ``) double quotes, and
single quotes (‘ ’ and ') where word boundaries show they are quote marks, not apostrophes.
A double quote still open at the end of a paragraph runs to that paragraph's end: news style
for a quotation continued in the next paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = frozenset("\u201c\u201e\u00ab")
DOUBLE_CLOSE = frozenset("\u201d\u00bb")
DOUBLE_AMBIGUOUS = frozenset('"\u201f')
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
#: Longest single-quoted stretch (characters) still taken as a quotation.
MAX_SINGLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Characters start..end of the text, marks included; `closed` is False for a run-on quote."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (1 if self.closed else 0)


def _double_marks(para: str) -> list[tuple[int, int, str]]:
    """(position, width, role) of double quote marks; role is open, close or either."""
    marks: list[tuple[int, int, str]] = []
    i = 0
    while i < len(para):
        pair = para[i : i + 2]
        if pair in ("''", "``"):
            marks.append((i, 2, "open" if pair == "``" else "either"))
            i += 2
            continue
        ch = para[i]
        if ch in DOUBLE_OPEN:
            marks.append((i, 1, "open"))
        elif ch in DOUBLE_CLOSE:
            marks.append((i, 1, "close"))
        elif ch in DOUBLE_AMBIGUOUS:
            marks.append((i, 1, "either"))
        i += 1
    return marks


def _looks_closing(para: str, pos: int, width: int) -> bool:
    """A mark glued to the preceding word and followed by a space or punctuation closes."""
    before = para[pos - 1] if pos > 0 else " "
    after = para[pos + width] if pos + width < len(para) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _pair_doubles(para: str, base: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for pos, width, role in _double_marks(para):
        if open_at is None:
            if role == "close" or (role == "either" and pos > 0 and _looks_closing(para, pos, width)
                                   and not para[pos + width :].strip()):
                continue  # stray closer: nothing to pair it with
            open_at = pos
        elif role == "open" and not _looks_closing(para, pos, width):
            open_at = pos  # a second opener: the first was never closed; start again here
        else:
            spans.append(QuoteSpan(base + open_at, base + pos + width))
            open_at = None
    if open_at is not None and len(para[open_at:].strip()) > 2:
        spans.append(QuoteSpan(base + open_at, base + len(para.rstrip()), closed=False))
    return spans


def _single_role(para: str, i: int) -> str | None:
    ch = para[i]
    if ch not in (SINGLE_OPEN, SINGLE_CLOSE, "'"):
        return None
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if ch != SINGLE_CLOSE and not before.isalnum() and (after.isalnum() or after in "\"\u201c"):
        return "open"
    if ch != SINGLE_OPEN and not after.isalnum() and not before.isspace():
        return "close"
    return None


def _pair_singles(para: str, base: int, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    inside = [False] * len(para)
    for s in taken:
        inside[s.start - base : s.end - base] = [True] * (s.end - s.start)
    for i in range(len(para)):
        if inside[i]:
            continue
        role = _single_role(para, i)
        if role == "open" and open_at is None:
            open_at = i
        elif role == "close" and open_at is not None and i - open_at > 2:
            if i - open_at <= MAX_SINGLE_CHARS and "\n" not in para[open_at:i]:
                spans.append(QuoteSpan(base + open_at, base + i + 1))
            open_at = None
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quotation spans of `text`, in order; never raises."""
    spans: list[QuoteSpan] = []
    pos = 0
    for para in text.split("\n"):
        doubles = _pair_doubles(para, pos)
        spans.extend(doubles)
        spans.extend(_pair_singles(para, pos, doubles))
        pos += len(para) + 1
    return sorted((s for s in spans if not _attribute_value(text, s)), key=lambda s: s.start)


def _attribute_value(text: str, span: QuoteSpan) -> bool:
    """'<tweet author="@ana">': a value quoted after '=' in markup left in the text is no quotation."""
    return span.start > 0 and text[span.start - 1] == "="

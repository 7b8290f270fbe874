"""The reading view of one article: body lines in their original order, annotated.

Kept paragraphs and removed lines are interleaved by `Removed.index` (the line's position
among all body lines before cleaning). Each kept paragraph is cut into segments at every
annotation boundary, and each segment lists the annotations covering it, so overlapping or
nested quotes, entities and events need no nesting in the page. Offsets are character
offsets into `text` (Python code points); annotations with unusable offsets are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from copydesk.article import Article

#: Annotations considered per article; more is junk or an attack, not an article.
MAX_SPANS = 5000


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # quote, entity or event
    label: str
    title: str


def reading_blocks(article: Article) -> list[dict[str, Any]]:
    """Blocks in reading order: {"type": "paragraph", "segments": [...]} or
    {"type": "removed", "text", "reason"}."""
    paragraphs = _paragraph_offsets(article.text)
    spans = sorted(collect_spans(article, len(article.text)), key=lambda s: (s.start, s.end))
    kept = [{"type": "paragraph", "segments": segments(article.text, start, end, spans)}
            for start, end in paragraphs]
    removed = sorted(article.removed, key=lambda r: r.index)
    blocks: list[dict[str, Any]] = []
    k = r = 0
    while k < len(kept) or r < len(removed):
        position = len(blocks)
        if r < len(removed) and (removed[r].index <= position or k >= len(kept)):
            blocks.append({"type": "removed", "text": removed[r].text, "reason": removed[r].reason})
            r += 1
        else:
            blocks.append(kept[k])
            k += 1
    return blocks


def _paragraph_offsets(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def segments(text: str, start: int, end: int, spans: list[Span]) -> list[dict[str, Any]]:
    """Cut text[start:end] at the boundaries of the spans that overlap it."""
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted({start, end, *(max(start, s.start) for s in inside), *(min(end, s.end) for s in inside)})
    out = []
    for left, right in pairwise(cuts):
        marks = [{"kind": s.kind, "label": s.label, "title": s.title}
                 for s in inside if s.start <= left and s.end >= right]
        out.append({"text": text[left:right], "marks": marks})
    return out


def collect_spans(article: Article, size: int) -> list[Span]:
    """Quotes, entities and event actors with valid offsets, at most MAX_SPANS."""
    spans: list[Span] = []
    for quote in _dicts(article.quotes):
        speaker = _name(quote.get("speaker")) or "unknown speaker"
        kind = _name(quote.get("kind")) or "quote"
        _add(spans, quote, size, Span(0, 0, "quote", kind, f"{kind} quote — speaker: {speaker}"))
    for entity in _dicts(article.entities):
        label = _name(entity.get("label")) or "entity"
        extra = ", ".join(v for v in (_name(entity.get("canonical")), _name(entity.get("country"))) if v)
        _add(spans, entity, size, Span(0, 0, "entity", label, f"{label}: {extra}" if extra else label))
    for event in _dicts(article.events):
        title = _event_title(event)
        for part in (event, event.get("source"), event.get("target")):
            if isinstance(part, dict):
                _add(spans, part, size, Span(0, 0, "event", _name(event.get("type")) or "event", title))
    return spans[:MAX_SPANS]


def _add(spans: list[Span], item: dict[str, Any], size: int, template: Span) -> None:
    start, end = item.get("start"), item.get("end")
    if len(spans) >= MAX_SPANS or type(start) is not int or type(end) is not int:
        return
    if 0 <= start < end <= size:
        spans.append(Span(start, end, template.kind, template.label, template.title))


def _event_title(event: dict[str, Any]) -> str:
    source, target = event.get("source"), event.get("target")
    who = " → ".join(_actor(a) for a in (source, target))
    extras = [v for v in (_name(event.get("cameo")), _name(event.get("date"))) if v]
    tail = f" ({', '.join(extras)})" if extras else ""
    return f"event {_name(event.get('type')) or '?'}: {who}{tail}"


def _actor(actor: Any) -> str:
    if not isinstance(actor, dict):
        return "?"
    name = _name(actor.get("text")) or "?"
    country = _name(actor.get("country"))
    return f"{name} [{country}]" if country else name


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("canonical") or value.get("text") or value.get("name")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(str(value).split())[:200] or None
    return None


def _dicts(values: Any) -> list[dict[str, Any]]:
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []

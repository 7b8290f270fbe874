"""The central record: one `Article` per input record, filled stage by stage."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

#: Keys of the serialised record, in order (see docs/schema.md).
RECORD_KEYS = (
    "id",
    "source",
    "url",
    "site",
    "title",
    "authors",
    "published",
    "language",
    "text",
    "removed",
    "entities",
    "quotes",
    "events",
    "duplicate_of",
    "error",
)

#: Reasons a line may be removed by the clean stage.
REASONS = frozenset(
    {
        "ad", "sponsored", "teaser", "related", "newsletter", "social", "caption", "credit",
        "cookie", "paywall", "navigation", "byline", "dateline", "repeated", "other",
    }
)


def make_id(source: str, content: str | bytes) -> str:
    """Stable id: the same source with the same content always gets the same id."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    digest = hashlib.blake2b(digest_size=10)
    digest.update(source.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


@dataclass(slots=True)
class Removed:
    """A line the clean stage took out of the body, with why and where it stood."""

    text: str
    reason: str
    index: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "index": self.index}


@dataclass(slots=True)
class ErrorInfo:
    """Why no (complete) article could be had: the stage, an error type and a message."""

    stage: str
    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "type": self.type, "message": self.message}


@dataclass(slots=True)
class Article:
    """One input record on its way through the pipeline.

    `html` and `raw_text` carry the input between the read and extract/clean stages and are
    never serialised; everything in `RECORD_KEYS` is.
    """

    id: str
    source: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    language: str | None = None
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    duplicate_of: str | None = None
    error: ErrorInfo | None = None
    # transient input, not serialised
    html: str | None = None
    raw_text: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def fail(self, stage: str, exc: BaseException | str, type_: str | None = None) -> Article:
        """Turn this record into an error record; the transient input is dropped."""
        message = str(exc) if not isinstance(exc, str) else exc
        kind = type_ or (type(exc).__name__ if not isinstance(exc, str) else "Error")
        self.error = ErrorInfo(stage=stage, type=kind, message=message[:500])
        self.html = None
        self.raw_text = None
        return self

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "entities": list(self.entities),
            "quotes": list(self.quotes),
            "events": list(self.events),
            "duplicate_of": self.duplicate_of,
            "error": self.error.to_dict() if self.error else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        published = data.get("published")
        error = data.get("error")
        return cls(
            id=data["id"],
            source=data["source"],
            url=data.get("url"),
            site=data.get("site"),
            title=data.get("title"),
            authors=list(data.get("authors") or []),
            published=datetime.fromisoformat(published) if published else None,
            language=data.get("language"),
            text=data.get("text") or "",
            removed=[Removed(**r) for r in data.get("removed") or []],
            entities=list(data.get("entities") or []),
            quotes=list(data.get("quotes") or []),
            events=list(data.get("events") or []),
            duplicate_of=data.get("duplicate_of"),
            error=ErrorInfo(**error) if error else None,
        )

"""The clean stage: remove in-body junk lines, each with a reason, and keep everything else."""

from __future__ import annotations

from dataclasses import dataclass, field

from copydesk.article import Article, Removed
from copydesk.clean.rules import repeated_lines, rule_reason
from copydesk.config import DEFAULT, Config
from copydesk.stage import DocStage


@dataclass(slots=True)
class Cleaned:
    kept: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def clean_lines(lines: list[str], title: str | None = None, config: Config = DEFAULT) -> Cleaned:
    """Decide article or junk for each line; kept + removed = input, order preserved."""
    repeated = repeated_lines(lines, config.repeated_max_words)
    title_key = (title or "").strip().casefold()
    out = Cleaned()
    for index, line in enumerate(lines):
        reason = line_reason(line, title_key, repeated)
        if reason is None:
            out.kept.append(line)
        else:
            out.removed.append(Removed(text=line, reason=reason, index=index))
    return out


def line_reason(line: str, title_key: str, repeated: set[str]) -> str | None:
    key = line.strip().casefold()
    if title_key and key == title_key:
        return "other"
    reason = rule_reason(line)
    if reason is None and key in repeated:
        return "repeated"
    return reason


class CleanStage(DocStage):
    """Fills `removed` and rewrites `text` without the junk lines."""

    name = "clean"

    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config

    def process(self, article: Article) -> Article:
        result = clean_lines(article.paragraphs, article.title, self.config)
        article.text = "\n\n".join(result.kept)
        article.removed = result.removed
        return article

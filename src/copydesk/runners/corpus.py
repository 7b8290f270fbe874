"""Corpus-level steps split for a distributed run: per-shard partials, one merge, then apply.

A `CorpusStep` needs to see the whole corpus before it can change any record. Workers compute
a small `partial` per shard (line-hash counts, MinHash signatures), the driver `merge`s them
in shard order, and workers `apply` the merged result to each shard's records. Each step
here gives exactly what its local stage gives over the whole run:

- `SiteCleanStep` = `SiteCleanStage` over all records (count every site's lines, then clean);
- `DedupStep` = `DedupStage` over all records (cluster every signature, then mark copies).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from copydesk.article import Article
from copydesk.clean import SiteCleanStage, SiteLineStats
from copydesk.config import DEFAULT, Config
from copydesk.dedup import DEFAULT_PARAMS, DedupParams, Signatures, duplicate_map, sign_tolerant

log = logging.getLogger(__name__)


class CorpusStep(Protocol):
    """A step that needs the whole corpus: partial per shard → merge → apply per shard."""

    name: str

    def partial(self, articles: list[Article]) -> Any: ...

    def merge(self, partials: Iterable[Any]) -> Any: ...

    def apply(self, articles: list[Article], merged: Any) -> list[Article]: ...


class SiteCleanStep:
    """Clean with site-level repeated-line statistics gathered over the whole corpus."""

    name = "clean"

    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config

    def partial(self, articles: list[Article]) -> SiteLineStats:
        stats = SiteLineStats(self.config)
        for article in articles:
            if article.ok:
                stats.add(article.site, article.paragraphs)
        return stats

    def merge(self, partials: Iterable[SiteLineStats]) -> SiteLineStats:
        return merge_site_stats(partials, self.config)

    def apply(self, articles: list[Article], merged: SiteLineStats) -> list[Article]:
        stage = self.stage(merged)
        return [stage.apply(article) for article in articles]

    def stage(self, merged: SiteLineStats) -> SiteCleanStage:
        """The clean stage with the whole run's counts, to run per document (local workers)."""
        stage = SiteCleanStage(self.config)
        stage.site_stats = merged
        return stage


def merge_site_stats(parts: Iterable[SiteLineStats], config: Config = DEFAULT) -> SiteLineStats:
    """Sum per-shard site line counts (a page is counted in exactly one shard)."""
    total = SiteLineStats(config)
    for part in parts:
        total._pages.update(part._pages)
        for site, counts in part._lines.items():
            total._lines.setdefault(site, Counter()).update(counts)
    return total


class DedupStep:
    """Near-duplicate clustering over the whole corpus from per-shard MinHash signatures."""

    name = "dedup"

    def __init__(self, params: DedupParams = DEFAULT_PARAMS) -> None:
        self.params = params

    def partial(self, articles: list[Article]) -> Signatures:
        return sign_tolerant(articles, self.params)

    def merge(self, partials: Iterable[Signatures]) -> dict[str, str]:
        try:
            return duplicate_map(Signatures.concat(list(partials), self.params.num_bins), self.params)
        except Exception:  # as the local stage: records pass through unmarked
            log.exception("dedup: clustering failed; records pass through unmarked")
            return {}

    def apply(self, articles: list[Article], merged: dict[str, str]) -> list[Article]:
        for article in articles:
            if article.ok:
                article.duplicate_of = merged.get(article.id)
        return articles


@dataclass(frozen=True, slots=True)
class StagePlan:
    """How a run orders its work: document stages `doc`, corpus steps `before` writing (each sees
    every record), document stages `post` after those steps, and steps `after` over the output."""

    doc: tuple[str, ...]
    before: tuple[CorpusStep, ...] = ()
    post: tuple[str, ...] = ()
    after: tuple[CorpusStep, ...] = ()


def plan_stages(names: Iterable[str], config: Config = DEFAULT) -> StagePlan:
    """Stage names → the run's plan, the same for every runner.

    With `config.site_boilerplate`, "clean" becomes `SiteCleanStep`: the stages before it run
    first, every site's lines are counted over the whole run, then clean and the stages after
    it run. "dedup" works on the written output, as the local run's `dedup_output` does, so a
    resumed run is deduplicated whole. "site-clean" asks for the site step explicitly after
    the document stages (runners' tests and custom plans).
    """
    names = tuple(names)
    after: tuple[CorpusStep, ...] = (DedupStep(),) if "dedup" in names else ()
    doc = tuple(n for n in names if n not in ("dedup", "site-clean"))
    if "site-clean" in names:
        return StagePlan(doc, (SiteCleanStep(config),), (), after)
    if config.site_boilerplate and "clean" in doc:
        at = doc.index("clean")
        return StagePlan(doc[:at], (SiteCleanStep(config),), doc[at + 1:], after)
    return StagePlan(doc, (), (), after)

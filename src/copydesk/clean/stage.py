"""The clean stage: remove in-body junk lines, each with a reason, and keep everything else.

Shape rules, the title repeated in the body, advert phrases and off-topic click-bait decide
first (`rule_verdicts`); plain third-person prose is kept without the model; every other line's
signals (`features`) go through the shipped linear model and a second pass over its neighbours'
scores (`model`), and it is junk when that probability reaches `Config.clean_junk_prob`. The
reason is the rule's, "repeated" for in-page repeats, else the reason model's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from copydesk.article import Article, Removed
from copydesk.clean.features import (
    Page,
    build_page,
    clickbait_teaser,
    credited_caption,
    deal_lines,
    line_terms,
    model_lines,
    page_features,
    promo_ad,
    repeated_quote,
    repeated_teaser,
)
from copydesk.clean.meta import fill_metadata
from copydesk.clean.model import CleanModel, context_rows, load_model, page_probs
from copydesk.clean.pagewise import standfirst, trailing_links
from copydesk.clean.rules import warm_up
from copydesk.clean.site import SiteLineStats
from copydesk.config import DEFAULT, Config
from copydesk.stage import DocStage


@dataclass(slots=True)
class Cleaned:
    kept: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def clean_lines(
    lines: list[str],
    title: str | None = None,
    config: Config = DEFAULT,
    *,
    site: str | None = None,
    site_stats: SiteLineStats | None = None,
    model: CleanModel | None = None,
) -> Cleaned:
    """Decide article or junk for each line; kept + removed = input, order preserved.

    `site_stats` (with `site`) adds the corpus-level signal: lines recurring across the site's
    pages are removed from the lower `clean_site_junk_prob`.
    """
    model = model or load_model()
    page = build_page(lines, title, config.repeated_max_words)
    boiler = site_stats.flags(site, lines) if site_stats is not None and site else [False] * len(lines)
    reasons = page_reasons(page, model, config, boiler)
    out = Cleaned()
    for index, (line, reason) in enumerate(zip(lines, reasons, strict=True)):
        if reason is None:
            out.kept.append(line)
        else:
            out.removed.append(Removed(text=line, reason=reason, index=index))
    return out


def rule_verdicts(page: Page, candidates: list[int] | None = None) -> list[str | None]:
    """Reasons decided without the model: shape rules, related runs, the title repeated in the body
    (it feeds `title`), advert phrases, off-topic click-bait, captions beside photo credits, pull
    quotes and teasers repeated in the page.
    `candidates` is `model_lines(page)` when the caller already has it."""
    reasons: list[str | None] = [
        rule if rule is not None else ("related" if i in page.related else None)
        for i, rule in enumerate(page.rules)
    ]
    for i in model_lines(page) if candidates is None else candidates:
        words = page.word_lines[i]
        if page.title_key and (words == page.title_key or words in page.title_parts):
            reasons[i] = "repeated"
        elif promo_ad(i, page):
            reasons[i] = "ad"
        elif clickbait_teaser(i, page):
            reasons[i] = "teaser"
        elif credited_caption(i, page):
            reasons[i] = "caption"
        elif repeated_quote(i, page) or repeated_teaser(i, page):
            reasons[i] = "repeated"
    return reasons


def page_reasons(page: Page, model: CleanModel, config: Config, boiler: list[bool]) -> list[str | None]:
    """Per line: the removal reason, or None to keep it. Lines without words go by rules only."""
    candidates = model_lines(page)
    reasons = rule_verdicts(page, candidates)
    scored = [i for i in candidates if reasons[i] is None]
    if scored:
        model_verdicts(page, model, config, boiler, scored, reasons)
    return after_model(page, reasons)


def model_verdicts(page: Page, model: CleanModel, config: Config, boiler: list[bool], scored: list[int],
                   reasons: list[str | None]) -> None:
    """Score the `scored` lines and write the reasons of those the model takes into `reasons`."""
    x = page_features(page, scored)
    terms = [line_terms(page.tokens[i], page.words[i]) for i in scored]
    probs = model.junk.probs(x, terms)
    if model.context is not None:
        ruled = {i for i, r in enumerate(reasons) if r is not None}
        full = page_probs(len(page.lines), scored, probs, ruled)
        probs = model.second_pass(x, context_rows(full, scored, probs))
    deals: set[int] | None = None  # the page's priced lines, if it is a deals page; found when first asked
    for row, (i, prob) in enumerate(zip(scored, probs.tolist(), strict=True)):
        need = config.clean_site_junk_prob if boiler[i] else config.clean_junk_prob
        if prob < need:
            continue
        deals = deal_lines(page) if deals is None else deals
        if i not in deals:
            reasons[i] = name_reason(i, page, model, x[row], terms[row], boiler[i])


def after_model(page: Page, reasons: list[str | None]) -> list[str | None]:
    """Verdicts that need the others first: the list of links below removed junk at the foot of the
    page, and the standfirst under the removed headline."""
    for i in trailing_links(page.list_marks, [r is not None for r in reasons], page.terminal):
        reasons[i] = "related"
    dek = standfirst(page.lines, [r is not None for r in reasons], page.terminal)
    if dek is not None:
        reasons[dek] = "other"
    return reasons


def name_reason(index: int, page: Page, model: CleanModel, x: np.ndarray, terms: set[str],
                boilerplate: bool) -> str:
    """Why line `index` is junk: its shape rule, a repeat (of the title, in the page, on the site)
    or the reason model's guess."""
    rule = page.rules[index]
    if rule is not None:
        return rule
    if page.title_key and page.word_lines[index] == page.title_key:
        return "repeated"
    if page.keys[index] in page.repeated or boilerplate:
        return "repeated"
    return model.reason.predict(x, terms)


def prepare() -> CleanModel:
    """Load the model and compile the rule patterns: what each worker does once."""
    warm_up()
    return load_model()


class CleanStage(DocStage):
    """Fills `removed`, rewrites `text` without the junk lines, and fills empty metadata.

    With `site_stats`, each article is counted into it before being cleaned (streaming use).
    """

    name = "clean"

    def __init__(self, config: Config = DEFAULT, site_stats: SiteLineStats | None = None) -> None:
        self.config = config
        self.site_stats = site_stats
        self.model = prepare()

    def process(self, article: Article) -> Article:
        lines = article.paragraphs
        if self.site_stats is not None:
            self.site_stats.add(article.site, lines)
        return self.clean(article, lines)

    def clean(self, article: Article, lines: list[str]) -> Article:
        result = clean_lines(lines, article.title, self.config, site=article.site,
                             site_stats=self.site_stats, model=self.model)
        article.text = "\n\n".join(result.kept)
        article.removed = result.removed
        fill_metadata(article, result.removed)
        return article


class SiteCleanStage(CleanStage):
    """Two-pass clean over a batch: count every article's lines per site, then clean them all."""

    name = "clean"

    def __init__(self, config: Config = DEFAULT) -> None:
        super().__init__(config, SiteLineStats(config))

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        batch = list(articles)
        stats = self.site_stats
        assert stats is not None
        for article in batch:
            if article.ok:
                stats.add(article.site, article.paragraphs)
        for article in batch:
            yield self.apply(article)

    def process(self, article: Article) -> Article:
        return self.clean(article, article.paragraphs)

"""HTML page → title, authors, date, language, canonical URL, site name and body paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from copydesk.errors import ExtractError
from copydesk.extract import body, dom
from copydesk.extract.features import block_features
from copydesk.extract.meta import detect_language
from copydesk.extract.metadata import Metadata, read_metadata, read_title
from copydesk.extract.metadata import split_authors as split_authors
from copydesk.extract.model import load_model

_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(slots=True)
class Extracted(Metadata):
    """What the extractor found on one page: the page's metadata plus its body paragraphs.

    `language` is detected from the body; `declared_language` is the page's `<html lang>`.
    """

    paragraphs: list[str] = field(default_factory=list)
    declared_language: str | None = None


def extract_page(html: str, url: str | None = None) -> Extracted:
    """Extract one page. Raises `ExtractError` when the page has no HTML body at all."""
    tree = _parse(html)
    meta = read_metadata(tree, url)
    paragraphs = [b.text for b in _body(tree, meta.title)]
    return Extracted(
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        language=detect_language("\n".join(paragraphs)) or meta.language,
        url=meta.url,
        site_name=meta.site_name,
        paragraphs=paragraphs,
        declared_language=meta.language,
    )


def extract_text(html: str) -> list[str]:
    """Body paragraphs alone, without metadata, date or language: the text-only mode that
    trafilatura's `extract` defaults to. Raises `ExtractError` when the page has no HTML body."""
    tree = _parse(html)
    return [b.text for b in _body(tree, read_title(tree))]


def _parse(html: str) -> LexborHTMLParser:
    tree = dom.parse(html)
    if tree.body is None:
        raise ExtractError("no parsable HTML document")
    return tree


def _body(tree: LexborHTMLParser, title: str | None) -> list[dom.Block]:
    """The chosen body blocks of a page whose metadata was read (scripts are stripped here)."""
    dom.strip_scripts(tree)
    chosen = body_blocks(dom.blocks(tree.body), title)
    if not chosen:  # the article may sit in a pruned or hidden subtree: walk everything
        chosen = body_blocks(dom.blocks(tree.body, hide=False), title)
    return chosen


def body_blocks(blocks: list[dom.Block], title: str | None) -> list[dom.Block]:
    """The article's blocks: the learned classifier's pick, or the rules' when it has none."""
    cols = body.Columns(blocks)
    root = body.find_root(cols)
    by_rules = body.rule_keep(cols, title, root)
    model = load_model()
    keep = by_rules
    if model is not None and blocks:
        chosen = model.probabilities(block_features(cols, title, root, by_rules)) >= model.cutoff
        keep = chosen if chosen.any() else by_rules
    return [b for b, k in zip(blocks, keep, strict=True) if k]


def split_paragraphs(text: str) -> list[str]:
    """One paragraph per non-empty line, inner whitespace collapsed."""
    return [p for p in (_SPACE.sub(" ", line).strip() for line in text.splitlines()) if p]

"""The extract stage: fills title, authors, published, language, url, site and text."""

from __future__ import annotations

from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.errors import ExtractError
from copydesk.extract.meta import detect_language, registered_domain
from copydesk.extract.page import extract_page, split_paragraphs
from copydesk.stage import DocStage


class ExtractStage(DocStage):
    """HTML inputs are extracted; text inputs only get language and site filled in."""

    name = "extract"

    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config

    def process(self, article: Article) -> Article:
        if article.html is not None:
            self._from_html(article)
        elif article.raw_text is not None:
            article.text = "\n\n".join(split_paragraphs(article.raw_text))
            article.raw_text = None
            article.language = detect_language(article.text)
        article.site = registered_domain(article.url)
        if len(article.text) < self.config.min_body_chars:
            raise ExtractError("no article body found")
        return article

    def _from_html(self, article: Article) -> None:
        html, article.html = article.html or "", None
        page = extract_page(html, article.url)
        article.title = article.title or page.title
        article.authors = page.authors
        article.published = page.published
        article.language = page.language
        article.url = article.url or page.url
        article.text = "\n\n".join(page.paragraphs)

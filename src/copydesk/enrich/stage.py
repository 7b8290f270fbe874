"""The enrich stage: entities with actor codes and quotes attributed to resolved speakers."""

from __future__ import annotations

from typing import Any

from copydesk.article import Article
from copydesk.enrich.entities import extract_entities
from copydesk.enrich.events import code_events
from copydesk.enrich.parsed import BATCH_SIZE as BATCH_SIZE
from copydesk.enrich.parsed import ParsedStage
from copydesk.enrich.quotes import extract_quotes


def enrich_doc(article: Article, doc: Any) -> Article:
    """Fill entities, quotes and events of `article` from one parse."""
    mentions = extract_entities(doc)
    article.quotes = extract_quotes(doc, mentions)
    article.entities = [m.to_dict() for m in mentions]
    article.events = code_events(doc, article.entities, article.published)
    return article


class EnrichStage(ParsedStage):
    """Entities, quotes and events from one spaCy parse per article; batches with `nlp.pipe`."""

    name = "enrich"

    def annotate(self, article: Article, doc: Any) -> Article:
        return enrich_doc(article, doc)

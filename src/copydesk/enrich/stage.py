"""The enrich stage: entities with actor codes and quotes attributed to resolved speakers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.enrich import nlp as nlp_mod
from copydesk.enrich.entities import extract_entities
from copydesk.enrich.events import code_events
from copydesk.enrich.quotes import extract_quotes
from copydesk.errors import DocumentTimeout
from copydesk.stage import DocStage

#: Articles parsed together by `nlp.pipe`: amortises per-call overhead, keeps memory flat.
BATCH_SIZE = 32


def enrich_doc(article: Article, doc: Any) -> Article:
    """Fill entities, quotes and events of `article` from one parse."""
    mentions = extract_entities(doc)
    article.quotes = extract_quotes(doc, mentions)
    article.entities = [m.to_dict() for m in mentions]
    article.events = code_events(doc, article.entities, article.published)
    return article


class EnrichStage(DocStage):
    """Entities, quotes and events from one spaCy parse per article; batches with `nlp.pipe`."""

    name = "enrich"
    #: the runners hand this stage whole chunks, so `nlp.pipe` parses them together
    batched = True

    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config
        self.nlp = nlp_mod.load()

    def _input(self, article: Article) -> str:
        return article.text[: nlp_mod.MAX_CHARS]

    def process(self, article: Article) -> Article:
        return enrich_doc(article, self.nlp(self._input(article)))

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        stream = iter(articles)
        while batch := list(islice(stream, BATCH_SIZE)):
            yield from self._batch(batch)

    def _batch(self, batch: list[Article]) -> list[Article]:
        todo = [a for a in batch if a.ok]
        try:
            docs = list(self.nlp.pipe([self._input(a) for a in todo], batch_size=BATCH_SIZE))
        except DocumentTimeout:
            raise
        except Exception:  # one bad text spoils nlp.pipe for the batch: redo one by one
            return [self.apply(a) for a in batch]
        parsed = dict(zip((id(a) for a in todo), docs, strict=True))
        return [self._finish(a, parsed.get(id(a))) for a in batch]

    def _finish(self, article: Article, doc: Any) -> Article:
        if doc is None or not article.ok:
            return article
        try:
            return enrich_doc(article, doc)
        except DocumentTimeout:
            raise
        except RecursionError:
            return article.fail(self.name, "document too deeply nested", "RecursionError")
        except Exception as exc:
            return article.fail(self.name, exc)

"""Base for stages that annotate articles from a spaCy parse, batching with `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.enrich import nlp as nlp_mod
from copydesk.errors import DocumentTimeout
from copydesk.stage import DocStage

#: Articles parsed together by `nlp.pipe`: amortises per-call overhead, keeps memory flat.
BATCH_SIZE = 32


class ParsedStage(DocStage):
    """Parses each article's text once and hands the parse to `annotate`.

    Called on a batch, texts go through `nlp.pipe` together; a failure while annotating one
    article becomes that article's error record, and if `nlp.pipe` itself fails the batch is
    redone one article at a time.
    """

    #: the runners hand this stage whole chunks, so `nlp.pipe` parses them together
    batched = True

    def __init__(self, config: Config = DEFAULT) -> None:
        self.config = config
        self.nlp = nlp_mod.load()

    def annotate(self, article: Article, doc: Any) -> Article:
        raise NotImplementedError

    def _input(self, article: Article) -> str:
        return article.text[: nlp_mod.MAX_CHARS]

    def process(self, article: Article) -> Article:
        return self.annotate(article, self.nlp(self._input(article)))

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
            return self.annotate(article, doc)
        except DocumentTimeout:
            raise
        except RecursionError:
            return article.fail(self.name, "document too deeply nested", "RecursionError")
        except Exception as exc:
            return article.fail(self.name, exc)

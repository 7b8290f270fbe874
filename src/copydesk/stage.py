"""The stage protocol: a named, composable step from articles to articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, runtime_checkable

from copydesk.article import Article
from copydesk.errors import DocumentTimeout


@runtime_checkable
class Stage(Protocol):
    """A pipeline step. It fills only its own fields of each `Article`."""

    name: str

    def __call__(self, articles: Iterable[Article]) -> Iterable[Article]: ...


class DocStage:
    """Base for stages that work one article at a time.

    Articles that already carry an error pass through untouched; an exception raised while
    processing one article turns that article into an error record and the batch goes on.
    """

    name = "stage"

    def process(self, article: Article) -> Article:
        raise NotImplementedError

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self.apply(article)

    def apply(self, article: Article) -> Article:
        if not article.ok:
            return article
        try:
            return self.process(article)
        except DocumentTimeout:
            raise
        except RecursionError:
            return article.fail(self.name, "document too deeply nested", "RecursionError")
        except MemoryError:
            return article.fail(self.name, "out of memory on this document", "MemoryError")
        except Exception as exc:
            return article.fail(self.name, exc)


def compose(stages: Iterable[Stage]) -> Callable[[Iterable[Article]], Iterable[Article]]:
    """Chain stages into one callable, in order."""
    chain = list(stages)

    def run(articles: Iterable[Article]) -> Iterable[Article]:
        for stage in chain:
            articles = stage(articles)
        return articles

    return run

"""The enrich stage: batching through nlp.pipe, error records, pass-through of failed articles."""

from __future__ import annotations

import pytest
from enrich_fixtures import DEFENCE, HARBOUR

from copydesk.article import Article
from copydesk.enrich import EnrichStage
from copydesk.enrich import stage as stage_mod


def _articles(*texts: str) -> list[Article]:
    return [Article(id=str(i), source="test", text=t) for i, t in enumerate(texts)]


def test_batch_call_matches_single_processing(stage: EnrichStage) -> None:
    batch = list(stage(_articles(DEFENCE, HARBOUR, "")))
    single = [stage.process(a) for a in _articles(DEFENCE, HARBOUR, "")]
    assert [a.id for a in batch] == ["0", "1", "2"]
    assert [a.quotes for a in batch] == [a.quotes for a in single]
    assert [a.entities for a in batch] == [a.entities for a in single]
    assert batch[2].ok and batch[2].quotes == [] and batch[2].entities == []


def test_batches_larger_than_batch_size_keep_order(stage: EnrichStage) -> None:
    texts = [f"Speaker {i} said: “Point number {i} stands.”" for i in range(stage_mod.BATCH_SIZE + 3)]
    out = list(stage(_articles(*texts)))
    assert [a.id for a in out] == [str(i) for i in range(len(texts))]
    assert all(a.ok for a in out)


def test_failing_article_becomes_error_record_and_batch_goes_on(
    stage: EnrichStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = stage_mod.enrich_doc

    def flaky(article: Article, doc: object) -> Article:
        if article.id == "1":
            raise ValueError("boom")
        return real(article, doc)

    monkeypatch.setattr(stage_mod, "enrich_doc", flaky)
    out = list(stage(_articles(DEFENCE, HARBOUR, DEFENCE)))
    assert out[0].ok and out[2].ok and out[0].quotes
    assert out[1].error is not None and out[1].error.stage == "enrich" and out[1].error.type == "ValueError"


def test_articles_with_errors_pass_through_untouched(stage: EnrichStage) -> None:
    failed = Article(id="x", source="test", text=DEFENCE).fail("extract", "no body", "ExtractError")
    out = list(stage([failed]))
    assert out[0].error is not None and out[0].error.stage == "extract" and out[0].quotes == []


def test_huge_text_is_cut_not_fatal(stage: EnrichStage, monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.enrich import nlp

    monkeypatch.setattr(nlp, "MAX_CHARS", 4000)  # the real cap, scaled down to keep the test fast
    text = "“The harbour is open,” Ms. Brown said. " * 400
    article = stage.process(Article(id="big", source="test", text=text))
    assert article.ok
    assert article.quotes and all(q["end"] <= 4000 for q in article.quotes)
    assert all(e["end"] <= 4000 for e in article.entities)


def test_pos_mapper_matches_the_models_attribute_ruler(stage: EnrichStage) -> None:
    """The fast POS/TAG/DEP rules give exactly what spaCy's attribute ruler gives."""
    import spacy

    from copydesk.enrich import nlp

    reference = spacy.load(nlp.MODEL, exclude=["lemmatizer", "ner"])
    reference.add_pipe("copydesk_paragraph_breaks", before="parser")  # same parse as ours
    texts = [DEFENCE, HARBOUR, "There is a queue.  But I did it, and that is that.\n\nHe has had enough!", ""]
    for text in texts:
        ours = stage.nlp(text)
        theirs = reference(text)
        assert [(t.pos_, t.tag_, t.dep_) for t in ours] == [(t.pos_, t.tag_, t.dep_) for t in theirs]
    assert "attribute_ruler" not in stage.nlp.pipe_names

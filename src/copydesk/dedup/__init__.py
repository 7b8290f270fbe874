"""Dedup stage: exact and near-duplicate detection across a whole run (MinHash + LSH).

For a distributed runner: call `sign(articles)` on workers (signatures are small and
picklable), `Signatures.concat` the blocks in one place, then `duplicate_map(signatures)`
gives id → canonical id for every duplicate.
"""

from copydesk.dedup.cluster import canonical_index, duplicate_map, duplicates
from copydesk.dedup.corpus import dedup_output, dedup_store
from copydesk.dedup.minhash import Signatures, sign, sign_tolerant
from copydesk.dedup.params import DEFAULT_PARAMS, DedupParams
from copydesk.dedup.stage import DedupStage, SignatureIndex

__all__ = [
    "DEFAULT_PARAMS", "DedupParams", "DedupStage", "SignatureIndex", "Signatures",
    "canonical_index", "dedup_output", "dedup_store", "duplicate_map", "duplicates", "sign", "sign_tolerant",
]

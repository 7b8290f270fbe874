"""Clustering from signatures alone: exact-hash groups, LSH candidates, verified edges.

Works on a `Signatures` block gathered from anywhere (this process or distributed workers).
Candidates come from LSH bands (rows of `band_rows` bins hashed to one key); within a run of
equal keys each member is compared with the run's first member and with its predecessor, so
a key shared by many articles costs linear, not quadratic, work. Every candidate pair is
verified on its estimated Jaccard and containment before it joins two clusters.
"""

from __future__ import annotations

import numpy as np

from copydesk.dedup.minhash import Signatures
from copydesk.dedup.params import DEFAULT_PARAMS, DedupParams

#: Candidate pairs verified at once (bounds the temporary comparison matrix to ~16 MB).
_VERIFY_CHUNK = 1 << 17
_ROW_MULT = np.uint64(0xD6E8FEB86659FD93)


def canonical_index(sig: Signatures, params: DedupParams = DEFAULT_PARAMS) -> np.ndarray:
    """For each row, the row of its cluster's canonical record (itself when alone)."""
    n = len(sig)
    if n == 0:
        return np.empty(0, np.int64)
    u, v = _band_candidates(sig, params.band_rows)
    pairs = np.concatenate([_exact_edges(sig), _verified(sig, u, v, params)], axis=1)
    labels = components(n, pairs[0], pairs[1])
    return _canonical(sig, labels)


def duplicates(sig: Signatures, params: DedupParams = DEFAULT_PARAMS) -> dict[int, str]:
    """Row → canonical id for every row that is a duplicate of another record."""
    canon = canonical_index(sig, params)
    rows = np.flatnonzero(canon != np.arange(len(sig)))
    return {int(r): sig.ids[int(canon[r])] for r in rows}


def duplicate_map(sig: Signatures, params: DedupParams = DEFAULT_PARAMS) -> dict[str, str]:
    """Id → canonical id for every duplicate (for distributed runners: ids are unique)."""
    return {sig.ids[r]: canon for r, canon in duplicates(sig, params).items()}


def _exact_edges(sig: Signatures) -> np.ndarray:
    rows = np.flatnonzero(sig.size > 0)
    if len(rows) == 0:
        return np.empty((2, 0), np.int64)
    _, first, inverse = np.unique(sig.exact[rows], return_index=True, return_inverse=True)
    heads = rows[first[inverse]]
    keep = heads != rows
    return np.stack([heads[keep], rows[keep]])


def _band_candidates(sig: Signatures, rows_per_band: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct pairs (run head, member) and (predecessor, member) among equal band keys.

    All bands are sorted at once: each key is the band's bins hashed together with the band's
    number, so equal keys in different bands never meet.
    """
    valid = np.flatnonzero(sig.size > 0)
    n_bands = sig.minhash.shape[1] // rows_per_band
    bins = sig.minhash[valid, : n_bands * rows_per_band].astype(np.uint64)
    bins = bins.reshape(len(valid), n_bands, rows_per_band)
    key = np.broadcast_to(np.arange(n_bands, dtype=np.uint64), bins.shape[:2])
    for col in range(rows_per_band):
        key = key * _ROW_MULT + bins[:, :, col]
    flat = key.ravel()
    order = np.argsort(flat)
    ranked = flat[order]
    doc = valid[order // n_bands]
    same = ranked[1:] == ranked[:-1]
    run_start = np.where(np.concatenate([[True], ~same]), np.arange(len(ranked)), 0)
    head = np.maximum.accumulate(run_start) if len(ranked) else run_start
    member = np.flatnonzero(np.concatenate([[False], same]))
    u = np.concatenate([doc[member - 1], doc[head[member]]])
    v = np.concatenate([doc[member], doc[member]])
    keep = u != v
    pair = np.sort(np.minimum(u, v)[keep] * len(sig) + np.maximum(u, v)[keep])
    pair = pair[np.concatenate([[True], pair[1:] != pair[:-1]])] if len(pair) else pair
    return pair // len(sig), pair % len(sig)


def _verified(sig: Signatures, u: np.ndarray, v: np.ndarray, params: DedupParams) -> np.ndarray:
    """The candidate pairs that pass the Jaccard or containment test, as a (2, m) array."""
    kept = []
    for lo in range(0, len(u), _VERIFY_CHUNK):
        a, b = u[lo:lo + _VERIFY_CHUNK], v[lo:lo + _VERIFY_CHUNK]
        ok = similar(sig.minhash[a], sig.minhash[b], sig.size[a], sig.size[b], params)
        kept.append(np.stack([a[ok], b[ok]]))
    return np.concatenate(kept, axis=1) if kept else np.empty((2, 0), np.int64)


def similar(sig_a: np.ndarray, sig_b: np.ndarray, size_a: np.ndarray, size_b: np.ndarray,
            params: DedupParams = DEFAULT_PARAMS) -> np.ndarray:
    """Row-wise near-duplicate test on two aligned signature matrices."""
    jac = (sig_a == sig_b).mean(axis=1)
    small = np.minimum(size_a, size_b).astype(np.float64)
    overlap = jac * (size_a + size_b) / (1.0 + jac)
    contained = overlap / np.maximum(small, 1.0)
    trimmed = ((contained >= params.containment) & (jac >= params.containment_min_jaccard)
               & (small >= params.containment_min_shingles))
    return np.asarray((jac >= params.jaccard) | trimmed)


def components(n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Connected-component label (smallest member row) of each of n rows, by min-label propagation."""
    labels = np.arange(n)
    if len(u) == 0:
        return labels
    while True:
        low = np.minimum(labels[u], labels[v])
        before = labels.copy()
        np.minimum.at(labels, u, low)
        np.minimum.at(labels, v, low)
        labels = labels[labels]
        if np.array_equal(labels, before):
            return labels


def _canonical(sig: Signatures, labels: np.ndarray) -> np.ndarray:
    """Per cluster the earliest published record, then the longest text, then the smallest id."""
    published = np.where(np.isnan(sig.published), np.inf, sig.published)
    id_rank = np.argsort(np.argsort(np.array(sig.ids, dtype=object), kind="stable"))
    order = np.lexsort((id_rank, -sig.length, published, labels))
    first = np.concatenate([[True], labels[order][1:] != labels[order][:-1]])
    best = np.empty(len(labels), dtype=np.int64)
    best[labels[order][first]] = order[first]
    return best[labels]

"""Per-document signatures: a normalised-text hash and a one-permutation MinHash.

Everything for a batch of texts is computed in a few numpy passes over the concatenated
code points: characters are lower-cased and classed word/non-word through lookup tables,
each word gets a polynomial hash (mod 2^64), and each run of `shingle_words` word hashes
another, so punctuation, case and spacing never matter. Shingle hashes are mixed with
splitmix64 and land in one of `num_bins` bins by their top bits (one-permutation hashing);
empty bins borrow from the next filled bin (densification). Signatures depend only on the
text, never on the process or the batch, so distributed workers may compute them.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from copydesk.article import Article
from copydesk.dedup.params import DEFAULT_PARAMS, DedupParams

log = logging.getLogger(__name__)

_EMPTY = np.uint32(0xFFFFFFFF)
#: Odd multiplier of the polynomial hashes and the offset added per densification step.
_BASE = np.uint64(0x9E3779B97F4A7C15)
_STEP = np.uint32(0x85EBCA6B)
_BMP = 0x10000
_IGNORE = 0xFFFFFFFF
_WORD = re.compile(r"[^\W_]")
#: Supplementary-plane symbols (emoji, pictographs) count as punctuation; other
#: supplementary code points (rare scripts, CJK extensions) as letters.
_SYMBOLS = (0x1F000, 0x1FB00)


def _inverse(odd: int) -> int:
    """Multiplicative inverse of an odd number mod 2^64 (Newton's iteration)."""
    inv = odd
    for _ in range(6):
        inv = (inv * (2 - odd * inv)) % (1 << 64)
    return inv


_BASE_INV = np.uint64(_inverse(int(_BASE)))


class _Tables:
    """Lazily built tables over the BMP: `fold` maps a code point to the lower case of its
    base letter (accents and compatibility forms folded), 0 for anything that is not part of a
    word, and _IGNORE for combining marks, which are dropped so decomposed and composed
    accents read alike."""

    fold: np.ndarray | None = None
    powers = np.ones(1, dtype=np.uint64)
    inverse_powers = np.ones(1, dtype=np.uint64)

    @classmethod
    def folding(cls) -> np.ndarray:
        if cls.fold is None:
            cls.fold = np.array([_fold_char(chr(c)) for c in range(_BMP)], dtype=np.uint32)
        return cls.fold

    @classmethod
    def power(cls, top: int) -> tuple[np.ndarray, np.ndarray]:
        """BASE^j and BASE^-j mod 2^64 for j = 0 .. top, grown by doubling.

        Multiplying a prefix-hash difference by BASE^-start makes a span's hash independent
        of where the span stands.
        """
        if len(cls.powers) <= top:
            size = max(top + 1, 2 * len(cls.powers), 1 << 16)
            cls.powers = _geometric(_BASE, size)
            cls.inverse_powers = _geometric(_BASE_INV, size)
        return cls.powers, cls.inverse_powers


def _geometric(base: np.uint64, size: int) -> np.ndarray:
    table = np.full(size, base, dtype=np.uint64)
    table[0] = 1
    return np.cumprod(table, dtype=np.uint64)


def _fold_char(char: str) -> int:
    if unicodedata.category(char).startswith("M"):
        return _IGNORE
    if not _WORD.match(char):
        return 0
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    base = base.lower()
    return ord(base) if len(base) == 1 and _WORD.match(base) else ord(char.lower()[0])


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@dataclass(slots=True)
class Signatures:
    """Signatures of a block of articles, row i for `ids[i]`; picklable and small.

    `size` is the number of shingles (0: no words, never clustered); `published` is a UTC
    timestamp or NaN; `length` the text length, used to pick a cluster's canonical record.
    """

    ids: list[str]
    published: np.ndarray
    length: np.ndarray
    exact: np.ndarray
    size: np.ndarray
    minhash: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def empty(cls, num_bins: int) -> Signatures:
        return cls([], np.empty(0), np.empty(0, np.int64), np.empty(0, np.uint64),
                   np.empty(0, np.int64), np.empty((0, num_bins), np.uint32))

    @classmethod
    def concat(cls, parts: Sequence[Signatures], num_bins: int = DEFAULT_PARAMS.num_bins) -> Signatures:
        if not parts:
            return cls.empty(num_bins)
        return cls(
            [i for p in parts for i in p.ids],
            np.concatenate([p.published for p in parts]),
            np.concatenate([p.length for p in parts]),
            np.concatenate([p.exact for p in parts]),
            np.concatenate([p.size for p in parts]),
            np.concatenate([p.minhash for p in parts]),
        )


def timestamp(published: datetime | None) -> float:
    """UTC seconds, naive datetimes taken as UTC; NaN when unknown."""
    if published is None:
        return float("nan")
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    try:
        return published.timestamp()
    except (OverflowError, OSError, ValueError):
        return float("nan")


def sign(articles: Sequence[Article], params: DedupParams = DEFAULT_PARAMS) -> Signatures:
    """Signatures of `articles` (any text; error records get size 0)."""
    texts = [a.text if a.ok and isinstance(a.text, str) else "" for a in articles]
    exact, size, minhash = minhash_batch([t[: params.max_chars] for t in texts], params)
    return Signatures(
        ids=[a.id for a in articles],
        published=np.array([timestamp(a.published) for a in articles], dtype=np.float64),
        length=np.array([len(t) for t in texts], dtype=np.int64),
        exact=exact,
        size=size,
        minhash=minhash,
    )


def sign_tolerant(articles: Sequence[Article], params: DedupParams = DEFAULT_PARAMS) -> Signatures:
    """`sign` for a corpus pass: records that cannot be signed are left out, never fatal."""
    batch = [a for a in articles if a.ok and a.text]
    try:
        return sign(batch, params)
    except Exception:  # odd text must not stop a run: sign alone, leave out what still fails
        parts = []
        for article in batch:
            try:
                parts.append(sign([article], params))
            except Exception:
                log.warning("dedup: cannot sign record %s; it is left out", article.id)
        return Signatures.concat(parts, params.num_bins)


def minhash_batch(texts: Sequence[str], params: DedupParams) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exact hash, shingle count, MinHash matrix) of each text."""
    n, k = len(texts), params.num_bins
    tokens = _word_hashes(texts)
    exact, doc, hashes = _shingles(tokens, n, params.shingle_words)
    size = np.bincount(doc, minlength=n).astype(np.int64)
    mixed = _splitmix64(hashes)
    shift = np.uint64(64 - (k.bit_length() - 1))
    slots = doc * k + (mixed >> shift).astype(np.int64)
    sig = np.full(n * k, _EMPTY, dtype=np.uint32)
    np.minimum.at(sig, slots, (mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    return exact, size, _densify(sig.reshape(n, k))


@dataclass(slots=True)
class _Words:
    """Every word of a batch: its hash and the text it belongs to."""

    hashes: np.ndarray
    doc: np.ndarray


def _word_hashes(texts: Sequence[str]) -> _Words:
    low = _fold(_codes("\0".join(texts)))
    kept = None
    if (low == _IGNORE).any():  # combining marks: drop them, remember where the rest stood
        kept = np.flatnonzero(low != _IGNORE)
        low = low[kept]
    edges = np.diff((low != 0).view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    powers, inverse = _Tables.power(len(low) + 1)
    prefix = _prefix(low.astype(np.uint64), powers)
    hashes = (prefix[ends] - prefix[starts]) * inverse[starts]
    separators = np.cumsum([len(t) + 1 for t in texts]) - 1
    return _Words(hashes, np.searchsorted(separators, starts if kept is None else kept[starts]))


def _fold(codes: np.ndarray) -> np.ndarray:
    """Folded code points (see `_Tables`); outside the BMP, symbols are 0 and the rest kept."""
    table = _Tables.folding()
    if len(codes) == 0 or codes.max() < _BMP:
        return np.take(table, codes)
    bmp = codes < _BMP
    outside = np.where((codes < _SYMBOLS[0]) | (codes >= _SYMBOLS[1]), codes, 0)
    return np.where(bmp, np.take(table, np.where(bmp, codes, 0)), outside).astype(np.uint32)


def _prefix(values: np.ndarray, powers: np.ndarray) -> np.ndarray:
    """prefix[i] = sum of values[j] * BASE^j for j < i, mod 2^64."""
    prefix = np.zeros(len(values) + 1, dtype=np.uint64)
    np.cumsum(values * powers[: len(values)], out=prefix[1:])
    return prefix


def _shingles(words: _Words, n_docs: int, width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exact hash per text, text of each shingle, shingle hashes); short texts are one shingle."""
    powers, inverse = _Tables.power(len(words.hashes) + 1)
    prefix = _prefix(words.hashes, powers)
    count = np.bincount(words.doc, minlength=n_docs)
    first = np.cumsum(count) - count
    whole = (prefix[first + count] - prefix[first]) * inverse[first]
    exact = np.where(count > 0, _splitmix64(whole), np.uint64(0))
    start = np.arange(max(len(words.hashes) - width + 1, 0))
    start = start[words.doc[start] == words.doc[start + width - 1]]
    short = np.flatnonzero((count > 0) & (count < width))
    doc = np.concatenate([words.doc[start], short]).astype(np.int64)
    hashes = np.concatenate([(prefix[start + width] - prefix[start]) * inverse[start], whole[short]])
    return exact, doc, hashes


def _splitmix64(x: np.ndarray) -> np.ndarray:
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _densify(sig: np.ndarray) -> np.ndarray:
    """Fill each empty bin from the next filled bin to its right (circularly), offset by distance."""
    n, k = sig.shape
    filled = sig != _EMPTY
    if filled.all() or n == 0:
        return sig
    cols = np.arange(2 * k)
    nxt = np.where(np.concatenate([filled, filled], axis=1), cols, 2 * k)
    nxt = np.minimum.accumulate(nxt[:, ::-1], axis=1)[:, ::-1][:, :k]
    rows = np.arange(n)[:, None]
    has_any = filled.any(axis=1)[:, None]
    source = np.where(has_any, nxt % k, 0)
    dist = (nxt - cols[:k]).astype(np.uint32)
    dense = sig[rows, source] + dist * _STEP
    return np.where(filled | ~has_any, sig, dense)



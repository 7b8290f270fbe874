"""Shards: the units of work a distributed run schedules, each with a stable key for resume.

A shard is a few small input files, or one large WARC file's range of response records. Its
records are exactly those `read_inputs` yields for the same files, with the same sources and
ids, so a distributed run and a local run produce the same records.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from copydesk.article import Article, make_id
from copydesk.config import DEFAULT, Config
from copydesk.errors import ReadError
from copydesk.read import iter_files, read_file
from copydesk.read.warc import records as warc_records
from copydesk.read.warc import warc_record

_READ_ERRORS = (OSError, ValueError, RuntimeError, EOFError, zlib.error, MemoryError)


@dataclass(frozen=True, slots=True)
class ShardOptions:
    """How inputs are cut into shards; each value says why it is what it is."""

    #: Small files per shard: enough that per-shard overhead (a task, a Parquet file, a
    #: marker) is amortised, few enough that a failed shard redoes little.
    shard_files: int = 64
    #: ...but fewer when there are few files, so a small corpus still makes this many shards
    #: and keeps every worker busy (it depends on the inputs only, so keys stay stable).
    min_shards: int = 64
    #: Input bytes per shard of small files: keeps shards of big pages about as long as others.
    shard_bytes: int = 64 * 1024 * 1024
    #: WARC files at least this large are counted and split by record ranges; a smaller one is
    #: one shard (counting costs a pass over the file, worth it only when splitting pays).
    warc_split_bytes: int = 256 * 1024 * 1024
    #: Response records per WARC range shard: a CC-NEWS file (~1 GB, ~30,000 pages) becomes
    #: about 15 shards of a few minutes each on one core.
    warc_shard_records: int = 2000


@dataclass(frozen=True, slots=True)
class Part:
    """One file, or response records `start+1 .. stop` of a WARC file (numbered as `path#N`).

    `offset` is the byte position of record `start+1` so a worker can seek there directly;
    `stop` None means to the end of the file.
    """

    path: str
    start: int = 0
    stop: int | None = None
    offset: int = 0

    @property
    def is_range(self) -> bool:
        return self.start > 0 or self.stop is not None


@dataclass(frozen=True, slots=True)
class Shard:
    parts: tuple[Part, ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        """Stable name: the same inputs cut the same way give the same key on every run."""
        return hashlib.blake2b(self.to_json().encode(), digest_size=10).hexdigest()

    def to_json(self) -> str:
        return json.dumps([asdict(p) for p in self.parts], separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Shard:
        return cls(tuple(Part(**p) for p in json.loads(text)))


def is_warc(path: Path) -> bool:
    from copydesk.read.sources import _detect, _peek

    try:
        return _detect(path, _peek(path)) == "warc"
    except OSError:
        return False


def warc_ranges(path: str, per_shard: int) -> list[Part]:
    """Split a WARC file into ranges of `per_shard` response records (one part if it cannot be read)."""
    starts: list[tuple[int, int]] = []
    n = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, parse_http=False, record_types=WarcRecordType.response):
                if n % per_shard == 0:
                    starts.append((n, record.stream_pos))
                n += 1
    except _READ_ERRORS:
        return [Part(path)]  # a damaged file is read whole, so its errors match a local run
    if len(starts) <= 1:
        return [Part(path)]
    bounds = [*starts[1:], (None, 0)]
    return [Part(path, lo, hi, off) for (lo, off), (hi, _) in zip(starts, bounds, strict=True)]


def plan_shards(
    inputs: Iterable[str | os.PathLike[str]],
    options: ShardOptions = ShardOptions(),
    split: Callable[[list[str]], list[list[Part]]] | None = None,
) -> list[Shard]:
    """Cut inputs into shards. Large WARC files go to `split` (default: counted here, in turn)."""
    files = [str(p) for p in iter_files(inputs)]
    sizes = {f: _size(f) for f in files}
    big = [f for f in files if sizes[f] >= options.warc_split_bytes and is_warc(Path(f))]
    splitter = split or (lambda paths: [warc_ranges(p, options.warc_shard_records) for p in paths])
    ranges = dict(zip(big, splitter(big), strict=True))
    per_shard = max(1, min(options.shard_files, len(files) // options.min_shards))
    shards: list[Shard] = []
    group: list[Part] = []
    weight = 0
    for f in files:
        if f in ranges:
            shards.extend(Shard((part,)) for part in ranges[f])
            continue
        if group and (len(group) >= per_shard or weight + sizes[f] > options.shard_bytes):
            shards.append(Shard(tuple(group)))
            group, weight = [], 0
        group.append(Part(f))
        weight += sizes[f]
    if group:
        shards.append(Shard(tuple(group)))
    return shards


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def read_shard(shard: Shard, config: Config = DEFAULT) -> Iterator[Article]:
    """The records of a shard, as `read_inputs` gives them."""
    for part in shard.parts:
        if part.is_range:
            yield from read_warc_range(part, config)
        else:
            yield from read_file(Path(part.path), config)


def read_warc_range(part: Part, config: Config = DEFAULT) -> Iterator[Article]:
    """Response records `start+1 .. stop` of a WARC file, named and built as `read_warc` does."""
    n = part.start
    try:
        with open(part.path, "rb") as fh:
            fh.seek(part.offset)
            for record in warc_records(fh):
                if record.record_type != WarcRecordType.response:
                    continue
                n += 1
                if part.stop is not None and n > part.stop:
                    return
                yield warc_record(f"{part.path}#{n}", record, config)
    except _READ_ERRORS as exc:
        yield from _range_failed(part, n, exc)


def _range_failed(part: Part, n: int, exc: BaseException) -> Iterator[Article]:
    """One error record per record of the range not read, so every record still appears once."""
    last = part.stop if part.stop is not None else n + 1
    for k in range(n + 1, last + 1):
        source = f"{part.path}#{k}"
        error = ReadError(f"truncated or malformed WARC after record {n}: {exc}")
        yield Article(id=make_id(source, b""), source=source).fail("read", error)


"""The per-document function for other engines (Spark `mapInPandas`, Dask, Beam...).

Input rows are what a JSON-lines input holds (`html` or `text`, optional `url` and `title`)
plus a `source` that names the record uniquely; output rows are the Parquet store's rows
(`copydesk.store.parquet.SCHEMA`). Neither Ray nor pandas is needed unless you call
`process_frames`, which is the `mapInPandas` form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any

from copydesk.config import DEFAULT, Config
from copydesk.pipeline import DocProcessor, parse_stages
from copydesk.read.sources import jsonl_record
from copydesk.store.parquet import to_row

#: Spark DDL of the output rows, for `mapInPandas(fn, schema=SPARK_SCHEMA)`.
SPARK_SCHEMA = ("id string, source string, url string, site string, title string, authors array<string>, "
                "published string, language string, text string, removed string, entities string, "
                "quotes string, events string, duplicate_of string, error string")
_INPUT_KEYS = ("url", "title", "html", "text")


@lru_cache(maxsize=4)
def processor_for(names: tuple[str, ...], config: Config = DEFAULT) -> DocProcessor:
    """One processor per process and stage list: models load once per worker, not per batch."""
    return DocProcessor(names, config)


def process_records(rows: Iterable[Mapping[str, Any]], stages: Sequence[str] | None = None,
                    config: Config = DEFAULT) -> Iterator[dict[str, Any]]:
    """Rows in, output rows out, one per input row; bad rows become error records."""
    processor = processor_for(parse_stages(stages), config)
    records = iter(rows)
    while chunk := list(islice(records, config.chunk_size)):
        articles = [_article(row, config) for row in chunk]
        for article in processor.process_many(articles):
            yield to_row(article)


def _article(row: Mapping[str, Any], config: Config) -> Any:
    fields = {k: row[k] for k in _INPUT_KEYS if row.get(k) is not None}
    line = json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return jsonl_record(str(row["source"]), line, config)


def process_frames(frames: Iterable[Any], stages: Sequence[str] | None = None,
                   config: Config = DEFAULT) -> Iterator[Any]:
    """`mapInPandas` form: pandas DataFrames of input rows → DataFrames of output rows."""
    import pandas as pd

    columns = [c.split(" ")[0] for c in SPARK_SCHEMA.split(", ")]
    for frame in frames:
        rows = frame.to_dict("records")
        yield pd.DataFrame(list(process_records(rows, stages, config)), columns=columns)

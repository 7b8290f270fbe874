"""Dedup benchmark: pair precision/recall on syndicated copies, and articles per CPU-second.

Test sets:
- synthetic: bench/dedup_data.py wire stories (three seeds) with 0-5 syndicated copies each;
- real (when ../shared/data is present): PolNeAR political news articles as the wire stories,
  copied with the same transforms, and added paragraphs drawn from other real articles; the
  other articles of the corpus (same publishers, same months, same topics) are the negatives.
Speed is CPU time (time.process_time) of the whole DedupStage (signing, clustering, spilling
and reading back the records), of `dedup_output` (the pass `copydesk run` makes over a written
JSONL output: read back, sign, cluster, rewrite `duplicate_of`), and of signing and
clustering alone; datasketch's MinHash + MinHashLSH with the same shingles is measured on
the same texts for comparison.

Usage: .venv/bin/python bench/dedup.py [--stories N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copydesk.article import Article
from copydesk.dedup import DedupStage, canonical_index, dedup_output, sign
from copydesk.store import open_writer
from copydesk.store.output import iter_output
from dedup_data import Story, Syndicator, TestSet, Writer, generate, pair_scores

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_WORDS = re.compile(r"[^\W_]+")


def run_stage(ts: TestSet) -> dict[str, float]:
    """Precision, recall and throughput of the whole stage on one test set."""
    started = time.process_time()
    out = list(DedupStage()(ts.articles))
    cpu = time.process_time() - started
    clusters = {a.id: a.duplicate_of or a.id for a in out}
    precision, recall = pair_scores(clusters, ts.story)
    return {"articles": len(out), "precision": precision, "recall": recall,
            "stage_per_cpu_s": len(out) / cpu}


def run_output_pass(ts: TestSet) -> dict[str, float]:
    """Precision, recall and throughput of `dedup_output` over the set written as JSONL."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        writer = open_writer(out, "jsonl")
        for article in ts.articles:
            writer.write(article)
        writer.close()
        started = time.process_time()
        dedup_output(out, "jsonl")
        cpu = time.process_time() - started
        clusters = {a.id: a.duplicate_of or a.id for a in iter_output(out, "jsonl")}
    precision, recall = pair_scores(clusters, ts.story)
    return {"output_precision": precision, "output_recall": recall,
            "output_pass_per_cpu_s": len(clusters) / cpu}


def split_speed(articles: list[Article]) -> dict[str, float]:
    """Articles per CPU-second of signing (in 48-article batches) and of clustering."""
    started = time.process_time()
    parts = [sign(articles[i:i + 48]) for i in range(0, len(articles), 48)]
    signed = time.process_time() - started
    from copydesk.dedup import Signatures

    sig = Signatures.concat(parts)
    started = time.process_time()
    canonical_index(sig)
    clustered = time.process_time() - started
    return {"sign_per_cpu_s": len(articles) / signed, "cluster_per_cpu_s": len(articles) / clustered}


def datasketch_speed(articles: list[Article]) -> float:
    """Articles per CPU-second of datasketch MinHash(128) + MinHashLSH insert/query."""
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return float("nan")
    started = time.process_time()
    lsh = MinHashLSH(threshold=0.4, num_perm=128)
    for a in articles:
        words = _WORDS.findall(a.text.casefold())
        shingles = {" ".join(words[i:i + 5]).encode() for i in range(max(1, len(words) - 4))}
        mh = MinHash(num_perm=128)
        mh.update_batch(shingles)
        lsh.query(mh)
        lsh.insert(a.id, mh)
    return len(articles) / (time.process_time() - started)


class RealSyndicator(Syndicator):
    """Copies real stories; added paragraphs come from other real articles."""

    def __init__(self, writer: Writer, pool: list[str]) -> None:
        super().__init__(writer)
        self.pool = pool

    def add(self, paras: list[str], story: Story) -> list[str]:
        out = list(paras)
        for _ in range(self.rng.randint(1, 2)):
            out.insert(self.rng.randint(1, len(out)), self.rng.choice(self.pool))
        return out


def real_set(seed: int = 5) -> TestSet | None:
    """PolNeAR articles with syndicated copies of a third of them, or None without the data."""
    files = [DATA / "quotes" / "polnear_train.jsonl", DATA / "quotes" / "polnear_dev.jsonl"]
    if not all(f.exists() for f in files):
        return None
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    writer = Writer(seed)
    pool = [p for r in rows for p in r["text"].split("\n\n") if len(p) > 80]
    syn = RealSyndicator(writer, pool)
    first_of: dict[str, str] = {}
    articles, truth = [], {}
    base = datetime(2016, 1, 1, tzinfo=UTC)
    for i, row in enumerate(rows):
        key = first_of.setdefault(" ".join(_WORDS.findall(row["text"].casefold())), f"r{i}")
        paras = [p for p in row["text"].split("\n\n") if p.strip()]
        story = Story(key, "real", row.get("title") or "", paras, base + timedelta(hours=i))
        copies = writer.rng.randint(1, 4) if writer.rng.random() < 0.33 else 0
        for c in range(copies + 1):
            text = "\n\n".join(paras if c == 0 else syn.copy(story))
            aid = f"{key}-{len(articles)}"
            articles.append(Article(id=aid, source=aid, published=story.published + timedelta(minutes=c),
                                    text=text))
            truth[aid] = key
    random.Random(seed).shuffle(articles)
    return TestSet(articles, truth)


def _row(name: str, ts: TestSet, ds: Callable[[list[Article]], float]) -> dict[str, float | str]:
    scores = run_stage(ts)
    scores.update(run_output_pass(ts))
    scores.update(split_speed(ts.articles))
    scores["datasketch_per_cpu_s"] = ds(ts.articles[:1500])
    mean_chars = sum(len(a.text) for a in ts.articles) / max(len(ts.articles), 1)
    return {"set": name, "mean_chars": mean_chars, **scores}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1500, help="wire stories per synthetic set")
    args = parser.parse_args()
    rows = [_row(f"synthetic seed {seed}", generate(args.stories, seed=seed), datasketch_speed)
            for seed in (11, 12, 13)]
    real = real_set()
    if real is None:
        print(f"note: {DATA} not found; the real-text set is skipped")
    else:
        rows.append(_row("PolNeAR + copies", real, datasketch_speed))
    cols = ["set", "articles", "mean_chars", "precision", "recall", "stage_per_cpu_s",
            "output_precision", "output_recall", "output_pass_per_cpu_s",
            "sign_per_cpu_s", "cluster_per_cpu_s", "datasketch_per_cpu_s"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in rows:
        print("| " + " | ".join(_fmt(row[c]) for c in cols) + " |")


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:,.0f}"
    return str(value)


if __name__ == "__main__":
    main()

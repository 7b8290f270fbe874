"""The distributed runner: the same stages on a Ray cluster, writing Parquet shards.

Inputs are cut into shards (`runners.shards`); Ray Data maps them through an actor pool whose
actors build the document stages once (models load once per actor), read their shard, run
the same `DocProcessor` as the local runner and write `part-<key>.parquet` plus a marker
`_done/<key>.json`. `resume` redoes only shards without a marker.

Corpus-level steps (`runners.corpus`) add passes: each pass applies the previous step's
merged result, computes this step's per-shard partial and keeps the shard's records under
`_work/`; the driver merges partials in shard order between passes. A shard that keeps
killing its actor is redone document by document in single-use tasks, so, as locally, only
the document that crashes becomes an error record.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import resource
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import ray

from copydesk.api import Summary
from copydesk.article import Article
from copydesk.config import DEFAULT, Config
from copydesk.pipeline import DocProcessor
from copydesk.runners.corpus import CorpusStep, plan_stages
from copydesk.runners.shards import Part, Shard, ShardOptions, plan_shards, read_shard, warc_ranges
from copydesk.store import infer_format, open_writer
from copydesk.store.parquet import SCHEMA, from_row, to_row

log = logging.getLogger(__name__)

#: Builds the per-actor document processor from stage names and config.
ProcessorFactory = Callable[[Sequence[str], Config], DocProcessor]


@dataclass(frozen=True, slots=True)
class RayOptions:
    """Settings of a Ray run; each value says why it is what it is."""

    shards: ShardOptions = field(default_factory=ShardOptions)
    #: Attempts at a shard whose actor died (node lost, OOM kill, a crashing page). Three
    #: outlive a node replacement; a shard that fails more often holds a page that kills its
    #: worker, and is redone document by document instead.
    max_attempts: int = 3
    #: Rows per Parquet row group: small enough that a worker holds little, large enough
    #: for good compression and fast scans.
    row_group_rows: int = 512
    #: Object store size when this run starts its own local Ray (None: Ray's default).
    object_store_memory: int | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """Everything an actor needs to process shards of one pass; pickled to every actor."""

    outdir: str
    names: tuple[str, ...]
    config: Config
    steps: tuple[CorpusStep, ...]
    pass_index: int
    row_group_rows: int
    cwd: str
    max_attempts: int
    factory: ProcessorFactory = DocProcessor
    #: Document stages run after the last step, before writing (e.g. enrich after site-clean).
    post: tuple[str, ...] = ()

    @property
    def final(self) -> bool:
        return self.pass_index == len(self.steps)

    def processor(self) -> DocProcessor | None:
        if self.pass_index > 0:
            return None
        processor = self.factory(self.names, self.config)
        return processor

    def post_processor(self) -> DocProcessor | None:
        if not (self.final and self.post and self.steps):
            return None
        return self.factory(self.post, self.config)

    def load(self, shard: Shard, processor: DocProcessor | None) -> Iterator[Article]:
        """This pass's input records: read and processed (pass 0) or the previous pass's."""
        if processor is None:
            yield from _load_pickled(work_file(self.outdir, self.pass_index - 1, shard.key))
            return
        records = read_shard(shard, self.config)
        while chunk := list(islice(records, self.config.chunk_size)):
            yield from processor.process_many(chunk)

    def finish(self, shard: Shard, articles: Iterable[Article], merged: Any,
               post: DocProcessor | None = None) -> dict[str, Any]:
        """Apply the previous step (and the `post` stages), then keep the records for the next
        pass or write them out."""
        articles = self.applied(articles, merged)
        if post is not None:
            articles = _in_chunks(post, articles, self.config.chunk_size)
        return self.complete(shard, articles)

    def applied(self, articles: Iterable[Article], merged: Any) -> Iterable[Article]:
        if self.pass_index == 0:
            return articles
        return self.steps[self.pass_index - 1].apply(list(articles), merged)

    def complete(self, shard: Shard, articles: Iterable[Article]) -> dict[str, Any]:
        if self.final:
            return write_shard(Path(self.outdir), shard.key, articles, self.row_group_rows)
        kept = list(articles)
        partial = self.steps[self.pass_index].partial(kept)
        save_work(self.outdir, self.pass_index, shard.key, kept, partial)
        return {"key": shard.key}


def _in_chunks(processor: DocProcessor, articles: Iterable[Article], size: int) -> Iterator[Article]:
    records = iter(articles)
    while chunk := list(islice(records, size)):
        yield from processor.process_many(chunk)


class ShardWorker:
    """A Ray Data actor: builds the stages once, then processes one shard per batch row."""

    def __init__(self, job: Job, merged: list[Any] | None = None) -> None:
        if job.cwd and os.path.isdir(job.cwd):
            os.chdir(job.cwd)  # relative inputs are read, and named, as on the driver
        self.job = job
        self.processor = job.processor()
        self.post = job.post_processor()
        self.merged = ray.get(merged[0]) if merged else None

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        keys, results = [], []
        for text in batch["shard"]:
            shard = Shard.from_json(str(text))
            if count_attempt(self.job.outdir, self.job.pass_index, shard.key) > self.job.max_attempts:
                result: dict[str, Any] = {"failed": True}  # the driver redoes it document by document
            else:
                result = self.job.finish(shard, self.job.load(shard, self.processor), self.merged, self.post)
            result["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # Linux: KiB
            keys.append(shard.key)
            results.append(json.dumps(result))
        return {"key": keys, "result": results}


def count_attempt(outdir: str, index: int, key: str) -> int:
    """Record one more attempt at a shard in this pass; return how many there have been.

    Ray retries the tasks of a dead actor without limit; this count, kept beside the output
    so every node sees it, stops a document that kills every worker from looping forever.
    """
    path = Path(outdir) / "_attempts" / f"{index}-{key}"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as fh:
        fh.write(b".")
        fh.flush()
        os.fsync(fh.fileno())
    return path.stat().st_size


class RayRunner:
    """Runs document stages (and corpus steps) over inputs on Ray; output in `outdir`."""

    def __init__(self, workers: int | None = None, config: Config = DEFAULT,
                 options: RayOptions | None = None, factory: ProcessorFactory = DocProcessor) -> None:
        self.workers = workers
        self.config = config
        self.options = options or RayOptions()
        self.factory = factory

    def run(self, inputs: Sequence[str | os.PathLike[str]], outdir: Path, names: Sequence[str],
            steps: Sequence[CorpusStep] = (), resume: bool = False) -> RunResult:
        """Process `inputs` into Parquet shards in `outdir`; corpus-level names in `names` (and
        extra `steps`) run as their distributed steps (`runners.corpus.plan_stages`)."""
        plan = plan_stages(names, self.config)
        result = self._run(inputs, outdir, plan.doc, [*steps, *plan.before], resume, plan.post)
        for step in plan.after:
            result.merged[step.name] = self._output_step(step, outdir, result.shards)
        return result

    def _run(self, inputs: Sequence[str | os.PathLike[str]], outdir: Path, names: Sequence[str],
             steps: Sequence[CorpusStep], resume: bool, post: Sequence[str] = ()) -> RunResult:
        outdir.mkdir(parents=True, exist_ok=True)
        if not resume:
            clear_outdir(outdir)
        shards = plan_shards(inputs, self.options.shards, split=self._split)
        keys = {s.key for s in shards}
        done = {k: v for k, v in read_markers(outdir).items() if k in keys}
        todo = [s for s in shards if s.key not in done]
        if not todo:
            return RunResult(shards, {}, done)
        merged: Any = None
        for index, step in enumerate(steps):
            # every shard's partial is needed, also of shards finished in an earlier run
            pending = [s for s in shards if not work_done(outdir, index, s.key)]
            self._pass(self._job(outdir, names, steps, index), pending, merged)
            merged = step.merge(load_partials(outdir, index, shards))
        done_now = self._pass(self._job(outdir, names, steps, len(steps), post), todo, merged)
        shutil.rmtree(outdir / "_work", ignore_errors=True)
        shutil.rmtree(outdir / "_attempts", ignore_errors=True)
        return RunResult(shards, done_now, done)

    def _output_step(self, step: CorpusStep, outdir: Path, shards: Sequence[Shard]) -> Any:
        """A step over the written shards: partials in shard order, merge here, apply in place."""
        partial = ray.remote(num_cpus=1)(_shard_partial)
        merged = step.merge(ray.get([partial.remote(step, str(outdir), s.key) for s in shards]))
        merged_ref = ray.put(merged)
        apply = ray.remote(num_cpus=1)(_shard_apply)
        ray.get([apply.remote(step, str(outdir), s.key, merged_ref, self.options.row_group_rows)
                 for s in shards])
        return merged

    def _split(self, paths: list[str]) -> list[list[Part]]:
        """Count big WARC files' records in parallel Ray tasks (one pass over each file)."""
        if not paths:
            return []
        count = ray.remote(num_cpus=1)(warc_ranges)
        per_shard = self.options.shards.warc_shard_records
        found = ray.get([count.remote(os.path.abspath(p), per_shard) for p in paths])
        # parts keep the path as given, so records are named as in a local run
        return [[replace(part, path=p) for part in parts] for p, parts in zip(paths, found, strict=True)]

    def _job(self, outdir: Path, names: Sequence[str], steps: Sequence[CorpusStep], index: int,
             post: Sequence[str] = ()) -> Job:
        return Job(str(outdir.resolve()), tuple(names), self.config, tuple(steps), index,
                   self.options.row_group_rows, os.getcwd(), self.options.max_attempts, self.factory,
                   tuple(post))

    def _pass(self, job: Job, shards: list[Shard], merged: Any) -> dict[str, dict[str, Any]]:
        if not shards:
            return {}
        results = self._map(job, shards, merged)
        for shard in shards:
            result = results.get(shard.key)
            if result is None or result.get("failed"):
                log.warning("shard %s failed %d times; redoing it document by document",
                            shard.key, job.max_attempts)
                results[shard.key] = _careful(job, shard, merged)
        return results

    def _map(self, job: Job, shards: list[Shard], merged: Any) -> dict[str, dict[str, Any]]:
        import ray.data

        ray.data.DataContext.get_current().enable_progress_bars = False
        merged_ref = [ray.put(merged)] if job.pass_index > 0 else None
        items = ray.data.from_items([{"shard": s.to_json()} for s in shards], override_num_blocks=len(shards))
        done = items.map_batches(
            ShardWorker, batch_size=1, compute=self._pool(len(shards)), num_cpus=1,
            fn_constructor_kwargs={"job": job, "merged": merged_ref},
        )
        return {row["key"]: json.loads(row["result"]) for row in done.iter_rows()}

    def _pool(self, n_shards: int) -> Any:
        """A fixed pool of `workers` actors, or one that grows to the cluster's CPUs.

        One call at a time per actor, run on the actor's main thread (Ray Data otherwise runs
        it on a helper thread), where the per-document time limit (SIGALRM) can fire.
        """
        import ray.data

        if self.workers:
            low = high = max(1, min(self.workers, n_shards))
        else:
            low, high = 1, max(1, min(int(ray.cluster_resources().get("CPU", 1)), n_shards))
        return ray.data.ActorPoolStrategy(min_size=low, max_size=high, max_concurrent_calls_per_actor=1,
                                          enable_true_multi_threading=True)


@dataclass(slots=True)
class RunResult:
    """Shards of the run and the per-shard summaries of those done now and before."""

    shards: list[Shard]
    done_now: dict[str, dict[str, Any]]
    done_before: dict[str, dict[str, Any]]
    #: Merged results of the steps over the output, by step name (dedup: id → canonical id).
    merged: dict[str, Any] = field(default_factory=dict)

    def peak_rss_kb(self) -> int:
        """Highest resident memory any actor reached while processing this run's shards."""
        return max((r.get("peak_rss_kb", 0) for r in self.done_now.values()), default=0)

    def summary(self) -> Summary:
        summary = Summary()
        for counts in self.done_now.values():
            summary.inputs += counts["inputs"]
            summary.articles += counts["articles"]
            summary.errors += counts["errors"]
            summary.removed_lines += counts["removed_lines"]
            summary.error_types.update(counts["error_types"])
        summary.skipped = sum(c["inputs"] for c in self.done_before.values())
        summary.duplicates = len(self.merged.get("dedup") or {})
        return summary


# --- files of a run: Parquet shards, markers, work of intermediate passes ---------------------


def write_shard(outdir: Path, key: str, articles: Iterable[Article], group_rows: int) -> dict[str, Any]:
    """Write `part-<key>.parquet` atomically, then its marker; return the shard's counts."""
    counts = Summary()
    final = outdir / f"part-{key}.parquet"
    tmp = outdir / f".part-{key}.parquet.tmp"
    with pq.ParquetWriter(tmp, SCHEMA) as writer:
        rows: list[dict[str, Any]] = []
        for article in articles:
            counts.add(article)
            rows.append(to_row(article))
            if len(rows) >= group_rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
    os.replace(tmp, final)
    result = {"inputs": counts.inputs, "articles": counts.articles, "errors": counts.errors,
              "removed_lines": counts.removed_lines, "error_types": dict(counts.error_types)}
    _atomic_write(outdir / "_done" / f"{key}.json", json.dumps(result).encode())
    return result


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def read_markers(outdir: Path) -> dict[str, dict[str, Any]]:
    """Shard key → counts of every finished shard whose Parquet file is there."""
    done = {}
    for marker in (outdir / "_done").glob("*.json"):
        key = marker.stem
        if (outdir / f"part-{key}.parquet").exists():
            try:
                done[key] = json.loads(marker.read_text())
            except ValueError:
                continue
    return done


def clear_outdir(outdir: Path) -> None:
    for old in outdir.glob("part-*.parquet"):
        old.unlink()
    shutil.rmtree(outdir / "_done", ignore_errors=True)
    shutil.rmtree(outdir / "_work", ignore_errors=True)
    shutil.rmtree(outdir / "_attempts", ignore_errors=True)


def work_file(outdir: str | Path, index: int, key: str) -> Path:
    return Path(outdir) / "_work" / str(index) / f"{key}.pkl"


def work_done(outdir: Path, index: int, key: str) -> bool:
    return work_file(outdir, index, key).with_suffix(".partial").exists()


def save_work(outdir: str, index: int, key: str, articles: list[Article], partial: Any) -> None:
    """Keep a shard's records and partial for the next pass; the partial file marks it done."""
    path = work_file(outdir, index, key)
    _atomic_write(path, pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL))
    _atomic_write(path.with_suffix(".partial"), pickle.dumps(partial, protocol=pickle.HIGHEST_PROTOCOL))


def _load_pickled(path: Path) -> list[Article]:
    with open(path, "rb") as fh:
        articles: list[Article] = pickle.load(fh)
    return articles


def load_partials(outdir: Path, index: int, shards: Sequence[Shard]) -> Iterator[Any]:
    """Partials of every shard, in shard (= input) order, as a local stage would see records."""
    for shard in shards:
        with open(work_file(outdir, index, shard.key).with_suffix(".partial"), "rb") as fh:
            yield pickle.load(fh)


# --- Ray helpers ---------------------------------------------------------------------------------


def read_part(outdir: str, key: str) -> list[Article]:
    table = pq.read_table(Path(outdir) / f"part-{key}.parquet", schema=SCHEMA)
    return [from_row(row) for row in table.to_pylist()]


def _shard_partial(step: CorpusStep, outdir: str, key: str) -> Any:
    return step.partial(read_part(outdir, key))


def _shard_apply(step: CorpusStep, outdir: str, key: str, merged: Any, group_rows: int) -> None:
    write_shard(Path(outdir), key, step.apply(read_part(outdir, key), merged), group_rows)


def _process_one(job: Job, names: tuple[str, ...], article: Article) -> Article:
    return job.factory(names, job.config).process_many([article])[0]


def _careful(job: Job, shard: Shard, merged: Any) -> dict[str, Any]:
    """Redo a shard one document per single-use task; a document that kills its task fails alone.

    Pass 0 redoes the document stages from the input; the final pass of a run with `post`
    stages redoes those on the step's output (other passes only apply steps, which do not crash).
    """
    if job.pass_index == 0:
        articles, names = list(read_shard(shard, job.config)), job.names
    elif job.final and job.post:
        records = _load_pickled(work_file(job.outdir, job.pass_index - 1, shard.key))
        articles, names = list(job.applied(records, merged)), job.post
    else:
        raise RuntimeError(f"shard {shard.key} failed in pass {job.pass_index}")
    task = ray.remote(num_cpus=1, max_retries=0)(_process_one)
    refs = [task.remote(job, names, a) for a in articles]
    out = []
    for article, ref in zip(articles, refs, strict=True):
        try:
            out.append(ray.get(ref))
        except ray.exceptions.WorkerCrashedError:
            out.append(article.fail("pipeline", "document crashed its worker process", "WorkerCrash"))
        except ray.exceptions.RayTaskError as exc:
            out.append(article.fail("pipeline", str(exc.cause or exc), "WorkerError"))
    return job.complete(shard, out)


def connect(address: str | None = None, object_store_memory: int | None = None) -> None:
    """Join the cluster at `address` ('auto': the one on this machine), or start a local one."""
    if ray.is_initialized():
        return
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
    if address is None and object_store_memory:
        kwargs["object_store_memory"] = object_store_memory
    ray.init(address=address, **kwargs)


# --- import into a store -------------------------------------------------------------------------


def import_shards(shard_dir: Path, output: Path, fmt: str | None = None, config: Config = DEFAULT,
                  keys: Sequence[str] | None = None) -> int:
    """Copy the records of `part-*.parquet` shards (in `keys` order if given) into a store."""
    files = ([shard_dir / f"part-{k}.parquet" for k in keys] if keys
             else sorted(shard_dir.glob("part-*.parquet")))
    writer = open_writer(output, fmt, False, config)
    count = 0
    try:
        for path in files:
            for batch in pq.ParquetFile(path).iter_batches():
                for row in batch.to_pylist():
                    writer.write(from_row(row))
                    count += 1
    finally:
        writer.close()
    return count


def run_ray(
    inputs: Sequence[str | os.PathLike[str]],
    output: Path,
    *,
    format: str | None = None,
    workers: int | None = None,
    names: Sequence[str],
    resume: bool = False,
    config: Config = DEFAULT,
    address: str | None = None,
    options: RayOptions | None = None,
) -> Summary:
    """`copydesk run --engine ray`: Parquet shards in `output` (a directory), or beside a
    SQLite/JSONL `output` in `<output>.shards/` and then imported into it."""
    options = options or RayOptions()
    connect(address, options.object_store_memory)
    kind = infer_format(output, format)
    shard_dir = output if kind == "parquet" else output.with_name(output.name + ".shards")
    result = RayRunner(workers, config, options).run(inputs, shard_dir, names, resume=resume)
    if kind != "parquet":
        import_shards(shard_dir, output, kind, config, [s.key for s in result.shards])
    return result.summary()

"""Scaling benchmark: throughput with 1 and 2 workers (local pool and Ray), and peak memory per
worker for a corpus 1x and 10x in size.

The corpus is generated: the example pages (examples/html) in numbered variants, as JSON-lines
files of `--per-file` records, so each file is one shard. Every configuration runs in a fresh
subprocess. Throughput is records per wall-clock second of the whole run (Ray: after
`ray.init`, including actor start-up and model loading). Peak memory per worker is the
highest resident-set high-water mark (VmHWM) of any worker process: pool workers are sampled
from /proc while they run; Ray actors report their own `ru_maxrss` per shard.

    .venv/bin/python bench/scale.py [--docs 960] [--per-file 60] [--skip-ray]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RESULTS = ROOT / "bench" / "results" / "scale.json"
_FALLBACK = ("<html><head><title>Council story {k}</title></head><body><article><h1>Council story {k}</h1>"
             "<p>The council met on Tuesday to debate the budget for item {k}, with a long queue of "
             "residents waiting to speak about bus routes and library hours.</p><p>Advertisement</p>"
             "<p>Members voted 7-2 to approve the plan after three hours of discussion.</p>"
             "</article></body></html>")


def templates() -> list[tuple[str, str]]:
    """(url, html) of the example pages, or one built-in page when examples/ is absent."""
    manifest = EXAMPLES / "manifest.json"
    if manifest.exists():
        pages = json.loads(manifest.read_text(encoding="utf-8"))
        return [(p["url"], (EXAMPLES / "html" / p["file"]).read_text(encoding="utf-8")) for p in pages]
    return [("https://www.example-gazette.com/news/council", _FALLBACK)]


def variant(url: str, html: str, k: int) -> dict[str, str]:
    """A distinct page: the number k woven into the title and the first paragraph."""
    html = re.sub(r"<title>", f"<title>({k}) ", html, count=1)
    html = re.sub(r"<p>", f"<p>Edition {k}. ", html, count=1)
    return {"url": f"{url.rstrip('/')}/v{k}", "html": html.replace("{k}", str(k))}


def make_corpus(root: Path, docs: int, per_file: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    pages = templates()
    for start in range(0, docs, per_file):
        with open(root / f"part{start // per_file:05d}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(start, min(docs, start + per_file)):
                url, html = pages[i % len(pages)]
                fh.write(json.dumps(variant(url, html, i), ensure_ascii=False) + "\n")
    return root


# --- one configuration, in its own process ---------------------------------------------------


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


_TICK = os.sysconf("SC_CLK_TCK")


def _processes() -> dict[int, tuple[int, str, float]]:
    """pid → (parent pid, command name, CPU seconds used) of every process on the machine."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, fields = text[text.find("(") + 1:text.rfind(")")], text.rsplit(")", 1)[1].split()
        found[int(stat.parent.name)] = (int(fields[1]), name, (int(fields[11]) + int(fields[12])) / _TICK)
    return found


def _descendants(table: dict[int, tuple[int, str, float]], root: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for pid, (parent, _, _) in table.items():
        kids.setdefault(parent, []).append(pid)
    out, todo = [], [root]
    while todo:
        for kid in kids.get(todo.pop(), []):
            out.append(kid)
            todo.append(kid)
    return out


class ChildSampler(threading.Thread):
    """Polls the VmHWM of this process's children (pool workers) and the CPU time of all its
    descendants (Ray's daemons and workers too) until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, tuple[str, float]] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            self.sample()

    def sample(self) -> None:
        table = _processes()
        me = os.getpid()
        for pid in _descendants(table, me):
            _, name, cpu = table[pid]
            self.cpu[pid] = (name, cpu)
            if table[pid][0] == me:
                self.peak[pid] = max(self.peak.get(pid, 0), _hwm_kb(pid))

    def cpu_split(self, start: dict[int, float]) -> dict[str, float]:
        """CPU seconds since `start` (pid → CPU then) by kind: this process, workers, other
        processes (Ray's raylet, GCS and helpers). A process that ended between two samples
        loses at most its last 0.2 s, so the figures are lower bounds."""
        split = {"main": time.process_time() - start.get(os.getpid(), 0.0), "workers": 0.0, "daemons": 0.0}
        for pid, (name, cpu) in self.cpu.items():
            worker = name.startswith(("ray::", "python")) or "worker" in name.lower()
            split["workers" if worker else "daemons"] += cpu - start.get(pid, 0.0)
        return {k: round(v, 2) for k, v in split.items()}


def child_local(corpus: Path, out: Path, workers: int, stages: str | None) -> dict[str, Any]:
    from copydesk import api

    sampler = ChildSampler()
    sampler.start()
    cpu_start = {os.getpid(): time.process_time()}
    started = time.perf_counter()
    summary = api.run([corpus], out, workers=workers, stages=stages)
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = max(sampler.peak.values(), default=0) if workers > 1 else own
    return {"records": summary.inputs, "errors": summary.errors, "seconds": seconds, "peak_rss_kb": peak,
            "cpu_s": sampler.cpu_split(cpu_start)}


def child_ray(corpus: Path, out: Path, workers: int, stages: str | None) -> dict[str, Any]:
    import ray

    from copydesk.pipeline import parse_stages
    from copydesk.runners.ray_runner import RayRunner

    ray.init(address="local", num_cpus=workers, object_store_memory=200 * 1024 * 1024,
             include_dashboard=False,
             log_to_driver=False)
    sampler = ChildSampler()
    sampler.sample()
    cpu_start = {pid: cpu for pid, (_, cpu) in sampler.cpu.items()} | {os.getpid(): time.process_time()}
    sampler.start()
    started = time.perf_counter()
    result = RayRunner(workers).run([corpus], out, parse_stages(stages))
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    summary = result.summary()
    ray.shutdown()
    return {"records": summary.inputs, "errors": summary.errors, "seconds": seconds,
            "peak_rss_kb": result.peak_rss_kb(), "cpu_s": sampler.cpu_split(cpu_start)}


def measure(engine: str, workers: int, corpus: Path, tmp: Path, stages: str) -> dict[str, Any]:
    out = tmp / f"out-{engine}-{workers}-{corpus.name}"
    cmd = [sys.executable, __file__, "--child", engine, str(workers), str(corpus), str(out),
           "--stages", stages]
    load = os.getloadavg()[0]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"{engine} x{workers} failed:\n{done.stderr[-3000:]}")
    row: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    row.update(engine=engine, workers=workers, corpus=corpus.name, load_before=round(load, 2),
               load_after=round(os.getloadavg()[0], 2))
    row["records_per_s"] = round(row["records"] / row["seconds"], 2)
    row["seconds"] = round(row["seconds"], 2)
    row["peak_rss_mb"] = round(row.pop("peak_rss_kb") / 1024, 1)
    print(f"  {engine:5s} workers={workers} {corpus.name:4s} {row['records']:6d} records "
          f"{row['seconds']:8.2f} s {row['records_per_s']:8.2f}/s peak/worker {row['peak_rss_mb']:7.1f} MB "
          f"(load {row['load_before']} -> {row['load_after']}) CPU-s {row['cpu_s']}", flush=True)
    return row


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def pick(engine: str, workers: int, corpus: str) -> dict[str, Any] | None:
        wanted = (engine, workers, corpus)
        return next((r for r in rows if (r["engine"], r["workers"], r["corpus"]) == wanted), None)

    out: dict[str, Any] = {}
    for engine in ("local", "ray"):
        for corpus in ("1x", "10x"):
            one, two = pick(engine, 1, corpus), pick(engine, 2, corpus)
            if one and two:
                speedup = two["records_per_s"] / one["records_per_s"]
                out[f"{engine}_speedup_2_workers_{corpus}"] = round(speedup, 2)
        small, big = pick(engine, 2, "1x"), pick(engine, 2, "10x")
        if small and big:
            out[f"{engine}_peak_10x_over_1x"] = round(big["peak_rss_mb"] / max(small["peak_rss_mb"], 1e-9), 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=960, help="records in the 1x corpus")
    parser.add_argument("--per-file", type=int, default=60, help="records per input file (= shard)")
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--stages", default="extract,clean,dedup", help="stages to run (default: all)")
    parser.add_argument("--child", nargs=4, metavar=("ENGINE", "WORKERS", "CORPUS", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine, workers, corpus, out = args.child
        run = child_ray if engine == "ray" else child_local
        print(json.dumps(run(Path(corpus), Path(out), int(workers), args.stages)))
        return
    engines = ["local"] if args.skip_ray else ["local", "ray"]
    if not args.skip_ray:
        try:
            import ray  # noqa: F401
        except ImportError:
            print("ray is not installed (pip install 'copydesk[ray]'); measuring the local runner only")
            engines = ["local"]
    print(f"cores {os.cpu_count()}, load average {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="copydesk-scale-") as tmpdir:
        tmp = Path(tmpdir)
        small = make_corpus(tmp / "1x", args.docs, args.per_file)
        big = make_corpus(tmp / "10x", 10 * args.docs, args.per_file)
        rows = []
        for engine in engines:
            for workers, corpus in ((1, small), (2, small), (1, big), (2, big)):
                rows.append(measure(engine, workers, corpus, tmp, args.stages))
    result = {"cores": os.cpu_count(), "docs_1x": args.docs, "per_file": args.per_file, "stages": args.stages,
              "runs": rows, "summary": summarise(rows)}
    print(json.dumps(result["summary"], indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

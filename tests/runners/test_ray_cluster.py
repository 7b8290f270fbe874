"""The Ray runner on a two-node `ray.cluster_utils.Cluster`: same records; crashed workers."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from copydesk import api  # noqa: E402
from copydesk.config import Config  # noqa: E402
from copydesk.pipeline import DocProcessor, parse_stages  # noqa: E402
from copydesk.runners.ray_runner import RayOptions, RayRunner  # noqa: E402
from copydesk.runners.shards import ShardOptions  # noqa: E402

pytestmark = pytest.mark.slow

STORY = ("Volunteers counted 214 herons at the marsh on Saturday, the highest number since the "
         "survey began, and said the new water gates had helped the fish the birds feed on.")
SMALL = RayOptions(shards=ShardOptions(shard_files=2, min_shards=1), max_attempts=2)


@pytest.fixture(scope="module")
def two_nodes():
    from ray.cluster_utils import Cluster

    ray.shutdown()
    node = {"num_cpus": 1, "object_store_memory": 100 * 1024 * 1024}
    cluster = Cluster(initialize_head=True, head_node_args={**node, "include_dashboard": False})
    cluster.add_node(**node)
    ray.init(address=cluster.address, log_to_driver=False)
    # test-defined processors travel to the workers by value (their module is not importable there)
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield cluster
    ray.shutdown()
    cluster.shutdown()


def make_inputs(root: Path, n: int = 12) -> Path:
    root.mkdir(parents=True)
    for i in range(n):
        (root / f"story{i:02d}.txt").write_text(f"Marsh report {i}. {STORY}\nAdvertisement\n{STORY} ({i})")
    return root


def records_of(outdir: Path) -> list[dict]:
    import pyarrow.parquet as pq

    from copydesk.store.parquet import from_row

    rows = [from_row(r).to_dict() for f in outdir.glob("part-*.parquet")
            for r in pq.read_table(f).to_pylist()]
    return sorted(rows, key=lambda r: r["id"])


def local_records(inputs: Path, tmp: Path) -> list[dict]:
    api.run([inputs], tmp / "local.jsonl", workers=1)
    return sorted((json.loads(line) for line in (tmp / "local.jsonl").open()), key=lambda r: r["id"])


class CrashOnce(DocProcessor):
    """Kills its worker process the first time it meets story05 (a marker file remembers)."""

    marker = ""  # set per test

    def process_many(self, articles):
        if any(a.source.endswith("story05.txt") for a in articles) and not os.path.exists(self.marker):
            Path(self.marker).write_text(str(os.getpid()))
            os._exit(1)
        return super().process_many(articles)


class CrashAlways(DocProcessor):
    """Kills its worker process whenever it meets story07: a page that always kills a worker."""

    def process_many(self, articles):
        if any(a.source.endswith("story07.txt") for a in articles):
            os._exit(1)
        return super().process_many(articles)


def test_two_nodes_give_the_local_records(two_nodes, tmp_path):
    inputs = make_inputs(tmp_path / "in")
    RayRunner(2, Config(), SMALL).run([inputs], tmp_path / "out", parse_stages(None))
    assert records_of(tmp_path / "out") == local_records(inputs, tmp_path)
    nodes = {n["NodeID"] for n in ray.nodes() if n["Alive"]}
    assert len(nodes) == 2


def test_worker_killed_mid_run_every_input_exactly_once(two_nodes, tmp_path):
    inputs = make_inputs(tmp_path / "in")
    def factory(names, config):
        processor = CrashOnce(names, config)
        processor.marker = str(tmp_path / "crashed")
        return processor

    RayRunner(2, Config(), SMALL, factory).run([inputs], tmp_path / "out", parse_stages(None))
    assert (tmp_path / "crashed").exists(), "no worker was killed"
    got = records_of(tmp_path / "out")
    assert Counter(r["source"] for r in got) == Counter(str(p) for p in sorted(inputs.iterdir()))
    assert got == local_records(inputs, tmp_path)


def test_page_that_always_kills_its_worker_fails_alone(two_nodes, tmp_path):
    inputs = make_inputs(tmp_path / "in")
    result = RayRunner(2, Config(), SMALL, CrashAlways).run([inputs], tmp_path / "out", ["extract"])
    got = records_of(tmp_path / "out")
    assert len(got) == 12 and len({r["source"] for r in got}) == 12
    failed = [r for r in got if r["error"]]
    assert [r["source"] for r in failed] == [str(inputs / "story07.txt")]
    assert failed[0]["error"]["type"] == "WorkerCrash"
    assert result.summary().errors == 1

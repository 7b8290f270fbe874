"""Coverage-guided fuzzing (atheris) of the readers and the extract stage. Not run in CI.

    .venv/bin/python bench/fuzz.py [seconds] [corpus_dir]

Each input is written as a file with a suffix chosen by its first byte and read back; every
record then goes through the extract and clean stages. Invariants: reading never raises, a
file yields at least one record, stages never raise (failures become error records), and kept
plus removed lines rebuild the body. Findings go to bench/results/fuzz-crash-*; keep each one
as a regression test in tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copydesk.stage import DocStage

SUFFIXES = (".html", ".html.gz", ".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".txt", "")


def check(data: bytes, directory: Path, stages: list[DocStage]) -> None:
    from copydesk.read import read_file

    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".html"
    path = directory / f"input{suffix}"
    path.write_bytes(data[1:])
    records = list(read_file(path))
    assert records, "a file must yield at least one record"
    for article in records:
        article = stages[0].apply(article)
        before = article.paragraphs
        for stage in stages[1:]:
            article = stage.apply(article)
        if article.ok and len(stages) > 1:
            assert len(article.paragraphs) + len(article.removed) == len(before)


def build_stages() -> list[DocStage]:
    """Extract and clean, built once (the clean model loads once); extract alone when the clean
    model cannot load (e.g. being retrained), so the readers and extract are still fuzzed."""
    from copydesk.clean import CleanStage
    from copydesk.extract import ExtractStage

    try:
        return [ExtractStage(), CleanStage()]
    except ValueError as exc:
        print(f"clean stage unavailable ({exc}); fuzzing readers and extract only")
        return [ExtractStage()]


def main() -> int:
    try:
        import atheris
    except ImportError:
        print("atheris is not installed (pip install atheris); nothing fuzzed")
        return 0
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    corpus = sys.argv[2:3]
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="copydesk-fuzz-"))

    stages: list[DocStage] = []

    def one(data: bytes) -> None:
        if not stages:
            stages.extend(build_stages())
        check(data, workdir, stages)

    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", f"-artifact_prefix={out}/fuzz-crash-",
                   "-rss_limit_mb=4096", *corpus], one)
    with atheris.instrument_imports():
        import copydesk.clean
        import copydesk.extract
        import copydesk.read  # noqa: F401
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Compiled clean modules run only when they were built from the sources beside them; the sources
give the same answers."""

import hashlib
import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from copydesk.clean import FROM_SOURCES, _sources
from copydesk.clean._sources import (
    DIGEST_FILE,
    _SourceFinder,
    choose_sources,
    compiled_modules,
    stale_modules,
)

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = EXTENSION_SUFFIXES[0]


def _build(directory: Path, sources: dict[str, str], compiled: list[str]) -> None:
    """A fake package folder: sources, compiled files for `compiled`, and their digests."""
    for stem, text in sources.items():
        (directory / f"{stem}.py").write_text(text)
    for stem in compiled:
        (directory / f"{stem}{SUFFIX}").write_bytes(b"\x7fELF")
    digests = {stem: hashlib.sha256((directory / f"{stem}.py").read_bytes()).hexdigest() for stem in compiled}
    (directory / DIGEST_FILE).write_text(json.dumps(digests))


def test_only_compiled_modules_with_a_source_count(tmp_path):
    _build(tmp_path, {"a": "x = 1\n", "b": "y = 2\n"}, ["a"])
    (tmp_path / f"orphan{SUFFIX}").write_bytes(b"")
    assert compiled_modules(tmp_path) == ["a"]


def test_a_source_edited_after_the_build_is_stale(tmp_path):
    _build(tmp_path, {"a": "x = 1\n", "b": "y = 2\n"}, ["a", "b"])
    assert stale_modules(["a", "b"], tmp_path) == []
    (tmp_path / "b.py").write_text("y = 3\n")
    assert stale_modules(["a", "b"], tmp_path) == ["b"]


def test_without_digests_every_compiled_module_is_stale(tmp_path):
    _build(tmp_path, {"a": "x = 1\n"}, ["a"])
    (tmp_path / DIGEST_FILE).unlink()
    assert stale_modules(["a"], tmp_path) == ["a"]


@pytest.fixture
def meta_path(monkeypatch):
    # without the finder this process may have installed already (a stale build in a work tree)
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, _SourceFinder)])
    monkeypatch.delenv("COPYDESK_PURE", raising=False)
    return sys.meta_path


def test_a_current_build_runs_compiled(tmp_path, meta_path):
    _build(tmp_path, {"a": "x = 1\n"}, ["a"])
    assert choose_sources(tmp_path) is False
    assert not any(isinstance(f, _SourceFinder) for f in meta_path)


def test_nothing_compiled_runs_the_sources(tmp_path, meta_path):
    _build(tmp_path, {"a": "x = 1\n"}, [])
    assert choose_sources(tmp_path) is True


def test_a_stale_build_warns_and_routes_every_module_to_its_source(tmp_path, meta_path):
    _build(tmp_path, {"a": "x = 1\n", "b": "y = 2\n"}, ["a", "b"])
    (tmp_path / "a.py").write_text("x = 2\n")
    with pytest.warns(RuntimeWarning, match="a changed"):
        assert choose_sources(tmp_path) is True
    finder = meta_path[0]
    assert isinstance(finder, _SourceFinder)
    package = _sources.__name__.rpartition(".")[0]
    spec = finder.find_spec(f"{package}.b", None)  # b is current, but the compiled modules go together
    assert spec is not None and spec.origin == str(tmp_path / "b.py")
    assert finder.find_spec(f"{package}.c", None) is None
    assert finder.find_spec("b", None) is None


def test_pure_setting_runs_the_sources_without_a_warning(tmp_path, meta_path, monkeypatch, recwarn):
    _build(tmp_path, {"a": "x = 1\n"}, ["a"])
    monkeypatch.setenv("COPYDESK_PURE", "1")
    assert choose_sources(tmp_path) is True
    assert isinstance(meta_path[0], _SourceFinder)
    assert not recwarn.list


_DUMP = """
import json, sys
from copydesk.clean import FROM_SOURCES, clean_lines
from copydesk.clean.features import build_page, model_lines, page_features
docs = [json.loads(line) for line in open(sys.argv[1])][:80]
out = {"sources": FROM_SOURCES, "removed": [], "features": []}
for d in docs:
    lines = [x["text"] for x in d["lines"]]
    out["removed"].append([[r.index, r.reason] for r in clean_lines(lines, d["title"]).removed])
    page = build_page(lines, d["title"], 8)
    out["features"].append(page_features(page, model_lines(page)).tolist())
print(json.dumps(out))
"""


def _dump(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_PURE"}
    if pure:
        env["COPYDESK_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", _DUMP, str(ROOT / "bench" / "data" / "cleanset_dev.jsonl")],
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(FROM_SOURCES, reason="the clean stage is not compiled (or its build is stale)")
def test_compiled_and_source_modules_give_the_same_outputs():
    compiled, pure = _dump(False), _dump(True)
    assert (compiled["sources"], pure["sources"]) == (False, True)
    assert compiled["removed"] == pure["removed"]
    assert compiled["features"] == pure["features"]

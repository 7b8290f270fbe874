"""SIGKILL a running `copydesk run`, then --resume: every input exactly once, store intact."""

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

STORY = ("The city council approved the new budget on Tuesday after a long debate about "
         "funding for schools, roads and the public library system.")


def _corpus(root: Path, n: int) -> Path:
    d = root / "in"
    d.mkdir()
    with open(d / "many.jsonl", "w") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": f"Story {i}. {STORY}\nAdvertisement\n{STORY} ({i})"}) + "\n")
    for i in range(20):
        (d / f"page{i}.txt").write_text(f"Text file {i}. {STORY}")
    return d


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "copydesk.cli", "run", "--stages", "extract,clean,dedup", *args]


@pytest.mark.slow
def test_kill_then_resume(tmp_path):
    corpus = _corpus(tmp_path, 6000)
    db = tmp_path / "out.db"
    proc = subprocess.Popen(_cmd(str(corpus), "-o", str(db), "--workers", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while _count(db) < 200 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 0 < partial < 6020
    done = subprocess.run(_cmd(str(corpus), "-o", str(db), "--workers", "2", "--resume"),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    sources = Counter(row[0] for row in conn.execute("SELECT source FROM articles"))
    assert len(sources) == 6020 and max(sources.values()) == 1
    fts = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'council'")
    assert fts.fetchone()[0] == 6020

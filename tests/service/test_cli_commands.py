import importlib.util
import json
from pathlib import Path

from typer.testing import CliRunner

from copydesk.cli import app

FIXTURE = Path(__file__).parents[1] / "fixtures" / "explore_records.py"


def _store(tmp_path):
    spec = importlib.util.spec_from_file_location("explore_records", FIXTURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.build_store(tmp_path / "s.db"))


def test_search_command_filters(tmp_path):
    db, runner = _store(tmp_path), CliRunner()
    out = runner.invoke(app, ["search", "dockworkers", "-s", db, "--unique"])
    assert out.exit_code == 0
    hits = [json.loads(line) for line in out.output.splitlines()]
    assert [h["id"] for h in hits] == ["strike01"] and "[Dockworkers]" in hits[0]["snippet"]
    out = runner.invoke(app, ["search", "-s", db, "--pair", "fr,de", "--from", "2025-04-01",
                              "--to", "2025-04-30"])
    assert [json.loads(line)["id"] for line in out.output.splitlines()] == ["talks01"]
    out = runner.invoke(app, ["search", "-s", db, "--speaker", "Lena Brandt", "--site", "portnews.example"])
    assert [json.loads(line)["id"] for line in out.output.splitlines()] == ["strike01"]
    bad = runner.invoke(app, ["search", "-s", db, "--pair", "DE"])
    assert bad.exit_code == 2 and "country pair" in bad.output


def test_serve_refuses_a_missing_store(tmp_path):
    out = CliRunner().invoke(app, ["serve", "-s", str(tmp_path / "none.db")])
    assert out.exit_code == 2 and "no store" in out.output

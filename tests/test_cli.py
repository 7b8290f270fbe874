import json
import sqlite3

from typer.testing import CliRunner

from copydesk.cli import app

runner = CliRunner()


def _corpus(tmp_path, harbour_html):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.html").write_text(harbour_html)
    (d / "bin.html").write_bytes(bytes(range(256)) * 8)
    return d


def test_run_then_search_and_show(tmp_path, harbour_html):
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["run", str(_corpus(tmp_path, harbour_html)), "-o", str(db),
                                 "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "inputs 2" in result.output and "error records 1" in result.output
    found = runner.invoke(app, ["search", "ferry terminal", "-s", str(db)])
    hit = json.loads(found.output.splitlines()[0])
    shown = runner.invoke(app, ["show", hit["id"], "-s", str(db)])
    assert json.loads(shown.output)["title"] == "Harbour authority approves new ferry terminal"
    pretty = runner.invoke(app, ["show", "--most-removed", "-s", str(db), "--pretty"])
    assert "Advertisement" in pretty.output and "(ad)" in pretty.output
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_run_missing_input_and_unwritable_output(tmp_path, harbour_html):
    assert runner.invoke(app, ["run", str(tmp_path / "nope")]).exit_code == 2
    blocker = tmp_path / "f"
    blocker.write_text("x")
    result = runner.invoke(app, ["run", str(_corpus(tmp_path, harbour_html)), "-o",
                                 str(blocker / "x.jsonl")])
    assert result.exit_code == 2 and "cannot" in result.output


def test_run_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "e.html").write_bytes(b"")
    result = runner.invoke(app, ["run", str(tmp_path / "e.html"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1 and "no input could be read" in result.output


def test_extract_and_clean_commands(tmp_path, harbour_html):
    page = tmp_path / "p.html"
    page.write_text(harbour_html)
    out = json.loads(runner.invoke(app, ["extract", str(page)]).output)
    assert out["authors"] == ["Maria Okafor"]
    text = "The vote was held on Thursday evening.\nAdvertisement\nIt passed by seven votes."
    cleaned = json.loads(runner.invoke(app, ["clean", "-"], input=text).output)
    assert cleaned["removed"] == [{"text": "Advertisement", "reason": "ad", "index": 1}]
    assert set(cleaned) == {"text", "removed"}

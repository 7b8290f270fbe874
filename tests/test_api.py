import json

import pytest

import copydesk
from copydesk.article import RECORD_KEYS


def test_extract_api(harbour_html):
    article = copydesk.extract(harbour_html, url="https://www.lakeside-courier.example.com/x")
    assert article.title == "Harbour authority approves new ferry terminal"
    assert article.site == "example.com"
    assert "Advertisement" not in article.paragraphs


def test_extract_api_raises_typed_error():
    with pytest.raises(copydesk.ExtractError):
        copydesk.extract("<html><body></body></html>")


def test_clean_api():
    article = copydesk.clean("A paragraph about the harbour vote on Thursday.\nAdvertisement\n"
                             "Another paragraph about the cost of the project.")
    assert [r.text for r in article.removed] == ["Advertisement"]
    assert article.text.count("\n\n") == 1


def test_run_api_one_record_per_input(tmp_path, harbour_html):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(harbour_html)
    (tmp_path / "in" / "b.html").write_bytes(b"")
    (tmp_path / "in" / "c.jsonl").write_text(
        json.dumps({"text": "A story about trains that were late again on Monday."}) + "\n{bad\n"
    )
    out = tmp_path / "o.jsonl"
    summary = copydesk.run([tmp_path / "in"], out, workers=1)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == summary.inputs == 4
    assert summary.articles == 2 and summary.errors == 2
    assert all(tuple(r) == RECORD_KEYS for r in rows)
    again = copydesk.run([tmp_path / "in"], out, workers=1, resume=True)
    assert again.inputs == 0 and again.skipped == 4
    assert len(out.read_text().splitlines()) == 4


def test_run_with_extract_stage_only_keeps_junk(tmp_path):
    (tmp_path / "a.txt").write_text("A story about the weather in spring.\nAdvertisement\n")
    out = tmp_path / "o.jsonl"
    copydesk.run([tmp_path / "a.txt"], out, workers=1, stages="extract")
    row = json.loads(out.read_text())
    assert row["removed"] == [] and "Advertisement" in row["text"]
    with pytest.raises(ValueError, match="unknown stage"):
        copydesk.run([tmp_path / "a.txt"], out, stages="extract,frobnicate")


def test_single_document_errors_are_typed_by_stage(monkeypatch):
    from copydesk.clean import CleanStage

    def broken(self, article):
        raise ValueError("line model failed")

    monkeypatch.setattr(CleanStage, "process", broken)
    with pytest.raises(copydesk.CleanError, match="line model failed"):
        copydesk.clean("A paragraph about the harbour vote on Thursday.")

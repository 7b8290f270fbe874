from datetime import datetime

from copydesk.article import Article, Removed
from copydesk.clean.meta import byline_names, dateline_date, fill_metadata


def test_byline_names_drop_outlets_and_roles():
    assert byline_names("By Jane Smith and Omar Haddad, Reuters") == ["Jane Smith", "Omar Haddad"]
    assert byline_names("Von Anna Berg und Jonas Keller") == ["Anna Berg", "Jonas Keller"]


def test_dateline_date_reads_common_forms_and_gives_none_on_nonsense():
    assert dateline_date("Published: 4 June 2024") == datetime(2024, 6, 4)
    assert dateline_date("Updated March 14, 2025 at 9:30") == datetime(2025, 3, 14, 9, 30)
    assert dateline_date("no date here at all") is None


def test_headline_fills_an_empty_title_only():
    article = Article(id="1", source="s")
    fill_metadata(article, [Removed(text="Harbour cranes cut waiting times", reason="repeated", index=0)])
    assert article.title == "Harbour cranes cut waiting times"
    fill_metadata(article, [Removed(text="Another headline here", reason="repeated", index=0)])
    assert article.title == "Harbour cranes cut waiting times"

import json
from datetime import datetime
from pathlib import Path

import pytest

from copydesk.article import Article
from copydesk.errors import ExtractError
from copydesk.extract import ExtractStage, extract_page, extract_text
from copydesk.extract.metadata import split_authors

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _page(name: str, url: str | None = None):
    return extract_page((FIXTURES / name).read_text(encoding="utf-8"), url)


def test_json_ld_metadata_and_body():
    page = _page("jsonld_feature.html")
    assert page.title == "Neue Radwege für die Altstadt"
    assert page.authors == ["Lena Hoffmann", "Jonas Weber"]
    assert page.published == datetime.fromisoformat("2024-09-03T07:15:00+02:00")
    assert page.language == "de" and page.declared_language == "de"
    assert page.url == "https://www.nordstadt-anzeiger.example.de/lokales/neue-radwege-altstadt"
    assert page.site_name == "Nordstadt Anzeiger"
    body = "\n".join(page.paragraphs)
    assert page.paragraphs[0].startswith("Der Stadtrat hat am Montagabend")
    assert page.paragraphs[-1].startswith("Eine Bürgerversammlung")
    assert "Route 2 verbindet die Universität mit dem neuen Wohngebiet im Süden." in page.paragraphs
    for chrome in ("Endlich passiert etwas", "Hallenbad bleibt", "Foto: Stadtarchiv", "Impressum",
                   "Neue Radwege für die Altstadt", "Teilen"):
        assert chrome not in body, chrome


def test_markup_only_blog_metadata_and_br_paragraphs():
    page = _page("plain_blog.html", "https://hilltop.example.org/2023/02/wood-oven")
    assert page.title == "Why our village bakery still uses a wood oven"
    assert page.authors == ["Sam Reyes"]
    assert page.published is not None and page.published.date().isoformat() == "2023-02-11"
    assert page.url == "https://hilltop.example.org/2023/02/wood-oven"
    assert page.site_name is None
    assert page.language == "en"
    assert len(page.paragraphs) == 3, "text split by <br><br> keeps its paragraph boundaries"
    assert page.paragraphs[0].startswith("Every morning at four")
    assert not any("blogroll" in p or "River Walks" in p or "Tags:" in p for p in page.paragraphs)


def _manifest() -> list[dict]:
    path = EXAMPLES / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


@pytest.mark.parametrize("entry", _manifest(), ids=lambda e: e["file"])
def test_example_pages_metadata(entry):
    page = extract_page((EXAMPLES / "html" / entry["file"]).read_text(encoding="utf-8"))
    assert page.title == entry["title"]
    assert page.authors == entry["authors"]
    published = page.published.isoformat() if page.published else ""
    assert published[:10] == (entry["published"] or "")[:10]
    assert page.language == entry["language"]
    assert page.url == entry["url"]
    assert page.site_name == entry["site_name"]
    assert page.paragraphs[0] == entry["first_paragraph"]


@pytest.mark.parametrize("entry", _manifest()[:12], ids=lambda e: e["file"])
def test_text_only_mode_gives_the_same_body(entry):
    html = (EXAMPLES / "html" / entry["file"]).read_text(encoding="utf-8")
    assert extract_text(html) == extract_page(html).paragraphs


def test_text_only_mode_of_an_empty_page_is_empty():
    assert extract_text("") == [] == extract_page("").paragraphs


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("By Ana Ruiz and Tom Lee", ["Ana Ruiz", "Tom Lee"]),
        ("Ana Ruiz; Tom Lee, Kim Park", ["Ana Ruiz", "Tom Lee", "Kim Park"]),
        ("https://www.facebook.com/someone", []),
        ("", []),
    ],
)
def test_split_authors(value, names):
    assert split_authors(value) == names


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<p>unclosed <b>tags <i>everywhere <table><td>cell",
        "\x00\x01\x02 binary \xff\xfe junk <<<>>> </div></div></p>",
        "<html><body>" + "<div>" * 100_000 + "<p>deep text</p>" + "</div>" * 100_000 + "</body></html>",
        "<html><body>" + "<span>" * 50_000 + "inline" + "</span>" * 50_000 + "</body></html>",
        "<script>" + "x" * 100_000,
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": [[[[</script>',
        "<body>" + "<li><a href=x>link</a></li>" * 5_000 + "</body>",
    ],
    ids=["empty", "blank", "unclosed", "binary", "deep-blocks", "deep-inline", "open-script", "bad-json-ld",
         "link-farm"],
)
def test_bad_html_never_crashes(html):
    try:
        page = extract_page(html)
    except ExtractError:
        return
    assert isinstance(page.paragraphs, list)
    article = ExtractStage().apply(Article(id="1", source="x.html", html=html))
    assert article.ok or article.error.stage == "extract"


def test_deep_nesting_keeps_its_text():
    html = "<html><body>" + "<div>" * 100_000 + "<p>" + "Deep but real sentence. " * 10 + "</p>"
    page = extract_page(html + "</div>" * 100_000 + "</body></html>")
    assert any("Deep but real sentence." in p for p in page.paragraphs)


def test_huge_page_is_extracted():
    para = "<p>" + "The council met again to discuss the annual budget and the new school. " * 4 + "</p>"
    page = extract_page("<html><body><article>" + para * 5_000 + "</article></body></html>")
    assert len(page.paragraphs) == 5_000


def test_short_post_is_not_outweighed_by_its_comment_thread():
    """One long comment is longer than the post: the post is still the article, the comments not."""
    page = _page("short_post_long_comments.html")
    starts = [p[:30] for p in page.paragraphs]
    assert starts == ["Every season we open a thread ", "Leave your picks below; we wil"]

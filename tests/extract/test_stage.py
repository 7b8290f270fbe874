from datetime import datetime

from copydesk.article import Article
from copydesk.extract import ExtractStage, extract_page
from copydesk.extract.meta import detect_language, parse_date, registered_domain


def test_extract_page_fields(harbour_html):
    page = extract_page(harbour_html)
    assert page.title == "Harbour authority approves new ferry terminal"
    assert page.authors == ["Maria Okafor"]
    assert page.published is not None and page.published.date().isoformat() == "2025-03-14"
    assert page.language == "en"
    assert page.url == "https://www.lakeside-courier.example.com/local/2025/03/14/ferry-terminal"
    body = "\n".join(page.paragraphs)
    assert body.count("\n") >= 5, "paragraph boundaries are kept"
    assert "harbour authority voted on Thursday" in body
    assert "ticket prices would not rise" in body
    assert "We use cookies" not in body
    assert "Lighthouse restoration finished" not in body


def test_stage_fills_site_from_canonical_url(harbour_html):
    article = ExtractStage().apply(Article(id="1", source="h.html", html=harbour_html))
    assert article.ok, article.error
    assert article.site == "example.com"
    assert article.html is None
    assert "\n\n" in article.text


def test_page_without_article_gives_error_record():
    article = ExtractStage().apply(
        Article(id="1", source="e.html", html="<html><body><nav>Home</nav></body></html>")
    )
    assert article.error is not None and article.error.stage == "extract"


def test_text_input_is_split_into_paragraphs():
    article = ExtractStage().apply(
        Article(id="1", source="t.txt", raw_text="First paragraph of the story.\n\n"
                "Second   paragraph, with   spaces.\nThird one.")
    )
    assert article.paragraphs == ["First paragraph of the story.",
                                  "Second paragraph, with spaces.", "Third one."]


def test_deep_nesting_does_not_crash():
    html = "<html><body>" + "<div>" * 20000 + "<p>deep text</p>" + "</div>" * 20000 + "</body></html>"
    article = ExtractStage().apply(Article(id="1", source="d.html", html=html))
    assert article.ok or article.error.stage == "extract"


def test_meta_helpers():
    assert parse_date("2025-03-14T09:30:00Z") == datetime.fromisoformat("2025-03-14T09:30:00+00:00")
    assert parse_date("yesterday") is None
    assert registered_domain("https://news.example.co.uk/a/b") == "example.co.uk"
    assert registered_domain(None) is None
    assert detect_language("Die Bundesregierung hat am Mittwoch neue Regeln für die "
                           "Energieversorgung beschlossen.") == "de"
    assert detect_language("Too short") is None

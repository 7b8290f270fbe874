import pytest

from copydesk.article import REASONS, Article
from copydesk.clean import CleanStage, clean_lines
from copydesk.clean.rules import rule_reason

ARTICLE = [
    "The defence minister arrived in the capital on Monday for two days of talks.",
    "Advertisement",
    "Officials said the visit would focus on joint exercises and arms purchases.",
    "Read more: Flood warnings issued for three northern counties",
    "“Relations have reached a new high,” the minister told reporters.",
    "Sign up for our morning newsletter and get the news in your inbox.",
    "One year on, and it's getting worse",
    "The two sides are expected to sign a memorandum on Tuesday.",
    "One year on, and it's getting worse",
    "Photo: Anna Lind/Northgate Images",
]


def test_junk_lines_are_removed_with_reasons_and_indexes():
    result = clean_lines(ARTICLE, title="Defence minister begins two days of talks")
    removed = {r.index: r.reason for r in result.removed}
    assert {1: "ad", 3: "related", 5: "newsletter", 9: "credit"}.items() <= removed.items()
    assert removed.get(6) == removed.get(8) == "repeated"
    assert all(r.reason in REASONS for r in result.removed)
    assert result.kept == [ARTICLE[i] for i in (0, 2, 4, 7)]


@pytest.mark.parametrize(
    "line",
    [
        "Background",
        "What happens next?",
        "• Turnout was 64 per cent, up from 58 per cent in 2021.",
        "“We will not give up,” she said.",
        "The advertisement, which ran on three channels, said: “Chip in today.”",
        "Subscribers to the service will pay 4 euros more a month from June.",
        "Cookies and cakes were sold at the fair to raise money for the school.",
        "We use cookies, the banner said, but it did not say how many trackers were loaded.",
        "Subscribe or lose it.",
    ],
)
def test_article_lines_that_look_like_junk_are_kept(line):
    assert rule_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "ad"),
        ("Patriot Action Fund Sponsored", "sponsored"),
        ("Paid for by Friends of Jane Doe", "sponsored"),
        ("Related: Ministers meet in Brussels", "related"),
        ("Follow us on Instagram", "social"),
        ("Newsletter abonnieren und nichts verpassen", "newsletter"),
        ("Suscríbete a nuestro boletín", "newsletter"),
        ("By Jane Smith and Omar Haddad", "byline"),
        ("Updated: March 14, 2025 at 9:30 a.m. EST", "dateline"),
        ("You have 2 free articles left this month. Subscribe for unlimited access.", "paywall"),
        ("We use cookies to personalise content. Accept all or manage settings.", "cookie"),
    ],
)
def test_rule_reasons(line, reason):
    assert rule_reason(line) == reason


def test_stage_rewrites_text_and_keeps_order():
    article = Article(id="1", source="s", title="Talks", text="\n\n".join(ARTICLE))
    out = CleanStage().apply(article)
    assert out.ok
    assert out.paragraphs == [p for p in ARTICLE if p in out.paragraphs]
    assert len(out.paragraphs) + len(out.removed) == len(ARTICLE)


def test_title_line_is_removed_as_repeat_of_the_title():
    lines = ["Talks in the capital", "The minister arrived on Monday for two days of talks with officials.",
             "Officials said the visit would focus on joint exercises and arms purchases."]
    result = clean_lines(lines, title="Talks in the capital")
    assert [(r.index, r.reason) for r in result.removed] == [(0, "repeated")]


def test_byline_and_dateline_fill_empty_metadata():
    lines = ["By Jane Smith and Omar Haddad", "Updated: March 14, 2025 at 9:30 a.m. EST", *ARTICLE]
    out = CleanStage().apply(Article(id="1", source="s", text="\n\n".join(lines)))
    assert out.authors == ["Jane Smith", "Omar Haddad"]
    assert out.published is not None and (out.published.year, out.published.month, out.published.day) == (
        2025, 3, 14)
    assert {r.reason for r in out.removed if r.index < 2} == {"byline", "dateline"}


def test_existing_metadata_is_not_overwritten():
    article = Article(id="1", source="s", authors=["Desk"], text="By Jane Smith\n\n" + "\n\n".join(ARTICLE))
    assert CleanStage().apply(article).authors == ["Desk"]

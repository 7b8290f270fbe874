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
    result = clean_lines(ARTICLE)
    removed = {r.index: r.reason for r in result.removed}
    assert removed == {1: "ad", 3: "related", 5: "newsletter", 6: "repeated", 8: "repeated",
                       9: "credit"}
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
    assert out.paragraphs == [ARTICLE[i] for i in (0, 2, 4, 7)]
    assert len(out.paragraphs) + len(out.removed) == len(ARTICLE)


def test_title_line_is_removed():
    result = clean_lines(["Talks in the capital", "Body text of the story goes here."],
                         title="Talks in the capital")
    assert [r.index for r in result.removed] == [0]

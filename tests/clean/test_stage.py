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


@pytest.mark.parametrize("title", ["Opinion | Harbour board approves dredging plan",
                                   "Harbour board approves dredging plan – Coastal Weekly",
                                   "Harbour board approves dredging plan | Local news | Coastal Weekly"])
def test_headline_without_the_titles_labels_is_a_repeat(title):
    lines = ["Harbour board approves dredging plan",
             "The harbour board voted on Thursday to dredge the northern channel after two winters.",
             "Coastal Weekly",
             "Board chair Dennis Ruiz said the work would begin in March and take about six weeks."]
    result = clean_lines(lines, title=title)
    assert (0, "repeated") in [(r.index, r.reason) for r in result.removed]
    assert lines[1] in result.kept and lines[3] in result.kept


def test_title_parts_need_four_words():
    from copydesk.clean.features import title_parts

    parts = title_parts("Opinion | Is football violence a crime? - The Daily Record")
    assert "is football violence a crime" in parts
    assert "opinion" not in parts and "the daily record" not in parts
    assert title_parts("One headline without labels") == frozenset()


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


ISSUE_EXAMPLE = [
    "The ministry published a video showing the minister being saluted by soldiers.",
    "One year on, and it's getting worse",
    "Do you agree with the billionaire?",
    "Even he wants to know why Washington keeps sending our money abroad! I'm tired of it. If you're "
    "ready for someone who puts you first, chip in today and help me win!",
    "One year on, and it's getting worse",
    "Patriot Action Fund Sponsored",
    "In a meeting with his counterpart, the defence minister called for closer ties.",
]


def test_issue_example_keeps_only_the_two_news_sentences():
    result = clean_lines(ISSUE_EXAMPLE, title="Defence minister visits troops on the border")
    assert result.kept == [ISSUE_EXAMPLE[0], ISSUE_EXAMPLE[6]]
    reasons = {r.index: r.reason for r in result.removed}
    assert reasons[1] == reasons[4] == "repeated"
    assert reasons[3] == "ad" and reasons[5] == "sponsored"


def test_fact_box_of_short_unpunctuated_lines_is_kept():
    lines = [
        "The finance minister delivered her first budget on Wednesday, setting out these main measures.",
        "Tax",
        "Income tax thresholds frozen until 2029",
        "Fuel duty frozen for another year",
        "Spending",
        "Health: extra 2.1 billion for regional hospitals",
        "Schools: free lunches in every primary school",
        "Childcare support for three-year-olds from September",
        "The budget office said the measures would leave borrowing broadly unchanged over five years.",
    ]
    assert clean_lines(lines, title="Budget at a glance: the main measures").removed == []


def test_recurring_instructions_of_a_how_to_page_are_not_repeats():
    steps = ["Warm-up", "Walk briskly for ten minutes", "Stretch", "Hold each stretch for thirty seconds"]
    lines = ["The plan below repeats the same warm-up before each of the four weekly sessions."]
    lines += steps * 4
    result = clean_lines(lines, title="A four-week walking plan for beginners")
    assert not [r for r in result.removed if r.reason == "repeated"]


def test_numbered_list_items_inside_the_article_are_kept():
    lines = [
        "These are the ten best-selling board games of the year according to the trade association.",
        "1) Harbour Lights, a cooperative game for two to five players",
        "2) Salt Roads (second edition)",
        "3) Beekeepers of Alder Vale",
        "4) The Long Winter: Card Game",
        "Sales of board games rose by eight per cent compared with the previous year, the association said.",
    ]
    assert clean_lines(lines, title="Board game sales rise again").removed == []


def test_caption_beside_a_photo_credit_is_removed_but_a_short_sentence_elsewhere_is_kept():
    lines = [
        "The harbour authority approved the new ferry terminal after a four-hour meeting on Thursday night.",
        "Fishing boats in the old harbour at dawn.",
        "Photo: Ruth Albers/Harbour Images",
        "Construction is due to start in the spring and should take about two years to complete.",
        "Crowds gather on the quay most weekends.",
        "The council estimates the terminal will bring 300 jobs to the area over the next decade.",
    ]
    result = clean_lines(lines, title="Harbour authority approves new ferry terminal")
    reasons = {r.index: r.reason for r in result.removed}
    assert reasons == {1: "caption", 2: "credit"}


FERRY_PROSE = [
    "The harbour board approved a new timetable for the island ferries on Tuesday after long complaints.",
    "Crossings will run every forty minutes in summer, up from once an hour, the board's chair said.",
    "Skippers had warned that the older boats could not keep up with the faster schedule.",
    "The board said two larger vessels would join the fleet by the end of next year.",
]


@pytest.mark.parametrize(
    "ad",
    [
        "Harbour residents are switching to this $0-down solar plan. Check if your home qualifies.",
        "Doctors hate this: a simple trick for deeper sleep. Watch the \"banned\" video now.",
        "Friend, if we don't hit our goal by midnight, they win this seat. Will you stand with me?",
        "Friend, the other side is pouring money into this race and we're being outspent three to one. If we "
        "don't hit our goal by midnight, we could lose the seat we won by 400 votes. Will you rush $5 now?",
        "Trade shares with zero commission. Capital at risk. T&Cs apply.",
        "Odds on the harbour regatta: Albers 3/1, Holt 5/1. Bet now at Tidebet. 18+ | Gamble responsibly.",
        "CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage.",
        "Win a weekend on the islands! No purchase necessary. Text FERRY to 55941 to enter.",
        "I'm running because Harbour families deserve better than this board. Are you with me?",
    ],
)
def test_advert_phrases_between_paragraphs_are_ads(ad):
    lines = [*FERRY_PROSE[:2], ad, *FERRY_PROSE[2:]]
    result = clean_lines(lines, title="Ferries to run more often")
    assert {r.index: r.reason for r in result.removed} == {2: "ad"}


def test_an_article_quoting_an_advert_keeps_the_quote():
    quoted = ("One mailer read: “Friend, if we don't hit our goal by midnight, the other side wins this "
              "seat. Chip in $10 now and help me win!”")
    lines = [*FERRY_PROSE[:2], quoted, *FERRY_PROSE[2:]]
    assert clean_lines(lines, title="Ferries to run more often").removed == []


def test_an_article_reporting_an_advert_warning_keeps_it():
    reported = ("The regulator said the station's closing line, “No purchase necessary”, did not make the "
                "draw lawful.")
    lines = [*FERRY_PROSE[:2], reported, *FERRY_PROSE[2:]]
    assert clean_lines(lines, title="Ferries to run more often").removed == []


def test_a_teaser_repeated_around_the_prose_is_removed_but_short_repeats_are_kept():
    teaser = "One year on, and the ferries still run late"
    lines = [*FERRY_PROSE[:2], teaser, FERRY_PROSE[2], teaser, *FERRY_PROSE[3:]]
    removed = {r.index: r.reason for r in clean_lines(lines, title="Ferries to run more often").removed}
    assert removed == {2: "repeated", 4: "repeated"}
    letters = ["Sir,", "The ferry timetable change is a disgrace to the islands and their people.",
               "Yours, etc,", "Sir,", "The new boats are a welcome sign that the board listens at last.",
               "Yours, etc,"]
    assert clean_lines(letters, title="Letters").removed == []


def test_the_prices_of_a_deals_page_are_its_content():
    deals = [f"{item} for ${price}.99 (was ${price + 20})" for item, price in
             (("Tidewater rain jacket", 49), ("Harbour deck shoes", 39), ("Quay thermos, 1 litre", 19),
              ("Island ferry pass, ten trips", 89), ("Dockside lantern", 29), ("Sailor's knife", 25),
              ("Buoy-shaped speaker", 45))]
    lines = ["The best ferry-season deals we found this week", *deals, "Prices were checked on Monday."]
    from copydesk.clean.features import build_page, deal_lines

    page = build_page(lines, "Ferry-season deals", 12)
    assert deal_lines(page) == set(range(1, 8))
    kept = clean_lines(lines, title="Ferry-season deals").kept
    assert all(line in kept for line in deals)


def test_a_price_box_on_a_news_page_is_no_deals_page():
    lines = [*FERRY_PROSE[:2], "$99.99 at Harbourmart", *FERRY_PROSE[2:]]
    from copydesk.clean.features import build_page, deal_lines

    assert deal_lines(build_page(lines, "Ferries to run more often", 12)) == set()


def test_a_pull_quote_broken_by_its_attribution_in_the_prose_is_a_repeat():
    lines = [
        "The harbour board approved a new timetable for the island ferries on Tuesday.",
        "“We listened to the islanders for a year,” the chair, Ruth Albers, said. “Now the boats will "
        "come when people need them, not when it suits us.”",
        "“We listened to the islanders for a year. Now the boats will come when people need them”",
        "Skippers had warned that the older boats could not keep up with the faster schedule.",
        "“We will need more crew before the summer,” one skipper said.",
    ]
    result = clean_lines(lines, title="Ferries to run more often")
    assert {r.index: r.reason for r in result.removed} == {2: "repeated"}


def test_the_last_sentence_before_a_copyright_footer_is_not_a_caption():
    lines = [*FERRY_PROSE, "The cause of the delay remains under investigation.",
             "Copyright 2026 Harbour TV. All rights reserved."]
    removed = {r.index: r.reason for r in clean_lines(lines, title="Ferries to run more often").removed}
    assert 4 not in removed and removed.get(5) == "credit"


def test_a_caption_sentence_beside_a_photo_credit_is_a_caption():
    lines = [*FERRY_PROSE[:2], "Crews tie up the ferry at the north quay.",
             "Photo: Ruth Albers/Quay Pictures", *FERRY_PROSE[2:]]
    removed = {r.index: r.reason for r in clean_lines(lines, title="Ferries to run more often").removed}
    assert removed == {2: "caption", 3: "credit"}

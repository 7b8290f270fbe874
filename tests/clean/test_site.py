from copydesk.article import Article
from copydesk.clean import SiteCleanStage, SiteLineStats, clean_lines
from copydesk.clean.site import line_key
from copydesk.config import Config

PROMO = "Tap the bell for breaking alerts"


PLACES = ["Arden", "Brill", "Calder", "Dunmore", "Eske", "Farrow", "Gale", "Hollin", "Irwell", "Jura"]


def _page(n: int) -> list[str]:
    place = PLACES[n]
    return [f"The harbour authority in {place} said that work on the north berth would end within the year.",
            PROMO,
            f"Dock workers interviewed in {place} said the new cranes had cut waiting times by a third."]


def test_line_key_normalises_case_space_and_numbers():
    assert line_key("3 Comments") == line_key("  12   comments ")
    assert line_key("Comments") != line_key("Contents")


def test_site_stats_flag_only_lines_recurring_on_enough_pages():
    stats = SiteLineStats(Config(site_boilerplate_min_pages=3, site_boilerplate_min_share=0.5))
    for n in range(4):
        stats.add("harbour.example", _page(n))
    stats.add("other.example", _page(9))
    assert stats.pages("harbour.example") == 4
    assert stats.flags("harbour.example", _page(7)) == [False, True, False]
    assert stats.flags("other.example", _page(9)) == [False, False, False]
    assert stats.flags(None, _page(9)) == [False, False, False]


def test_site_stats_lower_the_bar_for_recurring_lines():
    config = Config(site_boilerplate_min_pages=3, clean_site_junk_prob=0.0)
    stats = SiteLineStats(config)
    for n in range(5):
        stats.add("harbour.example", _page(n))
    result = clean_lines(_page(1), config=config, site="harbour.example", site_stats=stats)
    assert [(r.index, r.reason) for r in result.removed] == [(1, "repeated")]


def test_two_pass_stage_keeps_one_record_per_article_in_order():
    articles = [Article(id=str(n), source="s", site="harbour.example", text="\n\n".join(_page(n)))
                for n in range(6)]
    out = list(SiteCleanStage(Config(site_boilerplate_min_pages=3, clean_site_junk_prob=0.0))(articles))
    assert [a.id for a in out] == [str(n) for n in range(6)]
    assert all(a.ok and PROMO not in a.text and len(a.paragraphs) == 2 for a in out)

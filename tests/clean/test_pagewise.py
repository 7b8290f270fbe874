from copydesk.clean import clean_lines
from copydesk.clean.pagewise import (
    company_boilerplate,
    own_links,
    page_verdicts,
    series_links,
    standfirst,
    trailing_links,
)

LEAD = ("The harbour authority said on Monday that the new breakwater would be finished by the spring, "
        "two years later than planned.")


def test_series_links_share_the_titles_label_but_not_its_headline():
    title = "Lisbon Book Fair 2024 | Poets read by the river"
    lines = ["Lisbon Book Fair 2024 | Poets read by the river", LEAD,
             "Lisboa Book Fair 2024 | Children's tent sells out",
             "Lisbon Book Fair 2024 | A night of translators", "Opening hours | 10 a.m. to 8 p.m."]
    assert series_links(lines, title) == [2, 3]
    assert series_links(lines, "Opinion | Poets read by the river") == []  # a one-word section label


def test_own_link_spells_the_title_but_other_links_do_not():
    title = "Ferry service to the islands resumes after storm"
    lines = ["https://news.example.org/local/ferry-service-islands-resumes-after-storm-123456",
             "https://example.org/weather/forecast", "www.example.org/ferry"]
    assert own_links(lines, title) == [0]


def test_company_description_closing_a_press_release_is_boilerplate():
    about = ["About Norvale",
             "Norvale is a leading provider of port logistics software for ferry operators in Europe.",
             "Norvale is headquartered in Bergen and employs 400 people.",
             "Media contact: press@norvale.example"]
    lines = [LEAD] * 6 + about
    assert company_boilerplate(lines, [None] * len(lines)) == [6, 7, 8]


def test_company_description_inside_the_story_is_kept():
    lines = [LEAD, "Norvale is a leading provider of port logistics software, and its chief executive "
             "said the delay would cost the company money.", LEAD, LEAD, LEAD, LEAD]
    assert company_boilerplate(lines, [None] * len(lines)) == []
    tail = [LEAD] * 6 + ["She is the group's chief executive.", LEAD]
    assert company_boilerplate(tail, [None] * len(tail)) == []
    last = [LEAD] * 6 + ["Norvale is a family-owned company based in Bergen."]
    assert company_boilerplate(last, [None] * len(last)) == []


def test_page_verdicts_take_the_title_repeated_as_a_sentence():
    title = "Why did the ferry fares rise so much this year?"
    lines = ["Why did the ferry fares rise so much this year?", LEAD]
    key = "why did the ferry fares rise so much this year"
    assert page_verdicts(lines, title, [None, None], [key, "x"], key) == {0: "repeated"}


def test_trailing_links_need_junk_above_them():
    marks = ["", "", "", "list", "list", "list"]
    unpunctuated = [True, True, False, False, False, False]
    assert trailing_links(marks, [False, False, True, False, False, False], unpunctuated) == [3, 4, 5]
    assert trailing_links(marks, [False] * 6, unpunctuated) == []  # a list that ends the article is its own
    two_items = ["", "", "list", "list"]
    assert trailing_links(two_items, [False, True, False, False], [False] * 4) == []


def test_trailing_sentences_are_steps_not_links():
    marks = ["", "", "", "list", "list", "list"]
    removed = [False, False, True, False, False, False]
    assert trailing_links(marks, removed, [True, True, False, True, True, False]) == []
    assert trailing_links(marks, removed, [True, True, False, True, False, False]) == [3, 4, 5]


def test_standfirst_is_the_unpunctuated_line_under_the_headline():
    lines = ["Ferry fares rise again", "Islanders say the new prices will empty the villages", LEAD]
    terminal = [False, False, True]
    assert standfirst(lines, [True, False, False], terminal) == 1
    assert standfirst(lines, [False, False, False], terminal) is None  # a four-word headline is no dek
    assert standfirst(["Ferry fares rise by 12% in 2024", LEAD], [False, False], [False, True]) is None
    assert standfirst(["What happened", LEAD], [False, False], [False, True]) is None


def test_standfirst_above_a_dateline_led_lead():
    lines = ["Islanders protest against new ferry fares.", "BERGEN, Norway – " + LEAD]
    assert standfirst(lines, [False, False], [True, True]) == 0
    for lead_line in ("SIOUX FALLS, S.D. – " + LEAD, "OSLO (Reuters) " + LEAD):
        assert standfirst(["Islanders protest.", lead_line], [False, False], [True, True]) == 0
    lead = [LEAD, "It was the third rise in two years."]
    assert standfirst(lead, [False, False], [True, True]) is None


def test_clean_lines_removes_standfirst_and_footer_links():
    lines = ["Ferry fares rise again", "Islanders say the new prices will empty the villages", LEAD,
             "Fares for cars rose by a fifth, and a return ticket for a family now costs more than a night "
             "in a hotel on the mainland.", "Sign up for our newsletter", "- Bridge plan back on the table",
             "- Storm closes harbour for a week", "- Ferry captain retires after 40 years"]
    result = clean_lines(lines, "Ferry fares rise again")
    reasons = {r.index: r.reason for r in result.removed}
    assert 1 in reasons and all(reasons[i] == "related" for i in (5, 6, 7))
    assert result.kept == lines[2:4]

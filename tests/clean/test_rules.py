import pytest

from copydesk.clean.rules import related_runs, repeated_lines, rule_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("PUBLICITÉ", "ad"),
        ("Continue reading below", "ad"),
        ("This post contains affiliate links; we may earn a commission on purchases.", "sponsored"),
        ("Most read", "related"),
        ("Lo más leído", "related"),
        ("Les plus lus", "related"),
        ("Sign up to Morning Brief for the latest headlines every weekday.", "newsletter"),
        ("Thanks for signing up!", "newsletter"),
        ("Got it!", "cookie"),
        ("Create a free account or log in to continue reading.", "paywall"),
        ("Page 2 of 4", "navigation"),
        ("Retour en haut", "navigation"),
        ("6 min read", "dateline"),
        ("Reuters", "credit"),
        ("Additional reporting by Tomas Lind", "credit"),
        ("Pictured: the harbour wall after the storm.", "caption"),
        ("Font size: A A A", "other"),
        ("Tomas Lind, Senior correspondent", "byline"),
        ("Write to Tomas Lind at tomas.lind@example.org", "byline"),
        ("Mara Quist is a science writer based in Uppsala.", "byline"),
    ],
)
def test_more_rule_reasons(line, reason):
    assert rule_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Ingredients",
        "Tax",
        "Share prices rose 3 per cent after the announcement.",
        "Readers who signed up for the scheme were promised free tickets, the council said.",
        "The page read: “Become a member to keep reading”, the court heard.",
        "",
        "x" * 5000,
    ],
)
def test_rules_leave_article_lines_alone(line):
    assert rule_reason(line) is None


def test_related_run_takes_the_headlines_under_a_related_heading():
    lines = ["The council met on Monday.", "Most read", "Bridge reopens after repairs",
             "New speed cameras go live", "The vote is due on Friday."]
    rules = [rule_reason(line) for line in lines]
    assert related_runs(lines, rules) == {2, 3}


def test_repeated_lines_are_short_and_case_insensitive():
    lines = ["Watch: the storm", "watch: THE STORM", "A long sentence " * 10, "A long sentence " * 10]
    assert repeated_lines(lines, max_words=14) == {"watch: the storm"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("First published on 11 Dec 2024", "dateline"),
        ("Actualizado: 27 de agosto de 2024", "dateline"),
        ("3 Mar 2025 | 7 min read", "dateline"),
        ("- Advertisement -", "ad"),
        ("Content continues below", "ad"),
        ("Do you agree with the senator?", "ad"),
        ("POLL: Should the town ban cars from the old square?", "ad"),
        ("I can't do this without you. Chip in $5 today and help me win this seat!", "ad"),
        ("A handout photo released by the port authority.", "caption"),
        ("4 / 12", "caption"),
        ("(Photo: Ruth Albers/Harbour Images)", "credit"),
        ("With additional reporting by Tomas Reyes.", "credit"),
        ("Further reading", "related"),
        ("MORE: Harbour tunnel reopens after repairs", "related"),
        ("Skip ad", "other"),
    ],
)
def test_round_two_rule_reasons(line, reason):
    assert rule_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "May 2021",
        "More than 300 people attended the hearing in 2023.",
        "I asked my neighbour whether you could donate blood twice a year, and she said no.",
        "“Chip in today and help me win,” the email read.",
        "Do you remember?",
        "In 2019 the plant employed 1,200 people.",
    ],
)
def test_round_two_rules_leave_article_lines_alone(line):
    assert rule_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sponsored · Larchfield Kitchens", "sponsored"),
        ("Partner content from Northmoor Bank", "sponsored"),
        ("Wir erhalten eine Provision, wenn Sie über diese Links einkaufen.", "sponsored"),
        ("Enter your email address", "newsletter"),
        ("Join 40,000 readers who get our morning briefing.", "newsletter"),
        ("Manage preferences", "cookie"),
        ("Cancel anytime.", "paywall"),
        ("Go to page 3", "navigation"),
        ("Topics: Housing, Local government", "navigation"),
        ("(Reuters)", "credit"),
        ("Contributors: Ines Marr, Tobias Hale", "credit"),
        ("— With files from Coastline Press", "credit"),
        ("→ Rail strike called off after late-night talks", "related"),
        ("Comments are closed.", "other"),
        ("This video cannot be played", "other"),
        ("HALDEN, March 4, 2025", "dateline"),
        ("Propos recueillis par Claire Vasseur", "byline"),
        ("Ingrid Holm | Transport correspondent", "byline"),
    ],
)
def test_round_four_rule_reasons(line, reason):
    assert rule_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The council voted to subscribe to the regional water scheme.",
        "Email remained the main channel for complaints, officials said.",
        "HALDEN, a town of 30,000 people, lost its last bank branch in March 2025.",
        "Tags and price labels were found in the warehouse.",
        "“We accept the ruling,” the club said.",
        "Politics is the art of the possible, she wrote.",
    ],
)
def test_round_four_rules_leave_article_lines_alone(line):
    assert rule_reason(line) is None


def test_lines_without_a_slash_get_the_same_reason_without_the_slashed_credit_pattern():
    from copydesk.clean.rules import _BANDS, _band_pattern

    lines = ["Jane Doe Getty Images", "Advertisement", "Photo: Jane Doe", "More: Ferry strike ends",
             "The operator said four crossings a day would be dropped until the month ends.",
             "Read more » Harbour cranes", "12 comments", "A" * 300, "Home › News › Ports"]
    for line in lines:
        for band in range(len(_BANDS) + 1):
            full, short = _band_pattern(band, True).match(line), _band_pattern(band, False).match(line)
            assert (full and full.lastgroup) == (short and short.lastgroup), line
    assert rule_reason("Jane Doe / Getty Images") == "credit"
    assert rule_reason("Harbour cranes at dawn | Reuters") == "credit"


def test_first_character_patterns_give_the_reason_of_the_full_pattern():
    """Alternatives left out for a line's first character (read from the regex parser) could never
    have matched it: the opening pattern and the full length-band pattern agree, whatever the
    case or script of that character."""
    from copydesk.clean.rules import _band_pattern, _opening_pattern

    lines = ["Advertisement", "ADVERTISEMENT", "advertisement", "Photo: Jane Doe",
             "Read more » Harbour cranes", "Home › News › Ports", "12 comments", "Jane Doe / Getty Images",
             "Sponsored by Harbour Bank", "Page 2 of 4", "Retour en haut", "Lo más leído",
             "Ängel Ferry timetable", "«Lesen Sie auch: Hafen»", "(Reuters)", "© 2024 Harbour Daily",
             "- Ferry strike ends", "ſponsored", "\u212aelvin scale",
             "İstanbul ferry", "日本語の広告", "The operator said four crossings a day would be dropped.",
             "Updated 2:41 am CST, Thursday, March 7, 2024", "Font size: A A A", "#ad"]
    for line in lines:
        slashed = "/" in line or "|" in line
        full = _band_pattern(0, slashed).match(line)
        opening = _opening_pattern(line[0], slashed).match(line)
        assert (opening and opening.lastgroup) == (full and full.lastgroup), line


GATED_ALTERNATIVE_LINES = [
    "Harbour Daily is not responsible for the content of external sites.",
    "   Harbour Daily is not responsible for the content of external links",
    "Harbour Daily ıs not responsible for the content of external websites.",
    "HARBOUR DAILY İS NOT RESPONSIBLE FOR THE CONTENT OF EXTERNAL SITES.",
    "The ferry operator is not responsible for delays at the port.",
    "Read more: Harbour Daily is not responsible for the content of external sites",
    "Ports ›", "Home › News › Ports", "Harbour News »", "  Harbour News »", "Ports » Ferries",
    "Ferry crews at dawn (Photo: Jane Doe)", "Cranes at dawn (file photo).", "Cranes (pictured) at dawn",
    "Cranes at dawn (Foto: Jane Doe)", "Cranes at dawn (photographs by Jane Doe)",
    "Click here for the harbour (photo: Jane Doe)", "Cranes at dawn (pıctured)",
    "BC-US--Ferry-Strike,1st Ld-Writethru", "BC-US--Ferry-Strike, 2nd Ld-Wrıtethru", "Ld-Writethru",
    "The operator said four crossings a day would be dropped.", "Advertisement", "Photo: Jane Doe",
    "Jane Doe / Getty Images", "12 comments", "A" * 300,
]


@pytest.mark.parametrize("line", GATED_ALTERNATIVE_LINES)
def test_gated_alternatives_give_the_reason_of_the_full_patterns(line):
    """Alternatives left out of the combined pattern and tried only on lines holding their literal
    pieces (case folds included): the first ungated reason in `RULES` order whose full pattern
    matches still wins."""
    from copydesk.clean.rules import _GATED, RULE_GATES, RULES, _ungated_reason

    low = line.lower()
    found = {group for group, pieces in RULE_GATES.items() if any(p in low for p in pieces)}
    expected = next((reason for reason, pattern in RULES if reason not in _GATED and pattern.match(line)),
                    None)
    assert _ungated_reason(line, found) == expected


def test_gated_alternatives_keep_their_reasons():
    assert rule_reason("Harbour Daily is not responsible for the content of external sites.") == "other"
    assert rule_reason("Harbour News »") == "navigation"
    assert rule_reason("Ferry crews at dawn (Photo: Jane Doe)") == "caption"
    assert rule_reason("Click here for the harbour (photo: Jane Doe)") == "caption"
    assert rule_reason("BC-US--Ferry-Strike,1st Ld-Writethru") == "other"
    assert rule_reason("The ferry operator is not responsible for delays at the port.") is None

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    "Should the ferry run at night? YES or NO", "Should fares rise? Cast your vote now!",
    "Should fares rise? yes/no", "Fares went up? The council said yes or no, nobody knows.",
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


#: One line or more for each leading-wildcard alternative of the gated reasons that is tried alone, on
#: lines holding its pieces; with the gate of the reason open by another word too, so that a folded
#: variant (below) still reaches the alternative.
GATED_REASON_LINES = [
    "Harbour Daily partner | Sponsored", "We were not paid; this page has affiliate links.",
    "We might earn a commission when you buy through paid links.",
    "Wir erhalten eine Provision für Käufe über diese Links.",
    "Sign up to our newsletter for the daily briefing.", "Our newsletter: subscribe today",
    "Jetzt den Newsletter abonnieren", "¡Suscríbete a nuestro boletín!", "Abonnez-vous à notre lettre",
    "Inscrivez-vous par mail", "Check your inbox to confirm your mail",
    "Thanks for signing up, see your mail",
    "Join our free newsletter today",
    "We use cookies so you can agree to the terms.", "Cookies help us: you can allow them",
    "Utilizamos cookies propias y de terceros.",
    "Our subscribers only: the free weekend edition", "You have 3 free articles left this month.",
    "Register for free to keep reading.", "Start your free trial today",
    "Réservé aux abonnés, free", "Get 12 issues for just £5, free delivery",
    "The ferry is free for members, the council said.", "Subscribe now",
    "Wir bekommen Provision für Links, partner", "You've one free article left, member",
    "Want more? Sign up for the Morning Ferry, delivered free every weekday.",
    "Jetzt abonnieren und weiterlesen: alle Artikel für 1 Euro", "Abonnez-vous et lisez la suite, free",
    "Support the Quay Gazette, an independent paper on the island. Become a member from £3 a month.",
]


def _folded(line):
    """The line, and it with each "i", "I" or "s" in turn swapped for a character that
    case-insensitive matching takes for the same letter ("ı", "İ", "ſ")."""
    yield line
    for k, char in enumerate(line):
        for fold in {"i": "ı", "I": "İ", "s": "ſ", "S": "ſ"}.get(char, ""):
            yield line[:k] + fold + line[k + 1:]


def test_gated_reason_lines_hit_every_alternative_tried_alone():
    from copydesk.clean.rules import _ALT_GATES, _GATED, _RULE_ALTS, _rx

    pieced = [alt for reason, alts in _RULE_ALTS if reason in _GATED for alt in alts if alt in _ALT_GATES]
    assert pieced
    for alt in pieced:
        assert any(_rx(alt).match(line) for line in GATED_REASON_LINES), alt


@pytest.mark.parametrize("line", GATED_REASON_LINES + GATED_ALTERNATIVE_LINES)
def test_gated_reason_alternatives_give_the_reason_of_the_full_patterns(line):
    """A gated reason's alternatives tried alone, on lines holding their own pieces (fold characters
    included) as well as the reason's gate: the first reason in `RULES` order whose full pattern
    matches, a gated one counting only when its gate is found, still wins."""
    from copydesk.clean.rules import _GATED, RULE_GATES, RULES, _shape_reason

    for variant in {*_folded(line), *_folded(line.upper())}:
        low = variant.lower()
        found = {group for group, pieces in RULE_GATES.items() if any(p in low for p in pieces)}
        expected = next((reason for reason, pattern in RULES
                         if (reason not in _GATED or f"gate:{reason}" in found) and pattern.match(variant)),
                        None)
        assert _shape_reason(variant, found, False) == expected, variant


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("First published on 11 Dec 2024", True), ("24 Feb 2023 | 5 min read", True),
        ("Updated 4:14 p.m.", True), ("Posted 12/03/2024 at 10:00", True), ("Mon 3 Mar 2025 09:41 GMT", True),
        ("4:14 p.m.", False), ("2024", False), ("In 2019 the plant employed 1,200 people.", False),
        ("Stand: 04.03.2025, 14:22 Uhr", False), ("Updated 4:14 p.m. by staff", False),
    ],
)
def test_date_only_lines(line, expected):
    from copydesk.clean.rules import _date_only

    assert _date_only(line) is expected


_DATE_PARTS = ["11", "dec", "Dec.", "a", "p.m.", "read", "x1", "İstanbul", "ſun", "ab_c", "²", "٣", "Ⅻ",
               "mon", "\u3000", "|"]
_DATE_TEXT = st.lists(st.one_of(st.sampled_from(_DATE_PARTS), st.text()), max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_DATE_TEXT)
def test_plain_words_are_tokens_no_date_line_holds(text):
    """A chunk `_date_only` rejects a line on (`_plain_word`) is one `\\w+` token of the lower-cased
    line, without a digit, and no date word: the token test would reject the line on it too."""
    from copydesk.clean.rules import _DATE_WORDS, _MERIDIEM, _WORDS, _plain_word

    low = text.lower()
    tokens = _WORDS.findall(low)
    for chunk in low.split():
        if _plain_word(chunk):
            assert chunk in tokens and _WORDS.fullmatch(chunk)
            assert chunk not in _DATE_WORDS and chunk not in _MERIDIEM and not any(map(str.isdigit, chunk))


_BYLINE_LINES = ["By Jane Doe", "BY JANE DOE", "von Jane Doe", "Por Ana Ruiz", "Par Claire Vasseur",
                 "Write to Jane Doe at jd@example.org", "Contact her at @jdoe",
                 "E-mail him at jd@example.org", "Email the reporters at jd@example.org",
                 "Reach Jane Doe on twitter at @jdoe", "Ein Beitrag von Jane Doe",
                 "Propos recueillis par Claire Vasseur", "Un artículo de Ana Ruiz",
                 "About the author: Jane Doe writes about ports"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", " ", "\t", "\u3000", " \u00a0"]), st.sampled_from(_BYLINE_LINES), st.randoms())
def test_byline_openings_hold_every_byline_match(space, line, rnd):
    """`_BYLINE_ANY` matches only lines whose first two letters (after space, lower-cased) are one of
    `_BYLINE_OPENINGS`, whatever the case of the line or its folded letters ("ı", "İ", "ſ")."""
    from copydesk.clean.rules import _BYLINE_ANY, _BYLINE_OPENINGS, _head

    swaps = {"i": "ıİI", "s": "ſS", "I": "ıİi", "S": "ſs"}
    varied = "".join(rnd.choice([char, char.swapcase(), *swaps.get(char, "")]) for char in line)
    for text in (space + line, space + varied):
        if _BYLINE_ANY.match(text):
            assert _head(text) in _BYLINE_OPENINGS, text
    assert _BYLINE_ANY.match(space + line)


@pytest.mark.parametrize("low", ["harbour cranes. getty images", "cranes at dawn. reuters \u3000",
                                 "see more\t", "the ferry left at dawn.", "", " ", "ap", "the map",
                                 "cranes (photo: ap)  "])
def test_caption_end_is_a_tail_end_after_trailing_space(low):
    from copydesk.clean.rules import _TAIL_ENDS, _caption_end

    assert _caption_end(low) == low.rstrip().endswith(_TAIL_ENDS)


def test_band_of_is_bisect_left():
    from bisect import bisect_left

    from copydesk.clean.rules import _BANDS, _band_of

    for length in range(_BANDS[-1] + 3):
        assert _band_of(length) == bisect_left(_BANDS, length)


_LONG_PARTS = ["Advertisement", "Read more: ", "Photo: Jane Doe", "© 2024 Harbour Daily", "Sponsored by ",
               "Lire aussi ", "Copyright 2024 Harbour Daily", "Additional reporting by Jane Doe", "more: ",
               "ıs", "ſ", "İ", "\u0307", "The ferry left at dawn.", " ", "\u3000", "/", "|", "Getty Images",
               "Citation: x retrieved y", "reporting by Jane Doe, editing by Tom Lee", "x" * 40]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LONG_PARTS), min_size=1, max_size=12).map("".join),
       st.integers(min_value=0, max_value=400), st.sampled_from(["", "  ", "\t"]))
def test_opening_and_band_patterns_give_the_reason_of_the_full_patterns(text, width, tail):
    """Lines that open with a character other than a space get the alternatives that can open with
    it and, when long, only those that can match a line of their length band: the first ungated
    reason in `RULES` order whose full pattern matches still wins, at every length."""
    from copydesk.clean.rules import _GATED, RULES, _ungated_reason

    for line in (text[:width] + tail, (text * 8)[:width] + tail, text + tail):
        expected = next((reason for reason, pattern in RULES
                         if reason not in _GATED and pattern.match(line)), None)
        assert _ungated_reason(line, set()) == expected, line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aBİıſ\u0307 \t\u3000,.Ǆǅ1"), max_size=30))
def test_spaces_do_not_change_whether_a_line_is_upper_case(text):
    """`_headline_or_tags` tests `isupper` and counts commas before stripping the line."""
    from copydesk.clean.rules import _headline_or_tags

    for line in (text, f"  {text}\t", f"\u3000{text}"):
        assert line.isupper() == line.strip().isupper()
        if line.count(",") < 5 and not line.isupper():
            assert _headline_or_tags(line) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["i", "i'm", "i’m", "me", "my", "you", "your", "you're", "yoü", "yo u", " ",
                                 "ı", "chip in", "$5 today", "donate"]), max_size=8).map(" ".join))
def test_every_personal_ask_holds_you(low):
    """`_personal_ask` looks for "you" before its two searches: every `_I_YOU` match holds it."""
    from copydesk.clean.rules import _I_YOU

    if _I_YOU.search(low):
        assert "you" in low


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Watch the "banned" video', False),
        ("Stop eating these 3 “healthy” foods", False),
        ('She said: "We will not move the ferry terminal."', True),
        ("“An unclosed quotation that runs to the end of the line", True),
        ("No quotation marks at all in this rather long line of text", False),
    ],
)
def test_long_quote_tells_quotations_from_scare_quotes(line, expected):
    from copydesk.clean.rules import long_quote

    assert long_quote(line) is expected

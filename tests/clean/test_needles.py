"""The page-wide literal pre-filters must never hide a line from a pattern that would match it."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from copydesk.clean.features import _clickbait, _promo_hits, promo_count, tokenize
from copydesk.clean.lexicon import CLICKBAIT_PATTERNS, PROMO_GATES, PROMO_PATTERNS
from copydesk.clean.needles import NeedleSet
from copydesk.clean.rules import page_rules, rule_reason

GROUPS = {"money": ("$", "€"), "ad": ("sponsor", "paid for"), "overlap": ("paid",)}


def test_groups_are_found_per_line_with_overlapping_pieces():
    lows = ["it costs $5", "paid for by jane", "", "nothing here", "sponsored €"]
    found = NeedleSet(GROUPS).line_groups(lows)
    assert found == [{"money"}, {"ad", "overlap"}, set(), set(), {"ad", "money"}]


def test_fallback_without_the_matcher_gives_the_same_groups():
    lows = ["it costs $5 and $6", "paid for by jane, paid", "sponsored €", "x"]
    fast = NeedleSet(GROUPS).line_groups(lows)
    slow = NeedleSet(GROUPS, use_matcher=False)
    assert slow._matcher is None
    assert slow.line_groups(lows) == fast


def test_non_ascii_text_maps_hits_to_the_right_line():
    lows = ["“quoted” — café’s", "sponsored by “us”"]
    assert NeedleSet(GROUPS).line_groups(lows) == [set(), {"ad"}]


def test_pieces_match_whole_characters_of_any_width_and_odd_text_is_scanned():
    groups = {"euro": ("€",), "cjk": ("東京",), "emoji": ("🔥",), "ad": ("sponsor",)}
    lows = ["東京で€5 🔥", "prix: 5 € — sponsor", "lone \udcff surrogate, sponsor", "ÿ€"]
    fast = NeedleSet(groups).line_groups(lows)
    assert fast == [{"cjk", "euro", "emoji"}, {"euro", "ad"}, {"ad"}, {"euro"}]
    assert NeedleSet(groups, use_matcher=False).line_groups(lows) == fast


LINES = [
    "Advertisement", "Sponsored by Acme Insurance", "Sign up for our newsletter to get alerts in your inbox.",
    "We use cookies to improve your experience. Accept all or manage settings.",
    "Subscribe now to continue reading.", "I'm asking you to chip in $5 today!", "By Jane Smith",
    "Mara Quist is a science writer based in Uppsala.", "Updated: March 14, 2025 at 9:30 a.m.",
    "The minister said the affiliate programme had been paid for by the state.",
    "Cookies and cakes were sold at the fair.", "Photo: Anna Lind/Northgate Images", "Most read",
    "A long sentence about harbour cranes " * 12,
]


def test_page_rules_agree_with_rule_reason_line_by_line():
    assert page_rules(LINES) == [rule_reason(line) for line in LINES]


def test_ungated_rules_keep_the_order_of_reasons():
    # "Read more" is both a related heading and shorter than every wide pattern: order decides
    assert rule_reason("Read more") == "related"
    assert rule_reason("Share") == "social"
    assert rule_reason("Search") == "navigation"


PROMO_EXAMPLES = [
    "You won't believe this simple trick!! Order now, 50% off", "Here's why it works: free shipping today",
    "Hurry, last chance: rooms from €89 a night", "Angebote jetzt buchen", "POLL: do you agree?",
    "Don’t miss out on the best-selling half-price deal", "Chip in $5 — I'm your candidate",
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PROMO_EXAMPLES), st.sampled_from(PROMO_EXAMPLES), st.text(max_size=20))
def test_gated_promo_count_equals_the_full_pattern(a, b, noise):
    line = f"{a} {noise} {b}"
    full = len(re.compile("|".join(PROMO_PATTERNS), re.I).findall(line))
    active = tuple(k for k, gates in enumerate(PROMO_GATES) if any(g in line.lower() for g in gates))
    assert (_promo_hits(line, active) if active else 0) == full
    assert promo_count(line, tokenize(line)) in (0, full)  # 0 only when no hint word or character


def test_gated_clickbait_equals_the_full_pattern():
    full = re.compile("|".join(CLICKBAIT_PATTERNS), re.I)
    for line in ["Nobody expected what happened then the lights went out", "The secret life of cranes",
                 "Why rates rose", "Harbour cranes cut waiting times", "She reveals the plan 🔴",
                 "LIVE: results", "What you need to know about the vote"]:
        assert _clickbait(line) == (full.search(line) is not None), line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé’“”—–…\xa0«»•·„_-.,'3 \t非こ한"), max_size=60))
def test_tokenize_equals_the_word_pattern(text):
    cjk = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    word = re.compile(rf"[{cjk}]|[^\W{cjk}]+")
    assert tokenize(text) == word.findall(text.lower())


AD_PHRASE_EXAMPLES = [
    "Apply now", "Check if your home qualifies", "Try it 60 days risk-free", "0% APR for a year",
    "Doctors hate this", "One trick to sleep", "Before it's taken down", "Thousands of drivers are switching",
    "See how much you could save", "Get a free quote", "Claim your free kit", "Get your first 3 months free",
    "If we don't hit our goal", "by midnight", "We're being outspent", "Friend, listen", "T&Cs apply",
    "Capital at risk", "New customers only", "BeGambleAware", "I'm running for", "Are you with me",
    "sign my petition", "every dollar counts", "I need your help",
]
AD_WARNING_EXAMPLES = [
    "Gamble responsibly", "Gambling problem?", "18+ | T&Cs", "When the fun stops", "CFDs are complex",
    "Past performance is not a guarantee", "member FINRA", "No purchase necessary", "Text WIN to 55941",
    "be caller 9", "crypto assets are highly volatile",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(AD_PHRASE_EXAMPLES), st.sampled_from(AD_PHRASE_EXAMPLES), st.text(max_size=20))
def test_ad_phrase_count_found_through_the_page_needles_equals_the_full_search(a, b, noise):
    """Each family is searched only on lines whose needle groups hold one of its pieces: the count must
    equal searching every family on every line."""
    from copydesk.clean.features import _NEEDLES, ad_phrase_count
    from copydesk.clean.lexicon import AD_PHRASES

    low = f"{a} {noise} {b}".lower()
    full = sum(len(re.compile(pattern, re.I).findall(low)) for pattern, _ in AD_PHRASES)
    assert ad_phrase_count(low, _NEEDLES.line_groups([low])[0]) == full


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(AD_WARNING_EXAMPLES), st.sampled_from(AD_WARNING_EXAMPLES), st.text(max_size=20))
def test_ad_warning_count_found_through_the_page_needles_equals_the_full_search(a, b, noise):
    from copydesk.clean.features import _AD_WARNINGS, _NEEDLES, ad_phrase_count
    from copydesk.clean.lexicon import AD_WARNINGS

    low = f"{a} {noise} {b}".lower()
    full = sum(len(re.compile(pattern, re.I).findall(low)) for pattern, _ in AD_WARNINGS)
    assert full > 0
    assert ad_phrase_count(low, _NEEDLES.line_groups([low])[0], _AD_WARNINGS) == full


POSITION_BITS = [*"lefrightcntrowbakpm ,()", "left", "right", "centre", "center", "second ", "far ", " row",
                 "front", "back", "rear", "top", "bottom"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POSITION_BITS), max_size=16).map("".join))
@example("Ruth Albers, second left, at the quay")
@example("The crew (far right) on deck")
def test_every_position_note_holds_one_of_its_needle_pieces(text):
    """`_position` searches `_POSITION` only on lines holding a `_POSITION_PIECES` piece: every match must
    hold one, whatever the case."""
    from copydesk.clean.features import _POSITION, _POSITION_PIECES

    for line in (text, text.upper(), text.title()):
        if _POSITION.search(line):
            assert any(piece in line.lower() for piece in _POSITION_PIECES), line

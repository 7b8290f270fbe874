import re

from copydesk.extract.features import count_digits


def test_count_digits_matches_the_unicode_digit_class():
    samples = [
        "", "no digits", "Budget: 1,500 in 2024", "x" * 300 + "9",
        "٣ أيام و 12 ساعة",  # Arabic-Indic digit
        "Ärger über 12 Mio.",
        "１２３ full width",
    ]
    for text in samples:
        assert count_digits(text) == len(re.findall(r"\d", text)), text

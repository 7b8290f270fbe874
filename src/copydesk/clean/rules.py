"""Shape rules for junk lines: each pattern names the removal reason it stands for.

Patterns are anchored on the whole line and kept deliberately narrow: a missed ad costs less
than a lost article line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_F = re.IGNORECASE | re.UNICODE


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(alternatives) + r")\s*$", _F)


RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ad", _rx(r"advertisement", r"advertising", r"ad", r"anzeige", r"publicidad", r"publicité",
               r"story continues (?:below|after) (?:this )?(?:ad|advertisement)",
               r"article continues (?:below|after) (?:this )?(?:ad|advertisement)")),
    ("sponsored", _rx(r".{0,60}\b(?:sponsored|promoted|paid content|partner content)",
                      r"(?:sponsored|paid) (?:by|content)\b.{0,80}",
                      r"paid for by\b.{0,120}", r"gesponsert.{0,60}", r"patrocinado.{0,60}")),
    ("related", _rx(r"(?:read more|related|see also|more on this|recommended(?: for you)?"
                    r"|you may also like|more from \w+|also read|read next|watch)\s*[:|»›>-].{0,200}",
                    r"related (?:stories|articles|coverage|content)", r"recommended for you",
                    r"more stories", r"mehr zum thema.{0,100}", r"lea también.{0,150}",
                    r"lire aussi.{0,150}", r"à lire aussi.{0,150}")),
    ("newsletter", _rx(r".{0,80}\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b.{0,120}",
                       r".{0,40}\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox)\b.{0,80}",
                       r".{0,60}\bnewsletter\s+(?:abonnieren|anmelden).{0,80}",
                       r".{0,60}suscr[íi]bete.{0,100}", r".{0,60}abonnez-vous.{0,100}",
                       r".{0,60}inscrivez-vous.{0,100}", r"get (?:our|the) .{0,40} in your inbox.{0,60}")),
    ("social", _rx(r"(?:share|follow us|like us)\b.{0,20}\b(?:on )?(?:facebook|twitter|x|"
                   r"instagram|linkedin|whatsapp|tiktok|threads|bluesky|email).{0,80}",
                   r"share (?:this|the) (?:article|story|post)\b.{0,40}",
                   r"(?:facebook|twitter|linkedin|whatsapp|email|print|copy link)(?:\s*[|/,·]?\s*"
                   r"(?:facebook|twitter|linkedin|whatsapp|email|print|copy link|x))+",
                   r"folgen sie uns.{0,80}", r"síguenos.{0,80}", r"suivez-nous.{0,80}")),
    ("credit", _rx(r"(?:photo|image|picture|video|graphic|illustration|foto|bild)s?"
                   r"(?: credit)?\s*[:/©].{0,80}",
                   r"©.{0,80}", r"(?:credit|source)s?\s*:.{0,60}",
                   r"[\w .'-]{2,60}\s*/\s*(?:getty images|ap|afp|reuters|epa|shutterstock)"
                   r"(?:\s+via\s+[\w ]+)?")),
    ("cookie", _rx(r".{0,120}\b(?:cookies?)\b.{0,200}\b(?:accept|consent|privacy|agree|settings)\b.{0,120}",
                   r".{0,80}\b(?:wir verwenden cookies|utilizamos cookies|nous utilisons des cookies)"
                   r"\b.{0,200}")),
    ("paywall", _rx(r".{0,80}\b(?:subscribe|subscription|subscribers?)\b.{0,60}"
                    r"\b(?:to (?:continue|keep) reading|unlimited access|only|exclusive)\b.{0,100}",
                    r".{0,60}\b(?:you have|you've) (?:\d+|one|two|three) free (?:articles?|stories)\b.{0,80}",
                    r"already a subscriber\?.{0,60}", r"log in to (?:continue|read).{0,60}",
                    r"this (?:article|content) is (?:for|only available to) subscribers.{0,60}")),
    ("navigation", _rx(r"(?:home|news|world|politics|business|sport|sports|opinion)"
                       r"(?:\s*[>|»/›]\s*[\w &-]{1,30}){1,6}",
                       r"(?:skip to (?:main )?content|back to top|next article|previous article)",
                       r"(?:advertise with us|contact us|privacy policy|terms of (?:use|service))"
                       r"(?:\s*[|·•]\s*[\w &-]{1,30})*")),
    ("other", _rx(r"(?:comments?|leave a comment|join the conversation|show comments)"
                  r"(?:\s*\(\d+\))?", r"\d+\s+comments?",
                  r"(?:click|tap) here\b.{0,80}", r"download (?:our|the) app\b.{0,80}")),
)

#: Every reason a shape rule can give, in a fixed order (the model's one-hot rule signals).
RULE_REASONS: tuple[str, ...] = (*(reason for reason, _ in RULES), "byline", "dateline")

_BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
                     r"(?:\s*(?:,|and|&|y|und|et)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
                     r"(?:\s*[,|·-]\s*.{0,40})?\s*$")
_DATELINE = re.compile(r"^\s*(?:published|updated|posted|last updated)?\s*:?\s*"
                       r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                       r"(?:\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
                       r"\d{4}-\d{2}-\d{2})(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                       r"(?:\s*[A-Z]{2,4})?)?\s*$", _F)


def rule_reason(line: str) -> str | None:
    """The reason a line is junk by shape alone, or None."""
    if len(line) > 400:
        return None
    for reason, pattern in RULES:
        if pattern.match(line):
            return reason
    if _BYLINE.match(line):
        return "byline"
    if _DATELINE.match(line):
        return "dateline"
    return None


def repeated_lines(lines: Iterable[str], max_words: int) -> set[str]:
    """Short lines that occur more than once in one article (repeated teasers, labels)."""
    seen: dict[str, int] = {}
    for line in lines:
        key = line.strip().casefold()
        if key and len(key.split()) <= max_words:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}

"""Page-structure rules: junk told by where a line sits and what the title says, not by its shape.

- A line headed with the title's series label ("Milan Design Week 2018 | …") but another headline is
  a link to another story of the series.
- A bare link whose address spells the title is the page's own share link.
- The company description that closes a press release ("Acme is a global provider of …",
  "Acme is headquartered in …") is boilerplate, not news.
- The title repeated word for word is the headline even when it reads as a sentence.

Two more need the model's verdicts first (`clean.stage` runs them last): the list of links that
ends the page below removed junk (`trailing_links`) and the standfirst under the removed headline
(`standfirst`).
"""

from __future__ import annotations

import re

#: Where a title's series or section label ends ("Label | Headline").
_LABEL_END = re.compile(r"\s[|–—]\s")
#: Fewest words of a series label; a one-word section ("Opinion | …") labels every story of a site.
_LABEL_WORDS = 2
_WORD = re.compile(r"\w+")
_BARE_LINK = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
#: Fewest words of a link's path that must be title words for it to be the page's own address.
_LINK_TITLE_WORDS = 3
_COMPANY = re.compile(
    r"^\s*(?!(?:He|She|It|They|This|That|These|Those|We|I|There|Who|Which)\b)"
    r"(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?:,? (?:Inc|Ltd|LLC|AG|SA|plc)\.?"
    r"| \([A-Z]+: ?[A-Z.]+\))?,? (?:is|are) (?:a|an|the)\b(?: [\w-]+){0,6}? (?:provider|company|leader"
    r"|manufacturer|developer|supplier|maker|firm|group|platform|organi[sz]ation|network|agency|operator"
    r"|producer|specialist|pioneer|distributor|publisher|retailer|insurer)s?\b")
#: Fewest words of a title whose word-for-word repeat is taken here, before the model: a short title
#: ("Ferry fares") may also be a subheading of the story, which the model and its context decide.
_TITLE_WORDS = 4
#: A press release's boilerplate starts in the last part of the page (share of lines before it).
_BOILERPLATE_FROM = 0.6
#: Lines after the company description may be contacts or links of up to this many words.
_TAIL_WORDS = 8


def page_verdicts(lines: list[str], title: str | None, rules: list[str | None], word_lines: list[str],
                  title_key: str) -> dict[int, str]:
    """Reasons, by line number, for the lines these page rules take (none a shape rule took)."""
    found: dict[int, str] = {}
    if title:
        found.update(dict.fromkeys(series_links(lines, title), "related"))
        found.update(dict.fromkeys(own_links(lines, title), "other"))
        if len(title_key.split()) >= _TITLE_WORDS:
            found.update({i: "repeated" for i, words in enumerate(word_lines) if words == title_key})
    found.update(dict.fromkeys(company_boilerplate(lines, rules), "other"))
    return {i: reason for i, reason in found.items() if rules[i] is None}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def series_links(lines: list[str], title: str) -> list[int]:
    """Lines "Label | Other headline" whose label is the title's (one word may differ: "Milan" /
    "Milano") and whose headline is not the title's."""
    label = _LABEL_END.search(title)
    if label is None:
        return []
    want = _words(title[:label.start()])
    if len(want) < _LABEL_WORDS:
        return []
    folded = title.casefold()
    out = []
    for i, line in enumerate(lines):
        # every match holds one of the three marks: most lines are passed over without the regex
        end = _LABEL_END.search(line) if "|" in line or "–" in line or "—" in line else None
        if end is None:
            continue
        got = _words(line[:end.start()])
        same = len(got) == len(want) and sum(a == b for a, b in zip(got, want, strict=True)) >= len(want) - 1
        if same and line[end.end():].strip().casefold() not in folded:
            out.append(i)
    return out


def own_links(lines: list[str], title: str) -> list[int]:
    """Bare links whose path holds `_LINK_TITLE_WORDS` or more of the title's words."""
    title_words: set[str] | None = None  # most pages have no bare link: the title is split on the first
    out = []
    for i, line in enumerate(lines):
        if _BARE_LINK.match(line):
            if title_words is None:
                title_words = {w for w in _words(title) if len(w) > 2}
            path = {w for w in _words(line.strip().split("/", 3)[-1].replace("_", " ")) if len(w) > 2}
            if len(path & title_words) >= _LINK_TITLE_WORDS:
                out.append(i)
    return out


def company_boilerplate(lines: list[str], rules: list[str | None]) -> list[int]:
    """The closing "About the company" block of a press release: a description of a company, in the
    last part of the page, followed only by more lines about it, shape-rule junk or short contact
    lines. It needs an "About <Company>" heading just above (which goes with it) or a second line
    about the company: a single closing sentence on a company may be the story's own."""
    start = int(len(lines) * _BOILERPLATE_FROM)
    for i in range(start, len(lines)):
        line = lines[i]
        # " is " or " are " is in every match: most lines are passed over without the regex
        found = _COMPANY.match(line) if " is " in line or " are " in line else None
        if found is None:
            continue
        name = found.group("name")
        tail = range(i + 1, len(lines))
        if all(lines[j].lstrip().startswith(name) or rules[j] is not None
               or len(lines[j].split()) <= _TAIL_WORDS for j in tail):
            block = [i, *(j for j in tail if lines[j].lstrip().startswith(name))]
            heading = i - 1 >= 0 and lines[i - 1].strip().casefold() == f"about {name}".casefold()
            if heading:
                return [i - 1, *block]
            return block if len(block) > 1 else []  # one closing line about a company may be news
    return []


#: Fewest items of a list of links to other stories at the foot of a page.
_TAIL_ITEMS = 3


def trailing_links(marks: list[str], removed: list[bool], terminal: list[bool]) -> list[int]:
    """The list that ends the page right below removed junk (a newsletter box, share buttons): links
    to other stories. `marks` are the lines' list markers ("list" for a bullet or number), `removed`
    the verdicts so far, `terminal` whether a line ends a sentence. Junk lines inside the list do not
    break it; an article line does. Items that are mostly sentences are steps or points of the story,
    not headlines."""
    n = len(marks)
    start = n
    while start > 0 and (marks[start - 1] == "list" or removed[start - 1]):
        start -= 1
    items = [i for i in range(start, n) if marks[i] == "list" and not removed[i]]
    if sum(marks[i] == "list" for i in range(start, n)) < _TAIL_ITEMS or not items:
        return []
    if 2 * sum(terminal[i] for i in items) > len(items):
        return []
    first = next(i for i in range(start, n) if marks[i] == "list")
    return items if first > start else []


#: A lead paragraph opened by a dateline ("WASHINGTON – …", "SIOUX FALLS, S.D. – …", "PARIS (AP) — …")
#: or a dateline line of its own ("BAAR, SWITZERLAND").
_DATELINE_LEAD = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][A-Za-z .]{1,25})?\s*"
                            r"(?:\((?:AP|Reuters|AFP|UPI|dpa)\)|[–—-]\s)"
                            r"|^\s*[A-Z][A-Z .'’-]{2,30},\s*[A-Z][A-Z .'’-]{2,30}\s*$")
#: The standfirst sits in the first lines, under nothing but removed headline and date lines.
_STANDFIRST_WITHIN = 3
#: Fewest words of an unpunctuated standfirst ("Twenty teams have punched tickets for next summer's
#: tournament"); shorter lines are subheadings or labels.
_STANDFIRST_WORDS = 6
#: Most words of a standfirst: one sentence; a longer unpunctuated paragraph is body text.
_STANDFIRST_MAX = 30
_NOT_STANDFIRST = re.compile(r"[\d:#$£€@|]")


def standfirst(lines: list[str], removed: list[bool], terminal: list[bool]) -> int | None:
    """The dek under the headline (junk by the AEB convention: the summary is not the article): the
    first kept line, if only removed lines stand above it and the lead follows it. It is either any
    line right above a dateline-led lead, or an unpunctuated sentence of `_STANDFIRST_WORDS` or more
    words (no figures, prices or labels) right above a prose paragraph."""
    first = next((i for i, gone in enumerate(removed) if not gone), None)
    if first is None or first > _STANDFIRST_WITHIN or first + 1 >= len(lines):
        return None
    line, lead = lines[first].strip(), lines[first + 1]
    if _DATELINE_LEAD.match(lead):
        return None if _DATELINE_LEAD.match(line) or len(line.split()) > _STANDFIRST_MAX else first
    words = line.split()
    if (terminal[first] or not _STANDFIRST_WORDS <= len(words) <= _STANDFIRST_MAX
            or _NOT_STANDFIRST.search(line) or sum(w[:1].islower() for w in words) < 2):
        return None
    return first if terminal[first + 1] and len(lead.split()) >= 12 else None

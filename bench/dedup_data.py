"""A generated test set of syndicated news copies, for the dedup stage.

Wire stories are built from small per-topic phrase grammars (written for this test set), so
distinct stories on one topic share vocabulary, names and places but rarely a five-word run.
Each story is republished by other sites with other page chrome, a changed headline, trimmed
or added paragraphs, light copy-editing and other timestamps; some distinct stories reuse one
background paragraph from an earlier story (a hard negative). Ground truth: `story` per article.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from copydesk.article import Article

NAMES = ["Amara Okafor", "Lena Brandt", "Tomas Varga", "Priya Raman", "Hugo Lefebvre", "Ines Duarte",
         "Kenji Mori", "Sofia Lindqvist", "Mateo Alvarez", "Chloe Barnard", "Yusuf Demir", "Nadia Petrova",
         "Oliver Grant", "Mei Chen", "Rafael Sousa", "Greta Holm", "Samuel Adeyemi", "Elif Kaya"]
CITIES = ["Rotterdam", "Gdansk", "Valencia", "Antwerp", "Hamburg", "Piraeus", "Genoa", "Le Havre",
          "Aarhus", "Bilbao", "Trieste", "Tallinn", "Riga", "Malmo", "Porto", "Marseille"]
ORGS = ["the transport ministry", "the regional council", "the dockworkers' union", "the port authority",
        "the central bank", "the finance ministry", "the national weather service",
        "the electoral commission",
        "the environment agency", "the chamber of commerce", "the employers' federation", "parliament"]
ROLES = ["a union spokesperson", "the mayor", "a senior economist", "the agency's director",
         "a local shop owner", "an opposition lawmaker", "a ministry official", "a resident"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TOPICS: dict[str, dict[str, list[str]]] = {
    "strike": {
        "subj": ["Dockworkers in {city}", "Crane operators at the container terminal", "The union leadership",
                 "Shipping lines calling at {city}", "Negotiators for {org}", "Freight forwarders",
                 "Truck drivers queuing outside the gates", "Port managers"],
        "verb": ["walked off the job", "rejected a revised pay offer", "warned of longer stoppages",
                 "diverted several vessels", "resumed talks behind closed doors",
                 "voted to extend the action",
                 "blamed rising living costs", "called for mediation"],
        "obj": ["over wages and shift patterns", "after {num} hours of fruitless talks",
                "affecting roughly {num} containers a day", "despite an appeal from {org}",
                "as queues of lorries grew", "for the {ord} time this year"],
        "adj": ["on {day}", "early on {day} morning", "late on {day}", "according to {org}",
                "in a statement issued on {day}", "ahead of the holiday season"],
        "quote": ["We cannot keep working longer hours for less", "The offer on the table ignores inflation",
                  "Every day of delay costs exporters dearly", "We are ready to talk at any hour",
                  "Our members feel they have been taken for granted"],
    },
    "rates": {
        "subj": ["The central bank", "Policymakers", "Rate-setters in the capital", "Bond traders",
                 "Economists polled before the meeting", "The governor", "Mortgage lenders",
                 "Currency markets"],
        "verb": ["held its benchmark rate at {pct} percent", "signalled a cut could come soon",
                 "raised borrowing costs by a quarter point", "trimmed the growth forecast",
                 "pointed to stubborn services inflation", "priced in two further moves",
                 "reacted calmly to the decision", "kept a cautious tone"],
        "obj": ["for the {ord} consecutive meeting", "as inflation eased to {pct} percent",
                "while wage growth stayed firm", "citing weak factory orders",
                "after a split vote of {num} to 2",
                "amid uncertainty over energy prices"],
        "adj": ["on {day}", "in its quarterly report", "at a press conference on {day}",
                "according to minutes published on {day}", "in a widely expected move", "this week"],
        "quote": ["We are not yet confident that inflation is beaten", "The path of rates is not preset",
                  "Households will feel the relief only gradually", "Risks remain tilted to the upside",
                  "We will act if the outlook changes"],
    },
    "flood": {
        "subj": ["Rescue teams in {city}", "Residents of low-lying districts", "Emergency services",
                 "The river", "Volunteers with sandbags", "Rail operators", "Farmers upstream", "{org}"],
        "verb": ["evacuated hundreds of homes", "burst its banks", "closed several main roads",
                 "issued a red warning", "worked through the night", "suspended services",
                 "counted the cost of ruined crops", "opened emergency shelters"],
        "obj": ["after {num} millimetres of rain fell in a day", "as water levels kept rising",
                "in the worst flooding for {num} years", "while more storms were forecast",
                "near the old town", "along the northern valley"],
        "adj": ["on {day}", "overnight into {day}", "according to {org}", "late on {day}",
                "as the clean-up began", "by midday on {day}"],
        "quote": ["The water came up faster than anyone expected", "We lost everything on the ground floor",
                  "People must stay away from the riverbanks", "This is what a changing climate looks like",
                  "Our crews have not slept in two days"],
    },
    "election": {
        "subj": ["Voters in {city}", "The governing coalition", "Opposition parties", "Turnout",
                 "Early results", "Pollsters", "The electoral commission", "The prime minister"],
        "verb": ["cast ballots in a tight race", "conceded defeat", "claimed a narrow lead",
                 "rose to {pct} percent", "pointed to a hung parliament", "called for calm",
                 "promised a swift count", "demanded a recount in several districts"],
        "obj": ["after a campaign dominated by housing costs", "with {num} seats still undecided",
                "in the first vote since the coalition collapsed", "despite heavy rain in the north",
                "as final tallies trickled in", "amid complaints about long queues"],
        "adj": ["on {day}", "late on {day} night", "according to {org}", "in a televised address",
                "by early {day}", "ahead of coalition talks"],
        "quote": ["The people have spoken and we respect their choice", "This result is a clear mandate",
                  "We will form a government that works for everyone", "Every vote must be counted",
                  "It is too early to call the outcome"],
    },
}


@dataclass(slots=True)
class Story:
    """One wire story: its paragraphs, topic and publication time."""

    key: str
    topic: str
    title: str
    paragraphs: list[str]
    published: datetime


class Writer:
    """Draws sentences, paragraphs and stories from the grammars with one seeded generator."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            city=r.choice(CITIES), org=r.choice(ORGS), day=r.choice(DAYS), num=r.randint(2, 900),
            pct=f"{r.randint(1, 9)}.{r.randint(0, 9)}", ord=r.choice(["second", "third", "fourth", "fifth"]),
        )

    def sentence(self, topic: str) -> str:
        g, r = TOPICS[topic], self.rng
        if r.random() < 0.2:
            return f'"{r.choice(g["quote"])}," said {r.choice(NAMES)}, {r.choice(ROLES)}.'
        parts = [self.fill(r.choice(g[k])) for k in ("subj", "verb", "obj", "adj")]
        if r.random() < 0.4:
            lead = parts[3][0].upper() + parts[3][1:] + ","
            parts = [lead, parts[0][0].lower() + parts[0][1:], *parts[1:3]]
        if r.random() < 0.5:
            parts.append(f"{r.choice(NAMES)} told reporters in {r.choice(CITIES)}")
        return " ".join(parts) + "."

    def paragraph(self, topic: str) -> str:
        return " ".join(self.sentence(topic) for _ in range(self.rng.randint(1, 3)))

    def story(self, key: str, topic: str, when: datetime) -> Story:
        paras = [self.paragraph(topic) for _ in range(self.rng.randint(7, 14))]
        title = self.sentence(topic)[:80]
        return Story(key, topic, title, paras, when)


CHROME_TOP = ["Advertisement", "Listen to this article", "Share this story", "Updated {day}"]
CHROME_BOTTOM = ["Reporting by {name}; editing by {name2}", "Subscribe to our morning newsletter",
                 "Copyright {year} Wire Service. All rights reserved.", "Read more: {title}",
                 "Follow us on social media for updates"]
EDITS = [("percent", "per cent"), ("said", "told reporters"), ("several", "a number of"),
         ("roughly", "about"), (" on ", " on this "), ("'", "’")]


class Syndicator:
    """Makes the copies other sites publish of one wire story."""

    def __init__(self, writer: Writer) -> None:
        self.w = writer
        self.rng = writer.rng

    def copy(self, story: Story) -> list[str]:
        paras = list(story.paragraphs)
        kinds = self.rng.sample(["chrome", "trim", "add", "edit", "dateline"], k=self.rng.randint(1, 4))
        for kind in kinds:
            paras = getattr(self, kind)(paras, story)
        return paras

    def chrome(self, paras: list[str], story: Story) -> list[str]:
        r = self.rng
        top = [self.w.fill(r.choice(CHROME_TOP))] if r.random() < 0.6 else []
        bottom = [r.choice(CHROME_BOTTOM).format(name=r.choice(NAMES), name2=r.choice(NAMES),
                                                 year=story.published.year, title=story.title)]
        return top + paras + bottom

    def trim(self, paras: list[str], story: Story) -> list[str]:
        keep = max(len(paras) // 2 + 1, len(paras) - self.rng.randint(1, 4))
        out = paras[:keep]
        if len(out) > 5 and self.rng.random() < 0.3:  # drop one paragraph from the middle too
            del out[self.rng.randrange(2, len(out) - 1)]
        return out

    def add(self, paras: list[str], story: Story) -> list[str]:
        out = list(paras)
        for _ in range(self.rng.randint(1, 2)):
            out.insert(self.rng.randint(1, len(out)), self.w.paragraph(story.topic))
        return out

    def edit(self, paras: list[str], story: Story) -> list[str]:
        old, new = self.rng.choice(EDITS)
        return [p.replace(old, new) if self.rng.random() < 0.7 else p for p in paras]

    def dateline(self, paras: list[str], story: Story) -> list[str]:
        city = self.rng.choice(CITIES).upper()
        return [f"{city} ({self.rng.choice(['Wire', 'AFX', 'NPA'])}) — {paras[0]}", *paras[1:]]


@dataclass(slots=True)
class TestSet:
    articles: list[Article]
    story: dict[str, str]  # article id → story key (the ground truth)


def generate(n_stories: int = 400, seed: int = 7, copies: tuple[int, int] = (0, 5)) -> TestSet:
    """`n_stories` wire stories with `copies` syndicated copies each, shuffled."""
    w = Writer(seed)
    syn = Syndicator(w)
    base = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)
    articles: list[Article] = []
    truth: dict[str, str] = {}
    stories: list[Story] = []
    for i in range(n_stories):
        story = w.story(f"s{i}", w.rng.choice(sorted(TOPICS)), base + timedelta(minutes=37 * i))
        if stories and w.rng.random() < 0.25:  # a distinct story reusing background from another
            donor = w.rng.choice(stories[-20:])
            if donor.topic == story.topic:
                story.paragraphs.insert(len(story.paragraphs) // 2, w.rng.choice(donor.paragraphs))
        stories.append(story)
        _add(articles, truth, story, story.paragraphs, ("wire.example", story.title), story.published)
        for c in range(w.rng.randint(*copies)):
            when = story.published + timedelta(minutes=w.rng.randint(-20, 600))
            published = None if w.rng.random() < 0.1 else when
            headline = w.sentence(story.topic)[:80]  # every site writes its own headline
            _add(articles, truth, story, syn.copy(story), (f"site{c}.example", headline), published)
    w.rng.shuffle(articles)
    return TestSet(articles, truth)


def _add(articles: list[Article], truth: dict[str, str], story: Story, paras: list[str],
         where: tuple[str, str], published: datetime | None) -> None:
    site, title = where
    aid = f"{story.key}-{len(articles)}"
    articles.append(Article(id=aid, source=f"{site}/{aid}", site=site, title=title,
                            published=published, text="\n\n".join(paras)))
    truth[aid] = story.key


def pair_scores(clusters: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Pair precision and recall of predicted clusters (id → cluster key) against the truth."""
    predicted = _pairs(clusters)
    actual = _pairs(truth)
    hits = len(predicted & actual)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(actual) if actual else 1.0
    return precision, recall


def _pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = {}
    for aid, key in groups.items():
        members.setdefault(key, []).append(aid)
    out = set()
    for ids in members.values():
        ids.sort()
        out.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
    return out

"""Build copydesk's clean-stage development set (``cleanset_train.jsonl``, ``cleanset_dev.jsonl``).

Deterministic: every record gets its own ``random.Random`` seeded from a fixed string, so the
output depends only on the hand-written material in ``cleanset_source`` and this file.

Usage::

    python bench/data/build_cleanset.py            # writes next to this file, prints counts
    python bench/data/build_cleanset.py --out DIR  # writes into DIR instead

Base articles, junk templates and name/brand/organisation fillers are split between train
and dev by position (index ``i % 5 in (1, 3)`` goes to dev), so the two splits share no base
article and no junk template. See README.md in this folder for the label conventions.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep bench/data free of __pycache__
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from cleanset_source import (  # noqa: E402
    BANKS,
    BASES,
    FILLERS,
    LANGS,
    SECTIONS,
    SITES,
    SPLIT_FILLERS,
    TAGS,
    Base,
)

SEED = "copydesk-cleanset-v1"
SPLITS = ("train", "dev")
REASONS = (
    "ad", "sponsored", "teaser", "related", "newsletter", "social", "caption", "credit",
    "cookie", "paywall", "navigation", "byline", "dateline", "repeated", "other",
)
JUNK_RECORDS_PER_BASE = 3  # plus one clean record per ordinary base
TRICKY_PLAIN, TRICKY_WITH_JUNK = 2, 2  # records per tricky base
JUNK_LANGUAGE_WEIGHTS = (76, 8, 8, 8)  # en, de, es, fr: the page furniture's language
SLOT = re.compile(r"\{(\w+)\}")
QUOTE = re.compile(r"(?:^|(?<=[\s:(]))[“\"](?=\S)([^“”\"]{30,180}?)[,.]?[”\"]")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"

T = TypeVar("T")
Line = tuple[str, str]  # (text, reason) for junk
Unit = list[Line]


def split_items(items: Sequence[T], split: str) -> list[T]:
    """Train gets items whose index i has i % 5 not in (1, 3); dev gets the rest (~40%)."""
    want_dev = split == "dev"
    return [x for i, x in enumerate(items) if (i % 5 in (1, 3)) == want_dev]


class Pools:
    """The bases, junk templates and fillers of one split."""

    def __init__(self, split: str) -> None:
        self.split = split
        self.bases = split_items([b for b in BASES if not b.tricky], split)
        self.tricky = split_items([b for b in BASES if b.tricky], split)
        self.banks: dict[str, dict[str, list[str]]] = {}
        for name, (_, tagged) in BANKS.items():
            by_lang = self.banks[name] = {lang: [] for lang in LANGS}
            for lang, tpl in split_items(tagged, split):
                by_lang[lang].append(tpl)
        self.fillers = {
            key: split_items(vals, split) if key in SPLIT_FILLERS else list(vals)
            for key, vals in FILLERS.items()
        }
        self.titles = [b.title for b in self.bases + self.tricky]


class Ctx:
    """Everything one record's junk is drawn from, plus what it has used so far."""

    def __init__(
        self, rng: random.Random, pools: Pools, base: Base, site: tuple[str, str], lang: str
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.pools = pools
        self.base = base
        self.site, self.domain = site
        self.section = SECTIONS[base.topic]
        self.used: set[str] = set()
        self.captions = list(base.captions)
        rng.shuffle(self.captions)
        self.emitted: list[Line] = []

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def pick(self, bank: str, ok: Callable[[str], bool] = lambda t: True) -> str:
        """A template of `bank` in the record's junk language (else English), not yet used."""
        by_lang = self.pools.banks[bank]
        langs = [self.lang, "en"] if self.lang != "en" and self.p(0.75) else ["en"]
        cands = next(
            (c for c in ([t for t in by_lang[lg] if ok(t)] for lg in langs) if c),
            [t for lg in LANGS for t in by_lang[lg]],
        )
        fresh = [t for t in cands if t not in self.used] or cands
        tpl = self.rng.choice(fresh)
        self.used.add(tpl)
        return tpl

    def line(self, bank: str, ok: Callable[[str], bool] = lambda t: True) -> Line:
        return self.fill(self.pick(bank, ok)), BANKS[bank][0]

    def lines(self, bank: str, lo: int, hi: int) -> Unit:
        return [self.line(bank) for _ in range(self.rng.randint(lo, hi))]

    def fill(self, template: str) -> str:
        values: dict[str, str] = {}

        def sub(m: re.Match[str]) -> str:
            key = m.group(1)
            if key not in values:
                values[key] = self.value(key, values)
            return values[key]

        return SLOT.sub(sub, template)

    def value(self, key: str, values: dict[str, str]) -> str:
        rng = self.rng
        if key.isupper():
            return self.value(key.lower(), values).upper()
        if key in ("name2", "name3", "agency2"):
            pool = self.pools.fillers[key[:-1]]
            taken = set(values.values())
            return rng.choice([v for v in pool if v not in taken] or pool)
        if key in ("first", "last"):
            parts = ascii_fold(values.get("name") or rng.choice(self.pools.fillers["name"])).split()
            return (parts[0] if key == "first" else parts[-1]).lower()
        if key == "orgslug":
            return re.sub(r"[^a-z0-9]", "", ascii_fold(values.get("org", "committee")).lower())
        if key in ("date", "date_de", "date_es", "date_fr"):
            return fmt_date(rng, key)
        if key == "time":
            return fmt_time(rng)
        if key == "n":
            return str(rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 16, 19, 23, 27, 38, 64, 142)))
        if key == "k":
            n = values.setdefault("n", self.value("n", values))
            return str(rng.randint(1, int(n)))
        if key == "ss":
            return f"{rng.randint(0, 59):02d}"
        return self.context_value(key)

    def context_value(self, key: str) -> str:
        rng = self.rng
        if key in ("site", "domain", "section"):
            return {"site": self.site, "domain": self.domain, "section": self.section}[key]
        if key == "Section":
            return self.section.capitalize()
        if key == "tag":
            return rng.choice(TAGS[self.section])
        if key == "tags":
            return ", ".join(rng.sample(TAGS[self.section], rng.randint(2, 4)))
        if key == "headline":
            return self.headline()
        return rng.choice(self.pools.fillers[key])

    def headline(self) -> str:
        """Another story's headline: a related-story bank item or another base's title."""
        if self.p(0.5):
            titles = [t for t in self.pools.titles if t != self.base.title]
            return self.rng.choice(titles)
        return self.fill(self.pick("related_item"))


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def fmt_date(rng: random.Random, key: str) -> str:
    y, m, d = rng.choice((2023, 2024)), rng.randint(1, 12), rng.randint(1, 28)
    if key == "date_de":
        return rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS_DE.split()[m - 1]} {y}"))
    if key == "date_es":
        return f"{d} de {MONTHS_ES.split()[m - 1]} de {y}"
    if key == "date_fr":
        return f"{d} {MONTHS_FR.split()[m - 1]} {y}"
    month = MONTHS[m - 1]
    return rng.choice((
        f"{d} {month} {y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
        f"{month[:3]} {d} {y}", f"{d} {month[:3]} {y}",
    ))


def fmt_time(rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    h12 = h % 12 or 12
    ampm = "am" if h < 12 else "pm"
    return rng.choice((f"{h:02d}:{mi:02d}", f"{h12}.{mi:02d}{ampm}", f"{h12}:{mi:02d} {ampm.upper()}"))


# ----------------------------------------------------------------------------- units


def u_ad_block(c: Ctx) -> Unit:
    """Teaser headline, (hook), first-person ad, the teaser again, sponsor label."""
    political = c.p(0.55)
    head = c.line("teaser")
    out = [head]
    if political and c.p(0.75):
        out.append(c.line("ad_hook"))
    out.append(c.line("ad_political" if political else "ad_commercial"))
    if c.p(0.8):
        out.append(head)  # verbatim repeat: finalised as "repeated"
    label = c.line("sponsor_label", lambda t: ("org}" in t or "ORG}" in t) == political)
    if c.p(0.3):
        return [label, *out]
    return [*out, label]


def u_ad_single(c: Ctx) -> Unit:
    kind = c.rng.randrange(4)
    body = "ad_political" if c.p(0.3) else "ad_commercial"
    if kind == 0:
        return [c.line("ad_label")]
    if kind == 1:
        return [c.line("ad_label"), c.line(body)]
    if kind == 2:
        return [c.line(body)]
    return [c.line(body), c.line("sponsor_label", lambda t: "org}" not in t and "ORG}" not in t)]


def u_teaser(c: Ctx) -> Unit:
    return c.lines("teaser", 1, 2)


def u_related_inline(c: Ctx) -> Unit:
    return [c.line("related_inline")]


def u_related_list(c: Ctx) -> Unit:
    items = [(c.headline(), "related") for _ in range(c.rng.randint(3, 5))]
    return [c.line("related_header"), *dict.fromkeys(items)]


def u_promoted(c: Ctx) -> Unit:
    out = [c.line("sponsor_header")]
    for _ in range(c.rng.randint(2, 4)):
        out.append(c.line("ad_commercial" if c.p(0.7) else "teaser"))
        if c.p(0.5):
            out.append(c.line("sponsor_label", lambda t: "brand}" in t))
    return out


def u_newsletter(c: Ctx) -> Unit:
    return c.lines("newsletter", 1, 2)


def u_social(c: Ctx) -> Unit:
    return c.lines("social", 1, 2)


def u_caption(c: Ctx) -> Unit:
    if c.captions and c.p(0.7):
        caption: Line = (c.captions.pop(), "caption")
    else:
        caption = c.line("caption_generic")
    out = [caption]
    if c.p(0.25):
        out.insert(0, c.line("caption_widget"))
    if c.p(0.7):
        credit = c.line("credit_photo")
        out = [credit, *out] if c.p(0.15) else [*out, credit]
    return out


def u_affiliate(c: Ctx) -> Unit:
    return c.lines("affiliate", 1, 2)


def u_paywall(c: Ctx) -> Unit:
    return c.lines("paywall", 1, 2)


def u_cookie(c: Ctx) -> Unit:
    return c.lines("cookie", 1, 3)


def u_nav(c: Ctx) -> Unit:
    return [c.line("nav_bottom")]


def u_other(c: Ctx) -> Unit:
    return [c.line("other")]


def u_repeat(c: Ctx) -> Unit:
    """Repeat a junk line already emitted (newsletter boxes and teasers often appear twice)."""
    prev = [ln for ln in c.emitted if ln[1] in ("teaser", "newsletter", "social", "ad", "related")]
    return [c.rng.choice(prev)] if prev else []


MID_UNITS: list[tuple[Callable[[Ctx], Unit], float]] = [
    (u_ad_block, 3), (u_ad_single, 3), (u_teaser, 3), (u_related_inline, 2), (u_newsletter, 2),
    (u_caption, 3), (u_affiliate, 1), (u_social, 1), (u_other, 1), (u_paywall, 0.4),
    (u_nav, 0.3), (u_cookie, 0.3),
]
LEVELS = {"light": (0.4, 0, 2), "medium": (0.75, 1, 3), "heavy": (1.3, 2, 5)}


def pull_quote(c: Ctx, paragraphs: Sequence[str], gap: int) -> Unit:
    """A quote from a paragraph before `gap`, set again as its own line (a pull quote)."""
    quotes = [q for p in paragraphs[:gap] for q in QUOTE.findall(p)]
    if not quotes:
        return []
    q = c.rng.choice(quotes).strip()
    return [(f"“{q}”" if c.p(0.7) else f'"{q}"', "repeated")]


def top_block(c: Ctx, scale: float) -> Unit:
    def p(prob: float) -> bool:
        return c.p(min(0.95, prob * scale))

    out: Unit = []
    if p(0.1):
        out += u_cookie(c)
    if p(0.25):
        out += c.lines("nav_top", 1, 2)
    if p(0.3):
        out.append((c.base.title, "repeated"))
    meta: Unit = []
    if p(0.5):
        meta.append(c.line("byline"))
    if p(0.5):
        meta.append(c.line("dateline"))
    c.rng.shuffle(meta)
    out += meta
    for prob, unit in ((0.2, u_social), (0.3, u_caption), (0.1, u_other), (0.07, u_affiliate)):
        if p(prob):
            out += unit(c)
    return out


def end_block(c: Ctx, scale: float) -> tuple[Unit, bool]:
    """Junk after the article; the flag says whether it holds a paywall (truncate the text)."""

    def p(prob: float) -> bool:
        return c.p(min(0.95, prob * scale))

    head: Unit = []
    if p(0.2):
        head.append(c.line("credit_report"))
    paywall = p(0.12)
    if paywall:
        head += u_paywall(c)
    parts: list[Unit] = []
    for prob, unit in (
        (0.25, u_social), (0.25, u_newsletter), (0.35, u_related_list), (0.12, u_promoted),
        (0.2, u_nav), (0.08, u_cookie),
    ):
        if p(prob):
            parts.append(unit(c))
    if p(0.15):
        parts.append([c.line("byline_bio")])
    c.rng.shuffle(parts)
    tail: Unit = [ln for part in parts for ln in part]
    if p(0.2):
        tail += u_other(c)
    return head + tail, paywall


def junk_record_lines(c: Ctx, level: str) -> list[tuple[str, str | None]]:
    """Article paragraphs (reason None) with junk (reason str) injected around them."""
    scale, lo, hi = LEVELS[level]
    paragraphs = list(c.base.paragraphs)
    end, paywall = end_block(c, scale)
    if paywall:
        paragraphs = paragraphs[: max(3, (len(paragraphs) + 1) // 2)]
    gaps: dict[int, Unit] = {}
    units = c.rng.choices([u for u, _ in MID_UNITS], [w for _, w in MID_UNITS], k=c.rng.randint(lo, hi))
    for unit in units:
        gap = c.rng.randint(1, len(paragraphs) - 1)
        lines = pull_quote(c, paragraphs, gap) if c.p(0.08) else []
        gaps.setdefault(gap, []).extend(lines or unit(c))
    top = top_block(c, scale)
    c.emitted = [ln for unit in (top, *gaps.values()) for ln in unit]
    if c.p(0.12 * scale):
        end += u_repeat(c)
    out: list[tuple[str, str | None]] = [*top]
    for i, para in enumerate(paragraphs):
        out.extend(gaps.get(i, []))
        out.append((para, None))
    out.extend(end)
    if not any(r for _, r in out):  # every junk record carries junk
        out.insert(len(out) - 1, c.line("teaser"))
    return out


def finalise(title: str, lines: list[tuple[str, str | None]]) -> list[dict[str, str | None]]:
    """Label lines; a junk line repeating the title or an earlier line becomes "repeated"."""
    seen = {title}
    out = []
    for text, reason in lines:
        if reason is not None and text in seen:
            reason = "repeated"
        seen.add(text)
        label = "article" if reason is None else "junk"
        out.append({"text": text, "label": label, "reason": reason})
    return out


def straighten(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(title).lower()).strip("-")[:70].rstrip("-")


def make_record(split: str, k: int, kind: str, base: Base, pools: Pools, with_junk: bool) -> dict:
    rng = random.Random(f"{SEED}/{split}/{k}")
    site = rng.choice(SITES)
    lang = rng.choices(LANGS, JUNK_LANGUAGE_WEIGHTS)[0]
    c = Ctx(rng, pools, base, site, lang)
    if with_junk:
        level = rng.choices(list(LEVELS), [4, 4, 2] if kind == "junk" else [1, 0, 0])[0]
        lines = junk_record_lines(c, level)
    else:
        lines = [(p, None) for p in base.paragraphs]
    if rng.random() < 0.25:  # light variation: typewriter quotes in the article text
        lines = [(straighten(t) if r is None else t, r) for t, r in lines]
    y, m = rng.choice((2023, 2024)), rng.randint(1, 12)
    url = f"https://www.{c.domain}/{c.section}/{y}/{m:02d}/{slugify(base.title)}-{rng.randrange(16**6):06x}"
    return {
        "id": f"cleanset-{split}-{k:04d}",
        "title": base.title,
        "url": url,
        "site": c.site,
        "kind": kind,
        "lines": finalise(base.title, lines),
    }


def build_split(split: str) -> list[dict]:
    pools = Pools(split)
    plan: list[tuple[str, Base, bool]] = []
    for base in pools.bases:
        plan.append(("clean", base, False))
        plan += [("junk", base, True)] * JUNK_RECORDS_PER_BASE
    for base in pools.tricky:
        plan += [("tricky", base, False)] * TRICKY_PLAIN + [("tricky", base, True)] * TRICKY_WITH_JUNK
    random.Random(f"{SEED}/{split}/order").shuffle(plan)
    return [make_record(split, k, kind, base, pools, junk) for k, (kind, base, junk) in enumerate(plan)]


def check(records: dict[str, list[dict]]) -> None:
    """Invariants the set promises (the tests check them too)."""
    article_texts = {ln["text"] for recs in records.values() for r in recs for ln in r["lines"]
                     if ln["label"] == "article"}
    titles = {s: {r["title"] for r in recs} for s, recs in records.items()}
    assert not titles["train"] & titles["dev"], "a base article is in both splits"
    for recs in records.values():
        for r in recs:
            junk = [ln for ln in r["lines"] if ln["label"] == "junk"]
            assert (r["kind"] == "junk") <= bool(junk) and (r["kind"] == "clean") <= (not junk)
            for ln in junk:
                assert ln["reason"] in REASONS and ln["text"].strip()
                assert ln["reason"] == "repeated" or ln["text"] not in article_texts, ln


def stats(records: dict[str, list[dict]]) -> str:
    """Counts per split as a markdown table."""
    rows: list[tuple[str, Counter[str]]] = []
    per: dict[str, Counter[str]] = {}
    for split, recs in records.items():
        cnt: Counter[str] = Counter()
        cnt["articles"] = len(recs)
        cnt["base articles"] = len({r["title"] for r in recs})
        for r in recs:
            cnt[f"kind: {r['kind']}"] += 1
            for ln in r["lines"]:
                cnt[f"{ln['label']} lines"] += 1
                if ln["reason"]:
                    cnt[f"reason: {ln['reason']}"] += 1
        per[split] = cnt
    keys = ["articles", "base articles", "kind: junk", "kind: clean", "kind: tricky",
            "article lines", "junk lines", *[f"reason: {r}" for r in REASONS]]
    rows = [(k, Counter({s: per[s][k] for s in per})) for k in keys]
    out = ["| | train | dev | total |", "|---|---:|---:|---:|"]
    for key, c in rows:
        out.append(f"| {key} | {c['train']} | {c['dev']} | {c['train'] + c['dev']} |")
    return "\n".join(out)


def write(records: dict[str, list[dict]], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, recs in records.items():
        with open(out_dir / f"cleanset_{split}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this one)")
    ap.add_argument("--quiet", action="store_true", help="do not print the counts")
    args = ap.parse_args(argv)
    records = {split: build_split(split) for split in SPLITS}
    check(records)
    write(records, args.out)
    if not args.quiet:
        print(stats(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())

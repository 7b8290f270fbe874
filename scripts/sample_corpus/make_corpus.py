#!/usr/bin/env python3
"""Regenerate the bundled sample corpus from ``scripts/sample_corpus/source/``.

Writes ``examples/html/*.html`` and ``examples/manifest.json`` from the page
sources (``source/pages/*.txt`` + per-outlet templates), and
``examples/articles.jsonl`` + ``examples/articles_junk.json`` from
``source/articles.txt``.  Stdlib only and deterministic: running it twice
gives byte-identical output.  See ``examples/README.md`` for the source format.

Usage::

    python scripts/sample_corpus/make_corpus.py          # rewrite everything
    python scripts/sample_corpus/make_corpus.py --check  # fail if the outputs are stale
"""

from __future__ import annotations

import argparse
import html
import json
import re
import string
import sys
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[2] / "examples"
SOURCE = Path(__file__).resolve().parent / "source"
HTML_DIR = HERE / "html"

# ---------------------------------------------------------------------------
# Line model: a "line" is the whitespace-collapsed text content of one block
# element (p, li, h2, figcaption, div without block children, ...).  Both the
# manifest and the tests use this definition.
# ---------------------------------------------------------------------------

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
SKIP_TAGS = frozenset("script style noscript template svg button select".split())
WS = re.compile(r"\s+")


def collapse(text: str) -> str:
    return WS.sub(" ", text).strip()


class _LineParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = collapse("".join(self._buf))
        if text:
            self.lines.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def block_lines(fragment: str) -> list[str]:
    parser = _LineParser()
    parser.feed(fragment)
    parser.close()
    return parser.lines


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

NAMED_ENTITIES = {
    "\u201c": "&ldquo;",
    "\u201d": "&rdquo;",
    "\u2018": "&lsquo;",
    "\u2019": "&rsquo;",
    "\u2014": "&mdash;",
    "\u2013": "&ndash;",
    "\u2026": "&hellip;",
    "\u00e9": "&eacute;",
}
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def encode_entities(fragment: str, mode: str) -> str:
    """Re-encode typographic characters the way some CMSs do."""
    if mode == "named":
        return "".join(NAMED_ENTITIES.get(ch, ch) for ch in fragment)
    if mode == "numeric":
        return re.sub(r"[\u2013-\u201f\u2026]", lambda m: f"&#{ord(m.group())};", fragment)
    return fragment


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70].strip("-")


def url_slug(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------


@dataclass
class Source:
    meta: dict[str, str]
    blocks: list[tuple[str, str]]
    comments: list[tuple[str, str, str]] = field(default_factory=list)


def parse_header(text: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in text.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta


def parse_blocks(text: str) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            blocks.append(("h2", lines[0][3:]))
        elif all(ln.startswith("- ") for ln in lines):
            blocks.append(("ul", "\n".join(ln[2:] for ln in lines)))
        elif lines[0].startswith("!"):
            blocks.extend(("junk", ln[1:]) for ln in lines)
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


def parse_source(path: Path) -> Source:
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n---\n")
    body, _, comments_text = rest.partition("\n=== comments\n")
    comments = []
    for line in comments_text.strip().splitlines():
        name, when, said = (part.strip() for part in line.split("|", 2))
        comments.append((name, when, said))
    return Source(parse_header(head), parse_blocks(body), comments)


def load_json(name: str) -> Any:
    return json.loads((SOURCE / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def human_date(stamp: str, style: str) -> str:
    when = datetime.fromisoformat(stamp)
    if style == "de":
        return f"{when.day}. {MONTHS['de'][when.month - 1]} {when.year}"
    if style == "es":
        return f"{when.day} de {MONTHS['es'][when.month - 1]} de {when.year}"
    month = MONTHS["en"][when.month - 1]
    if style == "uk":
        return f"{when.day} {month} {when.year}"
    if style == "au" and "T" in stamp:
        hour = when.hour % 12 or 12
        half = "am" if when.hour < 12 else "pm"
        return f"{when.day} {month} {when.year} — {hour}:{when.minute:02d}{half}"
    return f"{month} {when.day}, {when.year}"


def join_names(names: list[str], conj: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


@dataclass
class Ctx:
    outlet: dict[str, Any]
    slug: str
    ads: dict[str, list[str]]
    slot: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)

    def absolute(self, href: str) -> str:
        return href if href.startswith("http") else self.outlet["base"] + href

    def next_slot(self) -> int:
        self.slot += 1
        return self.slot


def inline(text: str, ctx: Ctx) -> str:
    out, pos = [], 0
    for match in LINK.finditer(text):
        out.append(esc(text[pos : match.start()]))
        href = attr(ctx.absolute(match.group(2)))
        out.append(f'<a href="{href}">{esc(match.group(1))}</a>')
        pos = match.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def junk_simple(kind: str, arg: str, ctx: Ctx) -> str:
    text = esc(arg) if arg else ctx.outlet["defaults"][kind]
    return ctx.outlet["junk"][kind].format(text=text, n=ctx.next_slot())


def junk_link(kind: str, arg: str, ctx: Ctx) -> str:
    headline, _, href = (part.strip() for part in arg.partition("|"))
    section = ctx.outlet.get("teaser_path", "/news/")
    href = ctx.absolute(href or f"{section}{slugify(headline)}/")
    ctx.links.append((headline, href))
    prefix = ctx.outlet["defaults"].get("readmore", "")
    tpl = ctx.outlet["junk"][kind]
    return tpl.format(text=esc(headline), href=attr(href), prefix=prefix, n=ctx.next_slot())


def junk_photo(kind: str, arg: str, ctx: Ctx) -> str:
    caption, credit = (part.strip() for part in arg.split("|"))
    n = ctx.next_slot()
    src = f"{ctx.outlet['img_base']}/{ctx.slug}-{n}.jpg"
    return ctx.outlet["junk"][kind].format(
        caption=esc(caption), credit=esc(credit), src=attr(src), alt=attr(caption), n=n
    )


def junk_promo(kind: str, arg: str, ctx: Ctx) -> str:
    lines = ctx.ads[arg] if kind == "political" else [p.strip() for p in arg.split("|")]
    line_tpl = ctx.outlet["junk"]["promo_line"]
    inner = "".join(line_tpl.format(text=esc(line)) for line in lines)
    return ctx.outlet["junk"]["promo"].format(lines=inner, kind=kind, n=ctx.next_slot())


def junk_trending(kind: str, arg: str, ctx: Ctx) -> str:
    title, *heads = (part.strip() for part in arg.split("|"))
    items = []
    for head in heads:
        href = ctx.absolute(f"{ctx.outlet.get('teaser_path', '/news/')}{slugify(head)}/")
        ctx.links.append((head, href))
        items.append(f'<li><a href="{attr(href)}">{esc(head)}</a></li>')
    return ctx.outlet["junk"][kind].format(title=esc(title), items="".join(items))


JUNK = {
    "ad": junk_simple,
    "newsletter": junk_simple,
    "follow": junk_simple,
    "paywall": junk_simple,
    "teaser": junk_link,
    "readmore": junk_link,
    "photo": junk_photo,
    "political": junk_promo,
    "sponsored": junk_promo,
    "trending": junk_trending,
}


def render_block(kind: str, text: str, ctx: Ctx) -> str:
    tpls = ctx.outlet.get("blocks", {})
    if kind == "p":
        return tpls.get("p", "<p>{html}</p>").format(html=inline(text, ctx))
    if kind == "h2":
        return tpls.get("h2", "<h2>{html}</h2>").format(html=inline(text, ctx))
    if kind == "ul":
        items = "".join(f"<li>{inline(item, ctx)}</li>" for item in text.split("\n"))
        return f"<ul>{items}</ul>"
    directive, _, arg = text.partition(" ")
    return JUNK[directive](directive, arg.strip(), ctx)


def render_body(src: Source, ctx: Ctx) -> tuple[str, list[str], list[str]]:
    """Return (html, real lines, junk lines) for the article container."""
    parts, real, junk = [], [], []
    mode = ctx.outlet["entities"]
    indent = ctx.outlet.get("indent", "        ")
    for kind, text in src.blocks:
        fragment = encode_entities(render_block(kind, text, ctx), mode)
        (junk if kind == "junk" else real).extend(block_lines(fragment))
        parts.append(indent + fragment)
    return "\n".join(parts).lstrip(), real, junk


def render_comments(src: Source) -> str:
    if not src.comments:
        return ""
    items = []
    for i, (name, when, said) in enumerate(src.comments, 1):
        items.append(
            f'<li class="comment" id="comment-{i}">'
            f'<div class="comment-meta"><span class="comment-author">{esc(name)}</span> '
            f'<span class="comment-time">{esc(when)}</span></div>'
            f'<p class="comment-text">{esc(said)}</p>'
            f'<div class="comment-actions"><button type="button">Reply</button> '
            f'<button type="button">Like</button> <a href="#report-{i}">Report</a></div></li>'
        )
    return (
        '<section id="comments" class="comments">\n'
        f"  <h2>Comments ({len(items)})</h2>\n"
        '  <p class="comments-note">Comments are moderated. Please keep it civil.</p>\n'
        '  <ol class="comment-list">\n    ' + "\n    ".join(items) + "\n  </ol>\n</section>"
    )


def render_related(outlet: dict[str, Any], ctx: Ctx) -> str:
    seen, items = set(), []
    pairs = ctx.links + [(h, ctx.absolute(p)) for h, p in outlet["related"]]
    for headline, href in pairs:
        if headline in seen:
            continue
        seen.add(headline)
        items.append(f'<li><a href="{attr(href)}">{esc(headline)}</a></li>')
    return "\n          ".join(items[:6])


def render_jsonld(meta: dict[str, str], outlet: dict[str, Any], authors: list[str]) -> str:
    style = outlet["jsonld"]
    if style == "none":
        return ""
    people = [{"@type": "Person", "name": name} for name in authors]
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": meta["title"],
        "datePublished": meta["published"],
        "dateModified": meta.get("modified", meta["published"]),
        "articleSection": meta["section"],
        "inLanguage": meta["language"],
        "image": [f"{outlet['img_base']}/{url_slug(meta['url'])}-lead.jpg"],
        "mainEntityOfPage": meta["url"],
        "publisher": {"@type": "Organization", "name": outlet["name"]},
    }
    if style == "single":
        article["author"] = people[0] if len(people) == 1 else people
    elif style == "graph":
        ids = [f"{outlet['base']}/#/schema/person/{slugify(n)}" for n in authors]
        article["author"] = [{"@id": i} for i in ids]
        graph = [{"@type": "WebPage", "@id": meta["url"], "url": meta["url"]}, article]
        graph += [{**p, "@id": i} for p, i in zip(people, ids, strict=True)]
        doc = {"@context": "https://schema.org", "@graph": graph}
        return _ld_script(doc)
    else:
        article["author"] = people
    return _ld_script({"@context": "https://schema.org", **article})


def _ld_script(doc: dict[str, Any]) -> str:
    payload = json.dumps(doc, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{payload}\n</script>'


def page_vars(src: Source, outlet: dict[str, Any], ctx: Ctx, body: str) -> dict[str, str]:
    meta = src.meta
    authors = [a.strip() for a in meta["authors"].split(";") if a.strip()]
    mode = outlet["entities"]
    links = [outlet["byline_link"].format(name=esc(a), slug=slugify(a), base=outlet["base"]) for a in authors]
    return {
        "lang": meta.get("html_lang", outlet["lang"]),
        "headline": encode_entities(esc(meta["title"]), mode),
        "headline_attr": attr(meta["title"]),
        "description": attr(meta["description"]),
        "url": meta["url"],
        "section": esc(meta["section"]),
        "section_slug": slugify(meta["section"]),
        "published": meta["published"],
        "modified": meta.get("modified", meta["published"]),
        "published_human": human_date(meta["published"], outlet["date_style"]),
        "byline": join_names(links, outlet["and"]),
        "authors_text": esc(join_names(authors, outlet["and"])),
        "author_meta": "\n  ".join(f'<meta name="author" content="{attr(a)}">' for a in authors),
        "jsonld": render_jsonld(meta, outlet, authors),
        "image": f"{outlet['img_base']}/{ctx.slug}-lead.jpg",
        "slug": ctx.slug,
        "body": body,
        "related": render_related(outlet, ctx),
        "comments": render_comments(src),
    }


def build_page(path: Path, outlets: dict[str, Any], ads: dict[str, list[str]]) -> tuple:
    src = parse_source(path)
    outlet = outlets[src.meta["outlet"]]
    slug = url_slug(src.meta["url"])
    ctx = Ctx(outlet, slug, ads)
    body, real, junk = render_body(src, ctx)
    variables = page_vars(src, outlet, ctx, body)
    template = (SOURCE / "templates" / f"{src.meta['outlet']}.html").read_text(encoding="utf-8")
    page = string.Template(template).substitute(variables)
    entry = {
        "file": src.meta["file"],
        "url": src.meta["url"],
        "site": outlet["site"],
        "site_name": outlet["name"],
        "title": src.meta["title"],
        "authors": [a.strip() for a in src.meta["authors"].split(";") if a.strip()],
        "published": src.meta["published"],
        "language": src.meta["language"],
        "section": src.meta["section"],
        "kind": src.meta.get("kind", "normal"),
        "first_paragraph": real[0],
        "last_paragraph": real[-1],
        "paragraphs": real,
        "junk_lines": junk,
    }
    return page, entry


# ---------------------------------------------------------------------------
# Extracted-text articles (articles.jsonl)
# ---------------------------------------------------------------------------


def build_articles() -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    text = (SOURCE / "articles.txt").read_text(encoding="utf-8")
    records, junk_map = [], {}
    for chunk in re.split(r"^=== article\n", text, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n---\n")
        meta = parse_header(head)
        paras, junk = [], []
        for raw in re.split(r"\n\s*\n", body.strip()):
            line = collapse(raw)
            if line.startswith("!! "):
                line = line[3:]
                junk.append(line)
            paras.append(line)
        records.append(
            {"id": meta["id"], "url": meta["url"], "title": meta["title"], "text": "\n\n".join(paras)}
        )
        junk_map[meta["id"]] = junk
    return records, junk_map


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def self_check(page: str, entry: dict[str, Any]) -> None:
    text = collapse(html.unescape(re.sub(r"<[^>]*>", "", page)))
    for line in entry["paragraphs"] + entry["junk_lines"]:
        if line not in text:
            raise SystemExit(f"{entry['file']}: line not found in page: {line!r}")
    overlap = set(entry["paragraphs"]) & set(entry["junk_lines"])
    if overlap:
        raise SystemExit(f"{entry['file']}: lines both real and junk: {overlap}")


def build_all() -> dict[Path, str]:
    outlets = load_json("outlets.json")
    ads = load_json("ads.json")
    outputs: dict[Path, str] = {}
    manifest = []
    for path in sorted((SOURCE / "pages").glob("*.txt")):
        page, entry = build_page(path, outlets, ads)
        self_check(page, entry)
        outputs[HTML_DIR / entry["file"]] = page
        manifest.append(entry)
    dump = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    outputs[HERE / "manifest.json"] = dump
    records, junk_map = build_articles()
    outputs[HERE / "articles.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    outputs[HERE / "articles_junk.json"] = json.dumps(junk_map, ensure_ascii=False, indent=2) + "\n"
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify outputs are current")
    args = parser.parse_args()
    outputs = build_all()
    stale = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"stale: {path.relative_to(HERE)}", file=sys.stderr)
        return 1 if stale else 0
    HTML_DIR.mkdir(exist_ok=True)
    for path in stale:
        path.write_text(outputs[path], encoding="utf-8")
    print(f"rewrote {len(stale)} of {len(outputs)} output file(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

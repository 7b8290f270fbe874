"""Clean-stage benchmark: keep-all, C4-style line rules and copydesk on every labelled set.

Sets: ../shared/data/textclean/aeb_dev.jsonl and aeb_dev_readability.jsonl (real extracted
text, lines labelled against the AEB gold body), bench/data/cleanset_dev.jsonl (our own
generated articles with injected junk) and bench/data/handset_*.txt (hand-written articles with
injected junk; see bench/data/handset.py for which are trained on and which are held out). Sets
that are absent are skipped with a message.

Figures per set and method:
- F1: token F1 of the kept text against the gold body. Tokens are lower-cased `\\w+`
  (CJK characters one token each), compared as multisets per page; precision and recall are
  averaged over pages and F1 is their harmonic mean (AEB's corpus convention).
- lost%: share of article lines removed. junkR / junkP: recall and precision of removed
  lines on the junk lines. cleanLost: article lines removed from pages without any junk.
- art/CPU-s: articles cleaned per CPU-second by the clean step alone (process time).

Run: .venv/bin/python bench/cleanup.py [--cv K] [--json out.json]
--cv K scores the AEB sets with K-fold cross-validation by page (models trained by
bench/train_cleaner.py on cleanset_train + the other folds), and the hand-written sets the shipped
model is trained on with K-fold cross-validation by set (each set cleaned by a model that never saw
its writer's file); needs scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from copydesk.clean import FROM_SOURCES, SiteLineStats, clean_lines
from copydesk.clean.model import CleanModel
from copydesk.clean.stage import prepare
from copydesk.config import DEFAULT

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import handset  # bench/data/handset.py, beside the set files

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "textclean"
OWN = ROOT / "bench" / "data"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


@dataclass(slots=True)
class Doc:
    """One labelled page: its lines, which are junk, and why (where the set says)."""

    id: str
    title: str | None
    url: str | None
    site: str | None
    kind: str
    lines: list[str]
    junk: list[bool]
    reasons: list[str | None]
    gold: str = ""
    group: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _aeb(row: dict) -> Doc:
    lines = [ln["text"] for ln in row["lines"]]
    return Doc(row["id"], row.get("title"), row.get("url"), None, "aeb", lines,
               [ln["label"] == "junk" for ln in row["lines"]], [None] * len(lines),
               gold=row.get("gold_text", ""), group=row["id"])


def _own(row: dict) -> Doc:
    lines = [ln["text"] for ln in row["lines"]]
    junk = [ln["label"] != "article" for ln in row["lines"]]
    gold = "\n".join(t for t, j in zip(lines, junk, strict=True) if not j)
    return Doc(row["id"], row.get("title"), row.get("url"), row.get("site"), row.get("kind", ""), lines,
               junk, [ln.get("reason") if j else None for ln, j in zip(row["lines"], junk, strict=True)],
               gold=gold, group=row.get("title") or row["id"])  # one base article → 4 records, one fold


def load(path: Path) -> list[Doc]:
    """Read one set: a hand-written `.txt` set, or JSONL whose AEB and cleanset records are told apart
    by their fields."""
    if path.suffix == ".txt":
        return [_own(row) for row in handset.parse(path)]
    docs = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip():
                row = json.loads(raw)
                docs.append(_aeb(row) if "gold_text" in row else _own(row))
    return docs


def available_sets() -> dict[str, list[Doc]]:
    paths = {"aeb_dev": SHARED / "aeb_dev.jsonl", "aeb_dev_readability": SHARED / "aeb_dev_readability.jsonl",
             "cleanset_dev": OWN / "cleanset_dev.jsonl"}
    paths |= {path.stem: path for path in sorted(OWN.glob("handset_*.txt"))}
    sets = {}
    for name, path in paths.items():
        if path.exists():
            sets[name] = load(path)
        else:
            print(f"[cleanup] {name}: {path} not found, skipped", file=sys.stderr)
    return sets


# ----------------------------------------------------------------------------- methods

Method = Callable[[list[Doc]], list[list[bool]]]


def keep_all(docs: list[Doc]) -> list[list[bool]]:
    return [[False] * len(d.lines) for d in docs]


_C4_END = (".", "?", "!", '"', "”", "’", "'")
_C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies",
              "use cookies")


def c4_removes(line: str) -> bool:
    """C4's line filters (Raffel et al. 2020, tfds c4_utils), applied per line.

    Kept lines end in terminal punctuation (. ? ! or a closing quote), have at least 5 words
    and mention neither "javascript" nor a cookie/terms/privacy policy phrase. C4's page-level
    filters (lorem ipsum, curly braces, < 3 sentences, bad words) drop whole pages; here they
    remove just the offending line so the row stays comparable.
    """
    text = line.strip()
    low = text.lower()
    if not text.endswith(_C4_END) or len(text.split()) < 5:
        return True
    return "javascript" in low or "lorem ipsum" in low or "{" in text or any(p in low for p in _C4_POLICY)


def c4_rules(docs: list[Doc]) -> list[list[bool]]:
    return [[c4_removes(line) for line in d.lines] for d in docs]


def copydesk(docs: list[Doc], model: CleanModel | None = None) -> list[list[bool]]:
    out = []
    for d in docs:
        removed = {r.index for r in clean_lines(d.lines, d.title, DEFAULT, model=model).removed}
        out.append([i in removed for i in range(len(d.lines))])
    return out


def copydesk_site(docs: list[Doc]) -> list[list[bool]]:
    """Two passes, as `copydesk run` does: count lines per site, then clean with those counts."""
    stats = SiteLineStats(DEFAULT)
    for d in docs:
        stats.add(d.site, d.lines)
    out = []
    for d in docs:
        result = clean_lines(d.lines, d.title, DEFAULT, site=d.site, site_stats=stats)
        removed = {r.index for r in result.removed}
        out.append([i in removed for i in range(len(d.lines))])
    return out


# ----------------------------------------------------------------------------- metrics

def _tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def token_f1(docs: list[Doc], removed: list[list[bool]]) -> float:
    ps, rs = [], []
    for d, rem in zip(docs, removed, strict=True):
        gold = _tokens(d.gold)
        kept = _tokens("\n".join(t for t, r in zip(d.lines, rem, strict=True) if not r))
        tp = sum((gold & kept).values())
        ps.append(tp / sum(kept.values()) if kept else 0.0)
        rs.append(tp / sum(gold.values()) if gold else 0.0)
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return 2 * p * r / (p + r) if p + r else 0.0


def line_scores(docs: list[Doc], removed: list[list[bool]]) -> dict[str, float]:
    art = lost = junk = caught = rem_total = clean_lost = 0
    for d, rem in zip(docs, removed, strict=True):
        clean_page = not any(d.junk)
        for is_junk, r in zip(d.junk, rem, strict=True):
            art += not is_junk
            lost += r and not is_junk
            junk += is_junk
            caught += r and is_junk
            rem_total += r
            clean_lost += r and clean_page
    return {"lost%": 100 * lost / max(art, 1), "junkR": caught / max(junk, 1),
            "junkP": caught / rem_total if rem_total else 1.0, "cleanLost": float(clean_lost),
            "lost": float(lost), "articleLines": float(art), "junkLines": float(junk),
            "caught": float(caught)}


def reason_recall(docs: list[Doc], removed: list[list[bool]]) -> dict[str, str]:
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for d, rem in zip(docs, removed, strict=True):
        for reason, r in zip(d.reasons, rem, strict=True):
            if reason:
                total[reason] += 1
                hit[reason] += r
    return {k: f"{hit[k] / total[k]:.2f} ({total[k]})" for k in sorted(total)}


def speed(docs: Iterable[Doc], rounds: int = 3) -> float:
    """Articles per CPU-second of `clean_lines` with the model loaded once beforehand."""
    items = list(docs)
    prepare()  # model and compiled patterns, once per worker
    clean_lines(["warm up line."], "t")
    start = time.process_time()
    for _ in range(rounds):
        for d in items:
            clean_lines(d.lines, d.title)
    spent = time.process_time() - start
    return rounds * len(items) / spent if spent > 0 else 0.0


# ----------------------------------------------------------------------------- report

def evaluate(name: str, docs: list[Doc], methods: dict[str, Method]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for method, fn in methods.items():
        if method == "copydesk+site" and not any(d.site for d in docs):
            continue
        removed = fn(docs)
        row: dict[str, object] = {"set": name, "method": method, "F1": token_f1(docs, removed)}
        row.update(line_scores(docs, removed))
        if method.startswith("copydesk") and any(any(d.reasons) for d in docs):
            row["reasons"] = reason_recall(docs, removed)
        rows.append(row)
    return rows


def pooled(rows: list[dict[str, object]], names: list[str]) -> str:
    """Junk recall and article lines lost of copydesk over the named sets together."""
    picked = [r for r in rows if r["set"] in names and r["method"] == "copydesk"]
    sums = {key: sum(float(r[key]) for r in picked)  # type: ignore[arg-type]
            for key in ("caught", "junkLines", "lost", "articleLines")}
    share = 100 * sums["lost"] / max(sums["articleLines"], 1)
    return (f"junk recall {sums['caught'] / max(sums['junkLines'], 1):.3f}, article lines lost "
            f"{int(sums['lost'])} of {int(sums['articleLines'])} ({share:.2f}%)")


def print_table(rows: list[dict[str, object]], rate: float, per_set: dict[str, float], cv: int = 0) -> None:
    head = f"{'set':<20} {'method':<16} {'F1':>6} {'lost%':>6} {'junkR':>6} {'junkP':>6} {'cleanLost':>9}"
    print(head)
    for r in rows:
        print(f"{r['set']:<20} {r['method']:<16} {r['F1']:>6.4f} {r['lost%']:>6.2f} {r['junkR']:>6.3f} "
              f"{r['junkP']:>6.3f} {int(r['cleanLost']):>9d}")  # type: ignore[call-overload]
    names = {str(r["set"]) for r in rows}
    trained = [name for name in handset.TRAINED if name in names]
    held_out = sorted(n for n in names if n.startswith("handset") and n not in trained)
    if trained:
        how = f"scored by {cv}-fold CV over the sets" if cv else "in-sample rows"
        print(f"\nhand-written sets the shipped model is trained on ({how}): {', '.join(trained)}; "
              f"held out: {', '.join(held_out)}")
        print(f"  trained sets together ({how}): {pooled(rows, trained)}")
    if held_out:
        print(f"  held-out sets together: {pooled(rows, held_out)}")
    build = "Python sources" if FROM_SOURCES else "compiled (mypyc)"
    print(f"\nclean stage speed, {build}: {rate:.0f} articles per CPU-second over all sets; per set: "
          + ", ".join(f"{name} {value:.0f}" for name, value in per_set.items()))
    for r in rows:
        if "reasons" in r:
            print(f"\nper-reason junk recall, {r['set']} / {r['method']}:")
            for k, v in r["reasons"].items():  # type: ignore[attr-defined]
                print(f"  {k:<12} {v}")


def print_misses(docs: list[Doc]) -> None:
    """Each article line copydesk removes (with its reason) and each junk line it keeps."""
    for d in docs:
        result = clean_lines(d.lines, d.title, DEFAULT, site=d.site)
        removed = {r.index: r.reason for r in result.removed}
        for i, (line, junk, reason) in enumerate(zip(d.lines, d.junk, d.reasons, strict=True)):
            if junk != (i in removed):
                label = f"kept {reason}" if junk else f"LOST as {removed[i]}"
                print(f"{d.id} [{label}] {line[:150]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, default=0, help="K-fold CV by page for the AEB sets")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--misses", metavar="SET", help="only list SET's lost article lines and kept junk")
    args = parser.parse_args(argv)
    sets = available_sets()
    if not sets:
        print("[cleanup] no data sets found; nothing to do")
        return 0
    if args.misses:
        print_misses(sets[args.misses])
        return 0
    methods: dict[str, Method] = {"keep-all": keep_all, "C4 line rules": c4_rules, "copydesk": copydesk,
                                  "copydesk+site": copydesk_site}
    rows: list[dict[str, object]] = []
    for name, docs in sets.items():
        use = dict(methods)
        if args.cv and name.startswith("aeb"):
            from train_cleaner import cv_removed  # needs scikit-learn; imported only when asked

            use["copydesk"] = lambda ds, k=args.cv, n=name: cv_removed(n, ds, k)
            use.pop("copydesk+site")
        elif args.cv and name in handset.TRAINED:
            from train_cleaner import set_cv_removed

            use["copydesk"] = lambda ds, k=args.cv, n=name: set_cv_removed(n, ds, k)
            use.pop("copydesk+site")
        rows.extend(evaluate(name, docs, use))
    rate = speed(d for docs in sets.values() for d in docs)
    per_set = {name: speed(docs) for name, docs in sets.items()}
    print_table(rows, rate, per_set, args.cv)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "articles_per_cpu_s": rate,
                                         "articles_per_cpu_s_per_set": per_set, "compiled": not FROM_SOURCES},
                                        indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

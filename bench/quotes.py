"""Quote attribution benchmark on PolNeAR, scored by the reference scorer, plus enrich speed.

Runs copydesk's enrich stage (entities + quotes) over PolNeAR texts, writes the predictions to
bench/results/, scores them with ../shared/tools/quotes/eval_quotes.py (L50 matching) and prints
the table against the open anchors and the goals of issue 5. Speed is articles of 600 words per
CPU-second (time.process_time around the whole stage, spaCy parse included).

    .venv/bin/python bench/quotes.py [--split dev] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data" / "quotes"
SCORER = SHARED / "tools" / "quotes" / "eval_quotes.py"
RESULTS = ROOT / "bench" / "results"

#: (label, scorer group, scorer key, best open anchor, goal) — anchors and goals from issue 5.
ROWS = (
    ("direct quotes F1", "direct", "F1", 89.0, "GenderGapTracker rules", 93.0),
    ("direct E2E F1", "direct", "E2E_F1", 80.7, "textacy, per paragraph", 88.0),
    ("direct + partial F1", "direct+partial", "F1", 82.1, "GenderGapTracker", 88.0),
    ("all attributions F1", "all", "F1", 56.5, "GenderGapTracker", 65.0),
)
WORDS_PER_ARTICLE = 600


def load(split: str, limit: int | None) -> list[dict[str, Any]]:
    with (DATA / f"polnear_{split}.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return records[:limit] if limit else records


def run_enrich(records: list[dict[str, Any]]) -> tuple[list[Any], float]:
    """Enrich every record's text; returns the articles and the CPU seconds spent."""
    from copydesk.article import Article
    from copydesk.enrich import EnrichStage

    stage = EnrichStage()
    stage.process(Article(id="warm", source="bench", text="Warm-up, he said."))
    articles = [Article(id=r["id"], source="polnear", text=r["text"]) for r in records]
    cpu = time.process_time()
    done = list(stage(articles))
    return done, time.process_time() - cpu


def parse_seconds(records: list[dict[str, Any]], only: tuple[str, ...] = ()) -> float:
    """CPU seconds of the spaCy pipeline alone (the same components enrich runs, or `only`
    these) on the texts: the ceiling on enrich speed, whatever the rules after it cost."""
    from copydesk.enrich.nlp import MAX_CHARS
    from copydesk.enrich.nlp import load as load_nlp
    from copydesk.enrich.parsed import BATCH_SIZE

    nlp = load_nlp()
    list(nlp.pipe(["Warm-up, he said."]))
    disable = [name for name in nlp.pipe_names if only and name not in only]
    cpu = time.process_time()
    for _ in nlp.pipe((r["text"][:MAX_CHARS] for r in records), batch_size=BATCH_SIZE, disable=disable):
        pass
    return time.process_time() - cpu


def write_predictions(articles: list[Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            quotes = [{k: q[k] for k in ("start", "end", "speaker_start", "speaker_end", "kind")}
                      for q in a.quotes]
            fh.write(json.dumps({"id": a.id, "quotes": quotes}) + "\n")


def score(gold: Path, preds: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--system", "file", "--preds", str(preds)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


def print_table(result: dict[str, Any]) -> None:
    block = result["L50"]
    print("| metric (L50) | copydesk | best open anchor | goal |")
    print("|---|---|---|---|")
    for label, group, key, anchor, who, goal in ROWS:
        print(f"| {label} | {block[group][key]:.1f} | {anchor} ({who}) | ≥ {goal:g} |")
    print()
    print("| group | P | R | F1 | speaker acc | E2E F1 | predicted | gold |")
    print("|---|---|---|---|---|---|---|---|")
    for group in ("direct", "direct+partial", "all"):
        b = block[group]
        print(f"| {group} | {b['P']} | {b['R']} | {b['F1']} | {b['speaker_acc']} | {b['E2E_F1']} "
              f"| {b['n_pred']} | {b['n_gold']} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = ap.parse_args()
    gold = DATA / f"polnear_{args.split}.jsonl"
    if not gold.exists() or not SCORER.exists():
        print(f"PolNeAR data or scorer not found under {SHARED}; nothing to benchmark.")
        return 0
    records = load(args.split, args.limit)
    articles, cpu = run_enrich(records)
    errors = [a for a in articles if not a.ok]
    preds = RESULTS / f"quotes_{args.split}_preds.jsonl"
    write_predictions(articles, preds)
    if args.limit:
        gold = RESULTS / f"quotes_{args.split}_gold_subset.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = score(gold, preds)
    words = sum(len(r["text"].split()) for r in records)
    print(f"PolNeAR {args.split}: {len(records)} articles, {words} words, {len(errors)} error records")
    print_table(result)
    print(f"\nspeed: {words / WORDS_PER_ARTICLE / cpu:.1f} articles of {WORDS_PER_ARTICLE} words per "
          f"CPU-second ({len(records) / cpu:.1f} articles/CPU-s, {cpu:.1f} CPU-s; goal ≥ 20)")
    parse = parse_seconds(records)
    print(f"spaCy pipeline alone: {words / WORDS_PER_ARTICLE / parse:.1f} articles of {WORDS_PER_ARTICLE} "
          f"words per CPU-second ({parse:.1f} CPU-s; {parse / cpu:.0%} of the enrich stage)")
    ner = parse_seconds(records, ("ner",))
    print(f"spaCy NER alone (entities need it): {words / WORDS_PER_ARTICLE / ner:.1f} "
          f"articles of {WORDS_PER_ARTICLE} words per CPU-second ({ner:.1f} CPU-s)")
    (RESULTS / f"quotes_{args.split}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

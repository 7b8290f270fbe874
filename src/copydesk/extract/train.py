"""Train the body-block classifier on AEB and report k-fold cross-validated AEB F1.

    .venv/bin/python -m copydesk.extract.train [--folds 5] [--write]

Blocks are labelled from the gold body: a block is article text when most of its 4-token
shingles occur in the gold text. The figures reported are the AEB metric of held-out pages
only, averaged over `--repeats` shuffles: with folds split by page (a site's other page may be
in training) and with folds split by site (registered domain; the stricter figure, closer to
how the model does on sites it never saw). Needs scikit-learn (training only) and
../shared/data/aeb.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from copydesk.extract import body, dom
from copydesk.extract.features import FEATURES, block_features
from copydesk.extract.meta import registered_domain
from copydesk.extract.metadata import find_title, json_ld, meta_tags
from copydesk.extract.model import MODEL_PATH, BlockModel, from_trees
from copydesk.trees import pack

#: Small trees: enough to combine layout cues non-linearly, too few to memorise 181 pages. Depth 4
#: beat depth 3 by 0.002 F1 in page- and site-grouped CV (5 shuffles each); more trees or depth 5
#: gained nothing measurable and cost scoring time.
TREES, DEPTH, RATE = 100, 4, 0.1
#: A block's training weight is its share of the page's text (the AEB metric weighs pages, not
#: blocks, equally) plus a small floor so short blocks still count.
PAGE_WEIGHT, BLOCK_WEIGHT = 100.0, 0.02
AEB = Path(__file__).resolve().parents[4] / "shared" / "data" / "aeb"
_TOKEN = re.compile(r"\w+")


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    if len(tokens) < 4:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)}


def label(text: str, gold_shingles: set[tuple[str, ...]], gold_joined: str) -> float:
    """1.0 when the block is gold article text (most of its shingles are in the gold body)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return float(bool(tokens) and f" {' '.join(tokens)} " in gold_joined)
    grams = [tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)]
    return float(sum(g in gold_shingles for g in grams) >= 0.5 * len(grams))


def page_rows(html: str, gold: str) -> dict[str, Any]:
    tree = dom.parse(html)
    title = find_title(tree, meta_tags(tree), json_ld(tree))
    dom.strip_scripts(tree)
    blocks = dom.blocks(tree.body)
    cols = body.Columns(blocks)
    root = body.find_root(cols)
    rows = block_features(cols, title, root, body.rule_keep(cols, title, root))
    tokens = _TOKEN.findall(gold)
    shingles, joined = _shingles(tokens), f" {' '.join(tokens)} "
    labels = [label(b.text, shingles, joined) for b in blocks]
    total = sum(len(b.text) for b in blocks) or 1
    weights = [PAGE_WEIGHT * len(b.text) / total + BLOCK_WEIGHT for b in blocks]
    return {"rows": rows, "labels": labels, "weights": weights, "texts": [b.text for b in blocks],
            "parents": [b.parent for b in blocks], "gold": gold}


def load_pages() -> dict[str, dict[str, Any]]:
    gold = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in sorted(gold):
        with gzip.open(AEB / "html" / f"{key}.html.gz", "rb") as fh:
            html = fh.read().decode("utf-8", errors="replace")
        pages[key] = page_rows(html, gold[key].get("articleBody") or "")
        pages[key]["site"] = registered_domain(gold[key].get("url")) or key
    return pages


def fit(pages: list[dict[str, Any]], cutoff: float = 0.5) -> BlockModel:
    """Gradient-boosted trees (scikit-learn, training only) packed into a `BlockModel`."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    x = np.vstack([p["rows"] for p in pages])
    y = np.array([v for p in pages for v in p["labels"]], dtype=int)
    sw = np.array([v for p in pages for v in p["weights"]], dtype=float)
    gbm = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=RATE,
                                     subsample=0.8, random_state=0)
    gbm.fit(x, y, sample_weight=sw)
    return from_trees(pack(gbm), cutoff)


def predict_text(model: BlockModel, page: dict[str, Any]) -> str:
    return "\n".join(t for t, k in zip(page["texts"], model.keep(page["rows"]), strict=True) if k)


def folds_of(pages: dict[str, dict[str, Any]], folds: int, seed: int, by_site: bool) -> list[list[str]]:
    """Page keys split into `folds` held-out sets, shuffled by `seed`; a site's pages stay together
    when `by_site`."""
    groups: dict[str, list[str]] = {}
    for key in sorted(pages):
        groups.setdefault(pages[key].get("site", key) if by_site else key, []).append(key)
    names = sorted(groups)
    random.Random(seed).shuffle(names)
    return [[k for name in names[fold::folds] for k in groups[name]] for fold in range(folds)]


def cross_validate(pages: dict[str, dict[str, Any]], folds: int, thresholds: list[float],
                   by_site: bool = False, seeds: tuple[int, ...] = (13,)) -> dict[float, dict[str, float]]:
    """AEB scores of held-out pages for each decision threshold, averaged over shuffles `seeds`."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from scoring import corpus_scores, page_counts

    runs: dict[float, list[dict[str, float]]] = {t: [] for t in thresholds}
    for seed in seeds:
        counts: dict[float, list] = {t: [] for t in thresholds}
        for test in folds_of(pages, folds, seed, by_site):
            held = set(test)
            model = fit([pages[k] for k in sorted(pages) if k not in held])
            for t in thresholds:
                tuned = replace(model, cutoff=t)
                counts[t] += [page_counts(pages[k]["gold"], predict_text(tuned, pages[k])) for k in test]
        for t in thresholds:
            runs[t].append(corpus_scores(counts[t]))
    return {t: {m: sum(r[m] for r in rs) / len(rs) for m in rs[0]} for t, rs in runs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3, help="shuffles averaged per CV figure")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL_PATH.name}")
    args = parser.parse_args()
    if not (AEB / "ground-truth.json").exists():
        print(f"AEB data not found at {AEB}: nothing to train on.")
        return 0
    pages = load_pages()
    grid = sorted({args.threshold, 0.4, 0.5, 0.6})
    seeds = tuple(13 + i for i in range(args.repeats))
    report = {}
    for by_site in (False, True):
        cv = cross_validate(pages, args.folds, grid, by_site, seeds)
        split = "site" if by_site else "page"
        for t, s in cv.items():
            print(f"{args.folds}-fold CV by {split} ({len(seeds)} shuffles), threshold {t:.2f}: "
                  f"F1 {s['f1']:.4f} P {s['precision']:.4f} R {s['recall']:.4f}")
        report[split] = {k: round(v, 4) for k, v in cv[args.threshold].items()}
    model = fit(list(pages.values()), args.threshold)
    print(f"features: {', '.join(FEATURES)}")
    if args.write:
        data = model.to_dict()
        data["cv"] = {"folds": args.folds, "pages": len(pages), "shuffles": len(seeds), **report["page"],
                      "by_site": report["site"]}
        MODEL_PATH.write_text(json.dumps(data) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

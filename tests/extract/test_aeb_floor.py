"""CI gate: copydesk's body extraction must not fall below the AEB score it reached.

Runs only where ../shared/data/aeb exists beside the repository (CI has it, plain clones don't).
"""

import gzip
import json
from pathlib import Path

import pytest

from bench_module import load_bench
from copydesk.errors import ExtractError
from copydesk.extract import extract_page

ROOT = Path(__file__).resolve().parents[2]
AEB = ROOT.parent / "shared" / "data" / "aeb"
#: Measured F1 0.990, P 0.987, R 0.994 with the shipped model, which saw these pages in
#: training (its 5-fold cross-validated F1, held-out pages only, is 0.978 with folds split by
#: page and 0.971 split by site): the floor leaves room for noise-free refactors only. Raised
#: from 0.980/0.972/0.985 with the depth-4 model, inline chrome and the stricter chrome root.
F1_FLOOR = 0.987
PRECISION_FLOOR = 0.982
RECALL_FLOOR = 0.990


def _scoring():
    return load_bench("scoring")


def _body(html: str, url: str) -> str:
    try:
        return "\n".join(extract_page(html, url).paragraphs)
    except ExtractError:
        return ""


@pytest.mark.skipif(not (AEB / "ground-truth.json").exists(), reason="AEB data not present")
def test_aeb_f1_floor():
    gold = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    truth, preds = {}, {}
    for key, item in gold.items():
        with gzip.open(AEB / "html" / f"{key}.html.gz", "rb") as fh:
            preds[key] = _body(fh.read().decode("utf-8", errors="replace"), item.get("url") or "")
        truth[key] = item.get("articleBody") or ""
    scores = _scoring().score(truth, preds)
    assert scores["f1"] >= F1_FLOOR, scores
    assert scores["precision"] >= PRECISION_FLOOR, scores
    assert scores["recall"] >= RECALL_FLOOR, scores

"""Article-body extraction benchmark on AEB: copydesk against trafilatura, readability, resiliparse.

Every extractor runs over the same pages in the same process; accuracy uses the AEB metric
(bench/scoring.py, cross-checked against ../shared/tools/score_extraction.py when present) and
speed is pages per CPU-second (time.process_time around parse+extract of each page).
"copydesk" is the whole extract (body plus title, authors, date, canonical URL, site name and
language); "copydesk-text" is the body alone, as trafilatura's `extract` and the others are run.

    .venv/bin/python bench/extraction.py [--only copydesk] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import page_counts, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
AEB = SHARED / "data" / "aeb"
REFERENCE = SHARED / "tools" / "score_extraction.py"
RESULTS = ROOT / "bench" / "results" / "extraction.json"

Extractor = Callable[[str, str], str]


def run_copydesk(html: str, url: str) -> str:
    from copydesk.extract import extract_page

    return _paragraphs_or_empty(lambda: extract_page(html, url).paragraphs)


def run_copydesk_text(html: str, url: str) -> str:
    from copydesk.extract import extract_text

    return _paragraphs_or_empty(lambda: extract_text(html))


def _paragraphs_or_empty(extract: Callable[[], list[str]]) -> str:
    """copydesk's paragraphs as one text; a page it rejects gives no text, as the others do."""
    from copydesk.errors import ExtractError

    try:
        return "\n".join(extract())
    except ExtractError:
        return ""


def run_trafilatura(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True, include_comments=False) or ""


def run_readability(html: str, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""


def run_resiliparse(html: str, url: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return str(extract_plain_text(HTMLTree.parse(html), main_content=True))


EXTRACTORS: dict[str, Extractor] = {
    "copydesk": run_copydesk,
    "copydesk-text": run_copydesk_text,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
    "resiliparse": run_resiliparse,
}


def load_pages() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(id → html, id → url, id → gold body) for every AEB page."""
    gold = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    html, urls, truth = {}, {}, {}
    for key in sorted(gold):
        with gzip.open(AEB / "html" / f"{key}.html.gz", "rb") as fh:
            html[key] = fh.read().decode("utf-8", errors="replace")
        urls[key] = gold[key].get("url") or ""
        truth[key] = gold[key].get("articleBody") or ""
    return html, urls, truth


def run_all(names: list[str], html: dict[str, str], urls: dict[str, str],
            repeat: int) -> dict[str, tuple[dict[str, str], float]]:
    """Predictions of each extractor and the CPU seconds it spent (best of `repeat` timed passes).

    An untimed pass over all pages comes first, for every extractor alike: imports and lazily
    built tables (htmldate's and dateparser's patterns, lru caches) are set-up, not per-page work.
    Timed passes take turns (copydesk, trafilatura, ..., copydesk, trafilatura, ...), so a change
    in the machine's load during the run falls on every extractor alike rather than on one.
    """
    for name in names:
        for key, page in html.items():
            EXTRACTORS[name](page, urls[key])
    out: dict[str, tuple[dict[str, str], float]] = {}
    for _ in range(repeat):
        for name in names:
            preds, spent = _timed_pass(EXTRACTORS[name], html, urls)
            out[name] = (preds, min(spent, out[name][1]) if name in out else spent)
    return out


def _timed_pass(fn: Extractor, html: dict[str, str], urls: dict[str, str]) -> tuple[dict[str, str], float]:
    spent = 0.0
    preds: dict[str, str] = {}
    for key, page in html.items():
        start = time.process_time()
        preds[key] = fn(page, urls[key])
        spent += time.process_time() - start
    return preds, spent


def reference_check(truth: dict[str, str], preds: dict[str, str], ours: dict[str, float]) -> str:
    """Score with the shared reference scorer too and say whether the two agree."""
    if not REFERENCE.exists():
        return "reference scorer absent: not cross-checked"
    spec = importlib.util.spec_from_file_location("score_extraction", REFERENCE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gt = {k: {"articleBody": v} for k, v in truth.items()}
    ref = module.evaluate(gt, {k: {"articleBody": preds.get(k, "")} for k in truth}, n_bootstrap=0)
    diff = max(abs(ref[m] - ours[m]) for m in ("f1", "precision", "recall"))
    verdict = "agrees with" if diff < 1e-9 else "DISAGREES with"
    return f"bench/scoring.py {verdict} ../shared/tools/score_extraction.py (max |diff| {diff:.1e})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS))
    parser.add_argument("--repeat", type=int, default=3,
                        help="timing passes per extractor, taken in turns (best kept)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst copydesk pages")
    args = parser.parse_args()
    if not (AEB / "ground-truth.json").exists():
        print(f"AEB data not found at {AEB}: nothing to benchmark.")
        return 0
    html, urls, truth = load_pages()
    rows: dict[str, dict[str, Any]] = {}
    checks = []
    names = args.only or list(EXTRACTORS)
    for name, (preds, cpu) in run_all(names, html, urls, args.repeat).items():
        rows[name] = {**score(truth, preds), "pages": len(html), "cpu_s": cpu,
                      "pages_per_cpu_s": len(html) / cpu}
        checks.append(f"{name}: {reference_check(truth, preds, rows[name])}")
        if name == "copydesk" and args.worst:
            _print_worst(truth, preds, args.worst)
    _print_table(rows)
    print("\n".join(checks))
    print(_model_note())
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"dataset": "aeb", "results": rows}, indent=2), encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 0


def _model_note() -> str:
    """copydesk's block model was trained on these pages: say so, with its cross-validated scores."""
    path = ROOT / "src" / "copydesk" / "extract" / "block_model.json"
    if not path.exists():
        return "copydesk: no block model shipped, rules only (nothing trained on AEB)"
    cv = json.loads(path.read_text(encoding="utf-8")).get("cv") or {}
    site = cv.get("by_site") or {}
    return (f"note: copydesk's block classifier was trained on these {cv.get('pages', '?')} pages; its "
            f"{cv.get('folds', '?')}-fold cross-validated AEB F1 (held-out pages only, mean of "
            f"{cv.get('shuffles', 1)} shuffles) is {cv.get('f1', '?')} (P {cv.get('precision', '?')}, "
            f"R {cv.get('recall', '?')}) with folds split by page, {site.get('f1', '?')} "
            f"(P {site.get('precision', '?')}, R {site.get('recall', '?')}) split by site: "
            "python -m copydesk.extract.train")


def _print_worst(truth: dict[str, str], preds: dict[str, str], n: int) -> None:
    scored = sorted(((page_counts(truth[k], preds.get(k, "")), k) for k in truth),
                    key=lambda item: (item[0].f1, item[1]))
    for counts, key in scored[:n]:
        print(f"  {counts.f1:.3f} P={counts.precision:.3f} R={counts.recall:.3f} {key[:12]}")


def _print_table(rows: dict[str, dict[str, Any]]) -> None:
    base = rows.get("trafilatura", {}).get("pages_per_cpu_s")
    print(f"{'extractor':<13} {'F1':>6} {'P':>6} {'R':>6} {'pages/CPU-s':>12} {'× trafilatura':>14}")
    for name, row in rows.items():
        ratio = f"{row['pages_per_cpu_s'] / base:.2f}" if base else "-"
        print(f"{name:<13} {row['f1']:>6.3f} {row['precision']:>6.3f} {row['recall']:>6.3f} "
              f"{row['pages_per_cpu_s']:>12.1f} {ratio:>14}")


if __name__ == "__main__":
    raise SystemExit(main())

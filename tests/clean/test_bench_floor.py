"""CI gate: the clean stage must not fall below the benchmark figures it reached.

cleanset_dev (our own articles with injected junk, never trained on) ships in bench/data; the AEB
rows run only where ../shared/data/textclean exists beside the repository. The AEB figures here
are in-sample (the shipped model saw those pages); `bench/cleanup.py --cv 5` gives the held-out
ones (F1 0.9861, 0.45% of article lines lost on aeb_dev). The hand-written sets handset_c and
handset_d (bench/data, never trained on) gate junk recall on articles written blind to the rules.
"""

from pathlib import Path

import pytest

from bench_module import load_bench

ROOT = Path(__file__).resolve().parents[2]
TEXTCLEAN = ROOT.parent / "shared" / "data" / "textclean"
#: Measured junk recall 0.952 with no article line lost (goal: recall >= 0.90, <= 0.5% lost,
#: none on the clean articles).
CLEANSET_RECALL_FLOOR = 0.95
#: Measured in-sample F1 0.9869 and 0.33% of article lines lost.
AEB_F1_FLOOR = 0.986
AEB_LOST_CEILING = 0.35
#: Held-out hand-written sets: measured junk recall 0.918 / 0.887 and 0 / 3 article lines lost (0 /
#: 0.84%); the issue's goal for such articles is recall >= 0.85 with <= 1% lost.
#: Four files written blind after round 15 was final, scored once: 0.936 / 0.913 / 0.847 / 0.909 with
#: 0.62% / 0.26% / 0.32% / 0.60% lost.
HANDSET_FLOORS = {"handset_c": (0.91, 0.0), "handset_d": (0.88, 0.9), "handset_zu": (0.93, 0.7),
                  "handset_zv": (0.91, 0.3), "handset_zw": (0.84, 0.4), "handset_zx": (0.90, 0.7)}


def _bench():
    return load_bench("cleanup")


def test_cleanset_dev_recall_floor_and_no_article_line_lost():
    bench = _bench()
    docs = bench.load(ROOT / "bench" / "data" / "cleanset_dev.jsonl")
    scores = bench.line_scores(docs, bench.copydesk(docs))
    assert scores["junkR"] >= CLEANSET_RECALL_FLOOR, scores
    assert scores["lost"] == 0 and scores["cleanLost"] == 0, scores


@pytest.mark.skipif(not (TEXTCLEAN / "aeb_dev.jsonl").exists(), reason="textclean data not present")
def test_aeb_dev_f1_floor():
    bench = _bench()
    docs = bench.load(TEXTCLEAN / "aeb_dev.jsonl")
    removed = bench.copydesk(docs)
    assert bench.token_f1(docs, removed) >= AEB_F1_FLOOR
    assert bench.line_scores(docs, removed)["lost%"] <= AEB_LOST_CEILING


@pytest.mark.parametrize("name", sorted(HANDSET_FLOORS))
def test_held_out_hand_written_sets_recall_floor_and_loss_ceiling(name):
    bench = _bench()
    docs = bench.available_sets()[name]
    scores = bench.line_scores(docs, bench.copydesk(docs))
    recall_floor, lost_ceiling = HANDSET_FLOORS[name]
    assert scores["junkR"] >= recall_floor, scores
    assert scores["lost%"] <= lost_ceiling, scores

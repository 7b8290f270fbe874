"""Benchmark of PLOVER event coding (src/copydesk/enrich/events.py).

Reports, on ../shared/data/events/plv_train.jsonl:
  * 5-fold cross-validated PLOVER root accuracy and macro-F1, end to end: each held-out sentence
    goes through the parser, the entities stage and `code_events` with a classifier trained on
    the other folds (plus our no-event training sentences); the most confident event's root is
    the prediction (CONCEDE/RETREAT count as YIELD; no event counts as wrong);
  * source/target mention match (token F1 >= 0.5 with the gold mention text);
  * a proxy dyad triple F1: gold countries are what the actor resolver finds inside the gold
    mention spans, kept where both sides resolve;
and, with the shipped weights, the share of our held-out no-event sentences
(bench/data/events_no_event_eval.txt) coded with no event, and speed in ~600-word articles per
CPU-second.

    .venv/bin/python bench/events.py
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_events import (
    DATA,
    ROOT,
    fit,
    label,
    load_plv,
    read_sentences,
    sentence_features,
    training_set,
)

EVAL_NEGATIVES = ROOT / "bench" / "data" / "events_no_event_eval.txt"
FOLDS = 5
SEED = 13
ARTICLE_WORDS = 600
SPEED_ARTICLES = 30


def folds(labels: list[str], k: int = FOLDS) -> list[int]:
    """Stratified fold number of each item (round robin within each shuffled class)."""
    rng = random.Random(SEED)
    fold = [0] * len(labels)
    by_class: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        by_class.setdefault(lab, []).append(i)
    for items in by_class.values():
        rng.shuffle(items)
        for j, i in enumerate(items):
            fold[i] = j % k
    return fold


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def mention_match(pred: dict[str, Any] | None, gold: str | None) -> bool:
    """Token F1 of predicted and gold mention texts is at least 0.5."""
    if not pred or not gold:
        return False
    a, b = _words(pred["text"]), _words(gold)
    common = sum((a & b).values())
    if not common:
        return False
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r) >= 0.5


def _root(events: list[dict[str, Any]]) -> str:
    if not events:
        return "NONE"
    best = max(events, key=lambda e: e["confidence"])["type"]
    return "YIELD" if best in ("CONCEDE", "RETREAT") else str(best)


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for cls in sorted(set(gold)):
        tp = sum(g == p == cls for g, p in zip(gold, pred, strict=True))
        fp = sum(p == cls and g != cls for g, p in zip(gold, pred, strict=True))
        fn = sum(g == cls and p != cls for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def _gold_country(text: str, mention: str | None, entities: list[dict[str, Any]]) -> str | None:
    from copydesk.enrich.events_actors import countries_in

    if not mention:
        return None
    start = text.find(mention)
    if start < 0:
        return None
    found = countries_in(entities, start, start + len(mention), start)
    return found[0] if found else None


def _triples(record: dict[str, Any], entities: list[dict[str, Any]], events: list[dict[str, Any]]
             ) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    gold_event = record["events"][0]
    text = record["text"]
    src = _gold_country(text, gold_event.get("source_text"), entities)
    tgt = _gold_country(text, gold_event.get("target_text"), entities)
    gold = {(src, tgt, label(record))} if src and tgt else set()
    pred = set()
    for event in events:
        s, t = event["source"], event["target"]
        if s and t and s.get("country") and t.get("country"):
            root = "YIELD" if event["type"] in ("CONCEDE", "RETREAT") else event["type"]
            pred.add((s["country"], t["country"], root))
    return gold, pred  # type: ignore[return-value]


def cross_validate(nlp: Any) -> dict[str, float]:
    from copydesk.enrich.entities import extract_entities
    from copydesk.enrich.events import code_events

    records = load_plv()
    texts, labels = training_set()
    docs = list(nlp.pipe(texts, batch_size=64))
    feats = sentence_features(docs)
    n_pos = len(records)
    fold = folds(labels)
    gold, pred, src_ok, tgt_ok = [], [], 0, 0
    tp = fp = fn = 0
    for k in range(FOLDS):
        train = [i for i in range(len(texts)) if fold[i] != k]
        model = fit([feats[i] for i in train], [labels[i] for i in train])
        for i in (i for i in range(n_pos) if fold[i] == k):
            entities = [m.to_dict() for m in extract_entities(docs[i])]
            events = code_events(docs[i], entities, None, model)
            gold.append(labels[i])
            pred.append(_root(events))
            top = max(events, key=lambda e: e["confidence"]) if events else {}
            src_ok += mention_match(top.get("source"), records[i]["events"][0].get("source_text"))
            tgt_ok += mention_match(top.get("target"), records[i]["events"][0].get("target_text"))
            g, p = _triples(records[i], entities, events)
            if g:
                tp += len(g & p)
                fp += len(p - g)
                fn += len(g - p)
    n = len(gold)
    return {"accuracy": sum(a == b for a, b in zip(gold, pred, strict=True)) / n,
            "macro_f1": macro_f1(gold, pred), "source_match": src_ok / n, "target_match": tgt_ok / n,
            "triple_f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0, "triple_gold": tp + fn, "n": n}


def no_event_precision(nlp: Any) -> tuple[float, int]:
    """Share of held-out no-event sentences coded with no event (shipped weights)."""
    from copydesk.enrich.entities import extract_entities
    from copydesk.enrich.events import code_events

    sentences = read_sentences(EVAL_NEGATIVES)
    clean = 0
    for doc in nlp.pipe(sentences, batch_size=64):
        entities = [m.to_dict() for m in extract_entities(doc)]
        clean += not code_events(doc, entities)
    return clean / len(sentences), len(sentences)


def articles() -> list[str]:
    """~600-word pseudo-articles of event and no-event sentences, in paragraphs of three."""
    texts, _ = training_set()
    rng = random.Random(SEED)
    rng.shuffle(texts)
    out, current, words = [], [], 0
    for sentence in texts:
        current.append(sentence)
        words += len(sentence.split())
        if words >= ARTICLE_WORDS:
            out.append("\n\n".join(" ".join(current[i:i + 3]) for i in range(0, len(current), 3)))
            current, words = [], 0
        if len(out) == SPEED_ARTICLES:
            break
    return out


def speed(nlp: Any) -> dict[str, float]:
    from copydesk.enrich.entities import extract_entities
    from copydesk.enrich.events import code_events
    from copydesk.enrich.quotes import extract_quotes

    texts = articles()
    t0 = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    t1 = time.process_time()
    mentions = []
    for doc in docs:
        found = extract_entities(doc)
        extract_quotes(doc, found)
        mentions.append([m.to_dict() for m in found])
    t2 = time.process_time()
    for doc, ents in zip(docs, mentions, strict=True):
        code_events(doc, ents)
    t3 = time.process_time()
    n = len(texts)
    return {"articles": n, "parse": n / (t1 - t0), "entities_quotes": n / (t2 - t1), "events": n / (t3 - t2),
            "all_with_parse": n / (t3 - t0)}


def main() -> int:
    if not DATA.exists():
        print(f"benchmark data not found at {DATA}; skipping the events benchmark")
        return 0
    from copydesk.enrich import nlp as nlp_mod

    nlp = nlp_mod.load()
    cv = cross_validate(nlp)
    share, count = no_event_precision(nlp)
    rate = speed(nlp)
    print(f"## Events ({FOLDS}-fold CV on {cv['n']} PLV train sentences, end to end)")
    print("| measure | value |\n|---|---|")
    print(f"| PLOVER root accuracy | {cv['accuracy']:.3f} |")
    print(f"| PLOVER root macro-F1 | {cv['macro_f1']:.3f} |")
    print(f"| source mention match (token F1 >= 0.5) | {cv['source_match']:.3f} |")
    print(f"| target mention match (token F1 >= 0.5) | {cv['target_match']:.3f} |")
    print(f"| dyad triple F1, proxy ({cv['triple_gold']} gold triples with resolvable countries) |"
          f" {cv['triple_f1']:.3f} |")
    print(f"| no-event sentences coded with no event ({count}, held out) | {share:.3f} |")
    print(f"| speed, articles/CPU-s ({rate['articles']:.0f} x ~{ARTICLE_WORDS} words): parse |"
          f" {rate['parse']:.1f} |")
    print(f"| speed: entities + quotes (on a parse) | {rate['entities_quotes']:.1f} |")
    print(f"| speed: events (on a parse + entities) | {rate['events']:.1f} |")
    print(f"| speed: parse + entities + quotes + events | {rate['all_with_parse']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the PLOVER sentence classifier shipped as src/copydesk/enrich/events_model.npz.

Data: ../shared/data/events/plv_train.jsonl (event sentences, one PLOVER root each; YIELD stands
for CONCEDE + RETREAT) plus bench/data/events_no_event_train.txt (sentences we wrote that report
no event, class NONE). Features are `copydesk.enrich.events_model.features`, the ones used at
run time; scikit-learn fits a logistic regression and a linear SVM, numpy runs their blend.

    .venv/bin/python bench/train_events.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "plv_train.jsonl"
NEGATIVES = ROOT / "bench" / "data" / "events_no_event_train.txt"
#: Inverse regularisation strength of the logistic regression. 5-fold CV root accuracy (parse
#: group weight 1.0): C=20 → 0.773, 50 → 0.779, 100 → 0.779; class_weight="balanced" did not help.
C = 50.0
#: Weight of the regression's probabilities against softmax(SCALE * linear-SVM margins), and the
#: SVM's C (one-vs-rest NB-SVM, squared hinge). 5-fold CV root accuracy, fold seeds 13 / 7 / 21:
#: plain SVM (C=3) 0.801 / 0.790 / 0.788, NB-SVM C=0.3 0.804 / 0.797 / 0.797 (C=1: 0.803 on seed 13).
BLEND = 0.5
SCALE = 4.0
SVM_C = 0.3
#: Additive smoothing of the per-class feature counts behind the NB weights.
NB_ALPHA = 1.0
#: Features seen in fewer training sentences are dropped: they cannot generalise and bloat the file.
MIN_COUNT = 2


def read_sentences(path: Path) -> list[str]:
    """Non-comment lines of a sentence list."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def load_plv(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def label(record: dict[str, Any]) -> str:
    return str(record["events"][0]["code"]) if record.get("events") else "NONE"


def sentence_features(docs: list[Any]) -> list[dict[str, float]]:
    """Classifier features of each parsed training sentence (the whole text as one span)."""
    from copydesk.enrich.events_model import features
    from copydesk.enrich.events_rules import find_triggers

    out = []
    for doc in docs:
        span = doc[:]
        out.append(features(span, find_triggers(span)))
    return out


def fit(feats: list[dict[str, float]], labels: list[str], blend: float = BLEND, scale: float = SCALE,
        svm_c: float = SVM_C) -> Any:
    """A `Model` fitted on feature dicts and labels: logistic regression, blended with a linear
    SVM unless `blend` is 1."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from copydesk.enrich.events_model import Model

    counts = Counter(k for f in feats for k in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in feats]
    vec = DictVectorizer()
    matrix = vec.fit_transform(kept).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)  # liblinear wants 32-bit indices
    matrix.indptr = matrix.indptr.astype(np.int32)
    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(matrix, labels)
    coef, intercept = clf.coef_.T, clf.intercept_
    if blend < 1.0:
        svm_coef, svm_intercept = nb_svm(matrix, np.array(labels), list(clf.classes_), svm_c)
        coef, intercept = np.hstack([coef, svm_coef]), np.concatenate([intercept, svm_intercept])
    index = {name: i for i, name in enumerate(vec.get_feature_names_out())}
    return Model(index=index, coef=np.asarray(coef, dtype=np.float32),
                 intercept=np.asarray(intercept, dtype=np.float32),
                 classes=tuple(str(c) for c in clf.classes_), blend=blend, scale=scale)


def nb_svm(matrix: Any, labels: np.ndarray, classes: list[str],
           svm_c: float) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest linear SVMs over features scaled by their naive-Bayes log-count ratio (Wang &
    Manning 2012's NB-SVM). Scaling is per class and linear, so each class's ratio is folded into
    its weight column and run time stays one matrix product. Returns (features x classes, classes)."""
    from sklearn.svm import LinearSVC

    present = (matrix > 0).astype(np.float64)
    columns, intercepts = [], []
    for cls in classes:
        inside = labels == cls
        pos = np.asarray(present[inside].sum(axis=0)).ravel() + NB_ALPHA
        neg = np.asarray(present[~inside].sum(axis=0)).ravel() + NB_ALPHA
        ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
        svm = LinearSVC(C=svm_c).fit(matrix.multiply(ratio).tocsr(), inside.astype(int))
        columns.append(svm.coef_.ravel() * ratio)
        intercepts.append(float(svm.intercept_[0]))
    return np.array(columns).T, np.array(intercepts)


def training_set() -> tuple[list[str], list[str]]:
    records = load_plv()
    negatives = read_sentences(NEGATIVES)
    texts = [r["text"] for r in records] + negatives
    labels = [label(r) for r in records] + ["NONE"] * len(negatives)
    return texts, labels


def main() -> int:
    if not DATA.exists():
        print(f"training data not found at {DATA}; nothing to train")
        return 0
    from copydesk.enrich import nlp as nlp_mod
    from copydesk.enrich.events_model import WEIGHTS

    texts, labels = training_set()
    docs = list(nlp_mod.load().pipe(texts, batch_size=64))
    model = fit(sentence_features(docs), labels)
    model.save(WEIGHTS)
    size = WEIGHTS.stat().st_size
    print(f"trained on {len(texts)} sentences, {len(model.index)} features, {len(model.classes)} classes;"
          f" wrote {WEIGHTS.name} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

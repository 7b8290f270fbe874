import importlib.util
import pickle
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from copydesk.article import Article
from copydesk.dedup import DedupParams, DedupStage, Signatures, dedup_store, duplicate_map, sign
from copydesk.dedup.cluster import components
from copydesk.store import get, open_writer

WIRE = [
    "Dockworkers at the Rotterdam container terminal walked off the job on Monday after talks over "
    "pay and night shifts broke down late on Sunday.",
    "The stoppage halted loading at three of the port's busiest berths, and shipping lines said they "
    "would divert some vessels to Antwerp and Hamburg until the dispute is settled.",
    '"Our members have waited two years for an offer that keeps up with prices," said Lena Brandt, '
    "who speaks for the dockworkers' union.",
    "The port authority said it regretted the action and urged both sides to return to mediation, "
    "adding that perishable cargo would be handled first.",
    "Employers have offered a rise of four percent spread over two years, while the union wants "
    "seven percent and a cap on consecutive night shifts.",
    "Freight forwarders warned that queues of lorries outside the gates could stretch for kilometres "
    "by midweek if cranes stayed idle.",
    "The last major strike at the port, in the spring of 2019, lasted nine days and cost exporters "
    "an estimated forty million euros.",
    "Talks are due to resume on Thursday under a mediator appointed by the labour ministry.",
]
OTHER = [  # a different story on the same topic, sharing names and places, not sentences
    "Crane operators in Antwerp voted on Friday to join a wider protest over shift patterns, "
    "raising fears of disruption across North Sea ports.",
    "Lena Brandt, a union official in Rotterdam, welcomed the vote and said the two unions would "
    "coordinate any further stoppages in the coming weeks.",
    "Shipping lines have so far avoided diverting vessels, though one operator said it was drawing up "
    "contingency plans for Hamburg and Bremerhaven.",
    "Employers in Antwerp said their latest offer of a three percent rise remained on the table and "
    "called the vote premature.",
    "The regional government said it would not intervene while negotiations continued, but urged a "
    "settlement before the holiday season.",
    "Analysts said a coordinated strike could delay thousands of containers a day and push up freight "
    "rates on routes to Asia.",
]
T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def art(aid, paras, minutes=0, published=True):
    return Article(id=aid, source=aid, text="\n\n".join(paras),
                   published=T0 + timedelta(minutes=minutes) if published else None)


def corpus():
    return [
        art("copy-chrome", ["Advertisement", "ROTTERDAM (Wire) — " + WIRE[0], *WIRE[1:],
                            "Reporting by Mei Chen; editing by Tomas Varga"], minutes=40),
        art("wire", WIRE, minutes=0),
        art("copy-trimmed", WIRE[:5], minutes=90),
        art("copy-added", [*WIRE[:4], "Local hauliers in Venlo said their drivers were already waiting "
                           "hours for slots.", *WIRE[4:]], minutes=120),
        art("copy-edited", [p.replace("percent", "per cent").replace("said", "told reporters")
                            for p in WIRE], published=False),
        art("exact", [p.upper() for p in WIRE], minutes=300),
        art("other", OTHER, minutes=60),
        art("short", ["Talks resume Thursday."], minutes=10),
        Article(id="failed", source="failed").fail("extract", "no body", "ExtractError"),
        art("empty", [""], minutes=5),
    ]


def test_stage_marks_syndicated_copies_not_related_stories():
    out = list(DedupStage()(corpus()))
    assert [a.id for a in out] == [a.id for a in corpus()], "order and count are kept"
    marked = {a.id: a.duplicate_of for a in out}
    for copy in ("copy-chrome", "copy-trimmed", "copy-added", "copy-edited", "exact"):
        assert marked[copy] == "wire", copy
    assert marked["wire"] is None, "the earliest record is canonical"
    assert marked["other"] is None and marked["short"] is None and marked["empty"] is None
    assert out[8].error is not None and out[8].duplicate_of is None


def test_canonical_is_earliest_then_longest():
    a = art("a", WIRE[:6], minutes=10)
    b = art("b", WIRE, minutes=10)
    c = art("c", WIRE, published=False)
    assert duplicate_map(sign([a, b, c])) == {"a": "b", "c": "b"}
    naive = Article(id="n", source="n", text=a.text, published=datetime(2025, 3, 3, 7, 0))
    assert duplicate_map(sign([a, b, naive]))["b"] == "n", "naive dates are taken as UTC"


def test_signatures_do_not_depend_on_batch_or_process():
    docs = corpus()
    alone = sign(docs[1:2])
    together = sign(docs)
    assert np.array_equal(alone.minhash[0], together.minhash[1])
    assert alone.exact[0] == together.exact[1]
    again = pickle.loads(pickle.dumps(together))
    assert duplicate_map(Signatures.concat([again])) == duplicate_map(together)


def test_normalisation_ignores_case_punctuation_and_accents():
    s = sign([art("x", ["Café au lait, s'il vous plaît!"]), art("y", ["CAFE\u0301 AU LAIT s il vous plait"]),
              art("z", ["Café au lait, sil vous plaît"])])
    assert s.exact[0] == s.exact[1] and s.exact[0] != s.exact[2]


@pytest.mark.parametrize("text", ["", "   \n\n ", "«»…", "\ud800 lone surrogate \udfff", "x" * 300_000,
                                  "word " * 50_000, "🙂🙂 emoji 🙂 only", "\x00\x00 nul \x00"])
def test_odd_text_never_raises(text):
    out = list(DedupStage()([Article(id="o", source="o", text=text), Article(id="p", source="p", text=text)]))
    assert len(out) == 2
    if text.strip() and any(ch.isalnum() for ch in text):
        assert out[1].duplicate_of == "o"


def test_components_chain_and_params():
    labels = components(5, np.array([0, 3]), np.array([1, 4]))
    assert list(labels) == [0, 0, 2, 3, 3]
    strict = DedupParams(jaccard=0.99, containment=1.01)
    marked = {a.id: a.duplicate_of for a in DedupStage(params=strict)(corpus())}
    assert marked["exact"] == "wire", "exact duplicates need no threshold"
    assert marked["copy-added"] is None


def test_dedup_store(tmp_path):
    path = tmp_path / "s.db"
    writer = open_writer(path)
    for a in corpus():
        writer.write(a)
    writer.close()
    assert dedup_store(path) == 5
    assert get(path, "copy-trimmed").duplicate_of == "wire"
    assert get(path, "other").duplicate_of is None


def test_generated_syndication_set_scores():
    path = Path(__file__).parents[2] / "bench" / "dedup_data.py"
    spec = importlib.util.spec_from_file_location("dedup_data", path)
    data = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = data  # dataclasses look their module up
    spec.loader.exec_module(data)
    ts = data.generate(150, seed=3)
    out = list(DedupStage()(ts.articles))
    precision, recall = data.pair_scores({a.id: a.duplicate_of or a.id for a in out}, ts.story)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "sqlite"])
def test_dedup_output_rewrites_every_format(tmp_path, fmt):
    from copydesk.dedup import dedup_output
    from copydesk.store import open_writer
    from copydesk.store.output import iter_output

    story = " ".join(f"word{i} of the wire story about the harbour vote" for i in range(40))
    records = [
        Article(id="a", source="1", text=story, published=datetime(2025, 1, 1)),
        Article(id="b", source="2", text=story + " Added closing line.", published=datetime(2025, 1, 2)),
        Article(id="c", source="3", text="A different story entirely about rail fares " * 20),
        Article(id="d", source="4").fail("read", "empty input", "ReadError"),
    ]
    out = tmp_path / {"jsonl": "o.jsonl", "parquet": "outdir", "sqlite": "o.db"}[fmt]
    writer = open_writer(out, fmt)
    for r in records:
        writer.write(r)
    writer.close()
    assert dedup_output(out, fmt) == 1
    got = {a.id: a.duplicate_of for a in iter_output(out, fmt)}
    assert got == {"a": None, "b": "a", "c": None, "d": None}


def test_dedup_output_leaves_out_a_record_it_cannot_sign(tmp_path, monkeypatch):
    from copydesk.dedup import dedup_output, minhash
    from copydesk.store import open_writer
    from copydesk.store.output import iter_output

    story = " ".join(f"word{i} of the wire story about the harbour vote" for i in range(40))
    out = tmp_path / "o.jsonl"
    writer = open_writer(out)
    for i, text in enumerate([story, story + " Extra.", "odd"]):
        writer.write(Article(id=f"r{i}", source=str(i), text=text))
    writer.close()
    real = minhash.minhash_batch

    def fragile(texts, params):
        if "odd" in texts:
            raise ValueError("cannot sign")
        return real(texts, params)

    monkeypatch.setattr(minhash, "minhash_batch", fragile)
    assert dedup_output(out) == 1
    # no dates: the longer copy is canonical
    assert {a.id: a.duplicate_of for a in iter_output(out)} == {"r0": "r1", "r1": None, "r2": None}

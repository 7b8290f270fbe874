from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np
import pytest

from copydesk.article import Article
from copydesk.enrich import EnrichStage
from copydesk.enrich import events_model as model_mod
from copydesk.enrich.events import MIN_PROB_WITHOUT_CUE, EventStage, decide
from copydesk.enrich.events_lexicon import Cue, base, inflect
from copydesk.enrich.events_rules import Trigger

# Wednesday 9 October 2024
PUB = datetime(2024, 10, 9, 9, 30)
KEYS = {"type", "mode", "cameo", "source", "target", "sentence_start", "sentence_end", "date", "location",
        "confidence"}
ACTOR_KEYS = {"text", "start", "end", "country", "sector"}


@pytest.fixture(scope="module")
def enrich() -> EnrichStage:
    return EnrichStage()


@pytest.fixture(scope="module")
def events() -> EventStage:
    return EventStage()


def code(enrich: EnrichStage, events: EventStage, text: str, published: datetime | None = PUB) -> Article:
    article = Article(id="t", source="test", text=text, published=published)
    article = events.apply(enrich.apply(article))
    assert article.ok, article.error
    return article


def by_type(article: Article, root: str) -> list[dict[str, Any]]:
    return [e for e in article.events if e["type"] == root]


def test_visit_is_consult_with_dyad_place_and_date(enrich: EnrichStage, events: EventStage) -> None:
    text = "The Russian defence minister arrived on Monday in Beijing for talks with his Chinese counterpart."
    [event] = code(enrich, events, text).events
    assert event["type"] == "CONSULT" and event["mode"] == "visit" and event["cameo"] == "042"
    assert event["source"]["country"] == "RUS" and event["source"]["sector"] == "MIL"
    assert event["target"]["country"] == "CHN"
    assert event["location"] == {"text": "Beijing", "country": "CHN"}
    assert event["date"] == "2024-10-07"


def test_joint_drills_are_reciprocal(enrich: EnrichStage, events: EventStage) -> None:
    text = "Russian and Chinese warships conducted joint drills in the Sea of Japan last month."
    found = code(enrich, events, text).events
    pairs = {(e["source"]["country"], e["target"]["country"]) for e in found}
    assert pairs == {("RUS", "CHN"), ("CHN", "RUS")}
    assert all(e["type"] == "COOPERATE" and e["mode"] == "military" for e in found)
    assert all(e["date"] == "2024-09" and "Sea of Japan" in e["location"]["text"] for e in found)


def test_arrest_by_police(enrich: EnrichStage, events: EventStage) -> None:
    text = "Turkish police detained twenty opposition activists in Ankara on Sunday."
    [event] = by_type(code(enrich, events, text), "COERCE")
    assert event["source"]["country"] == "TUR" and event["source"]["sector"] == "COP"
    assert "activists" in event["target"]["text"]
    assert event["date"] == "2024-10-06"


def test_negated_acceptance_is_rejection(enrich: EnrichStage, events: EventStage) -> None:
    text = "Hungary said on Tuesday it would not accept any more asylum seekers under the relocation plan."
    [event] = code(enrich, events, text).events
    assert event["type"] == "REJECT"
    assert event["source"]["country"] == "HUN"


def test_condemnation_is_accuse(enrich: EnrichStage, events: EventStage) -> None:
    text = "The Iranian foreign minister condemned the American air strikes on Iraqi militia bases."
    [event] = code(enrich, events, text).events
    assert event["type"] == "ACCUSE" and event["source"]["country"] == "IRN"


def test_target_moves_from_a_thing_to_the_actor_it_concerns(enrich: EnrichStage, events: EventStage) -> None:
    text = "Australia has agreed to lend up to $1 billion to Indonesia to support its economic recovery."
    [event] = by_type(code(enrich, events, text), "AGREE") or code(enrich, events, text).events
    assert event["source"]["country"] == "AUS"
    assert event["target"]["text"] == "Indonesia" and event["target"]["country"] == "IDN"


def test_target_of_an_attack_noun(enrich: EnrichStage, events: EventStage) -> None:
    text = "The Israeli prime minister ordered heavy air strikes on the Gaza Strip on Sunday."
    [event] = code(enrich, events, text).events
    assert event["source"]["country"] == "ISR"
    assert event["target"]["country"] == "PSE"


def test_governing_verb_lends_its_object(enrich: EnrichStage, events: EventStage) -> None:
    text = "Germany summoned the Chinese ambassador on Tuesday to complain about the sanctions."
    [event] = code(enrich, events, text).events
    assert event["source"]["country"] == "DEU"
    assert event["target"]["country"] == "CHN" and "ambassador" in event["target"]["text"]


def test_coordinated_subject_splits_into_source_and_target(enrich: EnrichStage, events: EventStage) -> None:
    text = "India and Pakistan agreed to a ceasefire along their disputed border in Kashmir."
    found = code(enrich, events, text).events
    pairs = {(e["source"]["text"], e["target"]["text"]) for e in found}
    assert ("India", "Pakistan") in pairs


def test_passive_participle_takes_its_agent_as_source(enrich: EnrichStage, events: EventStage) -> None:
    text = "Hundreds of people evacuated from Haiti by the United States arrived in Miami on Friday."
    aid = [e for e in code(enrich, events, text).events if e["source"] and e["source"]["country"] == "USA"]
    assert aid and all(e["target"] is None or e["target"]["country"] != "USA" for e in aid)


def test_generic_target_takes_the_country_of_the_place(enrich: EnrichStage, events: EventStage) -> None:
    text = "Riot police fired tear gas at protesters in Ankara on Saturday."
    [event] = code(enrich, events, text).events
    assert event["source"]["sector"] == "COP"
    assert "protesters" in event["target"]["text"] and event["target"]["country"] == "TUR"


def test_source_placed_by_its_own_modifier(enrich: EnrichStage, events: EventStage) -> None:
    text = "A court in Nairobi has freed a journalist jailed for criticising the president."
    [event] = code(enrich, events, text).events
    assert event["source"]["country"] == "KEN" and event["source"]["sector"] == "JUD"


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal beat Chelsea 3-1 on Saturday to climb to second in the table.",
        "Heavy rain is forecast across the north on Thursday, with temperatures falling to 6C.",
        "The phone's battery lasts a full day and its camera is excellent in low light.",
        "Inflation fell to 2.4 percent in September, the statistics office said.",
    ],
)
def test_no_event_sentences(enrich: EnrichStage, events: EventStage, text: str) -> None:
    assert code(enrich, events, text).events == []


ARTICLE = (
    "KYIV \u2014 Ukraine accused Russia on Friday of shelling a power station near Kharkiv.\n\n"
    "The United States pledged another $400 million in military aid to Ukraine last week, and "
    "\u201cwe will stand by them,\u201d the ambassador said.\n\n"
    "Protesters rallied outside parliament in Budapest to demand the resignation of the government.\n\n"
    "The European Union imposed new sanctions on Belarus in August."
)


def test_records_have_the_schema_and_offsets_round_trip(enrich: EnrichStage, events: EventStage) -> None:
    article = code(enrich, events, ARTICLE)
    assert len(article.events) >= 3
    for event in article.events:
        assert set(event) == KEYS
        assert 0 <= event["sentence_start"] < event["sentence_end"] <= len(ARTICLE)
        assert 0 < event["confidence"] <= 1
        for role in ("source", "target"):
            actor = event[role]
            if actor is not None:
                assert set(actor) == ACTOR_KEYS
                assert ARTICLE[actor["start"]:actor["end"]] == actor["text"]
                assert event["sentence_start"] <= actor["start"] < actor["end"] <= event["sentence_end"]


def test_article_events_have_expected_roots(enrich: EnrichStage, events: EventStage) -> None:
    roots = {e["type"] for e in code(enrich, events, ARTICLE).events}
    assert {"ACCUSE", "PROTEST"} <= roots
    assert roots & {"AID", "AGREE"}


def test_without_publication_date_relative_dates_are_null(enrich: EnrichStage, events: EventStage) -> None:
    text = "Ukraine accused Russia on Friday of shelling a power station near Kharkiv."
    [event] = code(enrich, events, text, published=None).events
    assert event["date"] is None


def test_stage_batches_and_passes_errors_through(events: EventStage) -> None:
    text = "Rebels attacked an army base in the north on Monday."
    good = Article(id="a", source="t", text=text, published=PUB)
    bad = Article(id="b", source="t", text="whatever").fail("extract", "no body")
    empty = Article(id="c", source="t", text="")
    out = list(events([good, bad, empty]))
    assert [a.id for a in out] == ["a", "b", "c"]
    assert out[0].events and out[0].events[0]["type"] == "ASSAULT"
    assert out[1].error is not None and out[1].events == []
    assert out[2].ok and out[2].events == []


@pytest.mark.parametrize(
    "text",
    ["\u201cunbalanced quote attacks", "((((", "attack " * 3000, "\n\n\n", "Russia " * 500 + "attacked."],
)
def test_odd_text_never_crashes(events: EventStage, text: str) -> None:
    article = events.apply(Article(id="x", source="t", text=text, published=PUB))
    assert article.ok
    assert isinstance(article.events, list)


# ---------------------------------------------------------------- units without a parse


def test_lexicon_base_forms() -> None:
    assert base("met") == "meet"
    assert base("banned") == "ban"
    assert base("withdrew") == "withdraw"
    assert {"visit", "visits", "visited", "visiting"} <= inflect("visit")


class _Tok:
    i = 0


def _trigger(root: str) -> Trigger:
    return Trigger(_Tok(), Cue(root, "", "000"))  # type: ignore[arg-type]


def test_decide_gate_and_yield_split() -> None:
    assert decide([_trigger("ASSAULT")], {"NONE": 0.7, "ASSAULT": 0.3}) is None
    decision = decide([_trigger("RETREAT")], {"NONE": 0.1, "YIELD": 0.8, "ASSAULT": 0.1})
    assert decision is not None and decision.root == "RETREAT"
    decision = decide([], {"NONE": 0.1, "YIELD": 0.8, "ASSAULT": 0.1})
    assert decision is not None and decision.root == "CONCEDE" and decision.trigger is None
    spread = {root: 0.09 for root in ("ACCUSE", "ASSAULT", "AID", "AGREE", "REJECT", "COERCE")}
    assert max(spread.values()) < MIN_PROB_WITHOUT_CUE
    assert decide([], {"NONE": 0.46, **spread}) is None  # no cue and nothing likely enough
    assert decide([_trigger("ACCUSE")], {"NONE": 0.46, **spread}) is not None


def test_decide_without_model_follows_the_main_cue() -> None:
    decision = decide([_trigger("PROTEST"), _trigger("ASSAULT")], None)
    assert decision is not None and decision.root == "PROTEST"
    assert decide([], None) is None


def test_model_probabilities_from_weights() -> None:
    model = model_mod.Model(index={"w:attack": 0, "w:talks": 1},
                            coef=np.array([[3.0, -3.0], [-3.0, 3.0]], dtype=np.float32),
                            intercept=np.zeros(2, dtype=np.float32), classes=("ASSAULT", "CONSULT"))
    probs = model.probabilities({"w:attack": 1.0, "w:unknown": 1.0})
    assert probs["ASSAULT"] > 0.99
    assert abs(sum(probs.values()) - 1) < 1e-9
    assert model.probabilities({}) == {"ASSAULT": 0.5, "CONSULT": 0.5}


def test_shipped_weights_load() -> None:
    model = model_mod.load()
    assert model is not None
    assert model_mod.NONE in model.classes and "ASSAULT" in model.classes
    width = len(model.classes) * (1 if model.blend == 1.0 else 2)
    assert model.coef.shape == (len(model.index), width)
    assert 0.0 <= model.blend <= 1.0


def test_blended_model_mixes_regression_and_margins() -> None:
    # columns 0-1: regression logits; columns 2-3: SVM margins that disagree with them
    model = model_mod.Model(index={"w:attack": 0}, coef=np.array([[2.0, -2.0, -1.0, 1.0]], dtype=np.float32),
                            intercept=np.zeros(4, dtype=np.float32), classes=("ASSAULT", "CONSULT"),
                            blend=0.5, scale=4.0)
    probs = model.probabilities({"w:attack": 1.0})
    regression = 1 / (1 + np.exp(-4.0))
    margins = 1 / (1 + np.exp(8.0))
    assert probs["ASSAULT"] == pytest.approx(0.5 * regression + 0.5 * margins)
    assert sum(probs.values()) == pytest.approx(1.0)


def _train_events_module() -> Any:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[2] / "bench" / "train_events.py"
    spec = importlib.util.spec_from_file_location("train_events", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nb_svm_columns_act_on_raw_features() -> None:
    pytest.importorskip("sklearn")
    from scipy.sparse import csr_matrix

    train = _train_events_module()
    # feature 0 marks class A, feature 1 class B, feature 2 is shared noise
    matrix = csr_matrix(np.array([[1, 0, 1], [1, 0, 0], [0, 1, 1], [0, 1, 0]], dtype=np.float64))
    labels = np.array(["A", "A", "B", "B"])
    coef, intercept = train.nb_svm(matrix, labels, ["A", "B"], 1.0)
    assert coef.shape == (3, 2) and intercept.shape == (2,)
    scores = matrix.toarray() @ coef + intercept
    assert list(scores.argmax(axis=1)) == [0, 0, 1, 1]
    assert coef[0, 0] > 0 > coef[1, 0]

"""Entities: canonical names, ISO3 countries, roles and offsets on articles written for the tests."""

from __future__ import annotations

import pytest
from enrich_fixtures import DEFENCE, HARBOUR, enrich

from copydesk.enrich import EnrichStage

KEYS = {"text", "label", "start", "end", "canonical", "country", "role"}

SUMMIT = (
    "Russian President Vladimir Putin met Sen. Ted Cruz in Moscow. The Kremlin said the talks were useful, "
    "while Nato and the World Health Organization (WHO) declined to comment. Cruz later flew to Berlin."
)


def _entity(article_entities: list[dict[str, object]], text: str) -> dict[str, object]:
    found = [e for e in article_entities if e["text"] == text]
    assert found, (text, [e["text"] for e in article_entities])
    return found[0]


@pytest.mark.parametrize("text", [DEFENCE, HARBOUR, SUMMIT])
def test_entities_have_exact_keys_and_round_trip_offsets(stage: EnrichStage, text: str) -> None:
    article = enrich(stage, text)
    assert article.entities
    for e in article.entities:
        assert set(e) == KEYS
        assert text[e["start"] : e["end"]] == e["text"]


def test_a_name_at_the_end_of_the_text_keeps_no_line_break(stage: EnrichStage) -> None:
    text = "The mayor spoke on Monday.\n\nThe statement was signed by Jonas Pereira\n"
    names = [(e["text"], e["canonical"]) for e in enrich(stage, text).entities]
    assert ("Jonas Pereira", "Jonas Pereira") in names


def test_surname_gets_fullest_name_role_and_country(stage: EnrichStage) -> None:
    entities = enrich(stage, DEFENCE).entities
    dong = _entity(entities, "Dong")
    assert dong["canonical"] == "Dong Jun" and dong["country"] == "CHN" and dong["role"] == "defence minister"


def test_titles_become_roles_and_demonyms_countries(stage: EnrichStage) -> None:
    entities = enrich(stage, SUMMIT).entities
    putin = _entity(entities, "Vladimir Putin")
    assert (putin["role"], putin["country"]) == ("president", "RUS")
    cruz = _entity(entities, "Cruz")
    assert cruz["canonical"] == "Ted Cruz" and cruz["role"] == "senator"


def test_places_bodies_and_organisations_resolve(stage: EnrichStage) -> None:
    entities = enrich(stage, SUMMIT).entities
    assert _entity(entities, "Moscow")["country"] == "RUS"
    assert _entity(entities, "Berlin")["country"] == "DEU"
    kremlin = _entity(entities, "Kremlin")
    assert kremlin["country"] == "RUS" and kremlin["label"] == "ORG"
    assert _entity(entities, "Nato")["canonical"] == "NATO"
    who = _entity(entities, "WHO")
    assert who["canonical"] == "World Health Organization" and who["country"] is None


def test_appositive_role_and_nationality(stage: EnrichStage) -> None:
    entities = enrich(stage, HARBOUR).entities
    assert _entity(entities, "Peter Jansen")["role"] == "analyst"
    assert _entity(entities, "Dutch transport ministry")["country"] == "NLD"

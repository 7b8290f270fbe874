"""Quote attribution on articles written for the tests."""

from __future__ import annotations

import pytest
from enrich_fixtures import DEFENCE, HARBOUR, MULTI, enrich, quote_with

from copydesk.enrich import EnrichStage

KEYS = {"text", "start", "end", "kind", "cue", "cue_start", "cue_end", "speaker", "speaker_start",
        "speaker_end", "speaker_entity"}


@pytest.mark.parametrize("text", [DEFENCE, HARBOUR, MULTI])
def test_records_have_exact_keys_and_round_trip_offsets(stage: EnrichStage, text: str) -> None:
    article = enrich(stage, text)
    assert article.quotes
    for q in article.quotes:
        assert set(q) == KEYS
        assert text[q["start"] : q["end"]] == q["text"]
        if q["cue"] is not None:
            assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
        if q["speaker_entity"] is not None:
            assert article.entities[q["speaker_entity"]]["canonical"] == q["speaker"]


def test_issue_example_three_quotes_one_speaker(stage: EnrichStage) -> None:
    article = enrich(stage, DEFENCE)
    first = quote_with(article, "deepen their strategic collaboration")
    second = quote_with(article, "Relations have reached a new high.")
    third = quote_with(article, "military cooperation played a key role")
    assert [q["speaker"] for q in (first, second, third)] == ["Dong Jun"] * 3
    assert second["kind"] == "direct" and second["text"] == "Relations have reached a new high."
    assert DEFENCE[second["speaker_start"] : second["speaker_end"]] == "Dong"
    assert third["kind"] == "indirect" and DEFENCE[third["speaker_start"] : third["speaker_end"]] == "He"
    assert first["kind"] in ("partial", "direct")
    entity = article.entities[second["speaker_entity"]]
    assert (entity["country"], entity["role"]) == ("CHN", "defence minister")


def test_said_after_quote_with_relative_clause(stage: EnrichStage) -> None:
    article = enrich(stage, HARBOUR)
    q = quote_with(article, "We have waited three years")
    assert q["speaker"] == "Maria Kovacs" and q["kind"] == "direct" and q["cue"] == "said"


def test_floating_quote_in_next_paragraph_inherits_speaker(stage: EnrichStage) -> None:
    article = enrich(stage, HARBOUR)
    q = quote_with(article, "Nobody takes this step lightly")
    assert q["speaker"] == "Maria Kovacs" and q["cue"] is None


def test_surname_resolves_to_full_name_in_indirect_speech(stage: EnrichStage) -> None:
    article = enrich(stage, HARBOUR)
    q = quote_with(article, "talks could resume next week")
    assert q["kind"] == "indirect" and q["speaker"] == "Maria Kovacs"
    assert HARBOUR[q["speaker_start"] : q["speaker_end"]] == "Kovacs"


def test_straight_quotes_after_colon_and_according_to(stage: EnrichStage) -> None:
    article = enrich(stage, HARBOUR)
    statement = quote_with(article, "We regret the strike")
    assert statement["kind"] == "direct" and "port authority" in statement["speaker"]
    according = quote_with(article, "about 40 ships were waiting")
    assert according["cue"].lower() == "according to" and "transport ministry" in according["speaker"]


def test_single_quoted_partial_inside_reported_speech(stage: EnrichStage) -> None:
    article = enrich(stage, HARBOUR)
    q = quote_with(article, "unlikely to last")
    assert q["speaker"] == "Peter Jansen" and q["cue"] == "told"


def test_multi_paragraph_quote_and_pronoun(stage: EnrichStage) -> None:
    article = enrich(stage, MULTI)
    opening = quote_with(article, "keeps every library open")
    closing = quote_with(article, "Some people wanted more cuts")
    assert opening["speaker"] == closing["speaker"] == "Alicia Brandt"
    assert MULTI[closing["speaker_start"] : closing["speaker_end"]] == "she"


def test_scare_quote_object_is_partial_for_its_speaker(stage: EnrichStage) -> None:
    article = enrich(stage, MULTI)
    q = quote_with(article, "a pile of wishful thinking")
    assert q["speaker"] == "Tomas Berg"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "“", "\"\"\"", "He said “", "” she said ”", "'''", "said said said", "“" * 500,
     "He said: “Unclosed quote\n\nand a new paragraph with ” closing marks ” everywhere."],
)
def test_odd_text_never_raises(stage: EnrichStage, text: str) -> None:
    article = enrich(stage, text)
    assert article.ok
    for q in article.quotes:
        assert text[q["start"] : q["end"]] == q["text"]


FERRY = (
    "Ferry service halted after storm.\n\n"
    "“Patience,” said Ines Duarte, a ferry captain. “The harbour will reopen once the divers finish.”\n\n"
    "Duarte said the closure of the northern pier was \"entirely avoidable.\"\n\n"
    "Senator Lena Ortiz blamed the long delay on “a decade of neglect.”"
)


def test_one_word_quote_before_said_keeps_the_speaker_outside_the_marks(stage: EnrichStage) -> None:
    article = enrich(stage, FERRY)
    first = quote_with(article, "Patience")
    after = quote_with(article, "The harbour will reopen")
    assert first["speaker"] == after["speaker"] == "Ines Duarte"
    assert FERRY[first["speaker_start"] : first["speaker_end"]] == "Ines Duarte"


def test_partial_quote_ending_the_sentence_keeps_its_clause(stage: EnrichStage) -> None:
    article = enrich(stage, FERRY)
    q = quote_with(article, "entirely avoidable")
    assert q["kind"] == "partial" and q["text"].startswith("the closure of the northern pier")
    assert q["speaker"] == "Ines Duarte"


def test_quote_under_a_verb_that_is_not_a_speech_cue_goes_to_its_subject(stage: EnrichStage) -> None:
    article = enrich(stage, FERRY)
    q = quote_with(article, "a decade of neglect")
    assert q["speaker"] == "Lena Ortiz" and q["cue"] == "blamed"
    assert q["kind"] == "partial" and "long delay" in q["text"]


BRIDGE = (
    "Bridge inspection report released.\n\n"
    "Engineer Grace Okafor said she believes “the old bridge will stand for another century.”\n\n"
    "“Nobody on the council ever listened to the crews,” said Tomas Berg, who added that “the repairs "
    "came ten years too late.”\n\n"
    "“The north ramp is unsafe,” Berg said, according to the Coastal Herald.\n\n"
    "Lena Ortiz: Bridge Plan Is “A Betrayal Of Every Commuter”\n\n"
    "Duarte once starred in “Tides”, a local documentary.\n\n"
    "Ortiz left the meeting convinced it was “the worst plan in a decade.”"
)


def _mention(article_text: str, q: dict) -> str:
    return article_text[q["speaker_start"] : q["speaker_end"]]


def test_nested_cue_reports_the_quote_once_under_the_outer_speaker(stage: EnrichStage) -> None:
    article = enrich(stage, BRIDGE)
    hits = [q for q in article.quotes if "stand for another century" in q["text"]]
    assert len(hits) == 1
    assert hits[0]["cue"] == "said" and _mention(BRIDGE, hits[0]) == "Grace Okafor"


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_name(stage: EnrichStage) -> None:
    article = enrich(stage, BRIDGE)
    q = quote_with(article, "the repairs came ten years too late")
    assert _mention(BRIDGE, q) == "who" and q["speaker"] == "Tomas Berg"


def test_according_to_source_takes_the_quote_from_the_reported_speaker(stage: EnrichStage) -> None:
    article = enrich(stage, BRIDGE)
    hits = [q for q in article.quotes if "north ramp is unsafe" in q["text"]]
    assert len(hits) == 1
    assert hits[0]["cue"] == "according to" and "Coastal Herald" in _mention(BRIDGE, hits[0])


def test_name_and_colon_opening_a_line_speak_what_follows(stage: EnrichStage) -> None:
    article = enrich(stage, BRIDGE)
    q = quote_with(article, "A Betrayal Of Every Commuter")
    assert q["cue"] == ":" and q["speaker"] == "Lena Ortiz"


def test_one_word_title_under_a_plain_verb_is_not_a_quote(stage: EnrichStage) -> None:
    article = enrich(stage, BRIDGE)
    assert not [q for q in article.quotes if "Tides" in q["text"]]


def test_stand_in_cue_climbs_past_an_impersonal_subject(stage: EnrichStage) -> None:
    article = enrich(stage, BRIDGE)
    q = quote_with(article, "the worst plan in a decade")
    assert q["speaker"] == "Lena Ortiz" and _mention(BRIDGE, q) == "Ortiz"


def test_speaker_after_a_closing_mark_without_a_space(stage: EnrichStage) -> None:
    text = "Vote count continues.\n\n“We expected a long night and we got one,”Alicia Brandt said on Sunday."
    q = quote_with(enrich(stage, text), "We expected a long night")
    assert q["cue"] == "said" and "Alicia Brandt" in q["speaker"]


def test_odd_quote_marks_never_raise(stage: EnrichStage) -> None:
    for text in ("“", "”,” said", "Lena Ortiz: “", ": “a” b “", "said, according to “", "x " * 5000 + "“y"):
        enrich(stage, text)


SOURCES = (
    "Polling roundup.\n\n"
    "TURNOUT RISES IN THE NORTH - Marta Vidal: “Early voting numbers in the northern districts are up by "
    "a third.”\n\n"
    "From the survey: “Most voters decided in the final week of the race.”\n\n"
    "“We will keep the clinics open through the winter months.”\n\n"
    "— Jonas Pereira\n"
)


def test_name_before_a_colon_after_a_dash_is_the_source(stage: EnrichStage) -> None:
    article = enrich(stage, SOURCES)
    q = quote_with(article, "Early voting numbers")
    assert q["cue"] == ":" and "Marta Vidal" in _mention(SOURCES, q)


def test_from_a_document_colon_credits_the_document(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, SOURCES), "Most voters decided")
    assert q["cue"] == ":" and _mention(SOURCES, q) == "the survey"


def test_dash_and_name_after_a_quotation_sign_it(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, SOURCES), "keep the clinics open")
    assert q["cue"] == "—" and "Jonas Pereira" in q["speaker"]


INVERTED = (
    "Toll road plan stalls.\n\n"
    "“The budget leaves the river towns behind,” said Harbour Commission chair Elena Marsh, a former "
    "engineer.\n\n"
    "“Your gift doubles before midnight,” read the email.\n\n"
    "Protesters carried signs. “No more tolls,” read one.\n\n"
    "“It was a fair deal for both towns,” screenwriter Omar Haddad wrote on his blog.\n\n"
    "“The tunnel will never pay for itself,” Will wrote in his weekly column.\n\n"
    "As the economist Sara Lind put it, “a toll is a tax with a gate.”\n\n"
    "“We lost the vote,” Marsh said. “But we won the argument,” she went on.\n\n"
    "She appeared on “Morning Roundup” to defend the plan.\n"
)


def test_inverted_speaker_is_the_name_after_its_title(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, INVERTED), "leaves the river towns behind")
    assert q["cue"] == "said" and _mention(INVERTED, q) == "Elena Marsh"


@pytest.mark.parametrize(("fragment", "mention"),
                         [("Your gift doubles", "the email"), ("No more tolls", "one")])
def test_writings_and_one_of_a_group_speak_after_an_inverted_cue(
        stage: EnrichStage, fragment: str, mention: str) -> None:
    q = quote_with(enrich(stage, INVERTED), fragment)
    assert q["cue"] == "read" and _mention(INVERTED, q) == mention


@pytest.mark.parametrize(("fragment", "mention"), [("a fair deal for both towns", "Omar Haddad"),
                                                   ("never pay for itself", "Will")])
def test_name_between_quotation_and_cue_whatever_its_tag(
        stage: EnrichStage, fragment: str, mention: str) -> None:
    q = quote_with(enrich(stage, INVERTED), fragment)
    assert q["cue"] == "wrote" and _mention(INVERTED, q) == mention


def test_as_someone_put_it_credits_that_someone(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, INVERTED), "a toll is a tax with a gate")
    assert q["cue"] == "put" and q["speaker"] == "Sara Lind"
    assert _mention(INVERTED, q) != "it"


def test_went_on_is_a_cue(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, INVERTED), "But we won the argument")
    assert q["cue"] == "went on" and _mention(INVERTED, q) == "she"


def test_quoted_show_title_after_a_preposition_is_not_a_quote(stage: EnrichStage) -> None:
    assert not [q for q in enrich(stage, INVERTED).quotes if "Morning Roundup" in q["text"]]


FLOATING = (
    "Rail strike ends.\n\n"
    "“Our crews are ready,” says Paula Reyes, a union steward. She says the shifts will start at dawn. "
    "“Nobody will be left waiting at the station tomorrow.”\n\n"
    "The mayor said that she imagined walking across the finished bridge and knowing that “every hour of "
    "delay was worth it. The town will be proud of it for decades.”\n\n"
    "“The first phase is finished,” Nora Quist said. “The second one starts in March and will take two "
    "years.\n\n"
    "“We will need more money for that,” Quist added.\n\n"
    "“We counted every ballot twice and then once more to the end,”Brandt said.\n"
)


def test_floating_quote_takes_the_speakers_latest_mention(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, FLOATING), "Nobody will be left waiting")
    assert q["cue"] is None and _mention(FLOATING, q) == "She" and q["speaker"] == "Paula Reyes"


def test_quote_running_past_a_reported_clause_belongs_to_the_reporter(stage: EnrichStage) -> None:
    hits = [q for q in enrich(stage, FLOATING).quotes
            if q["kind"] == "direct" and "every hour of delay was worth it" in q["text"]]
    assert len(hits) == 1 and _mention(FLOATING, hits[0]) == "The mayor"


def test_run_on_quote_continues_the_speaker_of_its_own_paragraph(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, FLOATING), "The second one starts in March")
    assert _mention(FLOATING, q) == "Nora Quist"


def test_name_glued_to_a_closing_mark_after_a_comma(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, FLOATING), "We counted every ballot")
    assert q["cue"] == "said" and _mention(FLOATING, q) == "Brandt"


CUE_CHOICE = (
    "Ferry service resumes.\n\n"
    "The union sent an email to members saying: “The strike is over and the ferries run again tomorrow.”\n\n"
    "The ferry company issued a statement saying “passengers will not pay more this year.”\n\n"
    "Councillor Jonas Brink held up a placard that read “Bring back the night ferry.”\n\n"
    "Ahlberg said the pier was safe, to which Brink replied: “That is simply not true.”\n\n"
    "The pledge to “keep fares low” appeals to older voters who wish for the old days, said Anna Berg, "
    "a pollster at the university.\n"
)


def test_message_to_recipients_speaks_for_its_sender(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, CUE_CHOICE), "The strike is over")
    assert q["cue"] == "saying" and _mention(CUE_CHOICE, q) == "The union"


def test_statement_issued_by_a_subject_is_that_subjects(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, CUE_CHOICE), "passengers will not pay more")
    assert _mention(CUE_CHOICE, q) == "The ferry company"


def test_words_on_a_thing_someone_holds_up_are_the_holders(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, CUE_CHOICE), "Bring back the night ferry")
    assert q["speaker"] == "Jonas Brink" and _mention(CUE_CHOICE, q) == "Jonas Brink"


def test_subordinate_cue_before_a_colon_speaks_the_quotation(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, CUE_CHOICE), "That is simply not true")
    assert q["cue"] == "replied" and _mention(CUE_CHOICE, q) == "Brink"


def test_person_after_a_comma_cue_outranks_a_subject_that_cannot_speak(stage: EnrichStage) -> None:
    q = quote_with(enrich(stage, CUE_CHOICE), "keep fares low")
    assert q["speaker"] == "Anna Berg"


def test_participle_on_a_reported_clause_continues_the_reporter() -> None:
    import spacy
    from spacy.tokens import Doc

    from copydesk.enrich.quotes import _subject_token

    words = ["Vogt", "told", "reporters", "that", "Ahlberg", "lost", ",", "adding", "."]
    heads = [1, 1, 1, 5, 5, 1, 5, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "mark", "nsubj", "ccomp", "punct", "advcl", "punct"]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", "VBD", ",", "VBG", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    subject = _subject_token(doc[7])
    assert subject is not None and subject.text == "Vogt"


def test_following_cue_with_an_object_of_its_own_does_not_take_the_quote(stage: EnrichStage) -> None:
    text = ("Ferry service resumes.\n\n"
            "“The ferries will run on time,” Lena Vogt said. “Nobody should worry about delays this winter.” "
            "Jonas Brink noted a sharp rise in ticket prices.\n")
    q = quote_with(enrich(stage, text), "Nobody should worry")
    assert q["speaker"] == "Lena Vogt"

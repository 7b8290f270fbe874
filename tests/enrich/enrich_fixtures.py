"""Articles written for the enrich tests (not taken from any publication) and helpers."""

from __future__ import annotations

from typing import Any

from copydesk.article import Article
from copydesk.enrich import EnrichStage

DEFENCE = (
    "Defence ties deepen after talks.\n\n"
    "In a meeting with his Chinese counterpart, Dong Jun, the Chinese defence minister called on both sides "
    "to “deepen their strategic collaboration”.\n\n"
    "Dong, quoted in a press release as saying: “Relations have reached a new high.”\n\n"
    "He said that military cooperation played a key role in the region."
)

HARBOUR = (
    "Port workers walk out over pay.\n\n"
    "“We have waited three years for a fair offer and we are done waiting,” said Maria Kovacs, who chairs "
    "the dockers' union in Rotterdam.\n\n"
    "“Nobody takes this step lightly. Every day the cranes stand still costs our members too.”\n\n"
    "Kovacs added that talks could resume next week if the employers improved their offer.\n\n"
    "The port authority said in a statement: \"We regret the strike and remain open to dialogue.\"\n\n"
    "According to the Dutch transport ministry, about 40 ships were waiting outside the harbour "
    "on Monday.\n\n"
    "Economists warned the stoppage could cost the economy millions of euros a day. Peter Jansen, an "
    "analyst at a Rotterdam bank, told reporters the dispute was 'unlikely to last' beyond a fortnight."
)

MULTI = (
    "Council approves budget.\n\n"
    "Mayor Alicia Brandt defended the plan on Tuesday. “This budget keeps every library open, it hires "
    "twenty new teachers and it does so without raising taxes.\n\n"
    "“Some people wanted more cuts. I think they are wrong, and the voters will agree with me,” she said.\n\n"
    "The opposition leader, Tomas Berg, called the plan “a pile of wishful thinking” and said his group "
    "would vote against it."
)



def enrich(stage: EnrichStage, text: str) -> Article:
    return stage.process(Article(id="t", source="test", text=text))


def quote_with(article: Article, fragment: str) -> dict[str, Any]:
    found = [q for q in article.quotes if fragment in q["text"]]
    assert found, (fragment, [q["text"] for q in article.quotes])
    return found[0]

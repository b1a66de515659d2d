"""The answer phrase read from the sentence's structure: the reason a marker opens wherever it stands, the
place a "city of" phrase names, the object of the question's verb.

A made-up story parsed by the real extractors, so the rules are checked on text no question set was tuned
on; each case names the general rule it checks.
"""

from __future__ import annotations

import pytest

from bot.answers import Conversation
from bot.answers.ask import answer_question
from bot.article import Article, parse

STORY = (
    "Harbour board shuts its accounts after breach\n\n"
    "The harbour board shut down its online accounts, used to talk to shippers, "
    "because of a security breach. "
    "It was only due to a bruised knee that Tom Reed was sitting on the bench on Saturday. "
    "The board moved its offices to the French city of Lyon last year. "
    "In the survey, the divers used sonar imaging to map the reef near the harbour wall. "
    "Ann Cole played a year in Chicago before being drafted in the first round by the Chicago Bulls. "
    "On Sunday, singer Maria Lopez will open the festival with songs by Peter Hall. "
    "Other big unions, including the Dock Workers Union and the Pilots Guild, backed the strike. "
    "Sam Hale, of Dunmore, said he had sailed in Norway for years. "
    "The shipping firm is expanding into Brazil with a terminal modelled on Lisbon docks. "
    "The new terminal will be ready no later than November 2027, the firm said. "
    "Sam Hale was appointed harbour master in May last year. "
    "The Elsby Courier reported the walkout on its website. "
    "That is nearly $3 million above the harbour's annual budget of $40 million. "
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def _span(article: Article, question: str) -> str:
    answer = answer_question(question, article, Conversation())
    assert answer.items, f"{question!r} was not answered: {answer.title}"
    item = answer.items[0]
    assert item.highlight is not None
    return article.text[item.highlight[0] : item.highlight[1]]


@pytest.mark.parametrize(
    "question, span",
    [
        # a marker that always opens a reason wins over an earlier "to": "used to talk to shippers"
        ("Why did the harbour board shut down its online accounts?", "a security breach"),
        # the reason may stand before the asked words ("It was only due to X that …")
        ("Why was Tom Reed sitting on the bench?", "a bruised knee"),
        # a place that only modifies a kind of place gives way to the name after "of"
        ("Where did the board move its offices?", "Lyon"),
        # "what X did S <verb> …": the object of the question's verb, not what follows its last word
        ("What technique did the divers use to map the reef?", "sonar imaging"),
        # a name that holds a place and is longer than it is a team or firm: the agent after "by"
        ("Which team drafted Ann Cole?", "Chicago Bulls"),
        # "who will <verb> …" asks for the subject, as "who <verb>ed …" does, not the object
        ("Who will open the festival?", "Maria Lopez"),
        # "which other N": the members an "including" names after the asked noun
        ("Which other unions backed the strike?", "the Dock Workers Union and the Pilots Guild"),
        # ", of <place>" after a name is where someone is from; "into" is a preposition of place
        ("Where is Sam Hale from?", "Dunmore"),
        ("Where is the shipping firm expanding?", "Brazil"),
        # the words that bound a date, or say which year it is, belong to the when-answer
        ("When will the new terminal be ready?", "no later than November 2027"),
        ("When was Sam Hale appointed harbour master?", "May last year"),
        # "which N": the noun names the answer's kind; a sentence need not hold it to cover the question
        ("Which newspaper reported the dockers' walkout?", "Elsby Courier"),
        # "<asked noun> of <figure>": the figure is the asked noun's value
        ("What is the harbour's annual budget?", "$40 million"),
    ],
)
def test_span_from_structure(story: Article, question: str, span: str) -> None:
    assert _span(story, question) == span

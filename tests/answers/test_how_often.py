""" "How often ...?" asks for a frequency ("twice a month", "every four years", "annually"), not a date or a
count; a story that gives none is not guessed at (facts.how_often, the parse's SET time expressions)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Town council sets its calendar\n\n"
    "The town council of Kilbride meets twice a month in the old library on Main Street.\n\n"
    "Council members are elected every four years, and the mayor is chosen by the members.\n\n"
    "The budget is published annually in March.\n\n"
    "The library's charter is reviewed once every five years, and its market opens every Saturday."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How often does the council meet?", "twice a month"),
        ("How often are council members elected?", "every four years"),
        ("How frequently is the budget published?", "annually"),
        # the parse's own SET expressions, which a separate frequency pattern used to miss
        ("How often is the library's charter reviewed?", "once every five years"),
        ("How often does the market open?", "every Saturday"),
    ],
)
def test_a_frequency_answers(story: Article, question: str, expected: str) -> None:
    assert answered_span(story, question) == expected


def test_no_frequency_no_answer(story: Article) -> None:
    answer, _ = answer_message("How often does the mayor visit schools?", story)
    assert answer.kind == "abstain"

""" "How often ...?" is answered by a frequency the story gives (a TIMEX3 SET: "twice a year", "every two
years", "weekly"), and a story that gives none is no answer, whatever dates and counts it has
(facts.how_often)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour board sets its calendar\n\n"
    "The Elsby harbour board was set up in 2010 and has nine members.\n\n"
    "Twice a year, the board publishes its forecasts for shipping traffic.\n\n"
    "Its members are elected every four years, and the board meets weekly in the old customs house."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("How often does the harbour board publish forecasts?", "Twice a year"),
        ("How often are the board's members elected?", "every four years"),
        ("How frequently does the board meet?", "weekly"),
    ],
)
def test_frequency(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


def test_no_frequency_no_answer(story: Article) -> None:
    answer, _ = answer_message("How often does the board hire new members?", story)
    assert answer.kind == "abstain", answer.items

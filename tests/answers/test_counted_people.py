""" "How many people ...?" is answered by a count of any noun for people: a demonym ("Norwegians"), a role
noun or one of people_nouns.txt ("passengers"), not by a count of things (numbers.PEOPLE_NOUNS)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Ferry firm sells out summer\n\n"
    "More than 40,000 Norwegians have booked summer crossings with Nordlys Lines, the company said.\n\n"
    "The first sailing of the season carried 212 passengers and 30 cars to Bergen on Friday.\n\n"
    "The company owns 14 ships."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("How many people have booked summer crossings?", "More than 40,000 Norwegians"),
        ("How many people did the first sailing carry?", "212 passengers"),
    ],
)
def test_people_counted(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


def test_things_count_no_people(story: Article) -> None:
    answer, _ = answer_message("How many people does the company own?", story)
    assert answer.kind == "abstain", answer.items

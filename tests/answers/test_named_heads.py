""" "What is the name of N …?" asks the name of N's head noun, the last one before its first preposition or
relative word (ask._named_head): "the passenger on the wrong plane" asks the passenger's name, so an
airline's name beside "plane" does not answer it; "the outpost in South Carolina" is "the outpost of
Charlesfort"."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Flight mix-up in Tokyo\n\n"
    "The jet turned back because a passenger was on the wrong plane, All Nippon Airways said on Monday.\n\n"
    "In 1562 the explorer Jean Ribault founded the outpost of Charlesfort on Parris Island in South Carolina."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_name_of_the_head_noun(story: Article) -> None:
    assert answered_span(story, "What was the name of the outpost in South Carolina?") == "Charlesfort"


def test_no_name_beside_a_modifier_noun(story: Article) -> None:
    answer, _ = answer_message("What was the name of the passenger on the wrong plane?", story)
    assert answer.kind == "abstain", answer.title

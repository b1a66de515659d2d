"""A count given "out of" a whole: the part answers how many did something, the whole only a total. A
made-up story parsed by the real extractors, text no question set was tuned on."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "DUNMORE, May 2 - In the March poll, out of 400 residents 250 backed the bypass plan. "
    "The council meets in June.\n\n"
    "Officials praised it."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_part_answers_how_many_did_it(story: Article) -> None:
    assert answered_span(story, "How many residents backed the bypass plan?") == "250"


def test_the_whole_answers_a_total(story: Article) -> None:
    assert answered_span(story, "How many residents were polled in total?") == "400 residents"

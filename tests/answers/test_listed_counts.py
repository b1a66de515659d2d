"""A count listed after a count of the same noun ("closed 40 schools on Monday, 95 on Tuesday and 12 on
Wednesday") counts that noun too, and a question pinning a weekday gets the figure dated with it."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse

STORY = (
    "Snow shuts schools\n\n"
    "Heavy snow swept across the county this week, forecasters said.\n\n"
    "The council had to close about 40 schools on Monday, 95 on Tuesday and 12 on Wednesday, "
    "officials said. Bus services were also cut."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(("day", "count"), [("Tuesday", "95"), ("Wednesday", "12")])
def test_a_listed_count_answers_its_day(story: Article, day: str, count: str) -> None:
    answer, _ = answer_message(f"How many schools did the council close on {day}?", story)
    assert answer.kind == "ask"
    assert answer.title == count

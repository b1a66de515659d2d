"""A sentence that compares a month's figure with an earlier month's ("rose 1.2% in May from a revised
0.8% gain in April") tells of May: "in May" meets no clash with the April of the compared figure, and the
answer is May's figure, not April's; "in April" still gets April's."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse

STORY = (
    "Retail sales climb again\n\n"
    "Shoppers kept spending in May, official figures showed on Tuesday.\n\n"
    "The statistics office said retail sales rose 1.2% - ahead of forecasts - from a revised 0.8% gain "
    "in April. Clothing stores did best."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_month_told_of_gets_its_figure(story: Article) -> None:
    answer, _ = answer_message("How much did retail sales rise in May?", story)
    assert answer.kind == "ask"
    assert answer.title == "1.2%"


def test_the_compared_month_gets_its_own(story: Article) -> None:
    answer, _ = answer_message("How much did retail sales rise in April?", story)
    assert answer.title == "0.8%"

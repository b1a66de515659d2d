"""A price written as a slashed rate keeps its rate, and two of them joined by "or" are one answer:
"$20/month or $200/year" (numbers._RATE, _RANGE, _RANGE_BEFORE)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Gym chain changes its prices\n\n"
    "The Fit Hub gym chain said on Monday that members wanting the pool will have to pay $20/month or "
    "$200/year from June.\n\n"
    "Classes will stay free for members, the company said.\n\n"
    "The chain has 40 gyms in the region."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_both_slashed_rates_answer(story: Article) -> None:
    assert answered_span(story, "How much will members pay for the pool?") == "$20/month or $200/year"

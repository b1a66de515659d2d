"""A sentence that holds a figure (an amount of money or a rate: retrieval.FIGURE) gives figures, as a
reader asks for them: "who released the inflation figures?" reaches the sentence whose reporting source
says "prices rose 2.4%", though it never writes "figures"; a sentence with only a year or a count
("Three ferries", "15 million people") does not."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Prices climb again in Veldoria\n\n"
    "Veldorian consumer prices rose 2.4% in March from a year earlier, the Veldoria Statistics Office said "
    "on Tuesday.\n\n"
    "The harbour board met in 1998 and again last week to discuss the ferry timetable.\n\n"
    "Three ferries now sail to the islands every morning."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_rate_gives_the_figures_a_source_released(story: Article) -> None:
    assert answered_span(story, "Who released the inflation figures?") == "Veldoria Statistics Office"


def test_a_year_or_a_count_gives_no_figures(story: Article) -> None:
    answer, _ = answer_message("Who released the timetable figures?", story)
    assert answer.kind == "abstain"

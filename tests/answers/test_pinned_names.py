"""A who-answer read as the name nearest the question's words: a figure the question gives ("in 1801")
pins the name beside it. A made-up story parsed by the real extractors, text no question set was tuned
on."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "OSLO, May 2 - Around 1800 Ada Quill and, separately, Ben Roth in 1801 introduced engines using wind "
    "power; Quill obtained her wind engine patent in 1802. The museum opens on Monday."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_figure_in_the_question_pins_the_nearest_name(story: Article) -> None:
    assert answered_span(story, "Who created an engine using wind power in 1801?") == "Ben Roth"

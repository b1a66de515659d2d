"""A question word that only opens a longer name in the sentence ("US" of "the US government" against
"US Airways") is not where the answer starts: the answer would open mid-name."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Regulator opens airline inquiry\n\n"
    "The US regulator is to examine two carriers- US Airways and Delta Air Lines' Comair subsidiary - after "
    "the holiday chaos.\n\n"
    "Passengers waited for hours at airports across the country."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_an_answer_does_not_open_inside_a_name(story: Article) -> None:
    span = answered_span(story, "Which carriers will the US regulator examine?")
    assert span == "US Airways and Delta Air Lines' Comair subsidiary"

"""A name word the question abbreviates (abbreviations.txt: "Corp", "Dept", "Univ") is mentioned by the
article's capitalised word it opens ("News Corporation"), so the question is no question about someone
the story never names (grounding._abbreviates); a month's or weekday's abbreviation is left to the dates."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "News Corporation is seeking to buy out minority investors in Fox Entertainment Group, its broadcasting "
    "subsidiary, for about $5.4bn.\n\n"
    "The deal needs the approval of the Justice Department."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_abbreviated_name_word(story: Article) -> None:
    question = "How much is News Corp offering for the Fox minority stake?"
    assert answered_span(story, question) == "about $5.4bn"

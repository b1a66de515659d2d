"""A plural kind noun that runs straight into a list names its members ("the minerals zinc, iron and
copper"): the answer is the list, not a later item that repeats the asked noun."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Soil survey finds rich deposits\n\n"
    "Samples from the valley held high levels of the minerals zinc, volcanic iron mineral, and copper.\n\n"
    "The survey team will return in spring."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_list_after_a_kind_noun_is_its_members(story: Article) -> None:
    span = answered_span(story, "The samples held high levels of what minerals?")
    assert span == "zinc, volcanic iron mineral, and copper"

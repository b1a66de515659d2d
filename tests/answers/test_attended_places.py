"""A named event or school someone attends is where they were: "The two players attended Glastonbury
together" answers "where were they seen?" (facts.ATTENDED)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Footballers take a summer break\n\n"
    "The two United players attended Glastonbury together last weekend, where fans spotted them near the "
    "main stage.\n\n"
    "Both will return to training in July."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_attended_event_is_where(story: Article) -> None:
    assert answered_span(story, "Where were the two players spotted last weekend?") == "Glastonbury"

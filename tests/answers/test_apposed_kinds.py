"""In "Water Frontiers, a journal of the Royal Hydrology Society", the journal is Water Frontiers: a name
after "a <noun> of" owns the thing, where "the city of Wuhan" names it (names._APPOSED_KIND)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "River study wins praise\n\n"
    "Scientists from the Delta Institute published their river study in Water Frontiers, a journal of "
    "the Royal Hydrology Society, last year.\n\n"
    "The study found that the river had warmed by two degrees.\n\n"
    "The team will return to the river in May."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_apposed_name_is_the_journal(story: Article) -> None:
    assert answered_span(story, "Which journal published the river study?") == "Water Frontiers"

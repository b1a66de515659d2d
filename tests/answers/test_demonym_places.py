"""A place of several words the article names only by its demonym ("Saudi" for "Saudi Arabia", "American"
for "United States"; demonyms.tsv) is mentioned, so the question is no question about a place the story
never names (grounding._by_demonym)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "ABU DHABI, March 2 - Saudi crude oil output last month fell to an average of 3.5 mln barrels per day "
    "(bpd) from 3.8 mln bpd in January, Gulf oil sources said."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_place_named_by_its_demonym(story: Article) -> None:
    assert answered_span(story, "How much crude did Saudi Arabia produce in January?") == "3.8 mln bpd"

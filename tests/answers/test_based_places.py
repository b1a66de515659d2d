"""A place written into a compound before the firm it locates answers "where is it based?": "the
Portland-based bike maker Velo Works", "the Chicago-headquartered firm" (facts.BASED_IN; "based" ~
"headquartered" in synonyms.tsv)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Bike maker raises prices\n\n"
    "The Portland-based bike maker Velo Works raised its prices by 8% on Monday, blaming steel costs.\n\n"
    "Its rival, the Chicago-headquartered firm Spoke and Chain, said it would hold prices until June.\n\n"
    "Both firms sell most of their bikes online."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_based_compound_names_the_place(story: Article) -> None:
    assert answered_span(story, "Where is Velo Works based?") == "Portland"


def test_a_headquartered_compound_names_the_place(story: Article) -> None:
    assert answered_span(story, "Where is Spoke and Chain headquartered?") == "Chicago"


def test_based_asks_for_headquartered(story: Article) -> None:
    assert answered_span(story, "Where is Spoke and Chain based?") == "Chicago"

"""Every spelled-out number under a hundred is a figure, as "twenty" always was: "sixteen", "sixty",
"seventy", "eighty" and "ninety" answer "how many" (numbers.NUMBER, from numbers.tsv)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour lab wins a prize\n\n"
    "The harbour laboratory in Dunmore won a national science prize on Friday.\n\n"
    "Its director holds more than sixty patents, and her team has filed seventy more since 2019.\n\n"
    "The lab employs sixteen engineers and opened in 1998."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_sixty_counts_the_patents(story: Article) -> None:
    assert answered_span(story, "How many patents does the director hold?") == "more than sixty patents"


def test_sixteen_counts_the_engineers(story: Article) -> None:
    assert answered_span(story, "How many engineers does the lab employ?") == "sixteen engineers"

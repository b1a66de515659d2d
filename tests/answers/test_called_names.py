"""A name the story introduces with "called", "named" or "dubbed" after the asked noun answers "which N?":
"a firm called Lumenbyte" for "which firm ...?" (names.NAMING_WORDS), as "the city of Bergen" does."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Old batteries light homes\n\n"
    "The Nordlys research group, working with a small R&D firm called Lumenbyte, rebuilt discarded packs.\n\n"
    "The packs were tested in a village dubbed Brightwater by its residents."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("Which firm did the Nordlys group work with?", "Lumenbyte"),
        ("Which village were the packs tested in?", "Brightwater"),
    ],
)
def test_called_name(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

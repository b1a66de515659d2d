"""A what-answer that holds a naming word ("called", "known as", "referred to as") answers with the name
after it when the question asks for a name or its asked noun stands just before the naming word:
"were called “new converts”" -> "new converts" (spans.past_naming)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Settlers of the valley\n\n"
    "Many of the settlers who stayed in the valley eventually became farmers and were called "
    "“river people” by the townsfolk.\n\n"
    "The input of a sorting routine is referred to as a key sequence.\n\n"
    "A style of weaving known as 'Lindell Twill' shows a strong northern influence."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What were the settlers who stayed in the valley eventually known as?", "river people"),
        ("What is the name given to the input of a sorting routine?", "a key sequence"),
        ("What style of weaving shows a northern influence?", "Lindell Twill"),
    ],
)
def test_past_naming(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

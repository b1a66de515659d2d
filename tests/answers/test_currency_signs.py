"""A currency the question names is written in the story as its sign ("in pounds" -> "£", synonyms.tsv;
synonyms.tokens keeps "£" and "€" as tokens, as it does "$"): the sign covers the word, and of a
sentence's figures the one in the asked currency answers (numbers._asked_marks)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Band suits sold at auction\n\n"
    "Four suits worn by the band on their first album cover have sold for $110,000 (£59,000) at a US "
    "auction.\n\n"
    "A signed guitar went for €20,000 to a collector from Berlin."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("How much did the band suits fetch in pounds?", "£59,000"),
        ("How much did the guitar fetch in euros?", "€20,000"),
    ],
)
def test_asked_currency(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

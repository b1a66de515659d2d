"""A "what does X do?" answer that says X works (or serves) as something answers with that role, without
its article and up to where X works: "who works as a night porter at the Grand Hotel" -> "night porter"
(spans.worked_as)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Hotel staff walk out\n\n"
    "Marta Quist, who works as a night porter at the Grand Hotel, said the strike would last a week."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize("question, span", [("What does Marta Quist do?", "night porter")])
def test_worked_as(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

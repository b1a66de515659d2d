"""An age a story gives as "now N" ("Now 61, she plans ...", "Ola Berg, now 45, takes over") answers "how
old?", with or without the question's own "now" (facts.AGE's `now` form)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Ferry captain retires\n\n"
    "Ingrid Vik steered ferries out of Bergen for 30 years. Now 61, she plans to sail around the world.\n\n"
    "Her deputy, Ola Berg, now 45, takes over in June."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [("How old is Ingrid Vik now?", "61"), ("How old is Ingrid Vik?", "61"), ("How old is Ola Berg?", "45")],
)
def test_now_age(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

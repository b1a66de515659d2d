"""An age written as "Now 41, she ..." or "Pedro Ruiz, now 67, said" answers "how old", as "Ruiz, 67," does
(facts.AGE, its `now` group)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Runner sets a new record\n\n"
    "Maria Lopez set a national record in the marathon in Seville on Sunday.\n\n"
    "Now 41, she has run the race every year since 2005.\n\n"
    "Her coach, Pedro Ruiz, now 67, said she would race again in April."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_now_and_an_age_open_the_sentence(story: Article) -> None:
    assert answered_span(story, "How old is Maria Lopez?") == "41"


def test_now_and_an_age_after_a_name(story: Article) -> None:
    assert answered_span(story, "How old is Pedro Ruiz?") == "67"

""" "What is the name of N?" is answered by a name the sentence describes right after it with N's head noun
(ask._described_by_noun): "Pawiak, an infamous German prison" ("X is a …" alike), when the
description and the name hold every name the question types ("the Belgian prison" is not Pawiak)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Walking tour of the old town\n\n"
    "Pawiak, an infamous German prison now occupied by a museum, opens the walk past Belgian cafes.\n\n"
    "Frontex, the European Union agency for external border security, has its headquarters in Warsaw."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What was the name of the infamous German prison?", "Pawiak"),
        ("What is the name of the European Union agency for border security?", "Frontex"),
    ],
)
def test_described_name(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


def test_description_lacks_a_typed_name(story: Article) -> None:
    answer, _ = answer_message("What was the name of the infamous Belgian prison?", story)
    assert answer.kind == "abstain", answer.title

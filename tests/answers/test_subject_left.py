"""A what-question that asks for its subject, answered by a clause whose subject is new words and whose
predicate restates the question, is answered by that subject (spans.subject_left): "Brass drain valves
may be fitted in the base of the pump's housing" -> "Brass drain valves" for "what are sometimes fitted
in the pump's housing base?"."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Pumps of the old mill\n\n"
    "Brass drain valves may be fitted in the base of the pump's housing.\n\n"
    "Ada Brennan was a pupil of Morrow who went on to become a master of the northern guild."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What are sometimes fitted in the pump's housing base?", "Brass drain valves"),
        ("What master of the northern guild was a pupil of Morrow?", "Ada Brennan"),
    ],
)
def test_subject_left(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

"""A preposition-led what-question ("in what century …?", "on what basis …?") answered by a noun phrase
that ends on its asked noun is answered by the noun's modifiers: "in the 14th century" -> "14th"
(spans._asked_modifiers); a capitalised noun is a name's and stays whole."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "The river mills\n\n"
    "The first mills on the river were built in the 14th century by the abbey's monks.\n\n"
    "The guild judged each claim on a strictly communal basis.\n\n"
    "The mills were later sold to the Northern Grain Company."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("In what century were the first mills on the river built?", "14th"),
        ("On what basis did the guild judge each claim?", "strictly communal"),
        ("To what company were the mills later sold?", "Northern Grain Company"),
    ],
)
def test_asked_modifiers(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

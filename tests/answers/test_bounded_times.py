""" "How long …?" with no duration in the story is answered by the stretch its dates bound
(facts._bounded_times): "since the 1960s" for "how long has it been recognised?", "from 4 August 1915 until
November 1918" or "1870 to 1939" for "how long was it …?"."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "City history\n\n"
    "The principle of legal certainty has been recognised by the court since the 1960s.\n\n"
    "The city was occupied by the army from 4 August 1915 until November 1918.\n\n"
    "The Summer Theatre was in operation from 1870 to 1939."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("How long has legal certainty been recognised by the court?", "since the 1960s"),
        ("How long was the city occupied by the army?", "4 August 1915 until November 1918"),
        ("How long was the Summer Theatre in operation?", "1870 to 1939"),
    ],
)
def test_bounded_time(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

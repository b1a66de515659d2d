"""A capitalised "The" inside a sentence belongs to the name after it ("The Sunday Times", "The Hague"), so
the answer keeps it; the "The" that opens a sentence is the sentence's."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Mayor's lead narrows in new poll\n\n"
    "The survey of 1,200 voters was carried out for The Evening Ledger by Carrow Research last week.\n\n"
    "The talks on the harbour levy will be held in The Hague next month, officials said.\n\n"
    "The Carrow Institute published the survey's full tables on Friday.\n\n"
    "Councillors met at the Grain Exchange on Tuesday to discuss the results."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which newspaper was the survey carried out for?", "The Evening Ledger"),
        ("Where will the talks on the harbour levy be held?", "The Hague"),
    ],
)
def test_a_capital_the_inside_a_sentence_is_the_names(story: Article, question: str, expected: str) -> None:
    assert answered_span(story, question) == expected


def test_the_sentence_opening_the_stays_outside(story: Article) -> None:
    """A guard: passes without the rule, fails if it widens over a sentence's opening word."""
    assert answered_span(story, "Who published the survey's full tables?") == "Carrow Institute"

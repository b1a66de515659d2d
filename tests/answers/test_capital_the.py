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


def test_a_name_with_its_the_before_a_classifier_noun_is_a_place_of_publication() -> None:
    """ "in The Observer newspaper": the capitalised "The" is the name's, so "newspaper" does not make the
    name a mere modifier (as "the Israeli city of ..." is)."""
    article = parse(
        "Poll shows narrow lead\n\nA poll published in The Evening Ledger newspaper last Sunday gave the "
        "mayor a two-point lead.\n\nHer rival said polls were often wrong."
    )
    assert answered_span(article, "Where was the poll published?") == "The Evening Ledger"

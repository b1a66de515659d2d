"""A question for the organisation a person works for ("where does Mara Ellison work?", "which firm is
Tobias Wren with?") is answered by the organisation the story names beside the person: the name opening a
title before them, the one after a role noun's "at" / "with" behind them, or after "of" when it is an
organisation's name; a place beside the name is no employer, and a person named with no organisation is
declined."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour city jobs rise again\n\n"
    "WELLINGTON - Employers in the harbour city added 4,100 jobs in May, the third monthly rise in a row, "
    "the statistics office said on Friday.\n\n"
    "Kestrel Analytics senior regional economist Mara Ellison said the gains were broad, with retail and "
    "construction both hiring.\n\n"
    "“It is hard to find a weak sector in these figures,” said Tobias Wren, an analyst with Holt, Marsh and "
    "Pryor Ltd, who expects wages to follow.\n\n"
    "Ruth Okafor of the University of Tasman in Nelson, New Zealand, said younger workers gained most.\n\n"
    "Leah Moss, a sociologist at Tasman Polytechnic, said the new jobs were mostly full-time, while "
    "former Brightline Capital strategist Omar Haddad said wages had lagged.\n\n"
    "Dennis Coyle, who has run a bakery on the waterfront for twenty years, said he had hired two people.\n\n"
    "Even the city's football club is hiring: Tasman Rovers striker Leo Banks said the club had taken on six "
    "new coaches, and "
    "Okafor's brother Sam Okafor was among them.\n\n"
    "The next figures are due in July."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    ("question", "organisation"),
    [
        ("Where does Mara Ellison work?", "Kestrel Analytics"),
        ("Who does Ellison work for?", "Kestrel Analytics"),
        ("Which firm is Tobias Wren with?", "Holt, Marsh and Pryor Ltd"),
        ("Where does Ruth Okafor work?", "University of Tasman"),
        ("Which club does Leo Banks play for?", "Tasman Rovers"),
        ("Where does Leah Moss work?", "Tasman Polytechnic"),  # a doer's ending, no listed role noun
        ("Who does Omar Haddad work for?", "Brightline Capital"),  # past a modifier opening the title
    ],
)
def test_the_employer_named_beside_the_person_answers(
    story: Article, question: str, organisation: str
) -> None:
    assert answered_span(story, question) == organisation


@pytest.mark.parametrize("name", ["Dennis Coyle", "Sam Okafor"])  # no title; a relative's, no employer's
def test_a_person_named_with_no_organisation_is_declined(story: Article, name: str) -> None:
    answer, _ = answer_message(f"Where does {name} work?", story)
    assert answer.kind == "abstain"
    assert name in answer.title

"""A listed answer keeps the whole list, and leaves out the words that only restate the question (issue 16):
a made-up story parsed by the real extractors, text no question set was tuned on."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "HOBART, May 4 - Tasman Metals said its return to profit reflected lower freight bills, firmer zinc "
    "prices and its exit from a Chilean mine venture. "
    "Police arrested three men at the company's depot on Friday. "
    "Prosecutors said the men face charges of burglary, receiving stolen goods and unlawful possession of a "
    "firearm. "
    "The depot guards now watch the van and the trailer, and phone the police at any sign of trouble."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_list_of_three_keeps_its_long_last_item(story: Article) -> None:
    assert answered_span(story, "Why did Tasman Metals return to profit?") == (
        "lower freight bills, firmer zinc prices and its exit from a Chilean mine venture"
    )


def test_an_answer_opening_with_the_questions_words_starts_after_them(story: Article) -> None:
    assert answered_span(story, "What charges do the men face?") == (
        "burglary, receiving stolen goods and unlawful possession of a firearm"
    )  # not "men face charges of burglary, …"


def test_a_clause_joined_by_a_lone_comma_and_is_no_list_item(story: Article) -> None:
    assert answered_span(story, "What do the guards watch?") == "the van and the trailer"

"""A question the story says was not disclosed is not answered by a figure standing in that clause: "The
company wouldn't confirm how many of its 40 boats are in service" does not say how many are in service,
though it does say the company has 40 boats (ask.WITHHELD, withholding_verbs.txt)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Ferry firm adds new routes\n\n"
    "The Harbour Ferry Company said on Monday it would add three routes to the islands this summer.\n\n"
    "The company wouldn't confirm how many of its 40 boats are in service, or what the routes will cost.\n\n"
    "Tickets go on sale in May."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_what_was_withheld_is_not_answered(story: Article) -> None:
    answer, _ = answer_message("How many of the company's boats are in service?", story)
    assert answer.kind == "abstain"
    assert "not disclosed" in answer.title


def test_what_the_clause_does_state_is_answered(story: Article) -> None:
    assert answered_span(story, "How many boats does the company have?") == "40 boats"


def test_a_sentence_that_is_the_withheld_question_is_no_answer() -> None:
    """ "Police did not specify which school the man had targeted" names no school: answered with the
    whole sentence before, now declined as not disclosed."""
    story = parse(
        "Man charged over threats\n\n"
        "A man was charged on Friday with threatening to attack a school in the city.\n\n"
        "Police did not specify which school the man had targeted.\n\n"
        "He is due in court next week."
    )
    answer, _ = answer_message("Which school had the man targeted?", story)
    assert answer.kind == "abstain" and "not disclosed" in answer.title

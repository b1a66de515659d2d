"""A "when will …?" question asks about what is still to come: a date before the story was published is no
answer to it, though it answers "when did …?"."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

STORY = parse(
    "Union sets strike vote\n\nBy Staff Reporter\n\nJune 5, 2023\n\n"
    "Drivers last struck in August 2019 and again in the late ’90s, the union said.\n\n"
    "Members will vote on a new contract on June 16, the union said on Monday."
)


def test_a_past_date_is_no_answer_to_when_will() -> None:
    answer, _ = answer_message("When will drivers strike?", STORY)
    assert answer.kind == "abstain", answer.title


def test_a_date_to_come_still_answers() -> None:
    answer, _ = answer_message("When will members vote on a new contract?", STORY)
    assert answer.kind == "ask" and "16" in answer.title, answer.title


def test_the_past_date_answers_when_did() -> None:
    answer, _ = answer_message("When did drivers last strike?", STORY)
    assert answer.kind == "ask" and "2019" in answer.title, answer.title

"""A thing the story names by its number ("Flight 1943", "Route 66") answers "which flight …?" when the
story names only one; with two, or for a plural or a time, the question is answered as any other."""

from __future__ import annotations

from bot.answers import answer_message
from bot.answers.facts import which_identifier
from bot.article import parse

STORY = parse(
    "Bird delays morning departure\n\nBy Staff Reporter\n\n"
    "A small bird flew into the cockpit of a jet bound for Boston on Saturday.\n\n"
    "It was a long wait before anyone on Flight 212 could catch it, passengers said."
)
TWO = parse(
    "Storm grounds planes\n\nBy Staff Reporter\n\n"
    "Flight 212 was cancelled and Flight 380 was delayed by three hours on Saturday."
)


def test_the_one_numbered_thing_answers() -> None:
    answer, _ = answer_message("Which flight did the bird get into?", STORY)
    assert answer.kind == "ask" and answer.title == "Flight 212", answer.title


def test_two_numbered_things_leave_the_choice_to_the_question() -> None:
    assert which_identifier("Which flight was cancelled?", TWO) is None
    assert which_identifier("Which year was it?", STORY) is None

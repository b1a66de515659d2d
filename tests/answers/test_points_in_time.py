"""A duration whose anchor word ends its phrase ("An hour later, ...", "a year ago.") names a point in
time, not a length: "how long ...?" is not answered by it. A duration measured from an event ("four days
after the vote") still answers "how long after ...?"."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

STORY = (
    "Ferry stuck in port\n\n"
    "The ferry was due to leave at noon but a gull got into the wheelhouse.\n\n"
    "An hour later, the passengers were still waiting on the ferry.\n\n"
    "The mayor resigned four days after the vote."
)


def test_a_point_in_time_does_not_say_how_long() -> None:
    answer, _ = answer_message("How long were the passengers waiting on the ferry?", parse(STORY))
    assert answer.kind == "abstain"


def test_a_duration_after_an_event_says_how_long_after() -> None:
    answer, _ = answer_message("How long after the vote did the mayor resign?", parse(STORY))
    assert answer.kind == "ask" and "four days" in answer.title

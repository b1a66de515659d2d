"""A duration whose anchor word ends its phrase ("An hour later, ...", "a year ago.") names a point in
time, not a length: "how long ...?" is not answered by it. A duration measured from an event ("four days
after the vote") answers "how long after ...?" only: without the anchor word in the question it says when,
not how long ("the mayor resigned four days after the vote" tells nothing of how long he was mayor)."""

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


def test_a_duration_after_an_event_does_not_say_how_long_something_lasted() -> None:
    answer, _ = answer_message("How long was the mayor in office?", parse(STORY))
    assert answer.kind == "abstain", answer.title


def test_a_duration_from_the_start_of_what_is_asked_says_how_long() -> None:
    """ "less than a year after becoming pope": the point it is measured from is the start of the state the
    question asks about ("been pope"), so it answers."""
    story = parse(
        "Pope visits Kraków\n\n"
        "In 1979, less than a year after becoming pope, Pope Marek celebrated Mass in the old square.\n\n"
        "The crowd sang."
    )
    answer, _ = answer_message("How long had Pope Marek been pope in 1979?", story)
    assert answer.kind == "ask" and "less than a year" in answer.title, answer.title

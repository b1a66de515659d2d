"""A why-answer may be the reason a person gave: "objected to the plan, saying it raised taxes too quickly"
answers "why did she object?" with what follows "saying", not the object of "objected to"
(reason_markers.txt)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = (
    "Council passes the budget\n\n"
    "The city council approved a $120 million budget on Tuesday after a long debate.\n\n"
    "Council President Jen Giattino objected to the spending plan, saying it raised taxes too quickly.\n\n"
    "The mayor said the plan was fair to taxpayers."
)


def test_the_reason_a_person_gave_answers_why() -> None:
    assert answered_span(parse(STORY), "Why did Giattino object?") == "it raised taxes too quickly"


def test_citing_opens_a_reason_and_keeps_its_quote_whole() -> None:
    """ "citing “dangerous and impassable” roads": the reason after "citing", its opening quote kept with
    the closing one (spans._trim), not 'dangerous and impassable” roads'."""
    story = parse(
        "Snow closes roads\n\n"
        "Erie County issued a snow emergency on Monday, citing “dangerous and impassable” roads.\n\n"
        "Schools were closed across the county."
    )
    assert answered_span(story, "Why did Erie County issue a snow emergency?") == (
        "“dangerous and impassable” roads"
    )

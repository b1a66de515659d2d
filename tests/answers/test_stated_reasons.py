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

"""The noun a count question asks for is evidence in a sentence whose figure counts it: "1,426 pilgrims"
counts the people "how many people …?" asks about, though the sentence never says "people"."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse
from tests.answers.asking import answered_span

STORY = (
    "Valley braces for floods\n\n"
    "By Staff Reporter\n\n"
    "Rivers rose across the valley on Tuesday after a week of rain, and schools closed early.\n\n"
    "Last week, at least 12 people were hurt when a bridge gave way near the market.\n\n"
    "The worst flood came in 1998, in which 310 residents drowned in the lower town."
)


def test_a_figure_counting_the_asked_people_answers() -> None:
    assert answered_span(parse(STORY), "How many people died in the 1998 flood?") == "310 residents"


def test_no_figure_no_answer() -> None:
    answer, _ = answer_message("How many people died in the 2004 storm?", parse(STORY))
    assert answer.kind == "abstain"

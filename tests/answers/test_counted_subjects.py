"""A figure with no noun of its own that is the subject of the question's verb counts what the question
asks: "About 2,500 fled to the hills" answers "how many families fled?" (numbers._subject_of_asked)."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Floods empty the valley",
    "Hundreds of families lived in the river valley before the spring floods.",
    "About 2,500 fled to the hills when the river rose, the council said on Monday.",
    "The council has opened two schools as shelters until the water goes down.",
    "Engineers will inspect the old dam next week.",
)
VALLEY = parse("\n\n".join(PARAGRAPHS))


def test_a_bare_figure_before_the_asked_verb_counts() -> None:
    assert "2,500" in answered_span(VALLEY, "How many families fled to the hills?")


def test_a_figure_before_another_verb_counts_nothing_asked() -> None:
    answer, _ = answer_message("How many families were rescued by boat?", VALLEY)
    assert answer.kind == "abstain", answer.items

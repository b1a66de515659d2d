""" "At what event did she collapse?" asks its noun as "what event …?" does: a sentence need not write
"event" to cover the question (ask._led_without_noun), but only when one holds all the rest of it, since a
preposition's object is as often a time or manner as the asked kind."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Senator recovering at home\n\n"
    "Senator Ann Lowry was taken to her daughter's apartment after her sudden collapse during the harbour "
    "memorial ceremony on Sunday.\n\n"
    "Troops held the old fort through the long winter."
)


def story() -> Article:
    return parse(STORY)


def test_led_noun_left_out_of_the_gate() -> None:
    assert "memorial ceremony" in answered_span(story(), "At what event did she collapse?")


def test_led_noun_kept_when_the_rest_is_partly_held() -> None:
    answer, _ = answer_message("On what lake did troops defend the fort?", story())
    assert answer.kind == "abstain", answer.title

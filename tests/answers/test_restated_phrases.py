"""A "which …?" question's noun phrase restated in the sentence right before a name: the name is the one the
phrase describes ("like former Harlow Rover Tam Oduya" for "which former Harlow Rover ...?"), not a word of
the phrase."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = (
    "Injured players to be paid\n\n"
    "After the court turned down the appeal on Monday, injured players, like former Harlow Rover Tam Oduya, "
    "should start receiving money within weeks.\n\n"
    "The fund holds nine million pounds."
)


def test_the_name_after_the_restated_noun_phrase_answers() -> None:
    assert answered_span(parse(STORY), "Which former Harlow Rover can get paid?") == "Tam Oduya"

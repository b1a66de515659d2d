"""A participle between "how many" and a plural noun modifies the noun ("how many registered students"):
the noun is what the figure must count, so a date or a figure of another thing is no answer."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.numbers import expected
from bot.article import parse

STORY = parse(
    "\n\n".join(
        (
            "Online college grows in exile",
            "After the March 2019 floods closed the campus, teachers moved every course online.",
            "The college now has 4,200 registered students, most of them abroad, its director said.",
        )
    )
)


@pytest.mark.parametrize(
    "question, noun",
    [
        ("How many registered students does the college have?", "student"),
        ("How many injured people were taken to hospital?", "peopl"),
        ("How many died in the crash?", None),  # a verb, no noun
    ],
)
def test_the_counted_noun_past_a_participle(question: str, noun: str | None) -> None:
    assert expected(question).counted == noun


def test_a_participle_before_the_noun_still_counts_the_noun() -> None:
    answer, _ = answer_message("How many enrolled students does the college have?", STORY)
    assert answer.kind == "ask" and answer.title.startswith("4,200"), answer.title

"""A date written right after a word of the question ("the vote – May 2 –", "the vote on May 2") dates
that word; another date of the same sentence dates something else."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = parse(
    "Council leader keeps seat\n\nBy Staff Reporter\n\n"
    "The leader rented a flat from 29 March, the week after the vote was called, to 20 May, a week after "
    "the vote.\n\n"
    "She spent the night of the vote – May 2 – at the old town hall with her staff and family, before "
    "going on to the count in the sports centre."
)


def test_a_date_right_after_the_asked_word_answers() -> None:
    assert answered_span(STORY, "When was the vote?").startswith("May 2")


def test_a_month_question_wants_a_month() -> None:
    story = parse(
        "Island holds its vote\n\nBy Staff Reporter\n\n"
        "Ordinary general elections are held every four years under the act of 1999, and the ordinary "
        "general elections take place on the first Thursday in May, officials said."
    )
    question = "What month, every four years, are the ordinary general elections held on?"
    assert answered_span(story, question).endswith("May")

"""A question's two words that the story writes as one ("pay cuts" / "paycuts", "web site" / "website")
are matched by the one word: the sentence covers both."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = parse(
    "\n\n".join(
        (
            "Carrier seeks savings",
            "Harbour Air, the region's second-largest carrier, said on Monday that bookings had fallen.",
            "It is seeking paycuts totalling $40m from its pilots.",
            "Its website was down for most of the day, the carrier said.",
        )
    )
)


def test_two_question_words_written_as_one_are_matched() -> None:
    assert answered_span(STORY, "How much in pay cuts is Harbour Air seeking?") == "$40m"

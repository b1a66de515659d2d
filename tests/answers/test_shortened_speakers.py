""" "The spokeswoman" quoted after "the Harbour Line spokeswoman" is that spokeswoman: a quote credited to a
shortened label is among the quotes of the fuller one (`speakers._described_before`)."""

from __future__ import annotations

from bot.answers.speakers import quotes_by
from bot.article import parse

FERRY = parse(
    "\n\n".join(
        (
            "Ferry turns back in fog",
            "“The delay will be brief,” the Harbour Line spokeswoman said on Monday.",
            "Passengers waited two hours on board before the ferry docked again.",
            "“All passengers were safely ashore by noon,” the spokeswoman wrote.",
            "“We never saw anyone from the company,” a passenger, Tom Ellery, said.",
        )
    )
)


def test_a_shortened_label_is_the_fuller_speaker_before_it() -> None:
    found = [q.text for q in quotes_by(FERRY, "the Harbour Line spokeswoman")]
    assert found == ["The delay will be brief,", "All passengers were safely ashore by noon,"]

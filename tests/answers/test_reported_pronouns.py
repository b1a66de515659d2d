"""Reported speech whose speaker is "he" / "she": the person last named before the pronoun is who spoke
("Ames said Rob Kerr was right when he said ..." reports Kerr), and a "he said." that closes its sentence
reports the clause before it, even when the next sentence runs on in the same line."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Mayor backs the new ferry\n\n"
    "Councillor Jane Ames said Mayor Rob Kerr was entirely right on Monday evening when he said "
    "that the old ferry had outlived its use.\n\n"
    "''A new ferry alone will not end the queues at the pier,'' Kerr said. ''It will cut the crossing "
    "to twenty minutes.''\n\n"
    "The council votes on the plan in June."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_pronoun_speaker_is_the_person_last_named_before_it(story: Article) -> None:
    assert "the old ferry had outlived its use" in answered_span(
        story, "What did Kerr say about the old ferry?"
    )


def test_the_pronoun_is_not_the_earlier_speaker(story: Article) -> None:
    answer, _ = answer_message("What did Ames say about the old ferry?", story)
    assert answer.kind == "ask"
    assert answered_span(story, "What did Ames say about the old ferry?").startswith(
        "Mayor Rob Kerr was entirely right"
    )


def test_a_closing_reporting_verb_reports_the_clause_before_it(story: Article) -> None:
    assert answered_span(story, "What did Kerr say a new ferry alone will not do?") == (
        "end the queues at the pier"
    )

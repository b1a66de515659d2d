"""A short list that a relative clause follows (", which …") ends there: the answer is the whole list, not
its first item."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour dispute heads to court\n\n"
    "The claim rests on an old principle of maritime law and customary law, which predates the harbour "
    "charter.\n\n"
    "The hearing is expected to last a week."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_list_ends_before_its_relative_clause(story: Article) -> None:
    assert answered_span(story, "Which laws predate the harbour charter?") == "maritime law and customary law"


def test_a_list_ends_before_the_verb_of_its_clause() -> None:
    """ "The doctrine, which has its roots in X and Y, is …": the subject's verb closes the list too."""
    story = parse(
        "Court upholds harbour ruling\n\n"
        "The harbour doctrine, which has its roots in the principles of maritime custom and good faith, is "
        "still applied by the court.\n\n"
        "The hearing is expected to last a week."
    )
    span = answered_span(story, "In what does the harbour doctrine have roots?")
    assert span == "the principles of maritime custom and good faith"

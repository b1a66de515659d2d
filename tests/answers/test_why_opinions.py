"""In a why-question the opinion verb only frames the reason: "why does the crew think the boats are safe
at sea?" is answered by the story's reason in its own verb, "reasoned" (ask.OPINION_VERBS,
opinion_verbs.txt)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Rowing club buys new boats\n\n"
    "The Kilbride rowing club bought four new boats for its youth crews on Saturday.\n\n"
    "The crew reasoned that the design was safe because it was built from marine steel.\n\n"
    "The first race in the new boats is in May."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_opinion_verb_does_not_count(story: Article) -> None:
    assert "it was built from marine steel" in answered_span(
        story, "Why does the crew think the boats are safe at sea?"
    )

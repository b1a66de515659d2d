""" "Who said X?" when the story reports the whole claim in its own words ("the minister said the port would
stay closed") and quotes someone else on part of it: the reported sentence names who said it; a quote
holding the claim word for word still answers first."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Port stays shut\n\n"
    "Last week, Transport Minister Dana Holt said the port would stay closed to cargo ships until March.\n\n"
    "“The port is our lifeline, and cargo ships keep this town alive,” said Mayor Ken Ruiz.\n\n"
    "“Nobody wants the port to stay closed,” said harbour master Ali Noor.\n\n"
    "Dock workers met on Friday."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_sentence_reporting_the_whole_claim_names_who_said_it(story: Article) -> None:
    assert "Dana Holt" in answered_span(story, "Who said the port would stay closed to cargo ships?")


def test_a_quote_holding_the_claim_word_for_word_still_answers(story: Article) -> None:
    answer, _ = answer_message("Who said nobody wants the port to stay closed?", story)
    assert answer.kind == "ask"
    assert "Ali Noor" in " ".join(item.text for item in answer.items)

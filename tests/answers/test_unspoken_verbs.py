"""A reporting verb after "to" or a passive "be" asks no "what did X say?" (issue 16): "what has the crew
been told to prepare for?" asks for an order the crew was given, "what do the towns want to add?" what they
want; both are answered from the story's sentence, not refused for want of a quote, on a small
hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers.questions import classify
from bot.article import Article, parse
from tests.answers.asking import cited_sentence

HARBOUR = """Storm closes the harbour

The harbour at Calder Bay closed on Monday as a storm moved in from the west.

The lifeboat crew has been told to prepare for a long night of rescues, the coastguard said.

The two fishing towns want to add a second sea wall to the flood plan before winter.
"""


@pytest.fixture(scope="module")
def harbour() -> Article:
    return parse(HARBOUR)


@pytest.mark.parametrize(
    "question, sentence",
    [
        ("What has the lifeboat crew been told to prepare for?", "The lifeboat crew has been told"),
        ("What do the two fishing towns want to add to the flood plan?", "The two fishing towns want"),
    ],
)
def test_an_order_or_a_wish_is_answered_from_its_sentence(
    harbour: Article, question: str, sentence: str
) -> None:
    assert classify(question).type != "who_said"
    assert cited_sentence(harbour, question).startswith(sentence)


def test_a_spoken_question_still_asks_for_speech() -> None:
    assert classify("What did the coastguard add about the storm?").type == "who_said"

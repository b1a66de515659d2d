"""Meaning questions are answered by the expansion or gloss the story writes beside the term."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.intents import clean
from bot.answers.questions import classify
from bot.article import parse

STORY = "\n\n".join(
    [
        "Launched in 2011, Hanyu-3 — or “Jade Lantern” — was the region's first weather satellite.",
        "The Northern Rivers Water Authority (NRWA) cut supplies on Monday.",
        "The HCA (Harbour Conservation Alliance) objected to the plan.",
        "The KVB (the Kestrel Valley Board) approved it.",
        "The council will meet again next month to discuss the budget.",
        "Local businesses reported a busy weekend after the fair.",
    ]
)


@pytest.mark.parametrize(
    "question, title",
    [
        ("What does Hanyu-3 mean?", "Jade Lantern"),
        ("What does NRWA stand for?", "Northern Rivers Water Authority"),
        ("What does the acronym HCA stand for?", "Harbour Conservation Alliance"),
        ("What does KVB stand for?", "Kestrel Valley Board"),  # from the first word with a letter
    ],
)
def test_the_story_s_own_expansion_or_gloss(question: str, title: str) -> None:
    answer, _ = answer_message(question, parse(STORY))
    assert answer.kind == "ask" and answer.title == title
    assert answer.items[0].citations


def test_a_term_the_story_does_not_gloss_is_no_guess() -> None:
    story = parse(STORY + "\n\nThe WMO welcomed the launch.")
    answer, _ = answer_message("What does WMO stand for?", story)
    assert answer.kind == "abstain" and answer.title == "The article doesn't say what WMO stands for."


@pytest.mark.parametrize(
    "question", ["What does the ruling mean for farmers?", "What does the minister mean?"]
)
def test_what_something_means_for_someone_is_no_meaning_question(question: str) -> None:
    assert classify(clean(question)).type != "meaning"

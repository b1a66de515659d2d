"""Reported speech by a speaker asked by description ("the fund's chief economist"), not by a listed
person's name: the description's head noun must stand before the reporting verb, so "the Harbour Fund
announced ..." is not what its chief economist said, and a treasurer the story never reports is declined."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import highlighted

STORY = (
    "Harbour Fund cuts fees\n\n"
    "The Harbour Fund announced on Tuesday that it would cut its fees for small ports.\n\n"
    "Its chief economist said shipping had slowed sharply this year.\n\n"
    "The fees fall in May."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_described_speaker_is_read_by_the_head_of_the_description(story: Article) -> None:
    answer, _ = answer_message("What did the fund's chief economist say?", story)
    assert answer.kind == "ask"
    assert [highlighted(story, answer)] == [
        story.text[i.highlight[0] : i.highlight[1]] for i in answer.items if i.highlight
    ]
    assert highlighted(story, answer) == "shipping had slowed sharply this year"


def test_a_described_speaker_the_story_does_not_report_is_declined(story: Article) -> None:
    answer, _ = answer_message("What did the fund's treasurer say?", story)
    assert answer.kind == "abstain"

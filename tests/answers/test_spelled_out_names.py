"""A who-question that types an acronym ("who leads the NFU?") is not answered by the name the acronym
stands for ("National Farmers Union"): the question already names it, so the answer is someone else."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse

STORY = (
    "Farm union chief quits\n\n"
    "The head of the National Farmers Union has quit after a row over subsidies, the group said on "
    "Friday.\n\n"
    "NFU president Mary Cole told members she was leaving with regret."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_spelled_out_acronym_is_no_answer(story: Article) -> None:
    answer, _ = answer_message("Who is the head of the NFU?", story)
    assert "National Farmers Union" not in answer.title


def test_the_person_the_story_titles_still_answers(story: Article) -> None:
    answer, _ = answer_message("Who is the NFU president?", story)
    assert answer.title == "Mary Cole"

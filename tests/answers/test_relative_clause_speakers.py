"""A relative clause between a speaker and the reporting verb: in "Mayor Tom Reed, who took over from Ellen
Park as mayor last spring, said ...", Reed speaks, not the name inside the clause
(reported._RELATIVE_AFTER, reported._IN_RELATIVE)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Old bridge to close\n\n"
    "The city council voted on Tuesday to close the old bridge over the river for repairs.\n\n"
    "Mayor Tom Reed, who took over from Ellen Park as mayor last spring, said the bridge was no longer "
    "safe for heavy lorries.\n\n"
    "Work is due to begin in August."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_subject_before_the_clause_speaks(story: Article) -> None:
    assert answered_span(story, "Who said the bridge was no longer safe?") == "Tom Reed"


def test_the_name_inside_the_clause_does_not_speak(story: Article) -> None:
    answer, _ = answer_message("What did Ellen Park say?", story)
    assert answer.kind == "abstain"

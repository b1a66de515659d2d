"""Among sentences naming a place that cover a where-question alike, one that writes a question word only in
another form of its stem comes after one that does not: "arrested the suspects on Interstate 10" answers
"where were the suspects arrested?", not the caption "during the arrest of two suspects in Baldwin County"
(facts._other_forms)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Two held over card skimming\n\n"
    "Cash seized during the arrest of two suspects in Baldwin County.\n\n"
    "Officers with the county sheriff's office arrested the suspects on Interstate 10 when they returned "
    "to Alabama on their way to Orlando, an agent for the attorney general's office said on Friday.\n\n"
    "Both men are held without bond."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_sentence_writing_the_asked_verb_says_where(story: Article) -> None:
    assert "Interstate 10" in answered_span(story, "Where were the suspects arrested?")

"""Reported speech whose pronoun stands apart from its verb: "She also said that ..." and "he has said"
report what the person last named said, as "she said" does (reported.BETWEEN_PRONOUN_AND_VERB)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "New rules for the county's budget\n\n"
    "County treasurer Anna Berg set out the new budget rules to reporters in Carlow on Monday.\n\n"
    "She also said that tax returns would now be checked every three years.\n\n"
    "The rules take effect in June."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_an_adverb_between_pronoun_and_verb_still_reports(story: Article) -> None:
    assert answered_span(story, "What did Anna Berg say about tax returns?") == (
        "tax returns would now be checked every three years"
    )

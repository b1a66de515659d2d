"""The answer phrase inside the right sentence, read from the argument the question asks for: the instances an
asked noun lists ("charities, such as …"), the name a possessive name owns ("MMQB's Peter King"). A made-up
story parsed by the real extractors (no question set was tuned on it); each case names the rule it checks,
and the cases where the rule must stay out of the way."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.test_span_shapes import _answer

STORY = (
    "LARKHAM, March 9 (Reuters) The town charter was rewritten last year. "
    "Several harbour charities, such as the Sea Rescue Fund and the Lifeboat Trust, paid for repairs. "
    "Two harbour charities closed in 2023 for lack of money. "
    "The board will review the fees in April, according to WKRP's Tom Ashby."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_instances_an_asked_noun_lists_answer_what_it_is(story: Article) -> None:
    # "Several harbour charities, such as …": the members named, not the noun phrase that holds the noun
    assert _answer(story, "What charities paid for repairs?") == "the Sea Rescue Fund and the Lifeboat Trust"


def test_an_asked_noun_that_lists_nothing_keeps_its_noun_phrase(story: Article) -> None:
    assert _answer(story, "What charities closed in 2023?") == "Two harbour charities"


def test_a_name_that_a_name_owns_fills_the_argument(story: Article) -> None:
    # "according to WKRP's Tom Ashby": the reporter, not the station that qualifies him
    assert _answer(story, "Who reported that the board would review the fees?") == "Tom Ashby"

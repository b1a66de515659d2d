"""Where-answers joined to a participle by a hyphen ("the Boston-headquartered firm", "an Oslo-bound
ferry"): the place before the hyphen answers when the question asks with that participle's words, and only
then (facts.HYPHENED_PLACE, place_participles.tsv)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Ferry firm expands fleet\n\n"
    "The Bergen-headquartered operator Nordlys Lines bought two ships on Monday, its chief said.\n\n"
    "An Oslo-bound Nordlys ferry was delayed by fog on Friday.\n\n"
    "The Tromsø-born captain Ingrid Vik steered the first new ship out of the harbour at Stavanger."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("Where is Nordlys Lines headquartered?", "Bergen"),
        ("Where is Nordlys Lines based?", "Bergen"),
        ("Where was the delayed ferry going?", "Oslo"),
        ("Where was Ingrid Vik born?", "Tromsø"),
        # no participle asked: the sentence's place after a preposition answers, not the birthplace
        ("Where did Ingrid Vik steer the first new ship out of?", "Stavanger"),
    ],
)
def test_hyphened_place(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

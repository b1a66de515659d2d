"""A question asks with a verb's base form ("when did the ferry sink?") where the story writes its irregular
past ("sank"): the pasts in irregular_verbs.tsv make the two forms one word for matching."""

from __future__ import annotations

import pytest

from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Ferry lost off the coast",
    "The old ferry sank off the coast of Kerala in June 2019, after its engine failed in a storm.",
    "The inquiry heard that the captain forgot the warning on the morning of June 12.",
    "Rescuers reached the site two days after the storm.",
)
FERRY = parse("\n\n".join(PARAGRAPHS))


@pytest.mark.parametrize(
    "question, expected",
    [
        ("When did the ferry sink?", "June 2019"),
        ("When did the captain forget the warning?", "June 12"),
    ],
)
def test_a_base_form_matches_the_irregular_past(question: str, expected: str) -> None:
    assert expected in answered_span(FERRY, question)

"""Where-answers that are places, not people: a place that only opens a person's longer name ("Canada's
Judge Peter Vance") is no answer, and the next sentence that passes the gate names where; a place that
heads a list keeps its own name when the next item is a person ("Tarrow and Anna Brill"). Each case
names the rule it checks (facts._opens_person, facts._LISTED_NEXT).
"""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Court frees dock worker\n\n"
    "Canada's Chief Judge Peter Vance freed dock worker Tom Hale on Tuesday, ending the long trial.\n\n"
    "Hale was freed at the courthouse in Marnford, his lawyer said.\n\n"
    "Prosecutors filed the first charge in Tarrow and Anna Brill said the charge was a mistake."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        # _opens_person: "Canada" only opens "Canada's Chief Judge Peter Vance"; the next sentence says where
        ("Where was dock worker Tom Hale freed?", "Marnford"),
        # _LISTED_NEXT: "Tarrow and Anna Brill" is a list, the place is its first item
        ("Where did prosecutors file the first charge?", "Tarrow"),
    ],
)
def test_place_not_person(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span

"""A plural demonym in the question ("Israelis") is its place's as the singular is ("Israel"; demonyms.tsv,
spelling.article_forms), so the question is no question about a name the story never mentions."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = (
    "Oil embargo\n\n"
    "On November 22, Japan issued a statement asserting that Israel should withdraw from all of the 1967 "
    "territories."
)


def test_plural_demonym_names_its_place() -> None:
    question = "When did Japan release a statement to tell Israelis to withdraw?"
    assert answered_span(parse(STORY), question) == "November 22"

"""A name the question writes with or without a name ending ("Christian" / "Christianity", "Protestantism" /
"Protestant"; name_endings.txt, spelling.article_forms) is the story's name, so the question is no question
about a name the story never mentions."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import cited_sentence

STORY = (
    "College history\n\n"
    "In 1870 the president Charles Eliot removed Christianity from the core of the curriculum. "
    "The college later opened a school of medicine.\n\n"
    "Printed bibles in the common language spread the Protestant movement across France."
)


def test_name_without_its_ending() -> None:
    question = "What president removed the Christian core of the curriculum?"
    assert "Charles Eliot" in cited_sentence(parse(STORY), question)


def test_name_with_its_ending() -> None:
    question = "What spread Protestantism across France?"
    assert "Printed bibles" in cited_sentence(parse(STORY), question)

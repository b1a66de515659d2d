"""A who-answer that names its person by a short name only is cited from another candidate sentence that
gives the same person in full (`ask._in_full`), so the reader gets the whole name in its sentence."""

from __future__ import annotations

from bot.article import parse

from .asking import answer_to, highlighted

PARAGRAPHS = (
    "Harbor Rail adds night trains",
    "Night trains start in June, said operations director Nina Castell of Harbor Rail.",
    "Castell, who joined from a bus company, now runs operations at Harbor Rail.",
    "Tickets go on sale next week.",
)
RAIL = parse("\n\n".join(PARAGRAPHS))


def test_the_full_name_sentence_answers_who() -> None:
    answer = answer_to(RAIL, "Who runs operations at Harbor Rail?")
    assert highlighted(RAIL, answer) == "Nina Castell"
    assert "Nina Castell" in answer.items[0].text

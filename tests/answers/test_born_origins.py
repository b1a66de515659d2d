"""'Where was X born?' of a story that gives no birthplace but X's country ("Anna Berg of Norway") is
answered with that country, after the where-route finds no place; a person of no stated origin is refused."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Glacier study wins prize",
    "Scientists such as Anna Berg of Norway have studied the glacier for a decade.",
    "Their survey, led by the retired teacher Tom Hale, found the ice had thinned by a third.",
    "The prize will be presented at a dinner next month.",
)
GLACIER = parse("\n\n".join(PARAGRAPHS))


def test_a_stated_country_answers_where_born() -> None:
    assert answered_span(GLACIER, "Where was Anna Berg born?") == "Norway"


def test_no_stated_origin_is_refused() -> None:
    answer, _ = answer_message("Where was Tom Hale born?", GLACIER)
    assert answer.kind == "abstain", answer.items

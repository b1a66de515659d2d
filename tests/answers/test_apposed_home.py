""" "Where does X live?" of "X, a nurse and part-time singer in Portugal, said ...": the place that ends a
description after the name is where the person is, when it names a country or a place the story names;
a description ending in some other capitalised name (a firm) gives no home."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Choir wins regional prize",
    "Maya Lindqvist, a nurse and part-time singer in Portugal, has led the choir since it began.",
    "Tom Okafor, a partner in Okafor Brothers Holdings, paid for the choir's new robes.",
    "The choir will sing again at the town hall in the spring.",
)
CHOIR = parse("\n\n".join(PARAGRAPHS))


def test_a_country_ending_a_description_is_where_one_lives() -> None:
    assert answered_span(CHOIR, "Where does Maya Lindqvist live?") == "Portugal"


def test_a_firm_ending_a_description_is_no_home() -> None:
    answer, _ = answer_message("Where does Tom Okafor live?", CHOIR)
    assert answer.kind == "abstain", answer.items

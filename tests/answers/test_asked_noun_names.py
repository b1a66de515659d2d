""" "Which countries get the group pass early?": a sentence without the asked noun is credited with it only
when it can name the answer in its place (a place for a kind of place: `ask._may_name`), so "beginning with
Peru and Chile" answers, not a sentence about the pass that names no country."""

from __future__ import annotations

from bot.article import parse

from .asking import cited_sentence

PARAGRAPHS = (
    "Bus firm expands abroad",
    "The group pass will start in select countries, beginning with Peru and Chile.",
    "Up to six riders, including the buyer of the pass and any friends, can share one group pass early.",
    "Prices were not given.",
)
BUSES = parse("\n\n".join(PARAGRAPHS))


def test_a_sentence_that_names_a_place_answers_which_countries() -> None:
    assert "Peru and Chile" in cited_sentence(BUSES, "Which countries get the group pass early?")


METERS = parse(
    "\n\n".join(
        (
            "Chip makers face new rival",
            "The plan may not please the two biggest firms that build smart meters: Voltra and Ampex.",
            "These firms already have a lock on the smart meter market in most cities.",
            "The rival plans to sell its meters from next year.",
        )
    )
)


def test_among_equals_the_sentence_naming_the_kind_comes_first() -> None:
    assert "Voltra and Ampex" in cited_sentence(METERS, "Which firms build most smart meters?")

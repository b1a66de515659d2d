"""A which-question for several of a kind ("which banks ...?") is not answered by a count of them ("four
banks"): the count names none of them. A sentence that names them answers."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Rescue fund grows",
    "The ministry said it has identified four banks for the rescue fund.",
    "Two insurers, Atlas Mutual and Crown Life, will also put money into the fund.",
    "The fund opens in May and will lend to small firms hit by the floods.",
    "Farmers in the valley lost most of their crops last autumn.",
    "Repairs to the main road will take a year, engineers said.",
)
FUND = parse("\n\n".join(PARAGRAPHS))


def test_a_count_of_the_asked_noun_names_none() -> None:
    answer, _ = answer_message("Which banks were selected for the rescue fund?", FUND)
    assert answer.kind == "abstain", answer.items


def test_names_answer() -> None:
    assert "Atlas Mutual" in answered_span(FUND, "Which insurers will put money into the fund?")

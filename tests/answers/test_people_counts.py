""" "How many people ...?" is answered by a count of people of some kind or nation: "3,000 Canadians",
"about 400 settlers" (numbers._people_of); a count of things is still no count of people."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Harbour clinic draws crowds",
    "More than 3,000 Canadians have signed up for the new harbour clinic since it opened on Monday.",
    "The valley once had about 400 settlers, the museum's records show.",
    "The hill farms had some 900 residents, compared with 7,000 in the harbour town.",
    "The clinic has 12 rooms and a small pharmacy, the health board said.",
    "Its director said the waiting list would be cut by the end of the year.",
    "Parking near the harbour remains a problem for older patients.",
)
CLINIC = parse("\n\n".join(PARAGRAPHS))


def test_a_nation_counts_people() -> None:
    assert "3,000" in answered_span(CLINIC, "How many people have signed up for the clinic?")


def test_a_kind_of_people_counts_people() -> None:
    assert "400" in answered_span(CLINIC, "How many people did the valley once have?")


def test_a_count_after_people_of_a_kind_counts_them_too() -> None:
    assert "7,000" in answered_span(CLINIC, "How many people were in the harbour town?")


def test_things_count_no_people() -> None:
    answer, _ = answer_message("How many people work at the pharmacy?", CLINIC)
    assert answer.kind == "abstain", answer.items

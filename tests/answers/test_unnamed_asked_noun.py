""" "What tradition were the monks known for?": a noun no name answers is the answer's own word ("a
tradition of bell ringing"), so the sentence that holds it is not outranked by one holding the question's
other words without it (`ask._without_asked_noun` counts only for the gate then)."""

from __future__ import annotations

from bot.article import parse

from .asking import cited_sentence

PARAGRAPHS = (
    "Hill abbey opens to visitors",
    "The abbey on the hill opens to visitors in May.",
    "The village monks were known across the valley for their long walks to the market.",
    "The village monks kept a tradition of bell ringing.",
    "Visitors can stay for a night.",
)
ABBEY = parse("\n\n".join(PARAGRAPHS))


def test_the_sentence_holding_the_asked_noun_answers() -> None:
    cited = cited_sentence(ABBEY, "What tradition were the village monks known for?")
    assert cited == "The village monks kept a tradition of bell ringing."

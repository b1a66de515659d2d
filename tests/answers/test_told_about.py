""" "What did X tell reporters about Y?" asks X's words on a topic, as "what did X say about Y?" does: a
listener of up to two words may stand between the reporting verb and "about" (`ask.ABOUT`)."""

from __future__ import annotations

from bot.article import parse

from .asking import answer_to

PARAGRAPHS = (
    "Mayor opens new library",
    "Mayor Ruth Ames opened the city's new library on Monday.",
    "“This is a great day for our readers,” Ames said at the opening.",
    "Asked about the budget, Ames told reporters: “We kept the library within its budget.”",
)
LIBRARY = parse("\n\n".join(PARAGRAPHS))


def test_told_reporters_about_reads_the_topic() -> None:
    answer = answer_to(LIBRARY, "What did Ames tell reporters about the budget?")
    assert "within its budget" in answer.items[0].text

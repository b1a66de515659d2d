""" "Who wrote …?" may ask who wrote a work, not who said words: where no one is quoted, the writer a
sentence names ("was written by Ann Morrow") answers."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

STORY = parse(
    "Old novel returns to print\n\nBy Staff Reporter\n\n"
    "The novel Harbour Lights was written by Ann Morrow in 1952.\n\n"
    "Its new cover shows the harbour at night."
)


def test_the_writer_of_a_work_answers() -> None:
    answer, _ = answer_message("Who wrote Harbour Lights?", STORY)
    assert answer.kind == "ask" and answer.title == "Ann Morrow", answer.title

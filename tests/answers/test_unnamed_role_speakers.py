""" "Who was the captain?" of a sentence that holds the captain only as the label of an unnamed quote
speaker ("“We are turning back,” he announced, as Tom Ellery recalled it.", the captain's words): the
captain has no name there, and the name it does hold is someone else's (`ask._lacks_role`)."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

FERRY = parse(
    "\n\n".join(
        (
            "Ferry turns back in fog",
            "Tom Ellery, a commuter, boarded the ferry at eight.",
            "An hour out, before the captain came on the radio and said: “We are lost in the fog.”",
            "“We are turning the ferry back to port,” he announced, as Ellery recalled it.",
        )
    )
)


def test_an_unnamed_speakers_role_names_no_one_in_its_sentence() -> None:
    answer, _ = answer_message("Who was the captain of the ferry?", FERRY)
    assert answer.kind != "ask" or "Ellery" not in answer.title, answer.title

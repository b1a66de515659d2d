"""A name that modifies the kind of place or event it is ("Camden town hall", "the Harbour Lights
festival") is answered with that noun: the answer ends where the story's phrase does."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse
from tests.answers.asking import answered_span

STORY = parse(
    "\n\n".join(
        (
            "Mayor wins again",
            "The mayor heard the result at Kingsbridge town hall shortly after midnight on Friday.",
            "She will speak at the Harbour Lights festival next month, her office said.",
            "Her rival, Tom Reyes, said he would not stand again.",
        )
    )
)


def test_the_venue_noun_after_a_name_ends_the_answer() -> None:
    assert answered_span(STORY, "Where did the mayor hear the result?") == "Kingsbridge town hall"


def test_the_title_is_the_whole_phrase_too() -> None:
    answer, _ = answer_message("Where will the mayor speak next month?", STORY)
    assert answer.title.endswith("Harbour Lights festival"), answer.title

"""A who-question asking with a verb that leads to another ("who tried to buy ...?") asks who would do the
second: the story may name the one in its place without the first ("a bid by ... to buy")."""

from __future__ import annotations

from bot.answers import names
from bot.article import parse
from tests.answers.asking import answered_span

FILLER = "\n\n".join(
    [
        "Shops along the high street reported a busy weekend after the fair.",
        "Schools reopened after the holiday with new timetables.",
        "Rain is expected to return on Thursday, forecasters said.",
    ]
)


def test_the_verb_after_a_catenative_one_is_the_asked_verb() -> None:
    assert names.asked("Who tried to buy the mill?") == names.Asked("buy", "subject")
    assert names.asked("Who went to Fort Duquesne?").verb == "went"  # a motion verb leads to a place


def test_the_one_in_the_infinitive_verb_place_answers() -> None:
    article = parse(
        "Kestrel Bank said on Tuesday that a bid by the investor Anna Vermeer to buy a controlling stake in"
        " Brightwater Mills had failed.\n\n" + FILLER
    )
    assert (
        answered_span(article, "Who tried to buy a controlling stake in Brightwater Mills?") == "Anna Vermeer"
    )

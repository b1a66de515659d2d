"""A lede that describes a person by role ("The chairman of the Harbour Rowing Club was suspended ...") and
names them a few sentences on doing the same ("... said Tom Reyes was suspended") answers "who is the
club's chairman?" with that name; a name doing something else answers nothing."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

NAMED_LATER = (
    "Rowing club in turmoil\n\n"
    "The chairman of the Harbour Rowing Club was suspended on Monday after a dispute over missing funds.\n\n"
    "Club officials said Tom Reyes was suspended while auditors examine the accounts. Members will vote "
    "on a new committee in June."
)
SOMEONE_ELSE = (
    "Rowing club in turmoil\n\n"
    "The chairman of the Harbour Rowing Club was suspended on Monday after a dispute over missing funds.\n\n"
    "Club officials said Ann Lee was appointed to examine the accounts. Members will vote on a new "
    "committee in June."
)


def test_the_person_named_doing_the_same_answers() -> None:
    answer, _ = answer_message("Who is the chairman of the Harbour Rowing Club?", parse(NAMED_LATER))
    assert answer.kind == "ask"
    assert answer.title == "Tom Reyes"
    assert "Tom Reyes was suspended" in answer.items[0].text


def test_a_person_named_doing_something_else_does_not() -> None:
    answer, _ = answer_message("Who is the chairman of the Harbour Rowing Club?", parse(SOMEONE_ELSE))
    assert "Ann Lee" not in answer.title

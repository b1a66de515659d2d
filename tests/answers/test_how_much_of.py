""" "How much of X ...?" asks for a part of a whole, a share ("a third of the snow", "40%"), as "what share"
does (issue 16: a figure route refused though the sentence held a figure of the asked kind), on a small
hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.answers.numbers import expected
from bot.article import parse
from tests.answers.asking import answered_span

SNOW = """Crews race to clear roads

Road crews in Dunmore had cleared a third of the snow from the main roads by noon on Tuesday.

The council said schools would stay shut until Thursday.
"""


def test_a_how_much_of_question_is_answered_by_a_worded_share() -> None:
    article = parse(SNOW)
    assert answered_span(article, "How much of the snow had the crews cleared by noon?") == "a third"


def test_how_much_of_a_asks_no_share() -> None:
    assert expected("How much of a role did the mayor play?").kind != "percent"

""" "What is X's job / profession / role?" asks who X is, the role the story gives X (issue 16: a question
refused though its sentence names the role, "his finance minister Ada Brill"), on a small hand-written story
(no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers.questions import classify
from bot.article import parse
from tests.answers.asking import answer_to

BUDGET = """Budget talks resume in Kessel

President Tomas Rudd said on Monday he was sending his finance minister Ada Brill to the budget talks.

The talks are due to end on Friday.
"""


@pytest.mark.parametrize("question", ["What is Ada Brill's current job?", "What is Brill's profession?"])
def test_a_role_question_gets_the_role(question: str) -> None:
    assert classify(question).type == "who_is"
    assert answer_to(parse(BUDGET), question).items[0].text == "finance minister"


def test_a_thing_s_job_is_no_person_question() -> None:
    assert classify("What is the committee's job?").type != "who_is"

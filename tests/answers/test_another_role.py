"""A question asking who holds a role ("who is the Gulls' head coach?") is not answered by a name that the
sentence titles with another role ("Gulls quarterback Sam Ortiz"); the role it does title answers."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse

STORY = (
    "Gulls lose their leader\n\n"
    "Harbour City Gulls quarterback Sam Ortiz announced his retirement on Tuesday after 12 seasons, leaving "
    "the team with two big holes after their head coach also stepped down last week.\n\n"
    "The team will hold trials for young players in March."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_a_name_titled_by_another_role_does_not_answer(story: Article) -> None:
    answer, _ = answer_message("Who is the Gulls' head coach?", story)
    assert answer.kind == "abstain"
    assert "Sam Ortiz" not in answer.title


def test_the_role_the_name_holds_answers(story: Article) -> None:
    answer, _ = answer_message("Who is the Gulls' quarterback?", story)
    assert answer.kind != "abstain"
    assert answer.title == "Sam Ortiz"


BRANCHES = (
    "Chile and Peru will widen their trade pact next year, Finance Minister Eduardo Soto said.\n\n"
    "Peru's lawyer Ana Vidal said the talks would start in March."
)


def test_the_same_role_noun_of_another_branch_does_not_answer() -> None:
    article = parse(BRANCHES)
    answer, _ = answer_message("Who is Peru's trade minister?", article)
    assert (
        answer.kind == "abstain" and answer.title == "The article doesn't say who Peru's trade minister is."
    )
    answer, _ = answer_message("Who is the finance minister?", article)
    assert answer.kind != "abstain" and answer.title == "Eduardo Soto"
    answer, _ = answer_message("Who is Peru's lawyer?", article)
    assert answer.kind != "abstain" and answer.title == "Ana Vidal"

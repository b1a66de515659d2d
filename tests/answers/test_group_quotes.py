"""A quote a group gave is credited to each named member wherever quotes are counted or listed: the
person's own answer, `/article who`, and the desk's "most quoted"."""

from __future__ import annotations

from bot.answers import Conversation, answer_command
from bot.answers.ask import answer_question
from bot.answers.desk import StoryRef, quoted_people
from bot.article import Article, parse

STORY = (
    "Lawmakers pressed the agency on Tuesday over delays at the port.\n\n"
    "Sens. Rosa Vidal, Amit Chander and Lena Fisk wrote to the agency's chief. "
    "\u201cThe backlog is hurting every farmer in our states,\u201d they wrote.\n\n"
    "\u201cWe are hiring inspectors as fast as we can,\u201d agency spokesman Piet Molen said."
)


def _article() -> Article:
    return parse(STORY)


def test_the_story_has_one_group_quote() -> None:
    groups = [q for q in _article().quotes if q.speakers]
    assert len(groups) == 1
    assert set(groups[0].speakers) == {"Rosa Vidal", "Amit Chander", "Lena Fisk"}


def test_a_members_own_answer_lists_the_groups_quote() -> None:
    answer = answer_question("who is Amit Chander?", _article(), Conversation())
    assert answer.title == "Amit Chander"
    assert any("backlog is hurting" in item.text for item in answer.items)


def test_who_credits_the_group_quote_to_each_member() -> None:
    answer = answer_command("who Lena Fisk", _article())
    assert any("backlog is hurting" in item.text for item in answer.items), answer


def test_most_quoted_counts_each_member_once_for_the_group_quote() -> None:
    counted = {
        name: (quotes, stories) for name, quotes, stories in quoted_people([StoryRef(1, "t", _article())])
    }
    assert counted["Rosa Vidal"] == counted["Amit Chander"] == counted["Lena Fisk"] == (1, 1)
    assert counted["Piet Molen"] == (1, 1)
    assert not any(" and " in name for name in counted)

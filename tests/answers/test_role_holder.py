"""A who-question about a role ("who is the harbour board spokesperson?") whose best sentence names no one
(a quote that holds the role only through its speaker) is answered from a sentence that covers the
question as well and writes the name right after the asked role ("harbour board spokesperson Dana
Whitfield"); a name that does not follow the role is no such answer."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse

STORY = (
    "Harbour board moves its offices\n\n"
    "The harbour board will move its staff to a new building on Quay Street in March.\n\n"
    "In an email on Friday, harbour board spokesperson Dana Whitfield said the old building on Mill Road "
    "would be sold.\n\n"
    "“The harbour board is managing its space carefully. Every team will have desks on the new site,” "
    "Whitfield said.\n\n"
    "The board's chair, Priya Nandakumar, said staff had been consulted.\n\n"
    "The move follows a review of office space across the city, which found that many floors stood empty.\n\n"
    "Unions said they would watch the change closely."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_role_holder_is_named_from_the_sentence_that_titles_them(story: Article) -> None:
    answer, _ = answer_message("Who is the harbour board spokesperson?", story)
    assert answer.kind == "ask"
    assert answer.title == "Dana Whitfield"
    assert "spokesperson Dana Whitfield" in answer.items[0].text
    assert len({item.text for item in answer.items}) == len(answer.items)  # no sentence cited twice


def test_a_role_nobody_holds_is_still_declined(story: Article) -> None:
    answer, _ = answer_message("Who is the harbour board treasurer?", story)
    assert answer.kind == "abstain"


SUCCESSION = (
    "Dock union meets\n\n"
    "Dock workers' leader Tomas Grell met the members on Monday to discuss a successor to the current "
    "general secretary.\n\n"
    "The meeting's statement was signed by general secretary Ines Marlow, who has led the union since "
    "2015.\n\n"
    "The members will vote in June."
)


def test_the_role_holder_is_named_from_a_lower_sentence_when_the_best_names_someone_else() -> None:
    story = parse(SUCCESSION)
    answer, _ = answer_message("Who is the current general secretary?", story)
    assert answer.kind == "ask"
    assert answer.title == "Ines Marlow"
    assert "general secretary Ines Marlow" in answer.items[0].text
    answer, _ = answer_message("Who is the union's treasurer?", story)
    assert answer.kind == "abstain"

"""A who-question whose verb the story words by its converse ("who bought the ferry line?" of "agreed to
sell its ferry line to Brightwater Holdings") is answered by the name after the converse verb's
preposition, read from converse_verbs.tsv; a sale that names no buyer is still declined, and a question
the story answers with its own verb is unchanged."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Coastal group sheds its ferries\n\n"
    "Marlow Coastal Group said on Tuesday it had agreed to sell its ferry line to Brightwater Holdings for "
    "42 million dollars, ending forty years of crossings under its flag.\n\n"
    "The group also plans to sell its harbour warehouses, it said, without naming a buyer.\n\n"
    "Last year the group borrowed 30 million dollars from Eastshore Bank to renew its fleet.\n\n"
    "In 2019 the group sold the naming rights to its terminal to Quayside Energy.\n\n"
    "Brightwater Holdings chairman Colin Abara said the crossings would keep their timetable.\n\n"
    "Shares of Marlow Coastal rose 3 percent."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who bought the ferry line?", "Brightwater Holdings"),
        ("Who is buying Marlow's ferry line?", "Brightwater Holdings"),
        ("Who lent the group 30 million dollars?", "Eastshore Bank"),
        ("Who bought the naming rights?", "Quayside Energy"),  # past "to its terminal", to the buyer
    ],
)
def test_the_converse_verbs_preposition_marks_the_asked_one(story: Article, question: str, name: str) -> None:
    assert answered_span(story, question) == name


def test_a_sale_with_no_buyer_named_is_declined(story: Article) -> None:
    answer, _ = answer_message("Who is buying the harbour warehouses?", story)
    assert answer.kind == "abstain"

"""A sentence that says what the question asks of another name, in the asked name's place ("in Leeds" for
"in York"), answers another question: the bot says which name the article has instead. A name the sentence
has, or a form of it ("Asian" for "Asia"), is no such case."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import replaced_name
from bot.article import parse

from .asking import answered_span

STORY = (
    "Rail firm opens depots\n\n"
    "Northline Rail opened a new depot in Leeds on Monday, the company said.\n\n"
    "The depot employs 120 engineers, some of them from York, and cost £40 million to build.\n\n"
    "Chairman Peter Hollis said a second depot would follow in Durham next year.\n\n"
    "Trains from the depot will run on Asian routes too, Hollis said."
)

DEPOTS = parse(STORY)


def test_another_name_in_the_asked_place_is_refused() -> None:
    answer, _ = answer_message("When did Northline Rail open a depot in York?", DEPOTS)
    assert answer.kind == "abstain", answer.items
    assert "Leeds" in answer.title and "York" in answer.title


def test_the_asked_name_is_answered() -> None:
    assert answered_span(DEPOTS, "When did Northline Rail open a depot in Leeds?") == "Monday"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("When will the depot in Durham open?", "next year"),  # the name is there
        ("Which routes will trains from the depot run on in Asia?", "Asian"),  # a form of the name
    ],
)
def test_the_name_or_a_form_of_it_is_no_other_name(question: str, expected: str) -> None:
    answer, _ = answer_message(question, DEPOTS)
    assert answer.kind == "ask", answer.title
    assert expected in answer.items[0].text


def test_a_title_is_no_name() -> None:
    """ "Mr" is no name that "Chairman Peter Hollis" replaces by "Peter" (a question keeps its title where the
    bot does not know the person, as "Mr. Key" for a "John Key" it did not read as a person)."""
    said = next(s.index for s in DEPOTS.sentences if "second depot" in s.text)
    assert replaced_name("When will Mr Hollis open a second depot?", DEPOTS, said) is None


def test_another_word_of_the_same_persons_name_is_no_other_name() -> None:
    """ "Sir Marcus" for "Tellby" is one Marcus Tellby: the sentence names the asked person, not another."""
    story = parse(
        "Minister under fire over gifts\n\n"
        "Marcus Tellby, the transport minister, has been criticised over gifts from donors.\n\n"
        "Sir Marcus accepted more than 30 free tickets to concerts last year, the register shows.\n\n"
        "Tellby said the tickets were declared."
    )
    said = next(s.index for s in story.sentences if "free tickets" in s.text)
    assert replaced_name("How many free tickets did Tellby accept?", story, said) is None

"""A bare magnitude before the people or items it counts ("40 million Americans") is a count, not an
amount of money: a "how much does it cost?" question finds no answer in it."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse
from tests.answers.asking import answered_span

STORY = (
    "Loan plan draws challenge\n\n"
    "By Staff Reporter\n\n"
    "More than 12 million residents qualify for the grant scheme, the ministry said on Monday.\n\n"
    "The company sold 3 million copies of the guide last year.\n\n"
    "Opposition lawmakers have asked a court to halt the scheme."
)
COSTED = STORY + "\n\nThe grant scheme will cost 400 million over ten years, the ministry said."


def test_a_magnitude_counting_people_is_no_cost() -> None:
    answer, _ = answer_message("How much will the grant scheme cost?", parse(STORY))
    assert answer.kind == "abstain"


def test_a_bare_magnitude_of_its_own_is_still_an_amount() -> None:
    assert answered_span(parse(COSTED), "How much will the grant scheme cost?") == "400 million"


def test_a_plural_counted_noun_before_its_verb_heads_the_count() -> None:
    """ "12 million residents qualify": the word after a plural noun is its verb, not a compound's head
    (as "numbers" is in "card numbers")."""
    assert answered_span(parse(STORY), "How many residents qualify for the grant scheme?").startswith(
        "More than 12 million"
    )

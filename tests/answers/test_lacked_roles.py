"""A question for the holder of a role ("who is the bank's chairman?") is not answered by a sentence that has
no such role, nor by one that has it only inside a longer role the question doesn't ask ("assistant general
manager" for "general manager"): that sentence names someone else."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

LENDER = parse(
    "Lender reviews branches\n\n"
    "The lender said on Monday that assistant general manager Ruth Kale would lead a review of its "
    "branches.\n\n"
    "In its complaint, the Finance Authority stressed that it was not charging Harbour Bank with any "
    "breach.\n\n"
    "Branches in the north will be the first to be visited, the lender said.\n\n"
    "Deposits fell by 4% last year, auditor Tom Grey said."
)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the chairman of Harbour Bank?",  # no chairman: not the Finance Authority
        "Who is the lender's general manager?",  # an assistant general manager is not one
    ],
)
def test_a_role_the_sentence_lacks_is_not_answered(question: str) -> None:
    answer, _ = answer_message(question, LENDER)
    assert answer.kind == "abstain", answer.items


@pytest.mark.parametrize(
    "question, holder",
    [
        ("Who is the lender's assistant general manager?", "Ruth Kale"),
        ("Who is the lender's auditor?", "Tom Grey"),
    ],
)
def test_the_asked_role_names_its_holder(question: str, holder: str) -> None:
    assert answered_span(LENDER, question) == holder

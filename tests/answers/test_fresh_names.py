"""A who-answer may share words with a name the question types and still be another name: "Northfield
Council" is not the question's "Northfield Savings Bank" (names.fresh reads the two names' heads)."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse
from tests.answers.asking import answered_span

FILLER = "\n\n".join(
    [
        "Shops along the high street reported a busy weekend after the fair.",
        "Schools reopened after the holiday with new timetables.",
        "Rain is expected to return on Thursday, forecasters said.",
    ]
)


def test_a_name_sharing_a_word_but_no_head_with_the_question_answers() -> None:
    article = parse(
        "The five-member board of the Northfield Savings Bank is appointed by the Northfield Council.\n\n"
        + FILLER
    )
    assert answered_span(article, "Who appoints the board of the Northfield Savings Bank?") == (
        "Northfield Council"
    )


def test_a_name_holding_the_head_of_the_question_name_is_the_question_name() -> None:
    article = parse(
        "Ordinary savers were told on Monday that their deposits were safe, by the Northfield Savings"
        " Bank Trust.\n\n" + FILLER
    )
    answer, _ = answer_message(
        "Who told the savers of the Northfield Bank their deposits were safe?", article
    )
    assert "Northfield Savings Bank Trust" not in answer.title

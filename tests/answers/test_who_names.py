"""Who-answers that read names more closely: a name sharing words with one the question types is another
when neither holds the other's head; a verb leading to an infinitive asks for that verb's subject; a name
owning another's role ("Governor Tom Harker's chief of staff") holds no asked role."""

from __future__ import annotations

from bot.answers import answer_message, names
from bot.article import Article, parse
from tests.answers.asking import answered_span


def _story(lead: str) -> Article:
    return parse(
        f"{lead}\n\nShops along the high street reported a busy weekend after the fair.\n\n"
        "Schools reopened after the holiday with new timetables.\n\n"
        "Rain is expected to return on Thursday, forecasters said."
    )


def test_a_name_sharing_a_word_but_no_head_with_the_question_answers() -> None:
    article = _story(
        "The five-member board of the Northfield Savings Bank is appointed by the Northfield Council."
    )
    question = "Who appoints the board of the Northfield Savings Bank?"
    assert answered_span(article, question) == "Northfield Council"


def test_a_name_holding_the_head_of_the_question_name_is_the_question_name() -> None:
    article = _story(
        "Ordinary savers were told on Monday that their deposits were safe, by the Northfield Savings"
        " Bank Trust."
    )
    answer, _ = answer_message(
        "Who told the savers of the Northfield Bank their deposits were safe?", article
    )
    assert "Northfield Savings Bank Trust" not in answer.title


def test_the_verb_after_a_catenative_one_is_the_asked_verb() -> None:
    assert names.asked("Who tried to buy the mill?") == names.Asked("buy", "subject")
    assert names.asked("Who went to Fort Duquesne?").verb == "went"  # a motion verb leads to a place


def test_the_one_in_the_infinitive_verb_place_answers() -> None:
    article = _story(
        "Kestrel Bank said on Tuesday that a bid by the investor Anna Vermeer to buy a controlling stake in"
        " Brightwater Mills had failed."
    )
    assert (
        answered_span(article, "Who tried to buy a controlling stake in Brightwater Mills?") == "Anna Vermeer"
    )


def test_a_name_owning_another_role_is_not_the_asked_role_holder() -> None:
    article = _story(
        "Maria Vell, Governor Tom Harker’s chief of staff, told the board of the Linton Reserve that the"
        " plan would go ahead."
    )
    answer, _ = answer_message("Who is the governor of the Linton Reserve?", article)
    assert "Harker" not in answer.title


def test_a_passive_agent_after_by_is_the_doer_however_far() -> None:
    article = _story(
        "Tessa Moor will star as the lighthouse keeper in the play, to be directed by the award-winning"
        " veteran theatre and opera director Owen Pryce."
    )
    assert answered_span(article, "Who is directing the play?") == "Owen Pryce"

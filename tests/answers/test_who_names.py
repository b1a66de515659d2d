"""Who-answers that read names more closely: a name sharing words with one the question types is another
when neither holds the other's head; a verb leading to an infinitive asks for that verb's subject; a name
owning another's role ("Governor Tom Harker's chief of staff") holds no asked role; a passive's agent
follows "by" however far; a sentence titling the asked verb's role holder answers over a nearest name;
"who is X?" is answered by the story's description of X; "who said ...?" is checked against the quote."""

from __future__ import annotations

import pytest

from bot.answers import answer_message, names
from bot.article import Article, parse
from tests.answers.asking import answered_span


def _story(lead: str) -> Article:
    return parse(
        f"{lead}\n\nShops along the high street reported a busy weekend after the fair.\n\n"
        "Schools reopened after the holiday with new timetables.\n\n"
        "Rain is expected to return on Thursday, forecasters said."
    )


CASES = [
    (  # a name sharing a word but no head with the question's name
        "The five-member board of the Northfield Savings Bank is appointed by the Northfield Council.",
        "Who appoints the board of the Northfield Savings Bank?",
        "Northfield Council",
    ),
    (  # the one in the infinitive verb's place
        "Kestrel Bank said on Tuesday that a bid by the investor Anna Vermeer to buy a controlling stake in"
        " Brightwater Mills had failed.",
        "Who tried to buy a controlling stake in Brightwater Mills?",
        "Anna Vermeer",
    ),
    (  # a passive's agent after "by", however far
        "Tessa Moor will star as the lighthouse keeper in the play, to be directed by the award-winning"
        " veteran theatre and opera director Owen Pryce.",
        "Who is directing the play?",
        "Owen Pryce",
    ),
    (  # the asked verb's role holder in a lower sentence, over the top sentence's nearest name
        "The new Harbour committee on ferries sent a letter on Monday to Transport Director Ann Bell.\n\n"
        "Members of the Harbour committee on ferries, led by chairman Raj Patel, want answers by May.",
        "Who chairs the Harbour committee on ferries?",
        "Raj Patel",
    ),
    (  # a possessor before the verb owns a noun phrase, it is not the verb's subject
        "Unlike the Harbour Board’s cautious approach, a Panel of Independent Engineers found that the"
        " bridge was unsafe.",
        "Who found that the bridge was unsafe?",
        "Panel of Independent Engineers",
    ),
    (  # "who is X?" of a name the people finder misses: its description, not another name
        "Olga Brandt on Tuesday called on Paul Judge to apologise to Karl Meyer for the remark.\n\n"
        "Judge, a former harbour master and city councillor, mocked the plan in a post on Monday.",
        "Who is Paul Judge?",
        "a former harbour master and city councillor",
    ),
    (  # a name holding the head of the question's name is the question's name: never the answer
        "Ordinary savers were told on Monday that their deposits were safe, by the Northfield Savings"
        " Bank Trust.",
        "Who told the savers of the Northfield Bank their deposits were safe?",
        "not Northfield Savings Bank Trust",
    ),
    (  # a name owning another's role holds no asked role
        "Maria Vell, Governor Tom Harker’s chief of staff, told the board of the Linton Reserve that the"
        " plan would go ahead.",
        "Who is the governor of the Linton Reserve?",
        "not Harker",
    ),
]
"""(story lead, question, the answer's span, or "not " and a name the answer must not hold)."""


@pytest.mark.parametrize(("lead", "question", "expected"), CASES)
def test_the_asked_name_is_the_answer(lead: str, question: str, expected: str) -> None:
    story = _story(lead)
    if expected.startswith("not "):
        answer, _ = answer_message(question, story)
        assert expected.removeprefix("not ") not in answer.title
    else:
        assert answered_span(story, question) == expected


def test_the_verb_after_a_catenative_one_is_the_asked_verb() -> None:
    assert names.asked("Who tried to buy the mill?") == names.Asked("buy", "subject")
    assert names.asked("Who went to Fort Duquesne?").verb == "went"  # a motion verb leads to a place


def test_who_said_reads_the_quote_for_what_the_question_states() -> None:
    story = _story(
        "Coach Ben Hale named his squad for the cup final on Monday.\n\n"
        "“Tom Reid was not in my plans a year ago, but he has earned his place,” he said."
    )
    answer, _ = answer_message("Who said Tom Reid was not in his plans a year ago?", story)
    assert answer.kind == "ask" and "Ben Hale" in answer.title  # the quote holds the "not", not his sentence


@pytest.mark.parametrize(
    "story, question, expected",
    [
        (
            "Falling junk rarely hurts\n\nIn 60 years only one person is known to have been hit by "
            "falling space junk. Her name is Maren Holt, and a scrap of a rocket brushed her arm.\n\n"
            "No one else was hurt.",
            "Who was hit by falling space junk?",
            "Maren Holt",
        ),
        (
            "Arrest after harbour fire\n\nA man was arrested on Tuesday over the fire at the harbour "
            "warehouse. He was identified as Dario Kessel, a former night guard.\n\nThe warehouse was empty.",
            "Who was arrested over the fire at the harbour warehouse?",
            "Dario Kessel",
        ),
    ],
)
def test_a_person_left_unnamed_is_the_one_the_next_sentence_names(
    story: str, question: str, expected: str
) -> None:
    assert answered_span(parse(story), question) == expected

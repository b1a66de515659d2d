""" "Who was arrested?" of "Police detained John Carter ... The 45-year-old was arrested ...": a description
that no one the article names holds ("the 45-year-old", "the coach") stands for the person the sentence
before named last."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse


def _title(text: str, question: str) -> str:
    answer, _ = answer_message(question, parse(text))
    return answer.title if answer.kind == "ask" else ""


def test_an_age_opening_the_sentence_is_the_person_just_named() -> None:
    text = (
        "Police in Leeds detained John Carter on Monday after a raid on a warehouse. "
        "The 45-year-old was arrested on suspicion of fraud."
    )
    assert _title(text, "Who was arrested on suspicion of fraud?") == "John Carter"


def test_a_reporting_description_is_the_person_just_named() -> None:
    text = (
        "The club confirmed that it had appointed Mark Hughes as its new manager. "
        "The coach added that he was delighted to join."
    )
    assert _title(text, "Who said he was delighted to join?") == "Mark Hughes"


def test_a_description_someone_holds_is_left_to_its_holder() -> None:
    text = (
        "Coach Bill Evans praised the squad. The club confirmed that it had signed Mark Hughes. "
        "The coach added that he was delighted."
    )
    assert _title(text, "Who said he was delighted?") != "Mark Hughes"


def test_retrieval_reads_a_holderless_description_as_the_person_just_named() -> None:
    from bot.answers.references import referred_names

    article = parse(
        "Anna Berg and Paul Kent will attend as their friend and neighbour, Omar Said, is set to win a prize."
        " The film mogul will be honoured at a gala in Paris."
    )
    assert "Omar Said" in referred_names(article)[1]

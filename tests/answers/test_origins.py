"""Where a person is from, read beside their name: a demonym or a country's possessive before it, a country
or a hometown after it, a description that refers to them; a person the story gives none for is declined,
not answered from a neighbour's words."""

from __future__ import annotations

import pytest

from bot.answers import Conversation
from bot.answers.ask import answer_question
from bot.answers.model import Answer
from bot.article import Article, parse

RACE = (
    "Kenyan runner Mary Wanjiru won the Lakeside marathon on Sunday.\n\n"
    "Wanjiru beat Ethiopian Tirunesh Bekele by ten seconds.\n\n"
    "Britain's Paula Hart was third, ahead of Sara Lind of Sweden.\n\n"
    "The Dutch coach, Pieter de Vries, said the course was fast.\n\n"
    "The race was started by organiser Tom Brandt, 54, of Springfield, Va.\n\n"
    "Anna Moss, a local teacher, finished in three hours."
)


def _ask(article: Article, question: str) -> Answer:
    return answer_question(question, article, Conversation())


def _highlighted(article: Article, answer: Answer) -> str:
    assert answer.items and answer.items[0].highlight
    start, end = answer.items[0].highlight
    return article.text[start:end]


@pytest.mark.parametrize(
    ("question", "title", "written"),
    [
        ("Which country is Wanjiru from?", "Kenya", "Kenyan"),
        ("What nationality is Tirunesh Bekele?", "Ethiopian", "Ethiopian"),
        ("Which country does Bekele represent?", "Ethiopia", "Ethiopian"),
        ("What is Paula Hart's nationality?", "Britain", "Britain"),
        ("Where is Sara Lind from?", "Sweden", "Sweden"),
        ("What nationality is Pieter de Vries?", "Dutch", "Dutch"),
        ("Where does Tom Brandt live?", "Springfield, Va.", "Springfield, Va."),
    ],
)
def test_the_origin_written_beside_the_name_answers(question: str, title: str, written: str) -> None:
    article = parse(RACE)
    answer = _ask(article, question)
    assert answer.kind == "ask" and answer.title == title
    assert _highlighted(article, answer) == written


def test_a_person_with_no_origin_beside_them_is_declined_not_given_a_neighbours() -> None:
    answer = _ask(parse(RACE), "Which country is Anna Moss from?")
    assert (
        answer.kind == "abstain"
        and answer.title == "The article doesn't say which country Anna Moss is from."
    )


def test_a_letter_writers_town_is_the_line_under_the_signature() -> None:
    article = parse(
        "Letters\n\nThe law should apply to everyone.\n\nMichael Pravo.\n\nHenderson, Nev.\n\n"
        "The emails matter less than jobs.\n\nToni Walsh.\n\nI agree with the editorial."
    )
    assert _ask(article, "Where does Michael Pravo live?").title == "Henderson, Nev."
    declined = _ask(article, "Where does Toni Walsh live?")
    assert declined.kind == "abstain" and declined.title == "The article doesn't say where Toni Walsh lives."


def test_a_description_that_refers_to_the_person_gives_it() -> None:
    article = parse(
        "Double Olympic champion Haile Alemu will race in the Harbour Marathon.\n\n"
        "The Ethiopian legend won the city's half-marathon on his return from injury."
    )
    answer = _ask(article, "Which country is Alemu from?")
    assert answer.title == "Ethiopia" and _highlighted(article, answer) == "Ethiopian"


def test_a_description_of_a_thing_is_no_origin() -> None:
    article = parse(
        "Reggie Blom had his ban lifted by the league on Friday, his lawyer said.\n\n"
        "The committee said the Italian club had failed to inform the player's former team."
    )
    assert _ask(article, "What nationality is Blom?").kind == "abstain"

"""A who-question is not answered by a name that only modifies a noun ("the Harbour spokesman", "the 2024
Premier season"): the name is no one who does or is what is asked, so the bot declines. A name followed by
its verb, or a possessive, still answers."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.ask import _modifies_noun
from bot.article import Article, parse

STORY = (
    "Ferry turns back\n\n"
    "The pilot decided to return to port after a warning light came on, the Harbour spokesman said.\n\n"
    "Passengers waited two hours before the ferry left again.\n\n"
    "Ortiz said the crew acted quickly."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("the Delta spokesman said", "Delta", True),
        ("during the Qing dynasty", "Qing", True),
        ("Ortiz said the crew acted", "Ortiz", False),  # its verb
        ("Smith launched the bid", "Smith", False),  # a past participle form
        ("Aristotle's notion of rest", "Aristotle's", False),  # a possessive
        ("Libya immediately cut supply", "Libya", False),  # an adverb
        ("Mr Smith of the board", "Smith", False),  # a function word
    ],
)
def test_a_name_that_modifies_a_noun(text: str, name: str, expected: bool) -> None:
    article = parse(text)
    start = article.text.index(name)
    assert _modifies_noun(article, (start, start + len(name))) is expected


def test_a_who_question_is_not_answered_by_a_modifier(story: Article) -> None:
    answer, _ = answer_message("Who was the pilot of the ferry?", story)
    assert answer.kind == "abstain"
    assert "Harbour spokesman" in (answer.footer or "")


def test_a_who_question_is_answered_by_a_name_and_its_verb(story: Article) -> None:
    answer, _ = answer_message("Who said the crew acted quickly?", story)
    assert answer.kind == "ask" and "Ortiz" in answer.title

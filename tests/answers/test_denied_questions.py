"""A question that takes for so what its sentence denies ("what did the court justify?" of "the court did
not justify the label") has no answer there: the sentence refutes it, so the bot declines."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import denied
from bot.article import Article, parse

STORY = (
    "Court rules on chocolate labels\n\n"
    "The court held that a low share of vegetable fat did not justify a substitute label.\n\n"
    "The ruling was welcomed by the makers' association, which had brought the case in 2019.\n\n"
    "Its chairman, Paul Berger, said the decision would be read across the industry."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, sentence, phrase",
    [
        ("What did the court justify?", "The court did not justify a label.", "did not justify"),
        (
            "What cells attack microbes?",
            "They do not directly attack microbes.",
            "do not directly attack",
        ),
        (
            "What is explained about it?",
            "It is not fully explained.",
            "is not fully explained",
        ),
        (
            "Which church was it tied to?",
            "It was never tied to a church.",
            "was never tied",
        ),
        ("What can the firm evade?", "The firm couldn't evade the tax.", "couldn't evade"),
        (  # a negation opening the sentence has no copula before it, whatever ends the sentence
            "What did the board justify?",
            "Never justify a cut, the board said it was.",
            "never justify",
        ),
    ],
)
def test_a_sentence_that_denies_what_is_asked(question: str, sentence: str, phrase: str) -> None:
    assert denied(question, sentence) == phrase


@pytest.mark.parametrize(
    "question, sentence",
    [
        ("What did the court not justify?", "The court did not justify a label."),  # asks the negation
        (
            "What does the group avoid engaging in?",
            "The group does not engage in armed struggle.",
        ),  # a denial
        ("Did the court justify the label?", "The court did not justify a label."),  # yes or no
        ("When was the takeover completed?", "The takeover was not completed until 1769."),  # it was, then
        ("What did the group achieve?", "The group not only won but achieved a record."),
        ("What is official?", "The answer was not official."),  # a copula's adjective, no denied fact
        ("What can operators tamper with?", "Operators may not tamper with the valve."),  # a hedge
        ("What algorithm is known?", "No algorithm is known to do it."),  # a noun's negation
        ("Which khanates converted?", "Unlike the western khanates, the Yuan never converted."),
        ("How long did the laws stand?", "The laws were not improved on for three centuries."),
    ],
)
def test_no_denial_of_what_is_asked(question: str, sentence: str) -> None:
    assert denied(question, sentence) is None


@pytest.mark.parametrize(
    "question, sentence, word",
    [
        (
            "What is a solved problem in the field?",
            "An unsolved problem in the field is its speed.",
            "unsolved",
        ),
        (
            "Which forces are conservative?",
            "Friction and drag are nonconservative forces.",
            "nonconservative",
        ),
        (
            "What did the board regard as necessary?",
            "The board regarded the test as unnecessary.",
            "unnecessary",
        ),
        ("Who are the un-elected officials?", "The unelected officials are advisers.", None),  # asked so
        ("What is an employment area?", "It is an area of high unemployment.", None),  # a noun of a verb
        (
            "What share of adults liked the plan?",
            "The plan was liked by 36 percent of adults and disliked by 24 percent.",
            None,
        ),  # the sentence says both
    ],
)
def test_a_sentence_with_the_negative_form_of_the_asked_word(
    question: str, sentence: str, word: str | None
) -> None:
    assert denied(question, sentence) == word


def test_a_denied_question_is_declined(story: Article) -> None:
    answer, _ = answer_message("What did the court justify about a low share of vegetable fat?", story)
    assert answer.kind == "abstain"
    assert "did not justify" in answer.title
    assert "vegetable fat" in (answer.footer or "")


def test_a_question_of_what_the_story_affirms_is_answered(story: Article) -> None:
    answer, _ = answer_message("When did the association bring the case?", story)
    assert answer.kind == "ask"
    assert answer.title == "2019"

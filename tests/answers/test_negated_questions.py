"""A question about what is not so ("which club did not sign the pledge?") is answered only from a sentence
that states a negative (a negation, a denial such as "refused", a negative form of the question's own word);
a sentence that states only what did happen answers the opposite question, so the bot declines."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import negation, states_negative, unnegated
from bot.article import Article, parse

STORY = (
    "Clubs sign fair-pay pledge\n\n"
    "Eleven clubs in the northern league signed a fair-pay pledge for stadium staff on Monday.\n\n"
    "The pledge sets a minimum wage of 14 pounds an hour for cleaners and stewards.\n\n"
    "Harbour Town refused to sign the pledge, saying its budget was already stretched.\n\n"
    "The league's chairman, Ruth Okafor, said the remaining clubs would be asked again in June."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, word",
    [
        ("Who did not vote for the bill?", "not"),
        ("Which club didn't sign?", "didn't"),
        ("What has the mayor never said?", "never"),
        ("Which non-league club signed?", "non"),
        ("Who rejected the offer?", "rejected"),
        ("What did Warsaw defend itself against?", None),  # a denial word, but a plain fact is asked
        ("Who voted for the bill?", None),
    ],
)
def test_the_question_s_negation(question: str, word: str | None) -> None:
    assert negation(question) == word


@pytest.mark.parametrize(
    "sentence, question",
    [
        ("The council did not vote on the bill.", "Who did not vote?"),
        ("Harbour Town refused to sign.", "Which club didn't sign?"),
        ("The firm lacked the capital to expand.", "What did the firm not have?"),
        ("The parliament is unable to legislate on reserved issues.", "What is parliament not able to do?"),
        ("The crown barred non-Catholics from settling.", "Who was not allowed to settle? Catholics"),
        ("The system fails to distinguish self from non-self.", "What does the system not distinguish?"),
        ("The board turned down the offer, a rejection it later regretted.", "Who rejected the offer?"),
    ],
)
def test_a_sentence_that_states_a_negative(sentence: str, question: str) -> None:
    assert states_negative(sentence, question)


@pytest.mark.parametrize(
    "sentence, question",
    [
        ("Eleven clubs signed the pledge.", "Which club did not sign?"),
        ("The board accepted the offer on Monday.", "Who rejected the offer?"),
        ("The dynasty succeeded the Mongol empire.", "What non-Mongol empire did the dynasty succeed?"),
        ("The empire contained 32 provinces.", "How many provinces did the empire not contain?"),
        ("The team moved into a new stadium.", "Where did the team not move?"),  # "in" + "to" is no prefix
    ],
)
def test_a_sentence_that_states_only_what_happened(sentence: str, question: str) -> None:
    assert not states_negative(sentence, question)
    assert unnegated(question, sentence) == negation(question)


def test_a_why_question_is_left_alone() -> None:
    """The reason for a refusal is often given without restating the refusal."""
    reason = "She concluded that to intervene was unwise."
    assert unnegated("Why did she decide not to intervene?", reason) is None


def test_a_negated_question_is_declined_from_a_sentence_of_what_happened(story: Article) -> None:
    answer, _ = answer_message("How many clubs did not sign the fair-pay pledge?", story)
    assert answer.kind == "abstain"
    assert "no “not”" in answer.title
    assert "Eleven clubs" in (answer.footer or "")


def test_a_negated_question_is_answered_from_a_denial(story: Article) -> None:
    answer, _ = answer_message("What did Harbour Town not sign?", story)
    assert answer.kind == "ask"
    assert answer.title == "the pledge"
    assert "refused" in answer.items[0].text


def test_the_same_question_without_negation_is_answered(story: Article) -> None:
    answer, _ = answer_message("How many clubs signed the fair-pay pledge?", story)
    assert answer.kind == "ask"
    assert "Eleven" in answer.title

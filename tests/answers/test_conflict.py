"""An answer whose sentence states otherwise what the question pins (another month, another count of the
same thing, the opposite word beside the same word) answers another question: the bot says what the
article does say. The same value written another way is no conflict."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import conflict
from bot.article import Article, parse

STORY = (
    "Harbour council approves budget\n\n"
    "The council met on Tuesday and approved a budget of $3.2 million for the harbour.\n\n"
    "Two new ferries will enter service in June, the harbour master said.\n\n"
    "The largest ferry will carry 400 passengers.\n\n"
    "Fares rose by 5% last year."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, sentence, clash",
    [
        ("When will ferries start in July?", "Two new ferries will enter service in June.", ("june", "july")),
        ("What did the council do on Monday?", "The council met on Tuesday.", ("tuesday", "monday")),
        ("Where will three new ferries sail?", "Two new ferries will enter service.", ("two", "three")),
        (
            "How many passengers will the smallest ferry carry?",
            "The largest ferry will carry 400.",
            ("largest", "smallest"),
        ),
        (
            "What was the result in the 19th century?",
            "By the 20th century the result was known.",
            ("20th", "19th"),
        ),
        ("How much did fares rise in 2019?", "Fares rose by 5% in 2018.", ("2018", "2019")),
        ("How many people died in the blast?", "Nine people were injured in the blast.", ("injured", "died")),
        ("Who waited inside the court?", "Protesters waited outside the court.", ("outside", "inside")),
        ("What happens at low tides?", "At high tides the road floods.", ("high", "low")),
        (
            "Which tax became unpopular?",
            "The fuel tax became popular with drivers.",
            ("popular", "unpopular"),
        ),
        ("Who was uninjured in the crash?", "The driver was injured in the crash.", ("injured", "uninjured")),
        (
            "What meetings are closed to the public?",
            "Committee meetings are open to the public.",
            ("open", "closed"),
        ),
        ("What triggers a slow response?", "The signal triggers a rapid response.", ("rapid", "slow")),
        ("Who spoke before the vote?", "After the vote the mayor spoke.", ("after", "before")),
        ("What was withdrawn when new oil ran short?", "Old oil was withdrawn.", ("old", "new")),
        ("Which liners used small engines?", "Large engines drove the liners.", ("large", "small")),
        ("What did the young queen sign?", "The young king signed the charter.", ("king", "queen")),
        ("Who took the bell to the town?", "The settlers gave the bell to the town.", ("gave", "took")),
    ],
)
def test_a_pinned_value_stated_otherwise_is_a_conflict(
    question: str, sentence: str, clash: tuple[str, str]
) -> None:
    assert conflict(question, sentence) == clash


@pytest.mark.parametrize(
    "question, sentence",
    [
        ("How many of the 5 ferries sail?", "Five ferries sail each day."),  # the same count in words
        ("What happened in the seventeenth century?", "The 17th century saw the harbour built."),
        ("Who plays on Saturday?", "He signed for both Sheffield Wednesday and Udinese."),  # a name, no date
        ("What were the first two areas to grant rights?", "Amsterdam was the first area to grant rights."),
        (
            "How many ferries will carry cars?",
            "The largest ferry will carry 400 passengers.",
        ),  # no count pinned
        ("Where did France lose a war in the 1950's?", "France lost a war in Vietnam in the 1950s."),
        ("What did settlers build in the 1700s?", "In 1745 settlers built a fort, and in 1800 a church."),
        ("What is unknown about the cause?", "It is not known what the cause was."),  # a negative of its own
        ("What did the firm import?", "The firm built two ports."),  # "im" + "port": the word itself differs
        ("Who was suspended the week before?", "One week after the vote he was suspended."),  # no object
    ],
)
def test_no_conflict_where_the_sentence_agrees_or_pins_nothing(question: str, sentence: str) -> None:
    assert conflict(question, sentence) is None


def test_the_bot_says_what_the_article_says_instead(story: Article) -> None:
    answer, _ = answer_message("How many passengers will the smallest ferry carry?", story)
    assert answer.kind == "abstain"
    assert "largest" in answer.title and "smallest" in answer.title
    assert "The largest ferry will carry 400 passengers" in (answer.footer or "")


def test_an_agreeing_question_is_answered(story: Article) -> None:
    answer, _ = answer_message("How many passengers will the largest ferry carry?", story)
    assert answer.kind == "ask" and "400" in (answer.items[0].label or answer.items[0].text)


QUARTERS = (
    "Harbour Foods outlook\n\n"
    "Harbour Foods expects earnings for the fourth quarter to rise, chairman Tom Abbas told analysts.\n\n"
    "He said third-quarter earnings would fall in the range of 20 cts to 22 cts a share.\n\n"
    "The company also makes frozen fish."
)


def test_the_sentence_about_the_pinned_quarter_answers() -> None:
    """With the asked noun ("range") optional, the fourth quarter's sentence shares more of the other words;
    it lacks the quarter the question pins, and the third quarter's sentence covers the whole question at
    least as well, so that one answers (ask._pinned_first), not a refusal saying "fourth", not "third"."""
    answer = answer_message("What range does Abbas expect for third-quarter earnings?", parse(QUARTERS))[0]
    assert (answer.kind, "20 cts to 22 cts" in answer.title) == ("ask", True), answer.title

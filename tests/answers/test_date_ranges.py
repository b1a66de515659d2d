"""A when-answer is the whole date as the story writes it: a range across two dates ("4 May – 9 June
1642"), a choice ("March or April"), years closed up with a dash ("1973–74", "(1568–1644)") and a month
with the year after it that the date extractor leaves out ("until April 1071")."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span, highlighted

STORY = (
    "Harbour town history\n\n"
    "The harbour wall held until April 1071, when raiders broke through it at night.\n\n"
    "In what became known as the Long Siege of 4 May – 9 June 1642, the town starved.\n\n"
    "Dock workers struck over the winter of 1973–74, closing the port.\n\n"
    "The old lighthouse was kept by the Marsh dynasty (1388–1544), founded by a fisherman.\n\n"
    "“In March or April, we will reopen the ferry to the islands,” the mayor told reporters."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("When did the harbour wall hold until?", "April 1071"),
        ("When was the Long Siege?", "4 May – 9 June 1642"),
        ("When did dock workers strike?", "over the winter of 1973–74"),
        ("When was the Marsh dynasty in power?", "1388–1544"),
        ("When will the ferry to the islands reopen?", "March or April"),
    ],
)
def test_a_date_is_answered_as_written(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


def test_a_year_written_in_the_asked_name_answers() -> None:
    acts = parse(
        "Harbour law\n\n"
        "The rules came in under the Harbour Dues Act 1975 and the Coastal Fisheries Act 1981.\n\n"
        "Fishermen welcomed them."
    )
    assert answered_span(acts, "When was the Coastal Fisheries Act passed?") == "1981"


def test_a_date_the_question_writes_is_not_its_answer() -> None:
    club = parse(
        "Harbour club history\n\n"
        "The harbour club won the county cup in 2000, and it had won it once before, in 1946.\n\n"
        "Its ground opened in 1921."
    )
    assert answered_span(club, "When did the harbour club win the county cup before 2000?") == "1946"


def test_a_day_of_the_week_question_is_answered_by_a_weekday() -> None:
    council = parse(
        "Council rules\n\n"
        "Special council votes may not be held less than six months before a regular vote.\n\n"
        "Regular council votes are held on the first Thursday in May, the clerk said."
    )
    assert "Thursday" in answered_span(council, "What day of the week are council votes held?")


def test_a_length_the_question_writes_is_not_its_answer() -> None:
    war = parse(
        "Harbour war\n\n"
        "The whole conflict is known as the Hundred Days War.\n\n"
        "The fighting in the harbour lasted for six weeks."
    )
    answer, _ = answer_message("How long did the fighting last in the Hundred Days War?", war)
    assert answer.kind == "abstain" or "Hundred Days" not in highlighted(war, answer)

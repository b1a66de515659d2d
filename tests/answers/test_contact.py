"""Contact questions are answered by the phone numbers, e-mail and web addresses the story gives, whole."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.contact import details
from bot.answers.questions import classify
from bot.article import parse

FILLER = "\n\n".join(
    [
        "The council will meet again next month to discuss the budget.",
        "Local businesses reported a busy weekend after the fair.",
        "Schools reopened after the holiday with new timetables.",
    ]
)
TIP_LINE = (
    "Police are searching for a man who robbed a pharmacy on Elm Street on Friday.\n\n"
    "Anyone with information is asked to call police at 734-794-6939 or email tips@a2gov.org.\n\n" + FILLER
)


@pytest.mark.parametrize(
    "question",
    [
        "How can I contact police with a tip?",
        "What is the phone number for the tip line?",
        "Who can I call about the robbery?",
        "Where can residents report sightings?",
    ],
)
def test_contact_questions_are_routed_as_such(question: str) -> None:
    assert classify(question).type == "contact"


def test_not_every_how_can_question_is_a_contact_question() -> None:
    assert classify("How can the council cut the deficit?").type != "contact"


def test_the_answer_holds_every_detail_whole() -> None:
    story = parse(TIP_LINE)
    answer, _ = answer_message("How can I contact police with a tip?", story)
    assert answer.kind == "ask"
    assert answer.title == "734-794-6939 or email tips@a2gov.org"
    assert answer.items[0].citations and "Anyone with information" in answer.items[0].citations[0].text


def test_numbers_of_other_regions_and_web_addresses_are_details() -> None:
    text = "Call 0800 555 111 or +44 20 7946 0958, or visit www.example.org/tips."
    found = [text[a:b] for a, b in details(text)]
    assert found == ["0800 555 111", "+44 20 7946 0958", "www.example.org/tips"]


def test_a_year_or_a_figure_is_no_phone_number() -> None:
    assert details("In 2019 the city spent $4,500,000 on 1,200 new lamps.") == []


def test_no_detail_is_an_honest_abstention() -> None:
    story = parse("Police are searching for a man who robbed a pharmacy on Friday.\n\n" + FILLER)
    answer, _ = answer_message("How can I contact police with a tip?", story)
    assert answer.kind == "abstain" and "phone number" in answer.title

""" "Who paid the fine?" of "Greenfield Energy Ltd was fined ... The company paid the fine ...": an actor
named only by its organisation's kind (organisation_descriptions.txt) is the organisation named last."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

TEXT = (
    "Greenfield Energy Ltd was fined by regulators on Tuesday. "
    "The company paid the fine of $2 million in full."
)


def _title(question: str, text: str = TEXT) -> str:
    answer, _ = answer_message(question, parse(text))
    return answer.title if answer.kind == "ask" else ""


def test_who_of_the_company_is_the_organisation_named_last() -> None:
    assert _title("Who paid the fine?") == "Greenfield Energy Ltd"


def test_which_of_the_company_is_the_organisation_named_last() -> None:
    assert _title("Which company paid the fine?") == "Greenfield Energy Ltd"


def test_a_possessive_company_is_no_actor() -> None:
    text = "Greenfield Energy Ltd was fined on Tuesday. The company's lawyers paid the fine in full."
    assert _title("Who paid the fine?", text) != "Greenfield Energy Ltd"


def test_which_kind_asked_is_the_last_organisation_of_that_kind() -> None:
    text = (
        "A Tokyo-bound jet returned to Los Angeles on Tuesday, Pacific Wings Airways said in a statement. "
        "The jet left at 11:36 a.m. (0336 GMT). The flight landed at 7:33 p.m., the airline said."
    )
    assert _title("Which airline operated the flight?", text) == "Pacific Wings Airways"


def test_a_description_apposed_to_a_name_is_that_name() -> None:
    text = (
        "The Securities and Exchange Commission opened an inquiry. Federal Visa Services, the agency that "
        "oversees the program, said it would tighten the vetting of applicants."
    )
    assert _title("Which agency oversees the program?", text).startswith("Federal Visa Services")
